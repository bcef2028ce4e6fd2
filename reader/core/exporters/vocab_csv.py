"""The vocabulary list as CSV (UTF-8 with BOM so spreadsheets read accents) and back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from ..errors import ReaderError
from ..vocab_item import FIELD_NAMES, STATUSES, VocabItem
from .csv_cells import plain_cell, safe_row

# Column order of an export; the reader also accepts any subset that includes 'lemma'.
COLUMNS = FIELD_NAMES


def write_csv(items: Iterable[VocabItem], out: Path | str) -> int:
    """Write `items` to `out`; returns the number of rows written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        return _write(items, fh)


def _write(items: Iterable[VocabItem], fh) -> int:
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for item in items:
        writer.writerow(safe_row(getattr(item, name) for name in COLUMNS))
        count += 1
    return count


def is_vocab_csv(header: list[str]) -> bool:
    """True when a CSV header is ours (it names a 'lemma' column)."""
    return "lemma" in [h.strip().lower() for h in header]


def read_csv(path: Path | str) -> list[VocabItem]:
    """Items from a CSV written by `write_csv` (or any CSV with a 'lemma' column)."""
    from ..vocab_import import read_text

    path = Path(path)
    return parse_csv(read_text(path), name=path.name)


def parse_csv(text: str, name: str = "CSV") -> list[VocabItem]:
    """Items from CSV text with a header row naming a 'lemma' column."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        return _parse_rows(reader, name)
    except csv.Error as exc:
        raise ReaderError(
            f"{name}, row {reader.line_num}: not a readable CSV row (a cell longer than "
            f"{csv.field_size_limit() // 1024} KB or a broken quote)"
        ) from exc


def _parse_rows(reader, name: str) -> list[VocabItem]:
    header = next(reader, None)
    if not header or not is_vocab_csv(header):
        raise ReaderError(f"{name}: no 'lemma' column in the first row")
    columns = [h.strip().lower() for h in header]
    items = []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {
            col: plain_cell(cell.strip()).strip()
            for col, cell in zip(columns, row, strict=False)
            if col in COLUMNS
        }
        lemma = values.get("lemma", "")
        if not lemma:
            continue
        # No status column: a list of known words. An empty cell: looked up, never marked.
        status = values.get("status", "") if "status" in columns else "known"
        if status and status not in STATUSES:
            raise ReaderError(
                f"{name}, row {number}: status {status!r} is not one of {', '.join(STATUSES)}"
            )
        values["status"] = status
        try:
            values["lookups"] = int(values.get("lookups") or 0)
        except ValueError as exc:
            raise ReaderError(f"{name}, row {number}: lookups must be a number") from exc
        items.append(VocabItem(**values))
    return items
