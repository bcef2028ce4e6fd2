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


def test_vocab_panel_status_change_on_a_read_only_word_list(qtbot, data_dir, monkeypatch):
    from reader.core.statuses import WordStatuses
    from reader.core.store import Store
    from reader.core.vocab import VocabList
    from reader.ui.panels.vocab_panel import VocabPanel

    shown = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown.append((kind, title, text)),
    )
    store = Store()
    statuses = WordStatuses(store)
    statuses.set("maison", "learning")
    panel = VocabPanel(VocabList(statuses, gloss_lookup=lambda lemma, pos: ("", "", "")))
    qtbot.addWidget(panel)
    panel.refresh()
    panel.table.selectRow(0)
    store.execute("PRAGMA query_only = ON")
    panel.set_selected_status("known")
    panel.delete_selected()
    assert [s[1] for s in shown] == ["Your change was not saved"] * 2
    assert "read-only" in shown[0][2]
    assert statuses.get("maison") == "learning"
    store.close()
