"""Gloss coverage on a tuning corpus, and the Lexique forms the lookup leaves unglossed.

Two measurements for issue 13, point 5 (a gloss for every highlighted word), both on text
nobody annotated (never the referee sets nor section 4's fresh pages of bench_glossary):

1. `--corpus` (default): the French help and manuals of five Debian packages (installed for
   this benchmark only: `apt-get install libreoffice-help-fr kicad-doc-fr linuxcnc-doc-fr
   scilab-doc-fr texworks-help-fr`; a missing one is left out), imported with the app's
   importers, analysed, and every token highlighted at B1 looked up as the pop-up does
   (lookup_token with the document's text). Prints the share glossed, and the French words
   left without a gloss by what they lack (bench_glossary.fix_kind).
2. `--lexique N`: every inflected form Lexique lists of its N most frequent noun, adjective
   and verb lemmas that are glossed themselves, put in a neutral sentence for its POS,
   analysed and looked up as a token. A form of a glossed lemma left without a gloss is a
   bug of the lookup's fallbacks (or of the tagger's lemma): they are printed by the
   lemma's frequency rank.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_coverage_corpus.py [--files N] [--lexique N]
"""

from __future__ import annotations

import argparse
import glob
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# (package, glob of its French pages, or a jar and the pages inside it): help pages are many
# small files, sorted and sampled evenly (every k-th) so each package weighs about the same.
CORPUS = [
    ("libreoffice-help-fr", "/usr/share/libreoffice/help/fr/**/*.html", ""),
    ("kicad-doc-fr", "/usr/share/doc/kicad/help/fr/*.html", ""),
    ("linuxcnc-doc-fr", "/usr/share/doc/linuxcnc/*_fr.*", ""),
    ("scilab-doc-fr", "/usr/share/scilab/modules/helptools/jar/scilab_fr_FR_help.jar", ".html"),
    ("texworks-help-fr", "/usr/share/texworks-help/fr/*.html", ""),
]
# (LinuxCNC's 25 MB user manual is left out: larger than the app opens)
MAX_BYTES = 20_000_000
# A neutral sentence per POS for a Lexique form (`{}`: the form).
TEMPLATES = {
    "NOUN": "Nous avons parlé des {} hier soir.",
    "NOUN_SG": "Nous avons parlé de la {} hier soir.",
    "ADJ": "Elles étaient vraiment {} ce jour-là.",
    "VERB": "Ils {} souvent le soir.",
}


