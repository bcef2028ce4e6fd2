"""Senses in science, nature and everyday descriptive prose (issue 13, ctx7), found wrong by
reading GNOME's French user help and Kalzium's and Step's French texts as a translator: the
first sense a learner needs (luminosité: brightness, not luminosity; amovible: removable, not
movable; filaire: wired) and the units such text is made of (pavé numérique: numeric keypad;
en vigueur: in force), senses the sentence's subject matter decides (le noyau d'un atome:
nucleus; une puce électronique: chip; saisir un mot de passe: type), and units that must not
match (ils vous demandent: ask you, not se demander; le bon mot de passe), each with sentences
where it must not fire."""

from __future__ import annotations

import pytest
from token_helpers import expression_units
from token_helpers import popup_in_sentence as popup


PART = "Tense=Past|VerbForm=Part"
FIN = "Mood=Ind|VerbForm=Fin"
INF = "VerbForm=Inf"


# (sentence, word, lemma, POS, morph, the pop-up's first gloss)
SENSES = [
    ("Diminution de la luminosité de l'écran.", "luminosité", "luminosité", "NOUN", "")
    + ("brightness",),
    ("Mute key symbol (Sourdine)", "Sourdine", "sourdine", "NOUN", "", "mute"),
    ("Essayez par tâtonnement entre les possibilités.", "tâtonnement", "tâtonnement", "NOUN")
    + ("", "trial and error"),
    ("Réseau filaire", "filaire", "filaire", "ADJ", "", "wired"),
    ("Des fichiers déjà sur un autre support amovible.", "amovible", "amovible", "ADJ", "")
    + ("removable",),
    ("Certains serveurs exigent le téléversement de fichiers.", "téléversement")
    + ("téléversement", "NOUN", "", "upload"),
    ("Certains écouteurs possèdent aussi un tel réglage.", "écouteurs", "écouteur", "NOUN", "")
    + ("earphone",),
    ("Créez des profils pour un temps nuageux.", "nuageux", "nuageux", "ADJ", "", "cloudy"),
    ("Raccourcis courants prédéfinis", "prédéfinis", "prédéfini", "ADJ", "", "predefined"),
    ("Absence de date de péremption.", "péremption", "péremption", "NOUN", "")
    + ("expiry (date de péremption: expiry date)",),
    ("La demi-vie de cet isotope est courte.", "demi-vie", "demi-vie", "NOUN", "", "half-life"),
    ("Versez la solution dans un bécher.", "bécher", "bécher", "NOUN", "", "beaker"),
    ("Le liège a de bonnes qualités isolantes.", "isolantes", "isolant", "ADJ", "")
    + ("insulating",),
    ("Le réfrigérant refroidit le gaz.", "réfrigérant", "réfrigérant", "NOUN", "", "coolant"),
    ("L'écoulement de l'eau est régulier.", "écoulement", "écoulement", "NOUN", "", "flow"),
    # the sentence's subject matter decides
    ("Le noyau de l'atome contient des protons.", "noyau", "noyau", "NOUN", "", "nucleus"),
    ("Les noyaux des isotopes ont le même numéro atomique.", "noyaux", "noyau", "NOUN", "")
    + ("nucleus",),
    ("Les isotopes radioactifs se désintègrent.", "désintègrent", "désintégrer", "VERB", FIN)
    + ("decay (radioactively)",),
    ("L'excitation d'un électron produit un photon.", "excitation", "excitation", "NOUN", "")
    + ("excitation",),
    ("Le rayonnement ultraviolet brûle la peau.", "rayonnement", "rayonnement", "NOUN", "")
    + ("radiation",),
    ("Les burettes servent à titrer des solutions acides.", "titrer", "titrer", "VERB", INF)
    + ("titrate",),
    ("Le téléphone contient une puce électronique.", "puce", "puce", "NOUN", "")
    + ("chip (electronic)",),
    ("Les services fournissent un jeton d'autorisation.", "jeton", "jeton", "NOUN", "")
    + ("token (of access)",),
    ("Contactez votre fournisseur d'accès à Internet.", "fournisseur", "fournisseur", "NOUN", "")
    + ("provider",),
    ("L'option Renommer est grisée.", "grisée", "griser", "VERB", PART)
    + ("greyed out (unavailable)",),
    ("Vérifiez la saisie du texte avant d'envoyer.", "saisie", "saisie", "NOUN", "", "input"),
    ("Saisissez le bon mot de passe.", "Saisissez", "saisir", "VERB", FIN, "type"),
    ("Vous pouvez saisir les premières lettres du nom.", "saisir", "saisir", "VERB", INF, "type"),
    ("Connectez-vous au serveur distant.", "distant", "distant", "ADJ", "", "remote"),
    ("Lancez la commande depuis l'invite de commande.", "invite", "invite", "NOUN", "")
    + ("prompt (on a computer)",),
    ("Appuyez sur le bouton d'extinction.", "extinction", "extinction", "NOUN", "", "shutdown"),
    ("Vous pouvez le grossir à l'aide de la souris.", "grossir", "grossir", "VERB", INF)
    + ("enlarge",),
    ("CD ou DVD vierges (faible/moyenne capacité)", "vierges", "vierge", "NOUN", "", "blank"),
    ("CD ou DVD vierges (faible/moyenne capacité)", "capacité", "capacité", "NOUN", "")
    + ("capacity",),
    ("CD ou DVD vierges (faible/moyenne capacité)", "faible", "faible", "ADJ", "", "low"),
    ("Une valeur faible donne une image noire.", "faible", "faible", "ADJ", "", "low"),
    ("Modification du format de papier pour l'impression", "impression", "impression", "NOUN")
    + ("", "printing"),
    ("Vous pouvez fixer la résolution d'impression.", "impression", "impression", "NOUN", "")
    + ("printing",),
    ("Il se peut que vous deviez régler l'heure manuellement.", "régler", "régler", "VERB")
    + (INF, "set"),
    ("Le tempo est ici réglé à 72 noires par minute.", "réglé", "régler", "VERB", PART)
    + ("set (to)",),
    ("Ouvrez le dossier Public dans vos fichiers.", "dossier", "dossier", "NOUN", "", "folder"),
    ("Cliquez sur Partage pour ouvrir le panneau.", "panneau", "panneau", "NOUN", "", "panel"),
    ("Le rétro-éclairage de l'écran jaunit.", "rétro-éclairage", "rétro-éclairage", "NOUN", "")
    + ("backlight",),
    ("Tentez un nettoyage des buses de l'imprimante.", "buses", "buse", "NOUN", "", "nozzle"),
    ("Utilisez un agitateur magnétique dans le ballon.", "agitateur", "agitateur", "NOUN", "")
    + ("stirrer",),
    ("Les burettes servent à titrer des liquides.", "burettes", "burette", "NOUN", "")
    + ("burette (in a laboratory)",),
    ("Votre ordinateur est allumé.", "allumé", "allumer", "VERB", PART, "on"),
    ("La sécurité repose sur l'identifiant de l'utilisateur.", "identifiant", "identifiant")
    + ("ADJ", "", "identifier"),
    ("On mesure l'indice de réfraction d'un élément optique.", "optique", "optique", "ADJ", "")
    + ("optical",),
    ("Vous devez régler l'heure manuellement.", "heure", "heure", "NOUN", "", "time (of day)"),
    ("Sur un système Debian, l'heure locale est affichée.", "heure", "heure", "NOUN", "")
    + ("time (of day)",),
    ("C'est l'heure de partir.", "heure", "heure", "NOUN", "", "time (to do)"),
    ("Le panneau Couleur s'affiche.", "panneau", "panneau", "NOUN", "", "panel"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), SENSES)
