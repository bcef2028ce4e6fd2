"""Short spoken clips as WAV bytes (Anki media for the word list), no Qt needed."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


def speech_audio_source() -> Callable[[str], bytes | None] | None:
    """WAV synthesis with the speech service for Anki media; None if it cannot speak."""
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

    def speak(text: str) -> bytes | None:
        return backend.synthesize(text).wav_bytes()

    return speak
