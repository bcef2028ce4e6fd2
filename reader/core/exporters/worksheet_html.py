"""Worksheets as one self-contained HTML file (inline CSS, no scripts). The same markup, with a
smaller style sheet, is what the PDF printer lays out (reader/printing/worksheet_pdf.py)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..handout import Handout
from ..worksheet import cloze, cloze_paragraphs, vocabulary_rows, word_bank

_TAGS = {"title": "h2", "heading": "h2", "subtitle": "h3", "quote": "blockquote"}
_PAGE = {"A4": "A4", "Letter": "letter"}
TITLES = {"vocabulary": "Vocabulary", "cloze": "Fill in the blanks"}

_CSS = """
@page { size: %(page)s; margin: 16mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: %(size)spt;
  line-height: 1.45; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.45em; margin: 0 0 .2em; }
.source { color: #444; font-style: italic; margin: 0 0 .5em; }
.name-line { margin: .6em 0 1em; white-space: nowrap; }
.name-line span { display: inline-block; border-bottom: 1px solid #333; width: 15em;
  margin-right: 1.5em; }
.name-line span.short { width: 9em; margin-right: 0; }
table.vocab { border-collapse: collapse; width: 100%%; font-size: .88em; }
table.vocab th, table.vocab td { border-bottom: 1px solid #bbb; padding: .3em .35em;
  text-align: left; vertical-align: top; }
table.vocab thead { display: table-header-group; }
table.vocab tr { break-inside: avoid; page-break-inside: avoid; }
td.ctx { color: #333; }
.bank { border: 1px solid #777; padding: .5em .8em; margin: .8em 0 1.2em; line-height: 1.9; }
.bank b { font-weight: normal; margin-right: 1.2em; white-space: nowrap; }
.blank { white-space: nowrap; }
.blank sup { font-size: .7em; font-weight: bold; }
.key { break-before: page; page-break-before: always; }
.key ol { columns: 2; }
.legend { color: #444; font-size: .8em; border-top: 1px solid #bbb; margin-top: 1.5em; }
"""

# Qt's rich text knows a subset of CSS: no @page, columns, inline-block or max-width.
QT_CSS = """
h1 { font-size: x-large; }
.source { color: #444444; font-style: italic; }
th { text-align: left; font-weight: bold; }
td.ctx { color: #333333; }
.blank sup { font-weight: bold; }
.legend { color: #444444; font-size: small; }
"""


def render_worksheet_html(handout: Handout, kind: str, *, for_qt: bool = False) -> str:
    """The worksheet `kind` ('vocabulary' or 'cloze') as an HTML document."""
    if kind not in TITLES:
        raise ValueError(f"unknown worksheet {kind!r} (choose vocabulary or cloze)")
    opts = handout.options
    css = QT_CSS if for_qt else _CSS % {"page": _PAGE[opts.paper], "size": f"{opts.font_size:g}"}
    title = f"{TITLES[kind]} — {handout.title}" if handout.title else TITLES[kind]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        f'<body class="worksheet {kind}">',
        _header(handout, title, for_qt),
    ]
    if kind == "vocabulary":
        parts.append(_vocabulary(handout, for_qt))
        if handout.legend:
            parts.append(f'<p class="legend">{escape(handout.legend)}</p>')
    else:
        parts.append(_cloze(handout, for_qt))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_worksheet_html(handout: Handout, kind: str, path: Path | str) -> Path:
    path = Path(path)
    path.write_text(render_worksheet_html(handout, kind), encoding="utf-8")
    return path


def _header(handout: Handout, title: str, for_qt: bool) -> str:
    opts = handout.options
    out = [f"<h1>{escape(title)}</h1>"]
    if opts.show_source and handout.source_line:
        out.append(f'<p class="source">{escape(handout.source_line)}</p>')
    if opts.name_line:
        if for_qt:
            out.append(
                f'<p style="white-space: nowrap">Name: {"_" * 24}&nbsp;&nbsp;&nbsp; '
                f"Class / date: {'_' * 12}</p>"
            )
        else:
            out.append(
                '<p class="name-line">Name: <span>&nbsp;</span> Class / date: '
                '<span class="short">&nbsp;</span></p>'
            )
    return "\n".join(out)


def _vocabulary(handout: Handout, for_qt: bool) -> str:
    rows = []
    for r in vocabulary_rows(handout):
        context = f"{escape(r.before)}<b>{escape(r.word)}</b>{escape(r.after)}"
        rows.append(
            f"<tr><td>{r.number}</td><td><b>{escape(r.headword)}</b></td>"
            f"<td>{escape(r.grammar)}</td><td>{escape(r.gloss)}</td>"
            f'<td class="ctx">{context}</td><td>{escape(r.level)}</td></tr>'
        )
    table_attrs = ' border="0" cellpadding="4" cellspacing="0" width="100%"' if for_qt else ""
    return (
        f'<table class="vocab"{table_attrs}><thead><tr><th>#</th><th>Word</th><th>Grammar</th>'
        '<th>Meaning</th><th style="width: 38%">In the text</th><th>Level</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def _cloze(handout: Handout, for_qt: bool) -> str:
    _, answers = cloze(handout)
    out = [
        "<p><i>Complete the text with the words of the box (one word or expression per "
        "blank).</i></p>"
    ]
    bank = word_bank(answers)
    if for_qt:
        words = " &nbsp;·&nbsp; ".join(escape(w) for w in bank)
        out.append(
            '<table border="1" cellpadding="8" cellspacing="0" width="100%">'
            f"<tr><td>{words}</td></tr></table><p></p>"
        )
    else:
        out.append('<div class="bank">' + " ".join(f"<b>{escape(w)}</b>" for w in bank) + "</div>")
    for para in cloze_paragraphs(handout):
        tag = _TAGS.get(para.kind, "p")
        inner = "".join(
            f'<span class="blank"><sup>{p.blank}</sup>{"_" * 12}</span>'
            if p.blank
            else escape(p.text)
            for p in para.pieces
        )
        out.append(f"<{tag}>{inner}</{tag}>")
    key = "".join(f"<li>{escape(a)}</li>" for a in answers)
    style = ' style="page-break-before: always"' if for_qt else ""
    out.append(f'<div class="key"{style}><h2>Answer key</h2><ol>{key}</ol></div>')
    return "\n".join(out)
