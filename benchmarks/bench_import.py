"""Import speed and memory: a 500,000-word book (text, EPUB) and each fixture format.

Run: .venv/bin/python benchmarks/bench_import.py
Prints seconds and the ratio to a baseline measured in the same run (decode + split lines).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.importers import load_bytes  # noqa: E402

FIXTURES = ROOT / "tests" / "core" / "importers" / "fixtures"


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def book_text(words: int = 500_000) -> str:
    para = (ROOT / "assets" / "sample_article.txt").read_text(encoding="utf-8")
    return (para + "\n") * (words // len(para.split()) + 1)


def book_epub(text: str) -> bytes:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("bench")
    book.set_title("Gros livre")
    book.set_language("fr")
    lines = text.splitlines()
    chapters = []
    for n in range(50):
        part = lines[n::50]
        chapter = epub.EpubHtml(title=f"Chapitre {n + 1}", file_name=f"c{n}.xhtml", lang="fr")
        chapter.content = f"<h1>Chapitre {n + 1}</h1>" + "".join(f"<p>{p}</p>" for p in part)
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = chapters
    out = io.BytesIO()
    epub.write_epub(out, book)
    return out.getvalue()


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    text = book_text()
    data = text.encode("utf-8")
    load_bytes("Le chat dort sur le canapé.".encode(), "warm.txt")  # load word lists once
    baseline = best_of(lambda: data.decode("utf-8").splitlines())
    print(f"book: {len(text.split()):,} words, {len(data) / 1e6:.1f} MB UTF-8")
    print(f"baseline decode+splitlines: {baseline:.3f} s")
    rows = [("txt utf-8", data, "livre.txt"), ("txt cp1252", text.encode("cp1252"), "livre.txt")]
    rows.append(("epub 50 chapters", book_epub(text), "livre.epub"))
    for label, blob, name in rows:
        seconds = best_of(lambda blob=blob, name=name: load_bytes(blob, name), repeat=2)
        memory = peak_mb(lambda blob=blob, name=name: load_bytes(blob, name))
        print(
            f"{label:18s} {seconds:6.2f} s  x{seconds / baseline:6.0f} baseline  "
            f"{len(blob) / 1e6 / seconds:5.1f} MB/s  peak {memory:5.0f} MB ({memory / (len(blob) / 1e6):.0f}x file)"
        )
    print("fixtures (median of 5):")
    for path in sorted(FIXTURES.glob("*.*")):
        blob = path.read_bytes()
        times = []
        for _ in range(5):
            t = time.perf_counter()
            load_bytes(blob, path.name)
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        print(f"  {path.name:22s} {med * 1000:7.1f} ms  x{med / baseline:5.1f} baseline")


if __name__ == "__main__":
    main()
