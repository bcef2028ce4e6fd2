"""Bytecode compiled once per test run when Python may not keep its caches.

With PYTHONDONTWRITEBYTECODE set (as on this project's machines) no process writes a .pyc:
each pytest-xdist worker compiled every module of reader/ it imported and rewrote the asserts
of every test module it collected (~1.9 s of CPU a worker, all of them at once at the start),
and every app or CLI process a test starts compiled reader/ again. The run's controller does
that work once, before the workers start, into the usual __pycache__ folders (where the
workers' Python and pytest look first, and check against the source), and removes what it
wrote when the run ends: nothing is kept from one run to the next. Without the variable,
Python keeps its caches itself and nothing is done here.

pytest's own assert rewriting is reached through its private module; if that changes, the
test modules are left to each worker as before (slower, not wrong).
"""

from __future__ import annotations

import importlib.util
import py_compile
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_once(config) -> list[Path]:
    """Compile reader/ and tests/ for the run (see the module); the files written."""
    if not sys.dont_write_bytecode:
        return []
    written: list[Path] = []
    try:
        for source in sorted((ROOT / "reader").rglob("*.py")):
            _compile(source, written)
        rewrite = _test_rewriter(config)
        for source in sorted((ROOT / "tests").rglob("*.py")):
            if rewrite is not None and (
                source.name == "conftest.py" or source.name.startswith("test_")
            ):
                rewrite(source, written)
            else:
                _compile(source, written)
    except Exception:  # any trouble: the workers compile what is missing themselves
        pass
    return written


def remove(written: list[Path]) -> None:
    """Remove the files compile_once wrote, and their __pycache__ folders left empty."""
    folders = set()
    for path in written:
        path.unlink(missing_ok=True)
        folders.add(path.parent)
    for folder in folders:
        try:
            folder.rmdir()  # only when empty: another process's file stays
        except OSError:
            pass


def _compile(source: Path, written: list[Path]) -> None:
    target = Path(importlib.util.cache_from_source(str(source)))
    if target.exists():
        return  # someone's cache (valid or not: Python checks it against the source)
    try:
        py_compile.compile(str(source), cfile=str(target), doraise=True)
    except (py_compile.PyCompileError, OSError):
        return
    written.append(target)


def _test_rewriter(config):
    """A function writing a test module's rewritten code where pytest reads it, or None."""
    try:
        from _pytest.assertion import rewrite
    except ImportError:
        return None
    state = config.stash.get(rewrite.assertstate_key, None)
    if state is None:  # --assert=plain: nothing is rewritten
        return None

    def write(source: Path, written: list[Path]) -> None:
        folder = rewrite.get_cache_dir(source)
        target = folder / (source.name[:-3] + rewrite.PYC_TAIL)
        if target.exists():
            return
        source_hash, code = rewrite._rewrite_test(source, config)
        folder.mkdir(exist_ok=True)
        if rewrite._write_pyc(state, code, source_hash, target):
            written.append(target)

    return write
