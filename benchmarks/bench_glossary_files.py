"""Hostile class glossary files (issue 15 point 8, issue 17): each is refused with one message;
time and peak memory per file, against importing an honest 500-word glossary in the same run.

Run: .venv/bin/python benchmarks/bench_glossary_files.py
Each case runs in a fresh process (peak RSS is per process); prints one row per case.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAD = '{"format": "french-reader-glossary", '


def _cases() -> dict[str, tuple[str, bytes]]:
    honest = {
        "format": "french-reader-glossary",
        "version": 2,
        "author": "Mme Martin",
        "entries": [{"lemma": f"mot{i}", "gloss": f"word {i}"} for i in range(500)],
    }
    return {
        "honest 500 words (yardstick)": ("g.json", json.dumps(honest).encode()),
        '"version": "abc"': ("g.json", (HEAD + '"version": "abc", "entries": []}').encode()),
        "[1]": ("g.json", b"[1]"),
        "1e400": ("g.json", (HEAD + '"version": 1e400, "entries": []}').encode()),
        "100k-deep JSON": ("g.json", b"[" * 100_000 + b"]" * 100_000),
        "128 KB CSV field": ("g.csv", b"lemma,gloss\nchat," + b"x" * 131_073 + b"\n"),
        "5 MB CSV field": ("g.csv", b'lemma,gloss\nchat,"' + b"x" * 5_000_000 + b'"\n'),
        "5 MB JSON gloss": (
            "g.json",
            (HEAD + '"entries": [{"lemma": "a", "gloss": "').encode() + b"x" * 5_000_000 + b'"}]}',
        ),
        "50 MB gloss": (
            "g.json",
            (HEAD + '"entries": [{"lemma": "a", "gloss": "').encode() + b"x" * 50_000_000 + b'"}]}',
        ),
        "1M rows": ("g.csv", b"lemma,gloss\n" + b"a,b\n" * 1_000_000),
        "UTF-32 text": ("g.json", json.dumps(honest).encode("utf-32")),
        "wrong columns": ("g.csv", b"word,meaning\nchat,cat\n"),
        "binary": ("g.csv", bytes(range(256)) * 100),
    }


_CHILD = r"""
import resource, sys, time
from reader.core.store import Store
from reader.core.user_glossary import UserGlossary
from reader.core.errors import ReaderError
ug = UserGlossary(Store(sys.argv[2]))
t = time.perf_counter()
try:
    info = ug.import_(sys.argv[1])
    outcome = f"imported {info.count}"
except ReaderError as exc:
    outcome = "message: " + str(exc)
except BaseException as exc:
    outcome = f"TRACEBACK {type(exc).__name__}"
ms = (time.perf_counter() - t) * 1000
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{ms:.0f}\t{rss:.0f}\t{outcome}")
"""


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for label, (name, data) in _cases().items():
            path = Path(tmp) / name
            path.write_bytes(data)
            started = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path), str(Path(tmp) / f"s{len(rows)}.db")],
                capture_output=True,
                text=True,
                cwd=root,
                timeout=120,
            )
            wall = time.perf_counter() - started
            out = proc.stdout.strip() or f"0\t0\tCRASH {proc.stderr.strip()[-80:]}"
            ms, rss, outcome = out.split("\t", 2)
            rows.append((label, len(data), float(ms), float(rss), wall, outcome))
    base_ms, base_rss = rows[0][2], rows[0][3]
    print(
        f"{'file':30} {'size':>9} {'import ms':>9} {'x honest':>8} {'peak MB':>8} {'x':>5}  outcome"
    )
    for label, size, ms, rss, _wall, outcome in rows:
        print(
            f"{label:30} {size / 1e6:8.1f}M {ms:9.0f} {ms / max(base_ms, 1):8.1f} {rss:8.0f} "
            f"{rss / max(base_rss, 1):5.1f}  {outcome[:90]}"
        )
    tracebacks = sum("TRACEBACK" in r[5] or "CRASH" in r[5] for r in rows)
    print(f"\n{len(rows) - 1} hostile files, {tracebacks} tracebacks")


if __name__ == "__main__":
    main()
