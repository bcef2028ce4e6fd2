"""The frequency lexicon asset: entries, forms, the lemma guard, function words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.lexicon import LEVELS, LexEntry, Lexicon, cefr_for_rank, default_lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return default_lexicon()


def test_common_lemma_has_rank_gender_forms_and_level(lex):
    maison = lex.entry("maison", "NOUN")
    assert isinstance(maison, LexEntry)
    assert maison.gender == "f"
    assert {"maison", "maisons"} <= set(maison.forms)
    assert maison.cefr == "A1"
    assert maison.rank < 1000
    assert lex.entry("soupçon").gender == "m"


def test_more_frequent_lemmas_rank_higher(lex):
    ranks = [lex.entry(w).rank for w in ("être", "maison", "dialogue", "homologue")]
    assert ranks == sorted(ranks)
    assert lex.entry("être").zipf > lex.entry("homologue").zipf


def test_entry_without_pos_gives_most_frequent_pos_and_unknown_gives_none(lex):
    assert lex.entry("écrire").pos == "VERB"
    assert lex.entry("garantie", "NOUN").lemma == "garantie"
    assert lex.entry("pouvoir", "AUX").pos == "VERB"  # Lexique knows it as a verb
    assert lex.entry("xqzvw") is None


def test_surface_form_candidates(lex):
    assert ("pouvoir", "VERB") in lex.candidates("peux")
    assert lex.candidates("garanties")[0] == ("garantie", "NOUN")
    assert ("garantir", "VERB") in lex.candidates("garanties")
    assert lex.candidates("Écrite") == lex.candidates("écrite")
    assert lex.candidates("xqzvw") == []


def test_word_zipf_of_surface_forms(lex):
    assert lex.word_zipf("cela") > 5.0
    assert lex.word_zipf("exacerbées") < 3.0
    assert lex.word_zipf("xqzvw") == 0.0
    assert lex.word_zipf("aujourd’hui") == lex.word_zipf("aujourd'hui") > 4.0


@pytest.mark.parametrize(
    ("norm", "lemma", "pos", "expected"),
    [
        ("écrite", "écrite", "NOUN", {("écrire", "VERB"), ("écrit", "ADJ")}),
        ("commenté", "commenté", "NOUN", {("commenter", "VERB")}),
        ("peux", "peux", "VERB", {("pouvoir", "VERB")}),
        ("peux", "pouvoir", "AUX", {("pouvoir", "AUX")}),
        ("cela", "cela", "PRON", {("cela", "PRON")}),
        ("garanties", "garantir", "NOUN", {("garantie", "NOUN")}),
        ("garanties", "garantie", "NOUN", {("garantie", "NOUN")}),
        ("interprète", "interprèt", "VERB", {("interpréter", "VERB")}),
        ("solidaire", "solidaire", "VERB", {("solidaire", "ADJ")}),
        ("été", "être", "AUX", {("être", "AUX")}),
        ("blinken", "blinken", "PROPN", {("blinken", "PROPN")}),
        ("spoutnik", "spoutnik", "NOUN", {("spoutnik", "NOUN")}),
    ],
)
def test_lemma_guard(lex, norm, lemma, pos, expected):
    assert lex.guard(norm, lemma, pos) in expected


def test_function_words(lex):
    for lemma, pos in [("le", "DET"), ("cela", "PRON"), ("ne", "ADV"), ("être", "VERB")]:
        assert lex.is_function_word(lemma, pos)
    for lemma, pos in [("maison", "NOUN"), ("écrire", "VERB"), ("rapidement", "ADV")]:
        assert not lex.is_function_word(lemma, pos)


def test_surface_score_for_unknown_and_hyphenated_words(lex):
    assert lex.surface_score("est-elle") > 5.0  # as easy as "est"
    assert lex.surface_score("xqzvw") == 0.0
    assert lex.rank_for_zipf(lex.surface_score("xqzvw")) > lex.size
    assert lex.rank_for_zipf(lex.entry("maison").zipf) == lex.entry("maison").rank


def test_cefr_follows_rank():
    levels = [cefr_for_rank(r) for r in (1, 1500, 3000, 5000, 9000, 15000, 40000)]
    assert levels == sorted(levels, key=LEVELS.index)
    assert levels[0] == "A1" and levels[-1] == "C2"


def test_opening_needs_no_wordfreq_or_spacy(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys;from reader.core.lexicon import Lexicon;lx=Lexicon();"
        "assert lx.entry('maison');"
        "print(sorted(m for m in ('wordfreq','spacy') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_missing_asset_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="lexicon"):
        Lexicon(tmp_path / "nope.sqlite")


def test_pronunciations_of_a_form_per_reading(lex):
    readings = lex.pronunciations("fils")
    assert ("fils", "NOUN", "fis") in readings
    assert ("fil", "NOUN", "fil") in readings
    assert lex.pronunciations("Livre")[0][2] == "livR"
    assert lex.pronunciations("xqzvw") == []


def test_cognate_score_from_the_lemmas_own_english_glosses(lex):
    assert lex.entry("invasion", "NOUN").cognate > 0.9
    assert lex.entry("diplomatie", "NOUN").cognate > 0.8
    assert lex.entry("guère", "ADV").cognate == 0.0
    assert lex.entry("soumettre", "VERB").cognate == 0.0
    assert lex.entry("librairie", "NOUN").cognate == 0.0  # a false friend: bookshop


def test_false_friends_are_not_cognates(lex):
    assert lex.entry("éventuel", "ADJ").cognate == 0.0  # possible, not eventual
    assert lex.entry("actuel", "ADJ").cognate == 0.0  # current, not actual
