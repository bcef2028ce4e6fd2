"""Words > Look up a word… (Ctrl+L): the same card as in the text, from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _search(window, qtbot):
    window.search_action.trigger()
    from reader.ui.dictionary_search import DictionarySearch

    dialog = window.findChild(DictionarySearch)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_ctrl_l_typing_a_form_and_enter_shows_its_meaning(make_window, qtbot):
    window = make_window(open_sample=False)
    assert window.search_action.shortcut().toString() == "Ctrl+L"
    dialog = _search(window, qtbot)
    qtbot.keyClicks(dialog.field, "chevaux")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card.isVisible(), timeout=30_000)
    text = dialog.card.text()
    assert "chevaux" in text and "from cheval" in text and "horse" in text
    assert "masculine" in text  # the same card as the pop-up: gender, frequency, level
    assert "Frequency" in text and "level ≈" in text


def test_arrow_keys_choose_a_suggestion(make_window, qtbot):
    window = make_window(open_sample=False)
    dialog = _search(window, qtbot)
    qtbot.keyClicks(dialog.field, "chev")
    qtbot.waitUntil(lambda: dialog.suggestions.count() > 2, timeout=5_000)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    first = dialog.suggestions.currentItem().text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    second = dialog.suggestions.currentItem().text()
    assert first != second and second.startswith("chev")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.shown_query == second, timeout=30_000)
    assert dialog.card.isVisible() and dialog.card.entry.word == second


def test_an_expression_and_an_unknown_word(make_window, qtbot):
    window = make_window(open_sample=False)
    dialog = _search(window, qtbot)
    dialog.field.insert("à plusieurs reprises")  # keyClicks types ASCII only
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card.isVisible(), timeout=30_000)
    assert "expression" in dialog.card.text() and "repeatedly" in dialog.card.text()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "xyzzq")
    dialog.suggestions.clear()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not in the dictionaries" in dialog.message.text(), timeout=30_000)
    assert not dialog.card.isVisible()


def test_escape_closes_and_ctrl_l_reopens_with_the_field_focused(make_window, qtbot):
    window = make_window(open_sample=False)
    dialog = _search(window, qtbot)
    qtbot.keyClicks(dialog.field, "maison")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = _search(window, qtbot)
    assert again is dialog and again.field.selectedText() == "maison"
