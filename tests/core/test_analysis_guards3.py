"""Context rules on the analysis, third round (issue 13): fiction and dialogue, and the
spellings of the 1990 reform, read as the lemma and part of speech the pop-up's gloss is
chosen for."""

from __future__ import annotations

import pytest

from token_helpers import case_senses, case_token

# One sentence a case: (sentence, word, lemma, pos).
CASES = [
    # 1. spellings of the 1990 reform (no circumflex on i and u, è in the future): the
    # traditional spelling Lexique knows
    ("Il connait bien la maison.", "connait", "connaître", "VERB"),
    ("Une ombre apparaitrait à la fenêtre.", "apparaitrait", "apparaître", "VERB"),
    ("Le maitre parle aux élèves.", "maitre", "maître", "NOUN"),
    ("Passe-moi le sel, s'il te plait.", "plait", "plaire", "VERB"),
    ("Elle complètera le formulaire demain.", "complètera", "compléter", "VERB"),
    ("Il préfèrera rester ici.", "préfèrera", "préférer", "VERB"),
    ("Il parait que le roi est mort.", "parait", "paraître", "VERB"),
    ("Le roi est mort, parait-il.", "parait", "paraître", "VERB"),
    ("Nous partirons en aout.", "aout", "août", "NOUN"),
    ("Ce plat a un drôle de gout.", "gout", "goût", "NOUN"),
    ("Range la boite sur l'étagère.", "boite", "boîte", "NOUN"),
    ("Ils ont visité une ile déserte.", "ile", "île", "NOUN"),
    ("Elle joue de la flute.", "flute", "flûte", "NOUN"),
    ("Il faut maitriser la langue.", "maitriser", "maîtriser", "VERB"),
    # ... but a word Lexique knows keeps its reading (boiter: il boite; the reform keeps dû,
    # sûr, mûr)
    ("Depuis sa chute, il boite un peu.", "boite", "boiter", "VERB"),
    ("Le mur est haut.", "mur", "mur", "NOUN"),
    ("Il croit que tu mens.", "croit", "croire", "VERB"),
    # 2. a finite verb form Lexique does not list, of a verb it knows: that verb (spaCy made
    # a noun or a verb of its own of them)
    ("Ils occiront les traîtres.", "occiront", "occire", "VERB"),
    ("Les marchands commerçaient avec les elfes.", "commerçaient", "commercer", "VERB"),
    ("Nous bannirons les orcs de la vallée.", "bannirons", "bannir", "VERB"),
    # ... and a rare verb lemma of the form loses to a much commoner one (rentraire: to darn)
    ("Il rentrait chez lui.", "rentrait", "rentrer", "VERB"),
    # ... but a known form keeps its readings
    ("Les gardes surveillaient la porte.", "surveillaient", "surveiller", "VERB"),
    # 3. verbs in clear verb positions: after me, te, se (only ever before a verb) or the
    # subject quelque chose; before a pronoun joined by a hyphen; an -ir present after je/tu
    ("Le récit me trouble.", "trouble", "troubler", "VERB"),
    ("Ce bruit te gêne.", "gêne", "gêner", "VERB"),
    ("Quelque chose cloche.", "cloche", "clocher", "VERB"),
    ("Presse-toi donc.", "Presse", "presser", "VERB"),
    ("Il dit : dépêche-toi.", "dépêche", "dépêcher", "VERB"),
    ("Je te bannis de ce royaume.", "bannis", "bannir", "VERB"),
    # ... an exclaimed sentence opening with a form mostly a verb: the imperative
    ("Bouge de là !", "Bouge", "bouger", "VERB"),
    # ... but not before its noun or adjective, nor a form rarely a verb
    ("Marche arrière !", "Marche", "marche", "NOUN"),
    ("Place au roi !", "Place", "place", "NOUN"),
    # ... but a noun after an article, a participle after its noun stay what they are
    ("La cloche sonne midi.", "cloche", "cloche", "NOUN"),
    ("Les bannis errent dans la forêt.", "bannis", "banni", "NOUN"),
    ("Je te donne la cloche.", "cloche", "cloche", "NOUN"),
    # 4. a form mostly an adjective between a determiner and a noun of its number, or an
    # adjective's feminine after a feminine noun: the adjective
    ("Il faut de forts chevaux.", "forts", "fort", "ADJ"),
    ("Ils mangent la viande crue.", "crue", "cru", "ADJ"),
    ("Versez de la fine farine.", "fine", "fin", "ADJ"),
    # ... but not a noun before a verb spaCy read as a noun, nor la crue (the flood)
    (
        "Le responsable essaie généralement de rester au plus près.",
        "responsable",
        "responsable",
        "NOUN",
    ),
    ("La crue du fleuve inonde les champs.", "crue", "crue", "NOUN"),
    # 5. Lexique's double lemma (mou,mol) is one lemma
    ("Les chairs molles du fruit.", "molles", "mou", "ADJ"),
]


