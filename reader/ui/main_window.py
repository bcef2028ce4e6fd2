"""The main window: builds the widgets, menus and views over one ReadingSession."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..core import gui_turns
from ..core.document import SourceText
from ..core.session import AnalysisResult, Change, ReadingSession
from . import messages
from .analysis_job import AnalysisJob
from .class_glossary import ClassGlossaryActions
from .find_bar import FindBar
from .gloss_popup import GlossPopup
from .level_control import LevelControl
from .level_estimate import LevelEstimator
from .opening import Opener
from .places import ReadingPlaces
from .panels.article_panel import ArticlePanel
from .reader_view import ReaderView
from .settings import Settings
from .library_dock import LibraryDock
from .open_url import open_url
from .sentence_help import SentenceHelp
from .status_line import StatusLine
from .view_options import ViewOptions
from .vocab_dock import VocabDock
from .word_actions import WordActions

log = logging.getLogger(__name__)
PANEL_SHARE = 0.3  # the article panel's widest, as a share of the window's width
FIRST_TURN_MS = 300  # the first show's turn ends with the first paint, or after this
AFTER_PAINT_MS = 200  # after_paint's callbacks run at the latest this long after asked


class MainWindow(QMainWindow):
    """One article at a time; analysis in the background; never blocks."""

    document_shown = Signal()  # the text is on screen (no analysis yet)
    analysis_finished = Signal()  # words, highlights and the panel are ready
    part_shown = Signal()  # a part of a large document is highlighted (the rest follows)
    highlights_changed = Signal()

    def __init__(self, settings: Settings, session: ReadingSession | None = None):
        super().__init__()
        self._first_turn = self._first_turn_done = False  # see showEvent
        self._after_paint: list[Callable[[], None]] = []  # see after_paint
        self._painted = QTimer(self, singleShot=True, interval=0)
        self._painted.timeout.connect(self._run_after_paint)
        self._paint_late = QTimer(self, singleShot=True, interval=AFTER_PAINT_MS)
        self._paint_late.timeout.connect(self._run_after_paint)
        self.setWindowTitle("French Reader")
        self.setAcceptDrops(True)
        self.settings = settings
        self.session = session or ReadingSession()
        self.session.level = settings.get("level")
        self.session.cache_max_bytes = max(0, settings.get("analysis_cache_mb")) * 2**20
        self.session.subscribe(self._session_changed)  # first: views draw on what it shows
        self.handout_editor = None

        self.view = ReaderView()
        self.view.painted.connect(self._text_painted)  # see after_paint
        self.panel = ArticlePanel()
        self.popup = GlossPopup(self.view)
        self.find_bar = FindBar(self.view)
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([840, 340])
        self.setCentralWidget(self.splitter)
        self.level = LevelControl(self.session.levels, self.session.level)
        self.session.level = self.level.value()  # an unknown saved level reads as B1
        self.status = StatusLine(self.statusBar())
        self.show_status = self.status.flash
        self.job = AnalysisJob(self.session, self.status, self)
        self.job.part_shown.connect(self.part_shown)
        self.job.finished.connect(lambda: self.words.after_panel(self.analysis_finished.emit))
        self.words = WordActions(
            self.session, self.view, self.popup, self.panel, self.show_status, self
        )
        self.options = ViewOptions(
            self.settings,
            self.session,
            self.view,
            self.panel,
            self.words,
            self.highlights_changed.emit,
        )
        self.vocab = VocabDock(self.session, self.show_status, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.vocab.dock)
        self.library = LibraryDock(
            self.session,
            self.view,
            self.open_path,
            lambda url: open_url(self.opener, url),
            self.show_status,
            self,
            self.after_paint,
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.library.dock)
        self.sentence_help = SentenceHelp(
            self.session, self.view, self.words.meaning, self.show_status, self
        )
        self.estimator = LevelEstimator(self.session, self.panel, self)
        self.class_glossary = ClassGlossaryActions(self.session, self.show_status, self)
        self.opener = Opener(
            self.settings, self.show_source, self.status.busy, self.status.idle, self
        )
        self.places = ReadingPlaces(self.settings, self.view)

        from .menus import build_actions, build_menus_and_toolbar, build_speech

        build_actions(self)
        build_menus_and_toolbar(self)
        self.speech = build_speech(self)
        self.vocab.action.toggled.connect(lambda on: self.options.dock_toggled("vocab_visible", on))
        self.level.level_changed.connect(self.options.set_level)
        self._restore_settings()
        self.estimator.update_now()

    # -- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        """The window and its docks as the user left them; the views' options."""
        geometry = self.settings.get("geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
            self.restoreState(QByteArray(self.settings.get("window_state")))
        else:
            self.resize(1180, 780)
        self.vocab.restore(self.settings.get("vocab_visible"))
        self.options.restore()

    def event(self, event) -> bool:  # noqa: N802 (Qt override)
        """A repaint of the window (Qt's UpdateRequest: every widget's pending paint) is a
        turn of the GUI thread's: jobs wait meanwhile (reader.core.gui_turns; the word
        list's cells and the text call into Python)."""
        kind = event.type()
        if kind == QEvent.Type.UpdateRequest:
            with gui_turns.turn():
                handled = super().event(event)
        else:
            handled = super().event(event)
        if kind == QEvent.Type.Paint and self._first_turn:
            QTimer.singleShot(0, self._end_first_turn)  # the first paint (see showEvent)
        return handled

    def after_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the text has been painted, at the end of that turn of the
        event loop (at once when the window is not on screen; at the latest AFTER_PAINT_MS
        from now): work started beside a paint slows it, as the paint's calls into Python
        wait for the GIL (the text shown and spaCy's import side by side: a 59 ms gap in
        bench_perf's book run)."""
        if not self.isVisible() or self.isMinimized():
            callback()
            return
        self._after_paint.append(callback)
        if not self._paint_late.isActive():
            self._paint_late.start()

    def _text_painted(self) -> None:
        if self._after_paint:
            self._painted.start()  # once this paint's turn is over

    def _run_after_paint(self) -> None:
        self._paint_late.stop()
        callbacks, self._after_paint = self._after_paint, []
        with gui_turns.turn():  # the jobs these start wait until all are started
            for callback in callbacks:
                callback()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """From the first show to the end of the first paint is one turn of the GUI
        thread's (gui_turns): the window is laid out, polished and painted while the job
        reading the first text waits. At most FIRST_TURN_MS if no paint comes. (Beside that
        job, the window took 71-81 ms to appear, the longest gap of bench_perf's book runs.
        Under xcb the first paint follows the window's Expose, after the first
        UpdateRequest, which paints nothing yet: the turn ends after a Paint event.)"""
        super().showEvent(event)
        if not self._first_turn_done and not self._first_turn and gui_turns.enter():
            self._first_turn = True
            QTimer.singleShot(FIRST_TURN_MS, self._end_first_turn)

    def _end_first_turn(self) -> None:
        if self._first_turn:
            self._first_turn, self._first_turn_done = False, True
            gui_turns.leave()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # the text first: the panel never takes more than PANEL_SHARE of a small window
        limit = max(self.panel.minimumWidth(), int(self.width() * PANEL_SHARE))
        self.panel.setMaximumWidth(limit)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] > limit:
            self.splitter.setSizes([sum(sizes) - limit, limit])

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.settings.set("geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window_state", bytes(self.saveState().data()))
        self.places.save()
        self.opener.cancel()
        self.job.cancel()
        self.estimator.cancel()
        self._after_paint.clear()  # nothing starts after the window is closed
        self._paint_late.stop()
        if self.speech is not None:
            self.speech.stop()
        super().closeEvent(event)

    def open_handout(self) -> None:
        """Open the handout editor on the current (fully analysed) article."""
        result = self.session.result
        if result is None or not result.complete:
            self.show_status("Wait until the article is analysed to make a handout.")
            return
        from .handout_editor import HandoutEditor

        if self.handout_editor is not None:
            self.handout_editor.close()
        self.handout_editor = HandoutEditor(
            result.doc, self.session.store, self.session.glossary, self, self.settings
        )
        self.handout_editor.show()

    # -- opening ------------------------------------------------------------------------

    @property
    def result(self) -> AnalysisResult | None:
        return self.session.result

    def open_sample(self) -> None:
        """Show the shipped sample article (our own UTF-8 French text: no detection)."""
        from ..core.paths import sample_article

        path = sample_article()
        source = SourceText(text=path.read_text(encoding="utf-8"), title="Sample article")
        self.show_source(source, str(path))

    def open_startup(self) -> None:
        """At start-up: the last document at the reader's place, else the sample."""
        last = self.places.startup_path()
        if last:
            self.open_path(last)
        else:
            self.open_sample()

    def open_path(self, path: str, remember: bool = True) -> None:
        """Read `path` in the background, then show it and analyse it."""
        self.opener.open_path(path, remember)

    def show_source(self, source: SourceText, path: str | None) -> bool:
        """Show `source` at once, then analyse it in the background (False: declined)."""
        if source.warnings and not messages.ask(
            self, "Is this French?", "\n".join(source.warnings) + "\n\nOpen it anyway?"
        ):
            self.status.idle("")
            return False
        self.job.cancel()  # the last text's parts never reach the new one
        self.session.begin(source, path)  # -> Change.DOCUMENT
        self.job.start(source, after=self.after_paint)  # the text painted first
        return True

    # -- what the session shows ---------------------------------------------------------

    def _session_changed(self, change: Change) -> None:
        session = self.session
        if change is Change.DOCUMENT:
            source, path = session.source, session.path
            self.popup.close_popup()
            self.find_bar.reset()
            self.places.save()  # the place in the previous text, before it goes
            self.view.show_source(source)
            self.places.shown(path)  # back where the reader left this one
            title = source.title or (Path(path).stem if path else "Untitled")
            self.setWindowTitle(f"{title} — French Reader")
            self.panel.show_waiting()
            self.document_shown.emit()
        elif change is Change.RESULT:
            self.view.set_document(session.result.doc)
            if not session.outdated(session.result):
                self._draw_highlights()  # precomputed by the worker: only applied here
        elif change is Change.SHADING:
            self._draw_highlights()

    def _draw_highlights(self) -> None:
        self.view.set_show_names(self.settings.get("show_names"))
        self.view.set_highlights(self.session.result.shading.kinds)
        self.status.analysis.highlighted()
        self.highlights_changed.emit()

    def _escape(self) -> None:
        if self.popup.isVisible():
            self.popup.close_popup()
        elif self.find_bar.isVisible():
            self.find_bar.close_bar()

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.opener.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.opener.drop(event.mimeData()):
            event.acceptProposedAction()
