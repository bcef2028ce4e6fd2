"""Whether the text around a word is about computers, so that a word with a computing sense
(pilote: driver, répertoire: directory, serveur: server) is glossed with it there and with its
everyday sense elsewhere (le pilote de l'avion: pilot).

The signal is local (the characters around the word, not the whole document): a news article
can have one paragraph on software. It counts distinct computing words (logiciel, fichier,
utilisateur, installer...) and code hints (paths, options) in the window, the word itself left
out; two or more make the context technical.
"""

from __future__ import annotations

import re

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


def _stem(match: str) -> str:
    m = match.strip().lower()
    return m[:6] if m[0].isalpha() else m[:5]


def computing_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the text around [start, end) (the word) is about computers."""
    if not text:
        return False
    end = start if end is None else end
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    seen: set[str] = set()
    for m in _MARKERS.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue  # the word itself (répertoire in a sentence about a singer's répertoire)
        seen.add(_stem(m.group()))
        if len(seen) >= MIN_MARKERS:
            return True
    return False
