"""A file's text is made ready for the view in the worker that read it (the scans of a whole
book: its CR and NUL characters, those outside the BMP, its titles and code), so showing it
is a short turn of the GUI thread; what the reader sees is the same."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QTextCursor

from reader.core.document import Block, SourceText
from reader.ui import reader_view

PAGE = """<html><head><title>Les tortues</title></head><body>
<h1>Les tortues de mer</h1>
<p>Les tortues pondent leurs œufs sur la plage, la nuit. Tapez <code>ls -l</code> pour voir.</p>
<pre>sudo apt install tortue</pre>
<p>Elles reviennent des années plus tard. 🐢 Une tortue peut vivre cent ans.</p>
</body></html>"""


def _format_at(view, needle: str):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.toPlainText().index(needle) + 1)
    return cursor.charFormat()


def test_a_file_is_made_ready_in_the_worker_and_shown_as_before(
    make_window, qtbot, tmp_path, monkeypatch
):
    made_on = []
    real = reader_view._shown

    def spying(source):
        made_on.append(threading.current_thread() is threading.main_thread())
        return real(source)

    monkeypatch.setattr(reader_view, "_shown", spying)
    window = make_window(open_sample=False)
    page = tmp_path / "tortues.html"
    page.write_text(PAGE, encoding="utf-8")
    with qtbot.waitSignal(window.document_shown, timeout=30_000):
        window.open_path(str(page))
    assert made_on == [False]  # once, in the worker; not again on the GUI thread
    view = window.view
    text = window.session.source.text
    assert view.toPlainText().startswith("Les tortues de mer")
    assert len(view.toPlainText()) == len(text)
    assert _format_at(view, "tortues de mer").fontWeight() > QFont.Weight.Normal.value
    assert _format_at(view, "ls -l").fontFixedPitch()
    assert _format_at(view, "sudo apt").fontFixedPitch()
    assert not _format_at(view, "pondent").fontFixedPitch()
    # The turtle is two UTF-16 units in Qt: the words after it are still found where they are.
    after = text.index("Une tortue")
    assert view.qt_pos(after) == after + 1 and view.py_offset(after + 1) == after
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_pos(after))
    cursor.setPosition(view.qt_pos(after + 10), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Une tortue"
    qtbot.waitUntil(lambda: str(page.resolve()) in window.settings.get("recent_files"))


def test_a_text_changed_after_it_was_made_ready_is_shown_as_it_is_now(qtbot):
    view = reader_view.ReaderView()
    qtbot.addWidget(view)
    source = reader_view.prepare_source(
        SourceText(text="Titre\nUn texte.", blocks=[Block("heading", 0, 5)])
    )
    source.text = "Autre titre\nUn autre texte."
    source.blocks = [Block("heading", 0, 11)]
    view.show_source(source)
    assert view.toPlainText() == "Autre titre\nUn autre texte."
    assert _format_at(view, "tre titre").fontWeight() > QFont.Weight.Normal.value
