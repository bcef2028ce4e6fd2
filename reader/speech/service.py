"""Choosing a speech backend, and saying why there is none."""

from __future__ import annotations

import os
import sys

from .backend import Availability, SpeechBackend

BACKEND_ENV = "FRENCH_READER_SPEECH"  # "espeak" or "pyttsx3" to force one backend

INSTALL_HINT = (
    "Read-aloud needs the free espeak-ng speech engine. Install it, then restart French Reader: "
    "Debian/Ubuntu: sudo apt install espeak-ng; Fedora: sudo dnf install espeak-ng; "
    "macOS: brew install espeak-ng; Windows: the espeak-ng .msi from "
    "https://github.com/espeak-ng/espeak-ng/releases."
)


def create_backend(name: str | None = None) -> SpeechBackend:
    """The backend to use: `name` ("espeak" or "pyttsx3"), $FRENCH_READER_SPEECH, or the best one here.

    espeak-ng comes first (it gives word timings). pyttsx3 is the fallback on Windows and
    macOS only: on Linux it drives the same libespeak as a second, unsafe client.
    """
    name = (name or os.environ.get(BACKEND_ENV, "")).strip().lower()
    if name in {"espeak", "espeak-ng"}:
        from .espeak import EspeakBackend

        return EspeakBackend()
    if name == "pyttsx3":
        from .pyttsx3_backend import Pyttsx3Backend

        return Pyttsx3Backend()
    from .espeak import EspeakBackend

    espeak = EspeakBackend()
    if espeak.available() or sys.platform.startswith("linux"):
        return espeak
    from .pyttsx3_backend import Pyttsx3Backend

    fallback = Pyttsx3Backend()
    return fallback if fallback.available() else espeak


def status(backend: SpeechBackend) -> Availability:
    """The backend's availability, with the install instructions added when it cannot speak."""
    state = backend.available()
    if state:
        return state
    return Availability(False, f"{state.reason.rstrip('.')}. {INSTALL_HINT}")
