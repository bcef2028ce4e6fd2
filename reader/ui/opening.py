"""Opening texts: a file (read in the background), the clipboard, a drop; one clear message
when it cannot be read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ..core import importers
from ..core.document import SourceText
from . import messages, workers
from .reader_view import prepare_source
from .settings import Settings

OPEN_FILTER = (
    "Texts and books (*.txt *.md *.html *.htm *.epub *.pdf *.docx *.odt *.srt *.vtt);;All files (*)"
)


class Opener(QObject):
    """Turns files, the clipboard and drops into SourceTexts for `show(source, path)`
    (which returns False when the reader declined the text)."""

    def __init__(
        self,
        settings: Settings,
        show: Callable[[SourceText, str | None], bool | None],
        busy: Callable[[str], None],
        idle: Callable[[str], None],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.settings, self.show, self.busy, self.idle = settings, show, busy, idle
        self.parent_widget = parent  # for dialogs
        self._job: workers.JobHandle | None = None

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Open an article", self.settings.get("last_dir"), OPEN_FILTER
        )
        if path:
            self.settings.set("last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str, remember: bool = True) -> None:
        """Read `path` in the background, then show it."""
        self.busy(f"Opening {Path(path).name}…")

        def done(source: SourceText) -> None:
            # listed once shown: a text declined at "Is this French?" is not recent
            shown = self.show(source, path) is not False
            if remember:  # in an event of its own: the settings wait on the disk (fsync)
                recent = self.settings.add_recent if shown else self.settings.remove_recent
                QTimer.singleShot(0, self, lambda: recent(str(Path(path).resolve())))

        def failed(exc: BaseException) -> None:
            self.idle("")
            if remember:
                self.settings.remove_recent(str(Path(path).resolve()))
            messages.error(self.parent_widget, "Cannot open this file", error_message(exc, path))

        self.cancel()
        self._job = workers.start(
            lambda _rep: prepare_source(importers.load_path(path)), done, failed, name="open"
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def paste(self) -> None:
        """A new article from the text on the clipboard."""
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if not text.strip() and not html.strip():
            messages.info(
                self.parent_widget,
                "Nothing to paste",
                "The clipboard holds no text. Copy some French text first.",
            )
            return
        self._show_text(text, html, "Cannot read the clipboard")

    def accepts(self, mime: QMimeData) -> bool:
        """A drop of this could be opened (a local file or text)."""
        return bool(dropped_path(mime)) or mime.hasText()

    def drop(self, mime: QMimeData) -> bool:
        """Open a dropped file or text; False when there is nothing to open."""
        path = dropped_path(mime)
        if path:
            QTimer.singleShot(0, lambda: self.open_path(path))
            return True
        if mime.hasText():
            self._show_text(mime.text(), mime.html(), "Cannot read the dropped text")
            return True
        return False

    def _show_text(self, text: str, html: str, title: str) -> None:
        try:
            source = importers.from_clipboard(text, html)
        except Exception as exc:
            messages.error(self.parent_widget, title, error_message(exc, None))
            return
        self.show(source, None)


def dropped_path(mime: QMimeData) -> str | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            return url.toLocalFile()
    return None


def error_message(exc: BaseException, path: str | None) -> str:
    """One sentence for the reader about why a text could not be opened."""
    from ..core.errors import ReaderError

    if isinstance(exc, ReaderError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"The file {path} does not exist any more."
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"{Path(path).name if path else 'This text'} is not a text file French Reader can read."
        )
    if isinstance(exc, OSError):
        return f"The file could not be read: {exc.strerror or exc}."
    return f"Unexpected error: {exc}"
