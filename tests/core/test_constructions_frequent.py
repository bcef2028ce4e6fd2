"""Frequent words whose sense the words around them decide, as the pop-up shows them: ne ...
plus (no longer), tout + noun (any), soit ... soit (either ... or), faire + infinitive (make,
faire glisser: drag), la manière dont (how)... (reader.core.constructions, read by
Glossary.lookup_token with the sentence)."""

from __future__ import annotations

import pytest
from token_helpers import in_sentence

from reader.core import constructions as c


def popup(glossary, sentence: str, word: str, lemma: str, pos: str, nth: int = 0):
    """What the pop-up shows for the nth occurrence of `word` in `sentence`, tagged as the
    analysis tags it (lemma, POS; a verb's form from the word)."""
    morph = ""
    if pos in ("VERB", "AUX"):
        morph = "VerbForm=Inf" if word == lemma else "Mood=Ind|VerbForm=Fin"
    token = in_sentence(sentence, word, lemma, pos, morph)
    start = token.start
    for _ in range(nth):
        start = sentence.index(word, start + 1)
    token = token._replace(start=start, end=start + len(word))
    return glossary.lookup_token(token, sentence)


FIRES = [
    # plus
    ("Il n'est plus possible de définir ces entrées.", "plus", "plus", "ADV", "no longer"),
    ("Ghostscript ne contient plus ses propres polices.", "plus", "plus", "ADV", "no longer"),
    ("Vous n'aurez plus qu'à saisir les notes.", "plus", "plus", "ADV", "only"),
    ("Les outils les plus utilisés sont décrits ici.", "plus", "plus", "ADV", "most"),
    ("La note la plus courte dure deux temps.", "plus", "plus", "ADV", "most"),
    ("Réduisez l'exemple à sa plus simple expression.", "plus", "plus", "ADV", "most"),
    ("Il part quand plus aucun paquet ne le requiert.", "plus", "plus", "ADV", "no more"),
    ("En plus du noyau, un système contient des outils.", "plus", "plus", "ADV", "in addition to"),
    ("Le greffon gère en plus les modes de fusion.", "plus", "plus", "ADV", "in addition"),
    ("Deux silences au plus suffisent.", "plus", "plus", "ADV", "at most"),
    # tout
    ("Tout développeur a besoin d'une clé.", "Tout", "tout", "DET", "any"),
    ("Vous pouvez annuler à tout moment.", "tout", "tout", "DET", "any"),
    ("Tout comme les expressions, elles s'imbriquent.", "Tout", "tout", "ADV", "just like"),
    ("Il le sauve tout en respectant ses règles.", "tout", "tout", "ADV", "while"),
    ("Il le sauve tout en n'étant pas orphelin.", "tout", "tout", "ADV", "while"),
    ("La communauté toute entière en assure le bien-être.", "toute", "tout", "ADJ", "whole"),
    ("Elle montre tout ce que nous avons vu.", "tout", "tout", "PRON", "everything"),
    ("Ce document ne peut pas tout contenir.", "tout", "tout", "PRON", "everything"),
    ("Ajoutez un tilde ou tout autre caractère spécial.", "tout", "tout", "DET", "any"),
    # soit
    ("Elles se saisissent soit comme des notes, soit à l'aide d'un mode.", "soit", "soit", "CCONJ")
    + ("either",),
    ("Le texte sera alors soit aligné, soit justifié.", "soit", "être", "AUX", "either"),
    ("Le résultat est rapporté, soit un missing littéral.", "soit", "soit", "ADV", "that is"),
    # faire
    ("Vous pouvez faire apparaître des lignes.", "faire", "faire", "VERB", "make (do)"),
    ("Les raisons qui nous ont fait l'adopter sont là.", "fait", "faire", "VERB", "make (do)"),
    ("Faites glisser la page avec la souris.", "Faites", "faire", "VERB", "drag"),
    ("Soit vous la faites glisser vers cette pile, soit non.", "faites", "fait", "ADJ", "drag")
    + (),
    ("Elle est assez grande pour que vous puissiez la faire défiler.", "faire", "faire", "VERB")
    + ("scroll",),
    ("Une note qui ne ferait pas partie de la gamme.", "ferait", "faire", "VERB", "be part"),
    ("Son augmentation fait que les pixels deviennent opaques.", "fait", "faire", "VERB")
    + ("make (it so that)",),
    ("Il n'est pas sûr de faire tourner fsck sur un disque monté.", "faire", "faire", "VERB")
    + ("run",),
    ("Ce motif fera correspondre tous les paquets.", "fera", "faire", "VERB", "match"),
    # beaucoup, tant, bien
    ("Unstable change beaucoup.", "beaucoup", "beaucoup", "ADV", "a lot"),
    ("Ces jeunes ressemblent beaucoup aux autres adolescents.", "beaucoup", "beaucoup", "ADV")
    + ("a lot",),
    ("Les fichiers PDF sont beaucoup plus petits.", "beaucoup", "beaucoup", "ADV", "much"),
    ("Ils sont redoutables tant pour leurs ennemis que pour leurs amis.", "tant", "tant", "ADV")
    + ("both",),
    ("Cela suffit, si tant est que la note existe.", "tant", "tant", "ADV", "provided (that)"),
    ("Il couvre aussi bien les notions que les techniques.", "bien", "bien", "ADV", "as well"),
    ("Vous pourrez parvenir à bien des choses.", "bien", "bien", "ADV", "many"),
    ("Le manuel aborde ceci et bien d'autres choses.", "bien", "bien", "ADV", "many"),
    ("Bien souvent, ceci s'accomplit par un appel.", "Bien", "bien", "ADV", "very"),
    ("Cette manière de faire est bien utile.", "bien", "bien", "ADV", "very"),
    # suite
    ("Par la suite, les signaux sont recalculés.", "suite", "suite", "NOUN", "later"),
    ("Un nouvel essai suite à une compilation échouée.", "suite", "suite", "NOUN", "following"),
    ("Il essaie à la suite plusieurs encodages.", "suite", "suite", "NOUN", "one after another"),
    ("Le nom peut être une suite de mots.", "suite", "suite", "NOUN", "series"),
    ("Ayez une petite suite de tests pendant la construction.", "suite", "suite", "NOUN")
    + ("suite",),
    # essentiel, même, encore, seul
    ("Ils obtiennent l'essentiel de leur nourriture.", "essentiel", "essentiel", "NOUN")
    + ("most (of)",),
    ("L'essentiel est de participer.", "essentiel", "essentiel", "NOUN", "the main thing"),
    ("Vous devrez corriger vous-même les fichiers.", "même", "même", "ADV", "-self"),
    ("Ils sont imprimés au moment même où ils surviennent.", "même", "même", "ADV", "very"),
    ("Ce sera encore plus utile.", "encore", "encore", "ADV", "even"),
    ("Elle vient de testing ou encore d'ailleurs.", "encore", "encore", "ADV", "or (else)"),
    ("Seuls les membres du groupe peuvent se connecter.", "Seuls", "seul", "ADJ", "only"),
    ("Par défaut, seule l'icône est visible.", "seule", "seul", "ADJ", "only"),
    # dont
    ("Peu importe la manière dont le code est organisé.", "dont", "dont", "PRON", "how"),
    ("Elle contient tout ce dont il a besoin.", "dont", "dont", "PRON", "what"),
    ("Il ne trouve pas la section dont il a besoin.", "dont", "dont", "PRON", "which"),
    ("Debian a plusieurs serveurs, dont deux à Paris.", "dont", "dont", "PRON", "including"),
    # verbs
    ("Ça ne sert à rien de traîner !", "sert", "servir", "VERB", "be no use"),
    ("Ils portent sur leurs épaules les responsabilités.", "portent", "porter", "VERB", "carry"),
    ("Les routes doivent passer par eth0.", "passer", "passer", "VERB", "go through"),
    ("Il reste à expliquer ce point.", "reste", "rester", "VERB", "remain (to be)"),
    ("S'il reste de la place, agrandissez la partition.", "reste", "rester", "VERB")
    + ("there remains",),
    ("Elle tire parti des fonctionnalités de Perl.", "tire", "tirer", "VERB", "take advantage"),
    ("Cela rend la tâche plus facile.", "rend", "rendre", "VERB", "make"),
    ("Il faut le rendre compilable sur cette architecture.", "rendre", "rendre", "VERB", "make"),
    ("Cela peut rendre votre système vulnérable.", "rendre", "rendre", "VERB", "make"),
    ("Le Visionneur de documents prend en charge ces formats.", "prend", "prendre", "VERB")
    + ("support",),
    ("LilyPond prend désormais en charge la musique persane.", "prend", "prendre", "VERB")
    + ("support",),
    ("Cela ne prend pas en compte les pannes.", "prend", "prendre", "VERB", "take into account"),
    ("Un développeur peut prendre connaissance d'un problème.", "prendre", "prendre", "VERB")
    + ("learn (of)",),
    ("LilyPond ne tient pas compte des espaces.", "tient", "tenir", "VERB", "take into account"),
    ("Le contexte ne tient aucun compte des notes.", "tient", "tenir", "VERB")
    + ("take into account",),
    ("Si l'extrait tient sur une seule ligne, tout va bien.", "tient", "tenir", "VERB", "fit"),
    ("Cela tient au fait que chaque appareil diffère.", "tient", "tenir", "VERB", "be due to"),
    ("Si vous tenez à l'initialisation par System V, gardez-la.", "tenez", "tenir", "VERB")
    + ("insist on",),
    ("Vous ne voulez pas mettre les paquets à niveau.", "mettre", "mettre", "VERB", "upgrade"),
    ("Il met aussi à jour les fichiers listés.", "met", "mettre", "VERB", "update"),
    ("Ils ne mettent pas en œuvre ce branchement.", "mettent", "mettre", "VERB", "implement"),
    ("Commencez par mettre en commentaire ces lignes.", "mettre", "mettre", "VERB")
    + ("comment out",),
    ("Il faut mettre fin à cette boucle.", "mettre", "mettre", "VERB", "put an end"),
    ("Vous pouvez passer outre ce comportement.", "passer", "passer", "VERB", "override"),
    ("Pour l'épreuve, passez en codage sRVB.", "passez", "passer", "VERB", "switch (to)"),
    ("C'est une méthode quelque peu radicale.", "quelque", "quelque", "ADV", "somewhat"),
    ("Sans quelque ajustement que ce soit.", "quelque", "quelque", "DET", "any"),
    ("Qu'il faut que « testing » soit une version prête.", "soit", "soit", "CCONJ", "be"),
    ("Ces propriétés peuvent faire l'objet d'un décalage.", "faire", "faire", "VERB")
    + ("be the subject",),
    ("Il gère un grand nombre de paquets.", "grand", "grand", "ADJ", "large"),
    ("Une édition de grande qualité gravée à la main.", "grande", "grand", "ADJ", "great"),
    ("Ils viennent d'une grande marque.", "grande", "grand", "ADJ", "great"),
    ("Installez une version plus ancienne du paquet.", "ancienne", "ancien", "ADJ", "old"),
    ("Des partitions gravées à l'ancienne.", "ancienne", "ancien", "ADJ", "old-style"),
    ("Chaque fichier est affiché sur sa ligne propre.", "propre", "propre", "ADJ", "own"),
    ("La pente des ligatures n'est pas toujours la même.", "même", "même", "ADV", "the same"),
    ("Une fois encore, lisez la documentation.", "encore", "encore", "ADV", "again"),
    ("Un autre encore pour les ligatures.", "encore", "encore", "ADV", "yet"),
    ("Il illustre les possibilités dont LilyPond dispose.", "dont", "dont", "PRON", "which"),
    ("Cette liste serait ainsi présentée :", "ainsi", "ainsi", "ADV", "as follows"),
    ("En l'absence de tout réglage, rien ne change.", "tout", "tout", "DET", "any"),
    ("Veuillez vous en tenir aux cas récents.", "tenir", "tenir", "VERB", "stick to"),
    ("Si vous tenez absolument à enchaîner ces notes.", "tenez", "tenir", "VERB", "be keen"),
    ("Finale ne s'en rend pas compte.", "rend", "rendre", "VERB", "realise"),
    ("Il nous a fallu du temps pour nous en rendre compte.", "rendre", "rendre", "VERB")
    + ("realise",),
    ("Le mode TSV permet d'en rendre compte.", "rendre", "rendre", "VERB", "report"),
    ("Le fait que les contextes soient créés rend bien des services.", "rend", "rendre", "VERB")
    + ("be useful",),
    ("Ce nouvel outil rend quasiment obsolète l'ancienne boîte.", "rend", "rendre", "VERB")
    + ("make",),
    ("Les valeurs rendent les régions de l'image plus petites.", "rendent", "rendre", "VERB")
    + ("make",),
    ("On peut aussi s'en servir à des fins pédagogiques.", "servir", "servir", "VERB", "use"),
    ("On se sert habituellement de ce champ.", "sert", "servir", "VERB", "use"),
    ("Les fichiers dont on se sert pour établir la liste.", "sert", "servir", "VERB", "use"),
    ("Elle explique ce qu'est aptitude et à quoi il sert.", "sert", "servir", "VERB", "be for"),
    ("Le style Petrucci tire son nom du graveur vénitien.", "tire", "tirer", "VERB", "take"),
    ("Pour tirer pleinement avantage du traitement 32 bits.", "tirer", "tirer", "VERB")
    + ("take advantage",),
    ("L'analyseur produit une erreur plutôt que de s'en tirer.", "tirer", "tirer", "VERB")
    + ("cope",),
    ("Les choses peuvent potentiellement mal tourner.", "tourner", "tourner", "VERB")
    + ("go wrong",),
    ("Il faut faire tourner fsck sur un système de fichiers.", "tourner", "tourner", "VERB")
    + ("run",),
    ("Le serveur SSH tourne ; éditez le fichier de configuration /etc/ssh/sshd_config.", "tourne")
    + ("tourner", "VERB")
    + ("run",),
    ("Des programmes restent encore à traduire.", "restent", "rester", "VERB") + ("remain",),
    ("La liste persiste tant qu'il reste au moins une fenêtre.", "reste", "rester", "VERB")
    + ("there remains",),
    ("Il est compressé et porte toujours ce nom.", "porte", "porter", "VERB", "bear"),
    ("Ce sur quoi LilyPond devait porter ses efforts.", "porter", "porter", "VERB", "focus"),
    ("Reprenons notre exemple de départ.", "Reprenons", "reprendre", "VERB", "go back to"),
    ("Des graveurs, pour reprendre le terme consacré.", "reprendre", "reprendre", "VERB", "use"),
    ("Si vous reprenez un vieux paquet, prévenez l'équipe.", "reprenez", "reprendre", "VERB")
    + ("take over",),
    ("Autorisez LilyPond et reprenez la procédure.", "reprenez", "reprendre", "VERB", "resume"),
    ("Les versions à compter de la 2.23.6 sont disponibles.", "compter", "compter", "VERB")
    + ("from",),
    ("Vous ne devez pas compter là-dessus.", "compter", "compter", "VERB", "count on"),
    ("Des glyphes ont été ajoutés depuis lors.", "lors", "lors", "ADV", "since then"),
    ("Mettez vos paquets à jour au plus tôt.", "plus", "plus", "ADV", "as soon as possible"),
    ("Le doigté se place au plus près de la note.", "plus", "plus", "ADV", "as close as possible"),
    ("Rendez le rapport au plus tard lundi.", "plus", "plus", "ADV", "at the latest"),
    ("Au plus sa valeur est élevée, au plus l'espacement sera grand.", "plus", "plus", "ADV")
    + ("the more",),
    ("La ligne est découpée en trois colonnes au plus quand elle est lue.", "plus", "plus")
    + ("ADV", "at most"),
    ("Indique comme source soit un fichier tar, soit un répertoire.", "soit", "soit", "CCONJ")
    + ("either",),
    ("N'oubliez pas, c'est bien un choix vrai ou faux.", "bien", "bien", "ADV", "indeed"),
    ("Si vous en avez, faites-le nous savoir sur la liste.", "faites", "faire", "VERB")
    + ("let (someone) know",),
    ("On choisit une version en faisant suivre le nom par une barre.", "faisant", "faire", "VERB")
    + ("follow (with)",),
    ("Il ne faut jamais faire suivre un message de cette liste.", "faire", "faire", "VERB")
    + ("forward",),
    ("TLS est désactivé dans les méthodes propres d'Apt.", "propres", "propre", "ADJ", "own"),
    # adjectives and adverbs by their place
    ("Des cavaliers foncent droit sur Dallben !", "droit", "droit", "ADJ", "straight"),
    ("Continuez tout droit jusqu'au pont.", "droit", "droit", "ADV", "straight"),
    ("La commande se formule ainsi :", "ainsi", "ainsi", "ADV", "as follows"),
    ("Ce dernier est le plus pratique.", "dernier", "dernier", "ADJ", "the latter"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "first"), FIRES)
