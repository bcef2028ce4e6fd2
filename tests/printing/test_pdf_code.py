"""A command line in a web page is printed monospace in the PDF handout."""

from __future__ import annotations

import pypdf
import pytest

from reader.core.handout import Handout
from reader.core.importers import load_bytes
from reader.printing.pdf import write_pdf

PAGE = b"""<html><head><meta charset="utf-8"><title>Installer</title></head><body>
<p>Pour installer le programme, ouvrez un terminal et tapez la commande suivante :</p>
<pre>sudo apt-get install lecteur</pre></body></html>"""


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def _fonts(page) -> set[str]:
    fonts = page["/Resources"]["/Font"]
    return {str(fonts[name].get_object()["/BaseFont"]) for name in fonts}


def test_code_block_is_printed_in_a_monospace_font(analyzer, tmp_path):
    doc = analyzer.analyze(load_bytes(PAGE, "installer.html"))
    out = tmp_path / "h.pdf"
    write_pdf(Handout(doc), out)
    page = pypdf.PdfReader(str(out)).pages[0]
    assert "sudo apt-get install lecteur" in " ".join(page.extract_text().split())
    fonts = _fonts(page)
    assert any("Mono" in f for f in fonts), fonts
    assert any("Mono" not in f for f in fonts), fonts  # the prose keeps the serif
