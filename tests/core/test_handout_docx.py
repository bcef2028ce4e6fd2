"""The DOCX handout: every chosen word with its gloss, as Word footnotes, ruby or a table."""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree as ET

import pytest

from reader.core.exporters.handout_docx import write_docx
from reader.core.handout import Handout, HandoutOptions

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORDS = ("réunion", "garanties", "élargissement", "homologue", "agression", "soupçons")


def _handout(doc, layout: str, **options) -> Handout:
    h = Handout(doc, options=HandoutOptions(layout=layout, **options))
    for t in doc.tokens:
        if t.text in WORDS and h.entry_for_lemma(t.lemma) is None:
            h.edit(h.add(t.index), gloss=f"gl-{t.text}", gender="f")
    return h


def _text(path, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        if part not in z.namelist():
            return ""
        root = ET.fromstring(z.read(part))
    return " ".join("|".join(t.text or "" for t in root.iter(f"{W}t")).split())  # | between runs


@pytest.mark.parametrize("layout", ["notes", "interlinear", "glossary"])
def test_every_chosen_word_with_its_gloss_in_order(sample_doc, tmp_path, layout):
    h = _handout(sample_doc, layout, line_numbers=True, paper="Letter")
    h.edit(h.entries[1], note="teacher's note")
    out = write_docx(h, tmp_path / "h.docx")
    body = _text(out, "word/document.xml")
    notes = _text(out, "word/footnotes.xml")
    assert "Ukraine" in body and "Name:" in body
    where = notes if layout == "notes" else body
    assert re.findall(r"gl-(\w+)", where) == [e.word for e in h.entries]
    assert "teacher's note" in (notes + body)
    if layout != "notes":
        assert not re.findall(r"gl-", notes)

    import docx

    d = docx.Document(str(out))  # python-docx reads it back
    assert round(d.sections[0].page_width.mm) == 216
    xml = d.element.xml
    assert 'w:countBy="5"' in xml
    if layout == "notes":
        assert xml.count("<w:footnoteReference") == len(h.entries)
    if layout == "interlinear":
        assert xml.count("<w:ruby>") == len(h.entries)
    if layout == "glossary":
        rows = d.tables[0].rows
        assert [c.text for c in rows[0].cells] == ["#", "Word", "Lemma", "POS", "le/la", "Meaning"]
        assert [r.cells[1].text for r in rows[1:]] == [e.word for e in h.entries]
        assert rows[1].cells[4].text == "la"
