"""Senses a word takes in a construction, read from the words around it in its sentence: a verb
with an infinitive (il ne compte pas résoudre: intend), with a preposition (compter sur: count
on; porter sur: be about), reflexive (se rendre à: go to; se douter: suspect), or with an object
of a kind (demander du temps: require; passer une semaine: spend; combler vos désirs: fulfil),
and a few words whose neighbour decides (bien meilleur: much; un rapport sur: report).

The table is hand-written from our own knowledge of French (French Reader contributors,
GPL-3.0-or-later). `construction_at` is pure: the glossary gives it the text and a way to read
a word's Lexique forms; the pop-up shows the construction's senses first, with its note.

Patterns (what must stand around the word, in the same clause):
  +INF        an infinitive follows (after ne...pas, adverbs, object pronouns)
  à +INF      à then an infinitive (de +INF, par +INF likewise)
  à           the preposition à (au, aux) with no infinitive after it (de, sur, chez...)
  DET         a determiner follows: a direct object (demander l'accès)
  ADJ         an adjective follows (rendre inefficace: make)
  OBJ:class   a noun of that class follows within a few words (demander du temps)
  REFL        a reflexive pronoun stands before the word (se rendre, s'agir); REFL à: and à;
              REFL SKY: and the sun or the moon is the subject (le soleil se lève: rises)
  COMPARATIVE a comparative follows (bien meilleur, bien plus)
  CLAUSE      the word opens a clause and a subject follows (…, aussi ces détails: so)
  COPULA      the word is the complement of être, paraître, sembler... (elle paraît droite)
  BEFORE_NOUN a noun follows the adjective (un ancien ministre: former)
  AFTER_NOUN  the adjective follows a noun (un meuble ancien: old)
  C'EST QUE   "c'est que" or "est que" follows (l'ennui, c'est que: the trouble is)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from . import french


class _Form(Protocol):
    lemma: str
    pos: str
    verb: str
    freq: float


FormsOf = Callable[[str], Iterable[_Form]]


@dataclass(frozen=True, slots=True)
class Construction:
    """A word's senses in one construction, best first, and the note the pop-up shows."""

    lemma: str
    pos: str
    pattern: str
    senses: tuple[str, ...]
    note: str


# Classes of object nouns (lemmas).
CLASSES: dict[str, frozenset[str]] = {
    # what a task takes: cela demande du temps (require), il a mis trois heures (take)
    "effort": frozenset(
        "temps travail effort patience attention soin énergie courage réflexion "
        "investissement concentration précision vigilance prudence persévérance maintenance"
        "".split()
    ),
    "time": frozenset(
        "temps heure journée jour semaine mois année an soirée nuit week-end vacances "
        "minute moment matinée après-midi siècle été hiver automne printemps".split()
    ),
    "exam": frozenset("examen concours test permis bac baccalauréat entretien partiel".split()),
    "wish": frozenset("désir attente besoin souhait vœu voeu espoir rêve aspiration".split()),
    "thrown": frozenset(
        "balle ballon pierre caillou dé javelot grenade boule fléchette filet".split()
    ),
    "worn": frozenset(
        "vêtement robe chemise pantalon lunettes chapeau costume uniforme casquette veste "
        "manteau jupe masque barbe cravate bague collier montre gants chaussure".split()
    ),
    "question": frozenset("question".split()),
    "promise": frozenset("promesse parole engagement".split()),
    "course": frozenset("cours formation stage enseignement".split()),
    "visit": frozenset("visite hommage".split()),
    "mission": frozenset(
        "mission tâche objectif rôle contrat fonction devoir obligation condition critère "
        "exigence promesse formalité".split()
    ),
}

# (lemma, POS, pattern, senses, note); for one lemma the first pattern that matches wins,
# so the more specific ones come first.
_TABLE: tuple[tuple[str, str, str, str, str], ...] = (
    ("compter", "VERB", "+INF", "intend (to); plan (to)", "compter + infinitive: intend to"),
    ("compter", "VERB", "sur", "count on; rely on", "compter sur: count on"),
    ("penser", "VERB", "à +INF", "remember (to)", "penser à + infinitive: remember to"),
    ("penser", "VERB", "à", "think about; think of", "penser à: think about"),
    ("penser", "VERB", "+INF", "intend (to); plan (to)", "penser + infinitive: intend to"),
    ("arriver", "VERB", "à +INF", "manage (to); succeed in", "arriver à + infinitive"),
    ("tenir", "VERB", "REFL", "be held; take place; stand", "se tenir: be held"),
    ("tenir", "VERB", "à +INF", "be keen (to); insist on", "tenir à + infinitive"),
    ("tenir", "VERB", "OBJ:promise", "keep (a promise)", "tenir sa promesse: keep"),
    ("servir", "VERB", "à +INF", "be used (to); be for (doing)", "servir à: be used for"),
    ("servir", "VERB", "à", "be used for; be for", "servir à: be used for"),
    ("servir", "VERB", "de", "serve (as); act (as)", "servir de: serve as"),
    ("manquer", "VERB", "de +INF", "nearly (do); almost", "manquer de + infinitive"),
    ("manquer", "VERB", "de", "lack; be short of", "manquer de: lack"),
    ("faillir", "VERB", "+INF", "almost (do); nearly", "faillir + infinitive: nearly"),
    ("agir", "VERB", "REFL", "be about; be a matter of (il s'agit de)", "s'agir de"),
    ("rendre", "VERB", "REFL à", "go (to)", "se rendre à: go to"),
    ("rendre", "VERB", "REFL chez", "go (to)", "se rendre chez: go to"),
    ("rendre", "VERB", "REFL en", "go (to)", "se rendre en: go to"),
    ("rendre", "VERB", "REFL dans", "go (to)", "se rendre dans: go to"),
    ("rendre", "VERB", "REFL", "surrender; give oneself up; make oneself", "se rendre"),
    ("rendre", "VERB", "OBJ:visit", "pay (a visit or tribute)", "rendre visite à: visit"),
    ("rendre", "VERB", "ADJ", "make (rendre heureux: make happy)", "rendre + adjective"),
    ("passer", "VERB", "OBJ:exam", "take; sit (an exam)", "passer un examen: take"),
    ("passer", "VERB", "OBJ:time", "spend (time)", "passer + time: spend"),
    ("passer", "VERB", "+INF", "drop by (to); come by (to)", "passer + infinitive: drop by to"),
    ("mettre", "VERB", "OBJ:time", "take (time)", "mettre + time: take"),
    ("douter", "VERB", "REFL", "suspect", "se douter: suspect"),
    ("appeler", "VERB", "REFL", "be called (je m'appelle: my name is)", "s'appeler: be called"),
    ("rappeler", "VERB", "REFL", "remember", "se rappeler: remember"),
    ("coucher", "VERB", "REFL SKY", "set", "le soleil se couche: sets"),
    ("coucher", "VERB", "REFL", "go to bed; lie down; set (the sun)", "se coucher: go to bed"),
    ("lever", "VERB", "REFL SKY", "rise", "le soleil se lève: rises"),
    ("lever", "VERB", "REFL", "get up; stand up; rise (the sun)", "se lever: get up"),
    ("réveiller", "VERB", "REFL", "wake up", "se réveiller: wake up"),
    ("habiller", "VERB", "REFL", "get dressed", "s'habiller: get dressed"),
    ("promener", "VERB", "REFL", "go for a walk; stroll", "se promener: go for a walk"),
    ("taire", "VERB", "REFL", "be quiet; fall silent", "se taire: be quiet"),
    ("battre", "VERB", "REFL", "fight", "se battre: fight"),
    ("excuser", "VERB", "REFL", "apologise", "s'excuser: apologise"),
    ("produire", "VERB", "REFL", "happen; occur", "se produire: happen"),
    ("dérouler", "VERB", "REFL", "take place; unfold", "se dérouler: take place"),
    ("perdre", "VERB", "REFL", "get lost", "se perdre: get lost"),
    ("marier", "VERB", "REFL", "get married", "se marier: get married"),
    ("retrouver", "VERB", "REFL", "end up; find oneself; meet (up)", "se retrouver: end up"),
    ("sauver", "VERB", "REFL", "run away; escape", "se sauver: run away"),
    ("amuser", "VERB", "REFL", "have fun; play", "s'amuser: have fun"),
    ("intéresser", "VERB", "REFL à", "be interested in", "s'intéresser à"),
    ("approcher", "VERB", "REFL", "come closer; approach", "s'approcher: come closer"),
    ("parvenir", "VERB", "à +INF", "manage (to); succeed in", "parvenir à + infinitive"),
    ("situer", "VERB", "REFL", "be located; lie; stand", "se situer: be located"),
    # reflexive senses read on Wiktionary's examples (issue 13, ctx8: kinds of errors only)
    ("attendre", "VERB", "REFL", "expect (s'attendre à)", "s'attendre à: expect"),
    ("conduire", "VERB", "REFL", "behave", "se conduire: behave"),
    ("déclarer", "VERB", "REFL", "declare oneself; break out (a fire, a war)", "se déclarer"),
    ("décliner", "VERB", "REFL", "come (in); be available (in)", "se décliner en: come in"),
    ("dérober", "VERB", "REFL", "slip away; shy away; give way", "se dérober: slip away"),
    ("enivrer", "VERB", "REFL", "get drunk", "s'enivrer: get drunk"),
    ("fatiguer", "VERB", "REFL", "get tired; tire oneself out", "se fatiguer: get tired"),
    ("figurer", "VERB", "REFL", "imagine; picture", "se figurer: imagine"),
    ("gaver", "VERB", "REFL", "stuff oneself; gorge oneself", "se gaver: stuff oneself"),
    ("imposer", "VERB", "REFL", "be called for; be needed; prevail", "s'imposer: be called for"),
    ("imprégner", "VERB", "REFL", "soak up; absorb", "s'imprégner de: soak up"),
    ("abriter", "VERB", "REFL", "take shelter; shelter", "s'abriter: take shelter"),
    ("attacher", "VERB", "REFL", "become attached (to); get attached", "s'attacher à"),
    ("acquitter", "VERB", "REFL", "carry out; fulfil; pay off", "s'acquitter de: carry out"),
    ("jeter", "VERB", "REFL", "throw oneself; jump (into)", "se jeter dans: throw oneself"),
    ("débarrasser", "VERB", "REFL", "get rid of (se débarrasser de)", "se débarrasser de"),
    ("comporter", "VERB", "REFL", "behave", "se comporter: behave"),
    ("habituer", "VERB", "REFL", "get used to (s'habituer à)", "s'habituer à: get used to"),
    ("allonger", "VERB", "REFL", "lie down; get longer", "s'allonger: lie down"),
    ("précipiter", "VERB", "REFL", "rush; hurry", "se précipiter: rush"),
    ("contenter", "VERB", "REFL", "make do with; be content with", "se contenter de"),
    ("veiller", "VERB", "à +INF", "make sure (to); take care (to)", "veiller à: make sure"),
    ("veiller", "VERB", "à", "make sure; see to", "veiller à: make sure"),
    ("frapper", "VERB", "à", "knock (on a door)", "frapper à la porte: knock"),
    ("plaindre", "VERB", "REFL", "complain", "se plaindre: complain"),
    ("apercevoir", "VERB", "REFL", "notice; realise", "s'apercevoir: notice"),
    ("entendre", "VERB", "REFL", "get on (with); agree", "s'entendre: get on"),
    ("sentir", "VERB", "REFL", "feel", "se sentir: feel"),
    ("lancer", "VERB", "REFL", "embark on; launch into", "se lancer dans: embark on"),
    ("lancer", "VERB", "OBJ:thrown", "throw", "lancer une balle: throw"),
    ("demander", "VERB", "REFL", "wonder", "se demander: wonder"),
    ("demander", "VERB", "de +INF", "ask (to)", "demander de + infinitive: ask to"),
    ("demander", "VERB", "OBJ:effort", "require; take; call for", "demander du temps: require"),
    ("demander", "VERB", "DET", "ask for; request", "demander quelque chose: ask for"),
    ("combler", "VERB", "OBJ:wish", "fulfil; satisfy; meet", "combler un désir: fulfil"),
    ("porter", "VERB", "REFL sur", "turn to; fall on (a choice)", "se porter sur: turn to"),
    ("porter", "VERB", "sur", "be about; concern; relate to", "porter sur: be about"),
    ("porter", "VERB", "OBJ:worn", "wear", "porter un vêtement: wear"),
    ("reposer", "VERB", "sur", "rest on; be based on", "reposer sur: be based on"),
    ("relever", "VERB", "de", "be a matter for; come under", "relever de"),
    ("aboutir", "VERB", "à", "lead to; result in", "aboutir à: lead to"),
    ("appuyer", "VERB", "REFL sur", "rely on; draw on; lean on", "s'appuyer sur: rely on"),
    ("finir", "VERB", "par +INF", "end up (doing)", "finir par + infinitive: end up"),
    ("commencer", "VERB", "par +INF", "begin by (doing)", "commencer par: begin by"),
    ("poser", "VERB", "OBJ:question", "ask (a question)", "poser une question: ask"),
    ("suivre", "VERB", "OBJ:course", "take; attend (a course)", "suivre un cours: take"),
    ("sortir", "VERB", "de", "come out (of); leave", "sortir de: come out of"),
    ("bien", "ADV", "COMPARATIVE", "much; far; well (bien avant: long before)", "bien + more"),
    ("rapport", "NOUN", "sur", "report (on)", "un rapport sur: a report on"),
    ("ennui", "NOUN", "C'EST QUE", "the trouble (is that); the snag", "l'ennui, c'est que"),
    ("porteur", "NOUN", "de", "bearing; carrying (porteur de)", "porteur de: bearing"),
    ("droit", "ADJ", "COPULA", "straight; upright", "droit after être: straight"),
    ("susceptible", "ADJ", "de +INF", "likely (to); liable (to)", "susceptible de: likely to"),
    ("susceptible", "ADJ", "de", "liable to; open to", "susceptible de: open to"),
    ("soumis", "ADJ", "à", "subject to; submitted to", "soumis à: subject to"),
    ("reporter", "VERB", "REFL à", "refer to; see", "se reporter à: refer to"),
    # adjectives whose sense depends on their place: before the noun, after it, after être
    ("ancien", "ADJ", "BEFORE_NOUN", "former; previous; old", "ancien before its noun: former"),
    ("ancien", "ADJ", "AFTER_NOUN", "old; ancient; antique", "ancien after its noun: old"),
    ("ancien", "ADJ", "COPULA", "old; ancient", "ancien after être: old"),
    ("propre", "ADJ", "à", "specific to; peculiar to", "propre à: specific to"),
    ("propre", "ADJ", "BEFORE_NOUN", "own", "propre before its noun: own"),
    ("propre", "ADJ", "AFTER_NOUN", "clean; proper", "propre after its noun: clean"),
    ("propre", "ADJ", "COPULA", "clean; neat", "propre after être: clean"),
    ("cher", "ADJ", "à", "dear (to)", "cher à: dear to"),
    ("cher", "ADJ", "BEFORE_NOUN", "dear", "cher before its noun: dear"),
    ("cher", "ADJ", "AFTER_NOUN", "expensive", "cher after its noun: expensive"),
    ("cher", "ADJ", "COPULA", "expensive", "cher after être: expensive"),
    ("certain", "ADJ", "BEFORE_NOUN", "certain; some", "certain before its noun: some"),
    ("certain", "ADJ", "AFTER_NOUN", "sure; definite; certain", "certain after its noun: sure"),
    ("certain", "ADJ", "COPULA", "sure; certain", "certain after être: sure"),
    ("brave", "ADJ", "BEFORE_NOUN", "good; decent", "brave before its noun: decent"),
    ("curieux", "ADJ", "BEFORE_NOUN", "odd; strange; curious", "curieux before its noun: odd"),
    ("différent", "ADJ", "BEFORE_NOUN", "various", "différents before a noun: various"),
    ("même", "ADJ", "AFTER_NOUN", "very; itself (le jour même: that very day)", "même after"),
    ("aussi", "ADV", "CLAUSE", "so; therefore; thus", "aussi opening a clause: so"),
)

