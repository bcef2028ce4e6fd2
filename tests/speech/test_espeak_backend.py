"""The libespeak-ng backend, for real: French voice, audio length, word marks on our tokens."""

from __future__ import annotations

import shutil
import subprocess
import wave

import pytest

from reader.speech import espeak
from reader.speech.align import align_sentence, sentence_text, spoken_tokens
from reader.speech.backend import SpeechError
from reader.speech.service import status

backend = espeak.EspeakBackend()
_state = backend.available()
needs_espeak = pytest.mark.skipif(not _state, reason=f"libespeak-ng unavailable: {_state.reason}")

SENTENCE = "Le ministre a déclaré ce vendredi que la réunion aurait lieu à Genève."


@needs_espeak
def test_default_voice_is_french():
    voices = backend.voices()
    assert backend.default_voice() == "roa/fr"
    assert voices[0].is_french and voices[0].language == "fr-fr"
    assert {"roa/fr-BE", "roa/fr-CH"} <= {v.id for v in voices}
    assert not any(v.id.startswith("mb/") for v in voices), (
        "MBROLA voices need software we do not ship"
    )


@needs_espeak
@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="the espeak-ng command is not installed")
def test_audio_is_what_espeak_ng_says_in_french(tmp_path):
    result = backend.synthesize(SENTENCE, rate=175)
    engine_rate = round(175 / espeak.FRENCH_WORDS_PER_ESPEAK_WORD)
    ref = tmp_path / "ref.wav"
    subprocess.run(
        ["espeak-ng", "-v", "roa/fr", "-s", str(engine_rate), "-w", str(ref), SENTENCE], check=True
    )
    with wave.open(str(ref)) as w:
        assert w.getframerate() == result.sample_rate
        ref_pcm = w.readframes(w.getnframes())
    # Same voice, same length, the same loudness contour (sample values vary a little
    # with the engine's state between calls); English of the same text does not match.
    assert abs(len(ref_pcm) - len(result.pcm)) <= 0.01 * len(ref_pcm)
    assert _envelope_similarity(ref_pcm, result.pcm) > 0.9
    english = backend.synthesize(SENTENCE, voice="gmw/en", rate=175)
    assert _envelope_similarity(english.pcm, result.pcm) < 0.6


def _envelope_similarity(a: bytes, b: bytes, frame: int = 441) -> float:
    """Correlation of two 16-bit mono signals' loudness per 20 ms frame."""
    import array

    def envelope(pcm: bytes) -> list[float]:
        x = array.array("h", pcm)
        return [
            (sum(v * v for v in x[i : i + frame]) / frame) ** 0.5
            for i in range(0, len(x) - frame, frame)
        ]

    ea, eb = envelope(a), envelope(b)
    n = min(len(ea), len(eb))
    ea, eb = ea[:n], eb[:n]
    ma, mb = sum(ea) / n, sum(eb) / n
    num = sum((x - ma) * (y - mb) for x, y in zip(ea, eb, strict=True))
    da = sum((x - ma) ** 2 for x in ea) ** 0.5
    db = sum((y - mb) ** 2 for y in eb) ** 0.5
    return num / (da * db) if da and db else 0.0


@needs_espeak
def test_duration_follows_the_rate():
    words = len(SENTENCE.split())
    slow = backend.synthesize(SENTENCE, rate=100)
    fast = backend.synthesize(SENTENCE, rate=200)
    expected_slow_ms = words / 100 * 60000
    assert 0.7 * expected_slow_ms < slow.duration_ms < 1.4 * expected_slow_ms
    assert 0.4 < fast.duration_ms / slow.duration_ms < 0.6
    assert slow.sample_rate == 22050 and len(slow.pcm) == 2 * slow.frames
    peak = max(
        abs(int.from_bytes(slow.pcm[i : i + 2], "little", signed=True))
        for i in range(0, len(slow.pcm), 2)
    )
    assert peak > 3000, "the audio is silent"


@needs_espeak
def test_marks_are_in_time_and_text_order():
    result = backend.synthesize(SENTENCE)
    offsets = [m.offset for m in result.marks]
    times = [m.time_ms for m in result.marks]
    assert len(result.marks) == len(SENTENCE.rstrip(".").split())
    assert offsets == sorted(offsets) and times == sorted(times)
    assert [SENTENCE[o:].split()[0] for o in offsets[:3]] == ["Le", "ministre", "a"]
    assert 0 < times[-1] < result.duration_ms


