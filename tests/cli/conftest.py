"""CLI tests run `reader.cli.main(argv)` in this process, with the one shared analyzer.

Use the `run_cli` fixture for every new CLI test:

    def test_something(run_cli):
        result = run_cli("analyze", "-", "--format", "text", stdin="Bonjour.")
        assert result.code == 0, result.err
        assert "Bonjour" in result.out

`result` is `(code, out, err)`: the exit code `main` returns (argparse errors give 2 as from the
shell), and what the command printed on stdout and stderr. spaCy loads once per test run (the
session-wide `analyzer`); starting `python -m reader` in a subprocess costs ~5 s each, so only
the smoke tests in test_smoke_cli.py do that.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import NamedTuple

import pytest


class CliResult(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(analyzer, capsys, monkeypatch, qapp) -> Callable[..., CliResult]:
    """Run one CLI command in-process: `run_cli(*argv, stdin=None, env=None) -> CliResult`.

    `stdin` (str or bytes) is what the command reads from standard input; `env` sets
    environment variables for this call (e.g. FRENCH_READER_DATA_DIR). The test run's one
    QApplication exists first (`qapp`): a command that prints makes its own QGuiApplication
    otherwise, and a later widget test would then abort the process."""
    from reader.cli import main

    def run(*argv: str, stdin: str | bytes | None = None, env: dict | None = None) -> CliResult:
        capsys.readouterr()  # start from empty buffers
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, str(value))
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
