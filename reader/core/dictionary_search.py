"""Look any French word, form or expression up out of context (the dictionary search box).

`suggest(prefix)` lists the forms the lexicon knows that start with what was typed, most
frequent words first; `look_up(text)` glosses a form (conjugated, plural, elided...) or a
multi-word expression the way the pop-up glosses a word in a text, with its frequency,
level and pronunciation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Glossary, GlossResult
    from .lexicon import Lexicon

MAX_QUERY = 80  # characters: longer is not a word or an expression
SUGGESTIONS = 12


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
    """Forms starting with `prefix` (case-insensitive), the most frequent lemmas' first; the
    typed text itself comes first when it is a known form."""
    from .lexicon import default_lexicon

    key = clean_query(prefix).lower()
    if not key or limit <= 0:
        return []
    lexicon = lexicon or default_lexicon()
    return lexicon.forms_starting(key, limit)


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
