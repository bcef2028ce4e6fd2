"""Opening by drop, keyboard use, find, names, the panel and remembered settings."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

FRENCH = (
    "La boulangerie du village ouvre à sept heures.\n"
    "Les habitants achètent des croissants et une baguette encore chaude.\n"
)


def test_a_file_dropped_on_the_window_opens(make_window, qtbot, tmp_path):
    window = make_window(open_sample=False)
    path = tmp_path / "boulangerie.txt"
    path.write_text(FRENCH, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.analysis_finished, timeout=30_000):
        QApplication.sendEvent(window, drop)
    assert window.view.toPlainText().strip() == FRENCH.strip()
    assert "boulangerie" in window.windowTitle()
    assert window.settings.get("recent_files")[0].endswith("boulangerie.txt")


def test_unreadable_file_shows_a_message_and_keeps_the_document(
    make_window, qtbot, monkeypatch, tmp_path
):
    window = make_window()
    shown = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown.append((kind, text)),
    )
    window.open_path(str(tmp_path / "missing.txt"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] == "error"
    assert window.result is not None and "ministre" in window.view.toPlainText()


def test_paste_opens_the_clipboard_text(make_window, qtbot):
    window = make_window(open_sample=False)
    QApplication.clipboard().setText(FRENCH)
    with qtbot.waitSignal(window.analysis_finished, timeout=30_000):
        window.paste_action.trigger()
    assert "boulangerie" in window.view.toPlainText()


def test_keyboard_moves_word_by_word_skipping_punctuation(make_window, qtbot):
    window = make_window()
    doc = window.result.doc
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    first = window.view.focus_token()
    assert doc.tokens[first].text == "Le"
    for _ in range(6):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    here = doc.tokens[window.view.focus_token()]
    assert here.is_word
    assert here.text == "Sergueï"  # Le ministre russe des affaires étrangères , Sergueï
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert doc.tokens[window.view.focus_token()].text == "étrangères"


def test_find_marks_matches_ignoring_accents(make_window, qtbot):
    window = make_window()
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, "securite")
    assert len(window.find_bar.matches) >= 2
    start, end = window.find_bar.matches[0]
    assert window.view.text[start:end] == "sécurité"
    assert "of" in window.find_bar.count.text()


def test_names_can_be_switched_off(make_window):
    window = make_window()
    doc = window.result.doc
    lavrov = next(t for t in doc.tokens if t.text == "Lavrov")
    assert window.view.highlights().get(lavrov.index) == "name"
    window.names_action.trigger()
    assert lavrov.index not in window.view.highlights()
    assert window.settings.get("show_names") is False


def test_zoom_theme_and_level_are_remembered(make_window, qtbot):
    window = make_window(open_sample=False)
    size = window.view.font_size
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    window.zoom_in_action.trigger()
    window.dark_action.trigger()
    window.level.set_value("C1")
    window.close()
    again = make_window(open_sample=False)
    assert again.view.font_size > size
    assert again.dark_action.isChecked()
    assert QApplication.palette().base().color().name() == "#25282c"
    assert again.level.value() == "C1"
    again.dark_action.trigger()  # back to light for the other tests


def test_panel_lists_difficult_words_and_jumps_to_them(make_window, qtbot):
    window = make_window()
    rows = window.panel.rows()
    assert rows
    lemmas = [r[0] for r in rows]
    assert "élargissement" in lemmas
    row = lemmas.index("élargissement")
    index = window.panel.model.index(row, 0)
    window.panel.tree.scrollTo(index)
    qtbot.mouseClick(
        window.panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.panel.tree.visualRect(index).center(),
    )
    focus = window.view.focus_token()
    assert window.result.doc.tokens[focus].text == "élargissement"
    assert window.popup.isVisible()
    assert window.panel.figures["words"].text() == f"{window.result.assessment.stats.words:,}"


def test_finished_reading_marks_the_rest_known_with_undo(make_window):
    window = make_window()
    assert window.session.statuses is not None
    before = dict(window.view.highlights())
    vocab = {k for k, v in before.items() if v in ("strong", "medium")}
    assert vocab
    window.panel.finish_button.click()
    after = window.view.highlights()
    assert not {k for k, v in after.items() if v in ("strong", "medium")}
    assert window.panel.figures["coverage"].text() == "100%"
    window.panel.undo_button.click()
    assert window.view.highlights() == before


def test_spoken_word_is_highlighted_and_popup_can_speak(make_window):
    window = make_window()
    assert window.speech is not None, "QtMultimedia (libpulse0) missing: bootstrap installs it"
    doc = window.result.doc
    tok = next(t for t in doc.tokens if t.text == "Genève")
    window.speech.player.word_started.emit(tok.index)
    colour = window.view.theme.spoken_word
    spans = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in window.view.extraSelections()
        if s.format.background().color().name() == colour
    ]
    assert spans == [(tok.start, tok.end)]
    window.speech.player.state_changed.emit("stopped")
    assert not any(
        s.format.background().color().name() == colour for s in window.view.extraSelections()
    )
    window.words.open_token(tok.index, pinned=True)
    assert window.popup.speak_button.isVisible() == window.speech.available


def test_damaged_word_database_keeps_the_app_reading(data_dir, qtbot, analyzer):
    from reader.core.store import STORE_FILE
    from reader.ui.main_window import MainWindow
    from reader.core.session import ReadingSession
    from reader.ui.settings import Settings

    damaged = data_dir / STORE_FILE
    damaged.write_bytes(b"this is not a database" * 100)
    session = ReadingSession(analyzer)
    error = session.open_store()
    assert "damaged" in error and session.statuses is None
    window = MainWindow(Settings(), session)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_sample()
    assert "word statuses unavailable" in window.status.label.text()
    tok = next(t for t in window.result.doc.tokens if t.text == "élargissement")
    window.words.open_token(tok.index, pinned=True)
    assert not window.popup.status_buttons["known"].isVisible()
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_text_that_is_not_french_asks_before_opening(make_window, monkeypatch):
    from reader.core.document import SourceText

    window = make_window()
    asked = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": asked.append(text) or False,
    )
    english = SourceText(text="The cat sat on the mat.", warnings=["This looks like English."])
    window.show_source(english, None)
    assert asked and "English" in asked[0]
    assert "ministre" in window.view.toPlainText()  # the article stays open


def test_clicking_beside_the_words_closes_a_pinned_popup(make_window, qtbot):
    window = make_window()
    tok = next(t for t in window.result.doc.tokens if t.text == "élargissement")
    window.words.open_token(tok.index, pinned=True)
    assert window.popup.isVisible()
    window.view.verticalScrollBar().setValue(0)
    far_right = QPoint(window.view.viewport().width() - 3, 3)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=far_right)
    assert not window.popup.isVisible()


def test_the_view_and_word_options_are_there_in_the_next_session(make_window):
    """Names, hover, the panel, the hover look-up delay, the level's refinements and the
    word list dock: each menu choice holds in the next window, in the menus and in effect."""
    window = make_window(open_sample=False)
    for action in (
        window.names_action,
        window.hover_action,
        window.panel_action,
        window.evidence_action,
        window.cognates_action,
    ):
        assert action.isChecked()
        action.trigger()
    window.hover_lookup_actions[-1].trigger()
    window.vocab.action.trigger()
    assert window.vocab.dock.isVisible() and not window.panel.isVisible()
    window.close()
    again = make_window(open_sample=False)
    for action in (again.names_action, again.hover_action, again.panel_action):
        assert not action.isChecked()
    assert not again.evidence_action.isChecked() and not again.cognates_action.isChecked()
    assert not again.panel.isVisible() and not again.words.hover
    assert again.words.hover_lookup_ms == -1 and again.hover_lookup_actions[-1].isChecked()
    assert not again.session.use_evidence and not again.session.use_cognates
    assert again.vocab.dock.isVisible()


def test_read_aloud_from_here_with_no_word_chosen_starts_on_screen(make_window, qtbot):
    """Ctrl+R with no word chosen reads from the first sentence on screen, not from the
    top of the article."""
    window = make_window()
    window.resize(700, 400)
    doc = window.result.doc
    started: list[int] = []
    window.speech.player.play_from = started.append
    target = doc.sentences[len(doc.sentences) // 2]
    window.view.scroll_to_top(target.start)
    qtbot.wait(10)
    assert window.view.focus_token() is None
    window.speech.read_here_action.trigger()
    assert started and started[0] > 0
    on_top = (
        doc.token_at(window.view.top_offset()) or doc.tokens[doc.sentences[started[0]].first_token]
    )
    assert abs(started[0] - on_top.sentence) <= 1
