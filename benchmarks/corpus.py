"""Benchmark inputs: a large real French text assembled from Debian's French documentation,
and a second corpus of another genre (everyday, press and literary sentences).

`python benchmarks/corpus.py` installs (as root, with apt-get) Debian's French
documentation packages if they are missing, extracts their prose and writes
benchmarks/.data/fr_large.txt (at least 500,000 words) plus a 100,000-word prefix.

`build_news()` writes benchmarks/.data/fr_news.txt: the French example sentences of
English Wiktionary's entries for the 10k most frequent French lemmas (kaikki.org
extract in ../shared/dictsrc, read here for measuring only, never shipped): short
everyday sentences and quotations from the press and from novels, grouped five to a
paragraph. No package registry offers French news text of any size (searched: Debian
has only documentation, PyPI only tools); this is the closest non-technical French
text at hand.
Nothing here is shipped or used by the tests.
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
LARGE = DATA / "fr_large.txt"
MEDIUM = DATA / "fr_100k.txt"
NEWS = DATA / "fr_news.txt"
NEWS_SOURCE = HERE.parent.parent / "shared" / "dictsrc" / "wiktionary-kaikki" / "fr-10k.json.gz"
NEWS_SOURCES = [NEWS_SOURCE, Path("/work/shared/dictsrc/wiktionary-kaikki/fr-10k.json.gz")]
PACKAGES = [
    "debian-reference-fr",
    "developers-reference-fr",
    "maint-guide-fr",
    "debian-faq-fr",
    "debian-edu-doc-fr",
    "gimp-help-fr",
    "lilypond-doc-html-fr",
    "kicad-doc-fr",
    "linuxcnc-doc-fr",
    "poppler-utils",
]
SOURCES = [
    "/usr/share/debian-reference/*.fr.html",
    "/usr/share/doc/developers-reference/**/*.fr.html",
    "/usr/share/doc/developers-reference/fr/**/*.html",
    "/usr/share/doc/maint-guide/**/*.fr.html",
    "/usr/share/doc/debian/FAQ/fr/**/*.html",
    "/usr/share/doc/debian-edu-doc-fr/**/*.html",
    "/usr/share/gimp/2.0/help/fr/**/*.html",
    "/usr/share/doc/lilypond/html/Documentation/**/*.fr.html",
    "/usr/share/doc/kicad/help/fr/*.html",
    "/usr/share/developers-reference/fr/*.html",
    "/usr/share/doc/maint-guide-fr/html/*.html",
    "/usr/share/doc/debian-edu-doc-fr/*.html",
]
PDF_SOURCES = ["/usr/share/doc/linuxcnc/*_fr.pdf"]
_FRENCH_MARKERS = set(
    "le la les de des du un une et est en que qui pour dans sur par pas au aux ce il elle sont avec".split()
)
MIN_WORDS = 500_000
_WORDS = re.compile(r"\w+", re.UNICODE)


def ensure_packages() -> None:
    missing = [
        p
        for p in PACKAGES
        if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0
    ]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"missing Debian packages (install them as root): {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def _paragraphs(html_path: str) -> list[str]:
    import lxml.html

    try:
        tree = lxml.html.parse(html_path)
    except (OSError, ValueError):
        return []
    out = []
    for el in tree.iter("p", "dd", "li"):
        line = " ".join(el.text_content().split())
        # Prose only: enough French words, mostly letters (drops commands and listings).
        if _is_french_prose(line):
            out.append(line)
    return out


def _is_french_prose(line: str) -> bool:
    words = _WORDS.findall(line.lower())
    letters = sum(c.isalpha() for c in line)
    return (
        len(words) >= 8
        and letters > 0.7 * len(line)
        and line[-1:] in ".:;!?»)"
        and sum(w in _FRENCH_MARKERS for w in words) >= 0.08 * len(words)
    )


def _pdf_paragraphs(pdf_path: str) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-q", pdf_path, "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for block in re.split(r"\n\s*\n|\f", text):
        joined = re.sub(r"-\n(?=[a-zà-ÿ])", "", block.strip())
        line = " ".join(joined.split())
        if _is_french_prose(line):
            out.append(line)
    return out


def build(force: bool = False) -> tuple[Path, Path]:
    """Write the large text and its 100k-word prefix; return their paths."""
    if LARGE.exists() and MEDIUM.exists() and not force:
        return LARGE, MEDIUM
    ensure_packages()
    DATA.mkdir(exist_ok=True)
    seen: set[str] = set()
    paras: list[str] = []
    words = 0
    files = sorted({f for pattern in SOURCES for f in glob.glob(pattern, recursive=True)})
    pdfs = sorted({f for pattern in PDF_SOURCES for f in glob.glob(pattern)})
    for path in files + pdfs:
        extract = _pdf_paragraphs if path.endswith(".pdf") else _paragraphs
        for p in extract(path):
            if p in seen:
                continue
            seen.add(p)
            paras.append(p)
            words += len(_WORDS.findall(p))
    if words < MIN_WORDS:
        sys.exit(f"only {words} words of French prose found in {len(files)} files")
    LARGE.write_text("\n".join(paras) + "\n", encoding="utf-8")
    medium, count = [], 0
    for p in paras:
        medium.append(p)
        count += len(_WORDS.findall(p))
        if count >= 100_000:
            break
    MEDIUM.write_text("\n".join(medium) + "\n", encoding="utf-8")
    print(
        f"corpus: {words} words, {len(paras)} paragraphs from {len(files) + len(pdfs)} files -> {LARGE}"
    )
    return LARGE, MEDIUM


def build_news(force: bool = False) -> Path | None:
    """Write the second corpus (see the module docstring); None when its source is absent."""
    if NEWS.exists() and not force:
        return NEWS
    import gzip
    import json

    source = next((p for p in NEWS_SOURCES if p.exists()), None)
    if source is None:
        return None
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        words = json.load(fh)["words"]
    seen: set[str] = set()
    sentences: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "examples" and isinstance(value, list):
                    for ex in value:
                        text = " ".join(str(ex.get("text", "")).split())
                        if len(_WORDS.findall(text)) >= 5 and text not in seen:
                            seen.add(text)
                            sentences.append(text)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(words)
    paras = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    DATA.mkdir(exist_ok=True)
    NEWS.write_text("\n".join(paras) + "\n", encoding="utf-8")
    return NEWS


def word_count(path: Path) -> int:
    return len(_WORDS.findall(path.read_text(encoding="utf-8")))


if __name__ == "__main__":
    build(force="--force" in sys.argv)
    news = build_news(force="--force" in sys.argv)
    print(f"second corpus: {news} ({word_count(news) if news else 0} words)")
