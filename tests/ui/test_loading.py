"""Opening documents in the window: from the analysis cache, and large ones in parts."""

from __future__ import annotations

import threading


def _window(qtbot, analyzer):
    from reader.ui.main_window import MainWindow
    from reader.core.session import ReadingSession
    from reader.ui.settings import Settings

    session = ReadingSession(analyzer)
    session.open_store()
    window = MainWindow(Settings(), session)
    qtbot.addWidget(window)
    window.show()
    return window


def _strong_or_medium(window) -> set[int]:
    return {i for i, k in window.view.highlights().items() if k in ("strong", "medium")}


def test_reopening_a_document_shows_highlights_from_the_cache(
    qtbot, data_dir, analyzer, counting_analyzer, tmp_path, sample_text
):
    path = tmp_path / "article.txt"
    path.write_text(sample_text, encoding="utf-8")
    counting = counting_analyzer
    first = _window(qtbot, counting)
    with qtbot.waitSignal(first.analysis_finished, timeout=60_000):
        first.open_path(str(path))
    assert counting.streams > 0
    shown_first = first.view.highlights()
    first.close()
    first.session.close()

    counting.streams = 0
    again = _window(qtbot, counting)
    with qtbot.waitSignal(again.analysis_finished, timeout=60_000):
        again.open_path(str(path))
    assert counting.streams == 0  # spaCy never ran: the analysis came from the cache
    assert again.session.analysis_cache().hits == 1
    hard = next(t for t in again.result.doc.tokens if t.text == "élargissement")
    assert again.view.highlight_at(hard.start) in ("strong", "medium")
    assert again.view.highlights() == shown_first
    again.close()
    again.session.close()


def test_large_document_is_highlighted_in_growing_parts(
    qtbot, data_dir, analyzer, sample_text, monkeypatch
):
    from reader.core import learner as learner_mod
    from reader.core.document import SourceText

    paragraphs = [p for p in sample_text.splitlines() if p.strip()]
    lines: list[str] = []
    while sum(len(p) + 1 for p in lines) < 16_000:
        lines.extend(paragraphs)
    text = "\n".join(lines) + "\n"

    assess_threads = []
    real_assess = learner_mod.assess

    def spying_assess(*args, **kwargs):
        assess_threads.append(threading.current_thread() is threading.main_thread())
        return real_assess(*args, **kwargs)

    monkeypatch.setattr(learner_mod, "assess", spying_assess)
    window = _window(qtbot, analyzer)
    window.session.first_chars, window.session.part_chars = 1_500, 3_000
    seen_at_once = []
    window.document_shown.connect(lambda: seen_at_once.append(window.view.toPlainText()))
    parts = []

    def part_shown() -> None:
        doc = window.view.doc
        parts.append(
            (
                window.view.toPlainText(),
                len(doc.tokens),
                doc.paragraphs[-1].end,
                len(_strong_or_medium(window)),
                window.status.progress.isVisible(),
                window.status.label.text(),
            )
        )

    window.part_shown.connect(part_shown)
    with qtbot.waitSignal(window.analysis_finished, timeout=90_000):
        window.show_source(SourceText(text=text, title="Long"), None)

    # its start at once (more than a screen), all of it before any analysis is shown
    assert len(seen_at_once) == 1 and len(seen_at_once[0]) > 5_000
    assert text.startswith(seen_at_once[0])
    assert len(parts) >= 3
    sizes = [p[1] for p in parts]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    shown, first_tokens, first_end, first_highlights, busy, status = parts[0]
    assert shown == text
    assert first_end < len(text) // 2  # the first screen, not the whole text
    assert first_highlights > 0  # ... already highlighted
    assert busy and "Analysing" in status
    final = window.result.doc
    assert final.complete and len(final.tokens) > sizes[-1]
    assert len(_strong_or_medium(window)) > parts[-1][3]
    assert not window.status.progress.isVisible()
    assert assess_threads and not any(assess_threads)  # assessed in the worker only
    window.close()
    window.session.close()


