"""Words > English cognates count as easier: on by default, switched off from the menu."""

from __future__ import annotations


def _token(doc, surface):
    return next(t for t in doc.tokens if t.text == surface)


def test_cognate_setting_recolours_and_is_remembered(make_window, qtbot):
    window = make_window()
    assert window.cognates_action.isChecked()
    diplomatie = _token(window.result.doc, "diplomatie")
    attaches = _token(window.result.doc, "attachés")  # no English look-alike: unchanged
    assert diplomatie.index not in window.view.highlights()
    assert attaches.index in window.view.highlights()

    window.cognates_action.trigger()
    qtbot.waitUntil(lambda: diplomatie.index in window.view.highlights(), timeout=5000)
    assert attaches.index in window.view.highlights()
    assert window.settings.get("english_cognates") is False

    window.cognates_action.trigger()
    qtbot.waitUntil(lambda: diplomatie.index not in window.view.highlights(), timeout=5000)
    assert window.settings.get("english_cognates") is True
