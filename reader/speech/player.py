"""Sentence-by-sentence playback with QtMultimedia; emits which sentence and token are spoken.

A QObject with no widgets. Synthesis runs on a one-thread pool; the next sentence is
prepared while the current one plays. QMediaPlayer plays each clip from a temporary WAV
file; a 30 ms timer turns its position into the token being spoken.
"""

from __future__ import annotations

from collections.abc import Callable

import logging
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    Property,
    QMetaObject,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)

from ..core.document import Document
from .align import spoken_tokens, token_at_time
from .backend import DEFAULT_RATE, SpeechBackend, Voice, clamp_rate
from .jobs import Clip, ClipRequest, Relay, SynthJob, request_for_sentence

log = logging.getLogger(__name__)

TICK_MS = 30
# QMediaPlayer reports its position only every ~100 ms; between reports the highlight
# follows the wall clock, never running more than this far ahead of the last report.
MAX_EXTRAPOLATION_MS = 150
# A clip that "ends" in less than this share of its length was not heard (no sound
# device, broken backend): stop rather than race through the article in silence.
MIN_PLAYED_SHARE = 0.5


class SpeechPlayer(QObject):
    """Reads a Document aloud; the reader window highlights what the signals say."""

    sentence_started = Signal(int)  # sentence index, when its audio starts
    word_started = Signal(int)  # our token index, as it is spoken
    state_changed = Signal(str)  # "playing" | "paused" | "stopped"
    finished = Signal()  # playback ran to its natural end
    error = Signal(str)  # a one-line message for the user

    def __init__(self, backend: SpeechBackend | None = None, parent: QObject | None = None):
        super().__init__(parent)
        from .service import create_backend, status

        self.backend = backend if backend is not None else create_backend()
        state = status(self.backend)
        self._reason = state.reason
        self._media = None
        if state:
            self._reason = self._start_media()
        self._voice = self.backend.default_voice() if not self._reason else ""
        self._rate = DEFAULT_RATE
        self._doc: Document | None = None
        self._state = "stopped"
        self._current = -1
        # where "play" starts when nothing was read yet (a sentence index; the window's
        # wiring gives the sentence on screen)
        self.where_to_start: Callable[[], int] | None = None
        self._continuous = False
        self._generation = 0
        self._word_key = -1
        self._cache: dict[int, Clip] = {}
        self._pending: set[int] = set()
        self._waiting: int | None = None  # key to play as soon as it is synthesised
        self._clip: Clip | None = None  # the clip loaded in the media player
        self._restart_on_resume = False
        self._played_ms = 0.0  # wall time the current clip has been playing
        self._resumed_at = 0.0
        self._pos = (0, 0.0)  # last reported position and when it changed
        self._word = -1
        self._orphans: list[Path] = []  # files to delete once the media player moved on
        self._tmp = tempfile.TemporaryDirectory(prefix="reader-speech-")
        self._folder = Path(self._tmp.name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = Relay(self)
        self._relay.done.connect(self._on_synthesised)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.destroyed.connect(self._pool.waitForDone)

    def _start_media(self) -> str:
        """Create the QMediaPlayer; return "" or why audio playback is impossible."""
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:
            return f"Qt's multimedia module cannot load ({exc}); on Linux install libpulse0."
        self._media = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._media.setAudioOutput(self._output)
        self._media.mediaStatusChanged.connect(self._on_media_status)
        self._media.errorOccurred.connect(self._on_media_error)
        self._end_status = QMediaPlayer.MediaStatus.EndOfMedia
        return ""

    # -- properties ---------------------------------------------------------------------

    def _get_available(self) -> bool:
        return not self._reason

    available = Property(bool, _get_available)

    @property
    def unavailable_reason(self) -> str:
        """Why speech is disabled, with how to fix it ("" when available)."""
        return self._reason

    @property
    def has_audio_device(self) -> bool:
        """Whether the system reports a sound output (without one, playback is silent)."""
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return False
        return bool(QMediaDevices.audioOutputs())

    @property
    def state(self) -> str:
        return self._state

    @property
    def current_sentence(self) -> int:
        return self._current

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def voice(self) -> str:
        return self._voice

    def voices(self) -> list[Voice]:
        """The voices the backend offers, French ones first."""
        return self.backend.voices() if self.available else []

    # -- intents ------------------------------------------------------------------------

    def set_document(self, doc: Document | None) -> None:
        """Read `doc` from now on (stops what is playing)."""
        self.stop()
        self._invalidate()
        self._doc = doc
        self._current = -1

    def extend_document(self, doc: Document | None) -> None:
        """`doc` is the document read now with more of it analysed (the next part of a
        book): read on without stopping. Another document: as set_document."""
        old = self._doc
        if (
            old is not None
            and doc is not None
            and len(doc.sentences) >= len(old.sentences)
            and (doc.text is old.text or doc.text == old.text)
        ):
            self._doc = doc
        else:
            self.set_document(doc)

    @Slot(int)
    def play_sentence(self, index: int) -> None:
        """Speak sentence `index` only."""
        self._continuous = False
        self._start(index)

    @Slot(int)
    def play_from(self, index: int) -> None:
        """Speak from sentence `index` to the end of the article."""
        self._continuous = True
        self._start(index)

    @Slot()
    def toggle_pause(self) -> None:
        """Play/pause (Space): pause, resume, or start reading at the current sentence."""
        if self._state == "playing":
            self.pause()
        elif self._state == "paused":
            self.resume()
        elif self._current >= 0:
            self.play_from(self._current)
        else:  # nothing read yet: where the reader is (the wiring says), else the start
            self.play_from(self.where_to_start() if self.where_to_start is not None else 0)

    @Slot()
    def pause(self) -> None:
        if self._state != "playing":
            return
        if self._media is not None and self._clip is not None and self._waiting is None:
            self._media_call("pause")
            self._played_ms += (time.monotonic() - self._resumed_at) * 1000
        self._timer.stop()
        self._set_state("paused")

    @Slot()
    def resume(self) -> None:
        if self._state != "paused":
            return
        self._set_state("playing")
        if self._restart_on_resume or self._clip is None:
            self._restart_on_resume = False
            key = self._waiting if self._waiting is not None else self._current
            self._waiting = None
            if key is not None and key >= 0:
                self._start(key)
            return
        self._resumed_at = time.monotonic()
        self._pos = (self._media.position(), self._resumed_at)
        self._media_call("play")
        self._timer.start()

    @Slot()
    def stop(self) -> None:
        """Stop; Space then starts again at the same sentence."""
        self._waiting = None
        self._restart_on_resume = False
        self._halt_media()
        self._set_state("stopped")

    @Slot()
    def next_sentence(self) -> None:
        """Go to the next sentence and speak it (reading on if the article was playing)."""
        if self._state == "stopped":
            self._continuous = True
        target = self._spoken_from(self._current + 1, 1)
        if target is not None:
            self._start(target)

    @Slot()
    def previous_sentence(self) -> None:
        """Go to the previous sentence and speak it."""
        if self._state == "stopped":
            self._continuous = True
        target = self._spoken_from(self._current - 1, -1)
        if target is None:
            target = self._spoken_from(0, 1)
        if target is not None:
            self._start(target)

    @Slot(str)
    def speak_text(self, text: str) -> None:
        """Speak a word or phrase (from the gloss pop-up); interrupts the article."""
        if not self._check_available() or not text.strip():
            return
        self._halt_media()
        self._continuous = False
        self._word_key -= 1
        key = self._word_key
        path = self._folder / f"g{self._generation}-w{-key}.wav"
        self._waiting = key
        self._set_state("playing")
        self._submit(ClipRequest(self._generation, key, text, self._voice, self._rate, path))

    @Slot(int)
    def set_rate(self, words_per_minute: int) -> None:
        """Speak at `words_per_minute`; the current sentence is synthesised again."""
        rate = clamp_rate(words_per_minute)
        if rate != self._rate:
            self._rate = rate
            self._resynthesise()

    @Slot(str)
    def set_voice(self, voice_id: str) -> None:
        """Speak with voice `voice_id`; the current sentence is synthesised again."""
        if voice_id and voice_id != self._voice:
            self._voice = voice_id
            self._resynthesise()

    # -- internals ----------------------------------------------------------------------

    def _check_available(self) -> bool:
        if self._reason:
            self.error.emit(self._reason)
            return False
        return True

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _spoken_from(self, index: int, step: int) -> int | None:
        """The first sentence at or after (step 1) / before (step -1) `index` with words."""
        doc = self._doc
        if doc is None:
            return None
        while 0 <= index < len(doc.sentences):
            if spoken_tokens(doc, index):
                return index
            index += step
        return None

    def _media_call(self, slot: str) -> None:
        """QMediaPlayer's play/pause/stop, called without holding Python's GIL.

        The FFmpeg backend deletes its renderers in their own threads; a dying renderer calls
        disconnectNotify on a Qt object made in Python (which needs the GIL) while holding
        a Qt connection lock that stop() and play() take on this thread. Called directly, they
        would wait for that lock holding the GIL: a deadlock (stop() hung for good in 2 of 13
        runs of tests/speech/test_player.py on a loaded machine). PySide releases the GIL for
        setSource and invokeMethod, not for these."""
        QMetaObject.invokeMethod(self._media, slot, Qt.ConnectionType.DirectConnection)

    def _halt_media(self) -> None:
        self._timer.stop()
        if self._media is not None:
            self._media_call("stop")
        self._clip = None

    def _start(self, index: int) -> None:
        if not self._check_available() or self._doc is None:
            return
        target = self._spoken_from(max(index, 0), 1)
        if target is None:
            self._finish()
            return
        self._halt_media()
        self._current = target
        self._restart_on_resume = False
        self._set_state("playing")
        clip = self._cache.get(target)
        if clip is not None:
            self._play(clip)
        else:
            self._waiting = target
            self._request(target)

    def _request(self, index: int) -> None:
        if index in self._cache or index in self._pending or self._doc is None:
            return
        self._submit(
            request_for_sentence(
                self._generation, self._doc, index, self._voice, self._rate, self._folder
            )
        )

    def _submit(self, request: ClipRequest) -> None:
        self._pending.add(request.key)
        urgent = request.key == self._waiting  # heard next: ahead of prepared sentences
        self._pool.start(SynthJob(self.backend, request, self._relay), 1 if urgent else 0)

    @Slot(object, object)
    def _on_synthesised(self, request: ClipRequest, outcome: object) -> None:
        if request.generation != self._generation:
            self._discard(request.path)
            return
        self._pending.discard(request.key)
        if isinstance(outcome, Exception):
            if self._waiting == request.key:
                self.stop()
                self._fail(f"Could not read aloud: {outcome}")
            return
        if request.key >= 0:
            self._cache[request.key] = outcome
        if self._waiting == request.key:
            if self._state == "playing":
                self._play(outcome)
            elif self._state == "paused":
                self._restart_on_resume = True

    def _play(self, clip: Clip) -> None:
        self._waiting = None
        self._clip = clip
        self._word = -1
        self._played_ms = 0.0
        self._resumed_at = time.monotonic()
        self._pos = (0, self._resumed_at)
        self._media.setSource(QUrl.fromLocalFile(str(clip.request.path)))
        self._media_call("play")
        while self._orphans:
            _remove(self._orphans.pop())
        self._timer.start()
        if clip.key >= 0:
            self.sentence_started.emit(clip.key)
            self._tick()
            self._prune(clip.key)
            if self._continuous:
                following = self._spoken_from(clip.key + 1, 1)
                if following is not None:
                    self._request(following)

    def _prune(self, keep: int) -> None:
        """Forget clips far from the one playing (they are re-made on demand)."""
        for key in [k for k in self._cache if not keep - 1 <= k <= keep + 2]:
            self._discard(self._cache.pop(key).request.path)

    def _discard(self, path: Path) -> None:
        """Delete a clip's file, unless the media player may still read it (then later)."""
        if self._media is not None and self._media.source() == QUrl.fromLocalFile(str(path)):
            self._orphans.append(path)
        else:
            _remove(path)

    def _invalidate(self) -> None:
        """Drop every clip (document, voice or rate changed); late results are ignored."""
        self._generation += 1
        self._pool.clear()  # queued jobs of the old generation would only delay the new ones
        self._pending.clear()
        for clip in self._cache.values():
            self._discard(clip.request.path)
        self._cache.clear()

    def _resynthesise(self) -> None:
        self._invalidate()
        if self._state == "playing" and self._clip is not None and self._clip.key < 0:
            return  # a single word keeps its voice and rate until it ends
        if self._state == "playing":
            self._start(self._current)
        elif self._state == "paused" and self._current >= 0:
            self._halt_media()
            self._waiting = self._current
            self._restart_on_resume = True
            self._request(self._current)

    def _position_ms(self) -> float:
        """The playback position, following the wall clock between the player's reports."""
        now = time.monotonic()
        reported = self._media.position()
        if reported != self._pos[0]:
            self._pos = (reported, now)
        ahead = min((now - self._pos[1]) * 1000, MAX_EXTRAPOLATION_MS)
        return min(self._pos[0] + ahead, self._clip.duration_ms)

    @Slot()
    def _tick(self) -> None:
        clip = self._clip
        if clip is None or not clip.timeline or self._state != "playing":
            return
        token = token_at_time(clip.timeline, self._position_ms())
        if token > self._word:  # forward only: a late position report must not step back
            self._word = token
            self.word_started.emit(token)

    def _on_media_status(self, status) -> None:
        if status == self._end_status and self._clip is not None:
            # Start the next clip from the event loop, not inside the media player's signal.
            QTimer.singleShot(0, self, lambda clip=self._clip: self._clip_ended(clip))

    def _clip_ended(self, clip: Clip) -> None:
        if clip is not self._clip or self._state != "playing":
            return
        played = self._played_ms + (time.monotonic() - self._resumed_at) * 1000
        if played < MIN_PLAYED_SHARE * clip.duration_ms - 100:
            self.stop()
            self._fail(
                f"Audio ended after {played:.0f} ms of {clip.duration_ms:.0f} ms: "
                "no sound output? Reading stopped."
            )
            return
        if clip.key >= 0 and self._continuous:
            following = self._spoken_from(clip.key + 1, 1)
            if following is not None:
                self._start(following)
                return
        self._finish()

    def _on_media_error(self, _error, message: str) -> None:
        clip = self._clip
        current = clip is not None and self._media.source() == QUrl.fromLocalFile(
            str(clip.request.path)
        )
        if current and self._state != "stopped":  # errors about an earlier clip arrive late
            self.stop()
            self._fail(f"Audio playback failed: {message}")

    def _fail(self, message: str) -> None:
        log.warning("%s", message)
        self.error.emit(message)

    def _finish(self) -> None:
        self._halt_media()
        self._waiting = None
        self._set_state("stopped")
        self.finished.emit()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:  # still open by the media player (Windows); the temp folder goes later
        pass
