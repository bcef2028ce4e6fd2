"""A verb's sense in its construction, as the pop-up shows it: the word looked up with its
sentence (reader.core.constructions, consulted by Glossary.lookup_token)."""

from __future__ import annotations

import pytest
from token_helpers import word_token

from reader.core.constructions import construction_at, constructions


PARTICIPLES = ("failli", "porté")


def popup(glossary, sentence: str, word: str, lemma: str, pos: str = "VERB"):
    """What the pop-up shows for `word` (its first occurrence) in `sentence`."""
    start = sentence.index(word)
    morph = ""
    if pos == "VERB":  # as the tagger says it: an infinitive, a participle or a finite verb
        morph = "VerbForm=Inf" if word == lemma else "Mood=Ind|VerbForm=Fin"
        if word in PARTICIPLES:
            morph = "Tense=Past|VerbForm=Part"
    token = word_token(word, lemma, pos, morph)._replace(start=start, end=start + len(word))
    return glossary.lookup_token(token, sentence)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        # verb + infinitive
        ("Washington ne compte pas résoudre les divergences.", "compte", "compter", "intend (to)"),
        ("Je pense partir demain matin.", "pense", "penser", "intend (to)"),
        ("Il a failli tomber dans l'escalier.", "failli", "faillir", "almost (do)"),
        # verb + preposition (+ infinitive)
        ("Vous n'arrivez pas à choisir une version.", "arrivez", "arriver", "manage (to)"),
        ("Je compte sur toi pour demain.", "compte", "compter", "count on"),
        ("Si vous tenez vraiment à revenir à l'image.", "tenez", "tenir", "be keen (to)"),
        ("Cet outil sert à découper l'image.", "sert", "servir", "be used (to)"),
        ("Elle servait de banc d'essai à la version 1.0.", "servait", "servir", "serve (as)"),
        ("MATE manque d'une prise en charge linguistique.", "manque", "manquer", "lack"),
        ("L'étude porte sur les jeunes lecteurs.", "porte", "porter", "be about"),
        ("L'architecture repose sur la notion d'objet.", "repose", "reposer", "rest on"),
        (
            "Ces traités aboutiraient à des algorithmes rigides.",
            "aboutiraient",
            "aboutir",
            "lead to",
        ),
        ("La mélodie finit par disparaître.", "finit", "finir", "end up (doing)"),
        ("Les partitions qui sortent d'un ordinateur.", "sortent", "sortir", "come out (of)"),
        # reflexive
        ("Nous nous rendons à Paris en train.", "rendons", "rendre", "go (to)"),
        ("L'installateur se plaint d'un fichier manquant.", "plaint", "plaindre", "complain"),
        ("Il s'agit d'une opération irréversible.", "agit", "agir", "be about"),
        ("Notre choix s'est porté sur Finale.", "porté", "porter", "turn to"),
        # the object's kind
        ("Cela demande du temps et de la patience.", "demande", "demander", "require"),
        (
            "Tout répertorier demanderait un travail considérable.",
            "demanderait",
            "demander",
            "require",
        ),
        ("Lorsqu'une personne demande l'accès au système.", "demande", "demander", "ask for"),
        ("Il comble vos désirs.", "comble", "combler", "fulfil"),
        ("Je passe beaucoup de temps à retoucher la gravure.", "passe", "passer", "spend (time)"),
        ("Demain, elle passe son examen de conduite.", "passe", "passer", "take"),
        ("La correction met du temps à arriver.", "met", "mettre", "take (time)"),
        ("Il lance la balle à son chien.", "lance", "lancer", "throw"),
        ("Elle porte des lunettes rondes.", "porte", "porter", "wear"),
        ("Posez vos questions sur la liste.", "Posez", "poser", "ask (a question)"),
        ("Une grille rendant plus facile le positionnement.", "rendant", "rendre", "make"),
    ],
)
def test_a_verb_in_its_construction(glossary, sentence, word, lemma, first):
    result = popup(glossary, sentence, word, lemma)
    assert result.senses[0].text.startswith(first), [s.text for s in result.senses]
    assert result.note  # the pop-up says which construction it read


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        ("Le résultat final est bien meilleur.", "bien", "bien", "much"),
        ("Bien avant que LilyPond existe, on gravait à la main.", "Bien", "bien", "much"),
        ("Ils jouent la musique, aussi ces détails paraissent vains.", "aussi", "aussi", "so"),
    ],
)
def test_an_adverb_by_its_neighbour(glossary, sentence, word, lemma, first):
    assert popup(glossary, sentence, word, lemma, "ADV").first_gloss == first


