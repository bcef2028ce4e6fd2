"""Acronyms are names with an expansion, never vocabulary."""

from __future__ import annotations

import pytest

from reader.core import acronyms
from reader.core.learner import Learner, assess


@pytest.mark.parametrize(
    ("word", "expansion", "english"),
    [
        ("OTAN", "Organisation du traité de l'Atlantique nord", "NATO"),
        ("l'OTAN", "Organisation du traité de l'Atlantique nord", "NATO"),
        ("ONU", "Organisation des Nations unies", "UN (United Nations)"),
        ("PIB", "produit intérieur brut", "GDP (gross domestic product)"),
        ("SMIC", "salaire minimum interprofessionnel de croissance", "minimum wage"),
        ("CNRS's", "Centre national de la recherche scientifique", "French national research centre"),
    ],
)  # fmt: skip
def test_table_entries(word, expansion, english):
    found = acronyms.lookup(word)
    assert found is not None and (found.expansion, found.english) == (expansion, english)


def test_table_has_several_hundred_well_formed_rows():
    assert acronyms.table_size() >= 300
    for acr in ("UE", "PME", "HLM", "SNCF", "RER", "TGV", "INSEE", "CAF", "RSA", "BAC"):
        entry = acronyms.lookup(acr)
        assert entry is not None and entry.expansion and entry.english, acr


def test_unknown_acronym_says_acronym_or_the_texts_own_definition():
    text = "La Fédération des conseils de parents d'élèves (FCPE) proteste. La FCPE insiste."
    defined = acronyms.explain("FCPE", text)
    assert defined.expansion == "Fédération des conseils de parents d'élèves"
    assert defined.english == "acronym" and defined.defined_in_text
    other = "Le SNP (Syndicat national des pilotes) appelle à la grève."
    assert acronyms.explain("SNP", other).expansion == "Syndicat national des pilotes"
    assert acronyms.explain("QWXZ", text) == acronyms.Acronym("QWXZ", "", "acronym")
    assert acronyms.explain("maison") is None


def test_acronyms_in_a_text_are_names_not_vocabulary(analyzer):
    doc = analyzer.analyze(
        "L'OTAN et l'ONU jugent le PIB du pays. Le budget du CNRS's labs.\n"
        "LES LYCÉENS DE L'UCL, MNL, FIDL MANIFESTENT\n"
    )
    by_text = {t.text: t for t in doc.tokens}
    for acr in ("OTAN", "ONU", "PIB", "CNRS's", "UCL", "MNL", "FIDL"):
        tok = by_text[acr]
        assert tok.is_name and tok.name_kind == "ACRONYM" and tok.lemma == acr, acr
    words = assess(doc, Learner("C2")).words
    vocab = {t.text for t, info in zip(doc.tokens, words, strict=True) if info is not None}
    assert not vocab & {"OTAN", "ONU", "PIB", "UCL", "MNL", "FIDL"}


def test_glossary_gives_the_expansion(analyzer):
    from reader.commands.gloss import format_text
    from reader.core.glossary import default_glossary

    glossary = default_glossary()
    result = glossary.lookup("OTAN")
    assert result.found and result.first_gloss == "NATO"
    assert result.definition_fr == "Organisation du traité de l'Atlantique nord"
    assert "sigle" in format_text(result) and "NATO" in format_text(result)
    text = "L'Union nationale lycéenne (UNL) et la Coordination lycéenne rurale (CLR) défilent."
    doc = analyzer.analyze(text)
    clr = next(t for t in doc.tokens if t.text == "CLR")
    assert glossary.lookup_token(clr).first_gloss == "acronym"
    in_context = glossary.lookup_token(clr, doc.text)
    assert in_context.definition_fr == "Coordination lycéenne rurale"
    assert glossary.lookup("maison").first_gloss != "acronym"


def test_a_handout_note_for_an_acronym_has_its_expansion(analyzer):
    from reader.core.glossary import default_glossary
    from reader.core.handout import make_entry

    doc = analyzer.analyze("Les ministres de l'OTAN se réunissent.")
    index = next(t.index for t in doc.tokens if t.text == "OTAN")
    entry = make_entry(doc, index, index + 1, default_glossary())
    assert "NATO" in entry.gloss


def test_analyze_glosses_give_an_acronym_its_english_equivalent(analyzer):
    from reader.commands.gloss import token_gloss_fields
    from reader.core.glossary import default_glossary

    doc = analyzer.analyze("Les ministres de l'OTAN et la FCPE parlent.")
    fields = token_gloss_fields(doc, default_glossary())
    glosses = dict(zip((t.text for t in doc.tokens), fields, strict=True))
    assert glosses["OTAN"] == "NATO" and glosses["FCPE"] == "acronym"
