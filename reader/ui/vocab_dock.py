"""The learner's vocabulary list docked in the reader window, in step with the reader."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from ..core.session import Change, ReadingSession

log = logging.getLogger(__name__)


class VocabDock(QObject):
    """A dock holding the VocabPanel over the session's word statuses.

    The panel is built when first shown (the store may open after the window) and
    re-read when the reader changes a status while it is visible (else when shown).
    """

    def __init__(
        self, session: ReadingSession, show_status: Callable[[str], None], parent: QWidget
    ):
        super().__init__(parent)
        self.session = session
        self.show_status = show_status
        self.panel = None
        self._stale = False
        self._changing = False  # the list itself is changing statuses (it shows them)
        self.dock = QDockWidget("My words", parent)
        self.dock.setObjectName("VocabDock")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dock.setWidget(QLabel("Your word list opens with the app's data.", wordWrap=True))
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText("My &words")
        self.action.setShortcut("F10")
        self.action.setStatusTip("Your vocabulary list: search, statuses, export")
        self.action.toggled.connect(self._toggled)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        session.subscribe(self._session_changed)

    def restore(self, visible: bool) -> None:
        """Show or hide the dock as the user left it."""
        self.dock.setVisible(visible)
        if visible:
            self.ensure_panel()

    def ensure_panel(self) -> None:
        """Build the panel once the word statuses are available."""
        if self.panel is not None or self.session.statuses is None:
            return
        from ..core.vocab import VocabList
        from .panels.vocab_panel import VocabPanel

        try:
            vocab = VocabList(self.session.statuses)
        except Exception:
            log.exception("the vocabulary list could not be opened")
            return
        self.panel = VocabPanel(vocab, settings=getattr(self.parent(), "settings", None))
        self.panel.statuses_changed.connect(self._panel_changed_statuses)
        self.panel.message.connect(self.show_status)
        self.dock.setWidget(self.panel)
        self._stale = False

    def _session_changed(self, change: Change) -> None:
        if change is Change.STORE:
            # Built now only for a dock left open (the app opens the store before the
            # window shows); a hidden one builds it when first shown, not at every launch
            # (its imports, widgets and the word list's glosses: 30-80 ms on the GUI thread).
            if not self.dock.isHidden():
                self.ensure_panel()
        elif change in (Change.STATUSES, Change.LOOKUPS) and not self._changing:
            self._reader_changed_statuses()

    def _reader_changed_statuses(self) -> None:
        """The reader marked words or looked them up: the list shows it."""
        if self.panel is None:
            return
        if self.dock.isVisible():
            self.panel.refresh()
        else:
            self._stale = True

    def _panel_changed_statuses(self, _lemmas: list) -> None:
        self._changing = True
        try:
            self.session.statuses_changed()
        finally:
            self._changing = False

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.ensure_panel()

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.ensure_panel()
            if self._stale and self.panel is not None:
                self._stale = False
                self.panel.refresh()
