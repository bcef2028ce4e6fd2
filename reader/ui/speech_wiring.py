"""Read-aloud in the window: the speech controls in a toolbar, the spoken sentence and
word highlighted in the article and kept in view."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

log = logging.getLogger(__name__)


class SpeechWiring(QObject):
    """Owns the SpeechPlayer of one window and mirrors its progress in the view."""

    def __init__(self, window, controls_mod):
        super().__init__(window)
        from ..speech.player import SpeechPlayer

        self.w = window
        self.player = SpeechPlayer(parent=self)
        self.controls = controls_mod.SpeechControls(self.player)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        bar = QToolBar("Read aloud", window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        bar.setObjectName("SpeechToolbar")
        bar.setMovable(False)
        bar.addWidget(self.controls)
        self.toolbar = bar
        self.read_here_action = QAction("Read aloud from &here", window)
        self.read_here_action.setShortcut("Ctrl+R")
        self.read_here_action.triggered.connect(self.read_from_focus)
        window.addAction(self.read_here_action)
        self.player.sentence_started.connect(self._sentence_started)
        self.player.word_started.connect(self._word_started)
        self.player.state_changed.connect(self._state_changed)
        window.document_shown.connect(lambda: self.player.set_document(None))
        window.analysis_finished.connect(self._document_ready)

    @property
    def available(self) -> bool:
        return bool(self.player.available)

    def menu_actions(self) -> list[QAction]:
        return [self.read_here_action, *self.controls.actions_list]

    def speak_text(self, text: str) -> None:
        self.player.speak_text(text)

    def stop(self) -> None:
        self.player.stop()

    def read_from_focus(self) -> None:
        """Read from the sentence of the keyboard's current word (or the start)."""
        result, focus = self.w.result, self.w.view.focus_token()
        if result is None or not result.doc.sentences:
            return
        sentence = result.doc.tokens[focus].sentence if focus is not None else 0
        self.player.play_from(sentence)

    @Slot()
    def _document_ready(self) -> None:
        self.player.set_document(self.w.result.doc if self.w.result else None)

    @Slot(int)
    def _sentence_started(self, index: int) -> None:
        doc = self.w.result.doc if self.w.result else None
        if doc is None or not 0 <= index < len(doc.sentences):
            return
        s = doc.sentences[index]
        self.w.view.set_spoken((s.start, s.end), None)

    @Slot(int)
    def _word_started(self, index: int) -> None:
        doc = self.w.result.doc if self.w.result else None
        if doc is None or not 0 <= index < len(doc.tokens):
            return
        tok = doc.tokens[index]
        s = doc.sentences[tok.sentence] if tok.sentence < len(doc.sentences) else None
        self.w.view.set_spoken((s.start, s.end) if s else None, (tok.start, tok.end))

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        if state == "stopped":
            self.w.view.set_spoken(None, None)


def attach_speech(window, controls_mod) -> SpeechWiring:
    """Add read-aloud to `window` (the caller feature-detects the speech controls)."""
    return SpeechWiring(window, controls_mod)
