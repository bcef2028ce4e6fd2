"""Read-aloud controls: play/pause (Space), stop, previous/next sentence, rate and voice.

A thin widget over a SpeechPlayer: it sends intents and shows the player's state. With no
speech engine every control is disabled and a message says how to install one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ..speech.backend import MAX_RATE, MIN_RATE
from ..speech.player import SpeechPlayer
from .icons import SHAPES, media_icon

NO_DEVICE_MESSAGE = "No sound output found: the words are highlighted, but nothing can be heard."


class SpeechControls(QWidget):
    """A row of read-aloud controls driving `player`; put it in a toolbar or a layout."""

    def __init__(self, player: SpeechPlayer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SpeechControls")
        self.player = player
        self._icons: dict[str, QIcon] = {}
        self._playing = False
        self.play_action = self._action("Read aloud", self.player.toggle_pause, "Space", "play")
        self.stop_action = self._action("Stop reading", self.player.stop, "Shift+Space")
        self.previous_action = self._action(
            "Previous sentence", self.player.previous_sentence, "Ctrl+Left"
        )
        self.next_action = self._action("Next sentence", self.player.next_sentence, "Ctrl+Right")
        self._draw_icons()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for name, action in (
            ("previous", self.previous_action),
            ("play", self.play_action),
            ("stop", self.stop_action),
            ("next", self.next_action),
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            layout.addWidget(button)
            self.buttons[name] = button

        self.rate_box = QSpinBox(self)
        self.rate_box.setRange(MIN_RATE, MAX_RATE)
        self.rate_box.setSingleStep(10)
        self.rate_box.setSuffix(" words/min")
        self.rate_box.setToolTip("Reading speed in words per minute")
        self.rate_box.setKeyboardTracking(False)  # one change per edit, not per keystroke
        self.rate_box.setValue(self.player.rate)
        self.rate_box.valueChanged.connect(self.player.set_rate)
        layout.addWidget(self.rate_box)

        self.voice_box = QComboBox(self)
        self.voice_box.setToolTip("Voice")
        for voice in self.player.voices():
            if voice.is_french:
                self.voice_box.addItem(voice.name, voice.id)
        index = self.voice_box.findData(self.player.voice)
        self.voice_box.setCurrentIndex(max(index, 0))
        self.voice_box.currentIndexChanged.connect(self._voice_chosen)
        layout.addWidget(self.voice_box)

        self.message = QLabel(self)
        self.message.setObjectName("SpeechMessage")
        # One line that never changes the bar's height (a wrapped message made the whole
        # window jump); too long, it is cut and the tooltip has all of it.
        self.message.setWordWrap(False)
        self.message.setMinimumWidth(40)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setFixedHeight(self.message.fontMetrics().height() + 4)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message, 1)

        player.state_changed.connect(self._show_state)
        player.error.connect(self.show_message)
        if not player.available:
            self._disable(player.unavailable_reason)

    def _draw_icons(self) -> None:
        """The media icons in the palette's text colour (readable on light and dark)."""
        pal = self.palette()
        role = QPalette.ColorRole.ButtonText
        normal = pal.color(QPalette.ColorGroup.Active, role)
        disabled = pal.color(QPalette.ColorGroup.Disabled, role)
        self._icons = {s: media_icon(s, normal, disabled) for s in SHAPES}
        self.play_action.setIcon(self._icons["pause" if self._playing else "play"])
        self.stop_action.setIcon(self._icons["stop"])
        self.previous_action.setIcon(self._icons["previous"])
        self.next_action.setIcon(self._icons["next"])

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._draw_icons()  # the theme changed
        super().changeEvent(event)

    def _action(self, text: str, slot, shortcut: str, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{text} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def actions_list(self) -> list[QAction]:
        """The actions, for a menu: play/pause, stop, previous, next."""
        return [self.play_action, self.stop_action, self.previous_action, self.next_action]

    def _disable(self, reason: str) -> None:
        for action in self.actions_list:
            action.setEnabled(False)
        self.rate_box.setEnabled(False)
        self.voice_box.setEnabled(False)
        self.show_message(reason)

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Show a one-line message next to the controls (empty clears it)."""
        self.message.setText(text)
        self.message.setToolTip(text)

    @Slot(int)
    def _voice_chosen(self, index: int) -> None:
        voice = self.voice_box.itemData(index)
        if voice:
            self.player.set_voice(voice)

    @Slot(str)
    def _show_state(self, state: str) -> None:
        playing = self._playing = state == "playing"
        self.play_action.setIcon(self._icons["pause" if playing else "play"])
        self.play_action.setText("Pause" if playing else "Read aloud")
        self.play_action.setToolTip(f"{self.play_action.text()} (Space)")
        if playing:
            self.show_message("" if self.player.has_audio_device else NO_DEVICE_MESSAGE)
