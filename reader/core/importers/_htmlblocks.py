"""Blocks (kind, text) from an HTML/XHTML tree, walked without recursion (deep trees are safe)."""

from __future__ import annotations

import re
from collections.abc import Iterator

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_KIND_OF = {
    **dict.fromkeys(HEADINGS, "heading"),
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
    "pre": "code",
}
# Inline elements holding code or keys: a block whose text is all inside them is code.
CODE_TAGS = {"code", "kbd", "samp", "tt", "var"}
# With `mark_code`, inline code inside a prose block is wrapped in these (private-use)
# characters; TextBuilder.add takes them out and records the spans (SourceText.spans).
CODE_OPEN, CODE_CLOSE = "\ue000", "\ue001"
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "body",
    "center",
    "address",
    "hr",
    *_KIND_OF,
}
# Never text for the reader: code, forms, media, document head.
SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "canvas",
    "audio",
    "video",
    "rt",
    "rp",
}
# Page furniture skipped when reading a whole page without an extractor (menus, footers).
FURNITURE_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}


def local_name(tag) -> str:
    """'p' for '{http://www.w3.org/1999/xhtml}p'; '' for comments and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def html_blocks(
    root, *, skip: set[str] | frozenset[str] = frozenset(), mark_code: bool = False
) -> Iterator[tuple[str, str]]:
    """Yield (kind, text) for each block of text under `root`, in reading order.

    A code block (pre, or a block whose text is all in code/kbd/samp) is kind "code", one
    block per line: its line breaks are the listing's. With `mark_code`, code inside a
    prose block (`<p>lancez <code>ls -l</code></p>`) is marked with CODE_OPEN/CODE_CLOSE."""
    from lxml import etree

    skipped = SKIP_TAGS | set(skip)
    buffer: list[str] = []
    prose: list[bool] = []  # for each part of `buffer`: outside any code element
    kinds: list[str] = []
    in_code = 0

    def add(text: str) -> None:
        buffer.append(unmarked(text) if mark_code else text)  # the page's own are not ours
        prose.append(not in_code)

    def flush() -> Iterator[tuple[str, str]]:
        text = "".join(buffer)
        all_code = not any(p and t.strip() for t, p in zip(buffer, prose, strict=True))
        marked = mark_code and not all(prose)
        if marked:
            marked_text = "".join(
                t if p else _marked(t) for t, p in zip(buffer, prose, strict=True)
            )
        buffer.clear()
        prose.clear()
        if text.strip():
            kind = next((k for k in reversed(kinds) if k), "paragraph")
            if kind == "paragraph" and all_code:
                kind = "code"
            if kind == "code":
                for line in text.splitlines():
                    if line.strip():
                        yield kind, line
            else:
                yield kind, marked_text if marked else text

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        name = local_name(el.tag)
        if event == "start":
            if not name:
                walker.skip_subtree()
                continue
            if name in skipped:
                walker.skip_subtree()
                kinds.append("")
                continue
            if name in BLOCK_TAGS or name == "br":
                yield from flush()
            kinds.append(_KIND_OF.get(name, ""))
            if name in CODE_TAGS:
                in_code += 1
            if el.text:
                add(el.text)
        else:
            if name:
                if name in BLOCK_TAGS:
                    yield from flush()
                kinds.pop()
                if name in CODE_TAGS:
                    in_code -= 1
            if el.tail and el is not root:
                add(el.tail)
    yield from flush()


def _marked(code: str) -> str:
    """`code` between the markers, its surrounding spaces outside them."""
    inner = code.strip()
    if not inner:
        return code
    lead, trail = code[: len(code) - len(code.lstrip())], code[len(code.rstrip()) :]
    return f"{lead}{CODE_OPEN}{inner}{CODE_CLOSE}{trail}"


def unmarked(text: str) -> str:
    """`text` without the inline code markers."""
    return text.replace(CODE_OPEN, "").replace(CODE_CLOSE, "")


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Parse-time guards: libxml2 checks each attribute against the element's others (quadratic:
# 200,000 attributes on one element never finish), and every element costs memory and time.
MAX_ELEMENTS = 300_000
MAX_EXCESS_ATTRIBUTES = 1_000_000  # sum over elements of (attributes beyond 32) squared
_OPEN_TAG = re.compile(r"<[A-Za-z][^>]{64,}>")
_START_TAG = re.compile(r"<[A-Za-z]")
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")


_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE(\s+[^\[>]*)\[(.*?)\]\s*>", re.I | re.S)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+%?\s*([\w.:-]+)", re.I)


def drop_internal_subset(markup: str) -> str:
    """A DOCTYPE's internal subset removed (never expanded), with references to the entities
    it declared: HTML parsers otherwise show its leftover "]>" and "&xxe;" as text."""
    found = _INTERNAL_SUBSET.search(markup, 0, 200_000)
    if found is None or markup[: found.start()].strip().startswith("<html"):
        return markup
    names = set(_ENTITY_DECL.findall(found.group(2)))
    rest = markup[found.end() :]
    if names:
        alternatives = "|".join(map(re.escape, names))
        rest = re.sub(rf"&({alternatives});", "", rest)
    return markup[: found.start()] + f"<!DOCTYPE{found.group(1).rstrip()}>" + rest


def markup_problem(markup: str) -> str:
    """Why `markup` is too costly to parse ('' when it is fine); linear time."""
    elements = len(_START_TAG.findall(markup))
    if elements > MAX_ELEMENTS:
        return f"it has {elements:,} elements (the limit is {MAX_ELEMENTS:,})"
    excess = 0
    for tag in _OPEN_TAG.finditer(markup):
        count = len(_ATTRIBUTE.findall(tag.group(), 1)) - 1  # the first match is the name
        if count > 32:
            excess += (count - 32) ** 2
            if excess > MAX_EXCESS_ATTRIBUTES:
                return f"an element has {count:,} attributes"
    return ""


def parse_html(markup: str, label: str = "This file"):
    """An lxml HTML tree for `markup` (None when there is nothing; ImportFailure if nested too deep)."""
    from lxml import html as lxml_html

    from ..errors import ImportFailure

    markup = drop_internal_subset(_XML_DECL.sub("", markup, count=1))
    if not markup.strip():
        return None
    problem = markup_problem(markup)
    if problem:
        raise ImportFailure(f"{label} is too complex to open as a web page: {problem}.")
    parser = lxml_html.HTMLParser()
    try:
        tree = lxml_html.document_fromstring(markup, parser=parser)
    except Exception:  # lxml raises ParserError on markup it cannot root
        return None
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 stops at 256 levels and silently drops what lies deeper.
        raise ImportFailure(
            f"{label} is a damaged web page: its elements are nested too deeply to read."
        )
    return tree
