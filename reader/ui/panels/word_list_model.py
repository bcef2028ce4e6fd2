"""The article panel's word list as a table model: rows are plain tuples, meanings are
looked up only for the rows the view paints (a book has thousands of difficult words)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection
from functools import lru_cache
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..find_bar import fold

COLUMNS = ("Word", "Times", "Level", "Meaning")
CEFR_ORDER = {lvl: i for i, lvl in enumerate(("A1", "A2", "B1", "B2", "C1", "C2"))}
FIRST_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's first token index
WIDEST = 3  # rows measured per column to fit its width
# The roles `data` answers, read once: the view asks ~7 roles of every cell it draws (1,400
# calls a paint of the list), and `Qt.ItemDataRole.X` costs ~0.5 us a look-up.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, FIRST_ROLE))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The sort keys' folded lemmas, kept: each part of a book brings back the thousands of
# lemmas of the parts before, and folding them all again (~9 us each) held the GUI thread
# ~13 ms per 1,400 rows at every part.
_folded = lru_cache(maxsize=1 << 16)(fold)


class WordListModel(QAbstractTableModel):
    """Rows (lemma, first token, count, CEFR); the meaning comes from `meaning(first)`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, str]] = []
        self._meaning: Callable[[int], str] = lambda _first: ""
        self._meanings: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._widest: dict[int, list[int]] = {}  # widest_rows by column, for these rows
        self._row_of: dict[int, int] | None = None  # a row's first token -> its row, once asked

    def set_rows(
        self,
        rows: list[tuple[str, int, int, str]],
        meaning: Callable[[int], str] | None,
        sorted_by: tuple | None = None,
        widest: dict[int, list[int]] | None = None,
    ) -> None:
        """Replace the rows (kept in the current sort order); meanings are looked up lazily.
        `sorted_by`: the sort (`sort_spec()`) `rows` are in already (`sorted_rows`, made in
        a worker): not sorted again when it is the current one; `widest`: then also their
        `widest_rows` by column (`widest_of`, made in the worker too)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = None
        self._meaning = meaning or (lambda _first: "")
        self._meanings = {}
        self._widest = {}
        if sorted_by is None or sorted_by != self._sort:
            self._sort_rows()
        elif widest is not None:
            self._widest = dict(widest)
        self.endResetModel()

    def sort_spec(self) -> tuple[int, Qt.SortOrder]:
        """The current sort: (column, order)."""
        return self._sort

    def row_at(self, row: int) -> tuple[str, int, int, str]:
        return self._rows[row]

    def widest_rows(self, column: int, n: int = WIDEST) -> list[int]:
        """The `n` rows with the longest text in `column` (Word, Times or Level)."""
        if n == WIDEST and column in self._widest:
            return self._widest[column]
        return widest_rows(self._rows, column, n)

    def meaning(self, row: int) -> str:
        """The meaning shown on `row` (looked up once)."""
        first = self._rows[row][1]
        if first not in self._meanings:
            self._meanings[first] = self._meaning(first) or ""
        return self._meanings[first]

    def refresh_meanings(self, firsts: Collection[int] | None = None) -> None:
        """Ask `meaning` again for what is shown (meanings filled in after the rows were set;
        sorted by meaning, the rows are sorted again). With `firsts`, only the rows of
        these tokens changed: only their cells are drawn again (a book's part redrew the
        whole list for the dozen new meanings on screen, ~13 ms of the GUI thread)."""
        if firsts is None or self._sort[0] == 3:
            self._meanings = {}
            if self._sort[0] == 3:
                self.sort(*self._sort)
            elif self._rows:
                self.dataChanged.emit(self.index(0, 3), self.index(len(self._rows) - 1, 3))
            return
        shown = [first for first in firsts if first in self._meanings]  # asked by the view
        if not shown:
            return
        if self._row_of is None:
            self._row_of = {row[1]: r for r, row in enumerate(self._rows)}
        for first in shown:
            del self._meanings[first]
            r = self._row_of.get(first)
            if r is not None:
                cell = self.index(r, 3)
                self.dataChanged.emit(cell, cell)

    def looked_up(self) -> int:
        """How many meanings were looked up since the rows were set."""
        return len(self._meanings)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role=_DISPLAY):
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            if column == 3:
                return self.meaning(row)
            lemma, _first, count, cefr = self._rows[row]
            return (lemma, str(count), cefr)[column]
        if role == _ALIGNMENT:
            return _RIGHT if column == 1 else None
        if role == _TOOLTIP:
            return self.meaning(row) if column == 3 else "Click a word to see it in the text"
        return self._rows[row][1]  # FIRST_ROLE

    def multiData(self, index: QModelIndex, span) -> None:  # noqa: N802 (Qt override)
        """The roles a view draws a cell with, in one call (not one call a role). Every
        role is set: a delegate reuses its span from cell to cell."""
        for item in span:
            role = item.role()
            value = self.data(index, role) if role in _ANSWERED else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        self._widest = {}
        self._row_of = None
        column, order = self._sort
        if column == 3:  # sorting by meaning needs every meaning: looked up once, here
            for row in range(len(self._rows)):
                self.meaning(row)
            key = lambda r: (self._meanings[r[1]].lower(), _folded(r[0]))  # noqa: E731
        else:
            key = _KEYS.get(column, _KEYS[0])
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


# The sort keys of the columns but Meaning (which needs the meanings looked up).
_KEYS = {
    0: lambda r: (_folded(r[0]), r[0]),
    1: lambda r: (r[2], _folded(r[0])),
    2: lambda r: (CEFR_ORDER.get(r[3], 9), _folded(r[0])),
}
SORT_PIECE = 2_000  # rows sorted per C call off the GUI thread (then merged in Python)


def widest_rows(rows: list[tuple[str, int, int, str]], column: int, n: int = WIDEST) -> list[int]:
    """The `n` rows of `rows` with the longest text in `column` (Word, Times or Level). No
    Qt call: a worker finds them for a book's rows (`widest_of`); ~9 ms of the GUI thread at
    each part for 10-20k rows."""
    if column not in (0, 1, 2) or not rows:
        return []
    at = (0, 2, 3)[column]
    # Lengths taken in C (map, no Python call per row) and the n largest picked in one
    # pass (was a full sort each).
    cells = map(itemgetter(at), rows)
    size = list(map(len, cells if column != 1 else map(str, cells)))
    return heapq.nlargest(n, range(len(size)), key=size.__getitem__)


def widest_of(rows: list[tuple[str, int, int, str]]) -> dict[int, list[int]]:
    """`widest_rows` of every measured column, as WordListModel.set_rows takes them."""
    return {column: widest_rows(rows, column) for column in (0, 1, 2)}


def sorted_rows(
    rows: list[tuple[str, int, int, str]], sort: tuple[int, Qt.SortOrder]
) -> list[tuple[str, int, int, str]] | None:
    """`rows` in the order WordListModel shows them under `sort` (its `sort_spec()`), for a
    worker to sort a book's rows before they reach the window (a book's 10-20k rows took
    20-50 ms of the GUI thread at each part); None for the Meaning column. No Qt call. The
    rows are sorted a piece at a time and merged (a generator, stable like one sort): no
    single C call holds the GIL long next to the window."""
    column, order = sort
    key = _KEYS.get(column)
    if key is None:
        return None
    reverse = order == Qt.SortOrder.DescendingOrder
    pieces = [
        sorted(rows[i : i + SORT_PIECE], key=key, reverse=reverse)
        for i in range(0, len(rows), SORT_PIECE)
    ]
    if len(pieces) <= 1:
        return pieces[0] if pieces else []
    return list(heapq.merge(*pieces, key=key, reverse=reverse))
