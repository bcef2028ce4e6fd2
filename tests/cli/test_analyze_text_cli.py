"""`analyze --format json` carries `text`, the exact string its offsets index, so a consumer
maps every token and sentence back without knowing how the importer rebuilt the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "importers" / "fixtures"


def _analyse(run_cli, path) -> dict:
    result = run_cli("analyze", path, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _assert_round_trip(out: dict) -> None:
    text = out["text"]
    assert out["tokens"] and out["sentences"]
    for t in out["tokens"]:
        assert text[t["start"] : t["end"]] == t["text"], t
    for s in out["sentences"]:
        sentence = text[s["start"] : s["end"]]
        assert sentence.strip() and sentence == sentence.strip(), s
        inside = [t for t in out["tokens"] if t["sentence"] == s["index"]]
        assert inside and inside[0]["start"] == s["start"] and inside[-1]["end"] == s["end"]


def test_fifty_one_sentence_paragraphs_map_back_exactly(run_cli, tmp_path):
    """Blank lines between paragraphs: the file and the offsets drift apart, `text` does not."""
    paragraphs = [f"Le village numéro {i} a une école." for i in range(50)]
    path = tmp_path / "paragraphes.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    out = _analyse(run_cli, path)
    _assert_round_trip(out)
    assert len(out["sentences"]) == 50
    last = [t for t in out["tokens"] if t["text"] == "49"][0]
    in_file = path.read_text(encoding="utf-8")
    assert in_file[last["start"] : last["end"]] != "49"  # the file is not what offsets index
    assert out["text"].split("\n")[:50] == paragraphs


@pytest.mark.parametrize("name", ["article_journal.html", "contes.epub"])
def test_html_and_epub_tokens_and_sentences_round_trip(run_cli, name):
    out = _analyse(run_cli, FIXTURES / name)
    _assert_round_trip(out)
    assert "<" not in out["text"]  # markup gone: the offsets index the text, not the file
