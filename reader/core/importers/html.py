"""Saved web pages: the article's main text and metadata with trafilatura; menus, ads, comments dropped."""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from functools import cache

from ..document import SourceText
from ..errors import ImportFailure
from ._boilerplate import byline_author, drop_furniture, published_date
from ._builder import TextBuilder, clean_inline
from ._htmlblocks import (
    FURNITURE_TAGS,
    drop_internal_subset,
    html_blocks,
    local_name,
    parse_html,
    unmarked,
)
from .txt import decode_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
# A saved page is a few MB at most; more is not a page to read (and parses into GBs).
MAX_HTML_BYTES = 50 * 1024 * 1024
# Pages with more elements are not given to trafilatura (its tree walks are slow on them).
MAX_TREE_SIZE = 500_000
# Trafilatura takes ~0.1 ms per element: above this, the page's visible text is read
# directly (furniture dropped) so that opening stays within a few seconds.
EXTRACTOR_MAX_ELEMENTS = 40_000


def decode_html(data: bytes, label: str) -> tuple[str, str]:
    """(markup, encoding): BOM, then the page's declared charset, then content detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:8192])
        if declared:
            raw = declared.group(1) or declared.group(2)
            name = raw.decode("ascii", "replace").lower()
            try:
                # As browsers do (WHATWG), Latin-1 and ASCII labels mean Windows-1252.
                if codecs.lookup(name).name in ("iso8859-1", "latin-1", "ascii"):
                    name = "cp1252"
                return data.decode(name), name
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data, label)


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """A saved web page (HTML or MHTML bytes) -> SourceText."""
    if len(data) > MAX_HTML_BYTES:
        raise ImportFailure(
            f"{label} is too large for a web page ({len(data) / 1e6:,.0f} MB; "
            f"the limit is {MAX_HTML_BYTES // 1_000_000} MB)."
        )
    if (
        data.lstrip()[:2048].find(b"MIME-Version:") >= 0
        and b"multipart/related" in data[:4096].lower()
    ):
        markup, encoding, url = _from_mhtml(data, label)
        fmt = "mhtml"
    else:
        markup, encoding = decode_html(data, label)
        url = ""
        fmt = "html"
    source = load_markup(markup, label, max_chars, url=url)
    source.meta["format"] = fmt
    source.meta["encoding"] = encoding
    return source


def load_markup(markup: str, label: str, max_chars: int, url: str = "") -> SourceText:
    """Main text and metadata of a page; falls back to all visible text when the extractor finds none."""
    markup = drop_internal_subset(markup)
    tree = parse_html(markup, label)
    if tree is None:
        raise ImportFailure(f"{label} contains no readable text.")
    saved = _SAVED_FROM.search(markup[:4096])
    url = url or (saved.group(1) if saved else "")
    byline, published = byline_author(tree), published_date(tree)
    drop_furniture(tree)  # post meta, comment forms, next-post links, breadcrumbs; tables
    doc = _extract(tree, url) if tree.xpath("count(//*)") <= EXTRACTOR_MAX_ELEMENTS else None
    builder = TextBuilder(max_chars, label, code_marks=True)
    meta = {"url": url}
    title = ""
    if doc is not None:
        title = doc.get("title", "")
        meta.update(
            author=doc.get("author", ""),
            date=doc.get("date", ""),
            source=doc.get("sitename", "") or doc.get("hostname", ""),
            url=doc.get("url", "") or url,
            description=doc.get("description", ""),
        )
    meta["author"] = meta.get("author") or byline
    meta["date"] = published or meta.get("date", "")
    title = clean_inline(title) or _page_title(tree)
    if title:
        builder.add("title", title)
    marked = [
        (kind, text)
        for kind, text in html_blocks(tree, skip=FURNITURE_TAGS, mark_code=True)
        if not (kind == "heading" and clean_inline(unmarked(text)) == title)
    ]
    visible = [(kind, unmarked(text)) for kind, text in marked]
    body = doc.find("main") if doc is not None else None
    extracted = [
        (kind, text)
        for kind, text in (_extracted_blocks(body) if body is not None else [])
        if not (kind == "heading" and clean_inline(text) == title)
    ]
    byline_text = _byline_text(meta["author"], extracted or visible)
    if byline_text:
        builder.add("caption", byline_text)
    if _extractor_helps(extracted, visible):
        lead = _lead_paragraph(tree, meta.get("description", ""), body)
        if lead:
            builder.add("paragraph", lead)
        blocks = _with_inline_code(_with_code(extracted, visible), marked)
    else:
        # A short page or a fragment: the extractor removed nothing but lost the structure.
        blocks = marked
    for kind, text in blocks:
        builder.add(kind, text)
    meta.pop("description", None)
    return builder.build(title=title, meta=meta)


def _with_code(extracted: list[tuple[str, str]], visible: list[tuple[str, str]]) -> list:
    """The extractor's blocks, those that are the page's code lines (its pre, or a paragraph
    all in code/kbd/samp) made code blocks again: trafilatura turns a pre into a quote."""
    code = {clean_inline(t) for k, t in visible if k == "code"}
    if not code:
        return extracted
    out: list[tuple[str, str]] = []
    for kind, text in extracted:
        lines = [clean_inline(line) for line in _split_code(text, code)]
        if kind != "code" and lines and all(line in code for line in lines):
            out.extend(("code", line) for line in lines)
        else:
            out.append((kind, text))
    return out


def _with_inline_code(blocks: list[tuple[str, str]], marked: list[tuple[str, str]]) -> list:
    """The extractor's blocks (which lose all markup) with the inline code of the page's
    block of the same text marked again."""
    by_text = {clean_inline(unmarked(t)): t for _, t in marked if unmarked(t) != t}
    if not by_text:
        return blocks
    return [(kind, by_text.get(clean_inline(text), text)) for kind, text in blocks]


def _split_code(text: str, code: set[str]) -> list[str]:
    """`text` cut into the code lines it is made of (the extractor may join a pre's lines)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if all(clean_inline(line) in code for line in lines):
        return lines
    rest, out = clean_inline(text), []
    while rest:
        found = next((c for c in sorted(code, key=len, reverse=True) if rest.startswith(c)), "")
        if not found:
            return [text]
        out.append(found)
        rest = rest[len(found) :].lstrip()
    return out


def _byline_text(author: str, blocks: list[tuple[str, str]]) -> str:
    """'par <author>' when the page names its author and its first blocks do not."""
    author = clean_inline(author)
    if not author or any(author in text for _, text in blocks[:3]):
        return ""
    return f"par {author}"


def _extract(tree, url: str):
    """Trafilatura's XML result as an lxml element (None when it finds no article)."""
    import copy

    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        copy.deepcopy(tree),  # it prunes the tree it is given; ours still gives `visible`
        url=url or None,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        config=_config(),
    )
    if not xml:
        return None
    return etree.fromstring(xml.encode("utf-8"), etree.XMLParser(huge_tree=False, recover=True))


@cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    return config


def _extractor_helps(extracted: list[tuple[str, str]], visible: list[tuple[str, str]]) -> bool:
    """Use the extractor's blocks unless it kept all the visible text in fewer blocks."""
    if not extracted:
        return False
    kept = sum(len(clean_inline(t)) for _, t in extracted)
    shown = sum(len(clean_inline(t)) for _, t in visible)
    return kept < 0.9 * shown or len(extracted) >= len(visible)


def _extracted_blocks(main) -> list[tuple[str, str]]:
    """Blocks from trafilatura's XML: head, p, quote, list/item, table/row/cell."""
    out: list[tuple[str, str]] = []
    stack = list(reversed(list(main)))
    while stack:
        el = stack.pop()
        tag = local_name(el.tag)
        if tag == "head":
            out.append(("heading", _text(el)))
        elif tag == "quote":
            parts = [c for c in el if local_name(c.tag) in ("p", "list", "quote")]
            if parts:
                for child in parts:
                    out.append(("quote", _text(child)))
            else:
                out.append(("quote", _text(el)))
        elif tag in ("list", "table", "row", "div"):
            stack.extend(reversed(list(el)))
        elif tag == "item" and any(local_name(c.tag) == "list" for c in el):
            own = (el.text or "") + "".join(
                _text(c) + (c.tail or "") for c in el if local_name(c.tag) != "list"
            )
            out.append(("paragraph", own))
            stack.extend(reversed([c for c in el if local_name(c.tag) == "list"]))
        elif tag == "code":  # a listing (pre): one code block per line
            out.extend(("code", line) for line in _lines(el) if line.strip())
        elif tag in ("p", "item", "cell"):
            out.append(("paragraph", _text(el)))
    return out


def _text(el) -> str:
    """All text of an element, line breaks as spaces."""
    parts = []
    for piece in el.itertext():
        parts.append(piece)
    return " ".join(p.strip() for p in parts if p.strip()) if len(parts) > 1 else "".join(parts)


def _lines(el) -> list[str]:
    """The lines of a listing, as its line breaks (and trafilatura's <lb/>) cut them."""
    parts: list[str] = [el.text or ""]
    for node in el.iterdescendants():
        if local_name(node.tag) == "lb":
            parts.append("\n")
        parts.append(node.text or "")
        parts.append(node.tail or "")
    return "".join(parts).splitlines()


def _page_title(tree) -> str:
    for xpath in ("//title", "//h1"):
        found = tree.xpath(xpath)
        if found:
            text = clean_inline(found[0].text_content())
            if text:
                return text
    return ""


def _lead_paragraph(tree, description: str, main) -> str:
    """The article's lead (chapô) when the page shows it outside the body trafilatura kept."""
    wanted = _key(description.rstrip("…. "))
    if len(wanted) < 40:
        return ""
    extracted = _key(" ".join(main.itertext()))
    if wanted in extracted:
        return ""
    for el in tree.iter("p", "div"):
        if any(local_name(a.tag) in FURNITURE_TAGS for a in el.iterancestors()):
            continue
        text = clean_inline(el.text_content())
        if len(text) < 3 * len(wanted) and _key(text).startswith(wanted):
            return text
    return ""


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _from_mhtml(data: bytes, label: str) -> tuple[str, str, str]:
    """The HTML part of an MHTML archive ("Save as single file"), its charset and URL."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    url = message.get("Snapshot-Content-Location", "") or ""
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or ""
            url = url or part.get("Content-Location", "") or ""
            if charset:
                try:
                    return payload.decode(charset), charset, url
                except (LookupError, UnicodeDecodeError):
                    pass
            markup, encoding = decode_html(payload, label)
            return markup, encoding, url
    raise ImportFailure(f"{label} is a saved web page archive without a web page inside.")
