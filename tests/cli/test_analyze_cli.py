"""`python -m reader analyze` as a user runs it (in-process: see conftest.run_cli)."""

from __future__ import annotations

import json

import pytest

from reader.core.paths import sample_article


@pytest.fixture
def sample_json(run_cli):
    result = run_cli("analyze", sample_article(), "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


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


def test_stdin_and_text_format(run_cli):
    result = run_cli("analyze", "-", "--format", "text", stdin="Cela lui plaît.")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("# sentence 0")
    assert any(line.startswith("Cela\tcela\tPRON") for line in lines)


@pytest.mark.parametrize(
    ("content", "expect"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02\xff" * 500, "binary")],
)
def test_bad_input_gives_one_line_and_nonzero_exit(run_cli, tmp_path, content, expect):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("analyze", path)
    assert result.code != 0
    err = result.err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert expect in err.lower()
    assert result.out == ""


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


def test_lower_level_means_more_difficult_words(run_cli):
    counts = {}
    for level in ("A1", "C1"):
        result = run_cli("analyze", sample_article(), "--level", level)
        assert result.code == 0, result.err
        counts[level] = json.loads(result.out)["stats"]["difficult_lemmas"]
    assert counts["A1"] > 2 * counts["C1"]


def test_bad_vocab_size_is_one_line_error(run_cli):
    result = run_cli("analyze", sample_article(), "--vocab-size", "-3")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert result.out == ""


def test_unknown_option_is_a_usage_error(run_cli):
    result = run_cli("analyze", sample_article(), "--level", "Z9")
    assert result.code == 2 and "invalid choice" in result.err
    assert "Traceback" not in result.err
