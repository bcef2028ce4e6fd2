"""Handout export time: the sample article and a ~20-page real French text, per layout/format.

Baseline measured in the same run: analysing the text with spaCy (what opening it costs).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_handout.py [--out DIR]
The long text is Debian's French documentation (benchmarks/corpus.py builds it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LONG_WORDS = 8_000  # about 20 A4 pages at 12 pt with notes


def _timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def long_text() -> str:
    """The first ~8,000 words of the Debian French documentation corpus."""
    from corpus import MEDIUM, build

    build()
    out, words = [], 0
    for para in MEDIUM.read_text(encoding="utf-8").splitlines():
        out.append(para)
        words += len(para.split())
        if words >= LONG_WORDS:
            break
    return "\n".join(out)


def bench(name: str, text: str, out_dir: Path) -> None:
    from reader.core.analysis import default_analyzer
    from reader.core.exporters.handout_docx import write_docx
    from reader.core.exporters.handout_html import write_html
    from reader.core.glossary import default_glossary
    from reader.core.handout import propose
    from reader.printing.pdf import write_pdf

    doc, t_analyse = _timed(lambda: default_analyzer().analyze(text))
    glossary = default_glossary()
    handout, t_propose = _timed(lambda: propose(doc, "B1", glossary=glossary))
    words = sum(1 for t in doc.tokens if t.is_word)
    print(f"\n{name}: {words} words, {len(handout.entries)} glossed at B1")
    print(f"  baseline analysis {t_analyse * 1000:8.0f} ms")
    print(f"  propose (B1)      {t_propose * 1000:8.0f} ms  {t_propose / t_analyse:6.3f}x analysis")
    for layout in ("notes", "interlinear", "glossary"):
        handout.options.layout = layout
        handout.options.line_numbers = layout == "notes"
        base = out_dir / f"{name}-{layout}"
        pages, t_pdf = _timed(lambda b=base: write_pdf(handout, b.with_suffix(".pdf")))
        _, t_html = _timed(lambda b=base: write_html(handout, b.with_suffix(".html")))
        _, t_docx = _timed(lambda b=base: write_docx(handout, b.with_suffix(".docx")))
        print(
            f"  {layout:<12} pdf {t_pdf * 1000:7.0f} ms ({pages:3d} pages, "
            f"{t_pdf / t_analyse:5.2f}x)  html {t_html * 1000:5.0f} ms ({t_html / t_analyse:5.3f}x)"
            f"  docx {t_docx * 1000:5.0f} ms ({t_docx / t_analyse:5.3f}x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="keep the exported files here")
    args = parser.parse_args()
    from reader.core.analysis import default_analyzer
    from reader.core.paths import sample_article
    from reader.printing import ensure_gui_app

    ensure_gui_app()
    default_analyzer().load()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="handout-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    bench("sample", sample_article().read_text(encoding="utf-8"), out)
    bench("debian-doc-8k", long_text(), out)
    print(f"\nfiles in {out}")


if __name__ == "__main__":
    main()
