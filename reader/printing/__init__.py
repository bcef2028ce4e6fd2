"""Handouts on paper: PDF files and printers, drawn with QtGui (no widgets, works headless)."""

from __future__ import annotations

import os
import sys


def ensure_gui_app():
    """The running Qt application, creating an offscreen one for command-line use.

    A QApplication (not a bare QGuiApplication): the process may later show widgets (the app,
    or tests running the CLI in-process), and Qt aborts on a widget under a QGuiApplication."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication(sys.argv[:1])
