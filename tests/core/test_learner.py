"""The vocabulary model on the sample article and on small hand-made documents."""

from __future__ import annotations

import pytest

from reader.core.document import Document, Sentence, Token
from reader.core.learner import LEVELS, Assessment, Learner, WordInfo, assess, p_unknown
from reader.core.lexicon import default_lexicon

HARD = ["exacerbées", "homologue", "différends", "soupçons", "élargissement"]
EASY = ["cela", "lui", "TU", "ne", "a", "été"]


@pytest.fixture(scope="module")
def b1(sample_doc) -> Assessment:
    return assess(sample_doc, Learner("B1"))


def _by_text(doc, assessment, text):
    pairs = [(t, w) for t, w in zip(doc.tokens, assessment.words, strict=True) if t.text == text]
    assert pairs, f"{text!r} not in the sample"
    return pairs


def make_doc(words: list[tuple[str, str, str]], **flags) -> Document:
    """A document from (surface, lemma, POS) triples, without spaCy."""
    tokens, pos = [], 0
    for i, (surface, lemma, tag) in enumerate(words):
        extra = flags.get(surface, {})
        tokens.append(
            Token(
                index=i,
                text=surface,
                start=pos,
                end=pos + len(surface),
                sentence=0,
                paragraph=0,
                lemma=lemma,
                pos=tag,
                is_word=any(c.isalpha() for c in surface),
                is_punct=tag == "PUNCT",
                is_number=tag == "NUM",
                norm=surface.lower(),
                **extra,
            )
        )
        pos += len(surface) + 1
    text = " ".join(w[0] for w in words)
    return Document(
        text=text, sentences=[Sentence(0, 0, len(text), 0, 0, len(tokens))], tokens=tokens
    )


def test_words_align_with_tokens(sample_doc, b1):
    assert len(b1.words) == len(sample_doc.tokens)
    assert all(w is None or isinstance(w, WordInfo) for w in b1.words)


def test_sample_at_b1_highlights_rare_words_only(sample_doc, b1):
    for text in EASY:
        for _, info in _by_text(sample_doc, b1, text):
            assert info is None or not info.difficult, text
    for text in HARD:
        for _, info in _by_text(sample_doc, b1, text):
            assert info is not None and info.difficult, text
            assert info.p_unknown > 0.5 and info.band >= 3


def test_names_numbers_punctuation_function_words_are_never_vocabulary(sample_doc):
    a1 = assess(sample_doc, Learner("A1"))
    for token, info in zip(sample_doc.tokens, a1.words, strict=True):
        if token.is_name or token.is_number or token.is_punct or token.pos in {"DET", "ADP"}:
            assert info is None, token.text
    names = [t for t in sample_doc.tokens if t.is_name]
    assert {"Lavrov", "Blinken", "Ukraine"} <= {t.text for t in names}


def test_more_highlights_at_lower_levels_and_monotonic(sample_doc, b1):
    by_level = {lv: b1.relevel(Learner(lv)) for lv in LEVELS}
    counts = [by_level[lv].stats.difficult_lemmas for lv in LEVELS]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] >= 3 * max(counts[4], 1)
    for lower, higher in zip(LEVELS[:-1], LEVELS[1:], strict=True):
        for lo, hi in zip(by_level[lower].words, by_level[higher].words, strict=True):
            if hi is not None and hi.difficult:
                assert lo.difficult  # difficult at a level -> difficult at every lower one
            if hi is not None:
                assert lo.p_unknown >= hi.p_unknown


def test_relevel_matches_a_fresh_assessment(sample_doc, b1):
    relevelled = b1.relevel(Learner("A2"))
    fresh = assess(sample_doc, Learner("A2"))
    assert relevelled.words == fresh.words
    assert relevelled.stats == fresh.stats


def test_explicit_vocabulary_size_wins_over_level(sample_doc):
    tiny = assess(sample_doc, Learner("C2", vocab_size=300))
    assert tiny.stats.difficult_lemmas > assess(sample_doc, Learner("A1")).stats.difficult_lemmas
    with pytest.raises(ValueError):
        Learner("D1")


def test_article_figures(sample_doc, b1):
    stats = b1.stats
    assert stats.words == sum(1 for t in sample_doc.tokens if t.is_word)
    assert 0.85 < stats.known_coverage < 1.0
    assert stats.difficult_lemmas == len(b1.difficult_lemmas()) > 0
    assert stats.distinct_lemmas > stats.difficult_lemmas
    assert LEVELS.index(stats.level_95) <= LEVELS.index(stats.level_98)
    assert assess(sample_doc, Learner("A1")).stats.known_coverage < stats.known_coverage
    lemma, first, count, info = b1.difficult_lemmas()[0]
    assert b1.words[first].lemma == lemma and info.difficult and count >= 1
    firsts = [item[1] for item in b1.difficult_lemmas()]
    assert firsts == sorted(firsts)
    garantie = next(item for item in b1.difficult_lemmas() if item[0] == "garantie")
    assert garantie[2] == 2  # "garanties" twice in the article