# Frequent words whose sense their neighbours decide. Their patterns are conditions that must
# all hold (see _CONDITIONS); a POS "A|B" stands for each of them (the tagger varies).
_SUBJ = "je|j'|tu|il|elle|on|nous|vous|ils|elles"
_POSSESSIVE = "mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|nos|vos|leur|leurs"
# Nouns of antiquity that ancien before them makes ancient, not former.
_ANTIQUITY = (
    "monde|mondes|royaume|royaumes|empire|empires|civilisation|civilisations|peuple|peuples|"
    "langue|langues|texte|textes|temps|époque|époques|tradition|traditions|coutume|coutumes|"
    "culte|cultes|dieu|dieux|déesse|déesses|grec|grecs|égyptien|égyptiens|romain|romains|"
    "perse|perses|celte|celtes|gaulois|hébreux|mayas|aztèques|incas|elfe|elfes|manuscrit|"
    "manuscrits|ruine|ruines|temple|temples|tribu|tribus|tombeau|tombeaux|légende|légendes|"
    "chronique|chroniques|mythe|mythes|rite|rites|sagesse|testament|cité|cités"
)
# Whom entraîner trains (lemmas).
_TRAINEES = (
    "unité|soldat|troupe|armée|équipe|joueur|athlète|cheval|chien|recrue|sportif|milice|"
    "guerrier|archer|cavalier|fantassin|lancier|légionnaire|gladiateur|hoplite|combattant|"
    "boxeur|coureur|nageur|élève|apprenti"
)
# Places that désolé after them makes desolate (lemmas).
_PLACES = (
    "désert|paysage|terre|plaine|région|lieu|endroit|île|contrée|steppe|lande|étendue|côte|"
    "plateau|vallée|rivage|montagne|colline|marais|toundra|territoire|champ|ville|village|rue"
)
# Ground that accidenté describes (lemmas).
_GROUND = (
    "terrain|relief|région|pays|paysage|côte|chemin|sentier|route|sol|plateau|zone|contrée|"
    "topographie|littoral|parcours|piste|colline|montagne|vallée|île|territoire"
)
# Weapons and arms (lemmas): la pique among them is a pike.
_WEAPONS = (
    "épée|bouclier|hallebarde|arc|javelot|pavois|hache|armure|piquier|fantassin|arme|"
    "glaive|sabre|mousquet|fusil|arquebuse|baïonnette|dague|poignard|fronde|casque|cuirasse"
)
# what is low or high rather than weak or strong (une faible quantité: small; un débit faible)
_QUANTITIES = (
    "capacité|quantité|débit|consommation|valeur|niveau|taux|coût|prix|luminosité|puissance|"
    "résolution|vitesse|pression|température|densité|concentration|teneur|revenu|salaire|"
    "nombre|proportion|pourcentage|part|altitude|profondeur|hauteur|intensité|volume|"
    "fréquence|probabilité|risque|marge|écart|dose|tension|budget|montant|effectif|natalité|"
    "croissance|rendement|contraste|latence|charge|coefficient|pente|trafic|amplitude|"
    "priorité|passante|passant"
)
# words that say a sentence is about atoms (the nucleus, radioactive decay, radiation)
_ATOMIC = (
    "atome|atomes|proton|protons|neutron|neutrons|électron|électrons|nucléide|nucléides|"
    "isotope|isotopes|atomique|atomiques|nucléaire|nucléaires|radioactif|radioactive|"
    "radioactifs|radioactives|radioactivité|demi-vie|demi-vies|nucléon|nucléons|photon|photons"
)
# words of places that make la carte a map (issue 13, ctx8)
_MAP_WORDS = (
    "île|îles|territoire|territoires|région|régions|nord|sud|ouest|exploration|explorer|"
    "explorez|exploré|explorée|explorées|découvrir|découvertes|découverte|navire|navires|"
    "bateau|bateaux|zone|zones|terrain|terrains|relief|montagne|montagnes|rivage|côte|côtes|"
    "mer|océan|forêt|forêts|désert|rivière|rivières|lac|lacs|ennemi|ennemis|centrer|centrez|"
    "vue|zoom|zoomer|éditeur|générateur|générer|aléatoire|scénario|scénarios|ressource|"
    "ressources|emplacement|emplacements|coordonnées|frontière|frontières|légende|échelle|"
    "itinéraire|trésor|champ|champs|continent|pays|villes|village|villages|route|routes|"
    "chemin|chemins|port|ports|carrefour|bord|bords|coin|coins"
)
# what carte names when it is a card: une carte bancaire, graphique, SIM; carte de crédit
_CARD_KINDS = (
    "bancaire|bancaires|bleue|vitale|grise|postale|postales|prépayée|cadeau|graphique|"
    "graphiques|mère|son|réseau|sim|mémoire|magnétique|perforée|perforées|à|d'|cadeau"
)
_CARD_OF = (
    "identité|crédit|séjour|embarquement|fidélité|visite|membre|paiement|débit|abonnement|"
    "mémoire|réseau|son|vœux|voeux|étudiant|presse|électeur|électeurs|anniversaire|jeu|"
    "jeux|tarot|vins|restaurant|résident|travail|priorité|invalidité|transport|bibliothèque"
)
# words of mining that make une mine a mine, une carrière a quarry, un mineur a miner (or,
# argent and pierre only right after de: they are also a conjunction, money and a name)
_MINING = (
    "minerai|minerais|charbon|fer|cuivre|granit|granite|marbre|cristal|sel|diamant|"
    "diamants|pierres|roche|roches|extraire|extrait|extraction|creuser|creuse|"
    "galerie|galeries|gisement|gisements|profonde|profondes|uranium|plomb|zinc|étain|"
    "filon|filons|calcaire|ardoise|gravier|sable|bloc|blocs|mine|mines|mineur|"
    "mineurs|carrière|carrières|montagne|montagnes|pioche|pioches|puits|houille|gemme|"
    "gemmes|métal|métaux|quartz|argile"
)
# words of playing that make une partie a game
_PLAYING = (
    "jouer|jouez|joue|jouent|jouée|jouées|joué|jouons|gagner|gagnez|gagné|gagnée|perdre|"
    "perdu|perdue|perdez|sauvegarder|sauvegardée|sauvegardées|charger|chargée|relancer|"
    "recommencer|abandonner|multijoueur|joueur|joueurs|adversaire|adversaires|jeu|jeux|"
    "victoire|défaite|score|scores|tour|tours|manche|manches|rejoindre|rejoignez|quitter|quittez|"
    "héberger|hébergez|hébergée|bataille"
)
# animals one kills, the word abattre glosses kill for
_GAME_ANIMALS = (
    "animal|gibier|bête|cerf|sanglier|loup|vache|bœuf|porc|cochon|mouton|chèvre|poulet|"
    "cheval|ours|lapin|lièvre|oiseau|daim|chevreuil|renne|élan|bison|phoque|baleine|"
    "éléphant|lion|tigre|proie"
)
_FREQUENT: tuple[tuple[str, str, str, str, str], ...] = (
    # plus: no longer (ne ... plus), the most (le/la/les plus), in addition (en plus)
    (
        "plus",
        "ADV",
        "NEXT:aucun|aucune|rien|jamais|personne",
        "no more; no longer",
        "plus aucun, plus rien, plus jamais: no more",
    ),
    (
        "plus",
        "ADV",
        f"PREV:le|la|les|du|des|{_POSSESSIVE}",
        "most (the most)",
        "le/la/les plus + adjective: the most",
    ),
    (
        "plus",
        "ADV",
        "PREV:au CORRELATIVE",
        "the more (au plus ..., au plus ...: the more ..., the more ...)",
        "au plus ..., au plus ...: the more ..., the more",
    ),
    ("plus", "ADV", "PREV:au NEXT:tard", "at the latest (au plus tard)", "au plus tard"),
    ("plus", "ADV", "PREV:au NEXT:tôt|vite", "as soon as possible (au plus tôt)", "au plus tôt"),
    ("plus", "ADV", "PREV:au NEXT:près", "as close as possible (au plus près)", "au plus près"),
    (
        "plus",
        "ADV",
        "PREV:au NEXT:haut|bas|grand|petit",
        "most (the most)",
        "au plus haut: highest",
    ),
    ("plus", "ADV", "PREV:au ADJ_NEXT", "most (the most)", "au plus + adjective: the most"),
    ("plus", "ADV", "PREV:au", "at most", "au plus: at most"),
    (
        "plus",
        "ADV",
        "NEG NEXT:que|qu'",
        "only (ne ... plus que: only ... now)",
        "ne ... plus que: only",
    ),
    ("plus", "ADV", "NEG", "no longer; no more; not any more", "ne ... plus: no longer"),
    (
        "plus",
        "ADV",
        "NEXT:un|une NEXT2:seul|seule",
        "no more; no longer",
        "plus un seul: not a single one any more",
    ),
    (
        "plus",
        "ADV",
        "PREV:en NEXT:de|d'|du|des",
        "in addition to; besides; on top of",
        "en plus de: in addition to",
    ),
    (
        "plus",
        "ADV",
        "PREV:en !ADJ_NEXT",
        "in addition; also; moreover",
        "en plus: in addition",
    ),
    # tout: any, every (tout + noun without article), while (tout en -ant), just like
    ("tout", "ADJ|DET|ADV|PRON", "NEXT:comme", "just like; just as", "tout comme: just like"),
    ("tout", "ADJ|DET|ADV|PRON", "EN_ANT", "while (tout en + -ing)", "tout en + participle"),
    (
        "tout",
        "ADJ|DET|ADV|PRON",
        "NEXT:entier|entière|entiers|entières",
        "whole; entire (tout entier)",
        "tout entier: whole",
    ),
    (
        "tout",
        "ADJ|DET|ADV|PRON",
        "NEXT:ce NEXT2:que|qu'|qui|dont",
        "everything (tout ce que: everything that); all",
        "tout ce que: everything that",
    ),
    (
        "tout",
        "ADJ|DET|ADV|PRON",
        "FORM:tout|toute NEXT:autre",
        "any (tout autre: any other)",
        "tout autre + noun: any other",
    ),
    (
        "tout",
        "ADJ|DET|ADV|PRON",
        "FORM:tout|toute BARE_NOUN",
        "any; every; all",
        "tout + noun without article: any, every",
    ),
    ("tout", "ADJ|DET|ADV|PRON", "FORM:tout INF", "everything; all", "tout + infinitive"),
    # soit ... soit: either ... or; ..., soit 20 %: that is
    ("soit", "CCONJ|ADV|VERB", "FORM:soit AGAIN", "either; or", "soit ... soit: either ... or"),
    ("être", "VERB", "FORM:soit AGAIN", "either; or", "soit ... soit: either ... or"),
    (
        "soit",
        "CCONJ|ADV|VERB",
        "FORM:soit AFTER_PUNCT NEXT:DET|NUM",
        "that is; i.e.; namely",
        "..., soit + quantity: that is",
    ),
    (
        "être",
        "VERB",
        "FORM:soit AFTER_PUNCT NEXT:DET|NUM",
        "that is; i.e.; namely",
        "..., soit + quantity: that is",
    ),
    # faire + infinitive: make, have done, let (faire glisser: drag)
    ("faire", "VERB", "REFL +INF", "get (done); have (done)", "se faire + infinitive"),
    ("faire", "VERB", "INF:glisser", "drag (faire glisser)", "faire glisser: drag"),
    ("faire", "VERB", "INF:défiler", "scroll (faire défiler)", "faire défiler: scroll"),
    ("faire", "VERB", "INF:savoir", "let (someone) know; inform", "faire savoir: let know"),
    (
        "faire",
        "VERB",
        "INF:suivre IN_CLAUSE:par",
        "follow (with) (faire suivre X par Y)",
        "faire suivre X par Y: follow X with Y",
    ),
    ("faire", "VERB", "INF:suivre", "forward; follow (with)", "faire suivre: forward"),
    (
        "faire",
        "VERB",
        "INF:tourner|fonctionner !NEXT2:le|la|les|l'",
        "run; operate",
        "faire tourner: run",
    ),
    ("faire", "VERB", "INF:correspondre", "match", "faire correspondre: match"),
    (
        "faire",
        "VERB",
        "+INF",
        "make (do); have (done); let; cause (to)",
        "faire + infinitive: make or have something done",
    ),
    ("faire", "VERB", "NEXTA:partie", "be part (of)", "faire partie de: be part of"),
    (
        "faire",
        "VERB",
        "NEXT:que|qu' !NEG",
        "make (it so that); mean (that)",
        "faire que: make it so that",
    ),
    ("fait", "ADJ", "INF:glisser", "drag (faire glisser)", "faire glisser: drag"),
    ("fait", "ADJ", "+INF", "make (do); have (done); let", "faire + infinitive"),
    # beaucoup alone: a lot; beaucoup plus: much more
    (
        "beaucoup",
        "ADV",
        "NEXT:plus|moins|mieux|trop|meilleur|meilleure|meilleurs|meilleures",
        "much; far (beaucoup plus: much more)",
        "beaucoup + comparative: much",
    ),
    ("beaucoup", "ADV", "!NEXT:de|d'|des|du", "a lot; much; very much", "beaucoup alone: a lot"),
    # tant ... que: both ... and; si tant est que: provided that
    (
        "tant",
        "ADV",
        "PREV:si NEXT:est",
        "provided (that) (si tant est que)",
        "si tant est que: provided that",
    ),
    (
        "tant",
        "ADV",
        "LATER:que|qu' !PREV:en|si !NEXT:que|qu'|de|d'|mieux|pis|et",
        "both (tant ... que: both ... and); as much (as)",
        "tant X que Y: both X and Y",
    ),
    # bien: aussi bien ... que (both ... and), bien des (many), bien + adjective (very)
    ("bien", "ADV", "PREV:aussi", "as well (as); both (... and)", "aussi bien ... que: both"),
    (
        "bien",
        "ADV",
        "PREV:est|sont|était|étaient|sera|seront|serait|seraient|soit "
        "NEXT:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|ceux|celui|celle|celles|là",
        "indeed; really",
        "c'est bien un: indeed",
    ),
    ("bien", "ADV", "NEXT:des", "many; a good many", "bien des: many"),
    ("bien", "ADV", "NEXT:d' NEXT2:autres", "many (bien d'autres)", "bien d'autres: many"),
    ("bien", "ADV", "NEXT:souvent", "very (bien souvent: very often)", "bien souvent"),
    ("bien", "ADV", "!COMP_NEXT ADJ_NEXT", "very; quite; really", "bien + adjective: very"),
    # suite: par la suite (later), suite à (following), une suite de (a series of)
    (
        "suite",
        "NOUN",
        "PREV:la PREV2:par !NEXT:de|d'|du|des",
        "later; afterwards; subsequently",
        "par la suite",
    ),
    (
        "suite",
        "NOUN",
        "!PREV:DET|ou|et NEXT:à|au|aux",
        "following; further to (suite à)",
        "suite à: following",
    ),
    (
        "suite",
        "NOUN",
        "PREV:la PREV2:à !NEXT:de|d'|du|des",
        "one after another; in turn",
        "à la suite: one after another",
    ),
    (
        "suite",
        "NOUN",
        "PREV:la PREV2:à NEXT:de|d'|du|des",
        "after; following (à la suite de)",
        "à la suite de: after",
    ),
    (
        "suite",
        "NOUN",
        "PREV:la|cette NEXT:du",
        "rest (of); remainder (of); continuation",
        "la suite du texte: the rest of",
    ),
    (
        "suite",
        "NOUN",
        "PREV:la|cette NEXT:de|d' NEXT2:DET|ce|cette|ces|notre|votre",
        "rest (of); remainder (of); continuation",
        "la suite de ce texte: the rest of",
    ),
    ("suite", "NOUN", "PREV:la PREV2:dans NEXT:END", "what follows; below", "dans la suite"),
    (
        "suite",
        "NOUN",
        "NEXT:de|d' NAME2",
        "suite (music, software)",
        "la suite de Bach: a suite",
    ),
    (
        "suite",
        "NOUN",
        "LATER:stable|testing|unstable|oldstable|sid|experimental|bookworm|bullseye|trixie|buster",
        "suite; distribution (Debian's stable, testing...)",
        "Debian's suites: stable, testing",
    ),
    (
        "suite",
        "NOUN",
        "NEXT:de|d' NEXT2:tests|test|outils|sauvegardes|logiciels|programmes|applications",
        "suite (of programs or tests)",
        "une suite de tests, de logiciels: a suite",
    ),
    (
        "suite",
        "NOUN",
        "NEXT:de|d' !NEXT2:DET|tests|test|outils|sauvegardes|logiciels|programmes|applications "
        "!NAME2",
        "series; sequence; succession",
        "une suite de + noun: a series of",
    ),
    # l'essentiel (de): the main thing, most (of)
    (
        "essentiel",
        "NOUN|ADJ",
        "PREV:l' NEXT:de|d'|du|des",
        "most (of); the bulk (of); the main part (of)",
        "l'essentiel de: most of",
    ),
    (
        "essentiel",
        "NOUN|ADJ",
        "PREV:l' !NOUN_NEXT",
        "the main thing; the essentials; what matters most",
        "l'essentiel: the main thing",
    ),
    # même: lui-même (himself, itself); au moment même où (very)
    (
        "même",
        "ADJ|ADV|PRON",
        "SELF",
        "-self (lui-même: himself, itself; vous-même: yourself)",
        "pronoun-même: -self",
    ),
    (
        "même",
        "ADV",
        "DET_NOUN_BEFORE NEXT:où|de|d'|du|des|qui|que|qu'|END",
        "very; itself (le jour même: that very day)",
        "même after its noun: very",
    ),
    # encore plus: even more; ou encore: or (else)
    (
        "encore",
        "ADV",
        "NEXT:plus|moins|mieux|davantage|pire|meilleur|meilleure|meilleurs|meilleures",
        "even (encore plus: even more)",
        "encore + comparative: even",
    ),
    ("encore", "ADV", "PREV:ou", "or (else); or even; or again", "ou encore: or else"),
    # seul(e)s + determiner at the start of a clause: only
    (
        "seul",
        "ADJ",
        "OPENS NEXT:DET|de|d'",
        "only (seuls les membres: only the members)",
        "seul before the noun phrase: only",
    ),
    # dont: how (la manière dont), what (ce dont), of which (dont + subject)
    ("dont", "PRON", "PREV:manière|façon", "how; in which (la manière dont)", "la manière dont"),
    ("dont", "PRON", "PREV:ce", "what (ce dont: what ... of)", "ce dont: what"),
    (
        "dont",
        "PRON",
        f"NEXT:{_SUBJ}",
        "which; that; of which",
        "dont + subject: which (its verb takes de: dont il a besoin)",
    ),
    (
        "dont",
        "PRON",
        "AFTER_PUNCT NEXT:NUM|certains|certaines|plusieurs|beaucoup",
        "including; of which",
        "..., dont + number: including",
    ),
    (
        "dont",
        "PRON",
        "AFTER_PUNCT NEXT:la NEXT2:plupart",
        "including; of which",
        "..., dont la plupart: most of which",
    ),
    # ne sert à rien: is no use
    ("servir", "VERB", "NEXT:à NEXT2:rien", "be no use; serve no purpose", "ne sert à rien"),
    # porter un nom (bear), porter ses efforts sur (focus on)
    (
        "porter",
        "VERB",
        "NEAR:nom|noms|numéro|numéros|titre|marque|mention|étiquette|date|signature|icône",
        "bear; have; be marked with",
        "porter un nom: bear",
    ),
    (
        "porter",
        "VERB",
        "NEAR:effort|efforts|attention",
        "focus (on); direct",
        "porter ses efforts sur",
    ),
    # reprendre: go back to (an example), use (a term), take over (a package), resume
    (
        "reprendre",
        "VERB",
        "NEAR:exemple|exemples|explication|propos",
        "go back to; take up again",
        "reprenons notre exemple: go back to",
    ),
    (
        "reprendre",
        "VERB",
        "NEAR:terme|termes|expression|mot|mots|formule",
        "use; borrow (a term)",
        "pour reprendre le terme: to use",
    ),
    (
        "reprendre",
        "VERB",
        "NEAR:paquet|paquets|projet|maintenance",
        "take over",
        "reprendre un paquet",
    ),
    (
        "reprendre",
        "VERB",
        "NEAR:procédure|travail|lecture|exécution|téléchargement|installation|opération",
        "resume; start again",
        "reprendre le travail: resume",
    ),
    ("reprendre", "VERB", "FROM", "taken from; borrowed from", "repris de: taken from"),
    # senses read on real text (issue 13, ctx5): the object or the neighbour decides
    (
        "miner",
        "VERB",
        "PARTICIPLE LEMMA_NEAR:marbre|minerai|charbon|fer|cuivre|diamant|sel|pierre|roche|gisement|"
        "bitcoin|cryptomonnaie|bloc|argent|étain|zinc|uranium|houille",
        "mine",
        "miner du marbre: mine",
    ),
    (
        "miner",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:marbre|minerai|charbon|fer|cuivre|diamant|sel|gisement|bitcoin|"
        "cryptomonnaie|houille|uranium",
        "mine",
        "le minerai est miné: mined",
    ),
    (
        "coque",
        "NOUN",
        "LEMMA_NEAR:navire|bateau|vaisseau|yacht|voilier|barque|canot|sous-marin|"
        "chalutier|paquebot|cargo|frégate|galère|hydravion|avion|kayak",
        "hull",
        "la coque d'un navire: hull",
    ),
    (
        "coque",
        "NOUN",
        "LEMMA_BEFORE:navire|bateau|vaisseau|yacht|voilier|barque|canot|sous-marin|"
        "chalutier|paquebot|cargo|frégate|galère|épave",
        "hull",
        "la coque d'un navire: hull",
    ),
    (
        "baie",
        "NOUN",
        "LEMMA_BEFORE:buisson|arbuste|arbrisseau|cueillir|manger|ramasser|fruit|panier|"
        "poignée|sureau|genévrier|houx|gui|myrtille",
        "berry",
        "un buisson de baies: berries",
    ),
    (
        "baie",
        "NOUN",
        "NEXT:rouges|rouge|noires|noire|sauvages|sauvage|comestibles|comestible|toxiques|"
        "toxique|vénéneuses|vénéneuse|mûres|mûre|sucrées|juteuses|séchées|bleues|violettes",
        "berry",
        "des baies rouges: berries",
    ),
    (
        "baie",
        "NOUN",
        "NEXT:de|d' NEXT2:genièvre|goji|sureau|houx|cassis|myrtille|açaï|laurier|rose",
        "berry",
        "baies de genièvre: berries",
    ),
    (
        "aviser",
        "VERB",
        "PREV:l'|le|la|les|me|m'|te|t'|lui|leur",
        "inform; notify; advise",
        "aviser quelqu'un: inform",
    ),
    (
        "aviser",
        "VERB",
        "PREV:nous|vous PREV2:SUBJ|ne|n'|de|d'|pour|à",
        "inform; notify; advise",
        "aviser quelqu'un: inform",
    ),
    (
        "aviser",
        "VERB",
        "LEMMA_NEAR:directeur|client|utilisateur|famille|police|autorité|responsable|"
        "propriétaire|parent|médecin|employeur|banque|administrateur|service|équipe|"
        "supérieur|chef|gendarmerie|assureur|locataire|maire|roi|capitaine|ministre|public",
        "inform; notify; advise",
        "aviser quelqu'un: inform",
    ),
    (
        "vœu",
        "NOUN",
        "LEMMA_BEFORE:prononcer|déshonorer|trahir|renouveler|rompre|honorer|violer|tenir|"
        "relever|lier",
        "vow",
        "prononcer ses vœux: vows",
    ),
    (
        "vœu",
        "NOUN",
        "NEXT:de|d' NEXT2:chasteté|pauvreté|obéissance|silence|mariage|fidélité|allégeance",
        "vow",
        "vœu de silence: vow",
    ),
    ("vœu", "NOUN", "NEXT:monastiques|religieux|solennels|sacrés", "vow", "vœux monastiques"),
    ("vœu", "NOUN", "PREV:meilleurs|bons|nos|mes|tous|présenter", "wish", "meilleurs vœux"),
    (
        "enchanté",
        "ADJ|VERB",
        "PARTICIPLE NOUN_BEFORE !NEXT:de|d'|par|du|des !LEMMA_BEFORE:être|public|enfant|"
        "spectateur|client|visiteur|invité|lecteur|auditoire|foule|fan|parent|élève",
        "enchanted; magic",
        "une lame enchantée: enchanted",
    ),
    (
        "résolu",
        "ADJ|VERB",
        "PARTICIPLE NEXT:à|au A_INF",
        "determined (to); resolved (to)",
        "résolu à + infinitive: determined to",
    ),
    (
        "résolu",
        "ADJ|VERB",
        "PARTICIPLE PREV:air|ton|défense|attitude|opposition|volonté|adversaire|partisan|partisans|"
        "adversaires|regard|engagement|soutien|refus|combat|effort|homme|femme|visage|"
        "geste|voix|allure|mine|démarche|résistance|détermination|caractère|esprit",
        "resolute; determined",
        "un air résolu: resolute",
    ),
    (
        "résoudre",
        "VERB",
        "PARTICIPLE FORM:résolu|résolue|résolus|résolues NEXT:à|au A_INF",
        "determined (to); resolved (to)",
        "résolu à + infinitive: determined to",
    ),
    (
        "résoudre",
        "VERB",
        "PARTICIPLE FORM:résolu|résolue|résolus|résolues "
        "PREV:air|ton|défense|attitude|opposition|volonté|adversaire|partisan|partisans|"
        "adversaires|regard|engagement|soutien|refus|combat|effort|homme|femme|visage|"
        "geste|voix|allure|mine|démarche|résistance|détermination|caractère|esprit",
        "resolute; determined",
        "un air résolu: resolute",
    ),
    ("soustraire", "VERB", "REFLEXIVE", "escape (from); evade; avoid", "se soustraire à"),
    (
        "soustraire",
        "VERB",
        "PARTICIPLE IN_CLAUSE:à|au|aux !NEXTA:NUM !IN_CLAUSE:NUM !NEXT_DIGIT",
        "remove (from); shield (from); take away (from)",
        "soustraire X à Y: remove from",
    ),
    (
        "grossir",
        "VERB",
        "PARTICIPLE PERCENT",
        "enlarge; magnify",
        "grossi de 200 %: enlarged",
    ),
    (
        "grossir",
        "VERB",
        "LEMMA_NEAR:image|photo|texte|police|caractère|fenêtre|vue|détail|dessin|carte|page",
        "enlarge; magnify",
        "grossir l'image: enlarge",
    ),
    (
        "grossir",
        "VERB",
        "LEMMA_NEAR:rang|nombre|effectif|foule|troupe|armée|liste|file|cohorte",
        "swell; increase",
        "grossir les rangs: swell",
    ),
    (
        "grossir",
        "VERB",
        "LEMMA_BEFORE:rivière|fleuve|eau|torrent|flot|rang|foule|armée|troupe|nombre",
        "swell; grow",
        "la rivière grossit: swells",
    ),
    (
        "volontaire",
        "ADJ|NOUN",
        "NEXT:pour",
        "volunteer (for)",
        "volontaire pour: volunteer",
    ),
    (
        "volontaire",
        "ADJ|NOUN",
        "LEMMA_BEFORE:porter",
        "volunteer",
        "se porter volontaire: volunteer",
    ),
    (
        "poli",
        "ADJ",
        "BEFORE:ce|c'|cela|ça|ceci",
        "polite; courteous",
        "ce n'est pas poli: polite",
    ),
    (
        "polir",
        "VERB",
        "PARTICIPLE FORM:poli|polie|polis|polies BEFORE:ce|c'|cela|ça|ceci",
        "polite; courteous",
        "ce n'est pas poli: polite",
    ),
    (
        "polir",
        "VERB",
        "PARTICIPLE FORM:poli|polie|polis|polies PREV:très|trop|peu|si|assez|fort|plus|moins",
        "polite; courteous",
        "très poli: polite",
    ),
    ("poli", "ADJ", "PREV:très|trop|peu|si|assez|fort|plus|moins", "polite", "très poli: polite"),
    (
        "poli",
        "ADJ",
        "NEXT:comme LEMMA_NEAR:miroir|glace|verre|marbre|sou",
        "polished",
        "poli comme un miroir: polished",
    ),
    (
        "poli",
        "ADJ",
        "NOUN_BEFORE LEMMA_BEFORE:surface|métal|acier|pierre|marbre|bois|bouclier|miroir|lame|"
        "cuivre|verre|granit|sol|parquet|béton|bronze|laiton|os|ivoire|argent|galet|cuir",
        "polished",
        "le métal poli: polished",
    ),
    (
        "déboucher",
        "VERB",
        "NEXTA:sur",
        "lead to; open onto; come out onto",
        "déboucher sur: lead to",
    ),
    (
        "déboucher",
        "VERB",
        "NEXTA:dans|en",
        "come out (into); emerge (into)",
        "déboucher dans: come out into",
    ),
    ("écumer", "VERB", "NEXTA:de|d'", "foam (with rage); froth", "écumer de rage: foam"),
    (
        "écumer",
        "VERB",
        "LEMMA_NEAR:bouillon|sauce|confiture|soupe|graisse|pot-au-feu|sirop",
        "skim",
        "écumer le bouillon: skim",
    ),
    (
        "écumer",
        "VERB",
        "NEXTA:DET",
        "scour; roam; plunder",
        "écumer les mers: scour",
    ),
    (
        "brave",
        "ADJ|NOUN",
        "NEXT:guerrier|guerriers|guerrière|guerrières|soldat|soldats|chevalier|chevaliers|"
        "combattant|combattants|héros|héroïne|capitaine|guerriers|pompier|pompiers|"
        "défenseur|défenseurs|explorateur|aventurier|aventuriers|marin|marins|résistant",
        "brave; courageous",
        "un brave guerrier: brave",
    ),
    ("brave", "ADJ", "AFTER_NOUN", "brave; courageous", "un homme brave: brave"),
    ("brave", "ADJ", "COPULA", "brave; courageous", "il est brave: brave"),
    ("douer", "VERB", "PARTICIPLE NEXTA:de|d'", "endowed (with)", "doué de: endowed with"),
    ("douer", "VERB", "PARTICIPLE NEXTA:pour|en", "gifted (at); good (at)", "doué pour: gifted at"),
    ("douer", "VERB", "PARTICIPLE !NEXTA:de|d'|pour|en", "gifted; talented", "doué: gifted"),
    ("doué", "ADJ", "PARTICIPLE NEXTA:de|d'", "endowed (with)", "doué de: endowed with"),
    ("doué", "ADJ", "PARTICIPLE NEXTA:pour|en", "gifted (at); good (at)", "doué pour: gifted at"),
    ("tromper", "VERB", "REFLEXIVE", "be mistaken; be wrong", "se tromper: be mistaken"),
    ("trompé", "ADJ", "PARTICIPLE REFLEXIVE", "mistaken; wrong", "se tromper: be mistaken"),
    (
        "caler",
        "VERB",
        "LEMMA_NEAR:estomac|ventre|faim",
        "fill up; stave off hunger",
        "caler l'estomac: fill up",
    ),
    (
        "reprendre",
        "VERB",
        "LEMMA_NEAR:contrôle|force|conscience|confiance|courage|espoir|avantage|dessus|vigueur|"
        "esprit|possession",
        "regain; recover",
        "reprendre conscience: regain",
    ),
    ("reprendre", "VERB", "NEAR:pouvoir|sens", "regain; recover", "reprendre le pouvoir: regain"),
    (
        "reprendre",
        "VERB",
        "LEMMA_NEAR:valeur|position|forme|état|aspect|taille|défaut",
        "return to; revert to; go back to",
        "reprendre sa valeur: return to",
    ),
    (
        "reprendre",
        "VERB",
        "LEMMA_NEAR:souffle|haleine|respiration",
        "catch (one's breath)",
        "reprendre son souffle: catch",
    ),
    (
        "reprendre",
        "VERB",
        "NEXTA:son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes|notre|votre|nos|vos "
        "IN_CLAUSE:à|au|aux !LEMMA_NEAR:étude|travail|route|chemin|place|activité|cours|lecture|"
        "récit|discours|souffle|rôle|poste|fonction",
        "take back",
        "reprendre son bien à quelqu'un: take back",
    ),
    # à compter de (from), compter là-dessus (count on it)
    ("compter", "VERB", "PREV:à NEXT:de|du|d'", "from (à compter de: as from)", "à compter de"),
    (
        "compter",
        "VERB",
        "NEXT:là-dessus|dessus",
        "count on (it); rely on (it)",
        "compter là-dessus",
    ),
    # porter sur ses épaules: carry (not porter sur: be about)
    ("porter", "VERB", "BODY", "carry; bear; wear", "porter sur l'épaule: carry"),
    # droit: straight (foncer droit sur), law
    ("droit", "ADJ|ADV", "PREV:tout", "straight (on); straight ahead", "tout droit: straight"),
    (
        "droit",
        "ADJ|ADV",
        "!NOUN_BEFORE !DET_BEFORE NEXT:sur|vers|devant|dans",
        "straight; directly",
        "droit sur: straight at",
    ),
    # passer par: go through
    ("passer", "VERB", "NEXT:par", "go through; go via", "passer par: go through"),
    # rester à + infinitive: remain to be; il reste: there remains
    ("rester", "VERB", "A_INF", "remain (to be); be still to (be done)", "reste à + inf."),
    (
        "rester",
        "VERB",
        "PREV:il NEXT:DET|NUM|de|d'|au",
        "there remains; be left (il reste: there is ... left)",
        "il reste: there remains",
    ),
    # ainsi closing a clause before a colon: as follows
    ("ainsi", "ADV", "END_COLON", "as follows; like this; this way", "ainsi : as follows"),
    # depuis lors: since then
    ("lors", "ADV", "PREV:depuis", "since then; since that time", "depuis lors: since then"),
    # ce dernier: the latter
    ("dernier", "ADJ", "PREV:ce|cette|ces !NOUN_NEXT", "the latter", "ce dernier: the latter"),
    # tirer parti de (take advantage of), tirer son nom de (take from), tiré de (taken from)
    (
        "tirer",
        "VERB",
        "NEAR:parti|profit|partie|avantage|avantages|meilleur|meilleurs|meilleures|meilleure",
        "take advantage (of) (tirer parti de); make the most (of)",
        "tirer parti de",
    ),
    (
        "tirer",
        "VERB",
        "NEAR:nom|origine|origines|dimension|dimensions|propriétés|inspiration|source",
        "take (from); derive (from); get (from)",
        "tirer son nom de: take from",
    ),
    ("tirer", "VERB", "REFLEXIVE PREV:en", "cope; manage; get by", "s'en tirer: cope"),
    ("tirer", "VERB", "FROM", "taken from; drawn from; take (from)", "tiré de: taken from"),
    # tourner: run (a program), go wrong (mal tourner)
    ("tourner", "VERB", "PREV:mal", "go wrong", "mal tourner: go wrong"),
    ("tourner", "VERB", "NEXT:mal", "go wrong", "tourner mal: go wrong"),
    (
        "tourner",
        "VERB",
        "PREV:faire|fait|faites|fais|faisant|font|fera|ferait|laisser|laisse|laissez "
        "!NEXT:le|la|les|l'|sa|son|ses|leur",
        "run (a program); turn",
        "faire tourner un programme: run",
    ),
    (
        "tourner",
        "VERB",
        "COMPUTING !FORM:tournant !NEXT:DET|à|au|autour !NEAR:sens|horaire|anti-horaire",
        "run; be running (a program)",
        "a program tourne: runs",
    ),
    (
        "tourner",
        "VERB",
        "COMPUTING FORM:tournant NEXT:sur|sous|dans|en",
        "running (a program)",
        "a program tournant sur: running",
    ),
    # rendre + noun + plus/très + adjective: make (rendre la tâche plus facile)
    ("rendre", "VERB", "DEGREE_ADJ", "make (rendre heureux: make happy)", "rendre + adjective"),
    ("rendre", "VERB", "MAKE_ADJ", "make (rendre heureux: make happy)", "rendre + adjective"),
    ("rendre", "VERB", "REFLEXIVE NEXTA:compte", "realise; notice", "se rendre compte: realise"),
    ("rendre", "VERB", "NEXTA:compte", "report (on); account (for)", "rendre compte de: report"),
    (
        "rendre",
        "VERB",
        "NEXTA:service|services",
        "be useful; help; do a favour",
        "rendre service: be useful",
    ),
    ("rendre", "VERB", "PAIR:des+services", "be useful; help", "rendre des services"),
    (
        "rendre",
        "VERB",
        "PARTICIPLE COMPUTING FORM:rendu|rendue|rendus|rendues "
        "!NEXTA:compte|à|au|aux|service|services|visite|public|publique|publics|publiques",
        "rendered",
        "rendu in a text about computers: rendered",
    ),
    (
        "rendre",
        "VERB",
        "PARTICIPLE FORM:rendu|rendue|rendus|rendues NEXTA:correctement|sous|fidèlement|"
        "différemment|graphiquement|visuellement",
        "rendered",
        "rendu correctement, rendu sous forme de: rendered",
    ),
    # s'en servir: use it; à quoi sert: what is it for
    ("servir", "VERB", "REFLEXIVE PREV:en", "use (se servir de: use)", "s'en servir: use it"),
    ("servir", "VERB", "REFLEXIVE BEFORE:dont", "use (se servir de: use)", "dont on se sert"),
    (
        "servir",
        "VERB",
        "REFLEXIVE NEAR:de|d'|du|des",
        "use (se servir de: use)",
        "se servir de: use",
    ),
    ("servir", "VERB", "A_QUOI", "be for; be used for (à quoi sert: what is it for)", "à quoi"),
    # prendre en charge (support), en compte (take into account), connaissance (learn of)
    ("prendre", "VERB", "PAIR:en+charge", "support; handle; take care of", "prendre en charge"),
    (
        "prendre",
        "VERB",
        "PAIR:en+compte|considération",
        "take into account; consider",
        "prendre en compte: take into account",
    ),
    (
        "prendre",
        "VERB",
        "NEXTA:connaissance",
        "learn (of); become aware (of)",
        "prendre connaissance de: learn of",
    ),
    # tenir compte (take into account), tenir sur une ligne (fit), cela tient à (be due to)
    (
        "tenir",
        "VERB",
        "NEXTA:compte",
        "take into account; pay attention to",
        "tenir compte de: take into account",
    ),
    (
        "tenir",
        "VERB",
        "NEXTA:aucun|aucune NEXT2:compte",
        "take into account; pay attention to",
        "tenir compte de: take into account",
    ),
    ("tenir", "VERB", "PREV:en NEXTA:à|au|aux", "stick to; keep to", "s'en tenir à: stick to"),
    ("tenir", "VERB", "NEXT:sur|dans !BODY", "fit (on, in); hold", "tenir sur une ligne: fit on"),
    (
        "tenir",
        "VERB",
        "PREV:cela|ceci|ça|ce|c' NEXT:à|au|aux",
        "be due to; stem from",
        "cela tient à: it is due to",
    ),
    (
        "tenir",
        "VERB",
        f"PREV:{_SUBJ} NEXTA:à|au|aux !NEXT2:jour !A_INF",
        "insist on; be keen on; care about",
        "tenir à: insist on",
    ),
    # mettre à niveau (upgrade), en œuvre (implement), en place (set up)...
    ("mettre", "VERB", "PAIR:à+niveau", "upgrade", "mettre à niveau: upgrade"),
    ("mettre", "VERB", "PAIR:à+jour", "update", "mettre à jour: update"),
    ("mettre", "VERB", "PAIR:en+œuvre", "implement; carry out", "mettre en œuvre: implement"),
    ("mettre", "VERB", "PAIR:en+place", "set up; put in place", "mettre en place: set up"),
    ("mettre", "VERB", "PAIR:en+commentaire", "comment out", "mettre en commentaire"),
    (
        "mettre",
        "VERB",
        "PAIR:en+évidence|avant|valeur|surbrillance",
        "highlight; bring out",
        "mettre en évidence: highlight",
    ),
    ("mettre", "VERB", "PAIR:en+ligne", "put online; publish", "mettre en ligne: publish"),
    (
        "mettre",
        "VERB",
        "PAIR:à+disposition",
        "make available; provide",
        "mettre à disposition: make available",
    ),
    ("mettre", "VERB", "NEXTA:fin", "put an end (to); end", "mettre fin à: end"),
    # passer outre (override), passer en mode (switch to)
    ("passer", "VERB", "NEXTA:outre", "override; ignore; disregard", "passer outre: override"),
    ("passer", "VERB", "NEXT:en", "switch (to); go (into)", "passer en: switch to"),
    # soit after que or a subject, with no second soit: être's subjunctive
    ("soit", "CCONJ|ADV", "SUBJUNCTIVE", "be (que ce soit: whether it be)", "soit: être"),
    # faire l'objet de: be the subject of
    (
        "faire",
        "VERB",
        "NEXT:l' NEXT2:objet",
        "be the subject (of); undergo",
        "faire l'objet de: be the subject of",
    ),
    # grand before an abstract noun: large, great, high (not big)
    (
        "grand",
        "ADJ",
        "NEXT:nombre|partie|part|quantité|majorité|éventail|variété|choix|gamme|ensemble",
        "large; great (un grand nombre: a large number)",
        "grand + quantity: large",
    ),
    (
        "grand",
        "ADJ",
        "NEXT:qualité|profondeur|précision|importance|valeur|vitesse|fiabilité|souplesse|"
        "flexibilité|facilité|ampleur|intérêt|succès|soin|attention|difficulté",
        "great; high (de grande qualité: high-quality)",
        "grand + quality: great, high",
    ),
    (
        "grand",
        "ADJ",
        "NEXT:compositeur|compositeurs|artiste|artistes|créateur|créateurs|marque|marques|"
        "auteur|auteurs|écrivain|écrivains|maître|maîtres|projet|projets|nom|noms",
        "great; major; famous",
        "grand + person or work: great",
    ),
    ("grand", "ADJ", "NEXT:public", "general public; consumer", "grand public"),
    # ancien after plus, très: old (older, oldest); à l'ancienne: the old way
    (
        "ancien",
        "ADJ|NOUN",
        "PREV:plus|très|vraiment|assez|si|trop|moins|aussi",
        "old; older (plus ancien); oldest (le plus ancien)",
        "plus ancien: older",
    ),
    ("ancien", "ADJ|NOUN", "PREV:l' PREV2:à !NOUN_NEXT", "old-style; the old way", "à l'ancienne"),
    # sa ligne propre: its own line
    ("propre", "ADJ", f"NOUN_BEFORE PREV2:{_POSSESSIVE}", "own", "sa ligne propre: own"),
    (
        "propre",
        "ADJ",
        "NOUN_BEFORE NEXT:de|d'|du|des",
        "own (les méthodes propres d'Apt: Apt's own methods)",
        "propre de: own",
    ),
    # la même (the same one), une fois encore (once again), un autre encore (yet another)
    ("même", "ADV|PRON", "PREV:le|la|les NEXT:END", "the same (one)", "le même: the same one"),
    (
        "encore",
        "ADV",
        "PREV:fois PREV2:une",
        "again (une fois encore: once again)",
        "une fois encore: once again",
    ),
    (
        "encore",
        "ADV",
        "PREV:autre|autres",
        "yet (un autre encore: yet another); besides",
        "un autre encore: yet another",
    ),
    # dont + a name as the subject (dont LilyPond dispose): which
    ("dont", "PRON", "NEXT_NAME", "which; that; of which", "dont + subject: which"),
    # quelque peu (somewhat), quelque X que ce soit (any X at all)
    ("quelque", "ADV|DET", "NEXT:peu", "somewhat; rather", "quelque peu: somewhat"),
    ("quelque", "ADV|DET", "NEXT:soit", "whatever (quel que soit)", "quelque soit: whatever"),
    (
        "quelque",
        "ADV|DET",
        "NOUN_NEXT LATER:soit",
        "any (quelque X que ce soit: any X at all)",
        "quelque X que ce soit: any",
    ),
    # senses read on history and encyclopedic text (issue 13, ctx6)
    # ancien before a noun of antiquity: ancient (l'ancien monde, les anciens Égyptiens), not
    # former (un ancien ministre, l'ancienne version: the table's BEFORE_NOUN row)
    (
        "ancien",
        "ADJ",
        f"NEXT:{_ANTIQUITY}",
        "ancient; old; former",
        "ancien + monde, royaume, peuple...: ancient",
    ),
    # entraîner des soldats (train) vs entraîner des pertes (lead to)
    ("entraîner", "VERB", "REFLEXIVE", "train; practise", "s'entraîner: train"),
    (
        "entraîner",
        "VERB",
        f"LEMMA_NEAR:{_TRAINEES}",
        "train (troops, a team, animals)",
        "entraîner des soldats: train",
    ),
    # gagner + an amount (du terrain, 20 % de santé, de l'argent): gain, earn; not win
    (
        "gagner",
        "VERB",
        "NEXTA:du|de|d'|en !NEXT2:DET|nombreux|nombreuses|plusieurs|justesse|finale|appel|justice",
        "gain; earn",
        "gagner du terrain, de l'argent: gain, earn",
    ),
    ("gagner", "VERB", "AMOUNT", "gain; earn", "gagner + amount: gain, earn"),
    # un désert désolé: desolate (je suis désolé: sorry)
    (
        "désolé",
        "ADJ",
        f"NOUN_BEFORE LEMMA_BEFORE:{_PLACES}",
        "desolate; bleak",
        "un paysage désolé: desolate",
    ),
    # les faibles (the weak), les forts next to les faibles (the strong; not forts, forts)
    (
        "faible",
        "NOUN|ADJ",
        "PREV:les|des|aux !NOUN_NEXT !ADJ_NEXT !NEXT:de|d'|du",
        "the weak; weak people",
        "les faibles: the weak",
    ),
    (
        "fort",
        "NOUN|ADJ",
        "PREV:les|des|aux !NOUN_NEXT !ADJ_NEXT !NEXT:de|d'|du IN_SENTENCE:faible|faibles",
        "the strong",
        "les forts (and les faibles): the strong",
    ),
    # un terrain accidenté: uneven, hilly (not damaged in an accident)
    (
        "accidenter",
        "VERB",
        f"PARTICIPLE LEMMA_BEFORE:{_GROUND}",
        "uneven; hilly; rugged",
        "un terrain accidenté: uneven",
    ),
    (
        "accidenté",
        "ADJ",
        f"LEMMA_BEFORE:{_GROUND}",
        "uneven; hilly; rugged",
        "un terrain accidenté: uneven",
    ),
    # basculer vers le panneau, en mode plein écran: switch (not tip over)
    (
        "basculer",
        "VERB",
        "NEXTA:vers|sur|entre|en",
        "switch (to); swing (towards)",
        "basculer vers, en: switch to",
    ),
    (
        "basculer",
        "VERB",
        "LEMMA_NEAR:affichage|mode|vue|option|état|visibilité|fenêtre|panneau|menu|barre|"
        "sélection|masque|écran|interrupteur|commutateur",
        "toggle; switch",
        "basculer l'affichage, le mode: toggle",
    ),
    # un rapport de bug, d'activité, un rapport annuel: report (not relationship)
    (
        "rapport",
        "NOUN",
        "NEXT:de|d' NEXT2:bug|bugs|bogue|bogues|erreur|erreurs|incident|incidents|activité|"
        "activités|mission|enquête|stage|expertise|synthèse|police|autopsie|évaluation|audit|"
        "situation|inspection|recherche|recherches|plantage|sécurité|conformité|test|tests",
        "report",
        "un rapport de bug: report",
    ),
    (
        "rapport",
        "NOUN",
        "NEXT:annuel|annuels|final|finaux|officiel|officiels|détaillé|détaillés|complet|"
        "préliminaire|parlementaire|mensuel|hebdomadaire|technique|secret",
        "report",
        "un rapport annuel: report",
    ),
    # se vanter de (boast), se révolter (rebel), se retrancher (entrench oneself)
    ("vanter", "VERB", "REFLEXIVE", "boast (of); brag (about)", "se vanter de: boast"),
    ("révolter", "VERB", "REFLEXIVE", "rebel; revolt; rise up", "se révolter: rebel"),
    (
        "retrancher",
        "VERB",
        "REFLEXIVE",
        "entrench oneself; barricade oneself; take refuge",
        "se retrancher: entrench oneself",
    ),
    (
        "retrancher",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:camp|position|défense|armée|troupe|soldat|ligne|ennemi|"
        "garnison|rebelle|insurgé|forteresse|ville",
        "entrenched",
        "une position retranchée: entrenched",
    ),
    # reporter un bug (an anglicism): report, not postpone
    (
        "reporter",
        "VERB",
        "LEMMA_NEAR:bug|bogue|erreur|problème|incident|anomalie|plantage|crash|faille",
        "report (reporter un bug)",
        "reporter un bug: report",
    ),
    # l'éditeur de cartes, de texte: editor (not a book's publisher)
    (
        "éditeur",
        "NOUN",
        "NEXT:de|d' NEXT2:carte|cartes|texte|textes|niveau|niveaux|scénario|scénarios|code|"
        "image|images|son|sons|vidéo|vidéos|ressources|menus|liens|"
        "registre|configuration|paquets|propriétés|formules|équations|courbes|dégradé|terrain",
        "editor (software)",
        "un éditeur de cartes, de texte: editor",
    ),
    # le seul + noun: the only (not alone); un seul + noun: a single
    (
        "seul",
        "ADJ",
        f"PREV:le|la|l'|les|{_POSSESSIVE} NOUN_NEXT",
        "only; sole",
        "le seul + noun: the only",
    ),
    ("seul", "ADJ", "PREV:un|une NOUN_NEXT", "single; only one", "un seul + noun: a single"),
    # cette dernière (a noun): the latter
    (
        "dernier",
        "NOUN",
        "PREV:ce|cette|ces !NOUN_NEXT !ADJ_NEXT",
        "the latter",
        "ce dernier: the latter",
    ),
    # la sortie d'un film, d'une version; la date de sortie: release (not exit)
    (
        "sortie",
        "NOUN",
        "NEXT:de|d'|du|des NEXT2:film|films|album|albums|livre|livres|version|versions|disque|"
        "disques|roman|romans|single|logiciel|modèle|console|distribution|noyau|épisode|saison|"
        "ouvrage|ouvrages|bd|manga|série|clip|opus|tome|volume|numéro|titre|morceau|chanson",
        "release (of a film, book, version); publication",
        "la sortie d'un film: release",
    ),
    (
        "sortie",
        "NOUN",
        "PREV:de|d' PREV2:date|dates|jour",
        "release (of a film, book, version); publication",
        "la date de sortie: release date",
    ),
    # paru, parue: published, released (il a paru surpris: seemed)
    (
        "paraître",
        "VERB",
        "PARTICIPLE FORM:paru|parue|parus|parues !BEFORE:a|ont|avait|avaient|aurait|auraient|ayant|avoir|"
        "ai|as|avons|avez|aura|auront|eût|eut",
        "published; released; come out",
        "paru le 19 juillet: published",
    ),
    # les arbres poussent, faire pousser: grow (not push)
    (
        "pousser",
        "VERB",
        "LEMMA_BEFORE:plante|arbre|herbe|fleur|cheveu|barbe|champignon|blé|légume|forêt|"
        "buisson|graine|ongle|dent|moustache|mauvais|arbuste|vigne|palmier|fruit|récolte",
        "grow",
        "les arbres poussent: grow",
    ),
    ("pousser", "VERB", "PREV:faire|fait|font|faisait|fais|faites|faisant|fera", "grow")
    + ("faire pousser: grow",),
    # les cases adjacentes de la carte, du plateau: squares (not boxes to tick)
    (
        "case",
        "NOUN",
        "LEMMA_NEAR:adjacent|voisin|proche|central|diagonal|plateau|damier|échiquier|carte "
        "!IN_SENTENCE:cocher|cochez|coché|cochée|cochés|cochées|décocher|décochez|décochée",
        "square (of a board or map); space",
        "les cases adjacentes: squares",
    ),
    (
        "case",
        "NOUN",
        "LEMMA_BEFORE:plateau|damier|échiquier|pion|déplacer|avancer|reculer",
        "square (of a board or map); space",
        "avancer de trois cases: squares",
    ),
    # se solder par: result in; les précipitations: rainfall (not haste)
    ("solder", "VERB", "REFLEXIVE", "result (in); end (in)", "se solder par: result in"),
    (
        "précipitation",
        "NOUN",
        "FORM:précipitations",
        "rainfall; precipitation",
        "les précipitations: rainfall",
    ),
    # war and history: le siège de Paris (siege), la campagne de Russie (campaign), la cour du
    # roi (court), une charge de cavalerie (charge)
    (
        "siège",
        "NOUN",
        "LEMMA_BEFORE:lever|mettre|pendant|durant|lors|soutenir|subir|assiéger|résister|long|armée",
        "siege",
        "lever le siège, pendant le siège de: siege",
    ),
    (
        "siège",
        "NOUN",
        "NEXT:de|d' NAME2 LEMMA_BEFORE:pendant|durant|lors|après|avant|lever|mettre|long|"
        "célèbre|terrible|dernier|premier",
        "siege",
        "le siège de Paris: siege",
    ),
    (
        "campagne",
        "NOUN",
        "NEXT:militaire|militaires|électorale|électorales|présidentielle|publicitaire|"
        "publicitaires|promotionnelle|victorieuse|désastreuse|navale",
        "campaign",
        "une campagne militaire, électorale: campaign",
    ),
    (
        "campagne",
        "NOUN",
        "NEXT:d' NEXT2:italie|égypte|espagne|allemagne|afrique|orient|europe|autriche|"
        "angleterre|information|affichage|fouilles",
        "campaign",
        "une campagne militaire, électorale: campaign",
    ),
    (
        "campagne",
        "NOUN",
        "NEXT:de NEXT2:russie|france|pologne|prusse|gaule|syrie|vaccination|dépistage|"
        "sensibilisation|presse|publicité|prévention|fouilles|mesures|recrutement|signatures|"
        "communication|financement|promotion|lancement|bombardement|bombardements|conquête",
        "campaign",
        "la campagne de Russie, de vaccination: campaign",
    ),
    (
        "cour",
        "NOUN",
        "NEXT:de|d' NEXT2:cassation|appel|justice|assises|comptes|discipline|sûreté|"
        "arbitrage|france",
        "court (of law)",
        "la cour d'appel: court",
    ),
    (
        "cour",
        "NOUN",
        "NEXT:suprême|constitutionnelle|européenne|internationale|pénale|martiale|"
        "administrative|impériale|royale",
        "court",
        "la cour suprême, la cour royale: court",
    ),
    (
        "cour",
        "NOUN",
        "IN_SENTENCE:roi|reine|rois|reines|prince|princesse|empereur|impératrice|souverain|"
        "monarque|courtisan|courtisans|versailles|tsar|sultan|pharaon|duc|duchesse "
        "!NEXT:de|d' !LEMMA_BEFORE:dans|traverser|balayer|école|ferme|jouer|maison|immeuble",
        "court (of a king); courtiers",
        "la cour du roi: court",
    ),
    (
        "charge",
        "NOUN",
        "NEXT:de|d' NEXT2:cavalerie|infanterie|cavaliers|chevaliers|lanciers|cuirassiers|"
        "hussards|dragons|éléphants|baïonnette",
        "charge (an attack)",
        "une charge de cavalerie: charge",
    ),
    (
        "charge",
        "NOUN",
        "LEMMA_BEFORE:sonner|lancer|mener|conduire|repousser|briser|cavalerie NEXT:contre|"
        "de|d'|furieuse|héroïque|victorieuse|END",
        "charge (an attack)",
        "sonner la charge: charge",
    ),
    # la guerre éclata: broke out (not burst)
    (
        "éclater",
        "VERB",
        "LEMMA_BEFORE:guerre|révolution|révolte|émeute|conflit|crise|scandale|incendie|"
        "bagarre|insurrection|rébellion|bataille|grève|violence|polémique|affaire|orage|"
        "épidémie|combat|querelle|dispute|mutinerie|soulèvement|hostilité",
        "break out",
        "la guerre éclata: broke out",
    ),
    # le pays connut une forte croissance: experience, go through (not know)
    (
        "connaître",
        "VERB",
        "LEMMA_NEAR:croissance|crise|succès|essor|période|changement|évolution|"
        "développement|hausse|baisse|déclin|expansion|difficulté|échec|renouveau|apogée|"
        "guerre|défaite|victoire|sort|fin|destin|transformation|bouleversement|récession|"
        "progression|augmentation|diminution|chute|regain|embellie|revers|mutation|"
        "effondrement|rebondissement|famine|épidémie|sécheresse|âge|boom|tension|"
        "conflit|troubles|prospérité|stagnation|ralentissement|accélération",
        "experience; go through; see",
        "connaître une crise, une croissance: experience",
    ),
    # accéder à l'indépendance, au pouvoir, au trône: attain, gain (not access)
    (
        "accéder",
        "VERB",
        "LEMMA_NEAR:indépendance|pouvoir|trône|présidence|rang|statut|majorité|souveraineté|"
        "autonomie|couronne|dignité",
        "attain; gain; accede (to)",
        "accéder à l'indépendance, au trône: attain",
    ),
    # raser une ville: raze (not shave)
    (
        "raser",
        "VERB",
        "LEMMA_NEAR:ville|village|cité|forteresse|quartier|bâtiment|mur|muraille|temple|"
        "forêt|maison|immeuble|fortification|rempart|château|palais|tour|usine|bidonville",
        "raze; flatten; demolish",
        "raser une ville: raze",
    ),
    (
        "raser",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:ville|village|cité|forteresse|quartier|bâtiment|mur|"
        "muraille|temple|forêt|maison|immeuble|fortification|rempart|château|palais|usine",
        "razed; flattened; demolished",
        "la ville fut rasée: razed",
    ),
    # le peuple se souleva: rise up, revolt (not lift)
    (
        "soulever",
        "VERB",
        "REFLEXIVE !BEFORE:me|m'|te|t'",
        "rise up; revolt; rise",
        "se soulever: rise up",
    ),
    # la population s'élevait à deux millions: amount (to)
    (
        "élever",
        "VERB",
        "REFLEXIVE NEXTA:à|au|aux",
        "amount (to); rise (to)",
        "s'élever à: amount to",
    ),
    # les recettes de l'État, fiscales: revenue (not recipes)
    (
        "recette",
        "NOUN",
        "FORM:recettes IN_SENTENCE:dépenses|dépense|budget|budgétaire|budgétaires|fiscal|"
        "fiscale|fiscales|impôt|impôts|milliards|millions|bénéfice|bénéfices|déficit|"
        "état|publiques|douanières|chiffre|ventes|euros|dollars|exportations|pétrolières",
        "revenue; takings; receipts",
        "les recettes de l'État: revenue",
    ),
    # le conseil municipal, d'administration: council, board (not advice)
    (
        "conseil",
        "NOUN",
        "NEXT:municipal|municipaux|régional|régionaux|général|départemental|constitutionnel|"
        "scientifique|supérieur|national|européen|exécutif|fédéral|communautaire|"
        "consultatif|privé|royal|suprême|restreint|académique|pédagogique|syndical",
        "council; board",
        "le conseil municipal: council",
    ),
    (
        "conseil",
        "NOUN",
        "NEXT:de|d' NEXT2:administration|sécurité|ministres|surveillance|classe|"
        "discipline|guerre|état|direction|quartier|fondation|régence|"
        "prud'hommes|l'ordre|l'union|paris|gestion|perfectionnement|famille",
        "council; board",
        "le conseil d'administration, des ministres: board, council",
    ),
    ("conseil", "NOUN", "NEXT:des NEXT2:ministres", "council; board", "le conseil des ministres"),
    # condamné à une peine de prison: sentence, penalty (not trouble)
    (
        "peine",
        "NOUN",
        "NEXT:capitale|maximale|minimale|plancher|encourue|prononcée|requise|"
        "incompressible|exemplaire",
        "sentence; penalty",
        "la peine capitale: penalty",
    ),
    (
        "peine",
        "NOUN",
        "LEMMA_BEFORE:condamner|purger|encourir|prononcer|commuer|alourdir|écoper|"
        "infliger|requérir|aménager|exécuter",
        "sentence; penalty",
        "purger sa peine: sentence",
    ),
    (
        "peine",
        "NOUN",
        "NEXT:de|d' NEXT2:prison|mort|réclusion|emprisonnement|travaux|amende|"
        "bannissement|exil|sursis",
        "sentence; penalty",
        "une peine de prison: sentence",
    ),
    # le pays compte dix millions d'habitants: have, number (not count)
    (
        "compter",
        "VERB",
        "!NEXT:le|la|les|l'|ses|leurs|mes|tes|nos|vos|sur|combien IN_CLAUSE:habitants|membres|"
        "employés|salariés|élèves|adhérents|étudiants|fidèles|abonnés|députés|sièges|"
        "victimes|morts|blessés|soldats|hommes|volumes|pages|chambres|lits|communes|"
        "villages|espèces|titres|exemplaires|paroisses|églises",
        "have; number; count (among)",
        "le pays compte dix millions d'habitants: have",
    ),
    # science: une espèce menacée (species, not kind); le noyau d'une cellule (nucleus)
    (
        "espèce",
        "NOUN",
        "!NEXT:de|d' IN_SENTENCE:animal|animaux|animale|animales|végétal|"
        "végétale|végétales|végétaux|menacé|menacée|menacées|menacés|disparition|extinction|"
        "protégé|protégée|protégées|vivant|vivantes|plante|plantes|oiseau|oiseaux|poisson|"
        "poissons|insecte|insectes|mammifère|mammifères|endémique|endémiques|invasive|"
        "invasives|biodiversité|genre|famille|sous-espèce|sous-espèces|évolution|"
        "reptiles|amphibiens|arbres|arbre|champignons|bactéries|faune|flore|écosystème",
        "species",
        "une espèce menacée: species",
    ),
    (
        "espèce",
        "NOUN",
        "PREV:cette|une|l'|chaque NEXT:menacée|protégée|animale|végétale|endémique|"
        "invasive|rare|disparue|nouvelle|voisine|proche|sauvage|marine|exotique",
        "species",
        "une espèce menacée: species",
    ),
    (
        "noyau",
        "NOUN",
        "LEMMA_NEAR:cellule|atome|atomique|cellulaire|hydrogène|hélium|uranium|carbone|"
        "comète|galaxie|nucléon|proton|neutron",
        "nucleus",
        "le noyau d'une cellule, d'un atome: nucleus",
    ),
    (
        "noyau",
        "NOUN",
        "LEMMA_NEAR:pêche|olive|cerise|abricot|prune|avocat|datte|mangue|fruit|mirabelle",
        "stone; pit (of a fruit)",
        "le noyau d'une pêche: stone",
    ),
    # soumettre un peuple, une région: subdue, subjugate (soumettre un projet: submit)
    (
        "soumettre",
        "VERB",
        "LEMMA_NEAR:peuple|région|province|tribu|royaume|territoire|ennemi|rebelle|"
        "population|nation|pays|cité|empire|barbare|révolté|insurgé|gaulois|vaincu",
        "subdue; subjugate; conquer",
        "soumettre un peuple: subdue",
    ),
    # la gloire et la grandeur: greatness (not size); les terres: lands (not the ground)
    (
        "grandeur",
        "NOUN",
        "IN_SENTENCE:gloire|puissance|décadence|majesté|splendeur|prestige|noblesse|misère",
        "greatness; grandeur",
        "la gloire et la grandeur: greatness",
    ),
    (
        "terre",
        "NOUN",
        "FORM:terres !NEXT:rares|cuites|arables|cultivables|agricoles",
        "lands; land; soil",
        "les terres: lands",
    ),
    # society, economy and science (issue 13, ctx6): the subject or object decides
    (
        "toucher",
        "VERB",
        "LEMMA_NEAR:salaire|pension|allocation|prime|retraite|indemnité|somme|argent|héritage|"
        "bonus|dividende|revenu|rente|subvention|chèque|smic|euro|dollar|commission|loyer",
        "receive; get (money); earn",
        "toucher un salaire: receive",
    ),
    (
        "toucher",
        "VERB",
        "LEMMA_BEFORE:chômage|crise|maladie|épidémie|pauvreté|inondation|tempête|sécheresse|"
        "réforme|virus|grève|pénurie|inflation|récession|catastrophe|séisme|incendie|cancer|"
        "pandémie|précarité|violence|famine|phénomène|mesure|licenciement|restriction "
        "!NEXTA:à|au|aux",
        "affect; hit",
        "le chômage touche les jeunes: affect",
    ),
    (
        "toucher",
        "VERB",
        "PARTICIPLE NEXTA:par IN_CLAUSE:chômage|crise|maladie|épidémie|pauvreté|inondation|"
        "inondations|tempête|sécheresse|réforme|virus|grève|pénurie|inflation|récession|"
        "catastrophe|séisme|incendie|incendies|cancer|pandémie|précarité|violence|famine|"
        "phénomène|mesure|mesures|licenciements|guerre|conflit|crues|intempéries",
        "affected; hit",
        "touché par la crise: affected",
    ),
    (
        "réaliser",
        "VERB",
        "LEMMA_NEAR:chiffre|bénéfice|profit|économie|score|record|performance|exploit|rêve|"
        "vente|marge|gain|progrès|ambition|prouesse|percée|doublé|triplé|plus-value",
        "achieve; make; fulfil",
        "réaliser un bénéfice, son rêve: make, fulfil",
    ),
    (
        "creuser",
        "VERB",
        "REFLEXIVE LEMMA_BEFORE:inégalité|écart|fossé|déficit|dette|différence|disparité",
        "widen; grow",
        "les inégalités se creusent: widen",
    ),
    (
        "interpeller",
        "VERB",
        "LEMMA_BEFORE:police|policier|gendarme|gendarmerie|douanier|agent|force|enquêteur|"
        "brigade|douane|crs",
        "detain; arrest; stop (and question)",
        "la police a interpellé: detain",
    ),
    (
        "interpeller",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:suspect|individu|personne|manifestant|auteur|malfaiteur|"
        "trafiquant|militant|délinquant|cambrioleur|voleur|dealer",
        "detained; arrested",
        "trois suspects ont été interpellés: detained",
    ),
    (
        "flamber",
        "VERB",
        "LEMMA_BEFORE:prix|cours|loyer|coût|tarif|facture|action|bourse|immobilier|marché|"
        "pétrole|essence|dette|taux|valeur",
        "soar; skyrocket",
        "les prix flambent: soar",
    ),
    (
        "expérience",
        "NOUN",
        "IN_SENTENCE:hypothèse|hypothèses|laboratoire|scientifique|scientifiques|chercheur|"
        "chercheurs|protocole|physicien|chimiste|biologiste|cobaye|cobayes|souris|rats|"
        "éprouvette|expérimentateur|expérimentale",
        "experiment; experience",
        "une expérience de laboratoire: experiment",
    ),
    (
        "expérience",
        "NOUN",
        "LEMMA_BEFORE:mener|réaliser|effectuer|conduire|procéder|répéter|reproduire",
        "experiment; experience",
        "mener une expérience: experiment",
    ),
    (
        "dégager",
        "VERB",
        "LEMMA_NEAR:chaleur|énergie|odeur|fumée|gaz|vapeur|parfum|lumière|arôme|rayonnement|"
        "dioxyde",
        "give off; release; emit",
        "dégager de la chaleur: give off",
    ),
    (
        "traverser",
        "VERB",
        "LEMMA_NEAR:crise|période|épreuve|difficulté|moment|récession|phase|guerre|tourmente",
        "go through; experience",
        "traverser une crise: go through",
    ),
    (
        "émission",
        "NOUN",
        "LEMMA_NEAR:gaz|carbone|co|polluant|dioxyde|particule|serre|méthane|fumée|radiation|"
        "rayonnement|azote|soufre|mercure|plomb",
        "emission",
        "les émissions de gaz: emissions",
    ),
    (
        "émission",
        "NOUN",
        "LEMMA_BEFORE:réduire|réduction|baisse|hausse|limiter|diminuer|quota|plafond",
        "emission",
        "réduire les émissions: emissions",
    ),
    (
        "prévoir",
        "VERB",
        "LEMMA_BEFORE:loi|texte|accord|contrat|règlement|article|décret|traité|directive|"
        "budget|convention|code|réforme|dispositif|statut|constitution|règle|clause",
        "provide for; stipulate; plan",
        "la loi prévoit: provide for",
    ),
    (
        "compter",
        "VERB",
        "NEXT:de NEXT2:nombreux|nombreuses",
        "have; number; count (among)",
        "la ville compte de nombreux musées: have",
    ),
    (
        "faire",
        "VERB",
        "IN_CLAUSE:morts|victimes|blessés|dégâts|ravages|disparus|sinistrés "
        "!NEXT:le|la|les|l'|partie|état|appel|attention|face|semblant|part",
        "cause; claim (victims); leave (dead, injured)",
        "la guerre a fait des milliers de morts: claim, leave",
    ),
    (
        "bilan",
        "NOUN",
        "IN_SENTENCE:morts|mort|victimes|blessés|décès|tués|disparus|noyés",
        "toll; death toll",
        "le bilan s'élève à dix morts: death toll",
    ),
    (
        "rendre",
        "VERB",
        "LEMMA_NEAR:verdict|jugement|arrêt|décision|avis|sentence|conclusion",
        "deliver; give (a verdict, a ruling)",
        "rendre son verdict: deliver",
    ),
    # dessiner des cartes, la carte du monde, une carte géographique: map (not card)
    (
        "carte",
        "NOUN",
        "LEMMA_BEFORE:dessiner|tracer|déplier|cartographe|géographe|atlas|explorateur|"
        "navigateur|boussole",
        "map",
        "dessiner une carte: map",
    ),
    (
        "carte",
        "NOUN",
        "NEXT:géographique|géographiques|routière|routières|topographique|topographiques|"
        "marine|marines|météo|politique|physique|murale|géologique|ancienne|anciennes",
        "map",
        "une carte géographique, routière: map",
    ),
    (
        "carte",
        "NOUN",
        "NEXT:de|du|des|d' NEXT2:monde|région|france|europe|pays|relief|île|continent|"
        "royaume|territoire|quartier|métro|afrique|asie|amérique|gaule|empire|littoral|"
        "côte|côtes|ville|villes|italie|espagne|grèce|orient|environs",
        "map",
        "la carte du monde, de la région: map",
    ),
    # landscape: une arête montagneuse (ridge), une vallée encaissée (steep-sided)
    (
        "arête",
        "NOUN",
        "LEMMA_NEAR:montagneux|montagne|rocheux|rocher|crête|sommet|neigeux|granitique",
        "ridge; edge",
        "une arête montagneuse: ridge",
    ),
    (
        "arête",
        "NOUN",
        "LEMMA_BEFORE:montagne|sommet|massif|alpiniste|grimper|longer|escalader|pic",
        "ridge; edge",
        "longer l'arête du massif: ridge",
    ),
    (
        "encaisser",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:vallée|gorge|rivière|route|chemin|fleuve|canyon|ravin|"
        "torrent|ruisseau|lit|sentier",
        "steep-sided; deep (a valley, a river)",
        "une vallée encaissée: steep-sided",
    ),
    (
        "encaissé",
        "ADJ",
        "LEMMA_BEFORE:vallée|gorge|rivière|route|chemin|fleuve|canyon|ravin|torrent|"
        "ruisseau|lit|sentier",
        "steep-sided; deep (a valley, a river)",
        "une vallée encaissée: steep-sided",
    ),
    # survoler une icône avec le curseur: hover over (not fly over)
    (
        "survoler",
        "VERB",
        "LEMMA_NEAR:icône|curseur|souris|élément|lien|bouton|pointeur|menu|case|onglet|vignette",
        "hover over (with the mouse)",
        "survoler une icône: hover over",
    ),
    # la pique among weapons: pike (not a cutting remark)
    ("pique", "NOUN", f"LEMMA_NEAR:{_WEAPONS}", "pike (weapon)", "pique among weapons: pike"),
    ("pique", "NOUN", f"LEMMA_BEFORE:{_WEAPONS}|armer", "pike (weapon)", "armé de piques: pike"),
    # Science, nature and everyday descriptive prose (issue 13, ctx7): the sentence's subject
    # matter or the word's neighbours decide.
    # les noyaux des atomes, le noyau d'un nucléide: nucleus (the atom named anywhere around)
    ("noyau", "NOUN", f"IN_SENTENCE:{_ATOMIC}", "nucleus", "le noyau d'un atome: nucleus"),
    # un isotope se désintègre, la désintégration radioactive: decay (not disintegrate)
    (
        "désintégrer",
        "VERB",
        f"PARTICIPLE IN_SENTENCE:{_ATOMIC}",
        "decay (radioactively); disintegrate",
        "un noyau radioactif se désintègre: decays",
    ),
    (
        "désintégration",
        "NOUN",
        f"IN_SENTENCE:{_ATOMIC}",
        "decay (radioactive); disintegration",
        "la désintégration d'un isotope: decay",
    ),
    # l'excitation d'un électron: excitation (not excitement)
    ("excitation", "NOUN", f"IN_SENTENCE:{_ATOMIC}", "excitation", "un atome excité: excitation"),
    # le rayonnement solaire, ultraviolet, de désintégration: radiation (le rayonnement culturel
    # d'une ville stays influence)
    (
        "rayonnement",
        "NOUN",
        "LEMMA_NEAR:solaire|ultraviolet|infrarouge|électromagnétique|ionisant|cosmique|thermique|"
        "gamma|alpha|bêta|désintégration|radioactif|nucléaire|lumineux|uv|fossile|synchrotron|"
        "émis|x",
        "radiation",
        "le rayonnement solaire: radiation",
    ),
    ("rayonnement", "NOUN", f"IN_SENTENCE:{_ATOMIC}", "radiation", "un rayonnement: radiation"),
    # titrer une solution à la burette: titrate (un journal titre: headline)
    (
        "titrer",
        "VERB",
        "PARTICIPLE IN_SENTENCE:burette|burettes|titrage|titrages|solution|solutions|acide|"
        "acides|réactif|réactifs|pipette|pipettes|liquide|liquides|concentration|molarité",
        "titrate",
        "titrer une solution: titrate",
    ),
    # une puce électronique, une puce de l'écran, une carte à puce: chip (not flea)
    (
        "puce",
        "NOUN",
        "IN_SENTENCE:électronique|électroniques|écran|écrans|mémoire|processeur|processeurs|"
        "ordinateur|ordinateurs|silicium|rfid|nfc|carte|cartes|téléphone|smartphone|circuit|"
        "circuits|stockées|stockée|stockés|données|graphique|wi-fi|bluetooth|transistors|"
        "informations",
        "chip (electronic); microchip",
        "une puce électronique: chip",
    ),
    # un jeton d'authentification, d'accès: token (not a counter or a casino chip)
    (
        "jeton",
        "NOUN",
        "LEMMA_NEAR:authentification|autorisation|accès|session|sécurité|connexion|api|oauth",
        "token (of access)",
        "un jeton d'autorisation: token",
    ),
    ("jeton", "NOUN", "COMPUTING", "token (of access)", "un jeton, on a computer: token"),
    # un fournisseur d'accès, de services, de comptes en ligne: provider (not supplier)
    (
        "fournisseur",
        "NOUN",
        "LEMMA_NEAR:service|accès|internet|compte|identité|messagerie|hébergement|cloud|"
        "contenu|téléphonie|courriel|connexion",
        "provider",
        "un fournisseur d'accès, de services: provider",
    ),
    # la corbeille, on a computer: the wastebasket, trash (not a basket of fruit)
    ("corbeille", "NOUN", "COMPUTING", "wastebasket; trash (on a computer)", "la corbeille"),
    # l'option est grisée: greyed out (not tipsy)
    (
        "griser",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:option|bouton|menu|case|entrée|élément|commande|icône|onglet|"
        "champ|action|fonction",
        "greyed out (unavailable)",
        "une option grisée: greyed out",
    ),
    ("griser", "VERB", "PARTICIPLE COMPUTING", "greyed out (unavailable)", "grisé: greyed out"),
    (
        "grisé",
        "ADJ",
        "LEMMA_BEFORE:option|bouton|menu|case|entrée|élément|commande|icône|onglet|champ",
        "greyed out (unavailable)",
        "une option grisée: greyed out",
    ),
    # la saisie du texte, le champ de saisie: typing, input (la saisie de drogue: seizure)
    (
        "saisie",
        "NOUN",
        "LEMMA_NEAR:texte|commande|donnée|mot|caractère|clavier|code|valeur|formule",
        "input; typing; entry",
        "la saisie du texte: typing, input",
    ),
    (
        "saisie",
        "NOUN",
        "LEMMA_BEFORE:champ|zone|fenêtre|erreur|méthode|mode|boîte|cadre|assistant|curseur",
        "input; typing; entry",
        "le champ de saisie: input",
    ),
    # saisir un mot de passe, une commande, du texte: type, enter (saisir l'occasion: seize;
    # saisir le sens: grasp)
    (
        "saisir",
        "VERB",
        "LEMMA_NEAR:mot|commande|texte|nom|adresse|code|valeur|caractère|chiffre|numéro|url|"
        "identifiant|formule|requête|phrase|lettre|clé|montant|coordonnée|courriel|terme|nombre",
        "type; enter (text)",
        "saisir un mot de passe: type",
    ),
    ("saisir", "VERB", "COMPUTING", "type; enter (text)", "saisir, on a computer: type"),
    # un ordinateur, un serveur distant: remote (not distant, aloof)
    (
        "distant",
        "ADJ",
        "LEMMA_BEFORE:ordinateur|serveur|machine|hôte|dépôt|bureau|système|accès|site|poste|"
        "périphérique|partage|référentiel|répertoire|dossier|branche|shell|connexion",
        "remote",
        "un serveur distant: remote",
    ),
    # l'invite de commande, à l'invite: the prompt, on a computer (not an invitation)
    ("invite", "NOUN", "COMPUTING", "prompt (on a computer)", "l'invite de commande: prompt"),
    (
        "invite",
        "NOUN",
        "LEMMA_NEAR:commande|shell|saisir|taper|interpréteur|console|identification",
        "prompt (on a computer)",
        "l'invite de commande: prompt",
    ),
    # l'extinction de l'ordinateur: shutdown, switching off (l'extinction des espèces stays)
    (
        "extinction",
        "NOUN",
        "LEMMA_NEAR:ordinateur|machine|système|écran|appareil|poste",
        "shutdown; switching off",
        "l'extinction de l'ordinateur: shutdown",
    ),
    ("extinction", "NOUN", "COMPUTING", "shutdown; switching off", "extinction: shutdown"),
    (
        "extinction",
        "NOUN",
        "LEMMA_BEFORE:bouton|touche|commande|programmer|planifier",
        "shutdown; switching off",
        "le bouton d'extinction: power off",
    ),
    # le dépannage du réseau, on a computer: troubleshooting (not a breakdown service)
    ("dépannage", "NOUN", "COMPUTING", "troubleshooting; repair", "dépannage: troubleshooting"),
    # un CD vierge, une page vierge: blank (not virgin)
    (
        "vierge",
        "ADJ|NOUN",
        "LEMMA_BEFORE:cd|dvd|disque|page|feuille|support|cassette|toile|papier|fichier|"
        "document|carte|bande|clé|cahier|formulaire|casier",
        "blank; empty",
        "un CD vierge: blank",
    ),
    # la capacité d'un disque, une faible capacité: capacity (la capacité de comprendre:
    # ability)
    (
        "capacité",
        "NOUN",
        "LEMMA_BEFORE:faible|moyen|grand|haut|petit|fort|disque|batterie|réservoir|stade|salle|"
        "mémoire|cuve|avion|navire|stockage",
        "capacity",
        "une grande capacité: capacity",
    ),
    (
        "capacité",
        "NOUN",
        "LEMMA_NEAR:stockage|mémoire|disque|batterie|réservoir|accueil|production|charge|"
        "litre|octet|place|siège|personne|spectateur|lit|passager|tonne|traitement|calcul",
        "capacity",
        "la capacité de stockage: capacity",
    ),
    # une faible capacité, un faible débit: low (not weak; une santé faible stays weak)
    (
        "faible",
        "ADJ",
        f"LEMMA_NEAR:{_QUANTITIES}",
        "low; small",
        "une faible quantité: low, small",
    ),
    (
        "faible",
        "ADJ",
        f"LEMMA_BEFORE:{_QUANTITIES}",
        "low; small",
        "une consommation faible: low",
    ),
    # le format de papier pour l'impression, la qualité d'impression: printing (j'ai
    # l'impression que: impression)
    (
        "impression",
        "NOUN",
        "LEMMA_BEFORE:imprimante|papier|format|file|tête|qualité|aperçu|travail|option|"
        "paramètre|lancer|annuler|réglage|bouton|marge|erreur|coût|service|mode|recto|verso|"
        "serveur|taille|résolution|définition|largeur|hauteur|utilitaire|destiner|désactiver",
        "printing; print",
        "la qualité d'impression: printing",
    ),
    (
        "impression",
        "NOUN",
        "LEMMA_NEAR:document|page|photo|imprimante|fichier|recto|couleur|pdf|livret|"
        "brochure|étiquette|enveloppe",
        "printing; print",
        "l'impression d'un document: printing",
    ),
    # régler l'heure, le volume, la luminosité: set, adjust (régler un problème: settle)
    (
        "régler",
        "VERB",
        "LEMMA_NEAR:heure|date|volume|luminosité|réveil|montre|horloge|température|contraste|"
        "netteté|vitesse|hauteur|largeur|longueur|taille|dimension|niveau|chauffage|radio|"
        "focale|curseur|valeur|paramètre|réglage|option|résolution|sensibilité|alarme|minuterie|"
        "thermostat|opacité|seuil|marge|espacement|alignement|intensité|luminance|teinte",
        "set; adjust",
        "régler l'heure: set",
    ),
    # réglé sur 1, réglée à 0.66: set (to) (le problème est réglé: settled)
    (
        "régler",
        "VERB",
        "PARTICIPLE FORM:réglé|réglée|réglés|réglées NEXT:sur|à|au|aux !NEXT2:l'",
        "set (to)",
        "réglé sur une valeur: set to",
    ),
    (
        "régler",
        "VERB",
        "COMPUTING !LEMMA_NEAR:problème|bogue|bug|question|souci|conflit|litige|compte|facture|"
        "note|différend|affaire|dette|erreur",
        "set; adjust",
        "régler une option: set",
    ),
    # régler, changer, afficher l'heure: the time (not an hour)
    (
        "heure",
        "NOUN",
        "PREV:l' LEMMA_BEFORE:régler|changer|afficher|donner|indiquer|demander|synchroniser|"
        "mettre|lire|savoir|regarder|oublier|avancer|retarder|définir|ajuster|date",
        "time (of day)",
        "régler l'heure: the time",
    ),
    (
        "heure",
        "NOUN",
        "PREV:l' NEXT:locale|système|actuelle|exacte|universelle|légale|courante|affichée",
        "time (of day)",
        "l'heure locale: the time",
    ),
    # c'est l'heure de partir: time (to do)
    ("heure", "NOUN", "PREV:l' NEXT:de|d' INF2", "time (to do)", "l'heure de partir: time"),
    # le dossier Public, un dossier et ses fichiers: folder (un dossier médical: file)
    (
        "dossier",
        "NOUN",
        "IN_SENTENCE:fichier|fichiers|répertoire|répertoires|ordinateur|cliquez|cliquer|glisser|"
        "sous-dossier|sous-dossiers|icône|icônes|gestionnaire|disque|clé|usb|enregistrer|"
        "enregistrez",
        "folder",
        "un dossier de l'ordinateur: folder",
    ),
    ("dossier", "NOUN", "COMPUTING", "folder", "un dossier, on a computer: folder"),
    # le panneau latéral, le panneau Partage, un panneau solaire: panel (not a road sign)
    (
        "panneau",
        "NOUN",
        "LEMMA_NEAR:latéral|solaire|photovoltaïque|configuration|contrôle|commande|réglage|"
        "paramètre|partage|affichage|préférence|outil|propriété|inférieur|supérieur|avant|"
        "arrière|bois|verre|mural|couleur|réseau|énergie|clavier|souris|notification|"
        "confidentialité|accessibilité|utilisateur|application",
        "panel",
        "le panneau latéral: panel",
    ),
    (
        "panneau",
        "NOUN",
        "IN_SENTENCE:cliquez|cliquer|onglet|onglets|fenêtre|fenêtres|icône|icônes|menu|bouton|"
        "boutons|clavier|souris|écran",
        "panel",
        "le panneau de la fenêtre: panel",
    ),
    # l'identifiant de l'utilisateur, tagged as the adjective: identifier, ID (not identify)
    ("identifiant", "ADJ", "DET_BEFORE", "identifier; ID; username", "l'identifiant: ID"),
    ("identifiant", "ADJ", "PREV:propre", "identifier; ID; username", "son identifiant: ID"),
    # les buses d'une imprimante: nozzles (not a buzzard)
    (
        "buse",
        "NOUN",
        "IN_SENTENCE:imprimante|imprimantes|encre|impression|jet|tête|têtes|nettoyage|"
        "pulvérisation|injecteur|pistolet|arrosage|peinture",
        "nozzle",
        "les buses d'une imprimante: nozzles",
    ),
    # un agitateur magnétique, de laboratoire: stirrer (not a political agitator)
    (
        "agitateur",
        "NOUN",
        "IN_SENTENCE:magnétique|laboratoire|ballon|ballons|récipient|récipients|fluide|"
        "liquide|liquides|bécher|erlenmeyer|solution|réactif|réactifs",
        "stirrer",
        "un agitateur magnétique: stirrer",
    ),
    # les burettes du laboratoire: burette (not an oilcan)
    (
        "burette",
        "NOUN",
        "IN_SENTENCE:laboratoire|titrer|titrage|titré|volume|pipette|pipettes|récipient|"
        "erlenmeyer|bécher|réactif|réactifs|solution|valve|robinet|graduée|graduées",
        "burette (in a laboratory)",
        "une burette de laboratoire: burette",
    ),
    # l'ordinateur est allumé: on, switched on (la bougie allumée stays lit)
    (
        "allumé",
        "ADJ",
        "LEMMA_BEFORE:ordinateur|écran|appareil|machine|télévision|téléphone|moteur|radio|"
        "portable|imprimante|console|routeur|modem|tablette|voyant",
        "on; switched on",
        "l'ordinateur est allumé: on",
    ),
    (
        "allumer",
        "VERB",
        "PARTICIPLE FORM:allumé|allumée|allumés|allumées LEMMA_BEFORE:ordinateur|écran|"
        "appareil|machine|télévision|téléphone|moteur|radio|portable|imprimante|console|"
        "routeur|modem|tablette|voyant",
        "on; switched on",
        "l'ordinateur est allumé: on",
    ),
    # un ordinateur suspendu, une session suspendue: suspended (in a text about computers)
    (
        "suspendre",
        "VERB",
        "PARTICIPLE COMPUTING",
        "suspend; pause",
        "suspendre l'ordinateur: suspend",
    ),
    # vous pouvez le grossir à l'aide de la souris: enlarge (il a grossi: put on weight)
    (
        "grossir",
        "VERB",
        "PREV:le|la|les|l'",
        "enlarge; magnify",
        "le grossir: enlarge it",
    ),
    # Strategy games, their tutorials and stories, and manual pages (issue 13, ctx8): the
    # sentence's other words or the word's neighbours decide.
    # explorer les parties de la carte, centrer la carte sur le navire: map (not card; a text
    # about card games keeps card, and so do the cards one carries)
    (
        "carte",
        "NOUN",
        f"!GAME !NEXT:{_CARD_KINDS} !NEXT2:{_CARD_OF} IN_SENTENCE:{_MAP_WORDS}",
        "map",
        "la carte, among places: map",
    ),
    # une sauvegarde corrompue, créer une sauvegarde: backup, save (la sauvegarde du
    # patrimoine, des mesures de sauvegarde: safeguarding)
    (
        "sauvegarde",
        "NOUN",
        "!NEXT:de|du|des|d' !PREV2:mesure|mesures|clause|clauses|plan|plans|procédure|"
        "procédures|sauvetage",
        "backup; save (a saved game, a saved file)",
        "une sauvegarde: backup",
    ),
    (
        "sauvegarde",
        "NOUN",
        "NEXT:de|du|des|d' NEXT2:jeu|jeux|partie|parties|fichier|fichiers|données|système|"
        "disque|disques|configuration|session|sécurité",
        "backup; save (a saved game, a saved file)",
        "une sauvegarde de jeu: save",
    ),
    # les mines de fer, une mine profonde: mine (sa mine, faire mine de: look)
    (
        "mine",
        "NOUN",
        f"!PREV:{_POSSESSIVE}|bonne|mauvaise|triste|sale|piètre|fait|faire|fais|font|faisait|"
        f"faisant|fit|fît IN_SENTENCE:{_MINING}",
        "mine",
        "une mine de fer: mine",
    ),
    ("mine", "NOUN", "FORM:mines", "mine", "les mines: mines"),
    (
        "mine",
        "NOUN",
        f"NEXT:de|d' NEXT2:{_MINING}|or|argent|pierre",
        "mine",
        "une mine de charbon: mine",
    ),
    # une carrière de pierre, construire une carrière près des roches: quarry (sa carrière
    # politique: career)
    (
        "carrière",
        "NOUN",
        f"!PREV:{_POSSESSIVE} !NEXT:professionnelle|professionnelles|politique|politiques|"
        f"militaire|militaires|diplomatique|sportive|artistique|scientifique|universitaire|"
        f"internationale|solo IN_SENTENCE:{_MINING}",
        "quarry",
        "une carrière de pierre: quarry",
    ),
    (
        "mineur",
        "NOUN",
        f"IN_SENTENCE:{_MINING}",
        "miner",
        "les mineurs de fond: miners",
    ),
    # les dieux: gods (Dieu, the one God, stays God)
    ("dieu", "NOUN", "FORM:dieux", "gods; god", "les dieux: gods"),
    # gagner la partie, chaque partie que vous jouez: game (une partie des joueurs: part)
    (
        "partie",
        "NOUN",
        "!NEXT:de|des|du|d'|adverse|adverses|civile|intégrante "
        "!PREV:fait|faire|font|faisait|faisant|en|grande|majeure|bonne|petite "
        f"IN_SENTENCE:{_PLAYING}",
        "game; match",
        "gagner la partie: game",
    ),
    # le serveur a envoyé, le client et le serveur: server (the restaurant's stays waiter)
    (
        "serveur",
        "NOUN",
        "IN_SENTENCE:client|clients|connexion|connexions|connecter|connectez|connecté|"
        "connectés|réseau|réseaux|hôte|requête|requêtes|internet|web|données|jeu|jeux|partie|"
        "parties|multijoueur|synchronisation|envoyé|envoyée|envoie|envoyer|protocole|"
        "déconnecté|déconnexion|métaserveur|adresse|port|mise "
        "!IN_SENTENCE:restaurant|restaurants|café|bar|pourboire|addition|serveuse|plat|"
        "plats|boisson|boissons|cuisine|table|tables|verre|verres|menu",
        "server",
        "le serveur a envoyé: server",
    ),
    # entraîner l'esquive des soldats, entraîner nos hommes pour l'armée: train (not lead to;
    # entraîner la mort de soldats stays)
    (
        "entraîner",
        "VERB",
        "IN_SENTENCE:soldat|soldats|soldate|soldates|recrue|recrues|armée|armées|troupe|"
        "troupes|guerrier|guerriers|milice|entraînement|camp|arène "
        "!IN_SENTENCE:mort|morts|perte|pertes|chute|défaite|défaites|conséquences|"
        "destruction|ruine|famine|guerre|guerres|crise",
        "train (troops, a team, animals)",
        "entraîner des soldats: train",
    ),
    # il est fort, le soldat le plus fort: strong (the tagger's adverb; frapper fort: hard)
    (
        "fort",
        "ADV",
        "PREV:est|suis|es|sommes|êtes|sont|était|étaient|étais|serait|seraient|sera|seront|"
        "soit|soient|être|devient|deviennent|devenir|semble|semblent|paraît|reste|restent",
        "strong",
        "être fort: strong",
    ),
    ("fort", "ADV", "PREV:plus|moins PREV2:le|la|les", "strong", "le plus fort: strongest"),
    # une faux: a scythe (faux, the adjective, is masculine)
    ("faux", "ADJ|NOUN|ADV", "PREV:une|la|sa|cette|leur|ma|ta", "scythe", "une faux: scythe"),
    # de bonnes, de mauvaises nouvelles: news (les nouvelles technologies: new)
    (
        "nouvelle",
        "ADJ",
        "FORM:nouvelles PREV:bonnes|mauvaises|triste|tristes|dernières|meilleures|fraîches "
        "!NOUN_NEXT",
        "news",
        "de mauvaises nouvelles: news",
    ),
    (
        "nouveau",
        "ADJ",
        "FORM:nouvelles PREV:bonnes|mauvaises|triste|tristes|dernières|meilleures|fraîches "
        "!NOUN_NEXT",
        "news",
        "de mauvaises nouvelles: news",
    ),
    # une ancienne forteresse, une ancienne forêt: old, ancient (not former)
    (
        "ancien",
        "ADJ",
        "NEXT:forteresse|forteresses|citadelle|citadelles|forêt|forêts|muraille|murailles|"
        "rempart|remparts|ruine|ruines|sanctuaire|sanctuaires|pierre|pierres|arbre|arbres",
        "old; ancient",
        "une ancienne forteresse: old",
    ),
    # tout ce qui compte: what matters (not count)
    ("compter", "VERB", "PREV:qui PREV2:ce|seul|tout", "matter; count", "ce qui compte"),
    # points, bâtiments, conditions de départ: starting (l'heure de départ: departure)
    (
        "départ",
        "NOUN",
        "PREV:de|d' PREV2:point|points|position|positions|ligne|bâtiment|bâtiments|situation|"
        "conditions|condition|capital|idée|hypothèse|hypothèses|base|niveau|valeur|valeurs|"
        "état|configuration|ressources|ressource|unités|unité|case|cases|équipe|grille|"
        "territoire|village|zone|prix|salaire|stock|stocks|soldats|troupes|armée|marchandises",
        "starting; initial",
        "le point de départ: starting",
    ),
    # manque de place, assez de place: room, space (la place du village: square)
    (
        "place",
        "NOUN",
        "PREV:de|d' PREV2:manque|peu|assez|plus|beaucoup|trop|moins|faute|suffisamment",
        "room; space",
        "le manque de place: room",
    ),
    # fixer un prix, une date, vos préférences: set (fixer le cadre au mur: fix)
    (
        "fixer",
        "VERB",
        "LEMMA_NEAR:préférence|prix|date|limite|objectif|règle|seuil|valeur|délai|"
        "rendez-vous|condition|taux|montant|plafond|quota|tarif|échéance|heure|but|priorité|"
        "paramètre|option|taille|durée|nombre|cap",
        "set; fix",
        "fixer une date: set",
    ),
    # abattre le gibier (kill), abattre des arbres (fell); not knock down
    (
        "abattre",
        "VERB",
        f"LEMMA_NEAR:{_GAME_ANIMALS}",
        "kill; shoot; slaughter",
        "abattre un animal: kill",
    ),
    (
        "abattre",
        "VERB",
        f"PARTICIPLE LEMMA_BEFORE:{_GAME_ANIMALS}",
        "killed; shot; slaughtered",
        "le gibier abattu: killed",
    ),
    (
        "abattre",
        "VERB",
        "LEMMA_NEAR:arbre|chêne|sapin|pin|hêtre|bouleau|tronc|forêt|bois|palmier",
        "fell; cut down",
        "abattre un arbre: fell",
    ),
    # reprendre notre territoire, la ville: take back, retake (reprendre le travail: resume)
    (
        "reprendre",
        "VERB",
        "LEMMA_NEAR:territoire|ville|contrôle|château|forteresse|terre|région|bastion|"
        "province|capitale|fort|village|citadelle|île|royaume|colonie|port",
        "take back; retake; recapture",
        "reprendre la ville: retake",
    ),
    # ni terre ni mer, sur terre et sur mer: land (not ground; la Terre: Earth)
    (
        "terre",
        "NOUN",
        "!PREV:la|le|cette|notre|votre|sa|leur IN_SENTENCE:mer|mers|océan|océans|navire|"
        "navires|bateau|bateaux|flotte|marin|marins|rivage|côte|côtes",
        "land",
        "sur terre et sur mer: land",
    ),
    # commander une armée, une place forte: command (commander un repas: order)
    (
        "commander",
        "VERB",
        "LEMMA_NEAR:armée|troupe|flotte|navire|régiment|forteresse|place-forte|garnison|"
        "bataillon|division|légion|unité|escadre|expédition|soldat|fort|citadelle|bateau|"
        "vaisseau|équipage|compagnie|avant-garde",
        "command; be in command of",
        "commander une armée: command",
    ),
    # des soldats stationnés: stationed (not parked)
    (
        "stationner",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:soldat|troupe|unité|garnison|armée|régiment|militaire|force|"
        "flotte|navire|bataillon|division|légion|escadre",
        "stationed",
        "des troupes stationnées: stationed",
    ),
    # maintenez la touche Ctrl enfoncée: hold (down) (maintenir la paix: maintain)
    (
        "maintenir",
        "VERB",
        "IN_SENTENCE:touche|touches|ctrl|maj|shift|alt|clic|bouton|boutons|enfoncé|enfoncée|"
        "enfoncés|enfoncées|appuyé|appuyée|pressé|pressée",
        "hold (down); keep pressed",
        "maintenir une touche enfoncée: hold down",
    ),
    # recharger le jeu, une partie, la page, une arme: reload (une batterie: recharge)
    (
        "recharger",
        "VERB",
        "LEMMA_NEAR:jeu|partie|page|sauvegarde|fichier|niveau|carte|configuration|module|"
        "arme|fusil|pistolet|canon|mousquet|arbalète|scénario",
        "reload",
        "recharger le jeu: reload",
    ),
    # venger quelqu'un, une injustice: avenge (se venger: take revenge)
    ("venger", "VERB", "REFLEXIVE", "take revenge; get even", "se venger: take revenge"),
    ("venger", "VERB", "NEXTA:DET", "avenge", "venger une injustice: avenge"),
    # mettre en pause: pause
    ("mettre", "VERB", "PAIR:en+pause", "pause", "mettre en pause: pause"),
    # en mode construction, le mode de jeu: mode, with no article to say la mode (fashion)
    (
        "mode",
        "NOUN",
        "!PREV:la|une|cette|sa|ma|ta|des|les|haute|grande|dernière|nouvelle "
        "!PREV2:défilé|défilés|magazine|magazines|créateur|créatrice|créateurs|maison|monde|"
        "revue|styliste|stylistes|mannequin|industrie|boutique|tendance|victime|phénomène|"
        "semaine|effet|article|articles|photographe|journaliste|école "
        "!NEXT:féminine|masculine|vestimentaire|parisienne|enfantine",
        "mode; way; method",
        "en mode construction, le mode: mode",
    ),
    # les cinq tours et la forteresse: towers (faire le tour: turn, trip)
    (
        "tour",
        "NOUN",
        "FORM:tours IN_SENTENCE:forteresse|forteresses|château|châteaux|citadelle|citadelles|"
        "rempart|remparts|muraille|murailles|donjon|donjons|sentinelle|sentinelles|caserne|"
        "casernes|garnison|fortifications|fortification|créneaux",
        "towers; tower",
        "les tours d'un château: towers",
    ),
    # planter ses graines dans le sol, la boue du sol: ground, soil (le sol de la cuisine: floor)
    (
        "sol",
        "NOUN",
        "IN_SENTENCE:boue|planter|plante|plantes|planté|plantées|graine|graines|semence|"
        "semences|arbre|arbres|racine|racines|creuser|creuse|creusez|champ|champs|cultiver|"
        "culture|cultures|labourer|labouré|fertile|fertiles|agricole|agricoles|défricher|"
        "défriché|défrichée|jardin|potager|herbe|engrais|humus|argile|sable|calcaire|récolte|"
        "récoltes|pluie|érosion",
        "ground; soil",
        "planter dans le sol: ground",
    ),
    # le fichier, le répertoire courant, l'année courante: current (un mot courant: common)
    (
        "courant",
        "ADJ",
        "LEMMA_BEFORE:fichier|répertoire|dossier|utilisateur|processus|terminal|shell|session|"
        "tampon|position|valeur|version|année|mois|semaine|exercice|noyau|environnement|"
        "paramètre|contexte|affichage|onglet|document|projet|niveau",
        "current",
        "le répertoire courant: current",
    ),
    # une plage d'adresses, de valeurs, une plage horaire: range, slot (not beach)
    (
        "plage",
        "NOUN",
        "NEXT:de|d' NEXT2:adresses|adresse|valeurs|valeur|ports|port|dates|temps|fréquences|"
        "fréquence|caractères|lignes|nombres|numéros|pages|cellules|données|octets|couleurs|"
        "températures|prix|tension|vitesse|sélection|mesure",
        "range",
        "une plage d'adresses: range",
    ),
    ("plage", "NOUN", "NEXT:horaire|horaires", "time slot", "une plage horaire: time slot"),
    # un support amovible, de stockage: medium (le support technique: support)
    (
        "support",
        "NOUN",
        "NEXT:amovible|amovibles|externe|externes|optique|optiques|magnétique|magnétiques|"
        "numérique|numériques|physique|physiques|vierge|vierges",
        "medium; media",
        "un support amovible: medium",
    ),
    (
        "support",
        "NOUN",
        "NEXT:de|d' NEXT2:stockage|sauvegarde|données|installation|cours|communication|"
        "enregistrement",
        "medium; media",
        "un support de stockage: medium",
    ),
    # le flux de sortie, d'entrée, d'erreur standard: stream (le flux de la rivière: flow)
    (
        "flux",
        "NOUN",
        "NEXT:de|d' NEXT2:sortie|entrée|erreur|erreurs|données|texte|octets|caractères|"
        "travail|rss|nouvelles|actualités|vidéo|audio",
        "stream",
        "le flux de sortie: stream",
    ),
    # la sortie standard, en sortie, la sortie du programme, on a computer: output (la sortie
    # du film stays release, la sortie de secours exit)
    (
        "sortie",
        "NOUN",
        "NEXT:standard|bavarde|verbeuse|détaillée|formatée|brute|texte|html|json|xml|audio|"
        "vidéo|son|numérique|analogique|série|parallèle|usb|hdmi|vga",
        "output",
        "la sortie standard: output",
    ),
    (
        "sortie",
        "NOUN",
        "COMPUTING PREV:en|la|de|sur|une|leur|sa|cette|votre !NEXT:de|du|des|d' "
        "!PREV2:date|jour|moment|lors",
        "output",
        "la sortie, on a computer: output",
    ),
    # l'entrée standard, en entrée, la fin de l'entrée, on a computer: input
    (
        "entrée",
        "NOUN",
        "NEXT:standard|clavier|audio|vidéo|son|numérique|analogique|série|usb|hdmi|vga|texte|"
        "utilisateur",
        "input",
        "l'entrée standard: input",
    ),
    (
        "entrée",
        "NOUN",
        "COMPUTING PREV:en|l' PREV2:de|en|sur|dans|depuis|par|lire|lit|lisant|lu|à|fin "
        "!NEXT:de|du|des|d'",
        "input",
        "l'entrée, on a computer: input",
    ),
    # un point de montage, monter un système de fichiers: mounting (not film editing)
    (
        "montage",
        "NOUN",
        "PREV:de|d' PREV2:point|points|option|options|opération|opérations|table|fichier|"
        "répertoire",
        "mounting; mount",
        "le point de montage: mount",
    ),
    (
        "montage",
        "NOUN",
        "COMPUTING",
        "mounting; mount",
        "le point de montage: mount",
    ),
    # le tampon d'un programme: buffer (not a rubber stamp)
    ("tampon", "NOUN", "COMPUTING", "buffer", "le tampon, on a computer: buffer"),
    # le décalage d'un octet: offset (not a gap)
    ("décalage", "NOUN", "COMPUTING", "offset; shift", "un décalage en octets: offset"),
    # l'appelant d'une fonction: caller (not an appellant)
    ("appelant", "NOUN", "COMPUTING", "caller", "l'appelant: caller"),
    # ignorer une option, un signal, silencieusement: ignore (il ignore la date: not know)
    ("ignorer", "VERB", "COMPUTING", "ignore; disregard", "ignorer une option: ignore"),
    # cette option implique que: imply (impliqué dans une affaire: involve)
    ("impliquer", "VERB", "NEXTA:que|qu'", "imply; mean", "cela implique que: imply"),
    (
        "impliquer",
        "VERB",
        "LEMMA_BEFORE:option|options|choix|mode|paramètre|réglage|commande|drapeau|valeur",
        "imply; mean",
        "cette option implique: imply",
    ),
    # fixe le répertoire, la taille, on a computer: set (fixer une étagère: fix)
    ("fixer", "VERB", "COMPUTING", "set; fix", "fixer, on a computer: set"),
    # le fleuve se jette dans la mer: flows into (se jeter à l'eau: throw oneself)
    (
        "jeter",
        "VERB",
        "REFLEXIVE LEMMA_BEFORE:fleuve|rivière|ruisseau|torrent|affluent|canal|oued|cours|"
        "amazone|rhône|seine|loire|garonne|rhin|danube|nil|gave",
        "flow (into)",
        "le fleuve se jette dans la mer: flows into",
    ),
    # tu vas bien, ça va mieux: be (well, better) (ça va bien se passer: going to)
    (
        "aller",
        "VERB",
        "NEXT:bien|mal|mieux !INF2 !NEXT2:à|au|aux|en|chez|dans|vers|de|du|avec",
        "be (well, unwell); be doing (well)",
        "tu vas bien: are you well",
    ),
    # Adjectives and nouns whose neighbours decide, read on Wiktionary's examples (issue 13,
    # ctx8: kinds of errors only, no gloss taken from it).
    # il fait beau: the weather is fine (the tagger's noun too); un beau geste stays
    (
        "beau",
        "ADJ|NOUN",
        "FORM:beau !BEFORE:se|s'|me|m'|te|t' BEFORE:fait|faisait|fera|ferait|faire|fasse|fît "
        "PREV:fait|faisait|fera|ferait|faire|fasse|fît|très|si|assez|plutôt|vraiment|pas|plus|"
        "toujours|encore|trop",
        "fine; nice (weather)",
        "il fait beau: the weather is fine",
    ),
    # fort d'une longue expérience: with, armed with (opening its clause)
    (
        "fort",
        "ADJ|ADV",
        "OPENS NEXT:de|d'|du|des",
        "with; armed with; strengthened by",
        "fort de son expérience: armed with",
    ),
    # l'agriculture biologique, des produits biologiques: organic
    (
        "biologique",
        "ADJ",
        "LEMMA_BEFORE:agriculture|produit|aliment|alimentation|légume|fruit|culture|ferme|vin|"
        "coton|lait|viande|œuf|label|farine|café|thé|magasin|épicerie|jardin|jardinage|"
        "agriculteur|élevage|filière|cosmétique|pain|miel|huile",
        "organic",
        "l'agriculture biologique: organic",
    ),
    # un pneu crevé: flat, punctured (je suis crevé: exhausted)
    (
        "crevé",
        "ADJ",
        "LEMMA_BEFORE:pneu|ballon|roue|chambre|pneumatique",
        "flat; punctured",
        "un pneu crevé: flat",
    ),
    (
        "crever",
        "VERB",
        "PARTICIPLE LEMMA_BEFORE:pneu|ballon|roue|chambre|pneumatique",
        "flat; punctured",
        "un pneu crevé: flat",
    ),
    # les dernières mises à jour, la dernière version: latest
    (
        "dernier",
        "ADJ",
        "NEXT:version|versions|mise|mises|actualités|tendance|tendances|modèle|modèles|"
        "nouveautés|nouveauté|révision|révisions|publication|publications",
        "latest",
        "la dernière version: latest",
    ),
    # une pente douce (gentle), un climat doux (mild); une voix douce stays soft
    (
        "doux",
        "ADJ",
        "LEMMA_BEFORE:pente|colline|relief|brise|vent|courbe|inclinaison|descente|montée",
        "gentle",
        "une pente douce: gentle",
    ),
    (
        "doux",
        "ADJ",
        "LEMMA_BEFORE:climat|hiver|température|temps|automne|printemps|soirée|nuit|météo",
        "mild",
        "un climat doux: mild",
    ),
    # un grand homme, un grand roi: great (un homme grand: tall)
    (
        "grand",
        "ADJ",
        "NEXT:homme|hommes|roi|rois|empereur|empereurs|peintre|peintres|poète|poètes|"
        "musicien|musiciens|savant|savants|philosophe|philosophes|penseur|penseurs|héros|"
        "chef|chefs|capitaine|capitaines|conquérant|conquérants|prophète|prophètes",
        "great",
        "un grand homme: great",
    ),
    # un moment historique, une victoire historique: historic (un roman historique: historical)
    (
        "historique",
        "ADJ",
        "LEMMA_BEFORE:moment|jour|journée|victoire|événement|record|décision|accord|visite|"
        "défaite|niveau|sommet|tournant|percée|première|rencontre|succès|score|baisse|hausse|"
        "vote|élection|discours|match",
        "historic",
        "un moment historique: historic",
    ),
    # une partie importante, une somme importante: large, considerable
    (
        "important",
        "ADJ",
        "LEMMA_BEFORE:partie|somme|quantité|nombre|part|montant|volume|dégât|perte|retard|"
        "population|effectif|investissement|hausse|baisse|augmentation|diminution|"
        "croissance|écart|dose|majorité|fortune|budget|stock|foule|quantité",
        "large; considerable; significant",
        "une somme importante: large",
    ),
    # lourd de conséquences: fraught with, loaded with
    (
        "lourd",
        "ADJ",
        "NEXT:de|d' NEXT2:conséquences|menaces|menace|sens|signification|symboles|symbolique|"
        "risques|danger|dangers|reproches|sous-entendus|promesses|souvenirs",
        "fraught with; loaded with",
        "lourd de conséquences: fraught with",
    ),
    # des terres incultes: uncultivated (un homme inculte: uneducated)
    (
        "inculte",
        "ADJ",
        "LEMMA_BEFORE:terre|champ|sol|lande|terrain|jardin|friche|parcelle|plaine",
        "uncultivated; fallow",
        "des terres incultes: uncultivated",
    ),
    # une méchanceté gratuite: gratuitous (une entrée gratuite: free)
    (
        "gratuit",
        "ADJ",
        "LEMMA_BEFORE:méchanceté|violence|cruauté|insulte|attaque|provocation|agression|"
        "accusation|affirmation|hypothèse",
        "gratuitous; unwarranted",
        "une méchanceté gratuite: gratuitous",
    ),
    # le salaire brut, le produit intérieur brut: gross (le pétrole brut: crude)
    (
        "brut",
        "ADJ",
        "LEMMA_BEFORE:salaire|revenu|poids|produit|bénéfice|marge|montant|recette|chiffre|"
        "excédent|rémunération|traitement|rendement|valeur",
        "gross",
        "le salaire brut: gross",
    ),
    # les familles aisées: well-off (un travail aisé: easy)
    (
        "aisé",
        "ADJ",
        "LEMMA_BEFORE:famille|milieu|classe|ménage|quartier|personne|gens|bourgeoisie|foyer|"
        "couple|commerçant|paysan|marchand|propriétaire|bourgeois|élève|étudiant",
        "well-off; wealthy; affluent",
        "une famille aisée: well-off",
    ),
    # un drôle de type: strange, odd (une histoire drôle: funny)
    (
        "drôle",
        "ADJ|NOUN",
        "NEXT:de|d'",
        "strange; odd (un drôle de type)",
        "un drôle de: strange",
    ),
    # cinq minutes d'avance, merci d'avance: ahead, in advance
    ("avance", "NOUN", "PREV:d'", "in advance; ahead (of time)", "d'avance: in advance"),
    # mettre l'accent sur, l'accent est mis sur: emphasis (l'accent du sud: accent)
    (
        "accent",
        "NOUN",
        "LEMMA_BEFORE:mettre|porter NEXTA:sur",
        "emphasis; stress",
        "mettre l'accent sur: emphasise",
    ),
    (
        "accent",
        "NOUN",
        "LEMMA_NEAR:mettre|porter IN_CLAUSE:sur",
        "emphasis; stress",
        "l'accent est mis sur: emphasis",
    ),
    # un accès de fièvre, de colère: fit, bout (l'accès au site: access)
    (
        "accès",
        "NOUN",
        "NEXT:de|d' NEXT2:fièvre|colère|rage|toux|folie|jalousie|fureur|panique|désespoir|"
        "tristesse|mélancolie|générosité|faiblesse|délire|démence|mauvaise|humeur|paludisme",
        "fit; bout",
        "un accès de fièvre: bout",
    ),
    # conclure une affaire: deal; l'affaire Dreyfus: affair, case
    ("affaire", "NOUN", "PREV:l' NEXT_NAME", "affair; case", "l'affaire Dreyfus: affair"),
    (
        "affaire",
        "NOUN",
        "LEMMA_BEFORE:conclure|signer|traiter|négocier|rater|réaliser",
        "deal; transaction; business",
        "conclure une affaire: deal",
    ),
    # un biais cognitif, de confirmation: bias (par le biais de: by means of)
    (
        "biais",
        "NOUN",
        "NEXT:cognitif|cognitifs|statistique|statistiques|systématique|systématiques|"
        "méthodologique|méthodologiques|idéologique|racial|raciaux|sexiste|algorithmique",
        "bias",
        "un biais cognitif: bias",
    ),
    # je vais vous apprendre, il lui apprend à lire: teach (apprendre une langue: learn)
    (
        "apprendre",
        "VERB",
        "PREV:te|t'|lui|leur !NEXTA:que|qu'",
        "teach",
        "apprendre à quelqu'un: teach",
    ),
    (
        "apprendre",
        "VERB",
        "PREV:vous|nous PREV2:je|j'|tu|il|elle|on|ils|elles|vais|va|vas|vont|allons|allez|"
        "peux|peut|peuvent|veux|veut|veulent|dois|doit|doivent|faut|pourrais|pourrait|voudrais "
        "!NEXTA:que|qu'",
        "teach",
        "je vais vous apprendre: teach",
    ),
)

