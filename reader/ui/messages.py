"""Every message box of the app goes through `show()`, so tests patch one place."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

ERROR, WARNING, INFO, QUESTION = "error", "warning", "info", "question"


def show(kind: str, parent, title: str, text: str, details: str = "") -> bool:
    """Show a modal message; for QUESTION returns True when the user says yes."""
    from PySide6.QtWidgets import QMessageBox

    log.info("message (%s): %s: %s", kind, title, text)
    icons = {
        ERROR: QMessageBox.Icon.Critical,
        WARNING: QMessageBox.Icon.Warning,
        INFO: QMessageBox.Icon.Information,
        QUESTION: QMessageBox.Icon.Question,
    }
    box = QMessageBox(icons[kind], title, text, parent=parent)
    if details:
        box.setDetailedText(details)
    if kind == QUESTION:
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def error(parent, title: str, text: str, details: str = "") -> None:
    show(ERROR, parent, title, text, details)


def warning(parent, title: str, text: str) -> None:
    show(WARNING, parent, title, text)


def info(parent, title: str, text: str) -> None:
    show(INFO, parent, title, text)


def ask(parent, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    return show(QUESTION, parent, title, text)


def ask_text(parent, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
