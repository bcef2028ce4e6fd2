"""`python -m reader ...` started as a user starts it: a new process (the other CLI tests run
`cli.main` in-process; these two check the entry point, stdin/stdout and exit codes for real)."""

from __future__ import annotations

import subprocess
import sys


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, timeout=300
    )


def test_analyze_reads_stdin_and_writes_text(data_dir, spacy_load_cache):
    # The run's spaCy load cache is filled first (the data folder links to it): this process
    # reads it rather than compiling the tokenizer pattern at the start of a run.
    proc = _run("analyze", "-", "--format", "text", stdin="Cela lui plaît.".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith("# sentence 0")
    assert any(line.startswith("plaît\tplaire\tVERB") for line in lines)
    assert proc.stderr == b""


def test_a_bad_file_is_one_line_and_exit_2(data_dir, tmp_path):
    proc = _run("analyze", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "no such file" in err and "Traceback" not in err
