"""Which words the view highlights, and how strongly (from the learner assessment)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.french import FUNCTION_POS

STRONG_P = 0.8  # p(unknown) from which a difficult word is drawn in the strong colour


def token_kind(tok, info, show_names: bool = True) -> str | None:
    """The highlight kind of one token: strong, medium, learning, name or None."""
    if not tok.is_word or tok.elided:
        return None
    status = getattr(info, "status", None) if info is not None else None
    if status in ("known", "ignored"):
        return None
    if tok.is_name:
        return "name" if show_names else None
    if info is None or tok.pos in FUNCTION_POS:
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
    words = assessment.words if assessment is not None else [None] * len(doc.tokens)
    kinds = {}
    for tok, info in zip(doc.tokens, words, strict=False):
        kind = token_kind(tok, info, show_names)
        if kind:
            kinds[tok.index] = kind
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
