"""Highlighted words left without a gloss on a wide corpus of French text (issue 13, point 5),
one test per kind of fix: (a) the lookup missed a form whose lemma is glossed, (b) the token
is no word at all and must not be highlighted, (c) the vocabulary was missing (hand-written
senses). Each case is a sentence of the kind the words were met in and what the pop-up shows."""

from __future__ import annotations

import pytest

from reader.core.glossary import Glossary, default_glossary
from reader.core.nonwords import manual_names, nonword_spans
from token_helpers import in_sentence


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return default_glossary()


# -- (a) a form the lookup missed, read through its lemma ---------------------------------


@pytest.mark.parametrize(
    "sentence, word, tagger_lemma, pos, lemma, gloss",
    [
        # a 1990 spelling (no circumflex) the lexicon reads as bûcheron
        ("Bâtissez trois maisons de bucherons.", "bucherons", "bucheron", "NOUN", "bûcheron",
         "lumberjack"),
        # the feminine of an adjective Lexique lacks, tagged as a noun
        ("Une liste déroulante des images est affichée.", "déroulante", "déroulante", "NOUN",
         "déroulant", "drop-down (liste déroulante)"),
        # a past participle Lexique lacks: its -er verb
        ("Entrée textuelle : tout est explicité.", "explicité", "explicité", "NOUN",
         "expliciter", "make explicit"),
    ],
)  # fmt: skip
def test_a_form_is_glossed_through_the_lemma_it_stands_for(
    glossary, sentence, word, tagger_lemma, pos, lemma, gloss
):
    r = glossary.lookup_token(in_sentence(sentence, word, tagger_lemma, pos), sentence)
    assert (r.lemma, r.first_gloss) == (lemma, gloss)


def test_a_plural_feminine_reaches_its_masculine_singular(glossary):
    sentence = "Les composantes vectorielles d'un pixel."
    r = glossary.lookup_token(
        in_sentence(sentence, "vectorielles", "vectorielle", "NOUN"), sentence
    )
    assert r.lemma == "vectoriel" and r.senses


@pytest.mark.parametrize("word", ["zorglées", "brubulantes"])
def test_an_unknown_word_is_not_glossed_from_a_base_nobody_has(glossary, word):
    # no verb "zorgler", no adjective "brubulant": still nothing, never a made-up gloss
    assert not glossary.lookup(word, "NOUN", word).senses


def test_a_form_lexique_knows_as_itself_keeps_its_own_entry(glossary):
    # "portes" is the noun porte's plural, not read again through another base
    r = glossary.lookup("portes", "NOUN", "porte")
    assert r.lemma == "porte" and r.first_gloss == glossary.lookup("porte", "NOUN").first_gloss


@pytest.mark.parametrize(
    "sentence, word, tagger_lemma, pos, lemma, gloss",
    [
        # a web page's heading anchor stuck to the word
        ("7.5.1. Parrainage de paquets¶", "paquets¶", "paquets¶", "NOUN", "paquet", "package"),
        # accents left out: the one word they make
        ("Ajouter au systeme de transport.", "systeme", "systeme", "NOUN", "système", "system"),
        ("Le controle est fait.", "controle", "controle", "NOUN", "contrôle", "check"),
        # a hand-written noun the tagger read as an adjective
        ("-r [descripteur] Rendre compte de statistiques.", "descripteur", "descripteur", "ADJ",
         "descripteur", "descriptor"),
        # an abbreviation
        ("la fenêtre principale, c.-à-d les entrées", "c.-à", "c.-à", "NOUN", "c.-à", "that is"),
        # a typeset hyphen (U+2010)
        ("avant d'inclure tout en\u2010tête.", "en\u2010tête", "en\u2010tête", "NOUN", "en-tête",
         "header"),
        # a form Lexique lacks of a verb whose only gloss is built (dupliquer: duplicate)
        ("la duplication d'une image ne duplique pas l'historique", "duplique", "duplique", "VERB",
         "dupliquer", "duplicate"),
    ],
)  # fmt: skip
def test_a_variant_spelling_is_glossed_as_its_word(
    glossary, sentence, word, tagger_lemma, pos, lemma, gloss
):
    r = glossary.lookup_token(in_sentence(sentence, word, tagger_lemma, pos), sentence)
    assert (r.lemma, r.first_gloss) == (lemma, gloss)


def test_a_short_word_is_not_given_accents(glossary):
    # Latin "nunc pede libero": not the French slur its accents would make
    assert not glossary.lookup("pede", "ADJ", "pede").senses


# -- (b) no word: never highlighted --------------------------------------------------------


