"""Senses in a war game's story and in science software manuals (issue 13, ctx10): a word's
topic read from the whole document (a page of an image editor's manual whose paragraph has no
computing word: calque: layer), from the pictures it talks about (image, filtre, sélection),
a unit opening its clause (en fait de: as for, not in fact), each with text where it must not
fire (a linguist's calque, c'est en fait de la folie)."""

from __future__ import annotations

import pytest
from token_helpers import expression_units
from token_helpers import popup_in_sentence as popup

from reader.core import topic

# A manual's page dense with computing words, then a paragraph far from them with none.
MANUAL = (
    "Cliquez sur le menu Fichier, ouvrez la boîte de dialogue et installez le greffon. "
    "Le logiciel enregistre le fichier dans votre dossier ; cliquez sur l'onglet. " * 3
)
FAR = " Il faut de la patience et du soin." * 90  # ~3,200 characters without a marker
LATE = "Ce filtre modifie le calque actif pour lui donner un aspect de bande dessinée."
PICTURES = "Ce filtre modifie le calque actif ou la sélection de l'image."
LINGUIST = "Le mot « gratte-ciel » est un calque de l'anglais « skyscraper »."


def test_a_manuals_topic_holds_far_from_its_computing_words():
    text = MANUAL + FAR + " " + LATE
    start = text.index("calque", len(MANUAL))
    assert not topic.computing_context(FAR + " " + LATE, len(FAR) + LATE.index("calque"))
    assert topic.computing_context(text, start, start + 6)


def test_one_chapter_on_computers_does_not_make_a_book_about_them():
    book = MANUAL + " Il marchait dans la forêt et pensait à sa mère." * 1000
    start = book.index("forêt", len(MANUAL) + 5000)
    assert topic.computing_context(MANUAL + FAR[:1500], len(MANUAL) + 1400)
    assert not topic.computing_context(book, start, start + 5)


@pytest.mark.parametrize(
    ("text", "gloss"),
    [(MANUAL + FAR + " " + LATE, "layer"), (PICTURES, "layer")],
)
def test_calque_in_an_image_editors_text_is_a_layer(glossary, text, gloss):
    assert popup(glossary, text, "calque", "calque", "NOUN").first_gloss == gloss


@pytest.mark.parametrize(
    "text",
    [
        LINGUIST,
        "Posez le papier calque sur le dessin et suivez les traits au crayon.",
    ],
)
def test_a_linguists_or_a_draughtsmans_calque_is_not_a_layer(glossary, text):
    assert popup(glossary, text, "calque", "calque", "NOUN").first_gloss != "layer"


# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("En fait de musique, il n'aime que le jazz.", "En fait de", "as for"),
    ("Il a reçu, en fait de récompense, une simple lettre.", "en fait de", "as for"),
    ("En fait d'argent, il n'a rien.", "En fait d'", "as for"),
    ("En fait, il est parti.", "En fait", "in fact"),
    ("En fait des gens sont venus hier.", "En fait", "in fact"),
    ("Il s'agit en fait de deux personnes.", "en fait", "in fact"),
    ("C'est en fait de la folie.", "en fait", "in fact"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), UNITS)
def test_unit_is_glossed_as_a_whole(analyzer, glossary, sentence, words, gloss):
    found = expression_units(analyzer, glossary, sentence)
    assert words in found, (sentence, sorted(found))
    assert found[words].gloss == gloss


FIN = "Mood=Ind|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"
MAPS = "Le module calcule votre itinéraire et affiche la latitude et la longitude. "

# (sentence, word, lemma, POS, morph, the pop-up's first gloss)
SENSES = [
    (MAPS + "Marble télécharge les cartes des régions.", "cartes", "carte", "NOUN", "", "map"),
    (MAPS + "Elle les affiche aux bonnes coordonnées.", "coordonnées", "coordonnée", "NOUN", "")
    + ("coordinates",),
    ("Marble montre la surface de la Terre.", "Terre", "terre", "NOUN", "", "Earth (la Terre)"),
    ("Revenez sur vos pas si vous voulez vivre !", "pas", "pas", "ADV", "", "step"),
    ("Après cette leçon d'histoire, écoutez-moi.", "histoire", "histoire", "NOUN", "")
    + ("history",),
    ("C'était idiot de votre part de refuser.", "part", "part", "NOUN", "") + ("of (you, him...)",),
    ("Impossible de localiser le moindre véhicule !", "moindre", "moindre", "ADJ", "")
    + ("slightest",),
    ("Octave est destiné aux calculs numériques.", "numériques", "numérique", "ADJ", "")
    + ("numerical",),
    ("Vous avez brillamment rempli votre mission.", "rempli", "remplir", "VERB", "") + ("fulfil",),
    ("La particule réfléchira l'onde.", "réfléchira", "réfléchir", "VERB", FIN, "reflect"),
    ("Voilà notre chance de renverser leur chef.", "chance", "chance", "NOUN", "", "chance"),
    ("Veuillez configurer votre routeur.", "Veuillez", "vouloir", "VERB", "")
    + ("please (veuillez + infinitive)",),
    ("Vous ne pouvez pas rejoindre une partie en cours.", "partie", "partie", "NOUN", "")
    + ("game",),
    ("S'il ne reste qu'un seul choix, il est inséré.", "reste", "rester", "VERB", FIN)
    + ("be left (il ne reste que: there is only ... left)",),
    ("Ce paramètre insère le reste de la commande à votre place.", "place", "place", "NOUN")
    + ("", "instead (of you)"),
    ("La barre de progression vous tiendra informé.", "tiendra", "tenir", "VERB", FIN)
    + ("keep (informed)",),
    ("Codes postaux Affiche les codes postaux des environs.", "Affiche", "Affiche", "PROPN")
    + ("", "display"),
    ("Nous avions conscience que tout changeait.", "conscience", "conscience", "NOUN", "")
    + ("awareness (avoir conscience: be aware)",),
    ("Les ressorts sont soumis à un certain amortissement.", "soumis", "soumettre", "VERB")
    + (PART, "subjected (to)"),
    ("Il se fixe à la base du crâne.", "fixe", "fixer", "VERB", FIN) + ("attach (itself) (to)",),
    ("La raideur et l'amortissement du ressort sont définis.", "amortissement")
    + ("amortissement", "NOUN", "", "damping"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), SENSES)
