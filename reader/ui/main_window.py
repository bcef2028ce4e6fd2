"""The main window: the article, the level control, the side panel, menus and status."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import importers
from . import messages, workers
from . import theme as themes
from .gloss_popup import GlossPopup
from .level_control import LevelControl
from .level_estimate import LevelEstimator
from .panels.article_panel import ArticlePanel
from .reader_view import ReaderView
from .services import AnalysisResult, Services, analyse, optional_module
from .settings import Settings
from .vocab_dock import VocabDock
from .word_actions import WordActions

log = logging.getLogger(__name__)

OPEN_FILTER = (
    "Texts and books (*.txt *.md *.html *.htm *.epub *.pdf *.docx *.odt *.srt *.vtt);;All files (*)"
)


class MainWindow(QMainWindow):
    """One article at a time; analysis in the background; never blocks."""

    document_shown = Signal()  # the text is on screen (no analysis yet)
    analysis_finished = Signal()  # words, highlights and the panel are ready
    part_shown = Signal()  # a part of a large document is highlighted (the rest follows)
    highlights_changed = Signal()

    def __init__(self, settings: Settings, services: Services | None = None, analyzer=None):
        super().__init__()
        self.setWindowTitle("French Reader")
        self.setAcceptDrops(True)
        self.settings = settings
        self.services = services or Services()
        if analyzer is None:
            from ..core.analysis import default_analyzer

            analyzer = default_analyzer()
        self.analyzer = analyzer
        self.source = None
        self.path: str | None = None
        self.result: AnalysisResult | None = None
        self._job: workers.JobHandle | None = None
        self._load_job: workers.JobHandle | None = None
        self._analysis_level = ""  # the level the analysis job assesses new parts at
        self.handout_editor = None

        self.view = ReaderView()
        self.panel = ArticlePanel()
        self.popup = GlossPopup(self.view)
        from .find_bar import FindBar

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
        self.level = LevelControl(self.services.levels, self.settings.get("level"))
        self.words = WordActions(self)
        self.vocab = VocabDock(self)
        self.estimator = LevelEstimator(self)

        self.progress = QProgressBar(maximumWidth=220, textVisible=False, maximumHeight=14)
        self.progress.hide()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

        self._build_actions()
        self._build_menus_and_toolbar()
        # Ctrl+Z undoes the reader's changes where the reading happens; the word list
        # dock has its own (two window-wide Ctrl+Z would be ambiguous and do nothing).
        self.removeAction(self.undo_action)
        self.splitter.addAction(self.undo_action)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.speech = None
        self._wire_speech()

        self.level.level_changed.connect(self._level_changed)
        self.panel.token_activated.connect(self.words.jump_to)
        self.panel.finish_requested.connect(self.words.finish_reading)
        self.panel.undo_requested.connect(self.words.undo)
        self._restore_settings()
        self.estimator.update_now()

    # -- building -----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, checkable=False, tip="") -> QAction:
        action = QAction(text, self, checkable=checkable)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_action = self._action(
            "&Open…", self.open_dialog, std.Open, tip="Open an article or a book"
        )
        self.paste_action = self._action(
            "&Paste as new article",
            self.paste_document,
            "Ctrl+Shift+V",
            tip="Read the text on the clipboard",
        )
        self.open_sample_action = self._action("Open the &sample article", self.open_sample)
        self.handout_action = self._action(
            "&Handout…",
            self.open_handout,
            "Ctrl+Shift+H",
            tip="Make a glossary handout of this article for a class",
        )
        self.quit_action = self._action("&Quit", self.close, std.Quit)
        self.zoom_in_action = self._action("Zoom &in", lambda: self.zoom(1), [std.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("Zoom &out", lambda: self.zoom(-1), std.ZoomOut)
        self.zoom_reset_action = self._action("&Normal size", self.zoom_reset, "Ctrl+0")
        self.find_action = self._action("&Find…", self.find_bar.open, std.Find)
        self.dark_action = self._action("&Dark theme", self._toggle_dark, "Ctrl+Shift+D", True)
        self.names_action = self._action(
            "Show &names",
            self._toggle_names,
            checkable=True,
            tip="Mark people, places and organisations in blue",
        )
        self.hover_action = self._action(
            "Explain words on &hover",
            self._toggle_hover,
            checkable=True,
        )
        self.panel_action = self._action("Article &panel", self._toggle_panel, "F9", True)
        self.undo_action = self._action("&Undo word change", self.words.undo, std.Undo)
        self.undo_action.setEnabled(False)
        self.next_word_action = self._action("Next word", lambda: self.words.move(1), ["Alt+Right"])
        self.prev_word_action = self._action(
            "Previous word", lambda: self.words.move(-1), ["Alt+Left"]
        )
        self.explain_action = self._action(
            "E&xplain word", self.words.open_focus, ["Return", "Enter"]
        )
        self.escape_action = self._action("Close", self._escape, "Escape")
        self.status_actions = {}
        for status, label, key in (
            ("known", "Mark &known", "K"),
            ("learning", "Mark &learning", "L"),
            ("unknown", "Mark &unknown", "U"),
            ("ignored", "&Ignore word", "I"),
        ):
            self.status_actions[status] = self._action(
                label, lambda _=False, s=status: self.words.set_focus_status(s), key
            )
        self.evidence_action = self._action(
            "Refine my level from my &words",
            self._toggle_evidence,
            checkable=True,
            tip="Once you have marked or looked up enough words, highlights follow them",
        )
        self.cognates_action = self._action(
            "English &cognates count as easier",
            self._toggle_cognates,
            checkable=True,
            tip="Words spelled like an English word with the same meaning (invasion) are "
            "highlighted less",
        )
        self.finish_action = self._action(
            "&Finished reading: mark the rest as known", self.words.finish_reading
        )

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        words = bar.addMenu("&Words")
        words.addAction(self.explain_action)
        words.addActions([self.next_word_action, self.prev_word_action])
        words.addSeparator()
        words.addActions(list(self.status_actions.values()))
        words.addSeparator()
        words.addAction(self.finish_action)
        words.addAction(self.evidence_action)
        words.addAction(self.cognates_action)
        words.addAction(self.undo_action)

        view = bar.addMenu("&View")
        view.addAction(self.find_action)
        view.addSeparator()
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view.addSeparator()
        view.addActions([self.dark_action, self.names_action, self.hover_action, self.panel_action])
        view.addAction(self.vocab.action)
        font_action = self._action("Reading &font…", self.choose_font)
        view.addAction(font_action)

        tools = self.addToolBar("Main")
        tools.setObjectName("MainToolbar")
        tools.setMovable(False)
        tools.addAction(self.open_action)
        tools.addAction(self.paste_action)
        tools.addSeparator()
        tools.addWidget(self.level)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tools.addWidget(spacer)
        self.zoom_out_action.setIconText("A−")
        self.zoom_in_action.setIconText("A+")
        self.names_action.setIconText("Names")
        self.dark_action.setIconText("Dark")
        tools.addActions([self.zoom_out_action, self.zoom_in_action])
        tools.addSeparator()
        tools.addActions([self.names_action, self.dark_action])
        self.toolbar = tools

    def _wire_speech(self) -> None:
        """Add the read-aloud controls when the speech part is installed."""
        controls_mod = optional_module("reader.ui.speech_controls")
        if controls_mod is None:
            return
        try:
            from .speech_wiring import attach_speech

            self.speech = attach_speech(self, controls_mod)
            speech_menu = self.menuBar().addMenu("&Read aloud")
            speech_menu.addActions(self.speech.menu_actions())
        except Exception:
            log.exception("speech controls could not be attached")
            self.speech = None

    # -- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("geometry")
        if geometry:
            from PySide6.QtCore import QByteArray

            self.restoreGeometry(QByteArray(geometry))
            self.restoreState(QByteArray(s.get("window_state")))
        else:
            self.resize(1180, 780)
        self.dark_action.setChecked(s.get("theme") == "dark")
        self.names_action.setChecked(s.get("show_names"))
        self.hover_action.setChecked(s.get("hover_popup"))
        self.panel_action.setChecked(s.get("panel_visible"))
        self.panel.setVisible(s.get("panel_visible"))
        self.vocab.restore(s.get("vocab_visible"))
        self.evidence_action.setChecked(s.get("use_evidence"))
        self.services.use_evidence = s.get("use_evidence")
        self.cognates_action.setChecked(s.get("english_cognates"))
        self.services.use_cognates = s.get("english_cognates")
        self.apply_theme(s.get("theme"))
        self.view.set_reading_font(s.get("font_family"), s.get("font_size"))

    def apply_theme(self, name: str) -> None:
        theme = themes.get(name)
        app = QApplication.instance()
        if app is not None:
            themes.apply(app, theme)
        self.view.set_theme(theme)
        self.panel.set_theme(theme)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.settings.set("geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window_state", bytes(self.saveState().data()))
        for job in (self._job, self._load_job):
            if job is not None:
                job.cancel()
        self.estimator.cancel()
        if self.speech is not None and hasattr(self.speech, "stop"):
            self.speech.stop()
        super().closeEvent(event)

    def store_ready(self) -> None:
        """The user's store was opened after the window: build what depends on it."""
        self.vocab.ensure_panel()
        self.estimator.update_now()
        if self.result is not None:
            self.words.document_ready(self.result)

    def statuses_changed_here(self) -> None:
        """The reader changed word statuses or looked words up: keep the rest in step."""
        self.services.note_status_change()
        self.vocab.reader_changed_statuses()
        self.estimator.schedule()

    def open_handout(self) -> None:
        """Open the handout editor on the current (fully analysed) article."""
        if self.result is None or not self.result.complete:
            self.show_status("Wait until the article is analysed to make a handout.")
            return
        from .handout_editor import HandoutEditor

        if self.handout_editor is not None:
            self.handout_editor.close()
        self.handout_editor = HandoutEditor(
            self.result.doc, self.services.store, self.services.glossary, parent=self
        )
        self.handout_editor.show()

    # -- opening ------------------------------------------------------------------------

    def open_sample(self) -> None:
        """Show the shipped sample article (our own UTF-8 French text: no detection)."""
        from ..core.document import SourceText
        from ..core.paths import sample_article

        path = sample_article()
        source = SourceText(text=path.read_text(encoding="utf-8"), title="Sample article")
        self.show_source(source, str(path))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open an article", self.settings.get("last_dir"), OPEN_FILTER
        )
        if path:
            self.settings.set("last_dir", str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path: str, remember: bool = True) -> None:
        """Read `path` in the background, then show it and analyse it."""
        self._set_busy(f"Opening {Path(path).name}…")

        def load(reporter):
            return importers.load_path(path)

        def done(source) -> None:
            if remember:
                self.settings.add_recent(str(Path(path).resolve()))
            self.show_source(source, path)

        def failed(exc) -> None:
            self._set_idle("")
            if remember:
                self.settings.remove_recent(str(Path(path).resolve()))
            messages.error(self, "Cannot open this file", _message(exc, path))

        if self._load_job is not None:
            self._load_job.cancel()
        self._load_job = workers.start(load, done, failed, name="open")

    def paste_document(self) -> None:
        """A new article from the text on the clipboard."""
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if not text.strip() and not html.strip():
            messages.info(
                self,
                "Nothing to paste",
                "The clipboard holds no text. Copy some French text first.",
            )
            return
        try:
            source = importers.from_clipboard(text, html)
        except Exception as exc:
            messages.error(self, "Cannot read the clipboard", _message(exc, None))
            return
        self.show_source(source, None)

    def show_source(self, source, path: str | None) -> None:
        """Show `source` at once, then analyse it in the background."""
        warnings = list(getattr(source, "warnings", []) or [])
        if warnings and not messages.ask(
            self, "Is this French?", "\n".join(warnings) + "\n\nOpen it anyway?"
        ):
            self._set_idle("")
            return
        if self._job is not None:
            self._job.cancel()
        self.popup.close_popup()
        self.find_bar.reset()
        self.words.reset()
        gc.unfreeze()  # the previous document's objects may be collected again
        self.source, self.path, self.result = source, path, None
        source.ensure_blocks()
        headings = [(b.start, b.end) for b in source.blocks if b.kind in ("title", "heading")]
        self.view.show_text(source.text, headings)
        title = source.title or (Path(path).stem if path else "Untitled")
        self.setWindowTitle(f"{title} — French Reader")
        self.panel.show_waiting()
        self.document_shown.emit()
        self.start_analysis()

    def start_analysis(self) -> None:
        self._set_busy(
            "Analysing…" if self.analyzer.loaded else "Loading the French language model…"
        )
        source, services, analyzer = self.source, self.services, self.analyzer
        # Each part is assessed at the level of the moment (a plain str read by the worker).
        self._analysis_level = self.level.value()
        self._job = workers.start(
            lambda rep: analyse(source, analyzer, services, lambda: self._analysis_level, rep),
            self._analysis_done,
            self._analysis_failed,
            on_progress=self._analysis_progress,
            on_partial=self._analysis_partial,
            name="analysis",
        )

    def _analysis_progress(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        self.status_label.setText(f"Analysing… {percent}%")
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _analysis_partial(self, result: AnalysisResult) -> None:
        """A first part of a large document: highlight it while the rest is analysed."""
        self._show_result(result)
        self.part_shown.emit()

    def _show_result(self, result: AnalysisResult) -> None:
        self.result = result
        self.view.set_document(result.doc)
        self.words.document_ready(result)
        if result.assessment is not None and self._assessment_outdated(result):
            self.words.relevel()  # the level or a status changed while the job ran
        else:
            self.refresh_highlights()  # precomputed by the worker: only applied here

    def _assessment_outdated(self, result: AnalysisResult) -> bool:
        return (
            result.status_epoch != self.services.status_epoch
            or result.assessment.learner != self.services.learner(self.level.value())
        )

    def _analysis_done(self, result: AnalysisResult) -> None:
        self._show_result(result)
        # A book is millions of long-lived objects: left in the collector's oldest
        # generation, each full collection scans them all (100+ ms holding the GIL, so
        # the event loop stalls whichever thread collects). Frozen, they are skipped.
        gc.freeze()
        notes = "; ".join(result.notes)
        count = result.word_count
        self._set_idle(f"{count:,} words" + (f" — {notes}" if notes else ""))
        if self.services.store_error:
            self.status_label.setText(self.status_label.text() + " — word statuses unavailable")
        self.analysis_finished.emit()

    def _analysis_failed(self, exc) -> None:
        log.error("analysis failed: %r", exc)
        self._set_idle("Analysis failed")
        messages.error(self, "The text could not be analysed", str(exc) or type(exc).__name__)

    # -- level, highlights, view options ------------------------------------------------

    def _level_changed(self, level: str) -> None:
        self.settings.set("level", level)
        self._analysis_level = level
        self.words.relevel()
        self.estimator.level_changed(level)

    def refresh_highlights(self) -> None:
        """Show the current result's highlights and panel rows (computed if missing)."""
        from .highlighting import shade

        result = self.result
        if result is None:
            return
        shading = result.shading
        if shading is None or shading.assessment is not result.assessment:
            shading = shade(result.doc, result.assessment)
        self.apply_shading(shading)

    def apply_shading(self, shading) -> None:
        """Show precomputed highlights and panel rows (cheap: the view draws its band)."""
        result = self.result
        if result is None:
            return
        result.assessment, result.shading = shading.assessment, shading
        self.view.set_show_names(self.names_action.isChecked())
        self.view.set_highlights(shading.kinds)
        self.words.update_panel()
        self.highlights_changed.emit()

    def _toggle_dark(self, checked: bool) -> None:
        name = "dark" if checked else "light"
        self.settings.set("theme", name)
        self.apply_theme(name)

    def _toggle_evidence(self, checked: bool) -> None:
        self.settings.set("use_evidence", checked)
        self.estimator.set_enabled(checked)

    def _toggle_cognates(self, checked: bool) -> None:
        self.settings.set("english_cognates", checked)
        self.services.use_cognates = checked
        self.words.relevel()

    def _toggle_names(self, checked: bool) -> None:
        self.settings.set("show_names", checked)
        self.view.set_show_names(checked)
        self.highlights_changed.emit()

    def _toggle_hover(self, checked: bool) -> None:
        self.settings.set("hover_popup", checked)

    def _toggle_panel(self, checked: bool) -> None:
        self.settings.set("panel_visible", checked)
        self.panel.setVisible(checked)

    def zoom(self, steps: int) -> None:
        self.settings.set("font_size", self.view.zoom(steps))
        self.words.reposition_popup()

    def zoom_reset(self) -> None:
        from .settings import DEFAULTS

        self.view.set_reading_font(self.settings.get("font_family"), DEFAULTS["font_size"])
        self.settings.set("font_size", DEFAULTS["font_size"])

    def choose_font(self) -> None:
        from PySide6.QtWidgets import QFontDialog

        ok, font = QFontDialog.getFont(self.view.document().defaultFont(), self, "Reading font")
        if ok:
            size = font.pointSize() if font.pointSize() > 0 else self.view.font_size
            self.settings.set("font_family", font.family())
            self.settings.set("font_size", size)
            self.view.set_reading_font(font.family(), size)

    def _escape(self) -> None:
        if self.popup.isVisible():
            self.popup.close_popup()
        elif self.find_bar.isVisible():
            self.find_bar.close_bar()

    # -- status bar ---------------------------------------------------------------------

    def _set_busy(self, text: str) -> None:
        self.status_label.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _set_idle(self, text: str) -> None:
        self.status_label.setText(text)
        self.progress.hide()

    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    # -- recent files, drag and drop ----------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get("recent_files")
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if _dropped_path(event.mimeData()) or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = _dropped_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))
        elif event.mimeData().hasText():
            event.acceptProposedAction()
            text, html = event.mimeData().text(), event.mimeData().html()
            try:
                source = importers.from_clipboard(text, html)
            except Exception as exc:
                messages.error(self, "Cannot read the dropped text", _message(exc, None))
                return
            self.show_source(source, None)


def _dropped_path(mime) -> str | None:
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            return url.toLocalFile()
    return None


def _message(exc: BaseException, path: str | None) -> str:
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
