"""French synonyms for a word nothing else explains (issue 13, point 5: never a bare "No
translation"), from LibreOffice's French thesaurus (assets/thesaurus-fr.tsv, built by
tools/build_thesaurus.py from Debian's mythes-fr).

Only the French synonyms are shown, as the word's French line ("Synonymes : hulotte,
chat-huant, chevêche, chouette"): no English gloss is drawn from them. Read in context, the English gloss
of a synonym chosen by part of speech and agreement was wrong for about a third of the
words (the thesaurus mixes near synonyms with broader and looser words).
"""

from __future__ import annotations

import threading
from pathlib import Path

SOURCE = "thesaurus"
LINE = "Synonymes : {}"
FILE = "thesaurus-fr.tsv"
_POS_EQUIV = {"AUX": "VERB", "PROPN": "NOUN"}

_lock = threading.Lock()
_tables: dict[Path, dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = {}


def _table(path: Path) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    with _lock:
        if path not in _tables:
            table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                text = ""
            for line in text.splitlines():
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    continue
                word, poss, synonyms = parts
                meaning = (tuple(p for p in poss.split(",") if p), tuple(synonyms.split("|")))
                table.setdefault(word, []).append(meaning)
            _tables[path] = table
        return _tables[path]


def has(word: str, path: Path | None = None) -> bool:
    """Whether the thesaurus lists `word` (a French word, however rare: aberrance)."""
    return word in _table(path or default_path())


def default_path() -> Path:
    from .paths import assets_dir

    return assets_dir() / FILE


def entry(words: list[str], pos: str = "", path: Path | None = None):
    """(word, part of speech or '', synonyms) for the first of `words` (the token's lemma,
    then its own spelling) the thesaurus table has: its meanings of part of speech `pos`,
    else those with none given; a meaning of another part of speech only when it is the
    word's only one (the tagger often guesses a rare word's part of speech wrong). None
    when the table has none of them."""
    table = _table(path or default_path())
    pos = _POS_EQUIV.get(pos, pos)
    for word in words:
        meanings = table.get(word)
        if not meanings:
            continue
        chosen = [m for m in meanings if pos and pos in m[0]]
        chosen = chosen or [m for m in meanings if not m[0] or not pos]
        if not chosen and len(meanings) == 1:
            chosen = meanings
        out: list[str] = []
        for _, group in chosen:
            out += [s for s in group if s not in out]
        poss = {p for m in chosen for p in m[0]}
        shown_pos = pos if pos in poss else (next(iter(poss)) if len(poss) == 1 else "")
        if out:
            return word, shown_pos, tuple(out[:4])
    return None


def line(synonyms: tuple[str, ...]) -> str:
    """The French line the pop-up shows: 'Synonymes : chouette, hibou, hulotte'."""
    return LINE.format(", ".join(synonyms)) if synonyms else ""
