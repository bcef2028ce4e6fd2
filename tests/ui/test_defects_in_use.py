"""Defects found reading every day (issue 16): each test fails on the defect."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

HEADED = "Un titre\nLe corps de l'article est écrit en texte ordinaire, sans gras.\n"


def test_enter_in_find_goes_to_the_next_match_not_the_popup(make_window, qtbot):
    window = make_window()
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, "le")
    assert len(window.find_bar.matches) >= 3
    assert window.find_bar.current == 0
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.current == 1
    assert not window.popup.isVisible()
    assert window.find_bar.edit.hasFocus()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.current == 0
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_a_new_text_is_not_drawn_in_the_format_of_a_clicked_heading(qtbot):
    """Reopening after clicking a title drew the whole article bold and larger:
    QTextEdit.setPlainText gives the new text the format at the text cursor."""
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.show()
    view.set_reading_font("", 15)
    view.show_text(HEADED, [(0, 8)])
    cur = view.textCursor()
    cur.setPosition(3)  # where a click on the title leaves the text cursor
    view.setTextCursor(cur)
    assert view.textCursor().charFormat().fontWeight() > QFont.Weight.Normal.value
    view.show_text(HEADED[9:] * 3, [])
    probe = QTextCursor(view.document())
    for pos in (1, 5, 60, 100):
        probe.setPosition(pos)
        fmt = probe.charFormat()
        assert fmt.fontWeight() in (0, QFont.Weight.Normal.value), pos
        assert fmt.fontPointSize() in (0, 15), pos


def test_a_text_declined_as_not_french_is_not_in_open_recent(
    make_window, qtbot, tmp_path, monkeypatch
):
    from reader.ui import menus, messages

    window = make_window(open_sample=False)
    english = tmp_path / "english.txt"
    english.write_text(
        "The weather was lovely and the children played in the garden all afternoon. " * 8,
        encoding="utf-8",
    )
    asked = []
    monkeypatch.setattr(messages, "ask", lambda *a: asked.append(a) or False)
    window.open_path(str(english))
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert "Is this French?" in asked[0][1]
    assert str(english.resolve()) not in window.settings.get("recent_files")
    menus._fill_recent(window)
    names = [a.text() for a in window.recent_menu.actions()]
    assert "english.txt" not in names
    assert window.windowTitle() == "French Reader"


def _near(colour, target: str, tolerance: int = 60) -> bool:
    from PySide6.QtGui import QColor

    t = QColor(target)
    return (
        abs(colour.red() - t.red())
        + abs(colour.green() - t.green())
        + abs(colour.blue() - t.blue())
        <= tolerance
    )


def _view_on_sample(qtbot, sample_doc):
    from reader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_reading_font("", 15)
    view.show_text(sample_doc.text)
    view.set_document(sample_doc)
    return view


def test_the_keyboard_word_is_boxed_all_round_in_the_focus_colour(qtbot, sample_doc):
    """Alt+Right's current word had a thin underline only: now a box on all four sides."""
    from PySide6.QtGui import QColor

    view = _view_on_sample(qtbot, sample_doc)
    word = [t for t in sample_doc.tokens if t.is_word][12]
    view.set_focus_token(word.index)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    rect = view.token_rect(word.index)
    focus = view.theme.focus
    mid_y = rect.center().y()
    mid_x = rect.center().x()
    sides = {
        "left": [image.pixelColor(x, mid_y) for x in range(rect.left() - 6, rect.left())],
        "right": [image.pixelColor(x, mid_y) for x in range(rect.right() + 1, rect.right() + 7)],
        "top": [image.pixelColor(mid_x, y) for y in range(rect.top() - 4, rect.top() + 2)],
    }
    for side, pixels in sides.items():
        assert any(_near(QColor(c), focus) for c in pixels), side


