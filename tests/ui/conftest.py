"""Fixtures for window tests: a main window on the sample, analysis finished."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_window(qtbot, data_dir, analyzer):
    """Factory: a shown MainWindow over a fresh ReadingSession (store in the test's data dir)."""
    from reader.ui.main_window import MainWindow
    from reader.core.session import ReadingSession
    from reader.ui.settings import Settings

    made = []

    def make(open_sample: bool = True, wait: bool = True):
        session = ReadingSession(analyzer)
        session.open_store()
        window = MainWindow(Settings(), session)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        if open_sample:
            with qtbot.waitSignal(window.analysis_finished, timeout=90_000, raising=wait):
                window.open_sample()
        return window

    yield make
    for window in made:
        window.close()
        window.session.close()


@pytest.fixture
def popup(qtbot):
    """A GlossPopup on an 800x600 parent widget (the parent closed afterwards)."""
    from PySide6.QtWidgets import QWidget

    from reader.ui.gloss_popup import GlossPopup

    parent = QWidget()
    parent.resize(800, 600)
    qtbot.addWidget(parent)
    popup = GlossPopup(parent)
    yield popup
    parent.close()
