"""Acronyms (OTAN, PIB, SNCF): their French expansion and English equivalent, never vocabulary.

The table assets/acronyms.tsv (acronym, French expansion, English equivalent) was written
for this project from public facts. An acronym the table lacks is still an acronym; where
the text defines it ("Union nationale lycéenne (UNL)", "l'UNL (Union nationale lycéenne)")
that definition is shown.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

TABLE_FILE = "acronyms.tsv"
UNKNOWN = "acronym"  # what the English side says for an acronym nobody explains

_lock = threading.Lock()
_table: dict[str, Acronym] | None = None
_ELIDED = re.compile(r"^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SMALL_WORDS = frozenset(
    "de du des d la le les l et en pour à au aux sur par dans contre".split()
)  # not counted in initials: Organisation [du] traité [de l']Atlantique [nord]


@dataclass(frozen=True, slots=True)
class Acronym:
    """One acronym: OTAN = Organisation du traité de l'Atlantique nord = NATO."""

    acronym: str
    expansion: str  # in French
    english: str  # the English equivalent or an explanation
    defined_in_text: bool = False


def _load() -> dict[str, Acronym]:
    global _table
    with _lock:
        if _table is None:
            from .paths import asset

            table: dict[str, Acronym] = {}
            for line in asset(TABLE_FILE).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                acronym, expansion, english = line.split("\t")
                table[acronym] = Acronym(acronym, expansion, english)
            _table = table
        return _table


def key(word: str) -> str | None:
    """The bare acronym in "OTAN", "l'OTAN", "CNRS's", "O.T.A.N." (None when not one)."""
    w = _ELIDED.sub("", word.strip())
    w = re.sub(r"['’]s$", "", w).replace(".", "")
    if 2 <= len(w) <= 6 and w.isalpha() and w.isupper():
        return w
    return None


def lookup(word: str) -> Acronym | None:
    """The table's entry for an acronym as written in a text, or None."""
    k = key(word)
    return _load().get(k) if k else None


def table_size() -> int:
    return len(_load())


def definition_in(text: str, acronym: str) -> str | None:
    """The words that spell out `acronym` next to it in brackets: "Union nationale lycéenne
    (UNL)" or "UNL (Union nationale lycéenne)"; None when the text does not define it."""
    k = key(acronym)
    if not k or k not in text:
        return None
    for m in re.finditer(rf"\(\s*{k}\s*\)", text):
        words = _WORD.findall(text[max(0, m.start() - 200) : m.start()])
        found = _spell_back(words, k)
        if found:
            return found
    for m in re.finditer(rf"\b{k}\s*\(([^()]{{3,200}})\)", text):
        words = _WORD.findall(m.group(1))
        if _initials_match(words, k):
            return " ".join(words)
    return None


def _spell_back(words: list[str], k: str) -> str | None:
    """The shortest run of words ending the list whose initials spell `k`."""
    for n in range(len(k), min(len(words), 3 * len(k)) + 1):
        run = words[-n:]
        if _initials_match(run, k):
            return " ".join(run)
    return None


def _initials_match(words: list[str], k: str) -> bool:
    content = [w for w in words if _ELIDED.sub("", w).lower() not in _SMALL_WORDS]
    if not content or content[0] is not words[0]:
        return False
    initials = "".join(_ELIDED.sub("", w)[:1] for w in content)
    plain = unicodedata.normalize("NFD", initials).encode("ascii", "ignore").decode()
    return plain.upper() == k


def explain(word: str, text: str = "") -> Acronym | None:
    """What an acronym stands for: the table's entry, else the text's own definition, else
    an Acronym saying only "acronym" (None when `word` is not an acronym at all)."""
    k = key(word)
    if not k:
        return None
    found = _load().get(k)
    if found is not None:
        return found
    defined = definition_in(text, k) if text else None
    if defined:
        return Acronym(k, defined, UNKNOWN, defined_in_text=True)
    return Acronym(k, "", UNKNOWN)