# Narrative and manuals (issue 13, ctx9), found wrong by reading Wesnoth's French unit and
# campaign texts and GIMP's French manual as a translator: a word whose neighbours or sentence
# decide its sense (au sein de: within; des pièces d'or: coins; à la portée de: reach; les
# chances de toucher: chances; le conseil de gouvernance: council; la campagne d'un scénario:
# campaign), a participle used as an adjective (renommés pour: renowned; une connaissance
# approfondie: thorough; le genre opposé: opposite; dû à: due to), and a reflexive verb (se
# dresser: stand; s'abattre sur: fall on). Read before the general table: each row is narrow.
_SCENARIO = (
    "scénario|scénarios|multijoueur|joueur|joueurs|mission|missions|tutoriel|partie|parties|"
    "niveau|niveaux|sauvegarde|difficulté|jeu|jeux"
)
_CONTEXT9: tuple[tuple[str, str, str, str, str], ...] = (
    # au sein de l'élite, au sein d'onglets: within (le sein: breast)
    ("sein", "NOUN", "PREV:au NEXT:de|d'|du|des", "within (au sein de)", "au sein de: within"),
    # des pièces d'or, une pièce de monnaie: coin (la pièce d'une maison: room)
    ("pièce", "NOUN", "NEXT:d' NEXT2:or|argent", "coin", "une pièce d'or: coin"),
    (
        "pièce",
        "NOUN",
        "NEXT:de NEXT2:monnaie|bronze|cuivre|nickel|cent|centimes",
        "coin",
        "une pièce de monnaie: coin",
    ),
    # à la portée de ses épées, hors de portée: reach, range (la portée d'une loi: scope)
    ("portée", "NOUN", "PREV:la PREV2:à NEXT:de|d'|du|des", "reach; range", "à la portée de"),
    ("portée", "NOUN", "PREV:de PREV2:hors", "reach; range", "hors de portée: out of reach"),
    # le scénario suivant de la campagne: campaign (vivre à la campagne: countryside)
    (
        "campagne",
        "NOUN",
        f"IN_SENTENCE:{_SCENARIO} !PREV2:à|dans",
        "campaign",
        "la campagne d'un jeu: campaign",
    ),
    # rappeler cette unité, les recruter ou les rappeler: recall (rappeler un fait: remind)
    (
        "rappeler",
        "VERB",
        "IN_SENTENCE:unité|unités|recruter|recrutez|recruté|recrutés|recrutement|survivants|"
        "vétérans|troupes|ambassadeur|ambassadeurs|soldats|armée !REFLEXIVE",
        "recall; call back",
        "rappeler une unité: recall",
    ),
    # l'éditeur de cartes, de scénarios, de texte: editor (l'éditeur d'un livre: publisher)
    (
        "éditeur",
        "NOUN",
        "NEXT:de|d' NEXT2:carte|cartes|scénario|scénarios|niveau|niveaux|texte|textes|code|"
        "image|images|partitions|liens|ressources|menus|sons|terrain|terrains|sprites",
        "editor (software)",
        "l'éditeur de cartes: editor",
    ),
    (
        "éditeur",
        "NOUN",
        "IN_SENTENCE:carte|cartes|scénario|scénarios|terrain|terrains|fichier|fichiers|"
        "sauvegardés|sauvegardé|extension|extensions|calque|calques|éditer|éditez",
        "editor (software)",
        "l'éditeur d'un jeu: editor",
    ),
    # le conseil de gouvernance, le conseil municipal: council, board (un conseil: advice)
    (
        "conseil",
        "NOUN",
        "NEXT:de|d' NEXT2:administration|gouvernance|sécurité|ministres|guerre|surveillance|"
        "direction|discipline|défense|classe|quartier|anciens|sages|régence",
        "council; board",
        "le conseil de gouvernance: council",
    ),
    (
        "conseil",
        "NOUN",
        "NEXT:municipal|municipaux|régional|régionaux|général|généraux|constitutionnel|"
        "national|supérieur|scientifique|européen|exécutif|restreint|départemental|royal|"
        "fédéral|communautaire|consultatif",
        "council; board",
        "le conseil municipal: council",
    ),
    # la retraite d'une armée repoussée: retreat (prendre sa retraite: retirement)
    (
        "retraite",
        "NOUN",
        "IN_SENTENCE:armée|armées|assaut|assauts|attaque|attaques|attaquant|attaquants|ennemi|"
        "ennemis|troupes|bataille|combat|combats|repoussé|repoussée|repoussés|soldats|"
        "contre-attaque|guérilla|offensive|déroute|cavalerie "
        "!IN_SENTENCE:pension|pensions|âge|retraités|cotisations|retraité|maison",
        "retreat",
        "la retraite d'une armée: retreat",
    ),
    # de fortes chances de toucher, les chances de gagner: chances, odds (bonne chance: luck)
    ("chance", "NOUN", "FORM:chances", "chances; odds", "les chances de: chances"),
    # toucher sa cible, toucher l'ennemi: hit (toucher un objet: touch)
    (
        "toucher",
        "VERB",
        "IN_SENTENCE:cible|cibles|ennemi|ennemis|adversaire|adversaires|attaque|attaques|tir|"
        "tirs|flèche|flèches|projectile|projectiles|archer|archers|balle|balles",
        "hit",
        "toucher sa cible: hit",
    ),
    # Personne ne sait: nobody (the tagger's noun)
    ("personne", "NOUN", "NEXT:ne|n' !DET_BEFORE", "nobody; no one", "personne ne: nobody"),
    # entraînés au combat, entraîner des loups: train (entraîner des pertes: lead to)
    (
        "entraîner",
        "VERB",
        "PARTICIPLE IN_SENTENCE:combat|combats|chevaux|cheval|loups|loup|chiens|chien|animaux|"
        "monture|montures|faucon|faucons|athlète|athlètes|recrues|escrime "
        "!IN_SENTENCE:mort|morts|perte|pertes|chute|défaite|défaites|conséquences|"
        "destruction|ruine|famine|crise",
        "train (troops, a team, animals)",
        "entraîner au combat: train",
    ),
    # renommés pour leur résistance: renowned (le fichier renommé: renamed)
    (
        "renommer",
        "VERB",
        "PARTICIPLE FORM:renommé|renommée|renommés|renommées NEXT:pour|dans|parmi",
        "renowned; famous",
        "renommé pour: renowned for",
    ),
    # cela est dû à leur nature: due to (ce qui est dû: owed)
    (
        "devoir",
        "VERB",
        "PARTICIPLE FORM:dû|due|dus|dues NEAR:à|au|aux",
        "due (to); caused (by)",
        "dû à: due to",
    ),
    # contrôlés par l'IA: controlled (contrôler les billets: check)
    (
        "contrôler",
        "VERB",
        "PARTICIPLE FORM:contrôlé|contrôlée|contrôlés|contrôlées NEXT:par",
        "control",
        "contrôlé par: controlled by",
    ),
    # le genre opposé, le côté opposé: opposite (opposé à: opposed to)
    (
        "opposer",
        "VERB",
        "PARTICIPLE FORM:opposé|opposée|opposés|opposées NOUN_BEFORE !NEXT:à|au|aux|par",
        "opposite",
        "le côté opposé: opposite",
    ),
    # une connaissance approfondie: thorough, in-depth
    (
        "approfondir",
        "VERB",
        "PARTICIPLE FORM:approfondi|approfondie|approfondis|approfondies NOUN_BEFORE",
        "thorough; in-depth",
        "une étude approfondie: thorough",
    ),
    # exposées aux attaques: exposed (exposer un tableau: exhibit)
    (
        "exposer",
        "VERB",
        "PARTICIPLE FORM:exposé|exposée|exposés|exposées "
        "IN_SENTENCE:attaque|attaques|ennemi|ennemis|danger|dangers|risque|risques|soleil|"
        "vent|rayonnement|rayonnements|menace|menaces|vulnérable|vulnérables|fragile|fragiles|"
        "décimées|décimés|pluie|froid|chaleur|intempéries",
        "exposed",
        "exposé au danger: exposed",
    ),
    # un tempérament obstiné: obstinate (s'obstiner à: persist)
    ("obstiner", "VERB", "PARTICIPLE !REFLEXIVE", "obstinate; stubborn", "obstiné: obstinate"),
    # les documents sont disposés dans un tableau: arranged (disposer de: have)
    (
        "disposer",
        "VERB",
        "PARTICIPLE FORM:disposé|disposée|disposés|disposées !NEXT:de|d'|du|des|à|au|aux "
        "!PREV:bien|mal|peu|plus|moins|très|tout|toute|tous|toutes",
        "arranged; laid out; placed",
        "disposé en ligne: arranged",
    ),
    # ils sont faits de flammes: made (of)
    (
        "faire",
        "VERB",
        "PARTICIPLE FORM:fait|faite|faits|faites "
        "PREV:est|sont|était|étaient|être|sera|seront|soit|soient|été|entièrement|"
        "uniquement|principalement|surtout|essentiellement NEXT:de|d' "
        "!NEXT2:la|le|les|l'|ce|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|votre|nous|vous",
        "made (of)",
        "fait de bois: made of",
    ),
    # le froid s'abat sur les sables: fall on, descend on
    ("abattre", "VERB", "REFLEXIVE NEXT:sur", "fall (on); descend (on)", "s'abattre sur"),
    # le bourg se dressait: stand, rise
    ("dresser", "VERB", "REFLEXIVE !NEXT:contre", "stand; rise (up)", "se dresser: stand"),
    # ceux qui se tiennent juste à côté: stand
    (
        "tenir",
        "VERB",
        "REFLEXIVE NEXT:juste|debout|près|devant|derrière|droit|droite|droits|immobile|"
        "immobiles|tranquille|tranquilles|prêt|prêts|prête|prêtes",
        "stand; be",
        "se tenir debout: stand",
    ),
    # s'introduire entre leurs écailles: get in, slip into
    ("introduire", "VERB", "REFLEXIVE", "get in(to); slip in(to); enter", "s'introduire"),
    # l'armure que portent ces dracans, porter une armure: wear
    (
        "porter",
        "VERB",
        "BEFORE:armure|armures|cuirasse|cuirasses|heaume|heaumes|casque|casques|cotte|cottes",
        "wear",
        "l'armure qu'ils portent: wear",
    ),
    (
        "porter",
        "VERB",
        "NEAR:armure|armures|cuirasse|cuirasses|heaume|heaumes|casque|casques|cotte|cottes",
        "wear",
        "porter une armure: wear",
    ),
    # gagner un niveau, de l'expérience: gain (gagner la bataille: win)
    (
        "gagner",
        "VERB",
        "NEXT:un|des|de|d'|du|en|plusieurs|deux|trois NEXT2:niveau|niveaux|expérience|vie|"
        "santé|force|points|temps|terrain|confiance|puissance",
        "gain",
        "gagner un niveau: gain",
    ),
    # conduire les patrouilles, une attaque: lead (conduire une voiture: drive)
    (
        "conduire",
        "VERB",
        "NEAR:patrouille|patrouilles|armée|armées|troupes|expédition|expéditions|attaque|"
        "attaques|assaut|assauts|raid|raids|offensive|charge|délégation|négociations|enquête|"
        "enquêtes|hommes|soldats|peuple|opérations|opération|projet|projets|politique",
        "lead; conduct",
        "conduire une attaque: lead",
    ),
    # dépasser les limites: exceed, go beyond (dépasser une voiture: overtake)
    (
        "dépasser",
        "VERB",
        "NEAR:limite|limites|seuil|seuils|capacité|capacités|budget|objectif|objectifs|attentes|"
        "maximum|plafond|norme|normes|taille|durée|espérances|bornes",
        "exceed; go beyond",
        "dépasser les limites: exceed",
    ),
    # faire des expériences avec leur matériel: experiment (l'expérience du combat)
    (
        "expérience",
        "NOUN",
        "FORM:expériences LEMMA_BEFORE:faire !NEXT:de|d'|du",
        "experiment; experience",
        "faire des expériences: experiment",
    ),
    # prodiguer des soins, des conseils: give, provide
    (
        "prodiguer",
        "VERB",
        "NEAR:soin|soins|conseil|conseils|encouragements|caresses|attentions",
        "give; provide",
        "prodiguer des soins: give",
    ),
    # supérieures ou égales à, supérieur à 10: greater (than), higher
    (
        "supérieur",
        "ADJ",
        "NEXT:à|au|aux|ou",
        "greater (than); higher; above",
        "supérieur à: greater than",
    ),
    # le coût d'entretien: upkeep, maintenance (un entretien d'embauche: interview)
    (
        "entretien",
        "NOUN",
        "PREV:d'|de PREV2:coût|coûts|frais|produit|produits|travaux|dépenses|budget",
        "upkeep; maintenance",
        "le coût d'entretien: upkeep",
    ),
    # leurs quatre membres, les membres inférieurs: limbs (les membres du parti: members)
    ("membre", "NOUN", "PREV:quatre", "limbs; members", "ses quatre membres: limbs"),
    (
        "membre",
        "NOUN",
        "NEXT:inférieurs|supérieurs|antérieurs|postérieurs|inférieur|supérieur|antérieur|"
        "postérieur",
        "limb",
        "les membres inférieurs: limbs",
    ),
    # comme indiqué plus bas, que nous verrons plus bas: below, further down
    (
        "bas",
        "ADJ|ADV|NOUN",
        "PREV:plus PREV2:indiqué|indiquée|indiqués|indiquées|verrons|voir|voyez|décrit|décrite|"
        "décrits|décrites|expliqué|expliquée|détaillé|détaillée|lire|vu|présenté|présentée|"
        "montré|mentionné|mentionnée|cité|trouverez|verra|voit|décrirons|expliquerons|"
        "reviendrons|verrez|expliqué|illustré|montrée",
        "below; further down",
        "voir plus bas: below",
    ),
    # une texture, une image de départ: starting (l'heure de départ: departure)
    (
        "départ",
        "NOUN",
        "PREV:de|d' PREV2:image|images|texture|textures|calque|calques|sélection|fichier|"
        "fichiers|couleur|couleurs|taille|forme|courbe|version|données|angle|vitesse|pixel|"
        "pixels|dimension|dimensions|largeur|hauteur|opacité|teinte",
        "starting; initial",
        "l'image de départ: starting",
    ),
    # d'un coup (in one go), valoir le coup (be worth it): not a blow
    ("coup", "NOUN", "PREV:un PREV2:d' !BEFORE:tout", "at once; in one go", "d'un coup"),
    (
        "coup",
        "NOUN",
        "PREV:le PREV2:vaut|vaudrait|valait|valoir|vaudra|valent|valu|vaille",
        "worth it (valoir le coup)",
        "valoir le coup: be worth it",
    ),
    # par souci d'uniformité: for the sake of
    ("souci", "NOUN", "PREV:par NEXT:de|d'|du|des", "for the sake of", "par souci de"),
    # avec une adresse et une vivacité, un jeu d'adresse: skill (une adresse IP: address)
    (
        "adresse",
        "NOUN",
        "PREV:avec|d'|une PREV2:avec|jeu|jeux|épreuve|épreuves|tour|tours "
        "!NEXT:ip|mail|e-mail|email|électronique|postale|web|url|mémoire|réseau|de|d'|du",
        "skill; dexterity",
        "avec adresse: skill",
    ),
    ("adresse", "NOUN", "PREV:avec !NEXT:ip|de|d'|du|mail|e-mail|email|électronique", "skill")
    + ("avec adresse: skill",),
    # Figure 14.4: figure (a face elsewhere); the tagger's verb figurer too
    ("figure", "NOUN", "NEXT_DIGIT", "figure", "Figure 3: figure"),
    ("figurer", "VERB", "NEXT_DIGIT", "figure", "Figure 3: figure"),
    # le rapport de zoom, d'aspect: ratio (un rapport sur: report)
    (
        "rapport",
        "NOUN",
        "NEXT:de|d' NEXT2:zoom|aspect|compression|agrandissement|réduction|échelle|"
        "transmission|proportion|taille|contraste|forme",
        "ratio",
        "le rapport d'aspect: ratio",
    ),
    # la liste des polices, une police de caractères: font (in a text about computers)
    ("police", "NOUN", "NEXT:de|d' NEXT2:caractères|caractère", "font", "police de caractères"),
    ("police", "NOUN", "FORM:polices COMPUTING", "fonts; police forces", "les polices: fonts"),
    # dans le noir, la peur du noir: dark (le noir et blanc: black)
    ("noir", "NOUN", "PREV:le|du PREV2:dans|peur|de", "dark; darkness", "dans le noir: dark"),
    # le fichier d'échange: swap (un échange de vues: exchange)
    (
        "échange",
        "NOUN",
        "PREV:d' PREV2:fichier|fichiers|espace|partition|partitions|zone|mémoire",
        "swap",
        "le fichier d'échange: swap",
    ),
    # aussi rapidement que, aussi stupide que: as ... as (il vient aussi: also)
    ("aussi", "ADV", "NEXT2:que|qu'", "as (aussi ... que: as ... as)", "aussi ... que: as"),
    # une ancienne race, une ancienne légende: ancient, old (un ancien ministre: former)
    (
        "ancien",
        "ADJ",
        "NEXT:race|races|civilisation|civilisations|peuple|peuples|tradition|traditions|"
        "coutume|coutumes|légende|légendes|magie|cité|cités|temple|temples|tombeau|tombeaux|"
        "langue|langues|empire|empires|royaume|royaumes|dieux|divinité|prophétie|rituel|rituels",
        "ancient; old",
        "une ancienne race: ancient",
    ),
)

