"""One entry of the learner's vocabulary list, as shown, exported and imported."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, fields, replace

from .french import article_for as article_for  # one rule, in french.py

STATUSES = ("known", "learning", "unknown", "ignored")
# As the list shows them: a word looked up deliberately but never marked is "seen".
SHOWN_STATUSES = ("known", "learning", "unknown", "seen", "ignored")


@dataclass(frozen=True, slots=True)
class VocabItem:
    """A lemma the learner met: status, meaning, and where it was met."""

    lemma: str
    status: str = "unknown"  # '' = looked up, never marked
    pos: str = ""
    surface: str = ""  # the form met in the text
    gloss: str = ""
    gender: str = ""  # 'm', 'f' or ''
    article: str = ""  # le, la, l' (nouns only)
    sentence: str = ""
    source: str = ""  # article title or file the word was met in
    first_seen: str = ""  # ISO date-time
    updated_at: str = ""  # ISO date-time
    lookups: int = 0

    @property
    def shown_status(self) -> str:
        """The status as the learner sees it: a word looked up but never marked is "seen"
        (a look-up says nothing about knowing it); '' for a row with neither (an undone mark)."""
        return self.status or ("seen" if self.lookups else "")

    @property
    def date(self) -> str:
        """The day the word was first met (YYYY-MM-DD), or ''."""
        return (self.first_seen or self.updated_at)[:10]

    @property
    def headword(self) -> str:
        """The lemma with its article when it is a noun: 'la maison', "l'arbre"."""
        if not self.article:
            return self.lemma
        joiner = "" if self.article.endswith("'") else " "
        return f"{self.article}{joiner}{self.lemma}"

    def with_(self, **changes) -> VocabItem:
        """A copy with some fields changed."""
        return replace(self, **changes)


FIELD_NAMES = tuple(f.name for f in fields(VocabItem))


def escape_text(text: str) -> str:
    """HTML-escape text content (apostrophes and quotes stay as they are)."""
    return html.escape(text, quote=False)


_esc = escape_text


def emphasise(sentence: str, surface: str, lemma: str = "") -> str:
    """The sentence as HTML with the word met wrapped in <b>; escaped otherwise."""
    for word in (surface, lemma):
        if not word:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        match = pattern.search(sentence)
        if match:
            return (
                _esc(sentence[: match.start()])
                + "<b>"
                + _esc(match.group(0))
                + "</b>"
                + _esc(sentence[match.end() :])
            )
    return _esc(sentence)
