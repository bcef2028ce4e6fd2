"""The main window: builds the widgets, menus and views over one ReadingSession."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.document import SourceText
from ..core.session import AnalysisResult, Change, ReadingSession
from . import messages, workers
from . import theme as themes
from .analysis_status import AnalysisStatus
from .class_glossary import ClassGlossaryActions
from .find_bar import FindBar
from .gloss_popup import GlossPopup
from .level_control import LevelControl
from .level_estimate import LevelEstimator
from .opening import Opener
from .places import ReadingPlaces
from .panels.article_panel import ArticlePanel
from .reader_view import ReaderView
from .settings import DEFAULTS, Settings
from .library_dock import LibraryDock
from .open_url import open_url
from .sentence_help import SentenceHelp
from .vocab_dock import VocabDock
from .word_actions import WordActions

log = logging.getLogger(__name__)
PANEL_SHARE = 0.3  # the article panel's widest, as a share of the window's width


class MainWindow(QMainWindow):
    """One article at a time; analysis in the background; never blocks."""

    document_shown = Signal()  # the text is on screen (no analysis yet)
    analysis_finished = Signal()  # words, highlights and the panel are ready
    part_shown = Signal()  # a part of a large document is highlighted (the rest follows)
    highlights_changed = Signal()

    def __init__(self, settings: Settings, session: ReadingSession | None = None):
        super().__init__()
        self.setWindowTitle("French Reader")
        self.setAcceptDrops(True)
        self.settings = settings
        self.session = session or ReadingSession()
        self.session.level = settings.get("level")
        self.session.cache_max_bytes = max(0, settings.get("analysis_cache_mb")) * 2**20
        self.session.subscribe(self._session_changed)  # first: views draw on what it shows
        self._job: workers.JobHandle | None = None
        self.handout_editor = None

        self.view = ReaderView()
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
        self.words = WordActions(
            self.session, self.view, self.popup, self.panel, self.show_status, self
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
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.library.dock)
        self.sentence_help = SentenceHelp(
            self.session, self.view, self.words.meaning, self.show_status, self
        )
        self.estimator = LevelEstimator(self.session, self.panel, self)
        self.class_glossary = ClassGlossaryActions(self.session, self.show_status, self)
        self.opener = Opener(self.settings, self.show_source, self._set_busy, self._set_idle, self)
        self.places = ReadingPlaces(self.settings, self.view)

        self.progress = QProgressBar(maximumWidth=220, textVisible=False, maximumHeight=14)
        self.progress.hide()
        self.status_label = QLabel()  # never widens the window (a long message is cut)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.analysis_status = AnalysisStatus(self.status_label.setText, self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

        from .menus import build_actions, build_menus_and_toolbar

        build_actions(self)
        build_menus_and_toolbar(self)
        self.speech = self._wire_speech()
        self.words.undo_changed.connect(self._undo_changed)
        self.vocab.action.toggled.connect(self._vocab_toggled)
        self.level.level_changed.connect(self._level_changed)
        self._restore_settings()
        self.estimator.update_now()

    def _wire_speech(self):
        """Read-aloud controls, unless QtMultimedia cannot load (its system libraries)."""
        try:
            from .speech_wiring import SpeechWiring
        except ImportError as exc:
            log.warning("read-aloud unavailable: %s", exc)
            return None
        speech = SpeechWiring(self.session, self.view, self)
        bar = QToolBar("Read aloud", self)
        bar.setObjectName("SpeechToolbar")
        bar.setMovable(False)
        bar.addWidget(speech.controls)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        self.addAction(speech.read_here_action)
        self.menuBar().addMenu("&Read aloud").addActions(speech.menu_actions())
        self.popup.speak_requested.connect(speech.speak_text)
        self.words.can_speak = speech.available
        return speech

    # -- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
            self.restoreState(QByteArray(s.get("window_state")))
        else:
            self.resize(1180, 780)
        self.dark_action.setChecked(s.get("theme") == "dark")
        self.names_action.setChecked(s.get("show_names"))
        self.hover_action.setChecked(s.get("hover_popup"))
        self.words.hover = s.get("hover_popup")
        self.words.hover_lookup_ms = s.get("hover_lookup_ms")
        self.panel_action.setChecked(s.get("panel_visible"))
        self.panel.setVisible(s.get("panel_visible"))
        self.vocab.restore(s.get("vocab_visible"))
        self.evidence_action.setChecked(s.get("use_evidence"))
        self.session.use_evidence = s.get("use_evidence")
        self.cognates_action.setChecked(s.get("english_cognates"))
        self.session.use_cognates = s.get("english_cognates")
        self.apply_theme(s.get("theme"))
        self.view.set_reading_font(s.get("font_family"), s.get("font_size"))

    def apply_theme(self, name: str) -> None:
        theme = themes.get(name)
        app = QApplication.instance()
        if app is not None:
            themes.apply(app, theme)
        self.view.set_theme(theme)
        self.panel.set_theme(theme)

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
        if self._job is not None:
            self._job.cancel()
        self.estimator.cancel()
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
            self._set_idle("")
            return False
        if self._job is not None:
            self._job.cancel()
        self.session.begin(source, path)  # -> Change.DOCUMENT
        self._set_busy("")
        self.analysis_status.started(self.session.analyzer.loaded)
        session = self.session
        self._job = workers.start(
            lambda rep: session.analyse(source, rep.progress, rep.partial, rep.check),
            self._analysis_done,
            self._analysis_failed,
            on_progress=self._analysis_progress,
            on_partial=self._analysis_partial,
            name="analysis",
        )
        return True

    def _analysis_progress(self, done: int, total: int) -> None:
        self.analysis_status.progress(100 * done // max(1, total))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _analysis_partial(self, result: AnalysisResult) -> None:
        """A first part of a large document: highlight it while the rest is analysed."""
        self.session.accept(result)
        self.part_shown.emit()

    def _analysis_done(self, result: AnalysisResult) -> None:
        self.session.accept(result)
        self.analysis_status.stop()
        notes = "; ".join(result.notes)
        self._set_idle(f"{result.word_count:,} words" + (f" — {notes}" if notes else ""))
        if self.session.store_error:
            self.status_label.setText(self.status_label.text() + " — word statuses unavailable")
        self.analysis_finished.emit()

    def _analysis_failed(self, exc: BaseException) -> None:
        log.error("analysis failed: %r", exc)
        self.analysis_status.stop()
        self._set_idle("Analysis failed")
        messages.error(self, "The text could not be analysed", str(exc) or type(exc).__name__)

    # -- what the session shows ---------------------------------------------------------

    def _session_changed(self, change: Change) -> None:
        session = self.session
        if change is Change.DOCUMENT:
            source, path = session.source, session.path
            self.popup.close_popup()
            self.find_bar.reset()
            headings = [(b.start, b.end) for b in source.blocks if b.kind in ("title", "heading")]
            self.places.save()  # the place in the previous text, before it goes
            code = [(b.start, b.end) for b in source.blocks if b.kind == "code"]
            self.view.show_text(source.text, headings, code)
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
        self.view.set_show_names(self.names_action.isChecked())
        self.view.set_highlights(self.session.result.shading.kinds)
        self.analysis_status.highlighted()
        self.highlights_changed.emit()

    # -- level, view options ------------------------------------------------------------

    def _level_changed(self, level: str) -> None:
        self.settings.set("level", level)
        self.session.set_level(level)

    def _undo_changed(self, enabled: bool, text: str) -> None:
        self.undo_action.setEnabled(enabled)
        self.undo_action.setText(text)

    def _vocab_toggled(self, checked: bool) -> None:
        if self.isVisible():  # not the window closing (or restoring) with it
            self.settings.set("vocab_visible", checked)

    def _toggle_dark(self, checked: bool) -> None:
        name = "dark" if checked else "light"
        self.settings.set("theme", name)
        self.apply_theme(name)

    def _toggle_evidence(self, checked: bool) -> None:
        self.settings.set("use_evidence", checked)
        self.session.set_use_evidence(checked)

    def _toggle_cognates(self, checked: bool) -> None:
        self.settings.set("english_cognates", checked)
        self.session.set_use_cognates(checked)

    def _toggle_names(self, checked: bool) -> None:
        self.settings.set("show_names", checked)
        self.view.set_show_names(checked)
        self.highlights_changed.emit()

    def _toggle_hover(self, checked: bool) -> None:
        self.settings.set("hover_popup", checked)
        self.words.hover = checked

    def _toggle_panel(self, checked: bool) -> None:
        self.settings.set("panel_visible", checked)
        self.panel.setVisible(checked)

    def zoom(self, steps: int) -> None:
        self.settings.set("font_size", self.view.zoom(steps))  # the pop-up follows

    def zoom_reset(self) -> None:
        self.view.set_reading_font(self.settings.get("font_family"), DEFAULTS["font_size"])
        self.settings.set("font_size", DEFAULTS["font_size"])

    def _escape(self) -> None:
        if self.popup.isVisible():
            self.popup.close_popup()
        elif self.find_bar.isVisible():
            self.find_bar.close_bar()

    # -- status bar, drag and drop ----------------------------------------

    def _set_busy(self, text: str) -> None:
        self.status_label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _set_idle(self, text: str) -> None:
        self.status_label.setText(text)
        self.progress.hide()

    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.opener.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.opener.drop(event.mimeData()):
            event.acceptProposedAction()
