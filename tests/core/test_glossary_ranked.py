"""Glossary 2: senses ranked by the evidence of several sources, one entry per (lemma, POS,
gender), the token's gender and POS choosing; curated senses and notes leading."""

from __future__ import annotations

import pytest

from reader.core.document import Token
from reader.core.glossary import Glossary, default_glossary
from token_helpers import word_token as _token


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return default_glossary()


# Words the ranked data alone gets wrong since it is built from the Catalan Apertium chain only
# (the Spanish and Esperanto pairs are GPL-2.0-only, so they cannot go into our GPL-3.0-or-later
# data): concurrence -> "competence", no masculine "le poste". The curated table covers them, so
# they are checked with the full glossary only.
DATA_ONLY_GAPS = {"concurrence", "poste"}


def _both(cases: list[tuple]) -> list:
    """(glossary fixture name, *case) for the full glossary and, outside the gaps, the data alone."""
    out = []
    for case in cases:
        out.append(pytest.param("glossary", *case, id=f"glossary-{case[0]}"))
        if case[0] not in DATA_ONLY_GAPS:
            out.append(pytest.param("data_only", *case, id=f"data_only-{case[0]}"))
    return out


@pytest.fixture(scope="module")
def data_only() -> Glossary:
    """The bundled data alone, without the hand-written table."""
    return Glossary(curated=False)


HOMOGRAPHS = [
    # word, masculine first gloss, feminine first gloss
    ("livre", "book", "pound"),
    ("tour", "turn", "tower"),
    ("poste", None, "post"),
    ("mode", "mode", "fashion"),
    ("voile", "veil", "sail"),
    ("somme", "nap", "sum"),
]


@pytest.mark.parametrize("gl, word, masc, fem", _both(HOMOGRAPHS))
def test_homographs_choose_by_the_determiners_gender(request, gl, word, masc, fem):
    g = request.getfixturevalue(gl)
    le = g.lookup_token(_token(word, word, "NOUN", "Gender=Masc|Number=Sing"))
    la = g.lookup_token(_token(word, word, "NOUN", "Gender=Fem|Number=Sing"))
    assert (le.gender, le.article) == ("m", "le") and (la.gender, la.article) == ("f", "la")
    if masc:
        assert le.first_gloss == masc
    assert la.first_gloss == fem
    # the other entry travels with the result (shown below when the context is unsure)
    assert [(o.gender, o.article) for o in le.others][:1] == [("f", "la")]
    assert [(o.gender, o.article) for o in la.others][:1] == [("m", "le")]
    assert not le.unsure and not la.unsure


def test_poste_masculine_is_a_job_not_the_post_office(glossary):
    le = glossary.lookup_token(_token("poste", "poste", "NOUN", "Gender=Masc"))
    la = glossary.lookup_token(_token("poste", "poste", "NOUN", "Gender=Fem"))
    assert {"job", "position"} & {s.text for s in le.senses[:3]}
    assert "post office" in {s.text for s in la.senses[:3]}


def test_without_gender_the_result_is_unsure_and_carries_the_other_entry(glossary):
    r = glossary.lookup("livre", pos="NOUN")
    assert r.unsure and r.others
    assert {r.first_gloss, r.others[0].first_gloss} == {"book", "pound"}


@pytest.mark.parametrize(
    "word, pos, first",
    [
        ("répondre", "VERB", {"answer", "respond", "reply"}),
        ("lire", "VERB", {"read"}),
        ("prochain", "ADJ", {"next"}),
        ("nouveau", "ADJ", {"new"}),
        ("croire", "VERB", {"believe", "think"}),
        ("chose", "NOUN", {"thing"}),
        ("calmer", "VERB", {"calm", "calm down"}),
        ("presque", "ADV", {"almost"}),
        ("équipe", "NOUN", {"team"}),
    ],
)
@pytest.mark.parametrize("gl", ["glossary", "data_only"])
def test_common_words_first_sense(request, gl, word, pos, first):
    r = request.getfixturevalue(gl).lookup(word, pos, word)
    assert r.first_gloss in first


@pytest.mark.parametrize(
    "gl, word, pos, gloss",
    _both(
        [
            ("élargissement", "NOUN", {"enlargement", "broadening", "widening", "expansion"}),
            ("homologue", "NOUN", {"counterpart"}),
            ("exacerber", "VERB", {"exacerbate"}),
            ("imminent", "ADJ", {"imminent"}),
            ("décret", "NOUN", {"decree"}),
            ("contribution", "NOUN", {"contribution"}),
            ("cohérence", "NOUN", {"coherence", "consistency"}),
            ("concurrence", "NOUN", {"competition"}),
            ("inégalité", "NOUN", {"inequality"}),
            ("parution", "NOUN", {"publication", "appearance", "emergence", "release"}),
        ]
    ),
)
def test_formerly_missing_words_are_glossed(request, gl, word, pos, gloss):
    r = request.getfixturevalue(gl).lookup(word, pos, word)
    assert r.found and r.first_gloss in gloss


def test_inflected_forms_reach_their_lemma(glossary):
    r = glossary.lookup_token(_token("imminente", "imminent", "ADJ", "Gender=Fem"))
    assert r.lemma == "imminent" and r.first_gloss == "imminent"
    r = glossary.lookup_token(
        _token("exacerbées", "exacerber", "VERB", "Gender=Fem|Number=Plur|VerbForm=Part")
    )
    assert r.lemma == "exacerber" and r.first_gloss == "exacerbate"


def test_senses_name_the_sources_that_agree(data_only):
    r = data_only.lookup("lire", "VERB", "lire")
    families = r.senses[0].source.split("+")
    assert "freedict" in families and "apertium-catalan" in families and len(families) >= 3
    assert not r.senses[0].approximate
    # one pivot alone is approximate and says so
    r = data_only.lookup("parution", "NOUN", "parution")
    assert r.approximate and "+" not in r.senses[0].source


