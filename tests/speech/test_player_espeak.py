"""SpeechPlayer with real espeak-ng: words highlighted in order, in real time."""

from __future__ import annotations

import time

import pytest

from reader.speech.align import spoken_tokens
from reader.speech.espeak import EspeakBackend

import PySide6.QtMultimedia  # noqa: F401  (needs libpulse0, libxrandr2: installed by tools/bootstrap.sh)

_state = EspeakBackend().available()
pytestmark = pytest.mark.skipif(not _state, reason=f"libespeak-ng unavailable: {_state.reason}")


def test_reads_a_french_sentence_word_by_word(qtbot, make_doc):
    from reader.speech.player import SpeechPlayer

    doc = make_doc("Bonjour à tous, nous commençons la lecture de l’article.")
    player = SpeechPlayer(EspeakBackend())
    player.set_rate(220)
    player.set_document(doc)
    words = []
    player.word_started.connect(words.append)
    start = time.monotonic()
    with qtbot.waitSignal(player.finished, timeout=15000):
        player.play_sentence(0)
    elapsed = time.monotonic() - start
    spoken = [t.index for t in spoken_tokens(doc, 0)]
    assert words == sorted(words) and words[0] == spoken[0]
    assert len(words) >= 0.8 * len(spoken)
    assert player.voice == "roa/fr"
    # 10 words at 220 words a minute: about 2.7 s of audio, played in real time.
    assert 1.8 < elapsed < 6
    player._pool.waitForDone()
    player.deleteLater()