# A war game's story and science software manuals (issue 13, ctx10), found wrong by reading
# Warzone 2100's French texts and the French handbooks of Marble, Cantor and Step: a map in a
# text about maps (télécharger les cartes: maps), la Terre (Earth), one's steps (vos pas),
# neighbours that decide (une leçon d'histoire: history; de votre part: of you; le moindre:
# the slightest; des calculs numériques: numerical), an object that decides (remplir sa
# mission: fulfil; réfléchir l'onde: reflect; à votre place: instead of you, not à sa place,
# which is mostly "in its place").
_COORDINATES = f"{_MAP_WORDS}|vertex|polygone|x|y|base|carte|cartes|latitude|longitude|gps"
_CONTEXT10: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "carte",
        "NOUN",
        f"!GAME !NEXT:{_CARD_KINDS}|3d !NEXT2:{_CARD_OF} MAPS",
        "map",
        "a text about maps: map",
    ),
    ("coordonnée", "NOUN", "MAPS", "coordinates", "a text about maps: coordinates"),
    (
        "coordonnée",
        "NOUN",
        f"!PREV:vos|votre|mes|ses|nos|leurs|tes IN_SENTENCE:{_COORDINATES}",
        "coordinates",
        "des coordonnées on a map: coordinates",
    ),
    ("terre", "NOUN", "CAPITAL", "Earth (la Terre)", "la Terre: Earth"),
    (
        "pas",
        "ADV|NOUN",
        "PREV:vos|mes|tes|ses|nos|leurs|son|mon|ton|votre|notre|leur|premiers|quelques|petits|"
        "grands|mêmes|derniers",
        "step; steps",
        "vos pas, les premiers pas: steps",
    ),
    (
        "histoire",
        "NOUN",
        "PREV:d' PREV2:leçon|leçons|cours|livre|livres|professeur|professeurs|manuel|manuels"
        "|examen|classe",
        "history",
        "une leçon d'histoire: history",
    ),
    (
        "part",
        "NOUN",
        "PREV:votre|ta|sa|ma|leur|notre PREV2:de|d'",
        "of (you, him...); from; on (your) behalf",
        "gentil de votre part: kind of you",
    ),
    ("moindre", "ADJ", "PREV:le|la|les|du|au", "slightest; least", "le moindre: the slightest"),
    (
        "numérique",
        "ADJ",
        "PREV:calcul|calculs|résultat|résultats|valeur|valeurs|analyse|méthode|méthodes|"
        "simulation|simulations|solution|solutions|intégration|approximation|précision",
        "numerical",
        "des calculs numériques: numerical",
    ),
    ("remplir", "VERB", "OBJ:mission", "fulfil; carry out", "remplir sa mission: fulfil"),
    ("réfléchir", "VERB", "DET", "reflect", "réfléchir la lumière: reflect"),
    ("sortir", "VERB", "du", "come out (of); leave; exit", "sortir du mode: leave"),
    ("vouloir", "VERB", "FORM:veuillez", "please (veuillez + infinitive)", "veuillez: please"),
    ("chance", "NOUN", "de +INF", "chance", "une chance de + infinitive: chance"),
    (
        "tenir",
        "VERB",
        "NEAR:informé|informée|informés|informées|courant",
        "keep (informed)",
        "tenir informé: keep informed",
    ),
    (
        "rester",
        "VERB",
        "PREV:ne|n' NEXT:que|qu'",
        "be left (il ne reste que: there is only ... left)",
        "il ne reste que: only ... is left",
    ),
    (
        "place",
        "NOUN",
        "PREV:votre|ta|ma|notre PREV2:à",
        "instead (of you); in (your) place",
        "à votre place: instead of you",
    ),
    # avoir conscience, prendre conscience: awareness (une bonne conscience: conscience)
    (
        "conscience",
        "NOUN",
        "PREV:avoir|avait|avais|avaient|avions|aviez|avons|avez|ont|a|ai|as|aura|aurait|eu|"
        "ayant|prendre|prend|prends|prennent|prenons|prenez|pris|prit|prenant|prendra|prenait",
        "awareness (avoir conscience: be aware)",
        "avoir, prendre conscience: be, become aware",
    ),
    # soumis à l'amortissement, à des règles: subject to (soumis par: submitted)
    (
        "soumettre",
        "VERB",
        "PARTICIPLE FORM:soumis|soumise|soumises NEXT:à|au|aux",
        "subject (to)",
        "soumis à: subject to",
    ),
    # l'amortissement d'un ressort, d'une onde: damping (d'un prêt: repayment)
    (
        "amortissement",
        "NOUN",
        "IN_SENTENCE:ressort|ressorts|oscillation|oscillations|vibration|vibrations|onde|"
        "ondes|choc|chocs|frottement|frottements|raideur|pendule|suspension|amortisseur|"
        "amortisseurs|oscillateur|amplitude",
        "damping; shock absorption",
        "l'amortissement d'un ressort: damping",
    ),
    # il se fixe à la base du crâne: attach itself (to)
    ("fixer", "VERB", "REFL à", "attach (itself) (to); settle (in)", "se fixer à: attach to"),
)

