"""Senses in strategy games' tutorials and stories (issue 13, ctx8), found wrong by reading
Widelands' and Hedgewars' French texts as a translator: a common word whose first sense is
right in general but wrong in its domain or construction (la carte among places: map; une
mine de fer: mine; une carrière de pierre: quarry; gagner la partie: game; le serveur a
envoyé: server; les dieux: gods), a verb whose sense its object decides (abattre le gibier:
kill; reprendre le territoire: retake; fixer une date: set; recharger le jeu: reload), the
tagger's adverb after être (il est fort: strong), reflexive nous and vous (ne vous plaignez
pas: complain), and units read word by word (d'abord: first; les quartiers-généraux), each
with sentences where it must not fire."""

from __future__ import annotations

import pytest
from token_helpers import expression_units
from token_helpers import popup_in_sentence as popup


PART = "Tense=Past|VerbForm=Part"
FIN = "Mood=Ind|VerbForm=Fin"
INF = "VerbForm=Inf"


# (sentence, word, lemma, POS, morph, the pop-up's first gloss)
SENSES = [
    ("L'éclaireur explore les régions inconnues de la carte.", "carte", "carte", "NOUN", "")
    + ("map",),
    ("Centrez la carte sur le navire.", "carte", "carte", "NOUN", "", "map"),
    ("Lancez l'éditeur de cartes pour dessiner une île.", "cartes", "carte", "NOUN", "", "map"),
    ("Votre sauvegarde est corrompue.", "sauvegarde", "sauvegarde", "NOUN", "", "backup"),
    ("Chargez une sauvegarde de jeu.", "sauvegarde", "sauvegarde", "NOUN", "", "backup"),
    ("Construisez une mine profonde pour extraire le charbon.", "mine", "mine", "NOUN", "")
    + ("mine",),
    ("Les mines ne produisent plus rien.", "mines", "mine", "NOUN", "", "mine"),
    ("Il travaille dans une mine d'or.", "mine", "mine", "NOUN", "", "mine"),
    ("Construisez une carrière près de ces roches.", "carrière", "carrière", "NOUN", "")
    + ("quarry",),
    ("Les mineurs extraient le minerai de fer.", "mineurs", "mineur", "NOUN", "", "miner"),
    ("Les dieux n'ont pas répondu à nos prières.", "dieux", "dieu", "NOUN", "", "gods"),
    ("Tenez encore une minute pour gagner la partie.", "partie", "partie", "NOUN", "") + ("game",),
    ("Le serveur a envoyé une mise à jour.", "serveur", "serveur", "NOUN", "", "server"),
    ("Nous devons entraîner nos hommes pour servir dans l'armée.", "entraîner", "entraîner")
    + ("VERB", INF, "train (troops, a team, animals)"),
    ("Celui qui est fort ne pardonne pas.", "fort", "fort", "ADV", "", "strong"),
    ("Il lui faut une faux pour faucher le blé.", "faux", "faux", "ADJ", "", "scythe"),
    ("Je viens avec de mauvaises nouvelles.", "nouvelles", "nouvelle", "ADJ", "", "news"),
    ("Nous avons trouvé une ancienne forteresse.", "ancienne", "ancien", "ADJ", "", "old"),
    ("Tout ce qui compte, c'est la victoire.", "compte", "compter", "VERB", FIN, "matter"),
    ("Vous devriez passer y prendre un verre.", "passer", "passer", "VERB", INF)
    + ("drop by (to)",),
    ("Retournez au point de départ.", "départ", "départ", "NOUN", "", "starting"),
    ("Il manque de place pour construire.", "place", "place", "NOUN", "", "room"),
    ("Chaque entrepôt permet de fixer vos préférences.", "fixer", "fixer", "VERB", INF, "set"),
    ("Un chasseur peut abattre les animaux sauvages.", "abattre", "abattre", "VERB", INF)
    + ("kill",),
    ("Les bûcherons abattent les arbres.", "abattent", "abattre", "VERB", FIN, "fell"),
    ("Reprenons notre territoire !", "Reprenons", "reprendre", "VERB", FIN, "take back"),
    ("Cet endroit n'est ni terre, ni mer.", "terre", "terre", "NOUN", "", "land"),
    ("Le général commande une armée de mille hommes.", "commande", "commander", "VERB", FIN)
    + ("command",),
    ("Les soldats stationnés dans la tour.", "stationnés", "stationner", "VERB", PART)
    + ("stationed",),
    ("Maintenez la touche Ctrl enfoncée.", "Maintenez", "maintenir", "VERB", FIN)
    + ("hold (down)",),
    ("Vous pouvez recharger le jeu.", "recharger", "recharger", "VERB", INF, "reload"),
    ("Il vengera l'injustice subie.", "vengera", "venger", "VERB", FIN, "avenge"),
    ("Il faut mettre en pause la production.", "mettre", "mettre", "VERB", INF, "pause"),
    ("Ne vous plaignez pas si c'est lourd.", "plaignez", "plaindre", "VERB", FIN) + ("complain",),
    ("Nous devrons nous battre un jour.", "battre", "battre", "VERB", INF, "fight"),
    ("Sa frontière se situe près des montagnes.", "situe", "situer", "VERB", FIN) + ("be located",),
    # the mode, with no article to say la mode; towers among castles; ground among plants
    ("Nous sommes déjà en mode construction.", "mode", "mode", "NOUN", "", "mode"),
    ("Construisez cinq tours autour de la forteresse.", "tours", "tour", "NOUN", "") + ("towers",),
    ("Creuse la boue du sol pour planter des graines.", "sol", "sol", "NOUN", "", "ground"),
    ("Il n'y a rien à faire, sinon attendre.", "sinon", "sinon", "ADV", "", "otherwise"),
    # manual pages: the computer's senses and the neighbours'
    ("Le fichier courant est lu dans le tampon.", "courant", "courant", "ADJ", "", "current"),
    ("Renvoyer la plus petite plage d'adresses IP.", "plage", "plage", "NOUN", "", "range"),
    ("Copiez les fichiers sur un support amovible.", "support", "support", "NOUN", "")
    + ("medium",),
    ("Les messages sont écrits sur le flux de sortie.", "flux", "flux", "NOUN", "", "stream"),
    ("Les résultats sont écrits sur la sortie standard.", "sortie", "sortie", "NOUN", "")
    + ("output",),
    ("Le programme lit l'entrée standard.", "entrée", "entrée", "NOUN", "", "input"),
    ("Le point de montage du système de fichiers est /mnt.", "montage", "montage", "NOUN")
    + ("", "mounting"),
    ("Le programme écrit les octets du fichier dans un tampon.", "tampon", "tampon", "NOUN")
    + ("", "buffer"),
    ("Le logiciel va ignorer silencieusement toute ligne du fichier de configuration.",)
    + ("ignorer", "ignorer", "VERB", INF, "ignore"),
    ("Cette option implique les options nosuid et nodev.", "implique", "impliquer", "VERB")
    + (FIN, "imply"),
    # reflexive senses
    ("Je m'attendais à pire.", "attendais", "attendre", "VERB", FIN, "expect (s'attendre à)"),
    ("Les enfants se conduisent mal.", "conduisent", "conduire", "VERB", FIN, "behave"),
    ("Quelques précisions s'imposent.", "imposent", "imposer", "VERB", FIN, "be called for"),
    ("Le fleuve se jette dans la mer.", "jette", "jeter", "VERB", FIN, "flow (into)"),
    ("Il se jette à l'eau.", "jette", "jeter", "VERB", FIN, "throw oneself"),
    ("Ils s'abritent sous un arbre.", "abritent", "abriter", "VERB", FIN, "take shelter"),
    ("Je vais vous apprendre quelques mots.", "apprendre", "apprendre", "VERB", INF, "teach"),
    ("Il leur apprend à lire.", "apprend", "apprendre", "VERB", FIN, "teach"),
    # adjectives and nouns whose neighbours decide
    ("Il ne fait pas très beau.", "beau", "beau", "ADJ", "", "fine"),
    ("Fort d'une solide expérience, il part.", "Fort", "fort", "ADV", "", "with"),
    ("Elle mange des légumes biologiques.", "biologiques", "biologique", "ADJ", "", "organic"),
    ("Il roule avec un pneu crevé.", "crevé", "crevé", "ADJ", "", "flat"),
    ("Installez la dernière version.", "dernière", "dernier", "ADJ", "", "latest"),
    ("La route suit une pente douce.", "douce", "doux", "ADJ", "", "gentle"),
    ("Cette région a un climat doux.", "doux", "doux", "ADJ", "", "mild"),
    ("Napoléon fut un grand homme.", "grand", "grand", "ADJ", "", "great"),
    ("C'est un moment historique.", "historique", "historique", "ADJ", "", "historic"),
    ("Une partie importante des votes.", "importante", "important", "ADJ", "", "large"),
    ("Cette décision est lourde de conséquences.", "lourde", "lourd", "ADJ", "")
    + ("fraught with",),
    ("Ils cultivent des terres incultes.", "incultes", "inculte", "ADJ", "", "uncultivated"),
    ("C'est une méchanceté gratuite.", "gratuite", "gratuit", "ADJ", "", "gratuitous"),
    ("Son salaire brut est élevé.", "brut", "brut", "ADJ", "", "gross"),
    ("Ici vivent des familles aisées.", "aisées", "aisé", "ADJ", "", "well-off"),
    ("C'est un drôle de type.", "drôle", "drôle", "ADJ", "", "strange"),
    ("Nous avons cinq minutes d'avance.", "avance", "avance", "NOUN", "", "in advance"),
    ("L'accent est mis sur les quantités.", "accent", "accent", "NOUN", "", "emphasis"),
    ("Il a eu un accès de fièvre.", "accès", "accès", "NOUN", "", "fit"),
    ("Ils ont conclu une affaire.", "affaire", "affaire", "NOUN", "", "deal"),
    ("L'affaire Dreyfus a divisé la France.", "affaire", "affaire", "NOUN", "", "affair"),
    ("C'est un biais cognitif.", "biais", "biais", "NOUN", "", "bias"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), SENSES)
