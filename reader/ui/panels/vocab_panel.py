"""The vocabulary panel: the words met, with search, filters, status changes, undo, export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import VocabList
from ...core.vocab_item import SHOWN_STATUSES, STATUSES, VocabItem

log = logging.getLogger(__name__)

COLUMNS = ("Word", "Status", "Gloss", "Sentence", "Article", "Date", "Look-ups")
ALL = ""  # the filter value meaning "no filter"
STATUS_LABELS = {
    "known": "Known",
    "learning": "Learning",
    "unknown": "Unknown",
    "seen": "Seen",  # looked up, never marked
    "ignored": "Ignored",
}


class VocabTableModel(QAbstractTableModel):
    """The filtered vocabulary items as table rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[VocabItem] = []

    def set_items(self, items: list[VocabItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.headword,
                STATUS_LABELS.get(item.shown_status, item.shown_status),
                item.gloss,
                item.sentence,
                item.source,
                item.date,
                str(item.lookups) if item.lookups else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return item.sentence
        if role == Qt.ItemDataRole.UserRole:
            return item.lemma
        return None


class VocabPanel(QWidget):
    """Search, filter and edit the vocabulary list; export it to Anki or CSV."""

    # Lemmas whose status changed (the reader view re-highlights them).
    statuses_changed = Signal(list)
    # A one-line message for the status bar.
    message = Signal(str)

    def __init__(
        self,
        vocab: VocabList,
        parent: QWidget | None = None,
        audio_source: Callable[[], object] | None = None,
        settings=None,
    ):
        super().__init__(parent)
        self.setObjectName("vocab_panel")
        self.vocab = vocab
        self._audio_source = audio_source
        self._settings = settings  # the Anki export choices are remembered there
        self.model = VocabTableModel(self)
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(placeholderText="Search words, glosses, sentences")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", ALL)
        for status in SHOWN_STATUSES:
            self.status_filter.addItem(STATUS_LABELS.get(status, status.capitalize()), status)
        self.article_filter = QComboBox()
        self.article_filter.setMinimumContentsLength(12)
        self.article_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.article_filter, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        actions = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for status in STATUSES:
            button = QPushButton(STATUS_LABELS[status])
            button.setToolTip(f"Mark the selected words {status}")
            button.clicked.connect(lambda _=False, s=status: self.set_selected_status(s))
            actions.addWidget(button)
            self.status_buttons[status] = button
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton("Undo")
        self.undo_button.clicked.connect(self.undo)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)

        io = QHBoxLayout()
        self.anki_button = QPushButton("Export to Anki…")
        self.anki_button.clicked.connect(self._ask_export_anki)
        self.csv_button = QPushButton("Export CSV…")
        self.csv_button.clicked.connect(self._ask_export_csv)
        self.import_button = QPushButton("Import known words…")
        self.import_button.clicked.connect(self._ask_import)
        io.addWidget(self.anki_button)
        io.addWidget(self.csv_button)
        io.addWidget(self.import_button)
        io.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("vocab_summary")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(io)
        layout.addWidget(self.summary)

        self.undo_action = QAction("Undo", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.delete_action = QAction("Delete", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)

        self.search.textChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.article_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list (after the reader changed statuses or looked words up)."""
        self._fill_articles()
        self._apply_filters()

    def _fill_articles(self) -> None:
        current = self.article_filter.currentData()
        self.article_filter.blockSignals(True)
        self.article_filter.clear()
        self.article_filter.addItem("All articles", None)
        for source in self.vocab.sources():
            self.article_filter.addItem(source, source)
        index = self.article_filter.findData(current) if current else 0
        self.article_filter.setCurrentIndex(max(index, 0))
        self.article_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        selected = set(self.selected_lemmas())
        items = self.vocab.items(
            search=self.search.text().strip(),
            status=self.status_filter.currentData() or None,
            source=self.article_filter.currentData(),
        )
        self.model.set_items(items)
        selection = self.table.selectionModel()
        for row, item in enumerate(items):
            if item.lemma in selected:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        everything = self.vocab.items()
        counts = {s: sum(1 for i in everything if i.shown_status == s) for s in SHOWN_STATUSES}
        shown = self.model.rowCount()
        parts = [f"{counts[s]} {s}" for s in SHOWN_STATUSES if counts[s]]
        self.summary.setText(
            f"{shown} of {len(everything)} words shown"
            + (" · " + ", ".join(parts) if parts else "")
        )

    def _update_buttons(self) -> None:
        has_selection = bool(self.selected_lemmas())
        for button in self.status_buttons.values():
            button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.undo_button.setEnabled(self.vocab.can_undo)
        self.undo_action.setEnabled(self.vocab.can_undo)
        self.undo_button.setToolTip(
            f"Undo: {self.vocab.undo_label} (Ctrl+Z)" if self.vocab.can_undo else ""
        )
        has_rows = self.model.rowCount() > 0
        self.anki_button.setEnabled(has_rows)
        self.csv_button.setEnabled(has_rows)

    def visible_items(self) -> list[VocabItem]:
        """The items the table shows, in order."""
        return list(self.model.items)

    def selected_lemmas(self) -> list[str]:
        """Lemmas of the selected rows, top to bottom."""
        if not hasattr(self, "table"):
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r].lemma for r in rows if r < len(self.model.items)]

    def select_lemmas(self, lemmas: list[str]) -> None:
        """Select the rows of `lemmas` (those visible)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row, item in enumerate(self.model.items):
            if item.lemma in lemmas:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    # -- editing -----------------------------------------------------------------------

    def set_selected_status(self, status: str) -> None:
        lemmas = self.selected_lemmas()
        if not lemmas or not self._saved(lambda: self.vocab.set_status(lemmas, status)):
            return
        self._changed(lemmas, f"{len(lemmas)} marked {status}")

    def delete_selected(self) -> None:
        lemmas = self.selected_lemmas()
        if not lemmas or not self._saved(lambda: self.vocab.delete(lemmas)):
            return
        self._changed(lemmas, f"{len(lemmas)} deleted (Ctrl+Z to undo)")

    def _saved(self, write) -> bool:
        """Run a write to the word list; a refusal (read-only, disk full...) is shown with
        the store's advice instead of raised from a slot. True when saved."""
        from ...core.store import StoreError
        from .. import messages

        try:
            write()
        except StoreError as exc:
            log.warning("change not saved: %s", exc)
            messages.warning(self, "Your change was not saved", str(exc))
            return False
        return True

    def undo(self) -> None:
        if not self.vocab.can_undo:
            return
        before = {i.lemma: i.status for i in self.vocab.items()}
        label = ""

        def undo() -> None:
            nonlocal label
            label = self.vocab.undo()

        if not self._saved(undo):
            return
        after = {i.lemma: i.status for i in self.vocab.items()}
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        self._changed(changed, f"undone: {label}")

    def _changed(self, lemmas: list[str], text: str) -> None:
        self.refresh()
        self.message.emit(text)
        if lemmas:
            self.statuses_changed.emit(list(lemmas))

    # -- files -------------------------------------------------------------------------

    def export_anki(self, path: Path | str, with_audio: bool = False):
        """Write the visible words as an .apkg (with audio when asked and speech works)."""
        from ...core.exporters.anki import export_apkg

        audio = self._make_audio() if with_audio else None
        result = export_apkg(self.visible_items(), path, audio=audio)
        self.message.emit(f"Exported {result.notes} cards to {Path(path).name}")
        return result

    def export_csv(self, path: Path | str) -> int:
        """Write the visible words to a CSV file."""
        from ...core.exporters.vocab_csv import write_csv

        count = write_csv(self.visible_items(), path)
        self.message.emit(f"Exported {count} words to {Path(path).name}")
        return count

    def import_known(self, path: Path | str):
        """Mark the words of a list, CSV or Anki export known (one undo step)."""
        from ...core.vocab_import import import_known

        report = import_known(self.vocab, path, lexicon=_lexicon())
        self._changed(report.marked_known, report.summary())
        return report

    def _make_audio(self, fmt: str = "opus"):
        if fmt == "none":
            return None
        if self._audio_source is not None:
            return self._audio_source()
        from ...speech.clips import speech_audio_source

        return speech_audio_source(fmt)

    def _ask_export_anki(self) -> None:
        from ..anki_export_dialog import ask_choices

        if self._settings is None:
            from ..settings import Settings

            self._settings = Settings()
        choices = ask_choices(self, self._settings)
        if choices is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export to Anki", "french-reader.apkg", "Anki package (*.apkg)"
        )
        if not path:
            return
        # Speech, IPA and translations take a while: the export runs off the GUI thread.
        from ...core.exporters.anki import (
            default_ipa_source,
            default_translation_source,
            export_apkg,
        )
        from .. import messages, workers

        items, audio = self.visible_items(), self._make_audio(choices.audio)
        self.anki_button.setEnabled(False)
        self.message.emit(f"Exporting {len(items)} words to Anki…")

        def export(_reporter):
            translate = default_translation_source()[0] if choices.translation else None
            return export_apkg(
                items,
                path,
                audio=audio,
                cards=choices.cards,
                gender_colours=choices.gender_colours,
                ipa=default_ipa_source(),
                translate=translate,
            )

        def done(result) -> None:
            self._update_buttons()
            self.message.emit(
                f"Exported {result.notes} cards ({result.media} sounds) to {Path(path).name}"
            )

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            messages.error(self, "Vocabulary", f"Export to Anki failed: {exc}")

        self._export_job = workers.start(
            export,
            on_done=done,
            on_failed=failed,
            name="anki-export",
        )

    def _ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export CSV", "french-reader-vocabulary.csv", "CSV (*.csv)"
        )
        if path:
            self._run_file_action(lambda: self.export_csv(path))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import known words",
            "",
            "Word lists (*.txt *.csv *.apkg *.colpkg);;All files (*)",
        )
        if path:
            self.import_in_background(path)

    def import_in_background(self, path: Path | str):
        """Import known words in a worker (a long list takes seconds), with progress."""
        from ...core.errors import ReaderError
        from ...core.vocab_import import import_known
        from .. import messages, workers

        name = Path(path).name
        self.message.emit(f"Importing {name}…")

        def done(report) -> None:
            self._changed(report.marked_known, report.summary())

        def failed(exc: BaseException) -> None:
            known = isinstance(exc, (ReaderError, OSError))
            messages.error(self, "Vocabulary", str(exc) if known else f"Import failed: {exc}")

        def progress(count: int, total: int) -> None:
            self.message.emit(f"Importing {name}: {count * 100 // max(total, 1)}%")

        self._import_job = workers.start(
            lambda reporter: import_known(
                self.vocab, path, lexicon=_lexicon(), progress=reporter.progress
            ),
            on_done=done,
            on_failed=failed,
            on_progress=progress,
            name="vocab-import",
        )
        return self._import_job

    def _run_file_action(self, action: Callable[[], object]) -> None:
        from ...core.errors import ReaderError
        from .. import messages

        try:
            action()
        except (ReaderError, OSError) as exc:
            messages.error(self, "Vocabulary", str(exc))


def _lexicon():
    try:
        from ...core.lexicon import default_lexicon

        return default_lexicon()
    except Exception as exc:  # words are imported as written
        log.warning("lexicon unavailable: %s", exc)
        return None
