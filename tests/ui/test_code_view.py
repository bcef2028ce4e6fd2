"""Code blocks (commands, listings) are shown monospace in the reader; prose is not."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def _format_at(view, offset: int):
    cur = QTextCursor(view.document())
    cur.setPosition(view.qt_pos(offset) + 1)
    return cur.charFormat()


def test_code_blocks_are_monospace(qtbot):
    from reader.ui import theme
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.set_reading_font("", 16)
    text = "Tapez la commande suivante :\nsudo apt-get install lecteur\nPuis lisez le résultat."
    start = text.index("sudo")
    end = start + len("sudo apt-get install lecteur")
    view.show_text(text, [], [(start, end)])
    code = _format_at(view, start + 5)
    assert code.fontFixedPitch() and code.fontFamilies()[0] == theme.MONO_FONTS[0]
    for prose in (2, text.index("lisez")):
        fmt = _format_at(view, prose)
        assert not fmt.fontFixedPitch() and theme.MONO_FONTS[0] not in (fmt.fontFamilies() or [])
    view.set_reading_font("", 20)  # A+ keeps the code monospace
    assert _format_at(view, start + 5).fontFixedPitch()


def test_inline_code_in_a_web_page_paragraph_is_monospace(make_window, qtbot, tmp_path):
    from reader.ui import theme

    page = tmp_path / "shell.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><p>Pour voir les fichiers du dossier, '
        "tapez <code>ls -l</code> dans le terminal puis lisez la liste.</p></body></html>",
        encoding="utf-8",
    )
    window = make_window(open_sample=False)
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_path(str(page))
    text = window.view.text
    code = _format_at(window.view, text.index("ls -l"))
    assert code.fontFixedPitch() and code.fontFamilies()[0] == theme.MONO_FONTS[0]
    for prose in ("fichiers", " dans le terminal", "terminal"):  # the space after is prose
        assert not _format_at(window.view, text.index(prose)).fontFixedPitch(), prose