def test_sense_a_learner_needs_first(glossary, sentence, word, lemma, pos, morph, gloss):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss == gloss


# (sentence, word, lemma, POS, morph, a first gloss the word must not get there)
NOT_THERE = [
    ("Un fruit à noyau, comme la cerise.", "noyau", "noyau", "NOUN", "", "nucleus"),
    ("Le vase se désintègre en mille morceaux.", "désintègre", "désintégrer", "VERB", FIN)
    + ("decay (radioactively)",),
    ("L'excitation des enfants était à son comble.", "excitation", "excitation", "NOUN", "")
    + ("excitation",),
    ("Le rayonnement culturel de Paris est immense.", "rayonnement", "rayonnement", "NOUN", "")
    + ("radiation",),
    ("Le journal titrait sur la crise.", "titrait", "titrer", "VERB", FIN, "titrate"),
    ("Le chien a des puces.", "puces", "puce", "NOUN", "", "chip (electronic)"),
    ("Il a mis un jeton dans la machine à café.", "jeton", "jeton", "NOUN", "")
    + ("token (of access)",),
    ("Le fournisseur livre les légumes chaque matin.", "fournisseur", "fournisseur", "NOUN", "")
    + ("provider",),
    ("Une corbeille de fruits était sur la table.", "corbeille", "corbeille", "NOUN", "")
    + ("wastebasket",),
    ("Il était grisé par le succès.", "grisé", "griser", "VERB", PART)
    + ("greyed out (unavailable)",),
    ("La saisie de drogue a eu lieu au port.", "saisie", "saisie", "NOUN", "", "input"),
    ("Il faut saisir l'occasion.", "saisir", "saisir", "VERB", INF, "type"),
    ("Il est resté distant avec ses collègues.", "distant", "distant", "ADJ", "", "remote"),
    ("Il a répondu à l'invite de son ami.", "invite", "invite", "NOUN", "")
    + ("prompt (on a computer)",),
    ("L'extinction des dinosaures reste un mystère.", "extinction", "extinction", "NOUN", "")
    + ("shutdown",),
    ("Il a grossi pendant les vacances.", "grossi", "grossir", "VERB", PART, "enlarge"),
    ("La Vierge Marie est peinte ici.", "Vierge", "vierge", "NOUN", "", "blank"),
    ("Il a la capacité de comprendre vite.", "capacité", "capacité", "NOUN", "", "capacity"),
    ("Il est trop faible pour marcher.", "faible", "faible", "ADJ", "", "low"),
    ("Le point faible de ce plan est le prix.", "faible", "faible", "ADJ", "", "low"),
    ("J'ai l'impression que la taille a changé.", "impression", "impression", "NOUN", "")
    + ("printing",),
    ("On va régler le problème tout de suite.", "régler", "régler", "VERB", INF, "set"),
    ("Le problème est réglé depuis hier.", "réglé", "régler", "VERB", PART, "set (to)"),
    ("L'affaire a été réglée à l'amiable.", "réglée", "régler", "VERB", PART, "set (to)"),
    ("Le dossier médical du patient est complet.", "dossier", "dossier", "NOUN", "", "folder"),
    ("Le panneau indique la sortie de l'autoroute.", "panneau", "panneau", "NOUN", "", "panel"),
    ("Cet agitateur politique a été arrêté.", "agitateur", "agitateur", "NOUN", "", "stirrer"),
    ("Il verse l'huile avec une burette.", "burette", "burette", "NOUN", "")
    + ("burette (in a laboratory)",),
    ("La bougie allumée éclaire la pièce.", "allumée", "allumer", "VERB", PART, "on"),
    ("Il a mis une heure à venir.", "heure", "heure", "NOUN", "", "time (of day)"),
    ("Je gagne 10 euros de l'heure.", "heure", "heure", "NOUN", "", "time (of day)"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), NOT_THERE)
