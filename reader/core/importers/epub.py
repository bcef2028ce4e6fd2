"""EPUB e-books: chapters in reading order (spine), with title and author."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from ..document import SourceText
from ..errors import ImportFailure
from ._builder import TextBuilder, clean_inline
from ._htmlblocks import html_blocks, parse_html, unmarked
from .html import decode_html

# Refuse archives that unpack to more than this (a "zip bomb" or a huge picture book):
# checked on the sizes the archive declares, before anything is inflated.
MAX_UNPACKED_BYTES = 250_000_000
# One text part (a chapter, document.xml): far more than any book's chapter.
MAX_PART_BYTES = 32_000_000
# Text compresses 3-30 times; a large part squeezed more than this is a decompression bomb.
MAX_RATIO = 200
_TEXT_PART = re.compile(r"\.(x?html?|xml|opf|ncx|css|rels|txt)$", re.I)
_CONTENT_FILE = re.compile(r"URI\s*=\s*[\"'][^\"']+\.(x?html?|xml)[\"']", re.I)
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_CHUNK = 1024 * 1024


def check_archive(data: bytes, label: str, kind: str) -> list[str]:
    """Names in a ZIP-based document; refuses damaged archives and zip bombs.

    Declared sizes are checked first (an honest 5 GB archive is refused at once), then each
    part is inflated in 1 MB steps and thrown away: zipfile never yields more than the size
    the archive declares and checks each part's CRC, so lying headers end as "corrupt".
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises many kinds of errors on damaged archives
        raise ImportFailure(f"{label} is a damaged {kind} file (broken archive).") from exc
    with zf:
        _check_sizes(infos, label)
        for info in infos:
            try:
                with zf.open(info) as fh:
                    while fh.read(_CHUNK):
                        pass
            except NotImplementedError as exc:
                raise ImportFailure(
                    f"{label} uses a compression method French Reader cannot read."
                ) from exc
            except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError...
                raise ImportFailure(
                    f"{label} is a damaged {kind} file: the part “{info.filename}” is corrupt."
                ) from exc
    return [i.filename for i in infos]


def _check_sizes(infos: list[zipfile.ZipInfo], label: str) -> None:
    unpacked = sum(max(i.file_size, 0) for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(
            f"{label} is too large: it unpacks to {unpacked / 1e6:,.0f} MB "
            f"(the limit is {MAX_UNPACKED_BYTES // 1_000_000} MB)."
        )
    for info in infos:
        size = info.file_size
        if _TEXT_PART.search(info.filename) and size > MAX_PART_BYTES:
            raise ImportFailure(
                f"{label} is too large: its part “{info.filename}” unpacks to "
                f"{size / 1e6:,.0f} MB (the limit is {MAX_PART_BYTES // 1_000_000} MB)."
            )
        if size > 4 * _CHUNK and size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailure(
                f"{label} is too large: its part “{info.filename}” would unpack to "
                f"{size / 1e6:,.0f} MB from {info.compress_size / 1e6:,.1f} MB "
                "(a decompression bomb, not a document)."
            )


def _refuse_drm(data: bytes, names: list[str], label: str) -> None:
    if "META-INF/encryption.xml" not in names:
        return
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = zf.read("META-INF/encryption.xml")[:200_000].decode("utf-8", "replace")
    algorithms = re.findall(r"Algorithm\s*=\s*[\"']([^\"']+)", manifest)
    content_encrypted = _CONTENT_FILE.search(manifest)
    if content_encrypted and any(a not in _FONT_OBFUSCATION for a in algorithms):
        raise ImportFailure(
            f"{label} is protected by DRM (its chapters are encrypted); only DRM-free EPUBs can be opened."
        )


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """An EPUB's bytes -> SourceText with one Chapter per spine document that has text."""
    from ebooklib import ITEM_DOCUMENT, epub

    names = check_archive(data, label, "EPUB")
    _refuse_drm(data, names, label)
    try:
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": False})
    except epub.EpubException as exc:
        raise ImportFailure(f"{label} is a damaged EPUB file ({exc.msg}).") from exc
    toc = _toc_titles(book.toc)
    builder = TextBuilder(max_chars, label, code_marks=True)
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        tree = parse_html(decode_html(item.get_content(), label)[0], label)
        if tree is None:
            continue
        blocks = list(html_blocks(tree, mark_code=True))
        title = toc.get(_href_key(item.get_name())) or next(
            (unmarked(text) for kind, text in blocks if kind == "heading"), ""
        )
        builder.start_chapter(title)
        for kind, text in blocks:
            builder.add(kind, text)
    meta = {
        "author": ", ".join(_dc(book, "creator")),
        "date": next(iter(_dc(book, "date")), ""),
        "source": next(iter(_dc(book, "publisher")), ""),
        "language": next(iter(_dc(book, "language")), ""),
        "format": "epub",
    }
    if builder.block_count == 0:
        raise ImportFailure(f"{label} is an EPUB without any readable text.")
    return builder.build(title=next(iter(_dc(book, "title")), ""), meta=meta)


def _dc(book, name: str) -> list[str]:
    values = []
    for value, _attrs in book.get_metadata("DC", name) or []:
        text = clean_inline(str(value or ""))
        if text and text not in values:
            values.append(text)
    return values


def _href_key(href: str) -> str:
    return posixpath.basename(unquote(href.split("#", 1)[0])).lower()


def _toc_titles(toc) -> dict[str, str]:
    """File name -> the first table-of-contents title pointing into it."""
    titles: dict[str, str] = {}
    if toc and not isinstance(toc, (tuple, list)):
        toc = [toc]  # ebooklib reads a table of contents with one entry as that entry
    stack = list(reversed(list(toc or [])))
    while stack:
        entry = stack.pop()
        if isinstance(entry, (tuple, list)):
            stack.extend(reversed(list(entry)))
            continue
        href = getattr(entry, "href", "") or ""
        title = clean_inline(getattr(entry, "title", "") or "")
        if href and title:
            titles.setdefault(_href_key(href), title)
    return titles
