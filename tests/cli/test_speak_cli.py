"""`python -m reader speak` as a teacher runs it: a WAV plus sentence timings (in-process)."""

from __future__ import annotations

import json
import wave

import pytest


TEXT = (
    "Le ministre a parlé ce matin. Il reviendra demain à Genève.\n"
    "« Nous avons eu une réunion utile », a-t-il déclaré.\n"
)


@pytest.mark.slow
def test_wav_duration_matches_marks(run_cli, tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(TEXT, encoding="utf-8")
    out, marks_path = tmp_path / "out.wav", tmp_path / "out.json"
    result = run_cli("speak", src, "-o", out, "--marks", marks_path, "--rate", "160")
    assert result.code == 0, result.err
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        duration = w.getnframes() / w.getframerate()
    marks = json.loads(marks_path.read_text(encoding="utf-8"))
    sentences = marks["sentences"]
    assert [s["text"] for s in sentences][:2] == [
        "Le ministre a parlé ce matin.",
        "Il reviendra demain à Genève.",
    ]
    assert len(sentences) == 3
    assert abs(sentences[-1]["end"] - duration) < 0.002
    assert abs(marks["duration"] - duration) < 0.002
    assert sentences[0]["start"] == 0
    for before, after in zip(sentences, sentences[1:], strict=False):
        assert before["start"] < before["end"] <= after["start"]
    # the paragraph break is a pause; sentences inside a paragraph follow on directly
    assert sentences[1]["start"] == sentences[0]["end"]
    assert sentences[2]["start"] - sentences[1]["end"] >= 0.3
    assert (marks["voice"], marks["rate"]) == ("roa/fr", 160)
    words_per_minute = 60 * len(TEXT.split()) / duration
    assert 100 < words_per_minute < 220
    words = marks["words"]
    assert [w["text"] for w in words[:3]] == ["Le", "ministre", "a"]
    assert all(
        s["start"] <= w["start"] <= s["end"]
        for s in sentences
        for w in words
        if w["sentence"] == s["index"]
    )


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["--voice", "xx/none"], "unknown voice"),
        (["--rate", "5"], "--rate must be between"),
        ([], "no such file"),
    ],
)
def test_bad_arguments_give_one_line(run_cli, tmp_path, args, expect):
    src = tmp_path / "a.txt"
    if expect != "no such file":
        src.write_text("Bonjour.", encoding="utf-8")
    result = run_cli("speak", src, "-o", tmp_path / "o.wav", *args)
    err = result.err.strip()
    assert result.code == 2
    assert len(err.splitlines()) == 1 and expect in err, err
    assert not (tmp_path / "o.wav").exists()


@pytest.mark.slow
def test_ogg_and_mp3_by_extension_are_compact_and_decodable(run_cli, tmp_path):
    import soundfile

    src = tmp_path / "article.txt"
    src.write_text(TEXT, encoding="utf-8")
    sizes, durations = {}, {}
    for name in ("out.wav", "out.ogg", "out.mp3"):
        result = run_cli("speak", src, "-o", tmp_path / name)
        assert result.code == 0, result.err
        info = soundfile.info(str(tmp_path / name))
        sizes[name], durations[name] = (tmp_path / name).stat().st_size, info.duration
    assert soundfile.info(str(tmp_path / "out.ogg")).subtype == "OPUS"
    assert soundfile.info(str(tmp_path / "out.mp3")).format == "MP3"
    # The same speech, a fraction of the bytes.
    assert abs(durations["out.ogg"] - durations["out.wav"]) < 0.1
    assert abs(durations["out.mp3"] - durations["out.wav"]) < 0.2
    assert sizes["out.ogg"] < 0.05 * sizes["out.wav"]
    assert sizes["out.mp3"] < 0.1 * sizes["out.wav"]


def test_unknown_audio_extension_is_refused(run_cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Bonjour.", encoding="utf-8")
    result = run_cli("speak", src, "-o", tmp_path / "o.flac")
    assert result.code == 2 and "say .ogg (Opus), .mp3 or .wav" in result.err
    assert not (tmp_path / "o.flac").exists()