def test_a_report_on_something(glossary):
    result = popup(
        glossary, "Des rapports sur des problèmes non résolus.", "rapports", "rapport", "NOUN"
    )
    assert result.first_gloss == "report (on)"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "not_first"),
    [
        ("Il compte les voix une à une.", "compte", "compter", "VERB", "intend (to)"),
        ("Il me rend mon livre demain.", "rend", "rendre", "VERB", "surrender"),
        ("Finale ne s'en rend pas compte.", "rend", "rendre", "VERB", "surrender"),
        ("Il sert du vin à ses amis.", "sert", "servir", "VERB", "serve (as)"),
        ("Je me demande si elle viendra.", "demande", "demander", "VERB", "ask for"),
        ("Il parle bien le français.", "bien", "bien", "ADV", "much"),
        ("Moi aussi, je viens.", "aussi", "aussi", "ADV", "so"),
        ("Il est aussi grand que toi.", "aussi", "aussi", "ADV", "so"),
        ("Ils jouent bien, aussi.", "aussi", "aussi", "ADV", "so"),
    ],
)
def test_no_construction_where_its_words_are_missing(
    glossary, sentence, word, lemma, pos, not_first
):
    result = popup(glossary, sentence, word, lemma, pos)
    assert not result.senses[0].text.startswith(not_first), [s.text for s in result.senses]


def test_without_the_sentence_the_word_keeps_its_usual_sense(glossary):
    word = word_token("compte", "compter", "VERB")
    assert glossary.lookup_token(word).first_gloss == "count"
    text = "ne compte pas résoudre"
    assert construction_at("compter", "VERB", text, 3, 9, lambda w: ()) is None  # no forms


def test_every_row_of_the_table_is_well_formed():
    from reader.core import constructions as c

    for lemma, pos, pattern, senses, note in c._TABLE:
        assert constructions(lemma, pos), lemma
        assert senses and note and pos in ("VERB", "NOUN", "ADV", "ADJ")
        head = pattern.split()[0]
        assert (
            head
            in (
                "+INF",
                "DET",
                "ADJ",
                "REFL",
                "COMPARATIVE",
                "CLAUSE",
                "COPULA",
                "C'EST",
                "BEFORE_NOUN",
                "AFTER_NOUN",
            )
            or (head.startswith("OBJ:") and head[4:] in c.CLASSES)
            or head.isalpha()
        ), pattern


def test_the_trouble_is_that(glossary):
    text = "L'ennui, c'est que le taux est fixé par le point le plus clair."
    assert popup(glossary, text, "ennui", "ennui", "NOUN").first_gloss.startswith("the trouble")
    bored = "Il meurt d'ennui pendant les vacances."
    assert popup(glossary, bored, "ennui", "ennui", "NOUN").first_gloss == "boredom"


def test_porteur_de_bearing(glossary):
    text = "Repérez les trois boutons porteurs d'un symbole de pipette."
    assert popup(glossary, text, "porteurs", "porteur", "NOUN").first_gloss == "bearing"


def test_droit_after_a_copula_is_straight_and_right_before_a_noun(glossary):
    straight = popup(
        glossary, "Quand elle vous paraît droite, cliquez.", "droite", "droite", "NOUN"
    )
    assert straight.first_gloss == "straight"
    hand = popup(glossary, "Levez la main droite.", "droite", "droit", "ADJ")
    assert hand.first_gloss == "right"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        ("Un ancien ministre a parlé.", "ancien", "ancien", "former"),
        ("Il collectionne des meubles anciens.", "anciens", "ancien", "old"),
        ("Ce château est très ancien.", "ancien", "ancien", "old"),
        ("Ils ont leurs propres avantages.", "propres", "propre", "own"),
        ("Mets une chemise propre.", "propre", "propre", "clean"),
        ("Une technique propre à LilyPond.", "propre", "propre", "specific to"),
        ("Cher ami, merci pour ta lettre.", "Cher", "cher", "dear"),
        ("Ils ont dîné dans un restaurant cher.", "cher", "cher", "expensive"),
        ("La certification est très chère.", "chère", "cher", "expensive"),
        ("Après un certain temps, tout gèle.", "certain", "certain", "certain"),
        ("Si vous n'êtes pas certain, restez en stable.", "certain", "certain", "sure"),
        ("Un succès certain attend le film.", "certain", "certain", "sure"),
        ("Il arrive le jour même.", "même", "même", "very"),
        ("On les trouve dans différentes distributions.", "différentes", "différent", "various"),
    ],
)
def test_an_adjective_by_its_place(glossary, sentence, word, lemma, first):
    assert popup(glossary, sentence, word, lemma, "ADJ").first_gloss == first


