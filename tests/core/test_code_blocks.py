"""Code in web pages and e-books (pre, code, kbd, samp): shown monospace, never vocabulary."""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree as ET

import pytest

from html_pages import long_article

from reader.core.importers import load_bytes, load_path

PAGE = b"""<html><head><meta charset="utf-8"><title>Installer le paquet</title></head><body>
<h1>Installer le paquet</h1>
<p>Pour installer le programme, ouvrez un terminal et tapez la commande suivante :</p>
<pre>sudo apt-get install --no-install-recommends lecteur
lecteur --version</pre>
<p><code>ls -la /etc/apt</code></p>
<p>Appuyez ensuite sur <kbd>Ctrl</kbd>+<kbd>C</kbd> pour arr\xc3\xaater le programme.</p>
<p>Le programme affiche <samp>Done.</samp> quand tout est fini.</p>
</body></html>"""
CODE_LINES = [
    "sudo apt-get install --no-install-recommends lecteur",
    "lecteur --version",
    "ls -la /etc/apt",
]


def _blocks(source) -> list[tuple[str, str]]:
    return [(b.kind, source.text[b.start : b.end]) for b in source.blocks]


@pytest.fixture(scope="module")
def page():
    return load_bytes(PAGE, "paquet.html")


def test_pre_and_code_paragraphs_are_code_blocks_one_per_line(page):
    blocks = _blocks(page)
    assert [t for k, t in blocks if k == "code"] == CODE_LINES
    # A key or an output inside a sentence leaves the sentence prose.
    prose = [t for k, t in blocks if k == "paragraph"]
    assert "Appuyez ensuite sur Ctrl+C pour arrêter le programme." in prose
    assert "Le programme affiche Done. quand tout est fini." in prose


def test_epub_listing_is_a_code_block(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("code-test")
    book.set_title("Guide")
    book.set_language("fr")
    chapter = epub.EpubHtml(title="Commandes", file_name="chap.xhtml", lang="fr")
    chapter.content = (
        "<html><body><h1>Commandes</h1><p>Tapez la commande suivante dans le terminal.</p>"
        "<pre><code>cd /tmp\nmake install</code></pre></body></html>"
    )
    book.add_item(chapter)
    book.spine = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    path = tmp_path / "guide.epub"
    epub.write_epub(str(path), book)
    blocks = _blocks(load_path(path))
    assert [t for k, t in blocks if k == "code"] == ["cd /tmp", "make install"]
    assert ("paragraph", "Tapez la commande suivante dans le terminal.") in blocks


@pytest.fixture(scope="module")
def page_doc(analyzer, page):
    return analyzer.analyze(page)


def test_code_blocks_are_never_vocabulary(page_doc):
    code = [p for p in page_doc.paragraphs if p.kind == "code"]
    assert [page_doc.text[p.start : p.end] for p in code] == CODE_LINES
    for p in code:
        tokens = [t for t in page_doc.tokens if p.start <= t.start < p.end]
        assert tokens and not any(t.is_word for t in tokens)
    words = {t.text for t in page_doc.tokens if t.is_word}
    assert {"installer", "programme", "terminal", "arrêter"} <= words
    assert not words & {"sudo", "apt", "get", "lecteur", "install", "ls", "etc"}


def test_html_handout_shows_code_monospace(page_doc):
    from reader.core.exporters.handout_html import render_html
    from reader.core.handout import Handout

    html = render_html(Handout(page_doc))
    for line in CODE_LINES:
        assert f"<pre>{line}</pre>" in html
    assert "pre { font-family: " in html and "monospace" in html
    assert '<p><span class="pn"></span>Pour installer le programme' in html


def test_docx_handout_shows_code_monospace(page_doc, tmp_path):
    from reader.core.exporters.handout_docx import MONO, write_docx
    from reader.core.handout import Handout

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = write_docx(Handout(page_doc), tmp_path / "h.docx")
    with zipfile.ZipFile(out) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    fonts = {}
    for para in root.iter(f"{w}p"):
        text = "".join(t.text or "" for t in para.iter(f"{w}t"))
        names = {f.get(f"{w}ascii") for f in para.iter(f"{w}rFonts")}
        fonts[text] = names
    for line in CODE_LINES:
        assert fonts[line] == {MONO}, line
    prose = next(t for t in fonts if t.startswith("Pour installer"))
    assert MONO not in fonts[prose]


def test_code_survives_the_article_extractor():
    """A long article goes through the extractor, which makes a pre a quote: still code."""
    page = long_article(
        "<pre>sudo apt-get install lecteur\nlecteur --version</pre>"
        '<pre><code class="language-bash">cd /tmp\nmake</code></pre>'
    )
    source = load_bytes(page.encode(), "guide.html")
    blocks = _blocks(source)
    assert [t for k, t in blocks if k == "code"] == [
        "sudo apt-get install lecteur",
        "lecteur --version",
        "cd /tmp",
        "make",
    ]
    assert sum(k == "paragraph" for k, _ in blocks) == 24
    assert "Accueil" not in source.text  # the extractor did run
