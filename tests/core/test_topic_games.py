"""Card, dice and board game senses in a text about games (couleur: suit, pioche: stock, fou:
bishop), everyday and computing senses elsewhere (un tableau de Monet, la couleur du ciel)."""

from __future__ import annotations

from token_helpers import word_token

from reader.core.curated import parse_table
from reader.core.paths import asset
from reader.core.topic import GAME_FILENAME, game_context, game_entries

PATIENCE = (
    "Klondike se joue avec un jeu de 52 cartes. Au début, vingt-huit cartes sont distribuées "
    "en sept colonnes qui forment le tableau ; le reste du paquet forme la pioche. Un clic sur "
    "la pioche retourne une carte face visible sur la défausse. Les fondations sont à construire "
    "par couleur, de l'As au Roi : un Valet de pique va sur le dix de pique. Dans le tableau, "
    "on construit en descendant en alternant les couleurs rouge et noire. Les Carreaux comptent "
    "double à la dernière manche."
)
BELOTE = (
    "La belote se joue à quatre avec un jeu de 32 cartes. Le donneur bat les cartes, fait couper "
    "son voisin, puis distribue cinq cartes à chacun. L'atout est choisi après la première donne "
    "; celui qui remporte le pli joue le premier. Quand un joueur n'a plus de carte de la "
    "couleur demandée, il doit couper avec un atout ou se défausser."
)
TAROT = (
    "Le tarot se joue avec un jeu de 78 cartes. Le preneur retourne le chien, le prend dans sa "
    "main et écarte six cartes ; il gagne s'il a assez de points selon le nombre de bouts."
)
CHESS = (
    "Aux échecs, chaque joueur commence la partie avec seize pièces sur l'échiquier. Le fou se "
    "déplace en diagonale, la tour en ligne droite et le cavalier saute par-dessus les autres "
    "pièces. C'est ensuite votre tour. Le roque déplace le roi et la tour en un seul coup."
)
DICE = (
    "Au Yams, on lance cinq dés à chaque tour. Après chaque lancer, gardez les dés qui vous "
    "intéressent et relancez les autres : une suite de cinq dés rapporte quarante points."
)
NEWS = (
    "Au musée, un tableau de Monet attire la foule : la couleur du ciel y change avec l'heure. "
    "Les dés sont jetés : sur l'échiquier politique, le président avance ses pions et garde un "
    "atout pour la suite ; "
    "le parti a remporté la première manche de la bataille."
)
COMPUTING = (
    "Le logiciel écrit le tableau des résultats dans un fichier ; l'utilisateur choisit la "
    "couleur du texte dans la boîte de dialogue et clique sur Enregistrer. Le pilote de "
    "l'imprimante est installé avec le paquet."
)
GIMP = (
    "Dans GIMP, la transparence est représentée par un damier gris. Le filtre Mosaïque découpe "
    "l'image en tuiles ; chaque tuile garde la couleur moyenne de ses pixels, et le calque "
    "actif reçoit le motif en damier."
)


def popup(
    glossary, text: str, word: str, lemma: str, pos: str = "NOUN", morph: str = "", after: str = ""
):
    """The pop-up's lookup of `word` (the first one after `after`) in `text`."""
    start = text.index(word, text.index(after) if after else 0)
    token = word_token(word, lemma, pos, morph)._replace(start=start, end=start + len(word))
    return glossary.lookup_token(token, text)


def test_game_context_needs_two_game_words_around_the_word():
    assert game_context(PATIENCE, PATIENCE.index("tableau"))
    assert game_context(BELOTE, BELOTE.index("pli"))
    assert game_context(CHESS, CHESS.index("fou"))
    # les dés sont jetés, l'échiquier politique, avancer ses pions: the news' idioms
    assert not game_context(NEWS, NEWS.index("atout"))
    assert not game_context(COMPUTING, COMPUTING.index("couleur"))
    assert not game_context(GIMP, GIMP.index("couleur"))  # damier and tuiles are GIMP's too
    one = "Il a tiré une carte de la pioche. Le tableau de Monet est au musée."
    assert not game_context(one, one.index("tableau"))


def test_card_game_senses_in_a_text_about_cards(glossary):
    tableau = popup(glossary, PATIENCE, "tableau", "tableau", morph="Gender=Masc")
    assert tableau.first_gloss == "tableau"
    assert tableau.note.startswith("card sense")
    assert any(s.text == "painting" for s in tableau.senses[1:])  # still there, after
    assert popup(glossary, PATIENCE, "pioche", "pioche", after="reste").first_gloss == "stock"
    assert popup(glossary, PATIENCE, "défausse", "défausse").first_gloss == "discard"
    assert popup(glossary, PATIENCE, "couleur", "couleur", after="fondations").first_gloss == (
        "suit"
    )
    assert popup(glossary, PATIENCE, "Carreaux", "carreau").first_gloss == "diamonds"
    assert popup(glossary, PATIENCE, "manche", "manche", morph="Gender=Fem").first_gloss == "round"
    assert popup(glossary, BELOTE, "pli", "pli").first_gloss == "trick"
    assert popup(glossary, BELOTE, "atout", "atout", after="L'").first_gloss == "trump"
    assert popup(glossary, BELOTE, "donneur", "donneur").first_gloss == "dealer"
    assert popup(glossary, BELOTE, "bat", "battre", "VERB").first_gloss == "shuffle"


