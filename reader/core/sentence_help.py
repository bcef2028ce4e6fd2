"""Explain this sentence: its difficult words and expressions glossed in line. No Qt here.

The sentence is cut into pieces: plain text, and glossed pieces (an expression the analysis
found, or a highlighted word) carrying their English gloss, ready to be laid out in line
(the interlinear layout of the handouts, for one sentence). The rough translation comes
separately from reader.core.translate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

# Highlight kinds that are worth a gloss (names are not glossed).
GLOSSED_KINDS = frozenset({"strong", "medium", "learning"})


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the sentence; `gloss` set when it is explained."""

    text: str
    gloss: str = ""
    expression: bool = False


def explain_sentence(
    doc,
    sentence_index: int,
    kinds: Mapping[int, str],
    expressions: Iterable = (),
    gloss_for: Callable[[int], str] | None = None,
) -> list[Piece]:
    """The sentence as pieces: expressions and highlighted words glossed, the rest as is.

    `kinds`: token index -> highlight kind; `gloss_for(token index)` -> a word's gloss.
    """
    s = doc.sentences[sentence_index]
    spans: list[tuple[int, int, str, bool]] = []  # (start, end, gloss, expression)
    taken: set[int] = set()
    for e in expressions:
        if e.first_token >= s.first_token and e.last_token <= s.last_token and e.gloss:
            first, last = doc.tokens[e.first_token], doc.tokens[e.last_token - 1]
            spans.append((first.start, last.end, e.gloss, True))
            taken.update(range(e.first_token, e.last_token))
    for i in range(s.first_token, s.last_token):
        tok = doc.tokens[i]
        if i in taken or kinds.get(i) not in GLOSSED_KINDS or gloss_for is None:
            continue
        gloss = gloss_for(i)
        if gloss:
            spans.append((tok.start, tok.end, gloss, False))
    spans.sort()
    pieces: list[Piece] = []
    at = s.start
    for start, end, gloss, is_expression in spans:
        if start < at:  # overlapping: the first one wins
            continue
        if start > at:
            pieces.append(Piece(doc.text[at:start]))
        pieces.append(Piece(doc.text[start:end], gloss, is_expression))
        at = end
    if at < s.end:
        pieces.append(Piece(doc.text[at : s.end]))
    return pieces