_INDEX: dict[tuple[str, str], tuple[Construction, ...]] = {}
for _lemma, _poses, _pattern, _senses, _note in _CONTEXT9 + _CONTEXT10 + _FREQUENT + _TABLE:
    for _pos in _poses.split("|"):
        # vœu is also spelt voeu (the glossary's key)
        for _key in {_lemma, _lemma.replace("œ", "oe")}:
            _INDEX[(_key, _pos)] = _INDEX.get((_key, _pos), ()) + (
                Construction(
                    _lemma, _pos, _pattern, tuple(s.strip() for s in _senses.split(";")), _note
                ),
            )


def constructions(lemma: str, pos: str) -> tuple[Construction, ...]:
    """The constructions of (lemma, POS) in the table, in the order they are tried."""
    return _INDEX.get((lemma, "VERB" if pos == "AUX" else pos), ())


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?|[.!?;:,«»()\[\]\"—–]")
_CLAUSE_END = frozenset('.!?;:,«»()[]"—–')
_ADVERBS = frozenset(
    "ne n' pas plus jamais point guère rien bien vraiment toujours encore déjà beaucoup "
    "souvent aussi même donc alors également surtout enfin peut-être simplement absolument "
    "forcément nécessairement quasiment presque totalement complètement entièrement "
    "parfaitement ainsi pleinement très trop assez tellement particulièrement extrêmement "
    "moins relativement plutôt".split()
)
_SKY = frozenset("soleil lune jour astre étoiles étoile".split())
_DEGREE = frozenset("très trop si assez plutôt fort peu tellement vraiment".split())
_CLITICS = frozenset("le la les l' lui leur y en me m' te t' se s' nous vous".split())
_REFLEXIVE = frozenset("se s' me m' te t'".split())
# what may stand between a reflexive pronoun and its verb: s'en plaint, s'est porté, ne s'y rend
_BETWEEN_REFLEXIVE = frozenset(
    "y en le la les l' lui leur ne n' pas jamais est sont était étaient sera seront serait "
    "seraient suis es sommes êtes fut furent soit étant".split()
)
_DETERMINERS = frozenset(
    "le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre "
    "votre nos vos leur leurs quelques plusieurs chaque tout toute tous toutes certains "
    "certaines aucun aucune deux trois quatre cinq six dix cent mille".split()
)
_SUBJECTS = frozenset("je j' tu il elle on nous vous ils elles ce c' cela ceci ça".split())
_COMPARATIVES = frozenset(
    "meilleur meilleure meilleurs meilleures mieux plus moins pire pires trop davantage "
    "supérieur supérieure supérieurs supérieures inférieur inférieure inférieurs inférieures "
    "au-delà avant après loin".split()
)
# à with its contractions (au, aux: never articles); de only bare (du, des are also articles:
# servir du vin, manquer des occasions)
_PREPOSITIONS = {"à": ("à", "au", "aux"), "de": ("de", "d'")}
_CEST_QUE = re.compile(r"\s*,?\s*(?:c['’]\s*)?est\s+que?\b", re.IGNORECASE)
_SPAN = 80  # characters read on each side
_SENTENCE_END = re.compile(r"[.!?\n]")
_AMOUNT = re.compile(
    r"\s*[+\u2212-]?\s*\d[\d\s.,]*\s*(?:%|€|\$|euros?\b|dollars?\b|francs?\b|points?\b)"
)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _clause_after(text: str, end: int) -> list[str]:
    words = []
    for w in _words(text[end : end + _SPAN]):
        if w in _CLAUSE_END:
            break
        words.append(w)
    return words


