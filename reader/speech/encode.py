"""Compact audio: 16-bit mono PCM or WAV bytes to Ogg Opus or MP3 (soundfile/libsndfile).

Speech from espeak-ng is 22,050 Hz mono PCM, about 44 kB a second as WAV. Learners sync
their Anki decks to phones, so cards and `speak` files are encoded: Opus at 16 kHz mono and a
low bit rate (~24 kbit/s, clear for speech) or MP3 at 16 kHz for players without Opus.
No Qt here.
"""

from __future__ import annotations

import io
import wave

from ..core.errors import ReaderError

# name -> (file extension, soundfile format, subtype, sample rate, compression level 0..1)
FORMATS: dict[str, tuple[str, str, str, int, float]] = {
    "opus": (".ogg", "OGG", "OPUS", 16_000, 0.96),
    "mp3": (".mp3", "MP3", "MPEG_LAYER_III", 16_000, 0.99),
    "wav": (".wav", "WAV", "PCM_16", 0, 0.0),
}
EXTENSIONS = {".ogg": "opus", ".opus": "opus", ".mp3": "mp3", ".wav": "wav"}


def format_for_path(name: str) -> str:
    """The audio format a file name asks for by its extension (ReaderError when unknown)."""
    for ext, fmt in EXTENSIONS.items():
        if name.lower().endswith(ext):
            return fmt
    raise ReaderError(f"{name}: say .ogg (Opus), .mp3 or .wav")


def extension(fmt: str) -> str:
    """The file extension for an audio format name ('opus' -> '.ogg')."""
    return FORMATS[fmt][0]


def wav_to_pcm(data: bytes) -> tuple[bytes, int]:
    """(16-bit mono PCM, sample rate) from WAV bytes."""
    with wave.open(io.BytesIO(data), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise ReaderError("speech audio must be 16-bit mono")
        return w.readframes(w.getnframes()), w.getframerate()


def resample(pcm: bytes, rate: int, target: int):
    """16-bit PCM at `rate` -> float32 samples (-1..1) at `target`, low-passed first."""
    import numpy as np

    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    if not target or target == rate or x.size == 0:
        return x
    if target < rate:  # windowed-sinc low pass below the new Nyquist frequency
        cutoff = 0.45 * target / rate
        n = np.arange(-32, 33)
        taps = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(n.size)
        x = np.convolve(x, (taps / taps.sum()).astype(np.float32), mode="same")
    count = int(round(x.size * target / rate))
    positions = np.arange(count, dtype=np.float64) * (rate / target)
    return np.interp(positions, np.arange(x.size), x).astype(np.float32)


def encode_pcm(pcm: bytes, sample_rate: int, fmt: str) -> bytes:
    """Encode 16-bit mono PCM as `fmt` ('opus', 'mp3' or 'wav') and return the file's bytes."""
    if fmt not in FORMATS:
        raise ReaderError(f"unknown audio format {fmt!r}: say opus, mp3 or wav")
    _ext, container, subtype, target, level = FORMATS[fmt]
    if fmt == "wav":
        from .backend import write_wav

        buf = io.BytesIO()
        write_wav(buf, pcm, sample_rate)
        return buf.getvalue()
    try:
        import soundfile
    except ImportError as exc:  # declared in pyproject.toml; say so plainly if it is missing
        raise ReaderError(
            "compact audio needs the soundfile package (pip install soundfile); "
            "choose WAV meanwhile"
        ) from exc
    samples = resample(pcm, sample_rate, target)
    buf = io.BytesIO()
    buf.name = "audio" + _ext  # soundfile wants a name or an explicit format
    try:
        soundfile.write(
            buf, samples, target, format=container, subtype=subtype, compression_level=level
        )
    except (RuntimeError, TypeError, ValueError) as exc:
        raise ReaderError(f"could not encode the audio as {fmt}: {exc}") from exc
    return buf.getvalue()


def encode_wav(data: bytes, fmt: str) -> bytes:
    """WAV bytes re-encoded as `fmt`."""
    if fmt == "wav":
        return data
    pcm, rate = wav_to_pcm(data)
    return encode_pcm(pcm, rate, fmt)
