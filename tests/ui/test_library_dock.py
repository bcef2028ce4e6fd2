"""The Library dock: documents opened with their progress; reopen and remove from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

ARTICLE = (
    "Le village au bord de la rivière\n\n"
    "Les maisons du village sont anciennes. Elles ont été construites par des familles de "
    "paysans. Aujourd'hui, les habitants accueillent les visiteurs tout l'été.\n"
)


def rows(window):
    table = window.library.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_library_lists_reopens_and_removes(make_window, qtbot, tmp_path):
    window = make_window()  # the sample, analysed
    window.library.action.trigger()
    assert window.library.dock.isVisible()
    assert window.library.action.shortcut().toString() == "Ctrl+Shift+L"
    (sample,) = rows(window)
    title, _source, words, level, read, known, last = sample
    assert title == "Sample article"
    assert int(words.replace(",", "")) > 100 and level in (
        "A1",
        "A2",
        "B1",
        "B2",
        "C1",
        "C2",
        "C2+",
    )
    assert read.endswith("%") and known == "0%" and last[:2] == "20"

    article = tmp_path / "village.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.analysis_finished, timeout=90_000):
        window.open_path(str(article))
    assert [r[0] for r in rows(window)][0] in ("Le village au bord de la rivière", "village")
    assert [r[1] for r in rows(window)] == ["village.txt", rows(window)[1][1]]
    assert len(rows(window)) == 2

    # Enter on the sample's row reopens it.
    table = window.library.table
    table.setFocus()
    table.selectRow(1)
    with qtbot.waitSignal(window.analysis_finished, timeout=90_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.windowTitle().lower().startswith("sample article")
    assert rows(window)[0][0].lower() == "sample article"  # the most recently opened first
    assert len(rows(window)) == 2  # the same text: the same entry

    # Delete takes a document off the list (not the file).
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r[0].lower() for r in rows(window)] == ["sample article"]
    assert article.exists()


def test_place_and_progress_are_saved_as_the_reader_scrolls(make_window, qtbot):
    window = make_window()
    library = window.library
    key = library._key
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: library.library.get(key).position > 0, timeout=5_000)
    entry = library.library.get(key)
    assert entry.percent_read >= 50
    library.action.trigger()
    assert rows(window)[0][4] == f"{entry.percent_read}%"


def test_known_share_follows_the_words_marked_known(make_window, qtbot):
    window = make_window()  # the sample, analysed
    window.library.action.trigger()
    assert rows(window)[0][5] == "0%"
    lemmas = sorted({t.lemma for t in window.session.result.doc.word_tokens()})
    window.session.statuses.set_many(lemmas, "known")  # every word of the article
    window.session.statuses_changed()
    # Counted in the background (a book's words are many): the row shows it when done.
    qtbot.waitUntil(lambda: rows(window)[0][5] == "100%", timeout=10_000)


def test_a_long_text_is_keyed_off_the_gui_thread_and_still_recorded(
    make_window, qtbot, monkeypatch
):
    import threading

    from reader.core import library as library_mod
    from reader.core.document import SourceText
    from reader.ui import library_dock

    real_key = library_mod.text_key
    keyed_on_gui: list[bool] = []

    def spying_key(text):
        keyed_on_gui.append(threading.current_thread() is threading.main_thread())
        return real_key(text)

    monkeypatch.setattr(library_mod, "text_key", spying_key)
    monkeypatch.setattr(library_dock, "BACKGROUND_KEY_CHARS", 100)
    window = make_window()
    dock = window.library
    window.session.begin(SourceText(text=ARTICLE, title="Le village"), None)
    assert dock._key is None  # not yet: the text is being keyed in a worker
    assert dock._key_job is None  # which starts once the text is painted
    qtbot.waitUntil(lambda: dock._key is not None, timeout=10_000)
    assert keyed_on_gui and not any(keyed_on_gui)
    assert dock._key == library_mod.document_key(ARTICLE)
    entry = dock.library.get(dock._key)
    assert entry.title == "Le village" and entry.length == len(ARTICLE)