def corpus_files(per_package: int) -> list[tuple[str, str, bytes]]:
    """(package, file name, content) of the sampled files of each installed package."""
    import zipfile

    out = []
    for package, pattern, member in CORPUS:
        files = [
            f
            for f in sorted(glob.glob(pattern, recursive=True))
            if f.endswith(".jar") or Path(f).stat().st_size <= MAX_BYTES
        ]
        if not files:
            print(f"  {package}: no files ({pattern}); left out")
            continue
        if member:
            with zipfile.ZipFile(files[0]) as jar:
                names = sorted(n for n in jar.namelist() if n.endswith(member))
                step = max(1, len(names) // per_package)
                chosen = [(n, jar.read(n)) for n in names[::step][:per_package]]
        else:
            step = max(1, len(files) // per_package)
            chosen = [(f, Path(f).read_bytes()) for f in files[::step][:per_package]]
        out += [(package, name, data) for name, data in chosen]
        total = len(names) if member else len(files)
        print(f"  {package}: {len(chosen)} of {total} files")
    return out


def coverage(per_package: int, shown: int) -> None:
    from bench_glossary import FIX_KINDS, KINDS, fix_kind, token_kind

    from reader.core.analysis import default_analyzer
    from reader.core.glossary import default_glossary
    from reader.core.importers import load_bytes
    from reader.core.learner import Learner, assess

    print("1. Highlighted tokens (B1) with an English gloss, on the tuning corpus")
    analyzer, g = default_analyzer(), default_glossary()
    by_package: dict[str, list[int]] = {}
    fixes: dict[str, dict[str, int]] = {k: {} for k in FIX_KINDS}
    kinds: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for package, path, data in corpus_files(per_package):
        try:
            doc = analyzer.analyze(load_bytes(data, Path(path).name))
        except Exception as exc:  # noqa: BLE001 - a page the importer refuses: left out
            print(f"  {path}: not imported ({exc})")
            continue
        words = assess(doc, Learner("B1")).words
        counts = by_package.setdefault(package, [0, 0])
        for t, w in zip(doc.tokens, words, strict=True):
            if w is None or not w.difficult:
                continue
            counts[1] += 1
            if g.lookup_token(t, doc.text).senses:
                counts[0] += 1
            else:
                low, kind = t.text.lower(), token_kind(doc, t)
                kinds[kind][low] = kinds[kind].get(low, 0) + 1
                if kind in ("French word", "unknown word"):
                    fix = fix_kind(g, t)
                    fixes[fix][low] = fixes[fix].get(low, 0) + 1
    ok = sum(c[0] for c in by_package.values())
    n = sum(c[1] for c in by_package.values())
    for package, (k, m) in by_package.items():
        print(f"  {package:20s} {k:6d} of {m:6d} glossed  {100 * k / max(m, 1):5.1f}%")
    print(f"  all                  {ok:6d} of {n:6d} glossed  {100 * ok / max(n, 1):5.1f}%")
    print("  left without a gloss, by kind (bench_glossary.token_kind):")
    _counts(kinds, shown)
    print("  the French and unknown words among them, by what they lack (fix_kind):")
    _counts(fixes, shown)


def _counts(table: dict[str, dict[str, int]], shown: int) -> None:
    for kind, found in table.items():
        top = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:shown]
        listed = ", ".join(w + (f" x{c}" if c > 1 else "") for w, c in top)
        print(f"    {kind:37s} {sum(found.values()):5d}  {listed}")


def lexique_forms(limit: int, shown: int) -> None:
    from reader.core.analysis import default_analyzer
    from reader.core.glossary import default_glossary
    from reader.core.paths import asset

    print(f"\n2. Inflected forms of Lexique's {limit} most frequent glossed lemmas, in a sentence")
    g, analyzer = default_glossary(), default_analyzer()
    con = sqlite3.connect(f"file:{asset('lexicon.sqlite')}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT id, lemma, pos, gender, forms FROM lemma WHERE pos IN ('NOUN', 'ADJ', 'VERB') "
        "ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()
    items = []  # (rank, lemma, pos, form, sentence)
    for rank, lemma, pos, gender, forms in rows:
        if " " in lemma or not g.lookup(lemma, pos, lemma).senses:
            continue
        for form in forms.split("|"):
            if form == lemma or " " in form or not form:
                continue
            if pos == "NOUN":
                plural = form.endswith(("s", "x")) and not lemma.endswith(("s", "x"))
                template = TEMPLATES["NOUN" if plural or gender != "f" else "NOUN_SG"]
            else:
                template = TEMPLATES[pos]
            items.append((rank, lemma, pos, form, template.format(form)))
    text = "\n\n".join(i[4] for i in items)
    doc = analyzer.analyze(text)
    starts, pos_ = [], 0
    for item in items:
        starts.append(pos_)
        pos_ += len(item[4]) + 2
    tokens = doc.tokens
    missed: list[tuple[int, str, str, str, str]] = []
    ti = 0
    for item, start in zip(items, starts, strict=True):
        offset = start + item[4].index(item[3])
        while ti < len(tokens) and tokens[ti].start < offset:
            ti += 1
        if ti >= len(tokens) or tokens[ti].text != item[3]:
            continue  # cut otherwise by the tokenizer (elisions, hyphens): looked up apart
        sentence_text = doc.text[start : start + len(item[4])]
        if not g.lookup_token(tokens[ti], sentence_text).senses:
            t = tokens[ti]
            missed.append((item[0], item[1], item[2], item[3], f"{t.pos}:{t.lemma}"))
    print(f"  {len(items)} forms of glossed lemmas; {len(missed)} left without a gloss")
    for rank, lemma, pos, form, tagged in missed[:shown]:
        print(f"    {rank:6d} {lemma} ({pos}): {form}  [tagged {tagged}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=60, help="files per package (1.)")
    parser.add_argument("--lexique", type=int, default=0, help="lemmas to check (2.; 0: skip)")
    parser.add_argument("--no-corpus", action="store_true", help="skip 1.")
    parser.add_argument("--show", type=int, default=40, help="words listed per line")
    args = parser.parse_args()
    if not args.no_corpus:
        coverage(args.files, args.show)
    if args.lexique:
        lexique_forms(args.lexique, args.show * 5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
