"""The vocabulary list docked in the reader window, and the handout editor from the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _token(doc, surface: str):
    return next(t for t in doc.tokens if t.text == surface)


def test_vocabulary_dock_follows_the_reader_and_the_reader_follows_it(make_window, qtbot):
    window = make_window()
    assert window.session.statuses is not None
    assert not window.vocab.dock.isVisible()
    window.vocab.action.trigger()
    assert window.vocab.dock.isVisible() and window.vocab.panel is not None
    panel = window.vocab.panel

    # marking a word known in the reader shows it in the list at once
    hard = _token(window.result.doc, "élargissement")
    window.view.set_focus_token(hard.index)
    qtbot.keyClick(window.view, "k")
    rows = {item.lemma: item.shown_status for item in panel.visible_items()}
    assert rows.get("élargissement") == "known"
    assert window.view.highlight_at(hard.start) is None

    # changing it in the list re-colours the reader
    panel.select_lemmas(["élargissement"])
    panel.set_selected_status("unknown")
    assert window.view.highlight_at(hard.start) == "strong"
    # Ctrl+Z in the list undoes the list's change (not the reader's)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, "z", Qt.KeyboardModifier.ControlModifier)
    assert window.view.highlight_at(hard.start) is None
    # ... and Ctrl+Z in the text undoes the reader's own "known"
    window.view.setFocus()
    qtbot.keyClick(window.view, "z", Qt.KeyboardModifier.ControlModifier)
    assert window.view.highlight_at(hard.start) in ("strong", "medium")

    # the dock's visibility is remembered
    window.close()
    again = make_window(open_sample=False)
    assert again.vocab.dock.isVisible() and again.vocab.panel is not None
    assert again.settings.get("vocab_visible") is True
    again.vocab.action.trigger()
    assert not again.vocab.dock.isVisible()


def test_handout_action_opens_the_editor_on_the_article(make_window, qtbot):
    window = make_window()
    assert window.handout_action.shortcut().toString() == "Ctrl+Shift+H"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.handout_action in file_menu.actions()
    window.handout_action.trigger()
    editor = window.handout_editor
    assert editor is not None and editor.isVisible()
    assert editor.doc is window.result.doc
    assert editor.table.rowCount() > 0
    editor.close()


def test_the_word_list_is_built_when_first_shown_not_at_launch(qtbot, data_dir, analyzer):
    # the app opens the store after making the window: a hidden dock builds nothing then
    from reader.core.session import ReadingSession
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    session = ReadingSession(analyzer)
    window = MainWindow(Settings(), session)
    qtbot.addWidget(window)
    session.open_store()
    session.statuses.set("élargissement", "unknown")
    assert window.vocab.panel is None
    window.show()
    window.vocab.action.trigger()  # shown: built with the learner's words
    assert window.vocab.panel is not None
    assert [i.lemma for i in window.vocab.panel.visible_items()] == ["élargissement"]
    window.close()
    session.close()

    # a dock the reader left open is built with the store, before the window shows
    again = ReadingSession(analyzer)
    window = MainWindow(Settings(), again)
    qtbot.addWidget(window)
    again.open_store()
    assert window.vocab.panel is not None
    window.show()
    assert window.vocab.dock.isVisible()
    assert [i.lemma for i in window.vocab.panel.visible_items()] == ["élargissement"]
    window.close()
    again.close()