def test_sense_a_reader_needs_first(glossary, sentence, word, lemma, pos, morph, gloss):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss == gloss


# (sentence, word, lemma, the tagger's POS, morph, the part of speech the pop-up reads)
TAGS = [
    ("Insère un nouvel élément de commande.", "commande", "commander", "VERB", FIN, "NOUN"),
    ("Il a décidé de partir tôt.", "partir", "partir", "VERB", "VerbForm=Inf", "VERB"),
    ("Codes postaux Affiche les codes postaux.", "Affiche", "Affiche", "PROPN", "", "VERB"),
    ("Ouvre une fenêtre de dialogue.", "Ouvre", "Ouvre", "PROPN", "", "VERB"),
    ("Une Affiche de cinéma.", "Affiche", "affiche", "NOUN", "", "NOUN"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "read"), TAGS)
def test_part_of_speech_the_popup_reads(glossary, sentence, word, lemma, pos, morph, read):
    assert popup(glossary, sentence, word, lemma, pos, morph).pos == read


# (sentence, word, lemma, POS, morph, a first gloss the word must not get there)
NOT_THERE = [
    ("Il joue aux cartes avec ses amis.", "cartes", "carte", "NOUN", "", "map"),
    ("Envoyez-nous vos coordonnées.", "coordonnées", "coordonnée", "NOUN", "", "coordinates"),
    ("La terre est mouillée après la pluie.", "terre", "terre", "NOUN", "", "Earth (la Terre)"),
    ("Il ne vient pas demain.", "pas", "pas", "ADV", "", "step"),
    ("Il raconte une histoire drôle.", "histoire", "histoire", "NOUN", "", "history"),
    ("Une part du gâteau est pour toi.", "part", "part", "NOUN", "", "of (you, him...)"),
    ("Il a rempli le verre d'eau.", "rempli", "remplir", "VERB", "", "fulfil"),
    ("Il réfléchit à la question.", "réfléchit", "réfléchir", "VERB", FIN, "reflect"),
    ("Ils ont eu de la chance.", "chance", "chance", "NOUN", "", "chance"),
    ("Une partie des joueurs est partie.", "partie", "partie", "NOUN", "", "game"),
    ("Il reste à la maison ce soir.", "reste", "rester", "VERB", FIN)
    + ("be left (il ne reste que: there is only ... left)",),
    ("Remets ce livre à sa place.", "place", "place", "NOUN", "", "instead (of you)"),
    ("Mets-toi à ma place un instant.", "place", "place", "NOUN", "", "game"),
    ("Il tient la porte ouverte.", "tient", "tenir", "VERB", FIN, "keep (informed)"),
    ("Cette affiche les représente.", "affiche", "affiche", "NOUN", "", "display"),
    ("Il a mauvaise conscience.", "conscience", "conscience", "NOUN", "")
    + ("awareness (avoir conscience: be aware)",),
    ("Le projet est soumis par le maire.", "soumis", "soumettre", "VERB", PART)
    + ("subjected (to)",),
    ("Il fixe le cadre au mur.", "fixe", "fixer", "VERB", FIN, "attach (itself) (to)"),
    ("L'amortissement du prêt dure dix ans.", "amortissement", "amortissement", "NOUN", "")
    + ("damping",),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), NOT_THERE)
def test_sense_not_taken_outside_its_construction(
    glossary, sentence, word, lemma, pos, morph, gloss
):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss != gloss


MORE_UNITS = [
    ("Cliquez sur le point de la boîte.", "sur le point de", None),
    ("Il est sur le point de partir.", "sur le point de", "about to"),
    ("Crée une nouvelle feuille de calcul.", "feuille de calcul", "spreadsheet"),
    ("Les disques ont une vitesse initiale.", "vitesse initiale", "initial speed"),
    ("Il affiche les images en fonction de leur popularité.", "en fonction de", "depending on"),
    ("Les corps sont attachés à l'arrière plan.", "arrière plan", "background"),
    ("C'est en tous cas plus dangereux.", "en tous cas", "in any case"),
    ("Il a fini de mettre au point ce virus.", "mettre au point", "develop"),
    ("Nous devons faire en sorte que cela cesse.", "faire en sorte", "make sure"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), MORE_UNITS)
def test_unit_only_where_it_holds(analyzer, glossary, sentence, words, gloss):
    found = expression_units(analyzer, glossary, sentence)
    if gloss is None:
        assert words not in found, (sentence, sorted(found))
    else:
        assert words in found, (sentence, sorted(found))
        assert found[words].gloss == gloss
