"""Word documents (DOCX) with python-docx: paragraphs and tables in order, styles as block kinds."""

from __future__ import annotations

import io
import re

from ..document import SourceText
from ..errors import ImportFailure
from ._builder import TextBuilder
from .epub import check_archive

# Style names (English and French Word) -> block kind; checked as prefixes, lower case.
_STYLE_KINDS = [
    ("title", "title"),
    ("titre", "heading"),  # French Word: "Titre 1", "Titre 2"; "Titre" alone is the title
    ("heading", "heading"),
    ("subtitle", "heading"),
    ("sous-titre", "heading"),
    ("intense quote", "quote"),
    ("quote", "quote"),
    ("citation", "quote"),
    ("caption", "caption"),
    ("légende", "caption"),
]
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def style_kind(style_name: str) -> str:
    """The block kind for a paragraph style name ("Heading 1" -> heading)."""
    name = (style_name or "").strip().lower()
    if name == "titre":
        return "title"
    for prefix, kind in _STYLE_KINDS:
        if name.startswith(prefix):
            return kind
    return "paragraph"


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """A DOCX's bytes -> SourceText (title from the Title style or document properties)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_archive(data, label, "Word (DOCX)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError) as exc:
        raise ImportFailure(f"{label} is a damaged Word (DOCX) file ({exc}).") from exc
    builder = TextBuilder(max_chars, label)
    title = ""
    body = document.element.body
    stack = list(reversed(list(body.iterchildren())))
    while stack:
        el = stack.pop()
        if isinstance(el, _Row):
            builder.add("paragraph", " – ".join(el.cells))
        elif el.tag == f"{_W}p":
            para = Paragraph(el, document)
            kind = style_kind(para.style.name if para.style is not None else "")
            text = _paragraph_text(para)
            if kind == "title" and title:
                kind = "heading"
            block = builder.add(kind, text)
            if block and kind == "title":
                title = builder.text_of(block)
        elif el.tag == f"{_W}tbl":
            stack.extend(reversed(_table_parts(Table(el, document))))
        elif el.tag == f"{_W}sdt":
            content = el.find(f"{_W}sdtContent")
            if content is not None:
                stack.extend(reversed(list(content.iterchildren())))
    props = document.core_properties
    meta = {
        "author": props.author or "",
        "date": props.created.date().isoformat() if props.created else "",
        "format": "docx",
    }
    return builder.build(title=title or (props.title or ""), meta=meta)


class _Row:
    """A table row whose cells are one short paragraph each: read as one line."""

    tag = "row"

    def __init__(self, cells: list[str]):
        self.cells = cells


def _table_parts(table) -> list:
    """A table's rows as _Row when simple, else its cells' paragraphs and nested tables."""
    parts: list = []
    for row in table.rows:
        tcs = []
        for cell in row.cells:
            if cell._tc not in tcs:  # merged cells repeat the same element
                tcs.append(cell._tc)
        children = [list(tc.iterchildren()) for tc in tcs]
        paras = [[c for c in kids if c.tag == f"{_W}p"] for kids in children]
        simple = all(
            len(p) == 1 and len(kids) <= 2 for p, kids in zip(paras, children, strict=True)
        )
        if simple:
            texts = ["".join(t.text or "" for t in p[0].iter(f"{_W}t")).strip() for p in paras]
            parts.append(_Row([t for t in texts if t]))
        else:
            parts.extend(child for kids in children for child in kids)
    return parts


def _paragraph_text(para) -> str:
    """A paragraph's visible text; line breaks and tabs become spaces."""
    return re.sub(r"[\n\t\r]+", " ", para.text or "")
