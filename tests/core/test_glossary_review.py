"""First senses read in the review list's lemmas 5,001-7,000 (docs/glossary-review.tsv, issue
13): the pop-up showed convenable: convenient (a false friend), haricot: haricot, confrère:
confrere, renier: complain, forfait: felony, contrôleur: guard, émouvant: move (a verb for
an adjective), ciseaux: chisel, fantasme: illusion,
scrutin: scrutiny (a false friend), caution: bail, lavabo: lavatory, poignard: dirk,
palace: palace (a false friend), maigrir: thin, farouche: coy, la faune: faun,
escale: scale, pensionnaire: pensioner (a false friend)."""

from __future__ import annotations

import pytest
from token_helpers import in_sentence


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "first"),
    [
        ("Trouver un logement convenable.", "convenable", "convenable", "ADJ", "suitable"),
        ("Des haricots verts.", "haricots", "haricot", "NOUN", "bean"),
        ("Mon confrère est avocat.", "confrère", "confrère", "NOUN", "colleague"),
        ("Il a renié son fils.", "renié", "renier", "VERB", "disown"),
        ("Un forfait de vingt euros.", "forfait", "forfait", "NOUN", "package"),
        ("Le contrôleur vérifie les billets.", "contrôleur", "contrôleur", "NOUN", "inspector"),
        ("Un film très émouvant.", "émouvant", "émouvant", "ADJ", "moving"),
        ("Passe-moi les ciseaux.", "ciseaux", "ciseau", "NOUN", "scissors (des ciseaux)"),
        ("Un vieux fantasme.", "fantasme", "fantasme", "NOUN", "fantasy"),
        ("Le second tour du scrutin.", "scrutin", "scrutin", "NOUN", "vote"),
        ("Le locataire a versé une caution.", "caution", "caution", "NOUN", "deposit"),
        ("Il se lave les mains au lavabo.", "lavabo", "lavabo", "NOUN", "washbasin"),
        ("Il sortit un poignard.", "poignard", "poignard", "NOUN", "dagger"),
        ("Ils dorment dans un palace.", "palace", "palace", "NOUN", "luxury hotel"),
        ("Il a beaucoup maigri.", "maigri", "maigrir", "VERB", "lose weight"),
        ("Une escale à Dubaï.", "escale", "escale", "NOUN", "stopover"),
        ("Un élève pensionnaire.", "pensionnaire", "pensionnaire", "NOUN", "boarder"),
        ("Un opposant farouche au projet.", "farouche", "farouche", "ADJ", "fierce (opposition)"),
    ],
)
def test_first_sense_in_its_sentence(glossary, sentence, word, lemma, pos, first):
    token = in_sentence(sentence, word, lemma, pos)
    assert glossary.lookup_token(token, sentence).first_gloss == first


def test_la_faune_is_wildlife_not_a_faun(glossary):
    sentence = "La faune sauvage de la région."
    token = in_sentence(sentence, "faune", "faune", "NOUN", "Gender=Fem|Number=Sing")
    assert glossary.lookup_token(token, sentence).first_gloss == "fauna"


