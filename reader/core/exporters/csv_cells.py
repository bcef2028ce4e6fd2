"""CSV cells a spreadsheet will not run: formula injection neutralised, and undone on reading.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
before a formula) is run as a formula by Excel, LibreOffice and Google Sheets. Such cells
are written with a leading apostrophe, which spreadsheets show as plain text; `plain_cell`
removes it again when French Reader reads its own CSV back.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: object) -> object:
    """`value` as it may go into a CSV cell (strings that would be formulas are quoted)."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values) -> list:
    """Every cell of a row made safe."""
    return [safe_cell(v) for v in values]


def plain_cell(text: str) -> str:
    """Undo `safe_cell` on a cell read back from a CSV."""
    if text.startswith("'") and text[1:].lstrip(" ").startswith(FORMULA_STARTS):
        return text[1:]
    return text
