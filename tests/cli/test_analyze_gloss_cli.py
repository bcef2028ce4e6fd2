"""`python -m reader analyze --glosses` as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys


def _analyze(*args: str, text: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "-", *args],
        input=text.encode(),
        capture_output=True,
        timeout=300,
    )


def test_glosses_flag_adds_each_tokens_first_gloss(data_dir):
    proc = _analyze("--glosses", text="Ma maison est grande. Marie arrive.")
    assert proc.returncode == 0, proc.stderr.decode()
    tokens = {t["text"]: t for t in json.loads(proc.stdout)["tokens"]}
    assert all("gloss" in t for t in tokens.values())
    assert tokens["maison"]["gloss"] == "house"
    assert tokens["maison"]["lemma"] == "maison" and "p_unknown" in tokens["maison"]
    assert tokens["."]["gloss"] == "" and tokens["Marie"]["gloss"] == ""


def test_without_the_flag_the_json_shape_is_unchanged(data_dir):
    proc = _analyze(text="Ma maison est grande.")
    assert proc.returncode == 0, proc.stderr.decode()
    assert all("gloss" not in t for t in json.loads(proc.stdout)["tokens"])


def test_text_format_shows_the_gloss_column(data_dir):
    proc = _analyze("--glosses", "--format", "text", text="La maison.")
    assert proc.returncode == 0, proc.stderr.decode()
    line = next(x for x in proc.stdout.decode().splitlines() if x.startswith("maison\t"))
    assert line.endswith("\tgloss=house")
