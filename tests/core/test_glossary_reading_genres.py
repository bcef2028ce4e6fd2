"""First senses read in their sentences on genres the benchmarks never had (issue 13, reading 6:
a fantasy campaign's story and dialogue, a children's game story, a strategy game's campaign
letters and its encyclopedia of crafts and farming): the pop-up showed fardeau: ray, bétail:
ranges, séculaire: secular, porcherie: absolute mess, surplomb: surplus, abattage: courage, or
nothing at all for words a learner clicks in a tale (effroyable, taudis, patienter, ériger)."""

from __future__ import annotations

import pytest
from token_helpers import in_sentence


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "pos", "first"),
    [
        # a fantasy campaign: narration and dialogue
        ("Le fardeau du pouvoir m'est familier.", "fardeau", "fardeau", "NOUN", "burden"),
        ("Il apprit la stratégie avec les plus grands sages.", "sages", "sage", "NOUN", "wise man"),
        ("Quelqu'un pourrait-il tuer ce demeuré ?", "demeuré", "demeuré", "NOUN", "half-wit"),
        ("C'est vous qui avez envoyé vos larbins.", "larbins", "larbin", "NOUN", "flunkey"),
        ("Seule la fougue d'un elfe surpasse sa sérénité.", "fougue", "fougue", "NOUN", "passion"),
        (
            "Les rebords surplombaient les profondeurs.",
            "surplombaient",
            "surplomber",
            "VERB",
            "overhang",
        ),
        ("Il brisa le traité séculaire.", "séculaire", "séculaire", "ADJ", "centuries-old"),
        ("Je suis navré, je n'ai point souvenir d'un livre.", "navré", "navré", "ADJ", "sorry"),
        ("Ils deviennent trop énergiques.", "énergiques", "énergique", "ADJ", "energetic"),
        ("Une lance acérée.", "acérée", "acéré", "ADJ", "sharp"),
        (
            "Une furieuse tempête déferla sur le navire.",
            "déferla",
            "déferler",
            "VERB",
            "break (waves)",
        ),
        ("Patientez ici avec moi.", "Patientez", "patienter", "VERB", "wait"),
        ("Je ne vois que des ruines et des taudis.", "taudis", "taudis", "NOUN", "slum"),
        ("Les curieux regardaient le combat.", "curieux", "curieux", "NOUN", "onlooker"),
        ("Nous allons allumer des flambeaux.", "flambeaux", "flambeau", "NOUN", "torch"),
        ("Je lui parlais avec cette brindille.", "brindille", "brindille", "NOUN", "twig"),
        ("Les sentiers serpentaient dans la forêt.", "serpentaient", "serpenter", "VERB", "wind"),
        ("Ils sont les plus proches prétendants.", "prétendants", "prétendant", "NOUN", "claimant"),
        ("Il quitte le champ couvert d'opprobre.", "opprobre", "opprobre", "NOUN", "disgrace"),
        (
            "Ils ne sont pas connus de mes semblables.",
            "semblables",
            "semblable",
            "NOUN",
            "fellow creature",
        ),
        # another campaign's story, read after the fixes above
        ("Le royaume vous est redevable.", "redevable", "redevable", "ADJ", "indebted"),
        ("Nous n'avons aucune requête à faire.", "requête", "requête", "NOUN", "request"),
        ("La malédiction pèse lourdement sur vous.", "lourdement", "lourdement", "ADV", "heavily"),
        ("Un nuage de malveillance tournoie.", "malveillance", "malveillance", "NOUN", "malice"),
        ("Aspergez-en vos armes.", "Aspergez", "asperger", "VERB", "sprinkle"),
        (
            "Une grande et terrifiante œuvre de magie.",
            "terrifiante",
            "terrifiant",
            "ADJ",
            "terrifying",
        ),
        ("Le sol était couvert de fumerolles.", "fumerolles", "fumerolle", "NOUN", "fumarole"),
        (
            "Nos plus grands mystiques ne brillent pas autant.",
            "mystiques",
            "mystique",
            "NOUN",
            "mystic",
        ),
        # a game's spoken dialogue
        (
            "Il a jeté la boite à outils.",
            "boite",
            "boite",
            "NOUN",
            "box (boîte; boite à outils: toolbox)",
        ),
        ("Les gadgets ne marchent pas.", "gadgets", "gadget", "NOUN", "gadget"),
        (
            "Des barres énergétiques.",
            "énergétiques",
            "énergétique",
            "ADJ",
            "energy (barre énergétique: energy bar)",
        ),
        ("Un schéma d'adressage simplifié.", "schéma", "schéma", "NOUN", "diagram"),
        ("Reviens quand tu as des tunes !", "tunes", "tune", "NOUN", "cash"),
        (
            "Mais les citadins ont appris ton existence.",
            "citadins",
            "citadin",
            "NOUN",
            "city dweller",
        ),
        ("Il n'aime pas les faux-jetons.", "faux-jetons", "faux-jeton", "NOUN", "hypocrite"),
        ("Les armes à plasma ne sont pas répandues.", "répandues", "répandu", "ADJ", "widespread"),
        ("Les séquelles de la guerre.", "séquelles", "séquelle", "NOUN", "after-effect"),
        ("Un nouvel arrivage est prévu.", "arrivage", "arrivage", "NOUN", "delivery"),
        ("C'est complètement inoffensif.", "inoffensif", "inoffensif", "ADJ", "harmless"),
        (
            "Agacement : le droïde n'est pas un terminal.",
            "Agacement",
            "agacement",
            "NOUN",
            "annoyance",
        ),
        ("Ils réinitialisent les androïdes.", "réinitialisent", "réinitialiser", "VERB", "reset"),
        (
            "Francis est quelqu'un de très compréhensible.",
            "compréhensible",
            "compréhensible",
            "ADJ",
            "understandable",
        ),
        ("Je ne complote en aucune façon.", "complote", "comploter", "VERB", "plot"),
        ("Ce n'est pas exigeant.", "exigeant", "exigeant", "ADJ", "demanding"),
        ("Je suis un 999 équipé d'un cerveau.", "équipé", "équipé", "ADJ", "equipped"),
        ("J'ai aussi la mémoire défaillante.", "défaillante", "défaillant", "ADJ", "failing"),
        ("Les sciences pour les nuls.", "nuls", "nul", "NOUN", "loser"),
        ("Je te transforme en pièce de métal informe.", "informe", "informe", "ADJ", "shapeless"),
        ("Je suis toujours vigilant !", "vigilant", "vigilant", "ADJ", "vigilant"),
        ("Je veux quelque chose de peu onéreux.", "onéreux", "onéreux", "ADJ", "expensive"),
        ("Je suis un adepte des logiciels propriétaires.", "adepte", "adepte", "NOUN", "follower"),
        ("J'ai entendu parler de son pseudo.", "pseudo", "pseudo", "NOUN", "username"),
        ("Tu vas être déconnecté.", "déconnecté", "déconnecter", "VERB", "disconnected"),
        # a children's game story
        (
            "Un yéti le guettait en surplomb.",
            "surplomb",
            "surplomb",
            "NOUN",
            "overhang (en surplomb: overhanging)",
        ),
        ("Il entendit un énorme rugissement.", "rugissement", "rugissement", "NOUN", "roar"),
        ("Tux se réveilla, brumeux.", "brumeux", "brumeux", "ADJ", "misty"),
        # a strategy game's campaign letters
        ("Nous avons trouvé l'épave sur la berge.", "berge", "berge", "NOUN", "bank (of a river)"),
        ("Je marchais le long du rivage.", "rivage", "rivage", "NOUN", "shore"),
        (
            "Nous avons accosté sur une terre inconnue.",
            "accosté",
            "accoster",
            "VERB",
            "come alongside",
        ),
        ("Je vogue sur le golfe de la perle.", "vogue", "voguer", "VERB", "sail"),
        ("Il vous faudra une porcherie.", "porcherie", "porcherie", "NOUN", "pigsty"),
        ("C'est effroyable.", "effroyable", "effroyable", "ADJ", "dreadful"),
        ("Il faut résoudre la pagaille.", "pagaille", "pagaille", "NOUN", "mess"),
        ("Pas plus de trois impasses.", "impasses", "impasse", "NOUN", "dead end"),
        ("Le culte de Vesta.", "culte", "culte", "NOUN", "worship"),
        ("La mine et la fonte de l'or.", "fonte", "fonte", "NOUN", "melting"),
        ("Nous vivrons avec la culpabilité.", "culpabilité", "culpabilité", "NOUN", "guilt"),
        ("Des soldats à moitié entraînés.", "entraînés", "entraîné", "ADJ", "trained"),
        # a game's encyclopedia: crafts and farming
        ("Élève du bétail ou du poisson.", "bétail", "bétail", "NOUN", "livestock"),
        ("Après l'abattage du dernier cerf.", "abattage", "abattage", "NOUN", "felling (of trees)"),
        ("Des ustensiles de cuisine.", "ustensiles", "ustensile", "NOUN", "utensil"),
        ("La préparation et le brassage du chocolat.", "brassage", "brassage", "NOUN", "brewing"),
        (
            "Le charbon est produit par le charbonnier.",
            "charbonnier",
            "charbonnier",
            "NOUN",
            "charcoal burner",
        ),
        ("Ils travaillent pour ériger des bâtiments.", "ériger", "ériger", "VERB", "erect"),
        (
            "Utilisez le bouton pour décroître le nombre.",
            "décroître",
            "décroître",
            "VERB",
            "decrease",
        ),
        ("Les pinces sont utilisées par l'éleveur.", "pinces", "pince", "NOUN", "pliers"),
        ("Du miel est produit par un apiculteur.", "apiculteur", "apiculteur", "NOUN", "beekeeper"),
        ("Un champ de roseaux.", "roseaux", "roseau", "NOUN", "reed"),
        (
            "Les tapirs évitent les embouteillages.",
            "embouteillages",
            "embouteillage",
            "NOUN",
            "traffic jam",
        ),
        ("Cet arc est utilisé par les chasseurs.", "arc", "arc", "NOUN", "bow (weapon)"),
        ("Ils fortifient encore la digue.", "digue", "digue", "NOUN", "dike"),
        ("Connu plus tard comme Rimbert le solitaire.", "solitaire", "solitaire", "NOUN", "loner"),
        ("C'est une mer immense et houleuse.", "houleuse", "houleux", "ADJ", "rough (sea)"),
        ("Les tailleurs ont besoin de seaux.", "seaux", "seau", "NOUN", "bucket"),
        ("Le gué d'Abez est surveillé.", "gué", "gué", "NOUN", "ford"),
        ("Élève d'adorables ânes.", "ânes", "âne", "NOUN", "donkey"),
        ("Il brasse une chope de bière.", "chope", "chope", "NOUN", "tankard"),
        ("Le soleil brille à travers la verrière.", "verrière", "verrière", "NOUN", "glass roof"),
        (
            "Un matériau solide et ininflammable.",
            "ininflammable",
            "ininflammable",
            "ADJ",
            "non-flammable",
        ),
        ("Le boulanger cuit une miche de pain.", "miche", "miche", "NOUN", "loaf (of bread)"),
        ("Les clans sont venus vous détrôner.", "détrôner", "détrôner", "VERB", "dethrone"),
        (
            "Votre Altesse, je suis à vos ordres.",
            "Altesse",
            "altesse",
            "NOUN",
            "Highness (Votre Altesse: Your Highness)",
        ),
        ("Eu égard au vacarme de la chute.", "vacarme", "vacarme", "NOUN", "din"),
        ("Les torches vacillèrent.", "vacillèrent", "vaciller", "VERB", "flicker"),
        ("La neige tombe sur les pics déchiquetés.", "déchiquetés", "déchiqueté", "ADJ", "jagged"),
        (
            "Les orcs malfaisants sillonnent le pays.",
            "sillonnent",
            "sillonner",
            "VERB",
            "criss-cross",
        ),
        ("Une flotte de navires naufragés.", "naufragés", "naufragé", "ADJ", "shipwrecked"),
        ("Nous avons trouvé une pénurie de poisson.", "pénurie", "pénurie", "NOUN", "shortage"),
    ],
)
def test_first_sense_in_its_sentence(glossary, sentence, word, lemma, pos, first):
    token = in_sentence(sentence, word, lemma, pos)
    assert glossary.lookup_token(token, sentence).first_gloss == first