def test_partial_document_gives_the_same_prefix(sample_doc, b1):
    half = len(sample_doc.tokens) // 2
    partial = Document(
        text=sample_doc.text,
        paragraphs=sample_doc.paragraphs,
        sentences=sample_doc.sentences,
        tokens=sample_doc.tokens[:half],
        complete=False,
    )
    assert assess(partial, Learner("B1")).words == b1.words[:half]


def test_statuses_override_the_model(sample_doc, b1):
    statuses = {"homologue": "known", "semaine": "unknown", "soupçon": "ignored"}
    mine = b1.relevel(Learner("B1"), statuses)
    assert not _by_text(sample_doc, mine, "homologue")[0][1].difficult
    assert not _by_text(sample_doc, mine, "soupçons")[0][1].difficult
    semaine = _by_text(sample_doc, mine, "semaine")[0][1]
    assert semaine.difficult and semaine.status == "unknown" and semaine.p_unknown == 1.0
    assert not _by_text(sample_doc, b1, "semaine")[0][1].difficult


def test_mislemmatised_common_word_is_not_rare():
    # spaCy's "celer" for cela, or a made-up lemma: the common surface form wins.
    doc = make_doc([("semaines", "semainer", "VERB"), ("maisons", "xqzvw", "NOUN")])
    words = assess(doc, Learner("A1"), lexicon=default_lexicon()).words
    assert [w.difficult for w in words] == [False, False]


def test_hand_made_document_without_spacy():
    doc = make_doc(
        [
            ("Sergueï", "Sergueï", "PROPN"),
            ("écrit", "écrire", "VERB"),
            ("4", "4", "NUM"),
            ("homologues", "homologue", "NOUN"),
            ("les", "le", "DET"),
            ("xqzvwk", "xqzvwk", "NOUN"),
            (".", ".", "PUNCT"),
        ],
        **{"Sergueï": {"is_name": True, "name_kind": "PER"}},
    )
    words = assess(doc, Learner("B1")).words
    assert words[0] is None and words[2] is None and words[4] is None and words[6] is None
    assert not words[1].difficult and words[1].cefr == "A1" and words[1].band == 1
    assert words[3].difficult and words[3].lemma == "homologue"
    assert words[5].difficult  # a word no lexicon knows is rare


def test_p_unknown_falls_with_frequency():
    ps = [p_unknown(rank, 3500) for rank in (10, 1000, 3500, 10000, 40000)]
    assert ps == sorted(ps)
    assert ps[2] == pytest.approx(0.5)


COGNATES = ["invasion", "diplomatie", "agression", "accumulation", "consensus"]
# (recours is left out: "avoir recours à" = "have recourse to", a true English cognate once the
# curated senses name "recourse")
OBSTACLES = [
    ("guère", "guère", "ADV"),
    ("soumettre", "soumettre", "VERB"),
    ("convenir", "convenir", "VERB"),
]


def test_english_cognates_leave_the_b1_list_and_rank_easier():
    doc = make_doc([(w, w, "NOUN") for w in COGNATES] + OBSTACLES)
    with_signal = assess(doc, Learner("B1"), lexicon=default_lexicon()).words
    without = assess(doc, Learner("B1", cognates=False), lexicon=default_lexicon()).words
    cognates, obstacles = with_signal[: len(COGNATES)], with_signal[len(COGNATES) :]
    assert all(w.difficult for w in without[: len(COGNATES)])  # the complaint
    assert not any(w.difficult for w in cognates)
    for on, off in zip(cognates, without, strict=False):
        assert on.rank < off.rank and on.p_unknown < off.p_unknown
    # guère & co have no English look-alike: unchanged
    assert obstacles == without[len(COGNATES) :]
    invasion = cognates[0]
    assert invasion.rank < min(w.rank for w in obstacles)  # without it: rarer than all three
    assert without[0].rank > max(w.rank for w in obstacles)


def test_cognate_setting_switches_it_off_and_relevel_follows():
    doc = make_doc([("invasion", "invasion", "NOUN"), ("guère", "guère", "ADV")])
    on = assess(doc, Learner("B1"), lexicon=default_lexicon())
    off = on.relevel(Learner("B1", cognates=False))
    assert not on.words[0].difficult and off.words[0].difficult
    assert off.words[0].rank == default_lexicon().entry("invasion", "NOUN").rank
    assert on.words[1] == off.words[1]
    assert on.relevel(Learner("B1")).words == on.words


def test_initials_single_letters_and_other_scripts_are_not_vocabulary(analyzer):
    doc = analyzer.analyze("Selon B. Dupont, la machine IBM System z lit le 中文 sans peine.")
    words = assess(doc, Learner("A1"))
    highlighted = {
        t.text for t, w in zip(doc.tokens, words.words, strict=True) if w and w.difficult
    }
    assert not highlighted & {"B.", "B", "z", "中文"}
