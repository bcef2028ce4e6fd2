"""Which words the view highlights, and how strongly (from the learner assessment)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from .document import Tokens
from .french import FUNCTION_POS

STRONG_P = 0.8  # p(unknown) from which a difficult word is drawn in the strong colour


def token_kind(tok, info, show_names: bool = True) -> str | None:
    """The highlight kind of one token: strong, medium, learning, name or None."""
    return _kind(tok.is_word, tok.elided, tok.is_name, tok.pos, info, show_names)


def _kind(is_word, elided, is_name, pos, info, show_names: bool) -> str | None:
    if not is_word or elided:
        return None
    status = getattr(info, "status", None) if info is not None else None
    if status in ("known", "ignored"):
        return None
    if is_name:
        return "name" if show_names else None
    if info is None or pos in FUNCTION_POS:
        return None
    if status == "learning":
        return "learning"
    if status == "unknown":
        return "strong"
    if info.difficult:
        return "strong" if info.p_unknown >= STRONG_P else "medium"
    return None


def highlight_kinds(doc, assessment, show_names: bool = True) -> dict[int, str]:
    """token index -> highlight kind for every highlighted token of `doc`."""
    words = assessment.words if assessment is not None else itertools.repeat(None)
    tokens = doc.tokens
    if isinstance(tokens, Tokens):  # a book's: read per kind, without building the tokens
        rows = tokens.rows("is_word", "elided", "is_name", "pos")
    else:
        rows = ((t.index, t.is_word, t.elided, t.is_name, t.pos) for t in tokens)
    kinds = {}
    for (index, word, elided, name, pos), info in zip(rows, words, strict=False):
        kind = _kind(word, elided, name, pos, info, show_names) if word else None
        if kind:
            kinds[index] = kind
    return kinds


# Up to this many tokens a level or status change is re-coloured on the GUI thread
# (measured ~3 ms per 10k tokens for relevel + kinds + rows); beyond it, in a worker.
SYNC_TOKENS = 20_000


@dataclass
class Shading:
    """What the GUI thread shows of one assessment, computed beforehand: the highlight
    kind of every token (names included; the view hides them when names are off) and
    the panel's rows (lemma, first token, count, CEFR)."""

    assessment: Any
    kinds: dict[int, str]
    rows: list[tuple[str, int, int, str]]


def difficult_rows(assessment) -> list[tuple[str, int, int, str]]:
    """The panel's rows: (lemma, first token index, occurrences, CEFR) of difficult lemmas."""
    if assessment is None:
        return []
    return [
        (lemma, first, count, getattr(info, "cefr", "") or "")
        for lemma, first, count, info in assessment.difficult_lemmas()
    ]


def shade(doc, assessment) -> Shading:
    """Kinds, rows and figures of `assessment` (O(tokens): a worker's job on a book)."""
    kinds = highlight_kinds(doc, assessment, show_names=True)
    rows = difficult_rows(assessment)
    if assessment is not None:
        _ = assessment.stats  # cached: the panel's figures cost nothing when shown
    return Shading(assessment, kinds, rows)


def recolour(doc, assessment, learner, statuses, check=None) -> Shading:
    """`assessment` for another learner or new statuses, shaded (see `shade`). `check()`
    (a job's Reporter.check) may stop it between steps once a newer change was asked."""
    new = assessment.relevel(learner, statuses=statuses)
    new = assessment if new is None else new
    if check is not None:
        check()
    return shade(doc, new)
