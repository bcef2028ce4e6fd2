"""Map an engine's word marks onto our tokens.

espeak-ng and spaCy cut French differently: espeak gives one mark for "d'État" (two tokens
for us), none for the parts of "arc-en-ciel" after the first, several for "2021" ("deux mille
vingt et un"), and sometimes a stray mark at the end. Each mark is attached to the token at
its text offset; tokens with no mark of their own share the time up to the next marked token
in proportion to their length, so every spoken token gets a start time in order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.document import Document, Token
from .backend import WordMark


@dataclass(frozen=True, slots=True)
class TokenTime:
    """Our token `token` starts being spoken `time_ms` into the sentence's audio."""

    token: int
    time_ms: float


def is_spoken(token: Token) -> bool:
    """Whether a token is said aloud (words and numbers, not punctuation)."""
    return not token.is_punct and any(c.isalnum() for c in token.text)


def sentence_text(doc: Document, index: int) -> str:
    """The text of sentence `index`, exactly doc.text[start:end] so offsets line up."""
    s = doc.sentences[index]
    return doc.text[s.start : s.end]


def spoken_tokens(doc: Document, index: int) -> list[Token]:
    """The tokens of sentence `index` that are said aloud."""
    return [t for t in doc.sentence_tokens(index) if is_spoken(t)]


def align_sentence(
    doc: Document, index: int, marks: Sequence[WordMark], duration_ms: float
) -> list[TokenTime]:
    """Start times of sentence `index`'s spoken tokens, from marks on sentence_text()."""
    return align_tokens(
        doc.text, spoken_tokens(doc, index), doc.sentences[index].start, marks, duration_ms
    )


def align_tokens(
    text: str, tokens: Sequence[Token], base: int, marks: Sequence[WordMark], duration_ms: float
) -> list[TokenTime]:
    """Start times for `tokens` (in text order) given marks whose offsets count from `base`."""
    if not tokens:
        return []
    ends = [t.end for t in tokens]
    times: list[float | None] = [None] * len(tokens)
    last_k, last_time = -1, -1.0
    for mark in marks:
        offset = base + mark.offset
        k = bisect_right(ends, offset)  # first token ending after the offset
        if k >= len(tokens) or k <= last_k or mark.time_ms < last_time:
            continue
        tok = tokens[k]
        if tok.start > offset and any(c.isalnum() for c in text[offset : tok.start]):
            continue  # the mark points into something we do not speak as a token
        times[k] = mark.time_ms
        last_k, last_time = k, mark.time_ms
    if times[0] is None:
        times[0] = 0.0
    _fill_gaps(tokens, times, duration_ms)
    return [TokenTime(t.index, float(time)) for t, time in zip(tokens, times, strict=True)]


def _fill_gaps(tokens: Sequence[Token], times: list[float | None], duration_ms: float) -> None:
    """Give unmarked tokens a share of the time between the marked ones around them."""
    i = 0
    n = len(tokens)
    while i < n:
        j = i + 1
        while j < n and times[j] is None:
            j += 1
        if j > i + 1:
            start = times[i]
            end = times[j] if j < n else max(duration_ms, start)
            lengths = [max(1, tokens[k].end - tokens[k].start) for k in range(i, j)]
            total = sum(lengths)
            acc = 0
            for k in range(i, j):
                times[k] = start + (end - start) * acc / total
                acc += lengths[k - i]
        i = j


def token_at_time(timeline: Sequence[TokenTime], position_ms: float) -> int:
    """The token being spoken at `position_ms` (-1 before the first one)."""
    k = bisect_right([t.time_ms for t in timeline], position_ms) - 1
    return timeline[k].token if k >= 0 else -1