def test_a_frequent_word_in_its_construction(glossary, sentence, word, lemma, pos, first):
    result = popup(glossary, sentence, word, lemma, pos)
    assert result.first_gloss.startswith(first), [s.text for s in result.senses]
    assert result.note  # the pop-up says which construction it read


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first"),
    [
        ("Ces formats sont pris en charge par dpkg.", "pris", "prendre", "supported"),
        ("Les paquets sont mis à niveau chaque nuit.", "mis", "mettre", "upgraded"),
        ("Ces API ont été rendues obsolètes.", "rendues", "rendre", "made"),
        ("Cet exemple est tiré de la Première Ballade de Chopin.", "tiré", "tirer", "taken from"),
        ("Voici un exemple repris de la section précédente.", "repris", "reprendre", "taken from"),
    ],
)
def test_a_participle_keeps_its_fixed_phrase(glossary, sentence, word, lemma, first):
    token = in_sentence(sentence, word, lemma, "VERB", "Gender=Masc|Tense=Past|VerbForm=Part")
    result = glossary.lookup_token(token, sentence)
    assert result.first_gloss.startswith(first), [s.text for s in result.senses]


def test_a_participle_does_not_take_a_verb_s_other_constructions(glossary):
    text = "Les commentaires portés sur la liste sont lus."
    token = in_sentence(text, "portés", "porter", "VERB", "Tense=Past|VerbForm=Part")
    assert not glossary.lookup_token(token, text).first_gloss.startswith("be about")


