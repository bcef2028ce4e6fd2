"""The handout editor: choose and edit the glossed words of a text, set options, export or print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.document import Document
from ..core.handout import LAYOUTS, LEVELS, PAPERS, Handout, expression_spans, propose
from . import messages
from .settings import Settings

COLUMNS = ("Word", "Gloss", "Gender", "Note")
SORT_LABELS = {"text": "in text order", "alpha": "alphabetical"}
SHEET_LABELS = {
    "handout": "Handout (glossed text)",
    "vocabulary": "Vocabulary sheet",
    "cloze": "Cloze exercise + answer key",
}
GENDERS = ("", "m", "f")
HIGHLIGHT = QColor("#fff0b3")


class _TextView(QTextEdit):
    """The document's text; a click reports the character offset under the mouse."""

    clicked_offset = Signal(int)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_offset.emit(self.cursorForPosition(event.position().toPoint()).position())


class HandoutEditor(QDialog):
    """Edit `doc`'s handout; choices are saved to `store` when the teacher presses Save; the
    teacher's name is kept in `settings` (the next handout starts with it)."""

    def __init__(
        self,
        doc: Document,
        store=None,
        glossary=None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ):
        super().__init__(parent)
        self.doc = doc
        self.store = store
        self.glossary = glossary
        self.settings = settings
        self.setWindowTitle(f"Handout — {doc.title or 'untitled'}")
        self.resize(1100, 700)
        saved = self._handouts().load(doc) if store is not None else None
        self.handout: Handout = saved or propose(doc, "B1", glossary=self._glossary())
        self._filling = False
        self._build()
        self._load_options()
        self.refresh()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.text = _TextView(readOnly=True)
        self.text.setPlainText(self.doc.text)
        self.text.clicked_offset.connect(self.toggle_at)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().setVisible(False)  # the word column carries the number
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.level = QComboBox()
        self.level.addItems(LEVELS)
        propose_button = QPushButton("Propose words")
        propose_button.clicked.connect(self.repropose)
        self.remove_button = QPushButton("Remove word")
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel()
        top = QHBoxLayout()
        for w in (QLabel("Words above level"), self.level, propose_button, self.remove_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.count)
        words = QWidget()
        wl = QVBoxLayout(words)
        wl.addLayout(top)
        wl.addWidget(
            QLabel(
                "Click a word in the text to gloss it; click it again to select it.\n"
                "Glosses on pink are missing or approximate: please check them."
            )
        )
        wl.addWidget(self.table, 1)
        self.gaps = QLabel(wordWrap=True, objectName="HandoutGaps")
        self.gaps.setStyleSheet("color: #8a1f11;")
        wl.addWidget(self.gaps)
        wl.addWidget(self._options_box())
        split = QSplitter()
        split.addWidget(self.text)
        split.addWidget(words)
        split.setSizes([550, 550])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        for label, fmt in (
            ("Export PDF…", "pdf"),
            ("Export HTML…", "html"),
            ("Export DOCX…", "docx"),
        ):
            b = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            b.clicked.connect(lambda _=False, f=fmt: self.ask_export(f))
        preview = buttons.addButton("Print preview…", QDialogButtonBox.ButtonRole.ActionRole)
        preview.clicked.connect(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _options_box(self) -> QGroupBox:
        box = QGroupBox("Layout and page")
        form = QFormLayout(box)
        self.layout_combo = QComboBox()
        self.layout_combo.addItems(LAYOUTS)
        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.font_size = QDoubleSpinBox(minimum=9, maximum=24, singleStep=0.5, suffix=" pt")
        self.title_edit = QLineEdit(placeholderText="the document's title")
        self.source_edit = QLineEdit(placeholderText="from the document")
        self.sheet = QComboBox()
        for key, label in SHEET_LABELS.items():
            self.sheet.addItem(label, key)
        self.sort = QComboBox()
        for key, label in SORT_LABELS.items():
            self.sort.addItem(label, key)
        self.author_edit = QLineEdit(placeholderText="your name (Mme Martin)")
        if self.settings is not None:
            self.author_edit.setText(self.settings.get("teacher_name"))
            self.author_edit.textChanged.connect(self._teacher_changed)
        self.glossary_file = QCheckBox("Also write the students' glossary file (.json)")
        self.line_numbers = QCheckBox("Line numbers")
        self.name_line = QCheckBox("Name line")
        self.show_source = QCheckBox("Source and date")
        # Two or three fields a row: the word table above keeps its height.
        form.addRow("Export", _row(self.sheet, QLabel("Layout"), self.layout_combo))
        form.addRow(
            "Paper",
            _row(self.paper, QLabel("Font"), self.font_size, QLabel("Glossary"), self.sort),
        )
        form.addRow("Title", self.title_edit)
        form.addRow("Source", self.source_edit)
        form.addRow("Teacher", _row(self.author_edit, self.glossary_file))
        form.addRow(_row(self.line_numbers, self.name_line, self.show_source))
        for combo in (self.layout_combo, self.paper, self.sort):
            combo.currentTextChanged.connect(self._options_changed)
        self.font_size.valueChanged.connect(self._options_changed)
        for edit in (self.title_edit, self.source_edit):
            edit.textChanged.connect(self._options_changed)
        for check in (self.line_numbers, self.name_line, self.show_source):
            check.toggled.connect(self._options_changed)
        return box

    def _teacher_changed(self, name: str) -> None:
        self.settings.set("teacher_name", " ".join(name.split()))

    # -- model <-> widgets ------------------------------------------------------------------

    def _load_options(self) -> None:
        o = self.handout.options
        self._filling = True
        self.level.setCurrentText(o.level)
        self.layout_combo.setCurrentText(o.layout)
        self.paper.setCurrentText(o.paper)
        self.font_size.setValue(o.font_size)
        self.title_edit.setText(o.title)
        self.source_edit.setText(o.source)
        self.line_numbers.setChecked(o.line_numbers)
        self.name_line.setChecked(o.name_line)
        self.show_source.setChecked(o.show_source)
        self.sort.setCurrentIndex(max(0, self.sort.findData(o.sort)))
        self._filling = False

    def _options_changed(self, *_args) -> None:
        if self._filling:
            return
        o = self.handout.options
        o.layout = self.layout_combo.currentText()
        o.paper = self.paper.currentText()
        o.font_size = self.font_size.value()
        o.title = self.title_edit.text().strip()
        o.source = self.source_edit.text().strip()
        o.line_numbers = self.line_numbers.isChecked()
        o.name_line = self.name_line.isChecked()
        o.show_source = self.show_source.isChecked()
        o.sort = self.sort.currentData() or "text"

    def refresh(self, select=None) -> None:
        """Show the entries in the table and highlight the glossed words in the text."""
        self._filling = True
        entries = self.handout.entries
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            word = QTableWidgetItem(f"{e.number}. {e.word}")
            word.setFlags(word.flags() & ~Qt.ItemFlag.ItemIsEditable)
            word.setToolTip(f"{e.lemma} ({e.pos_label})")
            gloss = QTableWidgetItem(e.gloss)
            if not e.gloss or e.approximate:
                gloss.setBackground(QColor("#ffd6d6"))
                gloss.setToolTip("No gloss found" if not e.gloss else "Approximate: please check")
            self.table.setItem(row, 0, word)
            self.table.setItem(row, 1, gloss)
            self.table.setItem(row, 2, QTableWidgetItem(e.gender))
            self.table.setItem(row, 3, QTableWidgetItem(e.note))
            if e is select:
                self.table.selectRow(row)
        self._filling = False
        self.count.setText(f"{len(entries)} words")
        report = self.handout.gap_report()
        self.gaps.setText("\n".join(report))
        self.gaps.setVisible(bool(report))
        self.remove_button.setEnabled(bool(entries))
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        for e in entries:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(e.start)
            cursor.setPosition(e.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        entry = self.handout.entries[item.row()]
        field = COLUMNS[item.column()].lower()
        value = item.text().strip()
        try:
            self.handout.edit(entry, **{field: value})
        except ValueError as exc:
            QMessageBox.warning(self, "Handout", f"{exc}.")
            self.refresh(select=entry)
            return
        if field == "gloss":
            item.setBackground(QColor(0, 0, 0, 0))
            report = self.handout.gap_report()
            self.gaps.setText("\n".join(report))
            self.gaps.setVisible(bool(report))

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            e = self.handout.entries[rows[0].row()]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(e.start)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    # -- intents ------------------------------------------------------------------------------

    def toggle_at(self, offset: int) -> None:
        """A click in the text: gloss the word there, or select its entry if already glossed."""
        token = self.doc.token_at(offset)
        if token is None or not token.is_word:
            return
        entry = self.handout.entry_at(token.index)
        if entry is None:
            if token.elided and token.joined_to >= 0:
                token = self.doc.tokens[token.joined_to]
            first, last = self._expressions().get(token.index, (token.index, token.index + 1))
            entry = self.handout.add(first, last, glossary=self._glossary())
        self.refresh(select=entry)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.handout.remove(self.handout.entries[row])
        self.refresh()

    def repropose(self) -> None:
        """Replace the word list with the words above the chosen level (edits are kept)."""
        kept = {e.lemma: e for e in self.handout.entries if e.edited}
        fresh = propose(
            self.doc,
            self.level.currentText(),
            glossary=self._glossary(),
            removed=self.handout.removed,
        )
        for i, e in enumerate(fresh.entries):
            old = kept.get(e.lemma)
            if old is not None and old.start == e.start:
                fresh.entries[i] = old
        self.handout.entries = fresh.entries
        self.handout.options.level = self.level.currentText()
        self.handout.renumber()
        self.refresh()

    def _expressions(self) -> dict[int, tuple[int, int]]:
        """Token -> the expression around it (a click on "reprises" glosses "à plusieurs
        reprises"); found once per editor."""
        if getattr(self, "_spans", None) is None:
            self._spans = expression_spans(self.doc, self._glossary())
        return self._spans

    def glossary_path(self, path: Path | str) -> Path:
        """Where the students' glossary file goes beside an export: NAME-glossary.json."""
        path = Path(path)
        return path.with_name(f"{path.stem}-glossary.json")

    def export(self, fmt: str, path: Path | str) -> Path:
        """Write the chosen sheet (the handout, a vocabulary sheet or a cloze exercise) as `fmt`
        (pdf, html, docx) to `path`, and the glossary file for students beside it when that box
        is ticked."""
        path = Path(path)
        embedded = ""
        if self.glossary_file.isChecked():
            from ..core.handout_glossary import handout_glossary_json, write_handout_glossary

            author = self.author_edit.text()
            write_handout_glossary(self.handout, self.glossary_path(path), author)
            embedded = handout_glossary_json(self.handout, author)  # an HTML handout carries it
        from ..printing.sheets import export_sheet

        export_sheet(self.handout, self.sheet.currentData(), fmt, path, embedded)
        return path

    def ask_export(self, fmt: str) -> None:
        stem = (self.handout.title or "handout")[:60].replace("/", "-").rstrip("…")
        if self.sheet.currentData() != "handout":
            stem += f" - {self.sheet.currentData()}"
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {fmt.upper()}", f"{stem}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if not path:
            return
        if not self.confirm_gaps():
            return
        try:
            self.export(fmt, path)
        except OSError as exc:
            QMessageBox.warning(self, "Handout", f"Could not write {path}: {exc}")

    def confirm_gaps(self) -> bool:
        """Before an export: say which words print with no gloss; True to go on."""
        missing = self.handout.missing()
        if not missing or self.sheet.currentData() == "cloze":
            return True  # a cloze prints no meanings
        words = ", ".join(e.word for e in missing[:30]) + ("…" if len(missing) > 30 else "")
        return messages.ask(
            self,
            "Handout",
            f"{len(missing)} of {len(self.handout.entries)} chosen words have no gloss and "
            f"would print without a meaning: {words}.\n\nExport anyway?",
        )

    def preview(self) -> None:
        from ..printing.preview import print_preview

        print_preview(self.handout, self)

    def save(self) -> None:
        """Save the choices with the document; edited glosses go to the user glossary."""
        if self.store is None:
            return
        from ..core.user_glossary import UserGlossary

        self._handouts().save(self.handout, UserGlossary(self.store))

    def save_and_close(self) -> None:
        self.save()
        self.accept()

    def _handouts(self):
        from ..core.handout_store import HandoutStore

        return HandoutStore(self.store)

    def _glossary(self):
        if self.glossary is None:
            from ..core.glossary import default_glossary

            self.glossary = default_glossary(self.store)
        return self.glossary


def _row(*widgets) -> QHBoxLayout:
    """Widgets side by side in one form row."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    return row