@needs_espeak
def test_unknown_voice_is_a_clear_error():
    with pytest.raises(SpeechError, match="no voice"):
        backend.synthesize("Bonjour.", voice="xx/none")


@needs_espeak
@pytest.mark.slow
def test_marks_map_onto_our_tokens(analyzer):
    doc = analyzer.analyze(
        "Aujourd’hui le secrétaire d’État a parlé de l’arc-en-ciel en 2021, à 14 h 30."
    )
    tokens = [t for s in range(len(doc.sentences)) for t in spoken_tokens(doc, s)]
    by_text = {t.text: t for t in tokens}
    timeline = {}
    for s in range(len(doc.sentences)):
        result = backend.synthesize(sentence_text(doc, s))
        times = align_sentence(doc, s, result.marks, result.duration_ms)
        assert [tt.token for tt in times] == [t.index for t in spoken_tokens(doc, s)]
        assert [tt.time_ms for tt in times] == sorted(tt.time_ms for tt in times)
        assert all(0 <= tt.time_ms < result.duration_ms for tt in times)
        own = {doc.sentences[s].start + m.offset: m.time_ms for m in result.marks}
        for tt in times:
            tok = doc.tokens[tt.token]
            if tok.start in own and tok.text not in {"État", "2021"}:
                assert tt.time_ms == own[tok.start], tok.text
        timeline.update({doc.tokens[tt.token].text: tt.time_ms for tt in times})
    # espeak says "d'État" as one word: État is placed after d' and before the next word.
    assert timeline["d’"] < timeline["État"] < timeline["a"]
    # "2021" is read as four words by espeak but highlighted once, before "à".
    assert timeline["en"] < timeline["2021"] < timeline["à"]
    assert "arc-en-ciel" in by_text and timeline["l’"] < timeline["arc-en-ciel"] < timeline["en"]


@needs_espeak
@pytest.mark.slow
def test_every_spoken_token_of_the_sample_gets_a_time(sample_doc):
    direct = total = 0
    for s in sample_doc.sentences[:8]:
        result = backend.synthesize(sentence_text(sample_doc, s.index))
        times = align_sentence(sample_doc, s.index, result.marks, result.duration_ms)
        spoken = spoken_tokens(sample_doc, s.index)
        assert len(times) == len(spoken)
        assert [t.time_ms for t in times] == sorted(t.time_ms for t in times)
        starts = {s.start + m.offset for m in result.marks}
        direct += sum(t.start in starts for t in spoken)
        total += len(spoken)
    assert direct / total > 0.8, f"only {direct}/{total} tokens matched an espeak word directly"


def test_missing_library_is_reported_with_install_help(monkeypatch):
    monkeypatch.setattr(espeak, "_engine", espeak._Engine())
    monkeypatch.setattr(espeak, "library_candidates", lambda: ["/nonexistent/libespeak-ng.so.1"])
    missing = espeak.EspeakBackend()
    state = missing.available()
    assert not state and "not installed" in state.reason
    assert "apt install espeak-ng" in status(missing).reason
    assert missing.voices() == []
    with pytest.raises(SpeechError, match="not installed"):
        missing.synthesize("Bonjour.")


@needs_espeak
def test_pronunciation_and_speech_share_one_library_and_both_keep_working():
    from reader.core import espeak_lib
    from reader.core.espeak_ipa import espeak_ipa

    first = backend.synthesize(SENTENCE)
    ipa = espeak_ipa("Bonjour mes amis")
    again = backend.synthesize(SENTENCE)
    assert ipa == ["bɔ̃ʒˈuʁ me-z amˈi"]
    assert len(again.marks) == len(first.marks) >= 12  # word timings survive the IPA calls
    assert abs(again.duration_ms - first.duration_ms) < 0.02 * first.duration_ms
    initialised = [lib for lib, _ in espeak_lib._opened.values() if lib is not None]
    assert len(initialised) == 1, "libespeak-ng must be initialised once per process"
