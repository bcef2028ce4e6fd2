"""First senses read in their sentences on texts outside the benchmarks (issue 13, reading 5:
a desktop application's help, a licence's French translation, French man pages): the pop-up
showed livret: libretto, brevet: authority, annuaire: almanac, couvertes: cutlery,
affectation: affectation, or nothing at all for words a learner clicks (agencement,
incomber, surbrillance)."""

from __future__ import annotations

import pytest
from token_helpers import in_sentence


# the tagger's morphology of the past participles below (the pop-up glosses them as participles)
PARTICIPLES = {"résiliées": "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part"}


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "first"),
    [
        # a desktop application's help
        ("Le document s'ouvre dans le visionneur.", "visionneur", "visionneur", "NOUN", "viewer"),
        (
            "Une annotation est une note ajoutée au texte.",
            "annotation",
            "annotation",
            "NOUN",
            "annotation",
        ),
        (
            "Choisissez un agencement de deux pages par feuille.",
            "agencement",
            "agencement",
            "NOUN",
            "layout",
        ),
        ("Si vous imprimez un livret, pliez les feuilles.", "livret", "livret", "NOUN", "booklet"),
        ("Les pages seront agrafées au milieu.", "agrafées", "agrafer", "VERB", "staple"),
        (
            "Tournez la molette pour avancer.",
            "molette",
            "molette",
            "NOUN",
            "wheel (scroll wheel, thumbwheel)",
        ),
        (
            "Les documents protégés demandent un mot de passe.",
            "protégés",
            "protégé",
            "ADJ",
            "protected",
        ),
        (
            "Ce compte permet de téléverser des traductions.",
            "téléverser",
            "téléverser",
            "VERB",
            "upload",
        ),
        (
            "Changez le blanc en noir et vice-versa.",
            "vice-versa",
            "vice-versa",
            "ADV",
            "vice versa",
        ),
        ("Un double-clic ouvre le fichier.", "double-clic", "double-click", "NOUN", "double-click"),
        ("Afficher la mémoire en mégaoctets.", "mégaoctets", "mégaoctet", "NOUN", "megabyte"),
        ("Le bateau part à la dérive.", "dérive", "dérive", "NOUN", "drift"),
        ("Le titulaire de ladite licence.", "ladite", "ladite", "ADJ", "the said"),
        # games' help
        ("L'échiquier se situe au milieu.", "échiquier", "échiquier", "NOUN", "chessboard"),
        ("Un nombre coloré indique les mines.", "coloré", "coloré", "ADJ", "coloured"),
        ("Chaque astuce implique une pénalité.", "pénalité", "pénalité", "NOUN", "penalty"),
        ("Les motifs printaniers sont jaunes.", "printaniers", "printanier", "ADJ", "spring"),
        ("Les drapeaux ne sont pas cliquables.", "cliquables", "cliquable", "ADJ", "clickable"),
        ("Les trois onglets sont Jeu et Thème.", "onglets", "onglet", "NOUN", "tab"),
        # an essay on a free software project
        (
            "Ils n'ont pas à respecter une échéance arbitraire.",
            "échéance",
            "échéance",
            "NOUN",
            "deadline",
        ),
        ("Les rapporteurs de bogues aident.", "rapporteurs", "rapporteur", "NOUN", "reporter"),
        ("Cette diversité est un atout majeur.", "atout", "atout", "NOUN", "asset"),
        ("Ils ne veulent pas bâcler le travail.", "bâcler", "bâcler", "VERB", "rush"),
        ("Il fournit une palette de logiciels.", "palette", "palette", "NOUN", "range"),
        ("Ces scissions sont organisées.", "scissions", "scission", "NOUN", "split"),
        ("Tout suit le planning général.", "planning", "planning", "NOUN", "schedule"),
        ("Les droits attachés au programme.", "attachés", "attaché", "ADJ", "attached (attaché à)"),
        # a licence
        (
            "Ces actions ne sont pas couvertes par la licence.",
            "couvertes",
            "couvert",
            "ADJ",
            "covered",
        ),
        ("Le programme est protégé par des brevets.", "brevets", "brevet", "NOUN", "patent"),
        ("Les versions ultérieures seront semblables.", "ultérieures", "ultérieur", "ADJ", "later"),
        ("Certaines responsabilités vous incombent.", "incombent", "incomber", "VERB", "fall to"),
        (
            "Il en découle que vous ne pouvez pas le vendre.",
            "découle",
            "découler",
            "VERB",
            "follow (from)",
        ),
        ("Une copie est réputée conforme.", "réputée", "réputer", "VERB", "deemed"),
        (
            "Vos autorisations sont résiliées.",
            "résiliées",
            "résilier",
            "VERB",
            "terminated",
        ),
        ("Le titulaire des droits donne son accord.", "titulaire", "titulaire", "NOUN", "holder"),
        ("Une redistribution sans redevance est permise.", "redevance", "redevance", "NOUN", "fee"),
        # man pages and everyday words
        (
            "Il contrôle l'affectation des priorités.",
            "affectation",
            "affectation",
            "NOUN",
            "allocation",
        ),
        ("Cherchez son numéro dans l'annuaire.", "annuaire", "annuaire", "NOUN", "directory"),
        ("Mon voisin est très bavard.", "bavard", "bavard", "ADJ", "talkative"),
        ("Il faut migrer vers la nouvelle version.", "migrer", "migrer", "VERB", "migrate"),
        ("On tire des nombres aléatoires.", "aléatoires", "aléatoire", "ADJ", "random"),
        ("Il faut allier la théorie et la pratique.", "allier", "allier", "VERB", "combine"),
        ("Ouvrez le sommaire du livre.", "sommaire", "sommaire", "NOUN", "contents"),
    ],
)
def test_first_sense_in_its_sentence(glossary, sentence, word, lemma, pos, first):
    token = in_sentence(sentence, word, lemma, pos, PARTICIPLES.get(word, ""))
    result = glossary.lookup_token(token, sentence)
    assert result.first_gloss == first
    assert not result.senses[0].approximate