def test_an_imperative_with_its_reflexive_pronoun_after_it(glossary):
    text = "Reportez-vous à la section 3.8 pour plus d'informations."
    assert popup(glossary, text, "Reportez", "reporter").first_gloss == "refer to"
    later = "Nous reportons la réunion à lundi."
    assert popup(glossary, later, "reportons", "reporter").first_gloss == "postpone"


def test_susceptible_de(glossary):
    text = "Ces outils sont expérimentaux et susceptibles d'être cassés."
    result = popup(glossary, text, "susceptibles", "susceptible", "ADJ")
    assert result.first_gloss == "likely (to)"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        ("Je m'appelle Marie.", "appelle", "appeler", "be called (je m'appelle: my name is)"),
        ("Il se lève tôt le matin.", "lève", "lever", "get up"),
        ("Ça s'est produit hier soir.", "produit", "produire", "happen"),
        ("Il se retrouve seul dans la rue.", "retrouve", "retrouver", "end up"),
        ("Il s'intéresse à la musique.", "intéresse", "intéresser", "be interested in"),
        ("Tu te rappelles son nom ?", "rappelles", "rappeler", "remember"),
        ("Elle frappe à la porte.", "frappe", "frapper", "knock (on a door)"),
        ("Il ne parvient pas à dormir.", "parvient", "parvenir", "manage (to)"),
        (
            "Il faut se débarrasser des anciennes sauvegardes.",
            "débarrasser",
            "débarrasser",
            "get rid of (se débarrasser de)",
        ),
        ("Veillez à fermer la porte.", "Veillez", "veiller", "make sure (to)"),
        ("Veillez à ce que tout soit prêt.", "Veillez", "veiller", "make sure"),
        ("Elle s'habitue à sa nouvelle vie.", "habitue", "habituer", "get used to (s'habituer à)"),
        # without the reflexive pronoun, the verb's own sense
        ("Il appelle sa mère.", "appelle", "appeler", "call"),
        ("Il lève la main.", "lève", "lever", "raise"),
        ("Rappelle-lui le rendez-vous.", "Rappelle", "rappeler", "remind"),
    ],
)
def test_reflexive_verbs_and_their_own_sense(glossary, sentence, word, lemma, first):
    assert popup(glossary, sentence, word, lemma).first_gloss == first


def test_a_question_s_inversion_is_not_a_reflexive_imperative(glossary):
    text = "Vous parlez de cas où testing est cassée. Qu'entendez-vous par là ?"
    assert popup(glossary, text, "entendez", "entendre").first_gloss != "get on (with)"


def test_vous_before_an_infinitive_and_its_preposition(glossary):
    text = "Veuillez vous reporter au site du projet GNU."
    assert popup(glossary, text, "reporter", "reporter").first_gloss == "refer to"
    # vous as the object: no preposition after the verb, its own sense
    text = "Il faut vous rendre votre livre."
    assert popup(glossary, text, "rendre", "rendre").first_gloss == "give back"


def test_se_demander_and_an_indirect_question(glossary):
    text = "Elle s'est demandé ce qu'elle devait faire."
    assert popup(glossary, text, "demandé", "demander").first_gloss == "wonder"
    text = "Il demande ce que tu veux."
    assert popup(glossary, text, "demande", "demander").first_gloss == "ask"


def test_the_sun_rises_and_sets(glossary):
    text = "Le Soleil se lève à l'est et se couche à l'ouest."
    assert popup(glossary, text, "lève", "lever").first_gloss == "rise"
    assert popup(glossary, text, "couche", "coucher").first_gloss == "set"
    assert popup(glossary, "Je me couche tard.", "couche", "coucher").first_gloss == "go to bed"
