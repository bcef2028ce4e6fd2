"""Pasted content: the HTML of a copied selection when available, otherwise its plain text."""

from __future__ import annotations

import re

from ..document import SourceText
from ..errors import ImportFailure
from ._builder import TextBuilder, clean_inline
from ._htmlblocks import html_blocks, parse_html
from .txt import build_from_text

# Windows' "HTML Format" clipboard header (Version:0.9 StartHTML:...), when passed through.
_CF_HTML_HEADER = re.compile(r"^Version:\d[^<]*?(?=<)", re.S)


def load(text: str, markup: str, max_chars: int) -> SourceText:
    """SourceText of pasted content; ImportFailure when the clipboard holds no text."""
    label = "The pasted text"
    if markup and markup.strip():
        source = _from_html(markup, label, max_chars)
        if source is not None:
            return source
    if not text or not clean_inline(text):
        raise ImportFailure("The clipboard holds no text to read.")
    builder, title = build_from_text(text, TextBuilder(max_chars, label))
    return builder.build(title=title, meta={"format": "clipboard", "source": "clipboard"})


def _from_html(markup: str, label: str, max_chars: int) -> SourceText | None:
    """The selection's blocks with their kinds; None when the HTML holds no text."""
    tree = parse_html(_CF_HTML_HEADER.sub("", markup, count=1), label)
    if tree is None:
        return None
    builder = TextBuilder(max_chars, label, code_marks=True)
    title = ""
    for kind, raw in html_blocks(tree, mark_code=True):
        block = builder.add(kind, raw)
        if block is not None and builder.block_count == 1 and kind == "heading":
            title = builder.text_of(block)
    if builder.block_count == 0:
        return None
    return builder.build(title=title, meta={"format": "clipboard", "source": "clipboard"})
