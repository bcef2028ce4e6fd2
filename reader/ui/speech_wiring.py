"""Read-aloud in the window: the player and its controls, the spoken sentence and word
highlighted in the article and kept in view."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from ..core.session import Change, ReadingSession
from .reader_view import ReaderView

log = logging.getLogger(__name__)


class SpeechWiring(QObject):
    """Owns the SpeechPlayer of one session and mirrors its progress in the view."""

    def __init__(self, session: ReadingSession, view: ReaderView, parent: QObject | None = None):
        super().__init__(parent)
        from ..speech.player import SpeechPlayer
        from .speech_controls import SpeechControls

        self.session, self.view = session, view
        self.player = SpeechPlayer(parent=self)
        self.controls = SpeechControls(self.player)
        self.read_here_action = QAction("Read aloud from &here", self)
        self.read_here_action.setShortcut("Ctrl+R")
        self.read_here_action.triggered.connect(self.read_from_focus)
        self.player.where_to_start = self._screen_sentence
        self.player.sentence_started.connect(self._sentence_started)
        self.player.word_started.connect(self._word_started)
        self.player.state_changed.connect(self._state_changed)
        session.subscribe(self._session_changed)

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
        """Read from the sentence of the keyboard's current word, or else of the first word
        on screen; a page the analysis has not reached yet is said so."""
        result, focus = self.session.result, self.view.focus_token()
        if result is None or not result.doc.sentences:
            self._say("Read aloud starts once the text is analysed (a few seconds)")
            return
        if focus is None or focus >= len(result.doc.tokens):
            focus = self.view.word_on_screen(1)
        if focus is None:
            self._say("This page is not analysed yet: it can be read aloud once it is highlighted")
            return
        self.player.play_from(result.doc.tokens[focus].sentence)

    def _screen_sentence(self) -> int:
        """The sentence of the first word on screen (0 when none is analysed yet)."""
        doc = self._doc()
        index = self.view.word_on_screen(1) if doc is not None else None
        if index is None or index >= len(doc.tokens):
            return 0
        return doc.tokens[index].sentence

    def _say(self, text: str) -> None:
        status = getattr(self.parent(), "status", None)
        if status is not None:
            status.flash(text)

    def _session_changed(self, change: Change) -> None:
        if change is Change.DOCUMENT:
            self.player.set_document(None)
        elif change is Change.RESULT:
            # a book's parts as they come (read on while the rest is analysed), then the whole
            self.player.extend_document(self.session.result.doc)

    def _doc(self):
        return self.session.result.doc if self.session.result is not None else None

    @Slot(int)
    def _sentence_started(self, index: int) -> None:
        doc = self._doc()
        if doc is None or not 0 <= index < len(doc.sentences):
            return
        s = doc.sentences[index]
        self.view.set_spoken((s.start, s.end), None)

    @Slot(int)
    def _word_started(self, index: int) -> None:
        doc = self._doc()
        if doc is None or not 0 <= index < len(doc.tokens):
            return
        tok = doc.tokens[index]
        s = doc.sentences[tok.sentence] if tok.sentence < len(doc.sentences) else None
        self.view.set_spoken((s.start, s.end) if s else None, (tok.start, tok.end))

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        if state == "stopped":
            self.view.set_spoken(None, None)
