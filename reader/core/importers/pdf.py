"""PDF with pdfminer.six: lines -> paragraphs (indents, gaps, short lines), hyphenation rejoined."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

from ..document import SourceText
from ..errors import ImportFailure
from ._builder import TextBuilder, clean_inline

MAX_PAGES = 5_000
# All the streams of one PDF may inflate to this much (text, fonts; images are not decoded).
MAX_INFLATED_BYTES = 80_000_000
MARGIN_SHARE = 0.1  # top and bottom tenth of a page: where running heads and folios live
_TERMINAL = tuple('.!?…:»"”)')
_PAGE_NUMBER = re.compile(r"^\W*((page|p\.)\s*)?\d{1,4}(\s*(/|sur|of)\s*\d{1,4})?\W*$", re.I)
_CID = re.compile(r"\(cid:\d+\)")
_TRAILING_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
_LEADING_WORD = re.compile(r"^([^\W\d_]+)")
# After a line-end hyphen, these words are French inversions (dit-il, va-t-on): keep the hyphen.
_CLITICS = {
    "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "le", "la", "les",
    "lui", "leur", "moi", "toi", "y", "en", "ce", "t",
}  # fmt: skip
_BAD_TITLES = re.compile(
    r"^(untitled|sans titre|microsoft word|document\d*$)|\.(docx?|pdf|odt|indd)$", re.I
)


@dataclass
class Line:
    """One text line of a page, with its geometry."""

    text: str
    x0: float
    x1: float
    y0: float
    size: float
    page: int


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """A PDF's bytes -> SourceText: paragraphs, headings, title and author."""
    from ._inflate import budget, check_budget, install_in_pdfminer

    install_in_pdfminer()
    with budget(MAX_INFLATED_BYTES, label):
        try:
            pages, info = _read_pages(data, label)
        except Exception:
            check_budget()  # pdfminer may have wrapped our error in its own: say it plainly
            raise
        check_budget()
    lines = _drop_running_heads(pages)
    if not lines:
        raise ImportFailure(
            f"{label} contains no text: its pages are probably scanned images "
            f"(text recognition, OCR, is not supported)."
        )
    warnings = []
    if sum(len(_CID.findall(line.text)) for line in lines) > 20:
        warnings.append(
            "Some characters of this PDF use fonts without a text mapping and were left out."
        )
    title = _plausible_title(info.get("Title", ""))
    builder = TextBuilder(max_chars, label)
    blocks = list(_paragraphs(lines))
    if not title and blocks and blocks[0][0] == "heading" and blocks[0][1].page == 0:
        title = blocks[0][1].text
    for i, (kind, text) in enumerate((k, p.text) for k, p in blocks):
        if i == 0 and kind == "heading" and clean_inline(text) == clean_inline(title):
            kind = "title"
        builder.add(kind, _CID.sub("", text))
    meta = {"author": info.get("Author", ""), "format": "pdf", "pages": str(len(pages))}
    source = builder.build(title=title, meta=meta)
    source.warnings.extend(warnings)
    return source


