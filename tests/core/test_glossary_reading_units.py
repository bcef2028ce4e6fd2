"""Units read in their sentences on texts outside the benchmarks (issue 13, reading 5): the
words of a desktop application's help and of man pages were glossed one by one (touches
fléchées: keys + 'signaled', décalages horaires: 'time-lag', interpréteur de commandes:
'interpreter', a contrario: nothing); the pop-up now glosses the unit."""

from __future__ import annotations

import pytest

from reader.core.expressions import find_expressions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "gloss"),
    [
        ("Déplacez-vous avec les touches fléchées du clavier.", "touches fléchées", "arrow keys"),
        ("Choisissez une option dans la liste déroulante.", "liste déroulante", "drop-down list"),
        ("Ouvrez le menu déroulant en haut.", "menu déroulant", "drop-down menu"),
        ("Faites un clic droit sur le fichier.", "clic droit", "right-click"),
        (
            "Vous n'aurez pas de réponse rapide à cause des décalages horaires.",
            "décalages horaires",
            "time difference",
        ),
        (
            "Un script pour votre interpréteur de commandes sera exécuté.",
            "interpréteur de commandes",
            "shell",
        ),
        ("A contrario, la licence garantit votre liberté.", "A contrario", "conversely"),
        ("Afficher le résultat en continu toutes les secondes.", "en continu", "continuously"),
        (
            "Il ne contient que des caractères de soulignement.",
            "caractères de soulignement",
            "underscore",
        ),
        ("Elle doit être utilisée avec parcimonie.", "avec parcimonie", "sparingly"),
        ("Utilisez le drapeau point d'interrogation.", "point d'interrogation", "question mark"),
        ("Ils vivent dans un autre fuseau horaire.", "fuseau horaire", "time zone"),
        ("Lisez in extenso le contrat.", "in extenso", "in full"),
        ("À l'instar du noyau, elles sortent quand elles sont prêtes.", "À l'instar du", "like"),
        ("C'est la distribution retenue en interne.", "en interne", "in-house"),
    ],
)
def test_units_glossed_as_a_whole(analyzer, glossary, text, span, gloss):
    doc = analyzer.analyze(text)
    found = {doc.text[e.start : e.end]: e.gloss for e in find_expressions(doc, glossary)}
    assert found.get(span) == gloss, found


@pytest.mark.slow
def test_a_word_of_the_unit_alone_keeps_its_own_sense(analyzer, glossary):
    doc = analyzer.analyze("Appuyez sur une touche du clavier, puis faites un clic.")
    spans = {doc.text[e.start : e.end] for e in find_expressions(doc, glossary)}
    assert not any("touche" in s or "clic" in s for s in spans)
    clic = next(t for t in doc.tokens if t.text == "clic")
    assert glossary.lookup_token(clic, doc.text).first_gloss == "click"
