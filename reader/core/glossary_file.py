"""Class glossary files: a teacher's glosses with who wrote them and which words of which
texts they cover. JSON (tagged) or CSV; read with limits so a hostile or broken file gives
one clear message and nothing else."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ReaderError

FORMAT_TAG = "french-reader-glossary"
FORMAT_VERSION = 2  # 2: author, class and the texts covered; 1 files are still read
CSV_FIELDS = ("lemma", "pos", "gloss", "gender", "note")
# Limits: a class glossary is a few hundred words; these leave room and refuse the absurd.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 20_000
MAX_TEXTS = 200
MAX_FIELD = {"lemma": 100, "pos": 10, "gloss": 500, "gender": 10, "note": 1000}
MAX_NAME = 100
GENDERS = {"": "", "m": "m", "f": "f", "masc": "m", "fem": "f", "le": "m", "la": "f"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")


class GlossaryFileError(ReaderError):
    """A glossary file that cannot be read (wrong format, damaged, too large)."""


@dataclass(frozen=True, slots=True)
class UserGloss:
    """A gloss written by the user or a teacher; pos '' applies to every part of speech.

    `source` is what a reader is shown as its origin: 'user' for the user's own gloss, or a
    class glossary's label ("Mme Martin's gloss")."""

    lemma: str
    pos: str
    gloss: str  # senses separated by ';'
    gender: str = ""
    note: str = ""
    source: str = field(default="user", compare=False)


@dataclass(frozen=True, slots=True)
class CoveredText:
    """A text the glossary was made for: its title, its key (handout_store.document_key) and
    the words of it that are glossed."""

    title: str
    doc_key: str = ""
    words: tuple[str, ...] = ()


@dataclass
class GlossaryFile:
    """The content of a glossary file."""

    entries: list[UserGloss]
    author: str = ""
    class_name: str = ""
    texts: list[CoveredText] = field(default_factory=list)
    exported: str = ""

    @property
    def name(self) -> str:
        """Who the glosses come from: the author, else the class."""
        return self.author or self.class_name

    @property
    def label(self) -> str:
        """How a student sees these glosses' origin: "Mme Martin's gloss"."""
        return gloss_label(self.author, self.class_name)


def gloss_label(author: str, class_name: str = "") -> str:
    if author:
        return f"{author}'s gloss"
    if class_name:
        return f"gloss from {class_name}"
    return "class gloss"


def key(lemma: str) -> str:
    from .glossary import normalise_key

    return normalise_key(lemma)


def clean_entry(lemma: str, pos: str, gloss: str, gender: str, note: str) -> UserGloss:
    """A checked gloss; ValueError with a message naming the word otherwise."""
    lemma_k = key(lemma)
    if not lemma_k:
        raise ValueError("A glossary entry needs a word.")
    if not gloss.strip():
        raise ValueError(f"The gloss for {lemma_k!r} is empty.")
    g = GENDERS.get(gender.strip().lower())
    if g is None:
        raise ValueError(f"Unknown gender {gender!r} for {lemma_k!r} (use m, f or leave empty).")
    return UserGloss(lemma_k, (pos or "").strip().upper(), gloss.strip(), g, note.strip())


# -- writing ----------------------------------------------------------------------------------


def write_file(path: Path | str, gf: GlossaryFile) -> int:
    """Write `gf` to `path` (.csv: the glosses only; otherwise tagged JSON); returns the count."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_FIELDS)
        for e in gf.entries:
            writer.writerow([_safe_cell(v) for v in (e.lemma, e.pos, e.gloss, e.gender, e.note)])
        path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    else:
        path.write_text(render_json(gf), encoding="utf-8")
    return len(gf.entries)


def render_json(gf: GlossaryFile) -> str:
    """The glossary as the JSON text of a .json glossary file."""
    data = {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "exported": gf.exported or time.strftime("%Y-%m-%dT%H:%M:%S"),
        "author": gf.author,
        "class": gf.class_name,
        "texts": [
            {"title": t.title, "doc_key": t.doc_key, "words": list(t.words)} for t in gf.texts
        ],
        "entries": [
            {"lemma": e.lemma, "pos": e.pos, "gloss": e.gloss, "gender": e.gender, "note": e.note}
            for e in gf.entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _safe_cell(value: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: quote it."""
    from .exporters.csv_cells import safe_cell

    return safe_cell(value)


def _unsafe_cell(value: str) -> str:
    from .exporters.csv_cells import plain_cell

    return plain_cell(value)


# -- reading ----------------------------------------------------------------------------------


def read_file(path: Path | str) -> GlossaryFile:
    """Read and check a glossary file; GlossaryFileError (one clear sentence) otherwise."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GlossaryFileError(_too_big(name, size))
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except GlossaryFileError:
        raise
    except IsADirectoryError as exc:
        raise GlossaryFileError(f"{name} is a folder, not a glossary file.") from exc
    except OSError as exc:
        raise GlossaryFileError(f"Cannot read {name}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise GlossaryFileError(_too_big(name, len(data)))
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> GlossaryFile:
    """Parse a glossary file's bytes (CSV when `name` ends in .csv, else JSON)."""
    text = _decode(data, name)
    if not text.strip():
        raise GlossaryFileError(f"{name} is empty.")
    if name.lower().endswith(".csv"):
        gf = GlossaryFile(_csv_entries(text, name))
    else:
        gf = _parse_json(text, name)
    if not gf.entries:
        raise GlossaryFileError(f"{name} has no glosses.")
    return gf


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is too large for a glossary ({size / 1e6:.1f} MB; "
        f"at most {MAX_FILE_BYTES // (1024 * 1024)} MB)."
    )


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise GlossaryFileError(f"{name} is damaged (broken UTF-16 text).") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise GlossaryFileError(_not_text(name)) from None
            # A spreadsheet on Windows saves CSV as Windows-1252.
            text = data.decode("cp1252", errors="replace")
            if "\ufffd" in text:
                raise GlossaryFileError(
                    f"{name} is not UTF-8 text: save it as 'CSV UTF-8' or export it again."
                ) from None
    if "\x00" in text:
        raise GlossaryFileError(_not_text(name))
    return text


