"""Build assets/langwords.txt.gz: the most frequent words of French and six other languages.

Run: .venv/bin/python tools/build_langid.py  (needs wordfreq, a runtime dependency).

reader.core.langid reads this small table instead of loading wordfreq's lists for seven
languages at run time (~200 MB). Format: gzip text, a "#xx" line per language followed
by its words, most frequent first. Written byte for byte the same on every run.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.langid import LANGUAGES, TABLE_FILE, TOP_WORDS  # noqa: E402


def build(top: int = TOP_WORDS) -> bytes:
    """The table's bytes (gzip with a fixed header, so rebuilds are identical)."""
    from wordfreq import top_n_list

    lines: list[str] = []
    for lang in LANGUAGES:
        words = [w for w in top_n_list(lang, top) if w.isalpha() or "'" in w or "-" in w]
        lines.append(f"#{lang}")
        lines.extend(words)
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(raw)
    return out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=TOP_WORDS)
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "assets" / TABLE_FILE)
    args = ap.parse_args()
    data = build(args.top)
    args.output.write_bytes(data)
    print(f"{args.output}: {len(data):,} bytes, {args.top} words x {len(LANGUAGES)} languages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
