"""The side panel: this article's figures for the learner and its difficult words
(a table model: a book's thousands of words cost nothing until they are on screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .word_list_model import COLUMNS, FIRST_ROLE, WordListModel


class ArticlePanel(QWidget):
    """Figures (words, distinct words, known coverage, level of the text) and word list."""

    token_activated = Signal(int)  # jump to this token (first occurrence)
    finish_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ArticlePanel")
        self.setMinimumWidth(200)  # 30% of an 800-pixel window is 240
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for i, (key, name) in enumerate(
            (
                ("words", "words"),
                ("lemmas", "different words"),
                ("coverage", "you probably know"),
                ("level", "level of the text"),
            )
        ):
            value = QLabel("–", objectName="FigureValue")
            label = QLabel(name, objectName="FigureName", wordWrap=True)
            grid.addWidget(value, (i // 2) * 2, i % 2)
            grid.addWidget(label, (i // 2) * 2 + 1, i % 2)
            self.figures[key] = value
        self.advice = QLabel(wordWrap=True, objectName="FigureName")
        self.estimate = QLabel(wordWrap=True, objectName="FigureName")
        self.estimate.hide()
        self.title = QLabel("Words to look at", objectName="PanelTitle")
        self.model = WordListModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(True)
        # Widths set by _fit_columns from the widest entries, not ResizeToContents: that
        # asked the model ~8 roles of 100 rows, 3 columns, 3 times at every part of a book
        # (~8,000 calls into Python on the GUI thread, each waiting for the GIL next to the
        # analysis).
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.setToolTip("Click a word to see it in the text")
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.finish_button = QPushButton("Finished reading")
        self.finish_button.setToolTip(
            "Finished reading: every word of this article you have not marked otherwise "
            "becomes known"
        )
        self.finish_button.clicked.connect(self.finish_requested)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finish_button, 1)
        buttons.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.advice)
        layout.addWidget(self.estimate)
        layout.addSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_waiting()

    def set_theme(self, theme) -> None:
        """Colours come from the application palette; nothing to keep here."""
        self.update()

    def show_waiting(self, text: str = "Analysing the text…") -> None:
        for label in self.figures.values():
            label.setText("–")
        self.advice.setText(text)
        self.model.set_rows([], None)
        self.finish_button.setEnabled(False)

    def set_figures(self, stats, learner_level: str) -> None:
        """Show the article's figures for this learner (an ArticleStats)."""
        self.figures["words"].setText(f"{stats.words:,}")
        self.figures["lemmas"].setText(f"{stats.distinct_lemmas:,}")
        self.figures["coverage"].setText(f"{stats.known_coverage:.0%}")
        level = stats.level_95 or "above C2"
        self.figures["level"].setText(level)
        coverage = stats.known_coverage
        if coverage >= 0.98:
            advice = "You can read this comfortably at your level."
        elif coverage >= 0.95:
            advice = "A good read for you: a few new words, highlighted."
        else:
            advice = "A challenging text at your level: use the highlights and the word list."
        self.advice.setText(
            f"{advice} Readers know 95% of its words from level {level}"
            + (f", 98% from {stats.level_98}." if stats.level_98 else ".")
        )
        self.finish_button.setEnabled(True)

    def set_estimate(self, size: int | None, evidence: int = 0) -> None:
        """Show the vocabulary size estimated from the learner's words (None hides it)."""
        self.estimate.setVisible(size is not None)
        if size is not None:
            self.estimate.setText(
                f"Highlights use your vocabulary estimated from your words: ~{size:,} words"
                f" ({evidence:,} words marked or looked up)."
            )

    def set_unavailable(self, reason: str) -> None:
        self.show_waiting(reason)

    def set_words(
        self,
        rows: list[tuple[str, int, int, str]],
        meaning: Callable[[int], str] | None = None,
        sorted_by: tuple | None = None,
        widest: dict[int, list[int]] | None = None,
    ) -> None:
        """rows: (lemma, first token index, count, CEFR); `meaning(first)` is called only
        for the rows shown (or all of them when sorted by meaning). `sorted_by`: the sort
        the rows come in (word_list_model.sorted_rows), not made again if it is the list's;
        `widest`: their widest rows by column (word_list_model.widest_of)."""
        self.model.set_rows(rows, meaning, sorted_by, widest)
        self._fit_columns()
        self.title.setText(f"Words to look at ({len(rows):,})" if rows else "No difficult words")

    def _fit_columns(self) -> None:
        """Each column but the last as wide as its widest entry (the longest texts, sized
        by the view as it draws them) or its title."""
        header = self.tree.header()
        for column in range(len(COLUMNS) - 1):
            width = header.sectionSizeHint(column)
            for row in self.model.widest_rows(column):
                hint = self.tree.sizeHintForIndex(self.model.index(row, column))
                width = max(width, hint.width())
            header.resizeSection(column, width)

    def rows(self) -> list[tuple[str, int]]:
        """(lemma, first token index) in the order shown."""
        return [self.model.row_at(i)[:2] for i in range(self.model.rowCount())]

    def meaning_shown(self, row: int) -> str:
        """The Meaning column's text on `row` (as the view draws it)."""
        return self.model.data(self.model.index(row, 3))

    def set_undo_enabled(self, enabled: bool, text: str = "Undo") -> None:
        self.undo_button.setEnabled(enabled)
        self.undo_button.setToolTip(text)

    def _activated(self, index: QModelIndex) -> None:
        first = index.data(FIRST_ROLE) if index.isValid() else None
        if first is not None:
            self.token_activated.emit(int(first))
