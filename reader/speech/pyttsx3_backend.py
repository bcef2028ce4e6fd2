"""A backend on pyttsx3 (SAPI5 on Windows, NSSpeech on macOS): render to a WAV file, never play.

pyttsx3's own playback loop is unreliable (see ../shared/notes/speech.md): it may return
before any sound, block the caller, or race through text with no audio device. Here it only
ever renders to a file, on one dedicated thread (SAPI5 objects belong to their thread), with a
timeout. It gives no timed word marks. On Linux its espeak driver wraps the same library as
EspeakBackend and must not share a process with it, so the service never picks it there.
"""

from __future__ import annotations

import concurrent.futures
import tempfile
from pathlib import Path

from .backend import (
    DEFAULT_RATE,
    Availability,
    SpeechBackend,
    SpeechError,
    SpeechResult,
    Voice,
    clamp_rate,
    french_first,
    read_wav,
)

TIMEOUT_S = 30.0


class Pyttsx3Backend(SpeechBackend):
    """Speaks through pyttsx3 by rendering each text to a temporary WAV file."""

    name = "pyttsx3"
    gives_word_marks = False

    def __init__(self, driver: str | None = None) -> None:
        self._driver = driver
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pyttsx3")
        self._engine = None
        self._error: str | None = None
        self._voices: list[Voice] = []

    def _call(self, fn, *args, timeout: float = TIMEOUT_S):
        future = self._pool.submit(fn, *args)
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError as exc:
            raise SpeechError(f"pyttsx3 did not answer within {timeout:.0f} s") from exc

    def _start(self) -> str:
        """Create the engine on the worker thread; return "" or why it cannot speak."""
        if self._error is None:
            try:
                self._error = self._call(self._init_engine)
            except SpeechError as exc:
                self._error = str(exc)
        return self._error

    def _init_engine(self) -> str:
        try:
            import pyttsx3
        except ImportError:
            return "pyttsx3 is not installed"
        try:
            self._engine = pyttsx3.init(self._driver) if self._driver else pyttsx3.init()
            self._voices = french_first([_voice(v) for v in self._engine.getProperty("voices")])
        except Exception as exc:  # pyttsx3 raises bare RuntimeError/OSError/COM errors
            return f"pyttsx3 could not start a speech engine: {exc}"
        return ""

    def available(self) -> Availability:
        error = self._start()
        if error:
            return Availability(False, error)
        if not any(v.is_french for v in self._voices):
            return Availability(False, "the system speech engine has no French voice installed")
        return Availability(True)

    def voices(self) -> list[Voice]:
        return [] if self._start() else list(self._voices)

    def synthesize(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> SpeechResult:
        error = self._start()
        if error:
            raise SpeechError(error)
        voice = voice or self.default_voice()
        rate = clamp_rate(rate)
        if not text.strip():
            return SpeechResult(text, b"", 22050, (), voice, rate)
        timeout = TIMEOUT_S + len(text) / 10
        pcm, sample_rate = self._call(self._render, text, voice, rate, timeout=timeout)
        return SpeechResult(text, pcm, sample_rate, (), voice, rate)

    def _render(self, text: str, voice: str, rate: int) -> tuple[bytes, int]:
        engine = self._engine
        with tempfile.TemporaryDirectory(prefix="reader-tts-") as tmp:
            path = Path(tmp) / "speech.wav"
            engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.save_to_file(text, str(path))
            engine.runAndWait()
            _wait_written(path)
            if not path.is_file() or path.stat().st_size == 0:
                raise SpeechError("pyttsx3 wrote no audio")
            return read_wav(path)


def _wait_written(path: Path, timeout_s: float = 10.0, still_s: float = 0.1) -> None:
    """Wait until the WAV file's size has stopped changing: on Linux, pyttsx3's espeak
    driver returns from runAndWait while its callback is still writing the file (a busy
    machine showed it: a short file, then the callback failing on the removed folder)."""
    import time

    deadline = time.monotonic() + timeout_s
    last = -1
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.is_file() else -1
        if size > 0 and size == last:
            return
        last = size
        time.sleep(still_s)


def _voice(v) -> Voice:
    langs = [
        lang.decode(errors="replace") if isinstance(lang, bytes) else str(lang)
        for lang in (v.languages or [])
    ]
    language = langs[0].lstrip("\x05").lower().replace("_", "-") if langs else ""
    if not language and "french" in (v.name or "").lower():
        language = "fr"
    gender = (v.gender or "").lower()
    return Voice(
        id=str(v.id),
        name=str(v.name or v.id),
        language=language,
        gender=gender if gender in {"male", "female"} else "",
    )
