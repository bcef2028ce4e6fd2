"""Explain this sentence (Ctrl+E): glossed in line, a rough translation labelled as such."""

from __future__ import annotations


def _focus_on_a_highlighted_word(window):
    kinds = window.session.result.shading.kinds
    index = next(i for i, k in sorted(kinds.items()) if k in ("strong", "medium"))
    window.view.set_focus_token(index)
    return index


def test_ctrl_e_explains_the_focused_sentence(make_window, qtbot):
    window = make_window()
    index = _focus_on_a_highlighted_word(window)
    assert window.explain_sentence_action.shortcut().toString() == "Ctrl+E"
    window.explain_sentence_action.trigger()
    dialog = window.sentence_help.dialog
    assert dialog is not None and dialog.isVisible()
    word = window.session.result.doc.tokens[index].text
    html = dialog.sentence.toHtml()
    assert word in dialog.sentence.toPlainText()
    assert "[" in dialog.sentence.toPlainText()  # at least one gloss in line
    assert "font-weight" in html or "<b" in html
    qtbot.waitUntil(lambda: "working" not in dialog.translation.text(), timeout=30_000)
    assert dialog.translation.text().startswith(
        "Rough translation (machine, Apertium fra-cat + cat-eng):"
    )
    assert len(dialog.translation.text()) > 60


def test_without_apertium_it_says_so(make_window, qtbot, monkeypatch):
    window = make_window()
    _focus_on_a_highlighted_word(window)
    monkeypatch.setenv("PATH", "/nonexistent")
    window.explain_sentence_action.trigger()
    dialog = window.sentence_help.dialog
    qtbot.waitUntil(lambda: "working" not in dialog.translation.text(), timeout=30_000)
    assert dialog.translation.text().startswith("No rough translation: the Apertium")


def test_right_click_explains_the_sentence_under_the_pointer(
    make_window, qtbot, stand_in_translator
):
    window = make_window()
    doc = window.session.result.doc
    view = window.view
    # a word of the second sentence, found by its place on screen (not the focused word)
    target = next(i for i, t in enumerate(doc.tokens) if t.sentence == 1 and t.text.isalpha())
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_pos(doc.tokens[target].start + 1))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    pos = rect.center()
    assert view.token_index_at(pos) is not None
    menu = view.context_menu(pos)
    action = next(a for a in menu.actions() if a.text().startswith("Explain this sentence"))
    assert action.isEnabled()
    action.trigger()
    dialog = window.sentence_help.dialog
    assert dialog is not None and dialog.isVisible()
    assert view.token_index_at(pos) == target
    words = [t.text for t in doc.tokens if t.sentence == 1 and t.text.isalpha()]
    text = dialog.sentence.toPlainText()
    assert all(w in text for w in words)
    qtbot.waitUntil(lambda: "working" not in dialog.translation.text(), timeout=30_000)
    # That sentence is the one translated (by a stand-in: the Ctrl+E test runs Apertium).
    (asked,) = stand_in_translator.asked
    assert all(w in asked[0] for w in words)
    assert "EN " in dialog.translation.text()