def test_the_first_part_highlights_the_whole_first_screen(qtbot, data_dir, analyzer, sample_text):
    # a long text opened in the window at its size: the first part handed over covers all
    # the screen shows, highlighted as they stay once the whole text is analysed
    from reader.core.document import SourceText

    paragraphs = [p for p in sample_text.splitlines() if p.strip()]
    lines: list[str] = []
    while sum(len(p) + 1 for p in lines) < 40_000:
        lines.extend(paragraphs)
    text = "\n".join(lines) + "\n"
    window = _window(qtbot, analyzer)
    firsts = []

    def part_shown() -> None:
        if not firsts:
            doc, (top, bottom) = window.view.doc, window.view._screen_range()
            firsts.append((doc.paragraphs[-1].end, top, bottom, _on_screen(window, bottom)))

    window.part_shown.connect(part_shown)
    with qtbot.waitSignal(window.analysis_finished, timeout=120_000):
        window.show_source(SourceText(text=text, title="Long"), None)
    end, top, bottom, shown = firsts[0]
    assert top == 0 and bottom > 500  # the screen shows the text's start
    assert bottom <= end < len(text) // 4  # all of it, and far from the whole text
    assert shown and shown == _on_screen(window, bottom)


def _on_screen(window, bottom: int) -> dict[int, str]:
    """The highlights of the tokens starting before text offset `bottom`."""
    tokens = window.view.doc.tokens
    return {i: k for i, k in window.view.highlights().items() if tokens[i].start < bottom}


def test_the_analysis_starts_once_the_text_is_painted(qtbot, data_dir, analyzer):
    # Work started beside a paint slows it (the paint's calls into Python wait for the GIL):
    # the text is painted first, then the analysis starts.
    from PySide6.QtCore import QEvent, QObject

    from reader.core.document import SourceText

    window = _window(qtbot, analyzer)
    qtbot.waitExposed(window)
    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and window.view.text:
                order.append("paint")
            return False

    paints = Paints()
    window.view.viewport().installEventFilter(paints)
    real_run = window.job._run
    started: list[str] = []

    def run(source) -> None:
        order.append("start")
        started.append(source.text)
        real_run(source)

    window.job._run = run
    first = SourceText(text="Le chat dort sur le canapé. Il rêve de souris.")
    second = SourceText(text="La pluie tombe sur la ville depuis ce matin.")
    with qtbot.waitSignal(window.analysis_finished, timeout=60_000):
        assert window.show_source(first, None)
        assert started == []  # not yet: the text is painted first
        # but the status line says it is coming (the model is loaded in this test run)
        assert window.status.label.text().startswith("Analysing")
        # A second text before the first's paint: the first's start never comes.
        assert window.show_source(second, None)
        assert started == []
    assert started == [second.text]
    assert order.index("paint") < order.index("start")
    assert window.session.result.doc.text == second.text
    assert window.view.toPlainText().startswith("La pluie tombe")


def test_after_paint_runs_at_once_when_the_window_is_not_on_screen(qtbot, data_dir, analyzer):
    window = _window(qtbot, analyzer)
    qtbot.waitExposed(window)
    ran: list[int] = []
    window.after_paint(lambda: ran.append(1))
    assert ran == []  # on screen: after the next paint
    window.view.viewport().update()
    qtbot.waitUntil(lambda: ran == [1], timeout=5_000)
    window.hide()
    window.after_paint(lambda: ran.append(2))
    assert ran == [1, 2]  # not on screen: nothing to wait for
    window.show()
    window.after_paint(lambda: ran.append(3))  # no paint asked for: at the latest 200 ms
    qtbot.waitUntil(lambda: ran == [1, 2, 3], timeout=5_000)


def test_a_window_closed_before_the_text_is_painted_starts_nothing(qtbot, data_dir, analyzer):
    from reader.core.document import SourceText
    from reader.ui import library_dock

    window = _window(qtbot, analyzer)
    qtbot.waitExposed(window)
    started: list[str] = []
    window.job._run = lambda source: started.append(source.text)
    library_dock.BACKGROUND_KEY_CHARS, saved = 10, library_dock.BACKGROUND_KEY_CHARS
    try:
        assert window.show_source(SourceText(text="Le chat dort sur le canapé."), None)
        window.close()
        qtbot.wait(400)  # past AFTER_PAINT_MS: what waited for the paint never comes
    finally:
        library_dock.BACKGROUND_KEY_CHARS = saved
    assert started == []
    assert window.library._key_job is None
