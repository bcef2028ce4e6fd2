"""Whether the text around a word is about computers or about music, so that a word with a
computing sense (pilote: driver, répertoire: directory, serveur: server) or a music sense
(partition: score, portée: staff, mesure: bar) is glossed with it there and with its everyday
sense elsewhere (le pilote de l'avion: pilot; la partition de l'Inde: partition).

The signal is local (the characters around the word, not the whole document): a news article
can have one paragraph on software. It counts distinct computing words (logiciel, fichier,
utilisateur, installer...) and code hints (paths, options) in the window, the word itself left
out; two or more make the context technical. Music likewise, with music words (musique,
musicien, orchestre, compositeur...); its senses are in assets/music-glosses.tsv.
"""

from __future__ import annotations

import re
import threading

WINDOW = 1200  # characters each side of the word
MIN_MARKERS = 2  # distinct computing words (or code hints) in the window

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
MUSIC_FILENAME = "music-glosses.tsv"
_music: dict | None = None
_lock = threading.Lock()


def _stem(match: str) -> str:
    m = match.strip().lower()
    return m[:6] if m[0].isalpha() else m[:5]


def _about(markers: re.Pattern, text: str, start: int, end: int | None) -> bool:
    """Two distinct markers (by their first letters) around [start, end), the word left out."""
    if not text:
        return False
    end = start if end is None else end
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    seen: set[str] = set()
    for m in markers.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue  # the word itself (répertoire in a sentence about a singer's répertoire)
        seen.add(_stem(m.group()))
        if len(seen) >= MIN_MARKERS:
            return True
    return False


def computing_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about computers."""
    return _about(_MARKERS, text, start, end)


def music_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about music."""
    return _about(_MUSIC_MARKERS, text, start, end)


def music_entries(lemma: str, pos: str) -> tuple:
    """The music senses of (lemma, POS) (partition: score) for a text about music, as
    reader.core.curated.CuratedEntry rows of assets/music-glosses.tsv."""
    global _music
    if _music is None:
        with _lock:
            if _music is None:
                from .curated import parse_table
                from .paths import asset

                text = asset(MUSIC_FILENAME).read_text(encoding="utf-8")
                _music = parse_table(text, MUSIC_FILENAME)
    if not lemma:
        return ()
    return _music.get((lemma.lower(), "VERB" if pos == "AUX" else pos), ())