@pytest.fixture(scope="module")
def doc(analyzer):
    return analyzer.analyze("\n\n".join(sentence for sentence, *_ in CASES))


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}: {c[0]}" for c in CASES])
def test_lemma_and_part_of_speech_in_context(doc, case):
    sentence, surface, lemma, pos = case
    tok = case_token(doc, CASES, sentence, surface)
    assert (tok.lemma, tok.pos) == (lemma, pos), sentence
    assert not tok.is_name


def test_pop_up_of_a_reformed_spelling_is_the_word(doc):
    assert "know" in case_senses(doc, CASES, "Il connait bien la maison.", "connait")[0]
    assert "box" in case_senses(doc, CASES, "Range la boite sur l'étagère.", "boite")[0]
    assert "taste" in case_senses(doc, CASES, "Ce plat a un drôle de gout.", "gout")[0]
    assert (
        "complete"
        in case_senses(doc, CASES, "Elle complètera le formulaire demain.", "complètera")[0]
    )


def test_lexicon_reads_reformed_spellings_as_traditional_ones():
    from reader.core.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.candidates("apparaitre") == [("apparaître", "VERB")]
    assert lexicon.candidates("cèdera") == [("céder", "VERB")]
    assert lexicon.candidates("boite")[0] == ("boiter", "VERB")  # a word of its own first
    assert ("boîte", "NOUN") in lexicon.candidates("boite")
    # a form Lexique has is not turned into another word's passé simple (mimes: mîmes)
    assert lexicon.candidates("mimes") == [("mime", "NOUN")]
    assert lexicon.candidates("du") == [("du", "DET")]
    assert lexicon.candidates("xqzt") == []


def test_pop_up_of_an_unlisted_verb_form_is_the_verb(doc):
    assert (
        "trade"
        in case_senses(doc, CASES, "Les marchands commerçaient avec les elfes.", "commerçaient")[0]
    )
    assert case_senses(doc, CASES, "Il rentrait chez lui.", "rentrait")[0] in (
        "return",
        "go home",
        "come home",
        "go back",
    )
    assert "soft" in case_senses(doc, CASES, "Les chairs molles du fruit.", "molles")[0]


def test_pop_up_of_a_verb_after_an_object_pronoun_is_the_verb(doc):
    assert "disturb" in " ".join(case_senses(doc, CASES, "Le récit me trouble.", "trouble")[:2])
    assert "hurry" in case_senses(doc, CASES, "Il dit : dépêche-toi.", "dépêche")[0]


def test_pop_up_of_an_adjective_read_as_a_noun_is_the_adjective(doc):
    assert "strong" in case_senses(doc, CASES, "Il faut de forts chevaux.", "forts")[0]
    assert "raw" in case_senses(doc, CASES, "Ils mangent la viande crue.", "crue")[0]
