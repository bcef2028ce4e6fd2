"""Blog and CMS furniture that readability extraction keeps, dropped from a page's tree
before its text is read: post meta lines (dates, tags, comment counts), comment forms and
their notices (Akismet), previous/next post links, breadcrumbs. Tables become one line
per row (a row of cells read as a line, not a run of lone numbers). The byline's author
is read first, so that it can be kept."""

from __future__ import annotations

import re

from ._builder import clean_inline

# class or id words of furniture (WordPress, Hypotheses, Drupal, SPIP and common themes)
FURNITURE_NAMES = frozenset(
    {
        "breadcrumb",
        "breadcrumbs",
        "ariane",
        "fil-ariane",
        "comments",
        "comments-area",
        "comment-respond",
        "respond",
        "commentform",
        "comment-form",
        "comment-reply-title",
        "reply-title",
        "comments-link",
        "post-navigation",
        "posts-navigation",
        "nav-links",
        "nav-next",
        "nav-previous",
        "entry-meta",
        "post-meta",
        "posted-on",
        "cat-links",
        "tags-links",
        "entry-footer",
        "sharedaddy",
        "share-buttons",
    }
)
_FURNITURE_PREFIXES = ("akismet", "breadcrumb", "jp-relatedposts")
# never drop a block holding this share of the page's text: a theme that wraps the
# article in a furniture-named element must not lose it
MAX_SHARE = 0.3
_BYLINE_NAMES = frozenset({"author", "byline", "fn", "entry-author", "post-author"})
_BY = re.compile(r"^(par|by|de|auteur|autrice|author)\s*:?\s+", re.I)
CELL_SEPARATOR = " | "


def _names(el) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()


def _is_furniture(el) -> bool:
    label = (el.get("aria-label") or "").lower()
    if "breadcrumb" in label or "ariane" in label or el.get("typeof") == "BreadcrumbList":
        return True
    return any(n in FURNITURE_NAMES or n.startswith(_FURNITURE_PREFIXES) for n in _names(el))


def byline_author(tree) -> str:
    """The author's name shown in the page's byline ('' when none is marked)."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("rel") == "author" or _BYLINE_NAMES.intersection(_names(el)):
            text = _BY.sub("", clean_inline(el.text_content()))
            if 2 < len(text) <= 60 and not any(ch.isdigit() for ch in text):
                return text
    return ""


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//time[contains(@class, 'published')]/@datetime",
    "//time[@datetime]/@datetime",
)


def published_date(tree) -> str:
    """The publication date the page marks (YYYY-MM-DD; '' when none): read before the
    post meta line that holds it is dropped."""
    for xpath in _PUBLISHED:
        for value in tree.xpath(xpath):
            found = _ISO_DATE.match(str(value).strip())
            if found:
                return found.group(0)
    return ""


def drop_furniture(tree) -> None:
    """Remove furniture elements and turn table rows into lines, in place."""
    body = tree.find(".//body")
    total = len(clean_inline((body if body is not None else tree).text_content())) or 1
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and _is_furniture(el)]
    marked = set(doomed)
    for el in doomed:
        if el.getparent() is None or any(a in marked for a in el.iterancestors()):
            continue
        if len(clean_inline(el.text_content())) <= MAX_SHARE * total:
            _remove(el)
    for table in list(tree.iter("table")):
        _rows_as_lines(table)


def _remove(el) -> None:
    """Drop `el` but keep the text that follows it (its tail belongs to the parent)."""
    parent, tail = el.getparent(), el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _rows_as_lines(table) -> None:
    """Replace `table` by a div of paragraphs, one per row: its cells' text joined."""
    from lxml import html as lxml_html

    lines = []
    for row in table.iter("tr"):
        cells = [clean_inline(c.text_content()) for c in row if c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            lines.append(CELL_SEPARATOR.join(cells))
    div = lxml_html.Element("div")
    for line in lines:
        p = lxml_html.Element("p")
        p.text = line
        div.append(p)
    div.tail = table.tail
    table.getparent().replace(table, div)