COMPUTING = (
    "Le serveur démarre quand le logiciel est installé sur le disque; le fichier de "
    "configuration est dans le répertoire /etc. "
)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "first", "elsewhere"),
    [
        (
            "Vérifiez la source d'alimentation du serveur.",
            "alimentation",
            "alimentation",
            "NOUN",
            "power supply",
            "food",
        ),
        (
            "Cochez Respecter la casse pour la recherche.",
            "casse",
            "casse",
            "NOUN",
            "case (upper or lower case)",
            None,
        ),
        (
            "Les instances du service sont relancées.",
            "instances",
            "instance",
            "NOUN",
            "instance",
            "authority",
        ),
    ],
)
def test_computing_sense_in_a_text_about_computers(
    glossary, sentence, word, lemma, pos, first, elsewhere
):
    text = COMPUTING + sentence
    token = in_sentence(sentence, word, lemma, pos)
    shift = len(COMPUTING)
    token = token._replace(start=token.start + shift, end=token.end + shift)
    assert glossary.lookup_token(token, text).first_gloss == first
    if elsewhere:  # the sentence alone is not about computers: the everyday sense leads
        plain = in_sentence(sentence, word, lemma, pos)
        assert glossary.lookup_token(plain, sentence).first_gloss == elsewhere


def test_a_false_friend_is_marked(glossary):
    from reader.core.curated import curated_entry

    assert curated_entry("affectation", "NOUN").false_friend


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        # soumis à + a rule, a tax, a limit: subject to; soumis alone: submitted
        ("L'opération n'est soumise à aucune limitation.", "soumise", "subject to"),
        ("Les projets soumis seront lus demain.", "soumis", "submitted"),
    ],
)
def test_soumis_a_is_subject_to(glossary, sentence, word, first):
    token = in_sentence(sentence, word, "soumis", "ADJ")
    assert glossary.lookup_token(token, sentence).first_gloss == first


def test_run_again_in_a_text_about_computers(glossary):
    text = COMPUTING + "Relancez la commande apt-get pour mettre à jour le paquet."
    token = in_sentence(text, "Relancez", "relancer", "VERB", "Mood=Imp|VerbForm=Fin")
    assert glossary.lookup_token(token, text).first_gloss == "run again"