def _read_pages(data: bytes, label: str) -> tuple[list[list[Line]], dict[str, str]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from ._inflate import check_budget

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect as exc:
        raise ImportFailure(f"{label} is protected by a password.") from exc
    except PDFEncryptionError as exc:
        raise ImportFailure(f"{label} is encrypted in a way French Reader cannot open.") from exc
    info = _info(document)
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[list[Line]] = []
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= MAX_PAGES:
            raise ImportFailure(f"{label} has more than {MAX_PAGES:,} pages, the limit.")
        interpreter.process_page(page)
        check_budget()  # pdfminer logs and skips some errors inside a page
        layout = device.get_result()
        pages.append(list(_page_lines(layout, number)))
    if not pages:
        raise ImportFailure(f"{label} is a damaged PDF file: it has no pages.")
    return pages, info


def _info(document) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for entry in document.info or []:
        entry = resolve1(entry)
        if not isinstance(entry, dict):
            continue
        for key in ("Title", "Author"):
            value = resolve1(entry.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            elif isinstance(value, PSLiteral):
                value = str(value.name)
            if isinstance(value, str) and clean_inline(value):
                out.setdefault(key, clean_inline(value))
    return out


def _page_lines(layout, number: int):
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    height = layout.height or 1
    stack = list(reversed(list(layout)))
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLine):
            sizes = [round(c.size * 2) / 2 for c in item if isinstance(c, LTChar)]
            text = item.get_text().replace("\n", " ").strip()
            if text and sizes:
                size = Counter(sizes).most_common(1)[0][0]
                yield Line(text, item.x0, item.x1, item.y0 / height, size, number)
        elif isinstance(item, LTTextBox):
            stack.extend(reversed(list(item)))


def _drop_running_heads(pages: list[list[Line]]) -> list[Line]:
    """All lines in order, without folios and headers/footers repeated across pages."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    in_margin = Counter()
    for page in pages:
        for k in {key(line) for line in page if _in_margin(line)}:
            in_margin[k] += 1
    repeated = {k for k, n in in_margin.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2)}
    out = []
    for page in pages:
        for line in page:
            if _in_margin(line) and (_PAGE_NUMBER.match(line.text) or key(line) in repeated):
                continue
            out.append(line)
    return out


def _in_margin(line: Line) -> bool:
    return line.y0 > 1 - MARGIN_SHARE or line.y0 < MARGIN_SHARE


def _paragraphs(lines: list[Line]):
    """Yield (kind, Line) where the Line's text is a whole paragraph or heading."""
    body = _body_size(lines)
    spacing = _line_spacing(lines, body)
    margins = _margins(lines)
    rights = _rights(lines, margins)
    current: Line | None = None
    kind = "paragraph"
    prev: Line | None = None
    for line in lines:
        line_kind = "heading" if line.size >= body * 1.15 and len(line.text) < 200 else "paragraph"
        if (
            current is not None
            and prev is not None
            and not _breaks(prev, line, line_kind, kind, body, spacing, margins, rights)
        ):
            current.text = join_lines(current.text, line.text)
        else:
            if current is not None:
                yield kind, current
            current = Line(line.text, line.x0, line.x1, line.y0, line.size, line.page)
            kind = line_kind
        prev = line
    if current is not None:
        yield kind, current


def _breaks(
    prev: Line, line: Line, line_kind: str, kind: str, body: float, spacing: float, margins, rights
) -> bool:
    """Does `line` start a new block after `prev`?"""
    if line_kind != kind or abs(line.size - prev.size) > 0.6:
        return True
    if kind == "heading":
        return False
    margin = _margin_of(line, margins)
    em = line.size or body
    indented = line.x0 - margin > 0.5 * em
    right = rights.get((line.page, margin), prev.x1)
    # Short: the next line's first word would have fitted at the end of this one.
    char_width = (line.x1 - line.x0) / max(len(line.text), 1)
    first_word = line.text.split(None, 1)[0] if line.text.split() else ""
    short = prev.x1 + (len(first_word) + 1) * char_width < right - 0.2 * em
    ends_sentence = prev.text.rstrip().endswith(_TERMINAL)
    if line.page != prev.page:
        return (
            indented
            or (short and ends_sentence)
            or (ends_sentence and line.text[:1].isupper() and short)
        )
    gap = (prev.y0 - line.y0) * 1000  # per-mille of the page height
    if gap < 0 or gap > spacing * 1.45:
        return True
    return indented or (short and ends_sentence)


def _body_size(lines: list[Line]) -> float:
    weights = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0]


def _line_spacing(lines: list[Line], body: float) -> float:
    gaps = [
        round((a.y0 - b.y0) * 1000, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and a.size == body == b.size and a.y0 > b.y0
    ]
    return Counter(gaps).most_common(1)[0][0] if gaps else 20.0


def _margins(lines: list[Line]) -> dict[int, list[float]]:
    """Per page: left edges shared by several lines (columns), ascending."""
    out: dict[int, list[float]] = {}
    by_page: dict[int, Counter] = {}
    for line in lines:
        by_page.setdefault(line.page, Counter())[round(line.x0)] += 1
    for page, counts in by_page.items():
        edges = sorted(x for x, n in counts.items() if n >= 2) or [min(counts)]
        out[page] = edges
    return out


def _margin_of(line: Line, margins: dict[int, list[float]]) -> float:
    candidates = [x for x in margins.get(line.page, []) if x <= line.x0 + 1]
    return candidates[-1] if candidates else line.x0


def _rights(lines: list[Line], margins) -> dict[tuple[int, float], float]:
    """Per page and column: the right edge of full lines."""
    out: dict[tuple[int, float], float] = {}
    for line in lines:
        k = (line.page, _margin_of(line, margins))
        out[k] = max(out.get(k, 0.0), line.x1)
    return out


def join_lines(before: str, after: str) -> str:
    """Join two lines of one paragraph, rejoining words hyphenated at the line end."""
    before, after = before.rstrip(), after.lstrip()
    if before.endswith("\u00ad"):
        return before[:-1] + after
    if not (before.endswith("-") and len(before) > 1 and before[-2].isalnum() and after):
        return before + " " + after
    found = _TRAILING_WORD.search(before)
    lead = _LEADING_WORD.match(after)
    if found and lead and after[:1].islower() and _is_typeset_hyphen(found.group(1), lead.group(1)):
        return before[:-1] + after
    return before + after  # a real hyphen: Jean-Pierre, 1914-1918, peut-être


def _is_typeset_hyphen(fragment: str, following: str) -> bool:
    """True when "frag-" + "ment" is one word cut by the typesetter, not a real hyphen."""
    from wordfreq import zipf_frequency

    if following.lower() in _CLITICS:
        return False
    last = fragment.rsplit("-", 1)[-1]
    joined = zipf_frequency(last + following, "fr")
    hyphenated = zipf_frequency(fragment + "-" + following, "fr")
    return joined >= hyphenated or (joined > 0 and "-" not in fragment and hyphenated < 3)


def _plausible_title(title: str) -> str:
    title = clean_inline(title)
    if not title or _BAD_TITLES.search(title) or len(title) > 200:
        return ""
    return title
