"""Open what students read (text, web pages, EPUB, PDF, DOCX, subtitles, pasted text).

Every importer returns a SourceText or raises ImportFailure with one clear message;
nothing else escapes. The format is recognised from the content, not the extension.
"""

from __future__ import annotations

import importlib
import logging
import os
import warnings
from pathlib import Path

from ..document import SourceText
from ..errors import ImportFailure, missing_component
from .detect import FORMAT_NAMES, detect_format
from .language import LanguageCheck, french_check, language_warning

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FORMAT_NAMES",
    "MAX_FILE_BYTES",
    "ImportFailure",
    "LanguageCheck",
    "detect_format",
    "french_check",
    "from_clipboard",
    "load_bytes",
    "load_path",
]

log = logging.getLogger(__name__)

# About 1.6 million words: three times War and Peace, yet a few tens of MB in memory.
DEFAULT_MAX_CHARS = 10_000_000
# Files above this are refused before being read (PDFs with images can be large).
MAX_FILE_BYTES = 200 * 1024 * 1024

_MODULES = {
    "txt": "txt",
    "html": "html",
    "mhtml": "html",
    "epub": "epub",
    "pdf": "pdf",
    "docx": "docx",
    "srt": "subtitles",
    "vtt": "subtitles",
}


def load_path(path: str | os.PathLike, *, max_chars: int = DEFAULT_MAX_CHARS) -> SourceText:
    """Open a file of any supported format as a SourceText (ImportFailure otherwise)."""
    p = Path(path)
    label = f"“{p.name or p}”"
    try:
        if p.is_dir():
            raise ImportFailure(f"{label} is a folder, not a file.")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailure(
                f"{label} is too large ({size / 1e6:,.0f} MB); French Reader opens files "
                f"up to {MAX_FILE_BYTES // 1_000_000} MB."
            )
        with p.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ImportFailure(f"File not found: {p}") from exc
    except PermissionError as exc:
        raise ImportFailure(f"{label} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise ImportFailure(f"{label} cannot be read: {exc.strerror or exc}.") from exc
    source = load_bytes(data, p.name, max_chars=max_chars)
    source.meta.setdefault("file", str(p))
    return source


def load_bytes(
    data: bytes,
    name: str = "",
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    as_format: str | None = None,
) -> SourceText:
    """Open a file's content; `name` names it in messages; `as_format` forces an importer."""
    label = f"“{name}”" if name else "This file"
    if not data:
        raise ImportFailure(f"{label} is empty (0 bytes).")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailure(
            f"{label} is too large; French Reader opens files up to "
            f"{MAX_FILE_BYTES // 1_000_000} MB."
        )
    if len(data) >= 8 and data.count(data[:1]) == len(data):
        raise ImportFailure(
            f"{label} holds only the byte 0x{data[0]:02X} repeated {len(data):,} times: "
            f"a blank or wiped file, not a document."
        )
    if as_format is not None and as_format not in _MODULES:
        raise ValueError(f"unknown format {as_format!r}; one of {sorted(_MODULES)}")
    fmt = as_format or detect_format(data, name, label)

    def load():
        module = importlib.import_module(f".{_MODULES[fmt]}", __name__)
        return module.load(data, label, max_chars)

    source = _guarded(load, fmt, label)
    return finish(source, fmt, name)


def from_clipboard(text: str = "", html: str = "") -> SourceText:
    """Pasted content: HTML when the clipboard has it, plain text otherwise."""
    from ..textsafe import without_surrogates
    from . import clipboard

    text, html = without_surrogates(text or ""), without_surrogates(html or "")
    source = _guarded(
        lambda: clipboard.load(text, html, DEFAULT_MAX_CHARS), "txt", "The pasted text"
    )
    return finish(source, source.meta.get("format", "clipboard"), "")


def _guarded(make, fmt: str, label: str) -> SourceText:
    """Run an importer; any error other than ImportFailure becomes one clear ImportFailure."""
    kind = FORMAT_NAMES.get(fmt, fmt)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return make()
    except ImportFailure:
        raise
    except ImportError as exc:  # our installation lacks a package: never the file's fault
        raise missing_component(exc, label) from exc
    except RecursionError as exc:
        raise ImportFailure(
            f"{label} is a damaged {kind} file: its structure is nested too deeply."
        ) from exc
    except MemoryError as exc:
        raise ImportFailure(f"{label} is too large to open in the available memory.") from exc
    except Exception as exc:
        # The library's own words (byte strings, parser flags, Python internals) go to the
        # log, one line; the reader gets the plain sentence.
        log.info("%s refused: %s: %s", label, type(exc).__name__, str(exc)[:200])
        raise ImportFailure(f"{label} is a damaged {kind} file and cannot be opened.") from exc


def finish(source: SourceText, fmt: str, name: str) -> SourceText:
    """Common last steps: format, a title, the not-French warning."""
    source.meta.setdefault("format", fmt)
    if not source.title and name and not name.startswith("<"):
        source.title = Path(name).stem.replace("_", " ").strip()
    warning = language_warning(source.text)
    if warning:
        source.warnings.append(warning)
    return source
