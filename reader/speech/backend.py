"""The speech backend interface and the values it returns."""

from __future__ import annotations

import io
import wave
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ReaderError

DEFAULT_RATE = 140  # French words per minute: unhurried, for learners
MIN_RATE = 90
MAX_RATE = 450


class SpeechError(ReaderError):
    """Synthesis failed; str(error) says why in one line."""


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether a backend can speak, and if not, why (a message for the user)."""

    ok: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice a backend offers; `id` is what synthesize() takes."""

    id: str
    name: str
    language: str  # e.g. "fr-fr", "fr-be"
    gender: str = ""  # "male", "female" or ""

    @property
    def is_french(self) -> bool:
        return self.language.lower().startswith("fr")


@dataclass(frozen=True, slots=True)
class WordMark:
    """A word the engine started speaking: text[offset:] at `time_ms` into the audio."""

    offset: int  # character (code point) offset in the synthesised text
    time_ms: float


@dataclass(frozen=True, slots=True)
class SpeechResult:
    """Synthesised audio (16-bit mono PCM) with the engine's word marks, if any."""

    text: str
    pcm: bytes
    sample_rate: int
    marks: tuple[WordMark, ...] = field(default_factory=tuple)
    voice: str = ""
    rate: int = DEFAULT_RATE

    @property
    def frames(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.frames / self.sample_rate if self.sample_rate else 0.0

    def wav_bytes(self) -> bytes:
        """The audio as a complete WAV file."""
        buf = io.BytesIO()
        write_wav(buf, self.pcm, self.sample_rate)
        return buf.getvalue()

    def save_wav(self, path: str | Path) -> Path:
        """Write the audio to `path` as WAV and return the path."""
        path = Path(path)
        with path.open("wb") as fh:
            write_wav(fh, self.pcm, self.sample_rate)
        return path


def write_wav(fh, pcm: bytes, sample_rate: int) -> None:
    """Write 16-bit mono PCM to a binary file object as WAV."""
    with wave.open(fh, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm)


def read_wav(path: str | Path) -> tuple[bytes, int]:
    """Read a WAV file as 16-bit mono PCM (stereo is mixed down) and its sample rate."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            data = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise SpeechError(f"the speech engine wrote audio that is not a WAV file ({exc})") from exc
    if width != 2:
        raise SpeechError(f"the speech engine wrote {8 * width}-bit audio; 16-bit was expected")
    if channels > 1:
        import array

        samples = array.array("h", data)
        mono = array.array(
            "h",
            (sum(samples[i : i + channels]) // channels for i in range(0, len(samples), channels)),
        )
        data = mono.tobytes()
    return data, rate


class SpeechBackend(ABC):
    """Turns text into audio. Implementations must be safe to call from a worker thread."""

    name: str = "backend"
    gives_word_marks: bool = False  # True when marks carry real audio times

    @abstractmethod
    def available(self) -> Availability:
        """Whether this backend can speak here (cheap after the first call)."""

    @abstractmethod
    def voices(self) -> list[Voice]:
        """The voices offered, French ones first."""

    def default_voice(self) -> str:
        """The id of the voice used when none is chosen: the first French one."""
        voices = self.voices()
        french = [v for v in voices if v.is_french]
        return (french or voices)[0].id if (french or voices) else ""

    @abstractmethod
    def synthesize(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> SpeechResult:
        """Render `text` with `voice` (None: the default) at `rate` words per minute."""


def clamp_rate(rate: int) -> int:
    """A rate within what the engines accept."""
    return max(MIN_RATE, min(MAX_RATE, int(rate)))


def french_first(voices: list[Voice]) -> list[Voice]:
    """Voices with French ones first (France before Belgium, Switzerland, Canada)."""

    def key(v: Voice):
        lang = v.language.lower()
        return (not v.is_french, lang != "fr-fr" and lang != "fr", lang, v.name)

    return sorted(voices, key=key)