def test_the_spoken_sentence_keeps_its_difficult_words_highlighted(qtbot, sample_doc):
    view = _view_on_sample(qtbot, sample_doc)
    words = [t for t in sample_doc.tokens if t.is_word]
    hard = words[5]
    view.set_highlights({hard.index: "strong"})
    view.set_spoken((words[0].start, words[10].end), None)
    strong = view.kind_format("strong").background().color().name()
    covering = [
        s.format.background().color().name()
        for s in view.extraSelections()
        if s.format.background().style() != 0
        and s.cursor.selectionStart() <= hard.start
        and s.cursor.selectionEnd() >= hard.end
    ]
    assert covering[-1] == strong  # the last drawn is on top
    assert view.theme.spoken_sentence in covering


def test_the_no_sound_message_does_not_move_the_text(make_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from reader.ui.speech_controls import NO_DEVICE_MESSAGE

    window = make_window(open_sample=False)
    assert window.speech is not None
    window.resize(800, 600)
    window.speech.controls.show_message("")
    qtbot.wait(50)
    before = window.view.geometry()
    window.speech.controls.show_message(NO_DEVICE_MESSAGE)
    qtbot.wait(50)
    QApplication.processEvents()
    assert window.view.geometry() == before
    assert window.speech.controls.message.toolTip() == NO_DEVICE_MESSAGE


def _in_view(window, rect):
    from PySide6.QtCore import QPoint

    return rect.translated(window.view.viewport().mapTo(window.view, QPoint(0, 0)))


def _middle_word(window):
    """A word in the middle of the screen (lines above and below it)."""
    from PySide6.QtCore import QPoint

    view = window.view
    middle = view.viewport().rect().center()
    for dy in range(0, 200, 4):
        index = view.token_index_at(middle + QPoint(0, dy))
        if index is not None:
            return index
    raise AssertionError("no word in the middle of the screen")


def test_the_popup_leaves_the_next_lines_free_and_stays_off_the_scroll_bar(make_window, qtbot):
    from PySide6.QtCore import QPoint

    window = make_window()
    window.resize(1000, 900)  # room for the card both above and below the word
    qtbot.wait(50)
    view = window.view
    index = _middle_word(window)
    word = _in_view(window, view.token_rect(index))
    window.words.open_token(index, pinned=False)
    popup = window.popup.geometry()
    assert popup.bottom() < word.top()  # above: the lines after the word stay hoverable
    # a word at the right end of a line: the card stays left of the scroll bar
    right = max(
        (t for t in window.result.doc.tokens if t.is_word),
        key=lambda t: (
            view.token_rect(t.index).right()
            if 0 < view.token_rect(t.index).top() < view.viewport().height()
            else -1
        ),
    )
    window.words.open_token(right.index, pinned=True)
    assert view.verticalScrollBar().isVisible()
    bar_left = view.verticalScrollBar().mapTo(view, QPoint(0, 0)).x()
    assert window.popup.geometry().right() < bar_left


def test_the_popup_closes_on_scroll_and_when_the_pointer_leaves_the_window(make_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    index = _middle_word(window)
    window.words.open_token(index, pinned=True)
    assert window.popup.isVisible()
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.value() + 120)
    assert not window.popup.isVisible()  # it would float over other words
    window.words.open_token(_middle_word(window), pinned=False)
    assert window.popup.isVisible()
    QApplication.sendEvent(window, QEvent(QEvent.Type.Leave))
    assert not window.popup.isVisible()


def test_the_popup_grows_with_a_plus(make_window, qtbot):
    window = make_window()
    index = _middle_word(window)
    window.words.open_token(index, pinned=True)
    width, word_size = window.popup.width(), window.popup.word.fontInfo().pointSizeF()
    for _ in range(6):
        window.zoom_in_action.trigger()
    qtbot.wait(20)
    assert window.popup.isVisible()
    assert window.popup.width() > width * 1.25
    assert window.popup.word.fontInfo().pointSizeF() > word_size * 1.25


def _lookups(window, index):
    lemma = window.result.assessment.words[index].lemma
    return len(window.session.statuses.lookups(lemma))


def _two_words(window):
    words = [
        t
        for t in window.result.doc.tokens
        if t.is_word
        and window.result.assessment.words[t.index] is not None
        and t.index not in window.words._expr_at  # an expression is no lemma's look-up
    ]
    first = words[20]
    second = next(
        t
        for t in words[21:]
        if window.result.assessment.words[t.index].lemma
        != window.result.assessment.words[first.index].lemma
    )
    return first.index, second.index


def test_reading_with_the_mouse_records_no_lookup(make_window, qtbot):
    """Every hover used to add the word to My words; only a resting hover counts now."""
    window = make_window()
    # 100 ms on each word, well under the delay even when a loaded machine stretches a wait
    window.words.hover_lookup_ms = 1500
    first, second = _two_words(window)
    before = _lookups(window, first), _lookups(window, second)
    window.view.token_hovered.emit(first)  # passing over a word...
    assert window.popup.isVisible()
    qtbot.wait(100)
    window.view.token_hovered.emit(second)  # ... to the next one
    qtbot.wait(100)
    window.view.hover_left.emit()
    window.popup.close_popup()
    qtbot.wait(1700)  # past the delay: nothing left pending fires
    assert (_lookups(window, first), _lookups(window, second)) == before


def test_a_hover_resting_on_a_word_or_a_click_records_a_lookup(make_window, qtbot):
    window = make_window()
    window.words.hover_lookup_ms = 300
    first, second = _two_words(window)
    before = _lookups(window, first)
    window.view.token_hovered.emit(first)
    qtbot.waitUntil(lambda: _lookups(window, first) == before + 1, timeout=3000)
    window.popup.close_popup()
    was = _lookups(window, second)
    window.view.token_clicked.emit(second)
    assert _lookups(window, second) == was + 1


def test_the_hover_delay_is_a_setting(make_window, qtbot):
    window = make_window()
    assert window.words.hover_lookup_ms == 1500
    assert window.hover_lookup_actions[1500].isChecked()
    window.hover_lookup_actions[-1].trigger()  # View > A hover counts as a look-up > never
    first, _ = _two_words(window)
    before = _lookups(window, first)
    window.view.token_hovered.emit(first)
    qtbot.wait(1700)
    assert window.popup.isVisible() and _lookups(window, first) == before
    window.settings.set("hover_lookup_ms", 2500)
    from reader.ui.main_window import MainWindow

    again = MainWindow(window.settings, window.session)
    try:
        assert again.words.hover_lookup_ms == 2500
    finally:
        again.close()


def _luminance(colour) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _icon_ink(icon, mode):
    """The colour of an icon's most opaque pixels."""
    from PySide6.QtCore import QSize

    image = icon.pixmap(QSize(24, 24), mode).toImage()
    best = None
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if best is None or c.alpha() > best.alpha():
                best = c
    return best


def test_dark_theme_media_icons_stand_out_from_the_background(make_window, qtbot):
    from PySide6.QtGui import QColor, QIcon

    window = make_window(open_sample=False)
    window.dark_action.trigger()
    qtbot.wait(20)
    assert window.settings.get("theme") == "dark"
    background = QColor(window.view.theme.window)
    controls = window.speech.controls
    for action in controls.actions_list:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            ink = _icon_ink(action.icon(), mode)
            assert _contrast(ink, background) >= 3.0, (action.text(), mode)


def test_names_and_dark_toggles_look_different_on_and_off(make_window, qtbot):
    window = make_window(open_sample=False)
    for action in (window.names_action, window.dark_action):
        button = window.toolbar.widgetForAction(action)
        looks = {}
        for on in (True, False):
            if action.isChecked() != on:
                action.trigger()
            qtbot.wait(20)
            image = button.grab().toImage()
            looks[on] = image.pixelColor(image.width() // 6, image.height() // 2)
        assert _contrast(looks[True], looks[False]) >= 1.8, action.text()


def test_at_800_by_600_the_text_has_most_of_the_width_and_the_toolbar_fits(make_window, qtbot):
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    window.resize(800, 600)
    qtbot.wait(100)
    assert window.width() <= 820
    assert window.panel.isVisible()
    assert window.panel.width() <= 0.31 * window.width()
    assert window.view.width() >= 0.6 * window.width()
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # nothing pushed into a >> menu
    for action in (window.names_action, window.dark_action, window.zoom_in_action):
        assert window.toolbar.widgetForAction(action).isVisible()


def test_the_last_document_reopens_at_the_place_where_the_reader_was(
    make_window, qtbot, tmp_path, sample_text, analyzer
):
    from reader.core.session import ReadingSession
    from reader.ui.main_window import MainWindow

    window = make_window(open_sample=False)
    path = tmp_path / "long.txt"
    path.write_text(sample_text * 2, encoding="utf-8")
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_path(str(path))
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = window.view.top_offset()
    assert place > 1000
    settings = window.settings
    window.close()  # the place is saved on closing
    window.session.close()

    session = ReadingSession(analyzer)  # a new start of the app
    session.open_store()
    again = MainWindow(settings, session)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.analysis_finished, timeout=60_000):
        again.open_startup()
    try:
        assert "long" in again.windowTitle()
        assert abs(again.view.top_offset() - place) < 200  # the same line, give or take
    finally:
        again.close()
        session.close()


def test_the_sample_opens_at_start_up_when_the_last_document_is_gone(make_window, qtbot, tmp_path):
    window = make_window(open_sample=False)
    window.settings.set("last_document", str(tmp_path / "deleted.txt"))
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_startup()
    assert "Sample" in window.windowTitle()


class _SlowToLoad:
    """The real analyzer behind a language model that takes a while to load."""

    def __init__(self, inner):
        import threading

        self.inner = inner
        self.model, self.disable = inner.model, inner.disable
        self.ready = threading.Event()

    @property
    def loaded(self) -> bool:
        return self.ready.is_set()

    def version_key(self) -> str:
        self.ready.wait(30)
        return self.inner.version_key()

    def stream(self, source, **kwargs):
        self.ready.wait(30)
        return self.inner.stream(source, **kwargs)


def test_first_launch_shows_the_text_at_once_and_says_what_is_happening(qtbot, data_dir, analyzer):
    from reader.core.session import ReadingSession
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    slow = _SlowToLoad(analyzer)
    session = ReadingSession(slow)
    session.open_store()
    window = MainWindow(Settings(), session)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.document_shown, timeout=5000):
            window.open_sample()
        assert "ministre" in window.view.toPlainText()  # readable before any analysis
        status = window.status.label.text()
        assert status.startswith("Ready to read")
        assert "language model" in status
        qtbot.waitUntil(lambda: window.status.label.text().endswith("1 s"), timeout=3000)
        assert not window.view.highlights()
        with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
            slow.ready.set()
        assert window.view.highlights()
        assert "language model" not in window.status.label.text()
        assert window.status.analysis.first_highlights_s >= 1.0
    finally:
        slow.ready.set()
        window.close()
        session.close()


def test_switching_documents_keeps_the_place_in_each(make_window, qtbot, tmp_path, sample_text):
    window = make_window(open_sample=False)
    first, second = tmp_path / "premier.txt", tmp_path / "second.txt"
    first.write_text(sample_text * 3, encoding="utf-8")
    second.write_text(sample_text * 2, encoding="utf-8")
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_path(str(first))
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = window.view.top_offset()
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_path(str(second))
    qtbot.wait(20)
    assert window.view.top_offset() == 0  # a new document starts at the top
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        window.open_path(str(first))
    qtbot.wait(20)
    assert place > 1000
    assert abs(window.view.top_offset() - place) < 200
