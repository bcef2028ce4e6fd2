"""Words of history and ethnography texts (issue 13, session 9): hyphenated compounds spaCy
cut in two, prefixed and joined compounds, regular derivations on peoples' names, and words
of other languages inside French text."""

from __future__ import annotations

import pytest

from reader.core.glossary import default_glossary


def _token(doc, surface: str):
    found = [t for t in doc.tokens if t.text == surface]
    assert found, (surface, [t.text for t in doc.tokens])
    return found[0]


@pytest.mark.parametrize(
    "sentence, compound, lemma",
    [
        ("Des chauves-souris volent dans la grotte.", "chauves-souris", "chauve-souris"),
        ("Les morts-vivants reviennent la nuit.", "morts-vivants", "mort-vivant"),
        ("Mes grands-parents habitent à Lyon.", "grands-parents", "grands-parents"),
        ("Une chauve-souris dort.", "chauve-souris", "chauve-souris"),
    ],
)
def test_a_hyphenated_compound_is_one_word(analyzer, sentence, compound, lemma):
    doc = analyzer.analyze(sentence)
    tok = _token(doc, compound)
    assert tok.lemma == lemma
    assert "souris" not in [t.text for t in doc.tokens]
    assert default_glossary().lookup_token(tok, doc.text).found


def test_a_learned_prefix_before_a_hyphen_stays_with_its_word(analyzer):
    doc = analyzer.analyze("La période paléo-chrétienne a laissé des basiliques.")
    tok = _token(doc, "paléo-chrétienne")
    assert tok.lemma == "paléo-chrétien"
    assert tok.pos == "ADJ"


def test_words_around_a_spaced_dash_or_a_verb_and_its_pronoun_stay_apart(analyzer):
    doc = analyzer.analyze("Le roi - le vieux roi - est-il venu ? Dis-moi tout.")
    texts = [t.text for t in doc.tokens]
    assert "roi" in texts and "-il" in texts and "-moi" in texts
    assert "Dis" in texts