def _clause_before(text: str, start: int) -> list[str]:
    words = _words(text[max(0, start - _SPAN) : start])
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _CLAUSE_END:
            return words[i + 1 :]
    return words if start <= _SPAN else words[1:]  # the first may be cut


def _is_infinitive(word: str, forms: FormsOf) -> bool:
    return any(f.pos in ("VERB", "AUX") and "inf" in f.verb.split(";") for f in forms(word))


def _lemmas(word: str, forms: FormsOf, pos: str) -> set[str]:
    return {f.lemma for f in forms(word) if f.pos == pos} | ({word} if pos == "NOUN" else set())


def _mostly_adjective(word: str, forms: FormsOf) -> bool:
    found = list(forms(word))
    adj = sum(f.freq for f in found if f.pos == "ADJ")
    return adj > 0 and adj >= sum(f.freq for f in found if f.pos != "ADJ")


def _mostly_noun(word: str, forms: FormsOf) -> bool:
    if word in _DETERMINERS | _SUBJECTS | _CLITICS:
        return False
    found = list(forms(word))
    noun = sum(f.freq for f in found if f.pos == "NOUN")
    return noun > 0 and noun > sum(f.freq for f in found if f.pos != "NOUN")


def _skip(words: list[str], skip: frozenset[str], i: int = 0) -> int:
    while i < len(words) and words[i] in skip:
        i += 1
    return i