def test_a_seamstress_is_not_a_fashion_designer(glossary):
    """couturière (lemma couturier, feminine) and couturier: the gender chooses the entry."""
    sentence = "Il est produit par la couturière."
    token = in_sentence(sentence, "couturière", "couturier", "NOUN", "Gender=Fem|Number=Sing")
    assert glossary.lookup_token(token, sentence).first_gloss == "dressmaker"
    sentence = "Un grand couturier parisien."
    token = in_sentence(sentence, "couturier", "couturier", "NOUN", "Gender=Masc|Number=Sing")
    assert glossary.lookup_token(token, sentence).first_gloss == "fashion designer"


def test_secular_is_marked_a_false_friend(glossary):
    result = glossary.lookup("séculaire", "ADJ", "séculaire", "")
    assert "false friend" in result.note and result.first_gloss == "centuries-old"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "gloss"),
    [
        ("Les feux follets sont de petits fantômes.", "feux follets", "will-o'-the-wisps"),
        (
            "Nous pourrions le défaire en un clin d'œil.",
            "en un clin d'œil",
            "in the blink of an eye",
        ),
        ("Il faut retrouver le mode opératoire des fermes.", "mode opératoire", "procedure"),
        ("Construisez un poste avancé près de la rivière.", "poste avancé", "outpost"),
        ("Votre sagesse est sans pareille.", "sans pareille", "unequalled"),
        ("Nous devons continuer en contrebas.", "en contrebas", "below"),
        ("La poussière en provenance des mines.", "en provenance des", "from"),
        ("Elle est apportée chez le chercheur d'or.", "chercheur d'or", "gold prospector"),
        ("Je vous défie en combat singulier.", "combat singulier", "single combat"),
        ("Nous avons traversé le fleuve sans encombre.", "sans encombre", "without a hitch"),
        ("La cotte de mailles est l'armure moyenne.", "cotte de mailles", "chain mail"),
        ("Les armes sont fondues au préalable.", "au préalable", "beforehand"),
        ("Tant pis, je suppose que j'aurais dû écouter.", "Tant pis", "too bad"),
        ("Le roi est aux abois, encerclé par l'ennemi.", "aux abois", "at bay"),
        (
            "Ils atteignirent leur destination à l'insu des orcs.",
            "à l'insu des",
            "without the knowledge of",
        ),
        ("Le roi est en mauvaise posture.", "en mauvaise posture", "in a tight spot"),
        ("Allez jusqu'au panneau indicateur au nord.", "panneau indicateur", "signpost"),
        ("À votre guise.", "À votre guise", "as you wish"),
        ("Je vais laisser cette question en suspens.", "en suspens", "pending"),
        ("Mission accomplie !", "Mission accomplie", "mission accomplished"),
        (
            "J'ai trouvé ça dans la trousse de premier secours.",
            "trousse de premier secours",
            "first-aid kit",
        ),
    ],
)
def test_units_of_tales_glossed_as_a_whole(analyzer, glossary, text, span, gloss):
    from reader.core.expressions import find_expressions

    doc = analyzer.analyze(text)
    found = {doc.text[e.start : e.end]: e.gloss for e in find_expressions(doc, glossary)}
    assert found.get(span) == gloss, found
