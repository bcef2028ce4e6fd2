"""Look any French word, form or expression up out of context (the dictionary search box).

`suggest(prefix)` lists the forms the lexicon knows that start with what was typed, most
frequent words first; `look_up(text)` glosses a form (conjugated, plural, elided...) or a
multi-word expression the way the pop-up glosses a word in a text, with its frequency,
level and pronunciation.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Glossary, GlossResult
    from .lexicon import Lexicon

MAX_QUERY = 80  # characters: longer is not a word or an expression
SUGGESTIONS = 12
EXPRESSION_SLOTS = 3  # suggestions kept for expressions starting with a word typed in full
EXPRESSIONS_FILE = "glossary-ranked.sqlite"  # its multi-word keys are the expressions
_expressions_db: list[sqlite3.Connection | None] = []
_expressions_lock = threading.Lock()


@dataclass(frozen=True)
class WordLookup:
    """What the search box shows for one query."""

    query: str
    gloss: GlossResult
    rank: int = 0  # lexicon frequency rank of the lemma (0: unknown)
    cefr: str = ""
    ipa: str = ""

    @property
    def found(self) -> bool:
        return self.gloss.found


def clean_query(text: str) -> str:
    """The query as looked up: trimmed, inner blanks collapsed, ’ as '; '' when unusable."""
    if not isinstance(text, str):
        return ""
    cleaned = " ".join(text.replace("\u2019", "'").split())
    return cleaned if 0 < len(cleaned) <= MAX_QUERY else ""


def suggest(prefix: str, lexicon: Lexicon | None = None, limit: int = SUGGESTIONS) -> list[str]:
    """Forms starting with `prefix` (case-insensitive), the typed form itself first when it
    is known, then dictionary forms by frequency; expressions starting with the typed word
    ("mettre" -> "mettre au jour") or with the typed words ("coup d" -> "coup d'œil")."""
    from .lexicon import default_lexicon

    key = clean_query(prefix).lower()
    if not key or limit <= 0:
        return []
    if " " in key:
        return expressions_starting(key, limit)
    lexicon = lexicon or default_lexicon()
    expressions = expressions_starting(key + " ", min(EXPRESSION_SLOTS, limit))
    words = lexicon.forms_starting(key, limit)
    return words[: limit - len(expressions)] + expressions


def expressions_starting(prefix: str, limit: int = SUGGESTIONS) -> list[str]:
    """Multi-word expressions of the bundled glossary starting with `prefix` ([] when its
    data is unusable)."""
    db = _expressions_connection()
    if db is None or limit <= 0:
        return []
    try:
        with _expressions_lock:
            rows = db.execute(
                "SELECT DISTINCT key FROM entries WHERE key >= ? AND key < ? AND key LIKE ? "
                "ORDER BY key LIMIT ?",
                (prefix, prefix + "\U0010ffff", "% %", limit),
            ).fetchall()
    except sqlite3.Error:
        return []
    return [row[0] for row in rows]


def _expressions_connection() -> sqlite3.Connection | None:
    with _expressions_lock:
        if not _expressions_db:
            from .paths import asset

            try:
                path = asset(EXPRESSIONS_FILE)
                uri = f"file:{path.as_posix()}?mode=ro&immutable=1"
                db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                db.execute("SELECT key FROM entries LIMIT 1")
            except (sqlite3.Error, OSError):
                db = None
            _expressions_db.append(db)
        return _expressions_db[0]


def look_up(
    text: str,
    glossary: Glossary | None = None,
    lexicon: Lexicon | None = None,
    pronounce: bool = True,
) -> WordLookup:
    """Gloss `text` out of context. An inflected form the glossary alone does not place is
    tried with each (lemma, POS) the lexicon gives it, most likely first."""
    from .glossary import GlossResult, default_glossary
    from .lexicon import default_lexicon

    query = clean_query(text)
    if not query:
        return WordLookup(text if isinstance(text, str) else "", GlossResult(query=""))
    glossary = glossary or default_glossary()
    lexicon = lexicon or default_lexicon()
    if " " in query:  # an expression: its curated unit first (tant que: as long as)
        from .expressions import lookup_expression

        gloss = lookup_expression(query, glossary)
    else:
        gloss = glossary.lookup(query)
    if not gloss.found and " " not in query:
        for lemma, pos in lexicon.candidates(query):
            tried = glossary.lookup(query, pos=pos, lemma=lemma)
            if tried.found:
                gloss = tried
                break
    rank, cefr = 0, ""
    if gloss.found and " " not in gloss.lemma:
        entry = lexicon.entry(gloss.lemma, gloss.pos or None)
        if entry is not None:
            rank, cefr = entry.rank, entry.cefr
    ipa = _ipa(query, gloss) if pronounce and gloss.found else ""
    return WordLookup(query, gloss, rank, cefr, ipa)


def _ipa(query: str, gloss: GlossResult) -> str:
    """The pronunciation line ('' when none can be given: never raises)."""
    try:
        from .pronunciation import default_pronouncer

        found = default_pronouncer().for_word(query, gloss.lemma, gloss.pos)
    except Exception:  # a missing lexicon or espeak-ng must not break the search
        return ""
    return found.text if found is not None else ""