def test_false_friend_leads_with_the_curated_sense_and_its_note(glossary):
    r = glossary.lookup_token(_token("éventuelle", "éventuel", "ADJ", "Gender=Fem"))
    assert r.first_gloss == "possible" and r.source == "curated"
    assert "eventual" in r.note


def test_the_verb_reading_of_a_noun_homograph(glossary):
    r = glossary.lookup_token(_token("interprète", "interpréter", "VERB", "Mood=Ind"))
    assert r.pos == "VERB" and r.first_gloss == "interpret"


def test_user_gloss_still_wins_over_curated(tmp_path):
    from reader.core.store import Store

    store = Store(tmp_path / "user.sqlite")
    g = Glossary(store)
    g.user.set("éventuel", "ADJ", "my own meaning")
    r = g.lookup("éventuel", "ADJ", "éventuel")
    assert r.first_gloss == "my own meaning" and r.source == "user"


@pytest.mark.parametrize(
    "text, gender, first",
    [
        ("J'ai acheté un livre hier.", "m", "book"),
        ("Le prix de la livre sterling.", "f", "pound"),
        ("Une grosse livre de beurre.", "f", "pound"),
    ],
)
def test_the_determiner_decides_when_spacy_leaves_gender_out(glossary, text, gender, first):
    start = text.index("livre")
    tok = Token(
        index=0,
        text="livre",
        start=start,
        end=start + 5,
        sentence=0,
        paragraph=0,
        lemma="livre",
        pos="NOUN",
        morph="Number=Sing",
        is_word=True,
        norm="livre",
    )
    r = glossary.lookup_token(tok, text)
    assert (r.gender, r.first_gloss) == (gender, first)
    assert not r.unsure and r.others  # the other entry is still there, below


def test_no_determiner_leaves_the_choice_open(glossary):
    text = "Il parle de livre en livre."
    start = text.index("livre")
    tok = Token(0, "livre", start, start + 5, 0, 0, "livre", "NOUN", "Number=Sing", True)
    r = glossary.lookup_token(tok, text)
    assert r.unsure and r.others


def test_false_friend_sense_is_not_listed_under_its_warning(glossary):
    r = glossary.lookup("éventuel", "ADJ", "éventuel")
    assert "eventual" not in [s.text for s in r.senses]
    r = glossary.lookup("répondre", "VERB", "répondre")
    assert "reduce the price" not in [s.text for s in r.senses]


@pytest.mark.parametrize(
    "word, pos, lemma, gloss",
    [
        ("reprogrammer", "VERB", "reprogrammer", "reprogram"),
        ("réinstallation", "NOUN", "réinstallation", "reinstallation"),
        ("recompiler", "VERB", "recompiler", "recompile"),  # redémarrer: curated since
        ("standardisé", "VERB", "standardiser", "standardize"),
        ("standardisé", "ADJ", "standardisé", "standardized"),
    ],
)
def test_regular_derivations_are_glossed_and_marked_approximate(glossary, word, pos, lemma, gloss):
    r = glossary.lookup(word, pos, lemma)
    assert r.first_gloss == gloss and r.approximate


@pytest.mark.parametrize("word", ["gauchisme", "xqzwation", "distribuable"])
def test_a_derivation_english_does_not_have_is_not_invented(glossary, word):
    # gauchisme is not "gauchism", distribuable not "distribuable"
    assert glossary.lookup(word).first_gloss not in ("gauchism", "xqzwation", "distribuable")


@pytest.mark.parametrize(
    "text, pos, first",
    [
        ("La frontière que l’Occident interprète comme des préparatifs.", "VERB", "interpret"),
        ("Il parle à Marie Curie, interprète de talent.", "NOUN", "interpreter"),
        ("Un interprète traduit.", "NOUN", "interpreter"),
    ],
)
def test_a_noun_right_after_its_subject_is_read_as_the_verb(glossary, text, pos, first):
    start = text.index("interprète")
    tok = Token(0, "interprète", start, start + 10, 0, 0, "interprète", "NOUN", "", True)
    r = glossary.lookup_token(tok, text)
    assert (r.pos, r.first_gloss) == (pos, first)


def test_an_english_word_in_a_french_text_is_said_to_be_english(glossary):
    r = glossary.lookup("kernel", "NOUN", "kernel")
    assert r.found and r.first_gloss == "kernel" and r.source == "english"
    assert "English word" in r.note
    # a loanword Lexique lists as French without a meaning (une update)
    assert glossary.lookup("update", "NOUN", "update").first_gloss == "update"
    # a French word spelt like an English one is not taken for English
    assert glossary.lookup("table", "NOUN", "table").source != "english"


def test_french_definition_follows_the_chosen_gender(glossary):
    le = glossary.lookup("livre", "NOUN", "livre", "Gender=Masc")
    la = glossary.lookup("livre", "NOUN", "livre", "Gender=Fem")
    assert le.definition_fr and la.definition_fr and le.definition_fr != la.definition_fr
    assert "monétaire" in la.definition_fr and "monétaire" not in le.definition_fr


def test_a_handout_note_reads_the_word_in_its_sentence(analyzer, glossary):
    # the tagger calls "interprète" a noun here; the note, like the pop-up, sees the subject
    from reader.core.handout import make_entry

    doc = analyzer.analyze(
        "Une accumulation de troupes que l’Occident interprète comme une menace."
    )
    index = next(t.index for t in doc.tokens if t.text == "interprète")
    assert make_entry(doc, index, index + 1, glossary).gloss == "interpret"
