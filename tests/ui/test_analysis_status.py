"""What the status bar says while a long text is analysed and the reader has gone ahead."""

from __future__ import annotations

from types import SimpleNamespace


def _job(qtbot, text: str):
    from PySide6.QtWidgets import QWidget

    from reader.ui.analysis_job import AnalysisJob
    from reader.ui.analysis_status import AnalysisStatus
    from reader.ui.reader_view import ReaderView

    window = QWidget()
    qtbot.addWidget(window)
    window.view = ReaderView(window)
    window.view.resize(600, 400)
    window.show()
    window.view.show_text(text)
    said: list[str] = []
    status = SimpleNamespace(analysis=AnalysisStatus(said.append), progress_to=lambda d, t: None)
    return window, AnalysisJob(SimpleNamespace(), status, window), said


def test_a_reader_ahead_of_the_analysis_is_told_when_the_page_gets_highlights(qtbot):
    text = "".join(f"Paragraphe {n} : la réunion aura lieu demain matin.\n" for n in range(8000))
    window, job, said = _job(qtbot, text)
    view = window.view
    size = len(text)
    job._progress(size // 5 + 1, size)  # 20% analysed, the reader at the start
    assert said[-1] == "Analysing… 20%"
    page = text.index("Paragraphe 5600 ")  # the reader drags the bar to 70%
    view.scroll_to_top(page)
    job._progress(size // 4 + 1, size)
    assert said[-1] == f"Analysing… 25% — this page is highlighted at {100 * page // size}%"
    assert 100 * page // size in (69, 70)
    job._progress(size * 3 // 4 + 1, size)  # the analysis got past the page
    assert said[-1] == "Analysing… 75%"
