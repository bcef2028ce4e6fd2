"""Where the reader was: the last document and the place in each document, kept in the
settings (reopened at start-up when the `reopen_last` setting is on)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from .reader_view import ReaderView
from .settings import Settings

MAX_PLACES = 50  # documents whose place is remembered (the most recent)


class ReadingPlaces:
    """Saves the text offset at the top of the view per file; puts the view back there."""

    def __init__(self, settings: Settings, view: ReaderView):
        self.settings, self.view = settings, view
        self.path: str | None = None  # the file on screen (None: pasted text)

    def startup_path(self) -> str | None:
        """The document to reopen at start-up, or None (the setting off, or it is gone)."""
        last = self.settings.get("last_document")
        if self.settings.get("reopen_last") and last and Path(last).is_file():
            return last
        return None

    def shown(self, path: str | None) -> None:
        """A new text is on screen (its file, or None; save() the previous one's place
        before it goes): go to where the reader left this one."""
        self.path = str(Path(path).resolve()) if path else None
        if self.path is None:
            return
        # in an event of its own: a settings write waits on the disk (fsync), and this turn
        # shows the text
        QTimer.singleShot(0, self.view, lambda p=self.path: self.settings.set("last_document", p))
        offset = self.place(self.path)
        if offset > 0:
            self.view.scroll_to_top(offset)

    def place(self, path: str) -> int:
        """The saved offset for `path` (0 when none)."""
        for entry in self.settings.get("reading_places"):
            offset, _, saved = entry.partition("\t")
            if saved == path and offset.isdigit():
                return int(offset)
        return 0

    def save(self) -> None:
        """Remember the place in the text on screen."""
        if self.path is None:
            return
        offset = self.view.top_offset()
        kept = [e for e in self.settings.get("reading_places") if e.partition("\t")[2] != self.path]
        kept.insert(0, f"{offset}\t{self.path}")
        self.settings.set("reading_places", kept[:MAX_PLACES])
