"""Which words the view highlights, and how strongly (from the learner assessment)."""

from __future__ import annotations

# Parts of speech that are never vocabulary to learn (pronouns, articles, ...).
FUNCTION_POS = frozenset(
    {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM", "NUM"}
)
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
