"""A deterministic backend for tests: silent audio whose length follows the rate exactly."""

from __future__ import annotations

import re
import threading
import time

from .backend import (
    DEFAULT_RATE,
    Availability,
    SpeechBackend,
    SpeechError,
    SpeechResult,
    Voice,
    WordMark,
    clamp_rate,
)

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
SAMPLE_RATE = 8000
END_PAUSE_MS = 50.0


class FakeBackend(SpeechBackend):
    """One word every 60000/rate ms, a mark at each word; records every request."""

    name = "fake"
    gives_word_marks = True

    def __init__(
        self,
        available: bool = True,
        reason: str = "",
        delay_s: float = 0.0,
        fail_on: str | None = None,
    ):
        self._availability = Availability(
            available, "" if available else (reason or "no speech engine")
        )
        self.delay_s = delay_s  # simulated synthesis time, to test the player's waiting
        self.fail_on = fail_on  # text containing this raises SpeechError
        self.requests: list[tuple[str, str, int]] = []  # (text, voice, rate)
        self._lock = threading.Lock()

    def available(self) -> Availability:
        return self._availability

    def voices(self) -> list[Voice]:
        return (
            [Voice("fake/fr", "Fake French", "fr-fr"), Voice("fake/fr-be", "Fake Belgian", "fr-be")]
            if self._availability
            else []
        )

    def synthesize(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> SpeechResult:
        if not self._availability:
            raise SpeechError(self._availability.reason)
        voice = voice or self.default_voice()
        rate = clamp_rate(rate)
        with self._lock:
            self.requests.append((text, voice, rate))
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.fail_on and self.fail_on in text:
            raise SpeechError(f"fake failure on {self.fail_on!r}")
        per_word = 60000.0 / rate
        marks = tuple(WordMark(m.start(), i * per_word) for i, m in enumerate(_WORD.finditer(text)))
        duration = len(marks) * per_word + (END_PAUSE_MS if marks else 0.0)
        frames = int(round(duration * SAMPLE_RATE / 1000))
        return SpeechResult(text, b"\x00\x00" * frames, SAMPLE_RATE, marks, voice, rate)

    def texts(self) -> list[str]:
        """The texts requested so far, in order."""
        with self._lock:
            return [t for t, _, _ in self.requests]
