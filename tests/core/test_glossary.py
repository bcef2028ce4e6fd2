"""The bundled glossary: real entries, the lookup order, and no crash on odd input."""

from __future__ import annotations

import pytest

from reader.core.document import Token
from reader.core.glossary import Glossary, GlossResult, article_for, default_glossary
from token_helpers import word_token as _token


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return default_glossary()


def test_maison_is_a_feminine_noun_meaning_house(glossary):
    r = glossary.lookup("maison")
    assert (r.found, r.lemma, r.pos, r.gender, r.article) == (True, "maison", "NOUN", "f", "la")
    assert r.first_gloss == "house"
    # the sources that agree on it, FreeDict among them
    assert "freedict" in r.source.split("+") and len(r.source.split("+")) >= 3
    assert not r.approximate


def test_plainte_first_gloss_is_complaint_not_the_alphabetical_accusal(glossary):
    r = glossary.lookup("plainte")
    assert r.first_gloss == "complaint"
    assert "accusal" not in r.first_gloss


def test_garanties_is_the_noun_garantie_not_the_verb_garantir(glossary):
    assert glossary.lookup("garanties").lemma == "garantie"
    token = _token("garanties", "garantie", "NOUN", "Gender=Fem|Number=Plur")
    r = glossary.lookup_token(token)
    assert r.lemma == "garantie" and r.pos == "NOUN" and r.gender == "f"
    assert r.first_gloss == "guarantee"
    assert r.form_line == "garanties: pluriel de garantie"


def test_one_pivot_alone_is_flagged_approximate(glossary):
    # not in FreeDict, but the German pivot and three Apertium chains agree: not approximate
    r = glossary.lookup("garantie")
    assert r.first_gloss == "guarantee" and not r.approximate
    assert "german-pivot" in r.source.split("+") and "apertium-catalan" in r.source.split("+")
    # the adjective "maison" (fait maison) only through German: approximate
    adj = glossary.lookup("maison", pos="ADJ")
    assert adj.approximate and all(s.source == "german-pivot" for s in adj.senses)
    assert not glossary.lookup("maison").approximate


def test_participle_form_line_from_the_token_morphology(glossary):
    token = _token(
        "déclaré", "déclarer", "VERB", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
    )
    r = glossary.lookup_token(token)
    assert r.form_line == "déclaré: participe passé de déclarer"
    assert r.first_gloss == "declare"
    assert r.query == "déclaré"


def test_bare_inflected_word_gets_its_lemma_and_form_line(glossary):
    r = glossary.lookup("finissons")
    assert r.lemma == "finir" and r.pos == "VERB"
    assert r.form_line == "finissons: présent de finir (1re personne du pluriel)"


def test_pos_matching_entry_wins(glossary):
    # "maison" is also an adjective in WikDict ("fait maison"): the noun reading wins for a noun.
    assert glossary.lookup("maison", pos="NOUN").first_gloss == "house"
    adj = glossary.lookup("maison", pos="ADJ")
    assert adj.pos == "ADJ" and adj.first_gloss != "house" and adj.approximate


def test_aux_token_is_glossed_as_its_verb(glossary):
    token = _token("est", "être", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    r = glossary.lookup_token(token)
    assert r.lemma == "être" and r.first_gloss == "be"
    assert r.form_line == "est: présent d'être (3e personne du singulier)"


def test_gender_and_elided_article(glossary):
    r = glossary.lookup("âge")
    assert (r.gender, r.article) == ("m", "l'")
    assert article_for("héros", "m") == "le"
    assert article_for("homme", "m") == "l'"


def test_oe_spelling_and_curly_apostrophe(glossary):
    assert glossary.lookup("coeur").lemma == "cœur"
    assert glossary.lookup("l’homme").first_gloss == "man"


def test_french_definition_fallback_when_no_english(glossary):
    # no English gloss in the bundled data (guéridon has one now: the English gueridon;
    # battoir a hand-written one)
    r = glossary.lookup("vielle")
    assert r.found and r.source == "definition" and not r.senses
    assert r.first_gloss == "" and r.definition_fr


@pytest.mark.parametrize(
    "word", ["", "   ", "xqzwv", "💥", "\x00", "\ud800", "a" * 500, "12345", "...", "ǅ̸̧̛"]
)
def test_unknown_and_odd_input_is_a_clear_not_found(glossary, word):
    r = glossary.lookup(word)
    assert isinstance(r, GlossResult)
    assert r.found is False and r.first_gloss == "" and r.senses == () and r.source == ""


def test_non_word_token_is_not_found(glossary):
    punct = Token(
        index=0,
        text=",",
        start=0,
        end=1,
        sentence=0,
        paragraph=0,
        lemma=",",
        pos="PUNCT",
        is_punct=True,
        norm=",",
    )
    assert glossary.lookup_token(punct).found is False


def test_to_dict_is_json_ready(glossary):
    import json

    data = json.loads(json.dumps(glossary.lookup("maison").to_dict()))
    assert data["first_gloss"] == "house" and data["gender"] == "f"


def test_agreement_beats_a_dictionarys_odd_first_gloss(glossary):
    # FreeDict: "subdue, subjugate, submit"; German, Dutch and Catalan pivots reach
    # "subject" and "submit": a corroborated common word leads, "subdue" does not.
    r = glossary.lookup("soumettre", pos="VERB")
    assert {s.text for s in r.senses[:3]} >= {"subject", "submit"}
    assert r.first_gloss != "subdue"
    tuer = glossary.lookup("tuer", pos="VERB")
    assert tuer.first_gloss == "kill" and "slay" not in tuer.first_gloss


def test_freedict_entries_keep_their_pivot_supplement():
    # without the ranked entries (the FreeDict + pivot data alone), a FreeDict entry is
    # followed by one approximate sense of corroborated pivot words it lacks
    from reader.core.glossary import BundledData

    data = default_glossary().data
    plain = Glossary(data=data, curated=False)
    entries = [e for e in data.entries("conférence") if e.source == "freedict"]
    assert entries and entries[0].senses[0][0] == "lecture"
    supplement = plain._supplement(entries[0])
    assert len(supplement) == 1 and supplement[0].approximate
    assert "conference" in supplement[0].text.split(", ")
    assert isinstance(plain.data, BundledData)


def test_ranked_senses_are_one_gloss_each_without_repeats(glossary):
    for word, pos in (("maison", "NOUN"), ("choix", "NOUN"), ("mètre", "NOUN"), ("chat", "NOUN")):
        r = glossary.lookup(word, pos=pos)
        texts = [s.text for s in r.senses]
        assert texts and len(texts) == len(set(texts)), texts
    assert [s.text for s in glossary.lookup("mètre", pos="NOUN").senses][0] == "metre"
    assert not any(s.approximate for s in glossary.lookup("chat", pos="NOUN").senses)
