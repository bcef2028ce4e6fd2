"""Print preview and printing of a handout (QtPrintSupport)."""

from __future__ import annotations

from ..core.handout import Handout
from .layout import page_layout
from .pdf import paint_handout


def make_printer():
    """A high-resolution printer set to the handout's paper."""
    from PySide6.QtPrintSupport import QPrinter

    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_preview(handout: Handout, parent=None) -> int:
    """Show the print preview dialog (it can print); returns the dialog's result."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = make_printer()
    printer.setPageLayout(page_layout(handout.options.paper))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview — {handout.title or 'handout'}")
    dialog.paintRequested.connect(lambda p: paint_handout(handout, p))
    return dialog.exec()
