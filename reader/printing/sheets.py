"""One entry point for everything a teacher exports from a handout's choice of words: the
handout itself or a worksheet (vocabulary sheet, cloze exercise), as PDF, HTML or DOCX."""

from __future__ import annotations

from pathlib import Path

from ..core.handout import Handout

SHEETS = ("handout", "vocabulary", "cloze")
FORMATS = ("pdf", "html", "docx")


def export_sheet(
    handout: Handout, sheet: str, fmt: str, path: Path | str, glossary_json: str = ""
) -> int:
    """Write `sheet` of `handout` as `fmt` to `path`; returns the page count for PDF, else 0.
    `glossary_json` (a class glossary file) is embedded in an HTML handout as a link."""
    if sheet not in SHEETS:
        raise ValueError(f"unknown sheet {sheet!r} (choose {', '.join(SHEETS)})")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    path = Path(path)
    if sheet == "handout":
        if fmt == "pdf":
            from .pdf import write_pdf

            return write_pdf(handout, path)
        if fmt == "docx":
            from ..core.exporters.handout_docx import write_docx

            write_docx(handout, path)
        else:
            from ..core.exporters.handout_html import write_html

            write_html(handout, path, glossary_json)
        return 0
    if fmt == "pdf":
        from .worksheet_pdf import write_worksheet_pdf

        return write_worksheet_pdf(handout, sheet, path)
    if fmt == "docx":
        from ..core.exporters.worksheet_docx import write_worksheet_docx

        write_worksheet_docx(handout, sheet, path)
    else:
        from ..core.exporters.worksheet_html import write_worksheet_html

        write_worksheet_html(handout, sheet, path)
    return 0