# Lemmas 7,001-9,000 (issue 13, round 8): ménager ADJ: spare (a verb's sense for the adjective
# of appareils ménagers), souffrant: suffer (a verb for an adjective), glaçon: icicle (ice
# cube is the usual one), tituber: hesitate, décerner: concede, rade: road, pétrin: dog,
# braise: fervor, mijoter: boil, and false friends: malice (mischief), futile (trivial),
# conjurer (ward off); cartable: wallet, bronzer: bronze, fatigant: tired, propreté: purity,
# replacer: replace (a false friend: put back), primordial: primordial, anodin: weak, câlin:
# tenderness, scooter: wasp, persécution: prosecution, internaute: surfer, comprimé: air gun,
# and false friends notoriété (fame), psychique (psychological), divertir (entertain), futé
# (clever, not cute), prospectus (leaflet); courtier: runner, brancard: bunk, collant: panty,
# inculper: inculpate, pourpre: purple (a false friend: crimson, deep red).
@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "first"),
    [
        (
            "Des appareils ménagers.",
            "ménagers",
            "ménager",
            "ADJ",
            "household (appareils ménagers: household appliances)",
        ),
        ("Elle est souffrante ce matin.", "souffrante", "souffrant", "ADJ", "unwell"),
        ("Un verre d'eau avec des glaçons.", "glaçons", "glaçon", "NOUN", "ice cube"),
        ("Il titubait dans la rue.", "titubait", "tituber", "VERB", "stagger"),
        ("Le prix lui a été décerné.", "décerné", "décerner", "VERB", "awarded"),
        ("Les navires sont dans la rade.", "rade", "rade", "NOUN", "harbour"),
        ("Nous sommes dans le pétrin.", "pétrin", "pétrin", "NOUN", "fix"),
        ("Cuire sur la braise.", "braise", "braise", "NOUN", "embers"),
        ("Laisser mijoter une heure.", "mijoter", "mijoter", "VERB", "simmer"),
        ("Un sourire plein de malice.", "malice", "malice", "NOUN", "mischief"),
        ("Une conversation futile.", "futile", "futile", "ADJ", "trivial"),
        ("Pour conjurer le sort.", "conjurer", "conjurer", "VERB", "ward off"),
        ("Il a oublié son cartable.", "cartable", "cartable", "NOUN", "school bag"),
        ("Elle bronze sur la plage.", "bronze", "bronzer", "VERB", "tan"),
        ("Une journée fatigante.", "fatigante", "fatigant", "ADJ", "tiring"),
        ("La propreté des rues.", "propreté", "propreté", "NOUN", "cleanliness"),
        ("Il replace le livre sur l'étagère.", "replace", "replacer", "VERB", "put back"),
        ("C'est un point primordial.", "primordial", "primordial", "ADJ", "essential"),
        ("Un détail anodin.", "anodin", "anodin", "ADJ", "harmless"),
        ("Viens me faire un câlin.", "câlin", "câlin", "NOUN", "cuddle"),
        ("Il est venu en scooter.", "scooter", "scooter", "NOUN", "scooter"),
        ("La persécution des minorités.", "persécution", "persécution", "NOUN", "persecution"),
        ("Un internaute a écrit.", "internaute", "internaute", "NOUN", "internet user"),
        ("Prenez un comprimé le soir.", "comprimé", "comprimé", "NOUN", "tablet"),
        ("Sa notoriété a grandi.", "notoriété", "notoriété", "NOUN", "fame"),
        ("La souffrance psychique.", "psychique", "psychique", "ADJ", "psychological"),
        ("Un film pour divertir les enfants.", "divertir", "divertir", "VERB", "entertain"),
        ("Un renard futé.", "futé", "futé", "ADJ", "clever"),
        ("Distribuer des prospectus.", "prospectus", "prospectus", "NOUN", "leaflet"),
        ("Un courtier en assurances.", "courtier", "courtier", "NOUN", "broker"),
        ("Le ciel pourpre du soir.", "pourpre", "pourpre", "ADJ", "crimson"),
        ("On l'a transporté sur un brancard.", "brancard", "brancard", "NOUN", "stretcher"),
        ("Elle porte un collant noir.", "collant", "collant", "NOUN", "tights"),
        (
            "Ils ont été inculpés de vol.",
            "inculpés",
            "inculper",
            "VERB",
            "charged (with an offence)",
        ),
    ],
)
def test_first_sense_in_its_sentence_7001_9000(glossary, sentence, word, lemma, pos, first):
    token = in_sentence(sentence, word, lemma, pos)
    assert glossary.lookup_token(token, sentence).first_gloss == first


def test_lanceur_d_alerte_is_a_whistleblower(glossary, analyzer):
    from reader.core.expressions import find_expressions

    doc = analyzer.analyze("Les lanceurs d'alerte sont mieux protégés.")
    found = {
        doc.text[doc.tokens[e.first_token].start : doc.tokens[e.last_token - 1].end]: (
            e.result.first_gloss
        )
        for e in find_expressions(doc, glossary)
    }
    assert found["lanceurs d'alerte"] == "whistleblower"
