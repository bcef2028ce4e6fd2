"""The pop-up and `gloss` on a word only the thesaurus explains: its French synonyms, said to
be synonyms from a thesaurus, and the offer to add one's own meaning."""

from __future__ import annotations

from reader.core import thesaurus
from reader.core.glossary import default_glossary
from reader.core.paths import asset


def _nouns():
    counts: dict[str, int] = {}
    rows = []
    for line in asset(thesaurus.FILE).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, poss, synonyms = line.split("\t")
            counts[word] = counts.get(word, 0) + 1
            rows.append((word, poss, synonyms))
    return [
        (w, s.split("|"))
        for w, p, s in rows
        if p == "NOUN" and counts[w] == 1 and w.isalpha() and w.islower()
    ]


def _in_a_sentence(analyzer):
    """(document, token, synonyms): a noun of the table, in a sentence, that nothing else
    glosses or defines there."""
    glossary = default_glossary()
    for word, synonyms in _nouns()[:400]:
        doc = analyzer.analyze(f"Il regardait le {word} depuis la fenêtre.")
        tok = next((t for t in doc.tokens if t.text == word), None)
        if tok is None or not tok.is_word:
            continue
        result = glossary.lookup_token(tok, doc.text)
        if result.source == thesaurus.SOURCE:
            return doc, tok, synonyms
    raise AssertionError("no noun of the thesaurus table is left unglossed: choose another test")


def test_the_popup_shows_the_synonyms_as_the_french_line(analyzer):
    from reader.ui.gloss_popup import _glosses_html, _source_line, build_entry

    doc, tok, synonyms = _in_a_sentence(analyzer)
    entry = build_entry(tok, None, default_glossary().lookup_token(tok, doc.text))
    html = _glosses_html(entry)
    assert entry.glosses == []  # no English gloss is drawn from the synonyms
    assert f"<i>Synonymes : {', '.join(synonyms)}</i>" in html
    assert "French synonyms from a thesaurus above; add your own meaning below" in html
    assert "No meaning known yet" not in html and "approximate" not in html
    assert _source_line(entry.source) == "Source: thesaurus"


def test_gloss_command_prints_the_synonyms_line(analyzer, capsys):
    from reader.commands.gloss import format_text

    doc, tok, synonyms = _in_a_sentence(analyzer)
    out = format_text(default_glossary().lookup(tok.text, "NOUN", tok.lemma))
    assert f"FR: Synonymes : {', '.join(synonyms)}" in out
    assert "no gloss found" not in out
