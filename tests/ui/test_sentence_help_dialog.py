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
