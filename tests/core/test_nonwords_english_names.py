"""English words and names in French text are not French vocabulary: not highlighted, not
counted as unknown French, and the pop-up says what they are."""

from __future__ import annotations

import pytest

from reader.core.learner import Learner, assess
from reader.core.nonwords import english_word, not_french_kind, unglossed_kind


def _vocabulary(doc, level: str = "A1") -> dict[str, bool]:
    """word -> whether the model counts it as vocabulary (A1: nearly every word is hard)."""
    words = assess(doc, Learner(level)).words
    return {t.text: info is not None for t, info in zip(doc.tokens, words, strict=True)}


def test_english_words_french_does_not_know_are_not_vocabulary(analyzer):
    doc = analyzer.analyze(
        "Le firmware du routeur affiche un footer et des widgets configurables chaque week-end."
    )
    vocab = _vocabulary(doc)
    for english in ("firmware", "footer", "widgets"):
        assert not vocab[english], english
    # French words, a French cognate of an English word and a French compound (one word)
    for french in ("routeur", "affiche", "configurables", "week-end"):
        assert vocab[french], french


@pytest.mark.parametrize("word", ["firmware", "prefers", "widgets"])
def test_english_words(word):
    assert english_word(word)
    assert not_french_kind(word) == "english"


@pytest.mark.parametrize(
    "word",
    # French (Lexique or a dictionary), an English loan French uses, a cognate with a French
    # ending, a word with accents, a rare French word only the thesaurus lists (an English
    # word too: the pop-up called it "English word (not French)")
    [
        "service",
        "programme",
        "simple",
        "email",
        "proxy",
        "configurable",
        "routeur",
        "écrêtage",
        "aberrance",
    ],  # fmt: skip
)
def test_french_words_also_english_are_french(word):
    assert not english_word(word)
    assert not_french_kind(word) == ""


def test_an_english_word_nothing_glosses_is_said_to_be_english():
    assert unglossed_kind("prefers") == "english"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La page appelle document.write trop tôt.", "document.write"),
        ("Le champ unit.name donne le nom de l'unité.", "unit.name"),
        ("Voir chrome.storage.managed pour les réglages.", "chrome.storage.managed"),
    ],
)
def test_an_objects_member_in_a_program_is_code(text, span):
    from reader.core.nonwords import nonword_spans

    assert (text.index(span), text.index(span) + len(span), "code") in nonword_spans(text)


def test_sentences_run_together_and_inclusive_writing_are_not_code():
    from reader.core.nonwords import nonword_spans

    text = "Il est parti.Ensuite il a dormi, p.ex. le soir, avec les chercheur.euse.s."
    assert not [s for s in nonword_spans(text) if s[2] == "code"]


def test_an_english_keyword_named_between_quotes_is_not_vocabulary(analyzer):
    doc = analyzer.analyze(
        "L'élément se comporte comme un bloc (« block ») et la valeur « none » est attendue. "
        "Cochez la case « Options » puis « Enregistrer » dans le menu « Fichier »."
    )
    vocab = _vocabulary(doc)
    assert not vocab["block"] and not vocab["none"]
    for french in ("Options", "Enregistrer", "Fichier", "case"):  # French, quoted or not
        assert vocab[french], french


def test_a_name_read_as_a_common_word_inside_a_sentence_is_not_vocabulary(analyzer):
    # spaCy reads Cynsaun as an adjective after the hyphenated title
    doc = analyzer.analyze(
        "Plus d'un millier d'années plus tard, la Reine-Guerrière Cynsaun la Première "
        "conduisit un groupe de nécromanciens dans les ruines."
    )
    vocab = _vocabulary(doc)
    assert not vocab["Cynsaun"]
    assert vocab["nécromanciens"] and vocab["ruines"]
    assert not_french_kind("Cynsaun") == "name"


def _read_as_noun(doc, word: str):
    """The document with `word` read as a common noun (as spaCy reads some names)."""
    from dataclasses import replace

    tokens = [
        t._replace(pos="NOUN", is_name=False, name_kind="", lemma=t.norm) if t.text == word else t
        for t in doc.tokens
    ]
    return replace(doc, tokens=tokens)


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_a_word(analyzer):
    # a menu's or a list's capital: the same word in lower case elsewhere is French
    text = "Choisissez le filtre Écrêtage dans la liste. L'écrêtage coupe les crêtes."
    doc = _read_as_noun(analyzer.analyze(text), "Écrêtage")
    first = next(i for i, t in enumerate(doc.tokens) if t.text == "Écrêtage")
    assert assess(doc, Learner("A1")).words[first] is not None
    # without the lower-case one, the same word inside a sentence is taken for a name
    alone = _read_as_noun(analyzer.analyze(text.split(". ")[0] + "."), "Écrêtage")
    assert assess(alone, Learner("A1")).words[first] is None


def test_a_prefix_joined_to_a_name_in_capitals_is_not_vocabulary(analyzer):
    """mini-HOWTO (a short HOWTO, the name of a kind of document) was highlighted as a rare
    French word no dictionary glosses; a compound whose capitals are French (anti-OTAN)
    and a hyphenated French word (mini-guide) stay words."""
    doc = analyzer.analyze(
        "Ce mini-HOWTO explique le réseau. Lisez aussi le mini-guide et le texte anti-OTAN."
    )
    vocab = _vocabulary(doc)
    assert not vocab["mini-HOWTO"]
    assert vocab["mini-guide"] and vocab["réseau"]
    assert not_french_kind("mini-HOWTO") == "name"
    assert unglossed_kind("mini-HOWTO") == "name"
    assert not_french_kind("anti-OTAN") != "name"