def test_sense_a_learner_needs_first(glossary, sentence, word, lemma, pos, morph, gloss):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss == gloss


# (sentence, word, lemma, POS, morph, a first gloss the word must not get there)
NOT_THERE = [
    # a card in a card game, a bank card, an identity card
    ("Piochez une carte et posez-la sur la défausse du jeu de cartes.", "carte", "carte")
    + ("NOUN", "", "map"),
    ("Montrez votre carte d'identité à la frontière.", "carte", "carte", "NOUN", "", "map"),
    ("La carte de crédit du voyageur est restée sur le navire.", "carte", "carte", "NOUN")
    + ("", "map"),
    ("La sauvegarde du patrimoine est une priorité.", "sauvegarde", "sauvegarde", "NOUN")
    + ("", "backup"),
    ("Il a fait mine de partir.", "mine", "mine", "NOUN", "", "mine"),
    ("Elle a bonne mine aujourd'hui.", "mine", "mine", "NOUN", "", "mine"),
    ("Sa carrière politique a été brève.", "carrière", "carrière", "NOUN", "", "quarry"),
    ("Une partie des joueurs est partie.", "partie", "partie", "NOUN", "", "game"),
    ("Le serveur du restaurant apporte la table.", "serveur", "serveur", "NOUN", "", "server"),
    ("La guerre a entraîné la mort de nombreux soldats.", "entraîné", "entraîner", "VERB")
    + (PART, "train (troops, a team, animals)"),
    ("Frappez fort sur la porte.", "fort", "fort", "ADV", "", "strong"),
    ("Les nouvelles technologies changent tout.", "nouvelles", "nouvelle", "ADJ", "", "news"),
    ("Ce qui compte dix habitants.", "compte", "compter", "VERB", FIN, "matter"),
    ("L'heure de départ est fixée.", "départ", "départ", "NOUN", "", "starting"),
    ("Nous nous retrouvons sur la place du village.", "place", "place", "NOUN", "", "room"),
    ("Il a abattu le mur.", "abattu", "abattre", "VERB", PART, "killed"),
    ("La Terre tourne autour du Soleil et la mer monte.", "Terre", "terre", "NOUN", "") + ("land",),
    ("Il commande un repas au restaurant.", "commande", "commander", "VERB", FIN, "command"),
    ("Il faut maintenir la paix.", "maintenir", "maintenir", "VERB", INF, "hold (down)"),
    ("Nous vous rappelons que la partie commence.", "rappelons", "rappeler", "VERB", FIN)
    + ("remember",),
    ("Vous plaignez les pauvres.", "plaignez", "plaindre", "VERB", FIN, "complain"),
    ("Elle suit la mode parisienne.", "mode", "mode", "NOUN", "", "mode"),
    ("Le défilé de mode commence.", "mode", "mode", "NOUN", "", "mode"),
    ("Il fait trois tours de manège.", "tours", "tour", "NOUN", "", "towers"),
    ("Le sol de la cuisine est propre.", "sol", "sol", "NOUN", "", "ground"),
    ("C'est un mot courant.", "courant", "courant", "ADJ", "", "current"),
    ("Ils vont à la plage de sable fin.", "plage", "plage", "NOUN", "", "range"),
    ("Le flux de la rivière est rapide.", "flux", "flux", "NOUN", "", "stream"),
    ("La sortie du film est prévue en mai.", "sortie", "sortie", "NOUN", "", "output"),
    ("L'entrée du musée est gratuite.", "entrée", "entrée", "NOUN", "", "input"),
    ("Le montage du film a pris un an.", "montage", "montage", "NOUN", "", "mounting"),
    ("Il ignore la date de son départ.", "ignore", "ignorer", "VERB", FIN, "ignore"),
    ("Il est impliqué dans une affaire.", "impliqué", "impliquer", "VERB", PART, "imply"),
    ("Il attend le bus.", "attend", "attendre", "VERB", FIN, "expect (s'attendre à)"),
    ("Il conduit la voiture.", "conduit", "conduire", "VERB", FIN, "behave"),
    ("Vous apprendrez vite.", "apprendrez", "apprendre", "VERB", FIN, "teach"),
    ("Il leur apprend que la guerre est finie.", "apprend", "apprendre", "VERB", FIN, "teach"),
    ("Il a fait un beau geste.", "beau", "beau", "ADJ", "", "fine"),
    ("Elle se fait belle.", "belle", "beau", "ADJ", "", "fine"),
    ("Je suis crevé ce soir.", "crevé", "crevé", "ADJ", "", "flat"),
    ("Il a une voix douce.", "douce", "doux", "ADJ", "", "gentle"),
    ("C'est un homme grand et maigre.", "grand", "grand", "ADJ", "", "great"),
    ("C'est un roman historique.", "historique", "historique", "ADJ", "", "historic"),
    ("C'est une histoire drôle.", "drôle", "drôle", "ADJ", "", "strange"),
    ("L'accès au site est libre.", "accès", "accès", "NOUN", "", "fit"),
    ("Il parle avec un accent du sud.", "accent", "accent", "NOUN", "", "emphasis"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "morph", "gloss"), NOT_THERE)