def _not_text(name: str) -> str:
    return f"{name} is not UTF-8 text (a binary file, or another encoding): save it as UTF-8."


def _parse_json(text: str, name: str) -> GlossaryFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryFileError(
            f"{name} is not a glossary file (invalid JSON at line {exc.lineno})."
        ) from exc
    except RecursionError as exc:
        raise GlossaryFileError(f"{name} is not a glossary file (nested too deeply).") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_TAG:
        raise GlossaryFileError(f"{name} is not a French Reader glossary file.")
    version = data.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise GlossaryFileError(f"{name} has an invalid version number.")
    if version > FORMAT_VERSION:
        raise GlossaryFileError(f"{name} was written by a newer French Reader; please update.")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise GlossaryFileError(f"{name} has no list of entries.")
    _check_count(len(entries), name)
    author = _text_field(data, "author", MAX_NAME, name)
    class_name = _text_field(data, "class", MAX_NAME, name)
    texts = _texts(data.get("texts", []), name)
    out = []
    for i, rec in enumerate(entries, start=1):
        if not isinstance(rec, dict):
            raise GlossaryFileError(f"{name}, entry {i}: not a word and its gloss.")
        values = {}
        for col in CSV_FIELDS:
            value = rec.get(col)
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise GlossaryFileError(f"{name}, entry {i}: '{col}' must be text.")
            values[col] = value
        out.append(_entry(values, i, name, "entry"))
    exported = data.get("exported") if isinstance(data.get("exported"), str) else ""
    return GlossaryFile(out, author, class_name, texts, exported[:40])


def _text_field(data: dict, col: str, limit: int, name: str) -> str:
    value = data.get(col) or ""
    if not isinstance(value, str):
        raise GlossaryFileError(f"{name}: '{col}' must be text.")
    value = " ".join(value.split())
    if len(value) > limit:
        raise GlossaryFileError(f"{name}: '{col}' is longer than {limit} characters.")
    _check_chars(value, f"{name}: '{col}'")
    return value


def _texts(raw: Any, name: str) -> list[CoveredText]:
    if not isinstance(raw, list):
        raise GlossaryFileError(f"{name}: 'texts' must be a list.")
    if len(raw) > MAX_TEXTS:
        raise GlossaryFileError(f"{name} lists more than {MAX_TEXTS} texts.")
    out = []
    for i, t in enumerate(raw, start=1):
        if not isinstance(t, dict):
            raise GlossaryFileError(f"{name}, text {i}: not a title and its words.")
        title = _text_field(t, "title", 300, f"{name}, text {i}")
        doc_key = _text_field(t, "doc_key", 64, f"{name}, text {i}")
        words = t.get("words", [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise GlossaryFileError(f"{name}, text {i}: 'words' must be a list of words.")
        _check_count(len(words), name)
        if any(len(w) > MAX_FIELD["lemma"] for w in words):
            raise GlossaryFileError(f"{name}, text {i}: a word is too long.")
        out.append(CoveredText(title, doc_key, tuple(words)))
    return out


def _csv_entries(text: str, name: str) -> list[UserGloss]:
    lines = text.splitlines()
    _check_count(len(lines) - 1, name)
    sample = lines[0] if lines else ""
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if not {"lemma", "gloss"} <= set(header):
            raise GlossaryFileError(
                f"{name} needs a header row with at least the columns 'lemma' and 'gloss' "
                f"(found: {', '.join(h[:20] for h in header[:6]) or 'nothing'})."
            )
        out = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            values = {col: "" for col in CSV_FIELDS}
            for col, cell in zip(header, row, strict=False):
                if col in values:
                    values[col] = _unsafe_cell(cell)
            out.append(_entry(values, reader.line_num, name, "line"))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise GlossaryFileError(
                f"{name}, line {reader.line_num}: a field is far longer than a gloss can be "
                f"(at most {MAX_FIELD['note']} characters)."
            ) from exc
        raise GlossaryFileError(f"{name}, line {reader.line_num}: not valid CSV.") from exc
    return out


def _entry(values: dict[str, str], where: int, name: str, unit: str) -> UserGloss:
    for col, limit in MAX_FIELD.items():
        if len(values[col]) > limit:
            raise GlossaryFileError(
                f"{name}, {unit} {where}: the {col} is longer than {limit} characters."
            )
        _check_chars(values[col], f"{name}, {unit} {where}")
    try:
        return clean_entry(
            values["lemma"], values["pos"], values["gloss"], values["gender"], values["note"]
        )
    except ValueError as exc:
        raise GlossaryFileError(f"{name}, {unit} {where}: {exc}") from exc


def _check_chars(value: str, where: str) -> None:
    if _BAD_CHARS.search(value):
        raise GlossaryFileError(f"{where}: contains control or invalid characters.")


def _check_count(count: int, name: str) -> None:
    if count > MAX_ENTRIES:
        raise GlossaryFileError(
            f"{name} has {count:,} entries; a class glossary may have at most {MAX_ENTRIES:,}."
        )
