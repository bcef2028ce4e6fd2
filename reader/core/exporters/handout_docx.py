"""A handout as an editable Word document (python-docx): real footnotes, ruby glosses, a table."""

from __future__ import annotations

from pathlib import Path

from ..handout import BodyParagraph, Handout, HandoutEntry

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
PAPER_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
_FOOTNOTES_XML = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)


def write_docx(handout: Handout, path: Path | str) -> Path:
    """Write the handout to `path` as .docx."""
    path = Path(path)
    build_docx(handout).save(str(path))
    return path


def build_docx(handout: Handout):
    """The handout as a python-docx Document."""
    from docx import Document as Docx
    from docx.shared import Mm, Pt

    opts = handout.options
    doc = Docx()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in PAPER_MM[opts.paper])
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(16), Mm(14)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(opts.font_size)
    normal.paragraph_format.space_after = Pt(opts.font_size * 0.5)
    if opts.line_numbers:
        _line_numbers(section)
    if opts.show_title and handout.title:
        doc.add_heading(handout.title, level=0)
    if opts.show_source and handout.source_line:
        doc.add_paragraph().add_run(handout.source_line).italic = True
    if opts.name_line:
        doc.add_paragraph("Name: " + "_" * 28 + "     Class / date: " + "_" * 18)
    notes = _Footnotes(doc) if handout.noted() else None
    marks = handout.note_marks()
    for para in handout.body():
        _paragraph(doc, para, handout, marks, notes)
    if opts.layout == "glossary" and handout.entries:
        _glossary(doc, handout.glossary_entries())
    if handout.legend:
        footer = section.footer.paragraphs[0]
        run = footer.add_run(handout.legend)
        run.italic = True
        run.font.size = Pt(max(8.0, opts.font_size * 0.7))
    return doc


MONO = "DejaVu Sans Mono"


def _paragraph(doc, para: BodyParagraph, handout: Handout, marks, notes) -> None:
    from docx.enum.text import WD_UNDERLINE

    if para.kind in ("title", "heading", "subtitle"):
        p = doc.add_heading(level={"title": 1, "heading": 2}.get(para.kind, 3))
        p.paragraph_format.keep_with_next = True
    else:
        p = doc.add_paragraph(style="Quote" if para.kind == "quote" else None)
    layout = handout.options.layout
    for run in para.runs:
        e = run.entry
        if e is None:
            p.add_run(run.text)
            continue
        if layout == "interlinear":
            _ruby(p, run.text, e.over_word, handout.options.font_size)
        else:
            p.add_run(run.text).font.underline = WD_UNDERLINE.DOTTED
        if notes is not None and e.number in marks:
            notes.add(p, _note_text(e, layout), e)
    if para.kind == "code":  # a command or listing line: monospace
        for r in p.runs:
            r.font.name = MONO


def _note_text(e: HandoutEntry, layout: str) -> list[tuple[str, str]]:
    """(style, text) pieces of a footnote: 'b' bold, 'i' italic, '' plain."""
    parts = [("b", e.word)]
    if layout == "notes" or e.cut:
        parts.append(("", f" ({e.grammar}) {e.shown_gloss}"))
    if e.note:
        parts.append(("i", f" — {e.note}"))
    return parts


def _ruby(p, word: str, gloss: str, size: float) -> None:
    """The word with its gloss set above it (Word's 'phonetic guide' ruby)."""
    from docx.oxml import parse_xml

    hps = max(12, round(size * 2 * 0.6))
    base = round(size * 2)
    p._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/>'
            f'<w:hps w:val="{hps}"/><w:hpsRaise w:val="{base}"/><w:hpsBaseText w:val="{base}"/>'
            '<w:lid w:val="fr-FR"/></w:rubyPr>'
            f'<w:rt><w:r><w:rPr><w:i/><w:sz w:val="{hps}"/></w:rPr>{_t(gloss)}</w:r></w:rt>'
            f'<w:rubyBase><w:r><w:rPr><w:sz w:val="{base}"/></w:rPr>{_t(word)}</w:r></w:rubyBase>'
            "</w:ruby></w:r>"
        )
    )


def _t(text: str) -> str:
    from xml.sax.saxutils import escape

    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


class _Footnotes:
    """Word footnotes (python-docx has no API for them): a footnotes part and references."""

    def __init__(self, doc):
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        self.part = XmlPart(
            PackURI("/word/footnotes.xml"),
            FOOTNOTES_TYPE,
            parse_xml(_FOOTNOTES_XML),
            doc.part.package,
        )
        doc.part.relate_to(self.part, FOOTNOTES_REL)
        self.next_id = 1

    def add(self, p, pieces: list[tuple[str, str]], entry: HandoutEntry) -> None:
        from docx.oxml import parse_xml

        fid = self.next_id
        self.next_id += 1
        sup = '<w:rPr><w:vertAlign w:val="superscript"/><w:b/></w:rPr>'
        p._p.append(
            parse_xml(f'<w:r xmlns:w="{W_NS}">{sup}<w:footnoteReference w:id="{fid}"/></w:r>')
        )
        runs = "".join(
            f"<w:r><w:rPr>{'<w:b/>' if style == 'b' else '<w:i/>' if style == 'i' else ''}"
            f'<w:sz w:val="18"/></w:rPr>{_t(text)}</w:r>'
            for style, text in pieces
        )
        self.part.element.append(
            parse_xml(
                f'<w:footnote xmlns:w="{W_NS}" w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/>'
                f"</w:pPr><w:r>{sup}<w:footnoteRef/></w:r>"
                f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs}</w:p></w:footnote>'
            )
        )


def _line_numbers(section) -> None:
    """Number every fifth line in the margin (Word and LibreOffice both show it)."""
    from docx.oxml import parse_xml

    sect = section._sectPr
    ln = parse_xml(
        f'<w:lnNumType xmlns:w="{W_NS}" w:countBy="5" w:distance="283" w:restart="continuous"/>'
    )
    # lnNumType goes before pgNumType/cols/docGrid in the schema's sequence.
    anchor = None
    for tag in ("pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "docGrid"):
        anchor = sect.find(f"{{{W_NS}}}{tag}")
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(ln)
    else:
        sect.append(ln)


def _glossary(doc, entries: list[HandoutEntry]) -> None:
    from docx.shared import Pt

    doc.add_heading("Glossary", level=2).paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=6)
    table.style = "Light List"
    _repeat_header(table.rows[0])
    for cell, text in zip(
        table.rows[0].cells, ("#", "Word", "Lemma", "POS", "le/la", "Meaning"), strict=True
    ):
        cell.text = text
    for e in entries:
        meaning = e.shown_gloss + (f" — {e.note}" if e.note else "")
        row = table.add_row()
        _keep_row_together(row)
        cells = row.cells
        for col, text in enumerate(
            (str(e.number), e.word, e.lemma, e.pos_label, e.article, meaning)
        ):
            run = cells[col].paragraphs[0].add_run(text)
            run.bold = col == 1
            run.font.size = Pt(10)


def _repeat_header(row) -> None:
    """Word repeats this row at the top of every page the table continues on."""
    from docx.oxml import parse_xml

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))


def _keep_row_together(row) -> None:
    from docx.oxml import parse_xml

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit xmlns:w="{W_NS}"/>'))
