"""Marking a word when the word list cannot be written: a message with fitting advice,
no exception from the slot, nothing changed on screen."""

from __future__ import annotations


def _token(doc, surface: str):
    return next(t for t in doc.tokens if t.text == surface)


def test_mark_known_on_a_read_only_word_list(make_window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown.append((kind, title, text)),
    )
    window = make_window()
    window.session.store.execute("PRAGMA query_only = ON")  # writes refused: read-only
    hard = _token(window.result.doc, "élargissement")
    highlighted = window.view.highlight_at(hard.start)
    assert highlighted in ("strong", "medium")
    window.view.set_focus_token(hard.index)
    qtbot.keyClick(window.view, "k")
    assert shown, "no message about the unsaved change"
    kind, title, text = shown[0]
    assert kind == "warning" and "not saved" in title
    assert "read-only" in text and "damaged" not in text and "move it away" not in text
    assert window.view.highlight_at(hard.start) == highlighted
    window.session.store.execute("PRAGMA query_only = OFF")
    qtbot.keyClick(window.view, "k")  # once writable again, marking works
    assert window.view.highlight_at(hard.start) not in ("strong", "medium")
