"""Context rules on the analysis (issue 13): the lemma and part of speech the pop-up's gloss is
chosen for, where the sentence decides them and the small spaCy model does not."""

from __future__ import annotations

import pytest

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


def _token(doc, index: int, surface: str):
    sentence = doc.sentences[index] if len(doc.sentences) == len(CASES) else None
    if sentence is not None:
        tokens = doc.tokens[sentence.first_token : sentence.last_token]
    else:  # sentences split differently: find the case's paragraph
        tokens = [t for t in doc.tokens if t.paragraph == index]
    found = [t for t in tokens if t.text == surface]
    assert found, (surface, [t.text for t in tokens])
    return found[0]


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_lemma_and_part_of_speech_in_context(doc, index, case):
    sentence, surface, lemma, pos = case
    tok = _token(doc, index, surface)
    if pos.startswith("!"):
        assert tok.pos != pos[1:], (sentence, tok.lemma, tok.pos)
    else:
        assert (tok.lemma, tok.pos) == (lemma, pos), sentence
        assert not tok.is_name


def _alone(text: str, offset: int) -> str:
    """The document's text with only the paragraph at `offset` left (same offsets): each case
    is glossed in its own sentence, not next to the others (card-game cases would make the
    whole module a text about games)."""
    start = text.rfind("\n\n", 0, offset) + 2 if "\n\n" in text[:offset] else 0
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    return " " * start + text[start:end] + " " * (len(text) - end)


def _first_gloss(doc, index: int, surface: str) -> str:
    from reader.core.glossary import default_glossary

    tok = _token(doc, index, surface)
    result = default_glossary().lookup_token(tok, _alone(doc.text, tok.start))
    assert result.found, surface
    return result.senses[0].text


def _case(sentence: str) -> int:
    return next(i for i, c in enumerate(CASES) if c[0] == sentence)


def test_pop_up_of_a_gerund_is_the_verb_not_the_amount(doc):
    gloss = _first_gloss(doc, _case("Il est tombé en montant l'escalier."), "montant")
    assert "amount" not in gloss
    assert "up" in gloss or "climb" in gloss


def test_pop_up_of_a_noun_after_its_article_is_the_noun(doc):
    gloss = _first_gloss(doc, _case("Vous serez guidé par l'assistant de création."), "assistant")
    assert gloss == "assistant"  # not the verb assister's "attend"


def test_pop_up_of_a_shared_participle_is_the_common_verb(doc):
    gloss = _first_gloss(doc, _case("La bouteille est remplie d'eau."), "remplie")
    assert "fill" in gloss


def test_pop_up_of_an_opening_imperative_is_the_verb(doc):
    gloss = _first_gloss(doc, _case("Faites glisser le fichier."), "Faites")
    assert gloss == "drag (faire glisser)"  # the verb faire in its construction
