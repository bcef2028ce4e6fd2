"""The main window on the sample article: text, highlights, level, statuses."""

from __future__ import annotations


def _token(doc, surface: str):
    return next(t for t in doc.tokens if t.text == surface)


def _selection_kinds_at(window, tok) -> list[str]:
    """Highlight kinds (strong or medium) the view draws over this token's offsets."""
    kind = window.view.highlight_at(tok.start)
    return [kind] if kind in ("strong", "medium") else []


def test_sample_opens_with_text_and_analysis(make_window, sample_text):
    window = make_window()
    assert window.view.toPlainText() == sample_text.replace("\r", " ")
    assert window.result is not None and window.result.doc.tokens
    assert "words" in window.status.label.text()
    assert not window.status.progress.isVisible()


def test_difficult_word_highlighted_common_word_not(make_window):
    window = make_window()
    doc = window.result.doc
    hard = _token(doc, "élargissement")
    common = _token(doc, "semaine")
    assert _selection_kinds_at(window, hard)
    assert not _selection_kinds_at(window, common)
    # function words are never highlighted, even for a beginner
    window.level.set_value("A1")
    window.level.level_changed.emit("A1")
    for t in doc.tokens:
        if t.pos in {"DET", "ADP", "PRON", "CCONJ", "SCONJ"}:
            assert not _selection_kinds_at(window, t), t.text


def test_raising_the_level_reduces_highlights(make_window, qtbot):
    window = make_window()

    def count():
        return sum(1 for k in window.view.highlights().values() if k in ("strong", "medium"))

    counts = []
    for level in ("A1", "B1", "C1"):
        with qtbot.waitSignal(window.highlights_changed):
            window.level.set_value(level)
        counts.append(count())
    assert counts[0] > counts[1] > counts[2]
    assert window.settings.get("level") == "C1"


def test_marking_known_removes_highlight_and_survives_restart(make_window, qtbot):
    window = make_window()
    doc = window.result.doc
    hard = _token(doc, "élargissement")
    assert _selection_kinds_at(window, hard)
    window.view.set_focus_token(hard.index)
    qtbot.keyClick(window.view, "k")
    assert not _selection_kinds_at(window, hard)
    window.close()
    window.session.close()

    again = make_window()
    assert not _selection_kinds_at(again, _token(again.result.doc, "élargissement"))
    # and the other difficult words are still there
    assert again.view.highlights()
