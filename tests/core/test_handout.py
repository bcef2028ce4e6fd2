"""The handout model: proposing words above a level, editing, and the HTML export."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from reader.core.exporters.handout_html import render_html
from reader.core.handout import Handout, HandoutOptions, propose, short_gloss
from reader.core.learner import Learner, assess


class _Glosses:
    """A dictionary standing in for the shipped glossary: every content word gets 'meaning of X'."""

    def lookup_token(self, token, context=""):
        class Result:
            found = True
            lemma = token.lemma
            first_gloss = f"meaning of {token.lemma}"
            gender = (
                "f" if "Gender=Fem" in token.morph else "m" if "Gender=Masc" in token.morph else ""
            )
            senses = []

        return Result()


def _first(doc, surface: str) -> int:
    return next(t.index for t in doc.tokens if t.text == surface)


@pytest.fixture
def handout(sample_doc) -> Handout:
    return propose(sample_doc, "B1", assess(sample_doc, Learner("B1")), _Glosses())


def test_propose_glosses_words_above_the_level_once_in_text_order(sample_doc, handout):
    lemmas = [e.lemma for e in handout.entries]
    assert lemmas and len(lemmas) == len(set(lemmas))
    assert [e.start for e in handout.entries] == sorted(e.start for e in handout.entries)
    assert [e.number for e in handout.entries] == list(range(1, len(lemmas) + 1))
    hard = {lemma for lemma, *_ in assess(sample_doc, Learner("B1")).difficult_lemmas()}
    assert set(lemmas) <= hard
    assert "ministre" not in lemmas  # a common word is not glossed
    for e in handout.entries:
        assert sample_doc.text[e.start : e.end] == e.word
        assert e.gloss == f"meaning of {e.lemma}"


def test_a_higher_level_proposes_fewer_words(sample_doc):
    glosses = _Glosses()
    counts = [
        len(propose(sample_doc, lv, assess(sample_doc, Learner(lv)), glosses).entries)
        for lv in ("A2", "B1", "C1")
    ]
    assert counts[0] > counts[1] > counts[2]


def test_add_remove_edit(sample_doc, handout):
    n = len(handout.entries)
    index = _first(sample_doc, "ministre")
    entry = handout.add(index, glossary=_Glosses())
    assert entry.word == "ministre" and entry.gloss == "meaning of ministre"
    assert handout.add(index) is entry  # clicking it again does not add a second one
    assert len(handout.entries) == n + 1 and entry.number == 1
    handout.edit(entry, gloss="minister", gender="m", note="un ministre, une ministre")
    assert (entry.gloss, entry.article, entry.edited) == ("minister", "le", True)
    assert entry.headword == "le ministre"
    handout.remove(entry)
    assert len(handout.entries) == n and "ministre" in handout.removed
    again = propose(
        sample_doc, "A1", assess(sample_doc, Learner("A1")), _Glosses(), handout.removed
    )
    assert "ministre" not in [e.lemma for e in again.entries]
    with pytest.raises(ValueError):
        handout.add(_first(sample_doc, ","))
    with pytest.raises(ValueError):
        handout.edit(handout.entries[0], gender="x")


def test_headword_for_nouns_starting_with_a_vowel(sample_doc):
    h = Handout(sample_doc)
    entry = h.add(_first(sample_doc, "échange"))
    h.edit(entry, gender="m")
    assert entry.article == "le" and entry.headword == "l'échange (m.)"


def test_options_are_validated():
    with pytest.raises(ValueError):
        HandoutOptions(layout="columns")
    with pytest.raises(ValueError):
        HandoutOptions(paper="A5")
    with pytest.raises(ValueError):
        HandoutOptions(font_size=80)


def test_short_gloss_cuts_at_a_separator():
    assert short_gloss("to agree; to suit, to be convenient for someone or something") == "to agree"
    assert short_gloss("view") == "view"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _visible(html: str) -> str:
    p = _Text()
    p.feed(html)
    return " ".join(" ".join(p.parts).split())


@pytest.mark.parametrize("layout", ["notes", "interlinear", "glossary"])
def test_html_has_every_chosen_word_with_its_gloss_in_order(sample_doc, handout, layout):
    handout.options.layout = layout
    handout.edit(handout.entries[0], gloss="joint (teacher)", note="see line 2")
    html = render_html(handout)
    assert "<script" not in html and "http" not in html.split("</style>")[0]
    text = _visible(html)
    pos = 0
    for e in handout.entries:
        # Above the word in interlinear (a long gloss cut there, whole in the note below).
        shown = e.over_word if layout == "interlinear" else e.gloss
        found = text.find(shown, pos)
        assert found >= 0, (layout, e.word, shown)
        pos = found
        assert e.gloss in text
    glossed = set(re.findall(r"meaning of (\S+)", text))
    assert glossed == {e.lemma for e in handout.entries if e.gloss.startswith("meaning of")}
    assert "joint (teacher)" in text and "see line 2" in text
    if layout == "interlinear":
        e = handout.entries[1]
        assert f"<ruby>{e.word}<rt>{e.over_word}</rt></ruby>" in html
        assert all(len(e.over_word) <= len(e.word) * 1.6 + 3 for e in handout.entries)
    if layout == "glossary":
        table = html.split('<section class="glossary">')[1]
        for e in handout.entries:
            assert f"<b>{e.word}</b>" in table
    assert "Ukraine" in text  # the article itself is there