@pytest.mark.parametrize(
    "text, codes",
    [
        ("impossible de lire le fichier : a lu %d sur %zu octets", ["%d", "%zu"]),
        ("lu %lld octets de %1$s", ["%lld", "%1$s"]),
        ("252  170  AA   Є    LETTRE CYRILLIQUE IÉ UKRAINIEN MAJUSCULE", ["AA"]),
        ("254\t172\tAC\t¬\tSIGNE NON", ["AC"]),
        ("non pas grâce à un ly:music-deep-copy , mais", ["ly:music-deep-copy"]),
        ("la valeur de Acquire::https::Verify-Peer est true", ["Acquire::https::Verify-Peer"]),
        ("au format aaaa-mm-jj et les heures hh:mm:ss", ["aaaa-mm-jj", "hh:mm:ss"]),
    ],
)
def test_format_directives_and_hexadecimal_bytes_are_code(text, codes):
    found = [text[a:b] for a, b, kind in nonword_spans(text) if kind == "code"]
    assert found == codes


@pytest.mark.parametrize(
    "text",
    [
        "Le 12 FA majeur",
        "en 2023 AD",
        "soit 50 % des cas",
        "Remarque : voir ci-dessous",
        "ID de paquet:Rempli si",  # a table's cell, not a namespace
    ],
)
def test_prose_after_a_number_is_not_code(text):
    assert [k for _a, _b, k in nonword_spans(text) if k == "code"] == []


def test_lilypond_and_translation_files_are_file_names():
    text = "Fichiers d'initialisation : titling-init.ly et def.po"
    assert [text[a:b] for a, b, _k in nonword_spans(text)] == ["titling-init.ly", "def.po"]


def test_names_given_a_manual_section_are_programs():
    text = "ADDUSER(8) ... voir dpkg-maintscript-helper(1) et signal(7), f (x)"
    names = manual_names(text)
    assert {"adduser", "dpkg", "maintscript", "signal"} <= names and "f" not in names


def test_a_program_named_with_its_manual_section_is_not_highlighted(analyzer):
    text = (
        "ADDUSER(8)\n"
        "Le programme adduser ajoute des utilisateurs au système.\n"
        "Voir aussi signal(7) : un signal interrompt le programme."
    )
    doc = analyzer.analyze(text)
    adduser = [t for t in doc.tokens if t.norm == "adduser"]
    signal = [t for t in doc.tokens if t.norm == "signal"]
    assert adduser and all(not t.is_word and t.nonword == "code" for t in adduser)
    assert any(t.is_word for t in signal)  # French knows it: still a word


# -- (c) vocabulary no source had: hand-written senses --------------------------------------


@pytest.mark.parametrize(
    "sentence, word, lemma, pos, gloss",
    [
        ("Activer la sortie de débogage de libmount.", "débogage", "débogage", "NOUN",
         "debugging"),
        ("Le processus renvoie un descripteur de fichier.", "descripteur", "descripteur", "NOUN",
         "descriptor"),
        ("Afficher l'étiquette au lieu de l'horodatage.", "horodatage", "horodatage", "NOUN",
         "timestamp"),
        ("Les nouvelles versions incrémenteront la version majeure.", "incrémenteront",
         "incrémenter", "VERB", "increment"),
        ("Pour assurer la rétrocompatibilité, la commande ne change pas.", "rétrocompatibilité",
         "rétrocompatibilité", "NOUN", "backward compatibility"),
        ("De l'eau bénite ? Comment cela ?", "bénite", "bénit", "ADJ", "holy"),
        ("Les notes de la portée (do, ré, mi)", "ré", "ré", "NOUN", "D (musical note)"),
        ("L'interligne médian si le nombre est pair.", "interligne", "interligne", "NOUN",
         "line spacing"),
        ("Installer, désinstaller ou afficher les tables.", "désinstaller", "désinstaller", "VERB",
         "uninstall"),
        ("Depuis Linux 2.6.23, l'ordonnanceur par défaut est CFS.", "ordonnanceur",
         "ordonnanceur", "NOUN", "scheduler"),
        # the data's only sense was the verb's (rebuter: refuse)
        ("L'absence d'interface graphique n'est en rien rebutante.", "rebutante", "rebutant",
         "ADJ", "off-putting"),
        ("Un ambitus par voix indique l'étendue de la mélodie.", "ambitus", "ambitus", "NOUN",
         "range (of a voice or melody)"),
        ("Les paquets trop bogués sont supprimés.", "bogués", "boguer", "VERB", "be buggy"),
        # a present participle as an adjective: the data gave the verb's (dérouter: deflect)
        ("L'astuce est parfois déroutante pour les traducteurs.", "déroutante", "déroutant",
         "ADJ", "disconcerting"),
    ],
)  # fmt: skip
def test_missing_vocabulary_has_hand_written_senses(glossary, sentence, word, lemma, pos, gloss):
    r = glossary.lookup_token(in_sentence(sentence, word, lemma, pos), sentence)
    assert r.first_gloss == gloss and r.source == "curated" and not r.approximate