def test_a_number_opening_a_sentence_is_not_a_subject(glossary):
    # "Sept piles." after a sentence: the noun pile, not piler ('crush') after a name
    text = PATIENCE + " Sept piles en haut à droite."
    piles = popup(glossary, text, "piles", "pile", morph="Gender=Fem|Number=Plur", after="Sept")
    assert (piles.pos, piles.first_gloss) == ("NOUN", "pile")
    assert popup(glossary, PATIENCE, "paquet", "paquet", morph="Gender=Masc").first_gloss == "pack"


def test_phrases_keep_their_sense_in_a_text_about_cards(glossary):
    # en alternant les couleurs rouge et noire: colours, not suits
    couleurs = popup(glossary, PATIENCE, "couleurs", "couleur", after="alternant")
    assert couleurs.first_gloss == "colour"
    text = PATIENCE + " Ce jeu est en grande partie comme Klondike : déplacez la suite d'un coup."
    assert popup(glossary, text, "partie", "partie", after="grande").first_gloss != "game"
    assert popup(glossary, text, "coup", "coup").first_gloss != "move"
    # battre an opponent is still to beat
    text = BELOTE + " Pour battre son adversaire, il faut compter les points."
    assert popup(glossary, text, "battre", "battre", "VERB").first_gloss == "beat"


def test_tarot_and_belote_senses(glossary):
    assert popup(glossary, TAROT, "preneur", "preneur").first_gloss == "taker"
    assert popup(glossary, TAROT, "chien", "chien").first_gloss == "kitty"
    assert popup(glossary, TAROT, "bouts", "bout").first_gloss == "oudler"
    # a tarot sense needs the word tarot: a dog in the rules of belote is a dog
    text = BELOTE + " Le chien du donneur dort sous la table."
    assert popup(glossary, text, "chien", "chien").first_gloss == "dog"
    text = BELOTE + " Avec un roi sec, il vaut mieux passer."
    assert popup(glossary, text, "sec", "sec", "ADJ").first_gloss == "singleton"
    text = BELOTE + " Il boit un vin sec."
    assert popup(glossary, text, "sec", "sec", "ADJ").first_gloss == "dry"


def test_chess_and_dice_senses(glossary):
    assert popup(glossary, CHESS, "fou", "fou", morph="Gender=Masc").first_gloss == "bishop"
    assert popup(glossary, CHESS, "cavalier", "cavalier").first_gloss == "knight"
    assert popup(glossary, CHESS, "tour", "tour", morph="Gender=Fem").first_gloss == "rook"
    # le tour (a player's turn) is not the rook
    assert popup(
        glossary, CHESS, "tour", "tour", morph="Gender=Masc", after="votre"
    ).first_gloss == ("turn")
    assert popup(glossary, CHESS, "coup", "coup").first_gloss == "move"
    # the colour of a reversi counter is a colour: suits need a card game
    text = "Au Reversi, on pose des pions sur le plateau de jeu. Le joueur qui a le plus de pions de sa couleur gagne."
    assert popup(glossary, text, "couleur", "couleur").first_gloss == "colour"
    assert popup(glossary, text, "plateau", "plateau").first_gloss == "board"
    # the colour of a chess piece is a colour, not a suit
    text = CHESS + " Une pièce ne peut pas prendre une pièce de la même couleur."
    assert popup(glossary, text, "couleur", "couleur").first_gloss == "colour"
    assert popup(glossary, DICE, "lancer", "lancer", morph="Gender=Masc").first_gloss == "roll"
    assert popup(glossary, DICE, "relancez", "relancer", "VERB").first_gloss == "reroll"
    assert popup(glossary, DICE, "suite", "suite", morph="Gender=Fem").first_gloss == "sequence"


def test_everyday_and_computing_senses_elsewhere(glossary):
    assert popup(glossary, NEWS, "tableau", "tableau", morph="Gender=Masc").first_gloss == (
        "painting"
    )
    assert popup(glossary, NEWS, "couleur", "couleur").first_gloss == "colour"
    assert popup(glossary, NEWS, "atout", "atout").first_gloss == "asset"
    assert popup(glossary, NEWS, "manche", "manche", morph="Gender=Fem").first_gloss != "round"
    assert popup(glossary, COMPUTING, "couleur", "couleur").first_gloss == "colour"
    tableau = popup(glossary, COMPUTING, "tableau", "tableau", morph="Gender=Masc")
    assert tableau.first_gloss == "table" and tableau.note.startswith("computing")
    assert popup(glossary, GIMP, "couleur", "couleur").first_gloss == "colour"


def test_the_game_table_is_well_formed():
    table = parse_table(asset(GAME_FILENAME).read_text(encoding="utf-8"), GAME_FILENAME)
    notes = {e.note.split(" (")[0] for es in table.values() for e in es}
    assert notes == {"game sense", "card sense", "chess sense", "tarot sense"}
    assert game_entries("couleur", "NOUN")[0].senses[0] == "suit"
    assert game_entries("", "NOUN") == ()
