"""Synthesis off the GUI thread: one QRunnable per clip, results delivered as a signal."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from ..core.document import Document
from .align import TokenTime, align_sentence, sentence_text
from .backend import SpeechBackend

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClipRequest:
    """What to synthesise: sentence `key` of `doc` (key < 0: the free `text`)."""

    generation: int
    key: int
    text: str
    voice: str
    rate: int
    path: Path
    doc: Document | None = None


@dataclass
class Clip:
    """A synthesised clip ready to play: a WAV file and when each token starts."""

    request: ClipRequest
    duration_ms: float
    timeline: list[TokenTime] = field(default_factory=list)
    synth_ms: float = 0.0

    @property
    def key(self) -> int:
        return self.request.key


class Relay(QObject):
    """Lives on the GUI thread; a worker emits `done(request, Clip | Exception)` through it."""

    done = Signal(object, object)


class SynthJob(QRunnable):
    """Synthesise one clip, write its WAV and align its word marks, on a pool thread."""

    def __init__(self, backend: SpeechBackend, request: ClipRequest, relay: Relay):
        super().__init__()
        self.backend = backend
        self.request = request
        self.relay = relay

    def run(self) -> None:
        import time

        req = self.request
        t0 = time.perf_counter()
        try:
            result = self.backend.synthesize(req.text, req.voice, req.rate)
            result.save_wav(req.path)
            timeline = []
            if req.doc is not None and req.key >= 0:
                timeline = align_sentence(req.doc, req.key, result.marks, result.duration_ms)
            outcome: object = Clip(
                req, result.duration_ms, timeline, (time.perf_counter() - t0) * 1000
            )
        except Exception as exc:  # delivered to the GUI thread as an error message
            log.warning("speech synthesis failed: %s", exc)
            outcome = exc
        try:
            self.relay.done.emit(req, outcome)
        except RuntimeError:  # the player was deleted while this job ran
            pass


def request_for_sentence(
    generation: int, doc: Document, index: int, voice: str, rate: int, folder: Path
) -> ClipRequest:
    """A request for sentence `index`; its WAV goes in `folder`."""
    path = folder / f"g{generation}-s{index}-r{rate}.wav"
    return ClipRequest(generation, index, sentence_text(doc, index), voice, rate, path, doc)
