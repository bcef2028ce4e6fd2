"""`python -m reader analyze` as a user runs it."""

import json
import subprocess
import sys

import pytest

from reader.core.paths import sample_article


def run_cli(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, timeout=300
    )


@pytest.fixture(scope="module")
def sample_json():
    proc = run_cli("analyze", str(sample_article()), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_json_shape(sample_json):
    text = sample_article().read_text(encoding="utf-8")
    assert {"sentences", "tokens"} <= set(sample_json)
    s0 = sample_json["sentences"][0]
    assert set(s0) >= {"index", "start", "end"}
    tok = sample_json["tokens"][0]
    assert set(tok) >= {"text", "start", "end", "sentence", "lemma", "pos", "is_word", "is_name"}
    for t in sample_json["tokens"]:
        assert text[t["start"] : t["end"]] == t["text"]
    lavrov = [t for t in sample_json["tokens"] if t["text"] == "Lavrov"]
    assert lavrov and all(t["is_name"] for t in lavrov)


def test_stdin_and_text_format():
    proc = run_cli("analyze", "-", "--format", "text", stdin="Cela lui plaît.".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("# sentence 0")
    assert any(line.startswith("Cela\tcela\tPRON") for line in lines)


@pytest.mark.parametrize(
    ("content", "expect"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02\xff" * 500, "binary")],
)
def test_bad_input_gives_one_line_and_nonzero_exit(tmp_path, content, expect):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    proc = run_cli("analyze", str(path))
    assert proc.returncode != 0
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert expect in err.lower()


def test_learner_fields_and_stats(sample_json):
    words = {t["text"]: t for t in sample_json["tokens"] if "p_unknown" in t}
    assert words["exacerbées"]["difficult"] is True
    assert words["homologue"]["difficult"] is True
    assert words["semaine"]["difficult"] is False
    assert all(isinstance(t["rank"], int) and t["cefr"] for t in words.values())
    # Names and function words are not vocabulary: no learner fields, never difficult.
    lavrov = next(t for t in sample_json["tokens"] if t["text"] == "Lavrov")
    assert not lavrov.get("difficult", False)
    stats = sample_json["stats"]
    assert stats["level"] == "B1" and 0.5 < stats["known_coverage"] < 1.0
    assert stats["difficult_lemmas"] > 5


def test_lower_level_means_more_difficult_words():
    counts = {}
    for level in ("A1", "C1"):
        proc = run_cli("analyze", str(sample_article()), "--level", level)
        assert proc.returncode == 0, proc.stderr.decode()
        counts[level] = json.loads(proc.stdout)["stats"]["difficult_lemmas"]
    assert counts["A1"] > 2 * counts["C1"]


def test_bad_vocab_size_is_one_line_error():
    proc = run_cli("analyze", str(sample_article()), "--vocab-size", "-3")
    assert proc.returncode == 2
    assert len(proc.stderr.decode().strip().splitlines()) == 1
