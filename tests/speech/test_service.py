"""Choosing a backend, and the pyttsx3 fallback (in a child process: it drives libespeak too)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from reader.speech.backend import Availability
from reader.speech.fake import FakeBackend
from reader.speech.service import INSTALL_HINT, create_backend, status


def test_espeak_is_chosen_by_default(monkeypatch):
    monkeypatch.delenv("FRENCH_READER_SPEECH", raising=False)
    assert create_backend().name == "espeak-ng"
    assert create_backend("pyttsx3").name == "pyttsx3"


def test_status_says_how_to_install():
    state = status(
        FakeBackend(available=False, reason="the espeak-ng library (libespeak-ng) is not installed")
    )
    assert not state
    assert state.reason.startswith("the espeak-ng library (libespeak-ng) is not installed. ")
    assert state.reason.endswith(INSTALL_HINT)
    assert status(FakeBackend()) == Availability(True)


def test_pyttsx3_renders_french_to_a_file():
    import pyttsx3  # noqa: F401

    code = textwrap.dedent(
        """
        from reader.speech.pyttsx3_backend import Pyttsx3Backend
        b = Pyttsx3Backend()
        state = b.available()
        if not state:
            print("UNAVAILABLE", state.reason); raise SystemExit(0)
        voice = b.default_voice()
        r = b.synthesize("Bonjour à tous, nous commençons la lecture.", voice)
        print(voice, r.sample_rate, round(r.duration_ms))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.strip().splitlines()[-1]
    if out.startswith("UNAVAILABLE"):
        pytest.skip(f"pyttsx3 has no engine here: {out}")
    voice, sample_rate, duration = out.split()
    assert voice.lower().startswith("roa/fr")
    assert int(sample_rate) > 8000
    assert 1000 < int(duration) < 6000
