"""Short spoken clips as WAV bytes (Anki media for the word list), no Qt needed."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


def speech_audio_source(fmt: str = "opus") -> Callable[[str], bytes | None] | None:
    """Spoken clips for Anki media, encoded as `fmt` ('opus' (Ogg), 'mp3' or 'wav');
    None if it cannot speak (or `fmt` is 'none')."""
    if fmt == "none":
        return None
    try:
        from .espeak import EspeakBackend

        backend = EspeakBackend()
        availability = backend.available()
        if not availability:
            log.warning("no audio in the export: %s", getattr(availability, "reason", ""))
            return None
    except Exception as exc:  # speech is optional: the export goes on without audio
        log.warning("no audio in the export: %s", exc)
        return None

    from .encode import encode_pcm

    def speak(text: str) -> bytes | None:
        result = backend.synthesize(text)
        return encode_pcm(result.pcm, result.sample_rate, fmt)

    return speak
