"""Worksheets as editable Word documents: a vocabulary table (header repeated on each page) and
a cloze text with a word bank and the answer key on its own page."""

from __future__ import annotations

from pathlib import Path

from ..handout import Handout
from ..worksheet import cloze, cloze_paragraphs, vocabulary_rows, word_bank
from .handout_docx import PAPER_MM, W_NS
from .worksheet_html import TITLES


def write_worksheet_docx(handout: Handout, kind: str, path: Path | str) -> Path:
    path = Path(path)
    build_worksheet_docx(handout, kind).save(str(path))
    return path


def build_worksheet_docx(handout: Handout, kind: str):
    """The worksheet `kind` ('vocabulary' or 'cloze') as a python-docx Document."""
    from docx import Document as Docx
    from docx.shared import Mm, Pt

    if kind not in TITLES:
        raise ValueError(f"unknown worksheet {kind!r} (choose vocabulary or cloze)")
    opts = handout.options
    doc = Docx()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in PAPER_MM[opts.paper])
    section.left_margin = section.right_margin = Mm(16)
    section.top_margin, section.bottom_margin = Mm(16), Mm(14)
    doc.styles["Normal"].font.size = Pt(opts.font_size)
    title = f"{TITLES[kind]} — {handout.title}" if handout.title else TITLES[kind]
    doc.add_heading(title, level=1)
    if opts.show_source and handout.source_line:
        doc.add_paragraph().add_run(handout.source_line).italic = True
    if opts.name_line:
        doc.add_paragraph("Name: " + "_" * 28 + "     Class / date: " + "_" * 16)
    if kind == "vocabulary":
        _vocabulary(doc, handout)
        if handout.legend:
            footer = section.footer.paragraphs[0].add_run(handout.legend)
            footer.italic = True
            footer.font.size = Pt(8)
    else:
        _cloze(doc, handout)
    return doc


def _vocabulary(doc, handout: Handout) -> None:
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=6)
    table.style = "Light List"
    _mark_row(table.rows[0], "tblHeader")
    for cell, text in zip(
        table.rows[0].cells,
        ("#", "Word", "Grammar", "Meaning", "In the text", "Level"),
        strict=True,
    ):
        cell.text = text
    for r in vocabulary_rows(handout):
        row = table.add_row()
        _mark_row(row, "cantSplit")
        cells = row.cells
        for col, text in enumerate((str(r.number), r.headword, r.grammar, r.gloss)):
            run = cells[col].paragraphs[0].add_run(text)
            run.bold = col == 1
            run.font.size = Pt(9.5)
        para = cells[4].paragraphs[0]
        for text, bold in ((r.before, False), (r.word, True), (r.after, False)):
            run = para.add_run(text)
            run.bold = bold
            run.font.size = Pt(9.5)
        cells[5].paragraphs[0].add_run(r.level).font.size = Pt(9.5)


def _cloze(doc, handout: Handout) -> None:
    from docx.enum.text import WD_BREAK

    _, answers = cloze(handout)
    doc.add_paragraph().add_run(
        "Complete the text with the words of the box (one word or expression per blank)."
    ).italic = True
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.rows[0].cells[0].text = "   ·   ".join(word_bank(answers))
    doc.add_paragraph()
    for para in cloze_paragraphs(handout):
        if para.kind in ("heading", "subtitle", "title"):
            p = doc.add_heading(level=2)
        else:
            p = doc.add_paragraph(style="Quote" if para.kind == "quote" else None)
        for piece in para.pieces:
            if piece.blank:
                p.add_run(str(piece.blank)).font.superscript = True
                p.add_run("_" * 12)
            else:
                p.add_run(piece.text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Answer key", level=2)
    for i, answer in enumerate(answers, 1):
        doc.add_paragraph(f"{i}. {answer}")


def _mark_row(row, tag: str) -> None:
    from docx.oxml import parse_xml

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:{tag} xmlns:w="{W_NS}"/>'))
