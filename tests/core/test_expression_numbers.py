"""A dictionary expression's noun keeps its number: the plural is the plain noun."""

from __future__ import annotations

from reader.core.expressions import find_expressions
from reader.core.glossary import default_glossary


def _expressions(analyzer, text):
    doc = analyzer.analyze(text)
    return {
        doc.text[doc.tokens[e.first_token].start : doc.tokens[e.last_token - 1].end]
        for e in find_expressions(doc, default_glossary())
    }


def test_de_preference_matches_only_in_the_singular(analyzer):
    assert "de préférence" in _expressions(analyzer, "Utilisez de préférence un mot de passe long.")
    plural = _expressions(analyzer, "Le fichier de préférences est lu au démarrage.")
    assert not any("préférences" in e for e in plural), plural


def test_a_compound_nouns_plural_is_still_the_compound(analyzer):
    found = _expressions(
        analyzer, "Changez vos mots de passe et lisez vos courriers électroniques."
    )
    assert "mots de passe" in found and "courriers électroniques" in found, found