def _infinitive_at(words: list[str], i: int, forms: FormsOf) -> bool:
    j = _skip(words, _ADVERBS | _CLITICS, i)
    if j >= len(words) or not _is_infinitive(words[j], forms):
        return False
    if any(w in ("le", "la", "les", "l'") for w in words[i:j]):
        # compter le dîner: after what may be an article, the noun reading must not win
        found = list(forms(words[j]))
        verb = sum(f.freq for f in found if f.pos in ("VERB", "AUX"))
        return verb > sum(f.freq for f in found if f.pos == "NOUN")
    return True


def _object_noun(words: list[str], kind: str, forms: FormsOf) -> bool:
    """A noun of class `kind` among the first words after the verb (its object: du temps,
    un travail considérable, vos désirs), before any preposition starts another phrase."""
    members = CLASSES[kind]
    i = _skip(words, _ADVERBS)
    for w in words[i : i + 4]:
        if w in _PREPOSITIONS["à"] or w in ("pour", "sur", "avec", "dans", "par", "que", "qu'"):
            return False
        if _lemmas(w, forms, "NOUN") & members:
            return True
    return False


def _reflexive(before: list[str]) -> bool:
    """A reflexive pronoun right before the word (ne and an object pronoun may stand
    between: il ne s'en plaint pas, elle se le demande)."""
    i = len(before) - 1
    while i >= 0 and before[i] in _BETWEEN_REFLEXIVE:
        i -= 1
    if i < 0:
        return False
    if before[i] in ("se", "s'"):
        return True
    if before[i] in _REFLEXIVE:  # je me rends (not il me rend: me is its object)
        return bool({"je", "j'"} & set(before[:i])) if before[i][0] == "m" else "tu" in before[:i]
    if before[i] not in ("nous", "vous"):
        return False
    # nous nous rendons, vous vous plaignez: the second nous/vous is the reflexive one; nous
    # devrons nous battre: the subject's own pronoun again before the verb; ne vous plaignez
    # pas: a negative imperative, the pronoun opening the clause (not "nous vous aidons")
    if before[:i] in (["ne"], ["n'"]):
        return True
    opens = [k for k, w in enumerate(before[:i]) if w in ("que", "qu'", "qui", "si", "quand")]
    return before[i] in before[opens[-1] + 1 if opens else 0 : i]


