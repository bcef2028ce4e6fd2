"""The Library dock (View > Library, Ctrl+Shift+L): documents opened, their progress, reopen.

Records each document shown (core: reader/core/library.py), its words, level (the level whose
vocabulary covers 95% of its running words) and the share known once analysed, and the place
in it as the reader scrolls. Enter or a double click reopens a document where the reader
was (a web page is fetched again); Delete takes it off the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import library as library_core  # here, not on first use: see _document_shown
from ..core.session import Change, ReadingSession
from . import workers

log = logging.getLogger(__name__)
COLUMNS = ("Title", "Source", "Words", "Level", "Read", "Known", "Last opened")
_KEYS = {
    Qt.Key.Key_Return: "reopen_selected",
    Qt.Key.Key_Enter: "reopen_selected",
    Qt.Key.Key_Delete: "remove_selected",
}
SAVE_PLACE_MS = 800  # the place is saved this long after the scrolling stops
# A longer text is keyed for the library in a worker: normalising, encoding and hashing a
# book's 3.8 MB held the GUI thread for a good part of a 60 ms step.
BACKGROUND_KEY_CHARS = 200_000


class LibraryDock(QObject):
    """The library list and its bookkeeping, over the session's store."""

    def __init__(
        self,
        session: ReadingSession,
        view,
        open_path: Callable[[str], None],
        open_url: Callable[[str], None],
        show_status: Callable[[str], None],
        parent: QWidget,
        after_paint: Callable[[Callable[[], None]], None] | None = None,
    ):
        super().__init__(parent)
        self.session, self.view = session, view
        # A book's key is made once its text is painted (the window's after_paint): keyed
        # beside the paint, it took the GIL from it (a 53-66 ms gap as a book was shown).
        self._after_paint = after_paint or (lambda callback: callback())
        self.open_path, self.open_url, self.show_status = open_path, open_url, show_status
        self._pending: tuple[str, int] | None = None  # (file, place) being reopened
        self._library = None
        self._key: str | None = None  # the document on screen
        self._share_job: workers.JobHandle | None = None  # counting the known share
        self._key_job: workers.JobHandle | None = None  # keying a book's text
        self._entries: list = []
        self.dock = QDockWidget("Library", parent)
        self.dock.setObjectName("LibraryDock")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("library_table")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.reopen_selected())
        self.open_button = QPushButton("Open")
        self.open_button.clicked.connect(self.reopen_selected)
        self.remove_button = QPushButton("Remove from library")
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty = QLabel("The documents you open are listed here.")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dock.setWidget(body)
        self.table.installEventFilter(self)  # Enter and Delete are the list's, not the window's
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText("&Library")
        self.action.setShortcut("Ctrl+Shift+L")
        self.action.setStatusTip("The documents you opened: progress, reopen where you were")
        self.dock.visibilityChanged.connect(lambda visible: visible and self.refresh())
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PLACE_MS)
        self._save_timer.timeout.connect(self.save_place)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        session.subscribe(self._session_changed)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.table and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            slot = _KEYS.get(event.key()) if not event.modifiers() else None
            if slot is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    getattr(self, slot)()
                return True
        return super().eventFilter(obj, event)

    # -- bookkeeping ----------------------------------------------------------------------

    @property
    def library(self):
        if self._library is None and self.session.store is not None:
            try:
                self._library = library_core.Library(self.session.store)
            except Exception:  # the reader works without a library
                log.exception("the library could not be opened")
        return self._library

    def _session_changed(self, change: Change) -> None:
        try:
            if change is Change.DOCUMENT:
                self._document_shown()
            elif change is Change.RESULT:
                self._analysed()
            elif change is Change.STATUSES:
                self._analysed()
        except Exception:  # bookkeeping never disturbs reading
            log.exception("library update failed")

    def _document_shown(self) -> None:
        # (reader.core.library is imported with this module, before the window shows: imported
        # here, the GUI thread's first import came while a worker imported spaCy.)
        text_key = library_core.text_key
        library, source, path = self.library, self.session.source, self.session.path
        self._key = None
        if self._key_job is not None:
            self._key_job.cancel()
            self._key_job = None
        if library is None or source is None:
            return
        url = source.meta.get("url", "")
        name = url or (Path(path).name if path else "pasted text")
        title = source.title or (Path(path).stem if path else "Untitled")

        def record(keyed: tuple[str, int]) -> None:
            if self.session.source is not source or self.library is not library:
                return  # another text is shown now
            try:  # bookkeeping never disturbs reading (the window may have closed)
                self._recorded(library, keyed, path, title, name)
            except Exception:
                log.exception("library update failed")

        if len(source.text) < BACKGROUND_KEY_CHARS:
            record(text_key(source.text))
            return

        def start() -> None:
            if self.session.source is not source or self._key_job is not None:
                return  # another text came before the paint
            self._key_job = workers.start(
                lambda _rep: text_key(source.text),
                record,
                lambda exc: log.error("the text could not be keyed for the library: %r", exc),
                name="library key",
            )

        self._after_paint(start)

    def _recorded(self, library, keyed: tuple[str, int], path, title: str, name: str) -> None:
        """The shown text is in the library now: its place restored, its figures kept."""
        entry = library.opened_key(*keyed, path=path or "", title=title, source=name)
        self._key = entry.doc_key
        pending, self._pending = self._pending, None
        if pending and path and Path(path) == Path(pending[0]) and pending[1] > 0:
            offset = pending[1]  # the settings' place (restored first) wins when it has one
            QTimer.singleShot(
                0, self, lambda: self.view.top_offset() or self.view.scroll_to_top(offset)
            )
        result = self.session.result
        if result is not None and result.complete:
            self._analysed()  # analysed before the key was ready
        elif self.dock.isVisible():
            self.refresh()

    def _analysed(self) -> None:
        library, result = self.library, self.session.result
        if library is None or self._key is None or result is None or not result.complete:
            return
        statuses = self.session.statuses.all() if self.session.statuses is not None else {}
        level = getattr(getattr(result.assessment, "stats", None), "level_95", "") or ""
        library.update(self._key, words=result.word_count, level=level)
        # The known share reads every word of the text: a 640k-word book held the GUI thread
        # for 1.2 s, so it is counted in the background and saved when it comes back. From
        # the lemmas' counts (kept as the book was analysed): a few ms, where reading its
        # 700k words ran ~150 ms next to the window drawing the whole book's highlights.
        key, doc = self._key, result.doc

        def save(known: float) -> None:
            if self._key != key or self.library is not library:
                return
            try:  # the window may have closed (its store with it) while this was counted
                library.update(key, known=known)
                if self.dock.isVisible():
                    self.refresh()
            except Exception:  # bookkeeping never disturbs reading
                log.exception("library update failed")

        if self._share_job is not None:
            self._share_job.cancel()
        self._share_job = workers.start(
            lambda _rep: library_core.known_share_counts(doc.word_lemma_counts(), statuses),
            save,
            lambda exc: log.error("the known share could not be counted: %r", exc),
            name="known share",
        )
        if self.dock.isVisible():
            self.refresh()

    def save_place(self) -> None:
        """Remember where the reader is in the document on screen."""
        if self.library is None or self._key is None:
            return
        try:
            self.library.update(self._key, position=self.view.top_offset())
        except Exception:
            log.exception("the place could not be saved")

    # -- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        library = self.library
        self._entries = library.entries() if library is not None else []
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            when = e.last_opened
            try:
                when = datetime.fromisoformat(e.last_opened).astimezone().strftime("%Y-%m-%d %H:%M")
            except ValueError:
                pass
            cells = (
                e.title,
                e.source,
                f"{e.words:,}" if e.words else "",
                e.level,
                f"{e.percent_read}%",
                f"{e.percent_known}%",
                when,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setToolTip(e.path or e.source)
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self._entries)
        if self._entries and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _selected(self):
        row = self.table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def reopen_selected(self) -> None:
        """Open the selected document where the reader was."""
        entry = self._selected()
        if entry is None:
            return
        if entry.reopenable:
            self._pending = (entry.path, entry.position)
            self.open_path(entry.path)
        elif entry.source.startswith(("http://", "https://")):
            self.open_url(entry.source)
        else:
            self.show_status(f"“{entry.title}” cannot be reopened: its file is gone.")

    def remove_selected(self) -> None:
        entry = self._selected()
        if entry is None or self.library is None:
            return
        self.library.remove(entry.doc_key)
        self.refresh()
        self.show_status(f"“{entry.title}” removed from the library (the file is kept).")