def test_sense_not_taken_outside_its_construction(
    glossary, sentence, word, lemma, pos, morph, gloss
):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss != gloss


# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("Basé sur le protocole HTTP en vigueur sur le Web.", "en vigueur", "in force"),
    ("Utilisez le pavé numérique de votre clavier.", "pavé numérique", "numeric keypad"),
    ("Faites glisser deux doigts sur le pavé tactile.", "pavé tactile", "touchpad"),
    ("Recto verso, sélectionnez Bord court.", "Recto verso", "double-sided"),
    ("Les instruments de mesure sont dans la boîte.", "instruments de mesure")
    + ("measuring instrument",),
    ("Utilisez la souris ou un autre périphérique de pointage.", "périphérique de pointage")
    + ("pointing device",),
    ("Le point d'ébullition de l'eau est de 100 degrés.", "point d'ébullition", "boiling point"),
    ("Le point de fusion du fer est élevé.", "point de fusion", "melting point"),
    ("Ce profil en tient compte.", "tient compte", "take into account"),
    ("Il revient dans sa ville natale.", "ville natale", "home town"),
    ("L'entrée de menu est en grisé.", "en grisé", "greyed out (unavailable)"),
    ("La hotte aspirante filtre les gaz.", "hotte aspirante", "extractor hood"),
    ("Du reste, il n'a rien dit.", "Du reste", "incidentally"),
    ("Il a trouvé le bon mot.", "bon mot", "bon mot"),
    ("Vous vous demandez pourquoi.", "vous demandez", "wonder"),
    ("Vous vous servirez de ce modèle.", "vous servirez de", "use"),
    ("Les fournisseurs de comptes en ligne sont nombreux.", "en ligne", "online"),
    ("Ouvrez la vue d'ensemble des Activités.", "vue d'ensemble", "overview"),
    ("Mettez votre ordinateur en veille.", "en veille", "on standby"),
    ("Définir l'adresse d'un serveur mandataire.", "serveur mandataire", "proxy server"),
    ("La durée de vie de la batterie est longue.", "durée de vie", "lifetime"),
    ("Il se peut que vous ayez besoin d'aide.", "Il se peut que", "it may be that"),
]

# (sentence, words that must not be glossed as one unit)
NOT_UNITS = [
    ("Il a pris de la vigueur en vieillissant.", "en vigueur"),
    ("Le pavé de la rue est numérique.", "pavé"),
    # a reflexive pronoun only before a verb of its person: here the object (ask you, serve you)
    ("Certaines instructions vous demandent de saisir des commandes.", "vous demandent"),
    ("Ce guide vous demande de saisir une commande.", "vous demande"),
    ("Créez un document qui vous servira de modèle.", "vous servira"),
    ("Il nous demande de partir.", "nous demande"),
    # a unit that is something else before de
    ("Elle s'est séparée du reste de son environnement.", "du reste"),
    ("Saisissez le bon mot de passe.", "bon mot"),
    ("Tapez cette commande en ligne de commande.", "en ligne"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), UNITS)
def test_unit_is_glossed_as_a_whole(analyzer, glossary, sentence, words, gloss):
    found = expression_units(analyzer, glossary, sentence)
    assert words in found, (sentence, sorted(found))
    assert found[words].gloss == gloss


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words"), NOT_UNITS)
def test_false_unit_is_not_matched(analyzer, glossary, sentence, words):
    found = expression_units(analyzer, glossary, sentence)
    assert not [span for span in found if span.startswith(words)], (sentence, found)
