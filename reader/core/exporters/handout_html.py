"""A handout as one self-contained HTML file (inline CSS, no scripts, no external files).

Browsers reflow text, so the 'line numbers' option numbers paragraphs here; the PDF
and DOCX exports number real lines.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..handout import BodyParagraph, Handout, HandoutEntry

_PAGE = {"A4": "A4", "Letter": "letter"}
_TAGS = {"title": "h1", "heading": "h2", "subtitle": "h3", "quote": "blockquote", "code": "pre"}

_CSS = """
@page { size: %(page)s; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: %(size)spt;
  line-height: 1.45; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
header h1 { font-size: 1.6em; margin: 0 0 .2em; }
.source { color: #444; font-style: italic; margin: 0 0 .6em; }
.name-line { margin: .8em 0 1.2em; white-space: nowrap; }
.name-line span { display: inline-block; border-bottom: 1px solid #333; width: 15em;
  margin-right: 1.5em; }
.name-line span.short { width: 9em; margin-right: 0; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 15em; column-gap: 1.4em;
  break-inside: avoid-page; }
.row > ol.notes { margin: 0; padding: 0; list-style: none; font-size: .8em;
  border-left: 1px solid #bbb; padding-left: .7em; line-height: 1.3; }
ol.notes li { margin: 0 0 .35em; }
ol.notes.under { list-style: none; font-size: .8em; margin: -.4em 0 1em; padding: 0 0 0 1em;
  border-left: 1px solid #bbb; }
.n { font-weight: bold; margin-right: .3em; }
.g { text-decoration: underline; text-decoration-color: #777; text-underline-offset: .18em; }
sup.m { font-size: .65em; font-weight: bold; margin-left: .05em; }
.gram { color: #444; }
pre { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .85em;
  white-space: pre-wrap; margin: 0 0 .3em; }
.note { font-style: italic; }
body.interlinear main p, body.interlinear main blockquote { line-height: 2.7; }
ruby { ruby-align: center; }
rt { font-size: .58em; color: #224; font-style: italic; line-height: 1; }
table.glossary { border-collapse: collapse; width: 100%%; font-size: .9em; margin-top: .6em; }
table.glossary th, table.glossary td { border-bottom: 1px solid #ccc; padding: .25em .4em;
  text-align: left; vertical-align: top; }
table.glossary thead { display: table-header-group; }
table.glossary tr { break-inside: avoid; page-break-inside: avoid; }
.legend { color: #444; font-size: .8em; border-top: 1px solid #bbb; margin-top: 1.5em;
  padding-top: .3em; }
section.glossary h2 { break-after: avoid; }
main.numbered { counter-reset: para; }
main.numbered .pn::before { counter-increment: para; content: counter(para);
  float: left; margin-left: -2.2em; width: 1.8em; text-align: right; color: #888;
  font-size: .75em; padding-top: .3em; }
"""


def render_html(handout: Handout, glossary_json: str = "") -> str:
    """The whole handout as an HTML document; `glossary_json` (a class glossary file's text)
    is embedded as a link students save and import (File > Import class glossary...)."""
    opts = handout.options
    css = _CSS % {"page": _PAGE[opts.paper], "size": f"{opts.font_size:g}"}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(handout.title or 'Handout')}</title>",
        f"<style>{css}</style>",
        "</head>",
        f'<body class="{opts.layout}">',
        _header(handout),
        f'<main class="{"numbered" if opts.line_numbers else ""}">',
    ]
    marks = handout.note_marks()
    for para in handout.body():
        parts.append(_paragraph(para, opts.layout, marks))
    parts.append("</main>")
    if opts.layout == "glossary":
        parts.append(glossary_table(handout.glossary_entries()))
    if handout.legend:
        parts.append(f'<footer class="legend">{escape(handout.legend)}</footer>')
    if glossary_json:
        parts.append(_glossary_link(handout, glossary_json))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _glossary_link(handout: Handout, glossary_json: str) -> str:
    """A link holding the glossary file itself (a data: URL: no network, no script)."""
    import base64

    data = base64.b64encode(glossary_json.encode("utf-8")).decode("ascii")
    stem = "".join(c if c.isalnum() else "-" for c in (handout.title or "handout")[:40])
    return (
        '<p class="legend">The glosses of this handout for French Reader: '
        f'<a download="{escape(stem)}-glossary.json" '
        f'href="data:application/json;base64,{data}">save the glossary file</a>, then use '
        "File &gt; Import class glossary… in the app.</p>"
    )


def write_html(handout: Handout, path: Path | str, glossary_json: str = "") -> Path:
    """Write the HTML handout to `path` (UTF-8)."""
    path = Path(path)
    path.write_text(render_html(handout, glossary_json), encoding="utf-8")
    return path


def _header(handout: Handout) -> str:
    opts = handout.options
    out = ["<header>"]
    if opts.show_title and handout.title:
        out.append(f"<h1>{escape(handout.title)}</h1>")
    if opts.show_source and handout.source_line:
        out.append(f'<p class="source">{escape(handout.source_line)}</p>')
    if opts.name_line:
        out.append(
            '<p class="name-line">Name: <span>&nbsp;</span> Class / date: '
            '<span class="short">&nbsp;</span></p>'
        )
    out.append("</header>")
    return "".join(out)


def _paragraph(para: BodyParagraph, layout: str, marks: dict[int, int]) -> str:
    tag = _TAGS.get(para.kind, "p")
    inner = "".join(_run(r.text, r.entry, layout, marks) for r in para.runs)
    number = '<span class="pn"></span>' if tag in ("p", "blockquote") else ""
    block = f"<{tag}>{number}{inner}</{tag}>"
    noted = [e for e in para.entries if e.number in marks]
    if layout == "notes" and tag in ("p", "blockquote"):
        notes = "".join(f"<li>{note_html(e, marks[e.number])}</li>" for e in noted)
        return f'<div class="row">{block}<ol class="notes">{notes}</ol></div>'
    if noted:
        notes = "".join(f"<li>{note_html(e, marks[e.number], e.cut)}</li>" for e in noted)
        return f'{block}<ol class="notes under">{notes}</ol>'
    return block


def _run(text: str, entry: HandoutEntry | None, layout: str, marks: dict[int, int]) -> str:
    if entry is None:
        return escape(text)
    word = escape(text)
    mark = f'<sup class="m">{marks[entry.number]}</sup>' if entry.number in marks else ""
    if layout == "interlinear":
        return f"<ruby>{word}<rt>{escape(entry.over_word)}</rt></ruby>{mark}"
    return f'<span class="g">{word}</span>{mark}'


def note_html(entry: HandoutEntry, mark: int, with_gloss: bool = True) -> str:
    """One numbered note: number, word, grammar, gloss, teacher's note."""
    out = [f'<span class="n">{mark}</span><b>{escape(entry.word)}</b>']
    if with_gloss:
        out.append(f' <span class="gram">({escape(entry.grammar)})</span>')
    if entry.gloss and with_gloss:
        out.append(f" {escape(entry.shown_gloss)}")
    if entry.note:
        out.append(f' <span class="note">— {escape(entry.note)}</span>')
    return "".join(out)


def glossary_table(entries: list[HandoutEntry]) -> str:
    """The glossary section: a row per word, in the order given."""
    rows = [
        "<tr>"
        f"<td>{e.number}</td><td><b>{escape(e.word)}</b></td><td>{escape(e.lemma)}</td>"
        f"<td>{escape(e.pos_label)}</td><td>{escape(e.article)}</td>"
        f"<td>{escape(e.shown_gloss)}"
        + (f' <span class="note">— {escape(e.note)}</span>' if e.note else "")
        + "</td></tr>"
        for e in entries
    ]
    return (
        '<section class="glossary"><h2>Glossary</h2><table class="glossary">'
        "<thead><tr><th>#</th><th>Word</th><th>Lemma</th><th>POS</th><th>le/la</th>"
        "<th>Meaning</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>"
    )
