"""Senses in fantasy narrative and in an image editor's manual (issue 13, ctx9), found wrong by
reading Wesnoth's French unit and campaign texts and GIMP's French manual as a translator: a
word whose neighbours decide (au sein de: within; des pièces d'or: coins; les chances de
toucher: chances, hit; le conseil de gouvernance: council; la retraite d'une armée: retreat), a
participle used as an adjective (renommés pour: renowned; une connaissance approfondie:
thorough; le genre opposé: opposite; dû à: due to), a reflexive verb (se dresser: stand), the
tagger's part of speech (Personne ne: nobody; un monstre horrible; des mages puissants; l'un
peut être: can), and the computer's senses of an image editor (calque: layer, canal: channel,
faire glisser: drag), each with sentences where it must not fire."""

from __future__ import annotations

import pytest
from token_helpers import expression_units
from token_helpers import popup_in_sentence as popup

PART = "Tense=Past|VerbForm=Part"
FIN = "Mood=Ind|VerbForm=Fin"
INF = "VerbForm=Inf"
GIMP = "Cliquez sur le calque dans la boîte de dialogue, puis sur le bouton. "

# (sentence, word, lemma, POS, morph, the pop-up's first gloss)
SENSES = [
    # the words around decide
    ("Les hommes sont réunis au sein de cette élite.", "sein", "sein", "NOUN", "")
    + ("within (au sein de)",),
    ("Paramétrage recommandé : 2 pièces d'or par village.", "pièces", "pièce", "NOUN", "")
    + ("coin",),
    ("Il frappe les ennemis à la portée de ses épées.", "portée", "portée", "NOUN", "")
    + ("reach",),
    ("Cliquez pour passer au prochain scénario de la campagne.", "campagne", "campagne")
    + ("NOUN", "", "campaign"),
    ("Vous devez avoir un chef dans un donjon pour rappeler cette unité.", "rappeler")
    + ("rappeler", "VERB", INF, "recall"),
    ("Les cartes nécessiteront l'extension pour informer l'éditeur de ces terrains.",)
    + ("éditeur", "éditeur", "NOUN", "", "editor (software)"),
    ("Le conseil de gouvernance est élu.", "conseil", "conseil", "NOUN", "", "council"),
    ("Si l'assaut est repoussé et que la retraite est décidée, les gardes restent.",)
    + ("retraite", "retraite", "NOUN", "", "retreat"),
    ("Cette unité a de fortes chances de toucher sa cible.", "chances", "chance", "NOUN", "")
    + ("chances",),
    ("Cette unité a de fortes chances de toucher sa cible.", "toucher", "toucher", "VERB", INF)
    + ("hit",),
    ("Personne ne sait rien de leur vie.", "Personne", "personne", "NOUN", "", "nobody"),
    ("Ce qui distingue la plupart des unités, c'est leur coût d'entretien.", "entretien")
    + ("entretien", "NOUN", "", "upkeep"),
    ("Ils se balancent sur leurs quatre membres.", "membres", "membre", "NOUN", "", "limbs"),
    ("Créez une nouvelle unité, comme indiqué plus bas.", "bas", "bas", "ADJ", "") + ("below",),
    ("Une texture de départ est affichée dans le carré.", "départ", "départ", "NOUN", "")
    + ("starting",),
    ("Vous pouvez revenir d'un coup plusieurs étapes en arrière.", "coup", "coup", "NOUN", "")
    + ("at once",),
    ("Par souci d'uniformité, les options apparaissent.", "souci", "souci", "NOUN", "")
    + ("for the sake of",),
    ("Ils manient leur trident avec une adresse impressionnante.", "adresse", "adresse")
    + ("NOUN", "", "skill"),
    ("Options du filtre Figure 17.368.", "Figure", "figure", "NOUN", "", "figure"),
    ("Un rapport de zoom est indiqué pour chaque entrée.", "rapport", "rapport", "NOUN", "")
    + ("ratio",),
    ("Ils apprennent à se battre dans le noir.", "noir", "noir", "NOUN", "", "dark"),
    ("Le noir et le blanc sont des couleurs.", "noir", "noir", "NOUN", "", "black"),
    ("Il n'est pas aussi stupide que je le croyais.", "aussi", "aussi", "ADV", "")
    + ("as (aussi ... que: as ... as)",),
    ("Les nains constituent une ancienne race de combattants.", "ancienne", "ancien", "ADJ", "")
    + ("ancient",),
    ("Les coins sont dépensés pour l'entretien de la maison.", "coins", "coin", "NOUN", "")
    + ("corner",),
    ("Les chevaux bai sont dans le pré.", "chevaux", "cheval", "NOUN", "", "horse"),
    # verbs whose object, subject or reflexive pronoun decides
    ("Certains gobelins entraînent leurs loups à surmonter leur peur.", "entraînent")
    + ("entraîner", "VERB", FIN, "train (troops, a team, animals)"),
    ("Leurs ancêtres sont rigoureusement entraînés au combat.", "entraînés", "entraîner")
    + ("VERB", PART, "trained (troops, a team, animals)"),
    ("Le paisible bourg se dressait aux confins de l'humanité.", "dressait", "dresser")
    + ("VERB", FIN, "stand"),
    ("Le froid glacial s'abat sur les sables pendant la nuit.", "abat", "abattre", "VERB", FIN)
    + ("fall (on)",),
    ("Il reste invisible sauf pour ceux qui se tiennent juste à côté.", "tiennent", "tenir")
    + ("VERB", FIN, "stand"),
    ("Les armes pourraient s'introduire entre leurs écailles.", "introduire", "introduire")
    + ("VERB", INF, "get in(to)"),
    ("L'épaisse armure que portent ces dracans les protège.", "portent", "porter", "VERB", FIN)
    + ("wear",),
    ("Quand elle a assez d'expérience, elle gagne un niveau.", "gagne", "gagner", "VERB", FIN)
    + ("gain",),
    ("Les capitaines conduisent les patrouilles dans la forêt.", "conduisent", "conduire")
    + ("VERB", FIN, "lead"),
    ("Elles dépassent les limites de leur art.", "dépassent", "dépasser", "VERB", FIN)
    + ("exceed",),
    ("Cette unité peut prodiguer des soins de base.", "prodiguer", "prodiguer", "VERB", INF)
    + ("give",),
    ("Les valeurs sont supérieures ou égales au noir.", "supérieures", "supérieur", "ADJ", "")
    + ("greater (than)",),
    ("Le bois dur les rend très vulnérables au feu.", "rend", "rendre", "VERB", FIN)
    + ("make (rendre heureux: make happy)",),
    # participles used as adjectives
    ("Ils sont renommés pour leur résistance.", "renommés", "renommer", "VERB", PART)
    + ("renowned",),
    ("Cela est dû en partie à leur nature.", "dû", "devoir", "VERB", PART, "due (to)"),
    ("Les camps contrôlés par l'IA pourront agir.", "contrôlés", "contrôler", "VERB", PART)
    + ("controlled",),
    ("Chaque mâle domine les membres du genre opposé.", "opposé", "opposer", "VERB", PART)
    + ("opposite",),
    ("Cela exige une connaissance approfondie des elfes.", "approfondie", "approfondir")
    + ("VERB", PART, "thorough"),
    ("Elles peuvent être décimées quand elles sont exposées.", "exposées", "exposer")
    + ("VERB", PART, "exposed"),
    ("Leur tempérament obstiné les rend difficiles à apprivoiser.", "obstiné", "obstiner")
    + ("VERB", PART, "obstinate"),
    ("Les documents sont disposés dans un tableau rectangulaire.", "disposés", "disposer")
    + ("VERB", PART, "arranged"),
    ("Les esprits du feu sont faits de flammes et de fumée.", "faits", "faire", "VERB", PART)
    + ("made (of)",),
    # the tagger's part of speech
    ("Il apprit qu'un monstre horrible vivait dans les parages.", "monstre", "monstre", "ADJ")
    + ("", "monster"),
    ("Ils peuvent être commandés par des mages puissants.", "puissants", "puissant", "NOUN")
    + ("", "powerful"),
    ("Ils produisent le même résultat, mais l'un peut être plus rapide.", "peut", "peut")
    + ("NOUN", "", "can"),
    (GIMP + "Elle recharge les menus contenant les scripts.", "menus", "menu", "NOUN", "")
    + ("menu",),
    # an image editor's manual: the computer's senses
    (GIMP + "Les calques sont listés.", "calques", "calque", "NOUN", "", "layer"),
    (GIMP + "Le canal alpha est ajouté.", "canal", "canal", "NOUN", "", "channel"),
    (GIMP + "Faites glisser le pointeur.", "glisser", "glisser", "VERB", INF, "drag"),
    (GIMP + "Le chemin actif est copié.", "chemin", "chemin", "NOUN", "", "path"),
    (GIMP + "L'historique d'annulation est vidé.", "annulation", "annulation", "NOUN", "")
    + ("undo",),
    (GIMP + "Le traitement d'images est lent.", "traitement", "traitement", "NOUN", "")
    + ("processing",),
    (GIMP + "La liste des polices du système est lue.", "polices", "police", "NOUN", "")
    + ("fonts",),
    (GIMP + "Le fichier d'échange est plein.", "échange", "échange", "NOUN", "", "swap"),
    (GIMP + "La palette de couleurs est ouverte.", "palette", "palette", "NOUN", "") + ("palette",),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), SENSES)
