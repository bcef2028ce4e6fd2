"""Recognise a file's format from its content (magic bytes), using the name only as a hint."""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import ImportFailure

FORMAT_NAMES = {
    "txt": "text",
    "html": "web page",
    "mhtml": "saved web page (MHTML)",
    "epub": "EPUB",
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "srt": "SRT subtitle",
    "vtt": "WebVTT subtitle",
}

# Formats we recognise but cannot read, with what the user can do instead.
_UNSUPPORTED_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"RIFF", 0, "an audio, video or image file (RIFF)"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!", 0, "a RAR archive"),
    (b"\x7fELF", 0, "a program"),
    (b"MZ", 0, "a Windows program"),
    (b"SQLite format 3\x00", 0, "a database file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Word/Office file (.doc); save it as .docx"),
    (b"{\\rtf", 0, "an RTF document; save it as .docx or .txt"),
    (b"BOOKMOBI", 60, "a Kindle (MOBI/AZW) e-book; convert it to EPUB"),
    (b"\x00\x00\x00 ftyp", 0, "a video file"),
]

_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".epub": "epub",
    ".pdf": "pdf",
    ".docx": "docx",
    ".srt": "srt",
    ".vtt": "vtt",
}

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(rb"<(p|div|br|h[1-6]|span|a|article|section|table|meta)\b[^>]*>", re.I)
_SRT_CUE = re.compile(r"^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.M)


def extension_format(name: str) -> str | None:
    """The format suggested by a file name's extension, if any."""
    lower = name.lower()
    for ext, fmt in _EXTENSIONS.items():
        if lower.endswith(ext):
            return fmt
    return None


def detect_format(data: bytes, name: str = "", label: str = "This file") -> str:
    """One of FORMAT_NAMES' keys, or ImportFailure for a format we cannot read."""
    head = data[:4096]
    hint = extension_format(name)
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(data, hint, label)
    for magic, offset, what in _UNSUPPORTED_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if magic == b"RIFF" and head[8:12] == b"WEBP":
                what = "a WebP image"
            raise ImportFailure(f"{label} is {what}, not a document French Reader can open.")
    if hint in ("epub", "docx", "pdf"):
        # The extension promises a container format but the content is not one.
        raise ImportFailure(
            f"{label} is not a valid {FORMAT_NAMES[hint]} file: its content does not "
            f"start like one (damaged or renamed file)."
        )
    return _text_format(head, hint)


def _zip_format(data: bytes, hint: str | None, label: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = b""
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # 64 bytes, whatever size it claims
                    mimetype = fh.read(64).strip()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        KeyError,
        ValueError,
    ) as exc:
        kind = FORMAT_NAMES.get(hint or "", "ZIP") if hint in ("epub", "docx") else "ZIP"
        raise ImportFailure(
            f"{label} is a damaged {kind} file (truncated or corrupt archive)."
        ) from exc
    except Exception as exc:  # zipfile raises assorted errors on corrupt headers
        raise ImportFailure(f"{label} is a damaged ZIP-based file.") from exc
    if mimetype == b"application/epub+zip" or "META-INF/container.xml" in names:
        return "epub"
    if "word/document.xml" in names:
        return "docx"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise ImportFailure(
            f"{label} is an OpenDocument file; save it as .docx or .txt to open it here."
        )
    if hint in ("epub", "docx"):
        raise ImportFailure(
            f"{label} is a damaged {FORMAT_NAMES[hint]} file: the archive lacks its main part."
        )
    raise ImportFailure(f"{label} is a ZIP archive, not a document French Reader can open.")


def _text_format(head: bytes, hint: str | None) -> str:
    ascii_head = _ascii_view(head)
    if ascii_head.lstrip().upper().startswith(b"WEBVTT"):
        return "vtt"
    if b"MIME-Version:" in ascii_head[:2048] and b"multipart/related" in ascii_head.lower():
        return "mhtml"
    if _HTML_START.match(ascii_head):
        return "html"
    text = ascii_head.decode("ascii", "replace")
    if _SRT_CUE.search(text[:2000]):
        return "srt"
    if hint in ("html", "mhtml") and _HTML_TAGS.search(ascii_head):
        return "html"
    if len(_HTML_TAGS.findall(ascii_head)) >= 3 and b"</" in ascii_head:
        return "html"
    return "txt"


def _ascii_view(head: bytes) -> bytes:
    """The head with BOMs and UTF-16/32 zero bytes removed, good enough to sniff markup."""
    for bom in (
        b"\xef\xbb\xbf",
        b"\xff\xfe\x00\x00",
        b"\x00\x00\xfe\xff",
        b"\xff\xfe",
        b"\xfe\xff",
    ):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head.count(b"\x00") > len(head) // 4:
        head = head.replace(b"\x00", b"")
    return head
