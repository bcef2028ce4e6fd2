"""Inline code in prose (<p>tapez <code>ls -l</code></p>): the sentence stays prose, and the
SourceText carries a "code" span over the code so the reader shows it monospace."""

from __future__ import annotations

from html_pages import long_article

from reader.core.importers import load_bytes, load_path
from reader.core.importers._builder import TextBuilder, clean_inline
from reader.core.importers._htmlblocks import CODE_OPEN, html_blocks, parse_html, unmarked

SENTENCE = "Pour voir les fichiers, tapez <code>ls  -l</code> puis <kbd>Entrée</kbd>."


def _spans(source) -> list[str]:
    return [source.text[s.start : s.end] for s in source.spans if s.kind == "code"]


def test_inline_code_of_a_short_page_is_a_span_of_its_paragraph():
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        f"<p>{SENTENCE}</p><p>La commande <code>cd</code> change de dossier ;"
        " <code>pwd</code> affiche le dossier courant (cd sans argument).</p>"
        "<pre>ls -l\ncd /tmp</pre></body></html>"
    )
    source = load_bytes(page.encode(), "shell.html")
    blocks = [(b.kind, source.text[b.start : b.end]) for b in source.blocks]
    assert ("paragraph", "Pour voir les fichiers, tapez ls -l puis Entrée.") in blocks
    assert [t for k, t in blocks if k == "code"] == ["ls -l", "cd /tmp"]
    assert _spans(source) == ["ls -l", "Entrée", "cd", "pwd"]
    cd = next(s for s in source.spans if source.text[s.start : s.end] == "cd")
    assert source.text[cd.start - len("La commande ") : cd.start] == "La commande "
    assert CODE_OPEN not in source.text


def test_inline_code_survives_the_article_extractor():
    """Trafilatura drops all markup: the spans come from the page's paragraph of the same text."""
    page = long_article(f"<p>{SENTENCE}</p>")
    source = load_bytes(page.encode(), "guide.html")
    assert "Accueil" not in source.text  # the extractor did run
    assert _spans(source) == ["ls -l", "Entrée"]


def test_inline_code_in_an_epub_chapter(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("inline-code")
    book.set_title("Guide")
    book.set_language("fr")
    chapter = epub.EpubHtml(title="Commandes", file_name="chap.xhtml", lang="fr")
    chapter.content = f"<html><body><h1>Le <code>shell</code></h1><p>{SENTENCE}</p></body></html>"
    book.add_item(chapter)
    book.spine = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    path = tmp_path / "guide.epub"
    epub.write_epub(str(path), book)
    source = load_path(path)
    assert _spans(source) == ["shell", "ls -l", "Entrée"]
    assert CODE_OPEN not in source.text and all(CODE_OPEN not in c.title for c in source.chapters)


def test_the_marks_never_change_the_text():
    """With or without the marks, a block's text is the same; the page's own private-use
    characters are not taken for marks."""
    markup = (
        "<p>  Lancez <code> ma</code><code>ke </code><code>install</code>  puis\n<samp>ok</samp> \ue000"
        " <b>fin</b><code>\ue001</code></p>"
    )
    tree = parse_html(markup, "t")
    [(kind, marked)] = list(html_blocks(tree, mark_code=True))
    [(_, plain)] = list(html_blocks(parse_html(markup, "t")))
    builder = TextBuilder(1000, code_marks=True)
    block = builder.add(kind, marked)
    source = builder.build()
    assert source.text == clean_inline(unmarked(plain)) == "Lancez make install puis ok fin"
    assert [source.text[s.start : s.end] for s in source.spans] == ["make", "install", "ok"]
    assert builder.text_of(block) == source.text