def test_the_second_soit_too(glossary):
    text = "Vous cliquez soit sur le bouton Nouveau, soit sur le bouton Dupliquer."
    assert popup(glossary, text, "soit", "soit", "CCONJ", nth=1).first_gloss == "either"


QUIET = [
    # the construction's words are missing: the word's usual sense, not the construction's
    ("Ce fichier est plus grand que l'autre.", "plus", "plus", "ADV", "no longer"),
    ("Il n'est pas plus grand que toi.", "plus", "plus", "ADV", "no longer"),
    ("Il ne faut garder que les plus récents.", "plus", "plus", "ADV", "no longer"),
    ("Affichez l'image en plus grand.", "plus", "plus", "ADV", "in addition"),
    ("Tous les paquets sont installés.", "Tous", "tout", "ADJ", "any"),
    ("Tout le texte est lu.", "Tout", "tout", "ADJ", "any"),
    ("C'est tout simplement la luminosité.", "tout", "tout", "ADV", "any"),
    ("Il faut que le disque soit monté.", "soit", "être", "AUX", "either"),
    ("Qu'elle soit reconnue et soit donc évaluée.", "soit", "être", "AUX", "either"),
    ("Supposons que le disque soit un modèle récent.", "soit", "être", "AUX", "that is"),
    ("Il faut faire une sauvegarde.", "faire", "faire", "VERB", "make"),
    ("Nous n'aurons besoin de le faire qu'une fois.", "faire", "faire", "VERB", "make"),
    ("Cette option fait tourner la brosse.", "fait", "faire", "VERB", "run"),
    ("Il y a beaucoup de travail.", "beaucoup", "beaucoup", "ADV", "a lot;"),
    ("Il a tant de travail qu'il dort peu.", "tant", "tant", "ADV", "both"),
    ("En tant que responsable, il signe.", "tant", "tant", "ADV", "both"),
    ("Frescobaldi est un éditeur bien connu.", "bien", "bien", "ADV", "very"),
    ("La suite de ce texte traite des paquets.", "suite", "suite", "NOUN", "series"),
    ("L'ordre est indiqué par la suite de clés.", "suite", "suite", "NOUN", "later"),
    ("Ajoutez un suffixe ou suite au nom du paquet.", "suite", "suite", "NOUN", "following"),
    ("Un élément essentiel des outils.", "essentiel", "essentiel", "ADJ", "the main thing"),
    ("Il porte ce nom même pour les paquets natifs.", "même", "même", "ADV", "very"),
    ("Le processus existe encore.", "encore", "encore", "ADV", "even"),
    ("Il vit seul dans la forêt.", "seul", "seul", "ADJ", "only"),
    ("Les paquets dont le nom contient edit.", "dont", "dont", "PRON", "which"),
    ("Il passe au premier filtre, dont la sortie va au second.", "dont", "dont", "PRON")
    + ("including",),
    ("L'étude porte sur les jeunes lecteurs.", "porte", "porter", "VERB", "carry"),
    ("Il reste à la maison.", "reste", "rester", "VERB", "remain"),
    ("Il rend les livres anciens.", "rend", "rendre", "VERB", "make"),
    ("Ce filtre rend des lignes fines noires.", "rend", "rendre", "VERB", "make"),
    ("Si vous tenez vraiment à revenir à l'image.", "tenez", "tenir", "VERB", "insist on"),
    ("Il tient le livre dans ses mains.", "tient", "tenir", "VERB", "fit"),
    ("Il tient dans ses mains un livre.", "tient", "tenir", "VERB", "fit"),
    ("Il met le livre à droite.", "met", "mettre", "VERB", "upgrade"),
    ("Il passe le sel à son voisin.", "passe", "passer", "VERB", "switch"),
    ("Il faut quelques minutes.", "quelques", "quelque", "DET", "somewhat"),
    ("Pareillement, il serait bien de distinguer ces espaces.", "bien", "bien", "ADV", "indeed"),
    ("Ce sont bien des objets au sens générique.", "bien", "bien", "ADV", "many"),
    ("Comme nous l'avons vu avec la suite de Bach, tout change.", "suite", "suite", "NOUN")
    + ("series",),
    ("Il est monté au tout début du démarrage.", "tout", "tout", "ADV", "any"),
    ("Ne voulez-vous pas tirer des paquets particuliers ?", "tirer", "tirer", "VERB", "taken"),
    ("Cette option fait tourner la brosse autour de son centre.", "tourner", "tourner", "VERB")
    + ("run",),
    ("La largeur de la brosse tourne dans le sens anti-horaire.", "tourne", "tourner", "VERB")
    + ("run",),
    ("Tournez à gauche après le pont.", "Tournez", "tourner", "VERB", "run"),
    ("Je suis là pour vous servir.", "servir", "servir", "VERB", "use"),
    ("Il me rend mon livre demain.", "rend", "rendre", "VERB", "realise"),
    ("Il faut que le disque soit monté, soit démonté.", "soit", "soit", "CCONJ", "be"),
    ("Retour à l'ancienne valeur par défaut.", "ancienne", "ancien", "ADJ", "old-style"),
    ("Ouvrez une grande fenêtre.", "grande", "grand", "ADJ", "large"),
    ("Il parle de la même chose.", "même", "même", "ADJ", "the same (one)"),
    ("Cliquez dans le coin supérieur droit de la fenêtre.", "droit", "droit", "ADJ", "straight"),
    ("Ainsi, la commande échoue.", "Ainsi", "ainsi", "ADV", "as follows"),
    ("Ce dernier chapitre est court.", "dernier", "dernier", "ADJ", "the latter"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma", "pos", "not_first"), QUIET)
def test_no_construction_where_its_words_are_missing(
    glossary, sentence, word, lemma, pos, not_first
):
    result = popup(glossary, sentence, word, lemma, pos)
    assert not result.first_gloss.startswith(not_first), [s.text for s in result.senses]


def test_every_condition_of_the_frequent_words_is_known():
    for lemma, poses, pattern, senses, note in c._FREQUENT:
        assert senses and note, lemma
        for pos in poses.split("|"):
            assert any(x.pattern == pattern for x in c.constructions(lemma, pos)), lemma
        if c._is_conditions(pattern):
            for part in pattern.split():
                assert part.lstrip("!").partition(":")[0] in c._CONDITIONS, (lemma, part)
