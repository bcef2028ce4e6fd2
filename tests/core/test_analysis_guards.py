"""Context rules on the analysis (issue 13): the lemma and part of speech the pop-up's gloss is
chosen for, where the sentence decides them and the small spaCy model does not."""

from __future__ import annotations

import pytest

from token_helpers import case_senses, case_token

# One sentence a case; all analysed together (one pass of the model for the module).
CASES = [
    # 1. "en" + a form in -ant: the gerund, a verb
    ("Il est tombé en montant l'escalier.", "montant", "monter", "VERB"),
    ("On ouvre le menu en cliquant sur le bouton.", "cliquant", "cliquer", "VERB"),
    ("Cela a le même effet qu'en la changeant ici.", "changeant", "changer", "VERB"),
    ("Il met à jour la liste en les important dans le dialogue.", "important", "importer", "VERB"),
    # ... but not a noun with its adjective, nor "le montant" without "en"
    ("Le moteur fonctionne en courant continu.", "courant", "courant", "NOUN"),
    ("Le montant total est payé.", "montant", "montant", "NOUN"),
    ("Il a agi en président.", "président", "président", "NOUN"),
    ("Il garde la date en la restaurant après lecture.", "restaurant", "restaurer", "VERB"),
    # 2. after an article, a noun
    ("Pioche une carte dans la défausse.", "défausse", "défausse", "NOUN"),
    ("Ancrer le calque.", "calque", "calque", "NOUN"),
    ("Les ennemis arrivent.", "ennemis", "ennemi", "NOUN"),
    ("Cette commande ouvre une fenêtre.", "commande", "commande", "NOUN"),
    ("Vous serez guidé par l'assistant de création.", "assistant", "assistant", "NOUN"),
    # ... but not an adjective before its noun, nor an object pronoun before its verb
    ("Les grands arbres poussent.", "grands", "grand", "ADJ"),
    ("Un petit chat dort.", "petit", "petit", "ADJ"),
    ("Je la vois.", "vois", "voir", "VERB"),
    ("Il les prend.", "prend", "prendre", "VERB"),
    ("Pour la remplir, il faut du temps.", "remplir", "remplir", "VERB"),
    ("Le chat la regarde.", "regarde", "regarder", "VERB"),
    ("Il les trie et les range.", "range", "ranger", "VERB"),
    (
        "Glissez un coin : le rectangle prend aussitôt les proportions choisies et les conserve"
        " quand on modifie sa taille.",
        "conserve",
        "conserver",
        "!NOUN",
    ),
    ("Il les trie puis en le passant à la suite.", "passant", "passer", "VERB"),
    ("Les autres sont partis.", "autres", "autre", "!NOUN"),
    # 3. a participle two verbs share: the common verb's
    ("La bouteille est remplie d'eau.", "remplie", "remplir", "VERB"),
    # 4. a capitalised imperative opening a sentence: the verb
    ("Faites glisser le fichier.", "Faites", "faire", "VERB"),
    ("Prenez le train.", "Prenez", "prendre", "VERB"),
    ("Pioche une carte.", "Pioche", "piocher", "VERB"),
    ("Affiche les messages de démarrage.", "Affiche", "afficher", "VERB"),
    # ... but not a heading of one word, nor a label before a capitalised word
    ("Pioche", "Pioche", "pioche", "NOUN"),
    ("Note La quantité de mémoire dépend de ses dimensions.", "Note", "note", "NOUN"),
    ("Commandes les plus utilisées :", "Commandes", "commander", "!VERB"),
]


@pytest.fixture(scope="module")
def doc(analyzer):
    return analyzer.analyze("\n\n".join(sentence for sentence, *_ in CASES))


def _first_gloss(doc, sentence: str, surface: str) -> str:
    return case_senses(doc, CASES, sentence, surface)[0]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lemma_and_part_of_speech_in_context(doc, case):
    sentence, surface, lemma, pos = case
    tok = case_token(doc, CASES, sentence, surface)
    if pos.startswith("!"):
        assert tok.pos != pos[1:], (sentence, tok.lemma, tok.pos)
    else:
        assert (tok.lemma, tok.pos) == (lemma, pos), sentence
        assert not tok.is_name


def test_pop_up_of_a_gerund_is_the_verb_not_the_amount(doc):
    gloss = _first_gloss(doc, "Il est tombé en montant l'escalier.", "montant")
    assert "amount" not in gloss
    assert "up" in gloss or "climb" in gloss


def test_pop_up_of_a_noun_after_its_article_is_the_noun(doc):
    gloss = _first_gloss(doc, "Vous serez guidé par l'assistant de création.", "assistant")
    assert gloss == "assistant"  # not the verb assister's "attend"


def test_pop_up_of_a_shared_participle_is_the_common_verb(doc):
    gloss = _first_gloss(doc, "La bouteille est remplie d'eau.", "remplie")
    assert "fill" in gloss


def test_pop_up_of_an_opening_imperative_is_the_verb(doc):
    gloss = _first_gloss(doc, "Faites glisser le fichier.", "Faites")
    assert gloss == "drag (faire glisser)"  # the verb faire in its construction
