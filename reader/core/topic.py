"""Whether the text around a word is about computers or about music, so that a word with a
computing sense (pilote: driver, répertoire: directory, serveur: server) or a music sense
(partition: score, portée: staff, mesure: bar) is glossed with it there and with its everyday
sense elsewhere (le pilote de l'avion: pilot; la partition de l'Inde: partition).

The signal is mostly local (the characters around the word): a news article can have one
paragraph on software. It counts distinct computing words (logiciel, fichier, utilisateur,
installer...) and code hints (paths, options) in the window, the word itself left out; two or
more make the context technical. A document dense with them (a manual: one marker or more every
1,000 characters, three distinct) is about computers everywhere, its paragraphs without a
marker too (le calque actif in a filter's page: layer); a long text's "document" is its block of
DOC_BLOCK characters around the word, counted by the analysis's worker (prepare_document) so
that a pop-up does not scan a book. A text about images (image, pixel, filtre, sélection,
opacité...: three distinct in the window, or a document dense with them) has an image
editor's senses (the rows noted "image editing": calque: layer, dégradé: gradient), as a
linguist's calque has none of those words around it. Music likewise, with music words (musique,
musicien, orchestre, compositeur...); its senses are in assets/music-glosses.tsv. Card and board
games likewise (jeu de cartes, pioche, défausse, échiquier, dés...; assets/game-glosses.tsv:
tableau: tableau, couleur: suit, pli: trick, fou: bishop), with a few words' senses kept to the
phrases that carry them (battre les cartes: shuffle; en montant: ascending).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable

from .gui_turns import give_way

WINDOW = 1200  # characters each side of the word
MIN_MARKERS = 2  # distinct computing words (or code hints) in the window
DOC_MIN_DISTINCT = 3  # a document about the topic: distinct markers in its whole text
DOC_MIN_COUNT = 4  # and markers in all, at least this many
DOC_CHARS_PER_MARKER = 1000  # and one every this many characters of it, at most
IMAGE_MIN_MARKERS = 3  # distinct image words for an image editor's senses

# Words that are about computers wherever they occur (not serveur, menu, écran, réseau,
# programme, paquet: a restaurant, a TV, friends, a parcel have them too).
_MARKERS = re.compile(
    r"(?<![\w-])(?:"
    r"logiciels?|ordinateurs?|informatiques?|informatis[ée]e?s?|fichiers?|octets?"
    r"|utilisat(?:eur|rice)s?|claviers?|internet|courriels?|e-?mails?|web|linux|windows|unix"
    r"|debian|ubuntu|install(?:er|ez|é|ée|és|ées|ation|ations)"
    r"|configur(?:er|ez|é|ée|és|ées|ation|ations)|télécharg(?:er|ez|é|ée|és|ées|ement|ements)"
    r"|programmation|scripts?|cliqu(?:er|ez|é|ant)|algorithmes?|pixels?|html|https?|url"
    r"|processeurs?|mots? de passe|systèmes? d['’]exploitation|bases? de données|code source"
    r"|disques? durs?|mémoire vive|ligne de commande|boîtes? de dialogue|barres? d['’]outils"
    r"|raccourcis? clavier|glisser-déposer"
    # image editing (GIMP's manual): a layer, a plug-in, a tab, a click are the computer's
    r"|calques?|greffons?|onglets?|clics?|double-cli\w+|cliqu(?:er|ez)-gliss(?:er|ez)"
    r"|rvb|rgb|niveaux de gris|canal alpha|barres? de défilement|menus? contextuels?"
    r"|fenêtres? de dialogue|(?-i:GIMP|Photoshop|Inkscape|Krita)|modes? de fusion"
    r"|sélections? flottantes?|anticrénelage"
    r")(?![\w-])"
    r"|(?:^|\s)/(?:usr|etc|var|home|bin|tmp|dev|opt)/"  # a path
    r"|(?:^|\s)--[a-z][a-z-]+",  # a long option
    re.IGNORECASE,
)

# Words that are about music wherever they occur (not note, portée, mesure, accord, chœur,
# instrument, partition: a bill, a reach, a measure, an agreement, a disk have them too).
_MUSIC_MARKERS = re.compile(
    r"(?<![\w-])(?:"
    r"musiques?|musica(?:l|le|les|ux)|musicien(?:ne)?s?|orchestres?|orchestrations?"
    r"|compositeurs?|compositrices?|symphonies?|symphoniques?|concertos?|sonates?"
    r"|mélodies?|mélodiques?|solfèges?|pianistes?|pianos?|violons?|violoncelles?|violonistes?"
    r"|guitares?|harpes?|trompettes?|archets?|solistes?|choristes?|musicologues?|mélomanes?"
    r"|chansons?|chanteu(?:r|rs|se|ses)|opéras?|jazz|chefs? d['’]orchestre"
    r"|notes? de musique|instruments? de musique|clés? de (?:sol|fa|ut)"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Words about pictures: an image editor's senses (calque: layer) need three distinct ones (one
# alone is everyday: l'image d'un pays, un filtre à café, la sélection de l'équipe).
_IMAGE_MARKERS = re.compile(
    r"(?<![\w-])(?:"
    r"images?|pixels?|filtres?|sélections?|opacité|transparences?|pinceaux?|gommes?|masques?"
    r"|teintes?|saturation|luminosité|contrastes?|netteté|flous?|aplats?|retouches?"
    r"|photos?|photographies?|rvb|rgb"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Words about maps and places: a map, not a card (télécharger les cartes in a map viewer's
# manual).
_MAPS_MARKERS = re.compile(
    r"(?<![\w-])(?:"
    r"itinéraires?|latitudes?|longitudes?|atlas|globes?|topographi\w+|cartographi\w+"
    r"|géographi\w+|gps|boussoles?|méridiens?|parallèles terrestres|planisphères?"
    r"|points? cardinaux|relief|altitudes?|projections? cartographiques?"
    r")(?![\w-])",
    re.IGNORECASE,
)
MUSIC_FILENAME = "music-glosses.tsv"
_tables: dict[str, dict] = {}  # topic table file -> its rows, read on first use
_lock = threading.Lock()


def _stem(match: str) -> str:
    m = match.strip().lower()
    return m[:6] if m[0].isalpha() else m[:5]


def _about(
    markers: re.Pattern,
    text: str,
    start: int,
    end: int | None,
    stem: Callable = _stem,
    phrases: bool = False,
) -> bool:
    """Two distinct markers (by `stem`; None: not one) around [start, end), the word left
    out; with `phrases`, a marker phrase around the word counts (paquet in 'un paquet de 52
    cartes': its other words say cards)."""
    if not text:
        return False
    if _document_about(markers, text, stem, start):
        return True  # a manual: its topic holds in a paragraph without a marker
    end = start if end is None else end
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    seen: set[str] = set()
    for m in markers.finditer(text, lo, hi):
        if (
            m.start() < end
            and m.end() > start
            and not (phrases and (m.start() < start or m.end() > end))
        ):
            continue  # the word itself (répertoire in a sentence about a singer's répertoire)
        key = stem(m.group())
        if key is None:
            continue  # an idiom that only borrows a marker (les dés sont jetés)
        seen.add(key)
        if len(seen) >= MIN_MARKERS:
            return True
    return False


DOC_BLOCK = 100_000  # a long text's "document" for the rule above: its block holding the word
_BLOCKS_KEPT = 2048  # (marker set, text, block) counts kept; a 4 MB book has 39 blocks a set
_blocks: OrderedDict[tuple, tuple[int, frozenset]] = OrderedDict()
_SCAN_STEP = 4_096  # characters a marker regex scans in one call
_LONGEST_MARKER = 64  # characters: a marker starting in a step is matched whole


def _block_markers(
    markers: re.Pattern, text: str, stem: Callable, block: int
) -> tuple[int, frozenset]:
    """How many markers block `block` of `text` (DOC_BLOCK characters) has and their distinct
    keys (by `stem`), kept per text and block: a pop-up asks it for each word, and scanning a
    block costs ~20 ms a marker set (the five sets over a 3.8 MB book: 4.4 s of CPU), so the
    analysis's worker fills it (prepare_document) before the window looks words up."""
    key = (markers.pattern, stem, len(text), hash(text), block)
    with _lock:
        found = _blocks.get(key)
        if found is not None:
            _blocks.move_to_end(key)
            return found
    lo = block * DOC_BLOCK
    hi = min(len(text), lo + DOC_BLOCK)
    keys = []
    for a in range(lo, hi, _SCAN_STEP):  # one regex call per step: the GIL is held ~1 ms, not 40
        b = min(hi, a + _SCAN_STEP)
        give_way()  # the window's turn first (reader.core.gui_turns)
        for m in markers.finditer(text, a, min(hi, b + _LONGEST_MARKER)):
            if m.start() >= b:
                break  # the next step's (read there whole)
            k = stem(m.group())
            if k is not None:
                keys.append(k)
    found = (len(keys), frozenset(keys))
    with _lock:
        _blocks[key] = found
        while len(_blocks) > _BLOCKS_KEPT:
            _blocks.popitem(last=False)
    return found


def _document_about(
    markers: re.Pattern,
    text: str,
    stem: Callable = _stem,
    at: int = 0,
    distinct: int = DOC_MIN_DISTINCT,
    least: int = DOC_MIN_COUNT,
) -> bool:
    """Whether the document around offset `at` is about the markers' topic: `distinct` distinct
    markers, `least` in all and one every DOC_CHARS_PER_MARKER characters (a book with one
    chapter on computers is not a manual). The document is the whole text up to DOC_BLOCK
    characters; a longer text's is the block of DOC_BLOCK characters holding `at` (a book's
    chapters differ; and the pop-up must not scan megabytes)."""
    block = max(0, min(at, len(text) - 1)) // DOC_BLOCK
    count, keys = _block_markers(markers, text, stem, block)
    size = min(len(text), (block + 1) * DOC_BLOCK) - block * DOC_BLOCK
    need = max(least, size / DOC_CHARS_PER_MARKER)
    return count >= need and len(keys) >= distinct


def prepare_document(text: str, upto: int | None = None) -> None:
    """Count every topic's markers in the blocks of `text` up to offset `upto` (default: all of
    it), so that the pop-up's look-ups there find them counted. A worker's job."""
    if not text:
        return
    end = len(text) if upto is None else max(0, min(upto, len(text)))
    sets = (
        (_MARKERS, _stem),
        (_MUSIC_MARKERS, _stem),
        (_MAPS_MARKERS, _stem),
        (_GAME_MARKERS, _game_stem),
        (_IMAGE_MARKERS, _plain_stem),
    )
    for block in range(0, (max(end, 1) - 1) // DOC_BLOCK + 1):
        for markers, stem in sets:
            _block_markers(markers, text, stem, block)


def _plain_stem(match: str) -> str:
    """A picture word without its plural's s/x (image and images, pinceau and pinceaux)."""
    m = match.strip().lower()
    return m[:-1] if len(m) > 3 and m[-1] in "sx" else m


def image_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word), or the whole text, is about images
    (IMAGE_MIN_MARKERS distinct picture words: image, pixel, filtre, sélection...), or about
    computers: an image editor's senses hold there (calque: layer)."""
    if not text:
        return False
    if computing_context(text, start, end):
        return True
    if _document_about(
        _IMAGE_MARKERS, text, _plain_stem, start, IMAGE_MIN_MARKERS, IMAGE_MIN_MARKERS
    ):
        return True  # dense with picture words (a novel's few do not make it an image manual)
    end = start if end is None else end
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    seen = {_plain_stem(m.group()) for m in _IMAGE_MARKERS.finditer(text, lo, hi)}
    return len(seen) >= IMAGE_MIN_MARKERS


def computing_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about computers."""
    return _about(_MARKERS, text, start, end)


def maps_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word), or the whole text, is about maps
    and places (itinéraire, latitude, atlas, globe, topographique...)."""
    return _about(_MAPS_MARKERS, text, start, end)


def music_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about music."""
    return _about(_MUSIC_MARKERS, text, start, end)


def music_entries(lemma: str, pos: str) -> tuple:
    """The music senses of (lemma, POS) (partition: score) for a text about music, as
    reader.core.curated.CuratedEntry rows of assets/music-glosses.tsv."""
    return _entries(MUSIC_FILENAME, lemma, pos)


def _entries(filename: str, lemma: str, pos: str) -> tuple:
    """The rows of (lemma, POS) in the topic table `filename` (read once, on first use)."""
    table = _tables.get(filename)
    if table is None:
        with _lock:
            table = _tables.get(filename)
            if table is None:
                from .curated import parse_table
                from .paths import asset

                text = asset(filename).read_text(encoding="utf-8")
                table = _tables[filename] = parse_table(text, filename)
    if not lemma:
        return ()
    return table.get((lemma.lower(), "VERB" if pos == "AUX" else pos), ())


# Words and phrases that are about card, dice and board games wherever they occur. Left out:
# joueur, partie, manche, tour, carte(s), plateau (sports, news and maps have them), atout, pli,
# levée, réussite, patience, solitaire (everyday senses), tuile and damier (GIMP's tiles and
# checkerboard), redistribuer and rebattre les cartes (the news' figurative senses), échiquier
# politique (the news' political spectrum), as/pique/cœur alone (tu as, des piques, le cœur); the
# suits are markers in the plural with a capital (les Carreaux), as card rules write them.
# Idioms of the news that borrow game words: matched first, they are not markers.
_GAME_IDIOMS = (
    r"(?:les )?dés (?:sont|étaient|seront|en sont) (?:jetés|pipés)"
    r"|(?:avanc|pouss)\w* (?:ses|leurs|nos|son|leur) pions?"
    r"|(?:n['’]est|ne sont|n['’]était|n['’]être) (?:plus )?qu['’](?:un|une|des|de simples?) pions?"
)
_CHESS_WORDS = (
    r"(?:jeux?|parties?|joueu(?:r|rs|se|ses)|tournois?|problèmes?|logiciels?|moteurs?|serveurs?"
    r"|programmes?|clubs?|champions?|championnats?|variantes?) d['’]échecs|aux échecs"
    r"|échecs? et mat|échec au roi|roques?|roqu(?:er|ez|é)|échiquiers?"
    r"(?! (?:politique|mondial|international|européen|diplomatique|régional|électoral))"
)
_CARD_WORDS = (
    r"jeux? de (?:\d+ )?cartes|cartes? à jouer|paquets? de (?:\d+ )?cartes|(?:32|52|54|78) cartes"
    r"|pioches?|pioch(?:er|ez|é|ée|ées|és|ant)|défausses?|défauss(?:er|ez|é|ée|ées|és|ant)"
    r"|belote|rebelote|coinche|tarots?|poker|rami|klondike|freecell"
    r"|(?:as|rois?|dames?|valets?|dix|sept|huit|neuf) de (?:pique|cœur|coeur|carreau|trèfle)"
    r"|cartes? faces? (?:visibles?|cachées?|retournées?|vers le (?:haut|bas))|cartes? du dessus"
    r"|(?:de l['’]as|du roi) (?:au roi|à l['’]as|à la dame|au valet)"
    r"|construi\w* (?:en montant|en descendant|par couleur)"
    r"|(?-i:Carreaux|Trèfles|Piques|Cœurs)(?! de)"
)
_BOARD_WORDS = (
    r"jeux? de (?:société|plateau|dés|dames|l['’]oie)|plateaux? de jeu|lancers? de dés"
    r"|(?<!\()dés?(?!\))|mah-?jongg?|backgammon|jacquet|scrabble|yams|yahtzee|dominos|reversi"
    r"|othello|(?-i:Puissance) (?:4|quatre)|morpion|pions?"
)
_IDIOM = re.compile(_GAME_IDIOMS, re.IGNORECASE)
_GAME_MARKERS = re.compile(
    rf"(?<![\w-])(?:{_GAME_IDIOMS}|{_CARD_WORDS}|{_BOARD_WORDS}|{_CHESS_WORDS})(?![\w-])",
    re.IGNORECASE,
)
# Of those, the ones that say cards: the card senses (couleur: suit, pli: trick) need one (the
# colour of a reversi counter or a chess piece is a colour); the chess senses (fou: bishop,
# tour: rook) need a chess word; the tarot senses (le chien: the kitty, l'Excuse) the word tarot.
_CARD_MARKERS = re.compile(rf"(?<![\w-])(?:{_CARD_WORDS})(?![\w-])", re.IGNORECASE)
_CHESS_MARKERS = re.compile(rf"(?<![\w-])(?:{_CHESS_WORDS})(?![\w-])", re.IGNORECASE)
_TAROT_MARKERS = re.compile(r"(?<![\w-])tarots?(?![\w-])", re.IGNORECASE)
_NEEDS = {
    "card sense": _CARD_MARKERS,
    "chess sense": _CHESS_MARKERS,
    "tarot sense": _TAROT_MARKERS,
}
GAME_FILENAME = "game-glosses.tsv"

# Words whose game sense lives in a phrase: the sense only where the text before (up to the
# word) or after it matches. battre les cartes: shuffle (battre un adversaire: beat); en
# montant: in ascending order (le montant de la mise: amount); à chaque lancer de dés: roll.
_NEAR_DICE = (
    re.compile(r"\bdés?\W+(?:\w+\W+){0,5}$", re.I),
    re.compile(r"^\W+(?:\w+\W+){0,2}dés?\b", re.I),
)
_ONLY_IF: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {
    "battre": (None, re.compile(r"^\s+(?:les|le|un|vos|ses|des)\s+(?:cartes|jeu|paquet)\b", re.I)),
    "mélanger": (
        None,
        re.compile(r"^\s+(?:les|le|un|vos|ses)\s+(?:cartes|jeu|paquet|tuiles|dominos)\b", re.I),
    ),
    "lancer": _NEAR_DICE,
    "relancer": _NEAR_DICE,
    "fournir": (None, re.compile(r"^\s*(?:[.,;:)]|à\s+(?:la\s+)?(?:couleur|atout)|$)", re.I)),
    "sec": (re.compile(r"\b(?:as|rois?|dames?|valets?|dix|atouts?|cartes?)\s+$", re.I), None),
    "nul": (re.compile(r"\b(?:parties?|match(?:s|es)?)\s+$", re.I), None),
    "montant": (re.compile(r"\ben\s+$", re.I), None),
    "monter": (re.compile(r"\ben\s+$", re.I), None),
    "descendant": (re.compile(r"\ben\s+$", re.I), None),
    "descendre": (re.compile(r"\ben\s+$", re.I), None),
}
# Words whose everyday sense stays in the phrases that carry it: par la suite (later), du coup
# (so), une partie des cartes (some of), retourner à (go back to), en alternant les couleurs.
_NOT_IF: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {
    "suite": (
        re.compile(r"(?:\bpar\s+la|\btout\s+de|\bà\s+la|\bainsi\s+de|\bdonner|\bfaire)\s+$", re.I),
        re.compile(r"^\s+(?:à\b|de\s+la\s+partie|du\s+jeu|de\s+l['’]histoire)", re.I),
    ),
    "coup": (
        re.compile(
            r"(?:\btout\s+à|\bdu|\bd['’]un(?:\s+seul)?|\baprès|\bsur\s+le|\bà(?:\s+tous\s+les)?)\s+$",
            re.I,
        ),
        re.compile(r"^\s+(?:d['’]|de\s+(?:main|pouce|fil|chance|pied|poing|feu|tête|cœur))", re.I),
    ),
    "partie": (
        re.compile(r"(?:\ben(?:\s+(?:grande|majeure|bonne|petite))?|\bfai\w*|\bfont)\s+$", re.I),
        re.compile(
            r"^\s+(?:des|du|de\s+(?:la|ces|ses|leurs?|mes|tes|nos|vos|celles?|ceux|celui|cela)\b"
            r"|de\s+l['’]|d['’]entre)",
            re.I,
        ),
    ),
    "case": (re.compile(r"\b(?:coch|décoch)\w*\s+(?:la|les|cette|une)\s+$", re.I), None),
    "retourner": (None, re.compile(r"^\s+(?:à|au|aux|en|chez|dans|sur)\b", re.I)),
    "mise": (None, re.compile(r"^\s+(?:à|en|au|aux|sur)\b", re.I)),
    "tableau": (
        None,
        re.compile(r"^\s+(?:des|de|du)\s+(?:scores?|bord|résultats?|points|honneur)\b", re.I),
    ),
    "paquet": (
        re.compile(r"\b(?:install|désinstall|mett\w*\s+à\s+jour)\w*\s+(?:le|un|ce|du)\s+$", re.I),
        re.compile(r"^\s+(?:de\s+jeux|logiciels?|debian|[a-z0-9]+-[a-z0-9-]+)\b", re.I),
    ),
}
_COLOUR_WORDS = re.compile(r"altern|oppos|rouges?\b|noires?\b|noirs?\b", re.I)


def _game_stem(match: str) -> str | None:
    """One key per marker: its first word without accents or a plural's s/x, 5 letters, and the
    next word's first two (dé and dés, pioche and pioché, jeu and jeux de 52 cartes are one)."""
    if _IDIOM.fullmatch(match):
        return None
    text = unicodedata.normalize("NFD", match.lower()).encode("ascii", "ignore").decode()
    words = re.split(r"[\s'-]+", text.strip())
    first = words[0][:-1] if len(words[0]) > 2 and words[0][-1] in "sx" else words[0]
    return first[:5] + (" " + words[1][:2] if len(words) > 1 else "")


def game_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about card, dice or board games."""
    return _about(_GAME_MARKERS, text, start, end, _game_stem, phrases=True)


def _near(markers: re.Pattern, text: str, start: int, end: int) -> bool:
    """A marker of `markers` within reach of [start, end), the word left out."""
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    return any(not (m.start() < end and m.end() > start) for m in markers.finditer(text, lo, hi))


def game_entries(lemma: str, pos: str) -> tuple:
    """The game senses of (lemma, POS) (couleur: suit) as reader.core.curated.CuratedEntry rows
    of assets/game-glosses.tsv, whatever the context."""
    return _entries(GAME_FILENAME, lemma, pos)


def _matches(pair: tuple[re.Pattern | None, re.Pattern | None], before: str, after: str) -> bool:
    return bool(
        (pair[0] is not None and pair[0].search(before))
        or (pair[1] is not None and pair[1].search(after))
    )


def _phrase_allows(lemma: str, text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if lemma in _ONLY_IF and not _matches(_ONLY_IF[lemma], before, after):
        return False
    if lemma in _NOT_IF and _matches(_NOT_IF[lemma], before, after):
        return False
    if lemma == "échec" and text[start:end].lower().endswith("s"):
        return False  # les échecs: chess (its own row), not check
    if lemma == "couleur":  # alternées, opposée, rouge sur noir, a chess piece's: colour
        near = text[max(0, start - 50) : end + 50]
        return not _COLOUR_WORDS.search(near) and not _near(_CHESS_MARKERS, text, start, end)
    return True


def game_senses(
    lemma: str, pos: str, gender: str, text: str, start: int, end: int | None = None
) -> tuple:
    """The game entries of (lemma, POS) that hold for the word at [start, end) of `text`: the
    text is about games, the gender fits (la tour: rook, not le tour), a chess (tarot) sense has
    a chess word (tarot) around and the phrase allows it; () otherwise."""
    end = start if end is None else end
    entries = game_entries(lemma, pos)
    if gender:
        entries = tuple(e for e in entries if not e.gender or e.gender == gender)
    if not entries or not _phrase_allows(lemma.lower(), text, start, end):
        return ()
    if not game_context(text, start, end):
        return ()
    for kind, markers in _NEEDS.items():
        if any(e.note.startswith(kind) for e in entries) and not _near(markers, text, start, end):
            entries = tuple(e for e in entries if not e.note.startswith(kind))
    return entries