def _matches(
    pattern: str,
    before: list[str],
    after: list[str],
    forms: FormsOf,
    imperative: bool = False,
    infinitive: bool = False,
) -> bool:
    parts = pattern.split()
    if parts[0] == "REFL":
        if imperative:  # reportez-vous à: the pronoun after the verb
            after = after[1:]
        elif not (
            _reflexive(before)
            # veuillez vous reporter au site: vous before an infinitive and a preposition
            # after it (not "pour vous aider", where vous is the object and no preposition)
            or (infinitive and len(parts) > 1 and before[-1:] in (["vous"], ["nous"]))
        ):
            return False
        parts = parts[1:]
        if parts == ["SKY"]:  # le soleil se lève, la lune se couche
            return bool(_SKY & set(before))
        if not parts:
            # se rendre compte (il ne s'en rend pas compte): an expression, not this
            return "compte" not in after[_skip(after, _ADVERBS) :][:1]
    if parts[0] == "COPULA":
        i = len(before) - 1
        while i >= 0 and before[i] in _ADVERBS | _CLITICS | _DEGREE:
            i -= 1
        return i >= 0 and any(
            f.lemma in french.COPULAS and f.pos in ("VERB", "AUX") for f in forms(before[i])
        )
    if parts[0] == "BEFORE_NOUN":
        return bool(after) and _mostly_noun(after[0], forms)
    if parts[0] == "AFTER_NOUN":
        return bool(before) and _mostly_noun(before[-1], forms)
    if parts[0] == "CLAUSE":
        return not before and bool(after) and (after[0] in _DETERMINERS | _SUBJECTS)
    if parts[0] == "COMPARATIVE":
        return bool(after) and after[0] in _COMPARATIVES
    i = _skip(after, _ADVERBS)
    if parts[0] == "+INF":
        return _infinitive_at(after, 0, forms)
    if parts[0] == "DET":
        if after[i : i + 2] in (["ce", "que"], ["ce", "qu'"], ["ce", "qui"], ["ce", "dont"]):
            return False  # demander ce que: an indirect question, not an object
        return i < len(after) and after[i] in _DETERMINERS and not _infinitive_at(after, i, forms)
    if parts[0] == "ADJ":
        i = _skip(after, _ADVERBS | _CLITICS)
        return i < len(after) and _mostly_adjective(after[i], forms)
    if parts[0].startswith("OBJ:"):
        return _object_noun(after, parts[0][4:], forms)
    # a preposition, maybe with an infinitive after it
    if i >= len(after) or after[i] not in _PREPOSITIONS.get(parts[0], (parts[0],)):
        return False
    infinitive = _infinitive_at(after, i + 1, forms)
    return infinitive if parts[1:] == ["+INF"] else not infinitive


_NEGATIVES = frozenset("pas point jamais que qu' rien guère personne aucun aucune ni".split())
_SELF = frozenset("moi toi lui elle soi nous vous eux elles".split())
_NUMBERS = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente "
    "quarante cinquante cent cents mille environ près".split()
)
_BODY = frozenset(
    "épaule épaules dos tête bras main mains cou hanche hanches poitrine front".split()
)
_SETS = {"DET": _DETERMINERS, "SUBJ": _SUBJECTS}
_CONDITIONS = frozenset(
    "FORM PREV PREV2 NEXT NEXT2 NEXTA NEG AGAIN LATER BARE_NOUN INF INF2 EN_ANT SELF END_COLON "
    "AFTER_PUNCT OPENS NOUN_BEFORE NOUN_NEXT DET_BEFORE DET_NOUN_BEFORE ADJ_NEXT COMP_NEXT DEGREE_ADJ "
    "BODY PAIR MAKE_ADJ A_INF SUBJUNCTIVE NEXT_NAME REFLEXIVE A_QUOI NEAR BEFORE FROM "
    "COMPUTING NAME2 IN_CLAUSE CORRELATIVE LEMMA_BEFORE LEMMA_NEAR PARTICIPLE NEXT_DIGIT PERCENT "
    "AMOUNT IN_SENTENCE GAME MAPS CAPITAL".split()
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What the conditions of a frequent word's construction read."""

    word: str  # the word itself, lower case
    text: str
    start: int
    end: int
    before: list[str]  # the clause's words before it
    after: list[str]  # the clause's words after it
    forms: FormsOf


def _in_set(word: str | None, arg: str) -> bool:
    if word is None:
        return False
    for name in arg.split("|"):
        if name == "NUM":
            if word in _NUMBERS or word[:1].isdigit():
                return True
        elif name == "END":
            continue
        elif word in _SETS.get(name, (name,)):
            return True
    return False


def _at(words: list[str], i: int) -> str | None:
    return words[i] if -len(words) <= i < len(words) else None


def _negated(before: list[str]) -> bool:
    """ne (n') a few words before, with no other negative word in between: il n'est plus, ne
    montre plus (not ne ... pas plus, ne ... que plus)."""
    for k in range(len(before) - 1, max(-1, len(before) - 6), -1):
        if before[k] in ("ne", "n'"):
            return True
        if before[k] in _NEGATIVES:
            return False
    return False


def _sentence_words(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The sentence's words before and after text[start:end] (across commas)."""
    left = max(0, start - 400)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    left = cut[-1] if cut else left
    right = _SENTENCE_END.search(text, end, end + 400)
    return _words(text[left:start]), _words(text[end : right.start() if right else end + 400])


def _conjunction_soit(words_before: list[str], forms: FormsOf) -> bool:
    """soit as a conjunction, not être's subjunctive (qu'il soit, ce ne soit, le disque soit):
    not after a subject, a pronoun, ne or que."""
    prev = words_before[-1] if words_before else ""
    if not prev or not prev[0].isalpha() or prev in ("et", "ou", "alors", "donc", "mais"):
        return True
    pronouns = _SUBJECTS | _CLITICS | {"ne", "n'", "que", "qu'", "qui", "lequel", "laquelle"}
    return prev not in pronouns and not _mostly_noun(prev, forms)


def _condition(name: str, arg: str, c: _Context) -> bool:  # noqa: C901 (one flat dispatch)
    before, after, forms = c.before, c.after, c.forms
    if name == "PAIR":  # mettre les paquets à niveau: the pair within the next words
        first, _, second = arg.partition("+")
        return any(
            after[i] == first and after[i + 1] in second.split("|")
            for i in range(min(len(after) - 1, 4))
        )
    if name == "MAKE_ADJ":  # le rendre compilable, rendre votre système vulnérable
        j = _skip(after, _ADVERBS | _CLITICS)
        if j < len(after) and _predicative(after[j], forms):
            return True
        # rendre le texte lisible: le/la/les is the article here, not an object pronoun; the
        # adjective after the noun and its own modifiers (les éléments nouvellement créés
        # accessibles), before any preposition
        if (
            j < len(after)
            and after[j] in _DETERMINERS - {"de", "d'", "des", "du"}
            and any(_predicative(w, forms) for w in after[j + 2 : j + 3])
        ):
            return True
        k = _skip(after, _ADVERBS)
        return (
            k < len(after)
            and after[k] in _DETERMINERS - {"de", "d'", "des", "du"}
            and any(
                _predicative(w, forms) and not _lemmas_of(w, forms) & _DESCRIBING
                for w in _until_preposition(after[k + 2 : k + 5])
            )
        )
    if name == "A_INF":  # tenir à + infinitive: the table's own construction
        i = _skip(after, _ADVERBS)
        return (
            i < len(after)
            and after[i] in ("à", "au", "aux")
            and _infinitive_at(after, i + 1, forms)
        )
    if name == "SUBJUNCTIVE":  # qu'il soit, que « testing » soit, la version soit
        left, right = _sentence_words(c.text, c.start, c.end)
        if c.word in right:
            return False
        window = left[-5:]
        return bool({"que", "qu'"} & set(window)) or not _conjunction_soit(left, forms)
    if name == "CORRELATIVE":  # au plus X, au plus Y (plus X, plus Y)
        left, right = _sentence_words(c.text, c.start, c.end)
        words = [*left, c.word, *right]
        pairs = sum(1 for i in range(len(words) - 1) if words[i : i + 2] == ["au", c.word])
        return pairs > 1
    if name == "NAME2":  # la suite de Bach
        m = re.match(r"\s+\S+\s+([^\W\d_]+)", c.text[c.end : c.end + 60])
        return m is not None and m.group(1)[0].isupper()
    if name == "IN_CLAUSE":  # faire suivre le nom par une barre
        return any(_in_set(w, arg) for w in after)
    if name == "NEXT_NAME":  # dont LilyPond dispose
        m = re.match(r"\s+([^\W\d_]+)", c.text[c.end : c.end + 40])
        return m is not None and m.group(1)[0].isupper()
    if name == "FROM":  # tiré de
        return _in_set(_at(after, _skip(after, _ADVERBS)), "de|d'|du")
    if name == "COMPUTING":  # a text about computers (reader.core.topic)
        from .topic import computing_context

        return computing_context(c.text, c.start, c.end)
    if name == "MAPS":  # a text about maps and places (reader.core.topic)
        from .topic import maps_context

        return maps_context(c.text, c.start, c.end)
    if name == "CAPITAL":  # la Terre: written with a capital inside its clause
        return bool(before) and c.text[c.start : c.start + 1].isupper()
    if name == "GAME":  # a text about card, dice or board games (reader.core.topic)
        from .topic import game_context

        return game_context(c.text, c.start, c.end)
    if name == "PERCENT":  # grossie de 236 %
        return re.match(r"\s+(?:de\s+|d['’])?[\d.,]+\s*%", c.text[c.end : c.end + 20]) is not None
    if name == "AMOUNT":  # gagnent +20 % de santé, gagner 1 000 euros: an amount, not a score
        return _AMOUNT.match(c.text, c.end) is not None
    if name == "IN_SENTENCE":  # a word anywhere in the sentence (les forts ... les faibles)
        left, right = _sentence_words(c.text, c.start, c.end)
        return any(_in_set(w, arg) for w in left + right)
    if name == "NEXT_DIGIT":  # soustraire 3 à 10: a number (the words leave digits out)
        return re.match(r"\s*\d", c.text[c.end : c.end + 10]) is not None
    if name == "PARTICIPLE":  # a mark: the row holds for the past participle too
        return True
    if name == "LEMMA_BEFORE":  # a word of one of these lemmas within the last four words
        wanted = set(arg.split("|"))
        return any(w in wanted or _lemmas_of(w, forms) & wanted for w in before[-4:])
    if name == "LEMMA_NEAR":  # a word of one of these lemmas within the next three words
        wanted = set(arg.split("|"))
        return any(w in wanted or _lemmas_of(w, forms) & wanted for w in after[:3])
    if name == "BEFORE":  # within the last four words
        return any(_in_set(w, arg) for w in before[-4:])
    if name == "NEAR":  # within the next three words
        return any(_in_set(w, arg) for w in after[:3])
    if name == "REFLEXIVE":  # on s'en sert, se rendre compte, pour nous en rendre compte
        if _reflexive(before):
            return True
        i = len(before) - 1
        while i >= 0 and before[i] in ("en", "y"):
            i -= 1
        return (
            i >= 0
            and before[i] in ("nous", "vous", "me", "m'", "te", "t'")
            and _is_infinitive(c.word, forms)
        )
    if name == "A_QUOI":  # à quoi il sert
        return any(
            before[i : i + 2] == ["à", "quoi"] for i in range(max(0, len(before) - 4), len(before))
        )
    if name == "FORM":
        return c.word in arg.split("|")
    if name == "PREV":
        return _in_set(_at(before, -1), arg)
    if name == "PREV2":
        return _in_set(_at(before, -2), arg)
    if name == "NEXT":
        if "END" in arg.split("|") and not after:
            return True
        return _in_set(_at(after, 0), arg)
    if name == "NEXT2":
        return _in_set(_at(after, 1), arg)
    if name == "NEXTA":  # the next word after adverbs (ne font pas partie)
        return _in_set(_at(after, _skip(after, _ADVERBS)), arg)
    if name == "NEG":
        return _negated(before)
    if name == "AGAIN":  # soit ... soit: both are conjunctions
        left, right = _sentence_words(c.text, c.start, c.end)
        others = [left[:i] for i, w in enumerate(left) if w == c.word]
        others += [left + [c.word] + right[:i] for i, w in enumerate(right) if w == c.word]
        if not others:
            return False
        # soit X, soit Y: the second after a comma
        if c.word in right and left[-1:] != [","] and "," in right[: right.index(c.word)][-1:]:
            return True
        if c.word in left and left[-1:] == [","]:
            return True
        return all(_conjunction_soit(o, forms) for o in [left, *others])
    if name == "LATER":  # tant pour X que pour Y
        _, right = _sentence_words(c.text, c.start, c.end)
        return any(_in_set(w, arg) for w in right[1:])
    if name == "BARE_NOUN":
        return (
            bool(after)
            and after[0] not in _DETERMINERS
            and _mostly_noun(after[0], forms)
            and (_at(before, -1) in ("de", "d'") or not _in_set(_at(before, -1), "DET|au|aux"))
        )
    if name == "INF":  # faites-le nous savoir: the clitics skipped
        j = _skip(after, _CLITICS) if arg else 0
        return (
            j < len(after)
            and _is_infinitive(after[j], forms)
            and (not arg or bool(_lemmas_of(after[j], forms) & set(arg.split("|"))))
        )
    if name == "INF2":
        return len(after) > 1 and _infinitive_at(after, 1, forms)
    if name == "EN_ANT":
        if _at(after, 0) != "en":
            return False
        j = _skip(after, _CLITICS | frozenset(("ne", "n'")), 1)
        return j < len(after) and any(
            "par:pre" in f.verb.split(";") for f in forms(after[j]) if f.pos in ("VERB", "AUX")
        )
    if name == "SELF":
        return c.text[c.start - 1 : c.start] in ("-", "‑") and _at(before, -1) in _SELF
    if name == "END_COLON":
        if len(after) > 1:
            return False
        rest = c.text[c.end : c.end + 60].lstrip()
        if after:  # cette liste serait ainsi présentée :
            if not any("par:pas" in f.verb.split(";") for f in forms(after[0])):
                return False
            rest = rest[len(after[0]) :].lstrip()
        return rest.startswith(":")
    if name == "AFTER_PUNCT":
        return not before and c.text[max(0, c.start - 3) : c.start].strip()[-1:] in tuple(",(;:")
    if name == "OPENS":
        return not before
    if name == "NOUN_BEFORE":
        return bool(before) and _mostly_noun(before[-1], forms)
    if name == "NOUN_NEXT":
        return bool(after) and _mostly_noun(after[0], forms)
    if name == "DET_BEFORE":
        return _in_set(_at(before, -1), "DET")
    if name == "DET_NOUN_BEFORE":
        return (
            len(before) > 1
            and _mostly_noun(before[-1], forms)
            and before[-2] in _DETERMINERS | {"au", "aux"}
        )
    if name == "COMP_NEXT":
        return _at(after, 0) in _COMPARATIVES
    if name == "ADJ_NEXT":
        return (
            bool(after)
            and _mostly_adjective(after[0], forms)
            and not any("par:pas" in f.verb.split(";") for f in forms(after[0]))
        )
    if name == "DEGREE_ADJ":  # rendre la tâche plus facile
        window = after[:8]
        return (
            bool(window)
            and window[0] in _DETERMINERS
            and any(
                w in _DEGREE | {"plus", "moins", "aussi"}
                and i + 1 < len(window)
                and _mostly_adjective(window[i + 1], forms)
                for i, w in enumerate(window[2:], 2)
            )
        )
    if name == "BODY":  # porter sur ses épaules, à la main
        return _in_set(_at(after, 0), "sur|à|dans") and any(
            _lemmas(w, forms, "NOUN") & _BODY for w in after[1:3]
        )
    raise ValueError(name)


# adjectives that describe the noun they follow rather than what rendre makes of it (il rend les
# livres anciens: gives back the old books)
_DESCRIBING = frozenset(
    "ancien vieux neuf nouveau grand petit rouge noir blanc bleu vert jaune gris original entier "
    "précédent dernier premier propre emprunté prêté volé perdu".split()
)
_PHRASE_ENDS = frozenset(
    "à au aux de d' du des pour par avec sur dans sans que qu' qui et ou".split()
)


def _until_preposition(words: list[str]) -> list[str]:
    for i, w in enumerate(words):
        if w in _PHRASE_ENDS:
            return words[:i]
    return words


def _predicative(word: str, forms: FormsOf) -> bool:
    """An adjective in -ble (compilable, vulnérable, lisible), or one Lexique mostly knows as
    an adjective and not as a participle: what rendre makes something."""
    if word.endswith(("ble", "bles")) and not _mostly_noun(word, forms):
        return True
    return _mostly_adjective(word, forms) and not any(
        "par:pas" in f.verb.split(";") for f in forms(word)
    )


def _lemmas_of(word: str, forms: FormsOf) -> set[str]:
    return {f.lemma for f in forms(word)}


def _conditions_hold(pattern: str, c: _Context) -> bool:
    for part in pattern.split():
        negate = part.startswith("!")
        name, _, arg = part.lstrip("!").partition(":")
        if _condition(name, arg, c) == negate:
            return False
    return True


def _form_ok(c: Construction, word: str) -> bool:
    return word in c.pattern.split()[0][5:].split("|")


def _is_conditions(pattern: str) -> bool:
    return pattern.lstrip("!").partition(":")[0].partition(" ")[0] in _CONDITIONS


def construction_at(
    lemma: str,
    pos: str,
    text: str,
    start: int,
    end: int,
    forms: FormsOf,
    fixed_only: bool = False,
) -> Construction | None:
    """The construction the word at text[start:end] (of that lemma and POS) stands in, or
    None. `forms(word)` gives a word's Lexique forms (lemma, pos, verb codes, freq).
    `fixed_only`: only fixed verb phrases (prendre en charge), what a participle keeps (les
    formats pris en charge: supported)."""
    table = constructions(lemma, pos)
    word = text[start:end].lower().replace("’", "'")
    # rows kept for one form (soit among être's): nothing to read for the other forms
    table = tuple(c for c in table if not c.pattern.startswith("FORM:") or _form_ok(c, word))
    if fixed_only:
        table = tuple(
            c for c in table if any(k in c.pattern for k in ("PAIR:", "_ADJ", "FROM", "PARTICIPLE"))
        )
    if not table or not text:
        return None
    before = _clause_before(text, start)
    after = _clause_after(text, end)
    # an imperative with its reflexive pronoun after it (reportez-vous, rends-toi), opening its
    # clause; not a question's inversion (qu'entendez-vous par là ?)
    imperative = (
        not before
        and text[end : end + 1] in ("-", "‑")
        and after[:1] in (["vous"], ["nous"], ["toi"])
        and _SENTENCE_END.search(text, end, end + 400) is not None
        and _SENTENCE_END.search(text, end, end + 400).group() != "?"
    )
    infinitive = _is_infinitive(text[start:end].lower(), forms)
    context = _Context(word, text, start, end, before, after, forms)
    for c in table:
        if _is_conditions(c.pattern):
            if _conditions_hold(c.pattern, context):
                return c
        elif c.pattern == "C'EST QUE":
            if _CEST_QUE.match(text, end):
                return c
        elif _matches(c.pattern, before, after, forms, imperative, infinitive):
            return c
    return None
