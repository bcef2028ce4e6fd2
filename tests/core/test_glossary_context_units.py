"""What the pop-up shows for a word read with its neighbours (issue 13, round 4): a unit
ending in de / à also matches its contraction (lors du: during), a few fixed units (dans la
mesure où, cas de figure, de secours), the adjective after être / paraître (ce serait
embarrassant), and computing senses of encryption words in a text about computers."""

from __future__ import annotations

import pytest

from reader.core.expressions import find_expressions


def _found(analyzer, glossary, text):
    doc = analyzer.analyze(text)
    return {doc.text[e.start : e.end]: e.gloss for e in find_expressions(doc, glossary)}


def _popup(analyzer, glossary, text, word):
    doc = analyzer.analyze(text)
    token = next(t for t in doc.tokens if t.text == word)
    return glossary.lookup_token(token, doc.text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "gloss"),
    [
        ("Les poinçons s'émoussent lors du martellement.", "lors du", "during"),
        ("Il est resté chez lui à cause des pluies.", "à cause des", "because of"),
        ("Il a gagné grâce au vent.", "grâce au", "thanks to"),
        ("C'est utile dans la mesure où il examine tout.", "dans la mesure où", "insofar as"),
        ("Répertorier tous ces cas de figure prendrait du temps.", "cas de figure", "case"),
        ("Gardez un CD de secours prêt.", "de secours", "emergency"),
        ("Il faut être en mesure de gérer chaque cas.", "en mesure de", "able to"),
        ("C'est vrai dans une certaine mesure.", "dans une certaine mesure", "to some extent"),
    ],
)
def test_units_glossed_as_a_whole(analyzer, glossary, text, span, gloss):
    found = _found(analyzer, glossary, text)
    assert found.get(span) == gloss, found


@pytest.mark.slow
def test_a_contraction_stands_for_the_last_word_only(analyzer, glossary):
    assert _found(analyzer, glossary, "Il habite près du parc.").get("près du") == "near"
    # a unit that begins with a contraction and ends with one
    assert _found(analyzer, glossary, "Au cours du mois, il a plu.").get("Au cours du") == "during"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        (
            "Votre message serait envoyé à tous, ce qui pourrait être embarrassant.",
            "embarrassant",
            "embarrassing",
        ),
        ("Il serait sage de les consulter.", "sage", "wise"),
    ],
)
def test_the_adjective_after_a_copula(analyzer, glossary, text, word, first):
    assert _popup(analyzer, glossary, text, word).first_gloss == first


@pytest.mark.slow
def test_a_noun_after_a_copula_stays_a_noun_without_an_adjective(analyzer, glossary):
    result = _popup(analyzer, glossary, "Son frère est médecin à Lyon.", "médecin")
    assert result.pos == "NOUN" and result.first_gloss.startswith(("doctor", "physician"))


@pytest.mark.slow
def test_encryption_in_a_text_about_computers(analyzer, glossary):
    text = (
        "Le fichier /etc/passwd contenait autrefois le mot de passe chiffré de chaque "
        "utilisateur. Les connexions sont chiffrées, de sorte qu'aucun mot de passe "
        "n'apparaît en clair sur le réseau."
    )
    assert _popup(analyzer, glossary, text, "chiffré").first_gloss == "encrypted"
    assert _popup(analyzer, glossary, text, "clair").first_gloss.startswith("in the clear")
    # the same word in a text about money: its everyday sense
    money = "Le coût des travaux a été chiffré à deux millions d'euros par le maire."
    assert _popup(analyzer, glossary, money, "chiffré").first_gloss != "encrypted"