def test_sense_a_reader_needs_first(glossary, sentence, word, lemma, pos, morph, gloss):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss == gloss


# (sentence, word, lemma, POS, morph, a first gloss the word must not get there)
NOT_THERE = [
    ("Elle a mal au sein droit.", "sein", "sein", "NOUN", "", "within (au sein de)"),
    ("L'appartement a trois pièces et une cuisine.", "pièces", "pièce", "NOUN", "", "coin"),
    ("Il vit à la campagne depuis dix ans.", "campagne", "campagne", "NOUN", "", "campaign"),
    ("Rappeler ce fait aux lecteurs est utile.", "Rappeler", "rappeler", "VERB", INF)
    + ("recall; call back",),
    ("L'éditeur de ce livre est à Paris.", "éditeur", "éditeur", "NOUN", "", "editor (software)"),
    ("Il m'a donné un bon conseil.", "conseil", "conseil", "NOUN", "", "council"),
    ("Il a pris sa retraite à soixante ans.", "retraite", "retraite", "NOUN", "", "retreat"),
    ("Bonne chance pour demain !", "chance", "chance", "NOUN", "", "chances"),
    ("Ne touchez pas à ce tableau.", "touchez", "toucher", "VERB", FIN, "hit"),
    ("Cette personne ne sait rien.", "personne", "personne", "NOUN", "", "nobody"),
    ("Il a un entretien avec le directeur.", "entretien", "entretien", "NOUN", "", "upkeep"),
    ("Les membres du parti ont voté.", "membres", "membre", "NOUN", "", "limbs"),
    ("Le prix est plus bas cette année.", "bas", "bas", "ADJ", "", "below"),
    ("L'heure de départ est fixée.", "départ", "départ", "NOUN", "", "starting"),
    ("Tout d'un coup, il est parti.", "coup", "coup", "NOUN", "", "at once"),
    ("Envoyez-le à mon adresse électronique.", "adresse", "adresse", "NOUN", "", "skill"),
    ("Sa figure était pâle.", "figure", "figure", "NOUN", "", "figure"),
    ("Il a rendu son rapport sur la guerre.", "rapport", "rapport", "NOUN", "", "ratio"),
    ("La police a arrêté le voleur.", "police", "police", "NOUN", "", "font"),
    ("Il vient aussi demain.", "aussi", "aussi", "ADV", "", "as (aussi ... que: as ... as)"),
    ("Le général entraîne la mort de ses soldats.", "entraîne", "entraîner", "VERB", FIN)
    + ("train (troops, a team, animals)",),
    ("Il a renommé le fichier hier.", "renommé", "renommer", "VERB", PART, "renowned"),
    ("Ils se sont opposés au projet.", "opposés", "opposer", "VERB", PART, "opposite"),
    ("Il dispose de beaucoup de temps.", "dispose", "disposer", "VERB", FIN, "arranged"),
    ("Il conduit sa voiture en ville.", "conduit", "conduire", "VERB", FIN, "lead"),
    ("La voiture dépasse le camion.", "dépasse", "dépasser", "VERB", FIN, "exceed"),
    ("Il a gagné la bataille.", "gagné", "gagner", "VERB", PART, "gain"),
    ("Il se tient à la rampe.", "tient", "tenir", "VERB", FIN, "stand"),
    # an adjective before its noun stays one; a noun after its determiner stays one
    ("C'est un monstre succès.", "monstre", "monstre", "ADJ", "", "monster"),
    ("Le président directeur parle.", "directeur", "directeur", "NOUN", "", "managing"),
    # outside a computer's text, everyday senses
    ("Le canal traverse la ville.", "canal", "canal", "NOUN", "", "channel"),
    ("Le chemin longe la rivière.", "chemin", "chemin", "NOUN", "", "path"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), NOT_THERE)
def test_sense_not_taken_outside_its_construction(
    glossary, sentence, word, lemma, pos, morph, gloss
):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss != gloss


# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("La quantité de mémoire vive requise est grande.", "mémoire vive", "RAM"),
    ("Les messagers vont de part et d'autre du champ.", "de part et d'autre", "on both sides"),
    ("Les basilics furent vaincus, mais au prix fort.", "au prix fort", "at full price"),
    ("Ils se battent au corps à corps.", "corps à corps", "hand to hand"),
    ("Victoire à l'arrachée lors du scénario.", "à l'arrachée", "narrowly"),
    ("N'importe laquelle de ces guerrières est dangereuse.", "N'importe laquelle") + ("any (one)",),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), UNITS)
def test_unit_is_glossed_as_a_whole(analyzer, glossary, sentence, words, gloss):
    found = expression_units(analyzer, glossary, sentence)
    assert words in found, (sentence, sorted(found))
    assert found[words].gloss == gloss