def test_sense_not_taken_outside_its_construction(
    glossary, sentence, word, lemma, pos, morph, gloss
):
    assert popup(glossary, sentence, word, lemma, pos, morph).first_gloss != gloss


# (sentence, the words of the unit as written, the unit's first gloss in the pop-up)
UNITS = [
    ("Laissez-moi d'abord vous montrer la carte.", "d'abord", "first"),
    ("D'abord, construisez une ferme.", "D'abord", "first"),
    ("Nous avons perdu nos quartiers-généraux.", "quartiers-généraux", "headquarters"),
    ("Copiez le rapport dans le presse-papiers.", "presse-papiers", "clipboard"),
    ("Un brise-lames protège le port.", "brise-lames", "breakwater"),
    ("Le seigneur qui commande cette place-forte.", "place-forte", "stronghold"),
    ("C'est une très bonne affaire.", "bonne affaire", "good deal"),
    ("La prise en charge est limitée aux processeurs ARM.", "prise en charge", "support"),
    ("Le disque est monté en lecture seule.", "en lecture seule", "read-only"),
    ("Le chemin d'accès du fichier est relatif.", "chemin d'accès", "path"),
    ("A la place, ils ont besoin de haches.", "A la place", "instead"),
    ("J'espère que tu vas bien.", "vas bien", "be well"),
    ("Ça va bien se passer.", "va bien", "be going to (ça va bien se passer: it will go well)"),
    ("Les jeunes mariés dansent.", "jeunes mariés", "newlyweds"),
    ("Il joue de la flûte à bec.", "flûte à bec", "recorder"),
    ("Ils ont dîné aux chandelles.", "aux chandelles", "by candlelight"),
    ("Ils firent face à une économie en pagaille.", "firent face à", "face"),
    ("Nous mettons le cap vers le nord.", "mettons le cap", "head (for)"),
    ("Ils ont construit deux tours de guet.", "tours de guet", "watchtowers"),
    ("Le compte à rebours commence.", "compte à rebours", "countdown"),
    ("Elle est entourée de chaînes montagneuses.", "chaînes montagneuses", "mountain ranges"),
    ("A partir de gravats, ils forment de l'or.", "A partir de", "from"),
]

# (sentence, words that must not be glossed as one unit)
NOT_UNITS = [
    ("Il a la place de se garer.", "a la place"),
    ("Il a partir de la maison.", "a partir de"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words"), NOT_UNITS)
def test_false_unit_is_not_matched(analyzer, glossary, sentence, words):
    found = expression_units(analyzer, glossary, sentence)
    assert not [span for span in found if span.lower().startswith(words)], (sentence, found)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "words", "gloss"), UNITS)
def test_unit_is_glossed_as_a_whole(analyzer, glossary, sentence, words, gloss):
    found = expression_units(analyzer, glossary, sentence)
    assert words in found, (sentence, sorted(found))
    assert found[words].gloss == gloss


def test_tout_d_abord_stays_the_longer_unit(analyzer, glossary):
    found = expression_units(analyzer, glossary, "Tout d'abord, il faut manger.")
    assert "Tout d'abord" in found, sorted(found)
