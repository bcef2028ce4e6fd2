"""The status bar's progress bar: a busy bar that moves a few frames a second (each frame
repaints the window, which the jobs wait for), and plain progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class _Paints(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_busy_bar_moves_a_few_frames_a_second_then_shows_progress(qtbot):
    from reader.ui.status_line import BUSY_FPS, StatusLine

    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusLine(window.statusBar())
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    bar = status.progress
    paints = _Paints()
    bar.installEventFilter(paints)
    status.busy("Opening livre.epub…")
    assert bar.isVisible() and bar.busy
    assert (bar.minimum(), bar.maximum()) != (0, 0)  # not Qt's own ~60 frames a second
    first = bar.grab().toImage()
    qtbot.wait(1000)
    # It moves (another frame than the first), at about BUSY_FPS frames a second.
    assert bar.grab().toImage() != first
    assert BUSY_FPS // 2 <= paints.count <= BUSY_FPS * 2
    status.progress_to(30, 120)
    assert not bar.busy and (bar.value(), bar.maximum()) == (30, 120)
    painted = paints.count
    qtbot.wait(500)
    assert paints.count <= painted + 1  # still: no frames without progress
    status.busy("Fetching…")
    status.idle("Done")
    assert not bar.isVisible() and not bar.busy
