"""Cutting a column of lines into pages: whole lines only, notes on their word's page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Slice:
    """An unbreakable strip of content (a line of text, a table row, a header)."""

    height: float
    gap: float = 0.0  # space above it, dropped at the top of a page
    keep_with_next: bool = False  # headings, a paragraph's first line, the line before its last
    notes: list[float] = field(default_factory=list)  # heights of the notes it calls
    payload: object = None
    header: Slice | None = None  # repeated above this slice when it starts a page


def paginate(slices: list[Slice], page_height: float, note_separator: float = 0.0) -> list[range]:
    """Index ranges of `slices` per page; notes sit under the text on the same page."""
    pages: list[range] = []
    start = 0
    n = len(slices)
    while start < n:
        head = slices[start].header
        used = head.height if head is not None else 0.0
        notes = 0.0
        end = start
        while end < n:
            s = slices[end]
            body = used + (s.gap if end > start else 0.0) + s.height
            extra = notes + sum(s.notes)
            total = body + (extra + note_separator if extra else 0.0)
            if end > start and total > page_height:
                break
            used, notes = body, extra
            end += 1
        if end < n:
            cut = end
            while cut - 1 > start and slices[cut - 1].keep_with_next:
                cut -= 1
            if cut > start and not slices[cut - 1].keep_with_next:
                end = cut
        pages.append(range(start, end))
        start = end
    return pages
