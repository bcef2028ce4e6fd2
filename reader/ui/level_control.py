"""The learner's level: an A1..C2 slider, read as "more hints / fewer hints"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

LEVEL_NAMES = {
    "A1": "beginner",
    "A2": "elementary",
    "B1": "intermediate",
    "B2": "upper intermediate",
    "C1": "advanced",
    "C2": "proficient",
}


class LevelControl(QWidget):
    """A slider over the CEFR levels; moving it right shows fewer highlights."""

    level_changed = Signal(str)

    def __init__(self, levels: tuple[str, ...], level: str, parent=None):
        super().__init__(parent)
        self.levels = tuple(levels)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(self.levels) - 1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setFixedWidth(150)
        self.slider.setAccessibleName("Your level")
        self.value_label = QLabel(objectName="LevelValue")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(QLabel("Your level:"))
        layout.addWidget(QLabel("more hints"))
        layout.addWidget(self.slider)
        layout.addWidget(QLabel("fewer hints"))
        layout.addWidget(self.value_label)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_value(level)
        self.slider.valueChanged.connect(self._moved)

    def value(self) -> str:
        return self.levels[self.slider.value()]

    def set_value(self, level: str) -> None:
        """Move to `level` (B1 when unknown)."""
        index = self.levels.index(level) if level in self.levels else self.levels.index("B1")
        self.slider.setValue(index)
        self._label()

    def _label(self) -> None:
        level = self.value()
        self.value_label.setText(level)
        tip = f"{level}: {LEVEL_NAMES.get(level, '')}. Move right for fewer highlighted words."
        self.setToolTip(tip)

    def _moved(self, _index: int) -> None:
        self._label()
        self.level_changed.emit(self.value())
