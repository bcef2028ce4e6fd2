"""Find in the text (Ctrl+F): every match marked, Enter goes to the next."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def fold(text: str) -> str:
    """Lower case without accents, same length as `text` (so offsets still match)."""
    out = []
    for ch in text.lower():
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if len(base) == 1 else ch)
    return "".join(out).replace("\u2019", "'")


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every match of `query` in `text`, ignoring case and accents."""
    needle = fold(query.strip())
    if not needle:
        return []
    hay = fold(text)
    out, at = [], hay.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = hay.find(needle, at + len(needle))
    return out


class FindBar(QWidget):
    """A bar under the text, shown on demand."""

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit(placeholderText="Find in the text (accents optional)")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        prev_btn = QToolButton(text="↑", toolTip="Previous match (Shift+Enter)")
        next_btn = QToolButton(text="↓", toolTip="Next match (Enter)")
        close_btn = QToolButton(text="✕", toolTip="Close (Escape)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for w in (QLabel("Find:"), self.edit, prev_btn, next_btn, self.count):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(close_btn)
        self.edit.textChanged.connect(self._search)
        # Enter belongs to the field (next match), not to the window's Explain word
        self.edit.installEventFilter(self)
        prev_btn.clicked.connect(lambda: self.step(-1))
        next_btn.clicked.connect(lambda: self.step(1))
        close_btn.clicked.connect(self.close_bar)
        self.hide()

    def open(self) -> None:
        """Show the bar and focus the search field."""
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.view.set_found([])
        self.hide()
        self.view.setFocus()

    def reset(self) -> None:
        self.matches, self.current = [], -1
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.count.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """In the field, Enter/Shift+Enter go to the next/previous match and Escape closes:
        claimed before the window's shortcuts (Enter = Explain word) can take them."""
        if watched is self.edit and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key press comes to the field, not to a shortcut
                elif key == Qt.Key.Key_Escape:
                    self.close_bar()
                else:
                    back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.step(-1 if back else 1)
                return True
        return super().eventFilter(watched, event)

    def _search(self, query: str) -> None:
        self.matches = find_all(self.view.text, query)
        self.current = -1
        self.view.set_found(self.matches)
        if self.matches:
            self.step(1)
        else:
            self.count.setText("no match" if query.strip() else "")

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) match."""
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self.view.scroll_to_offset(*self.matches[self.current])
        self.count.setText(f"{self.current + 1} of {len(self.matches)}")
