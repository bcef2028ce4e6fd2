"""Build assets/thesaurus-fr.tsv: French synonyms for the words nothing else explains.

Source: LibreOffice's French thesaurus (thes_fr.dat, MyThes format), as packaged by Debian
(mythes-fr, LGPL-2.1-or-later); needed to build only, never at run time:

    apt-get install mythes-fr
    PYTHONPATH=. .venv/bin/python tools/build_thesaurus.py [/usr/share/mythes/thes_fr.dat]

The MyThes format: a first line naming the encoding, then per headword a line
"word|number of meanings" followed by that many lines "(Nom)|synonym|synonym|...".

Kept: the meanings of single-word headwords (hyphens allowed) that the app's glossary
(the bundled data, curated rows and derivation rules, no user data) gives neither an
English gloss nor a French definition for, in that meaning's part of speech; per meaning,
its first 4 synonyms in the thesaurus's own order (the nearest come first: moving common
words ahead put looser ones first, assouplisseur: émouvant before adoucissant), and only
when one of them is in common use (wordfreq Zipf >= 1.9: zoospore: zoïde, aiguerie:
aigage, aiguage explain nothing to a learner).

Used by reader.core.thesaurus: the pop-up shows them as the French line of a word with no
English gloss ("Synonymes : hulotte, chat-huant, chevêche, chouette"). No English gloss is
drawn from them: read in context, the English gloss a synonym vote chose (part of speech,
two synonyms agreeing on a first gloss) was wrong for about a third of the words (the
thesaurus lists broader and looser words: marsouin: cétacé, diaphragme: préservatif).
Deterministic for given package, glossary assets and wordfreq version.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE = Path("/usr/share/mythes/thes_fr.dat")
OUT = Path(__file__).resolve().parent.parent / "assets" / "thesaurus-fr.tsv"
POS = {"Nom": "NOUN", "Verbe": "VERB", "Adjectif": "ADJ", "Adverbe": "ADV"}
KEPT = 4  # synonyms shown, the nearest
COMMON_ZIPF = 1.9  # one of them at least this common


def read_thesaurus(path: Path) -> list[tuple[str, tuple[str, ...], list[str]]]:
    """(headword, its parts of speech for this meaning, synonyms) per meaning, in order."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out = []
    i = 1  # line 0 names the encoding
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        word, count = line.rsplit("|", 1)
        for meaning in lines[i + 1 : i + 1 + int(count)]:
            label, *synonyms = meaning.split("|")
            poss = tuple(sorted({POS[p] for p in label.strip("()").split() if p in POS}))
            out.append((word, poss, [s.strip() for s in synonyms if s.strip()]))
        i += 1 + int(count)
    return out


def chosen_synonyms(word: str, synonyms: list[str], zipf) -> list[str]:
    """The nearest synonyms (the thesaurus's order), [] when none is in common use."""
    seen, nearest = {word.lower()}, []
    for s in synonyms:
        if s.lower() not in seen:
            seen.add(s.lower())
            nearest.append(s)
        if len(nearest) == KEPT:
            break
    return nearest if any(zipf(s) >= COMMON_ZIPF for s in nearest) else []


def package_version() -> str:
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "mythes-fr"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return "unknown"
    return done.stdout.strip() or "unknown"


def main(argv: list[str]) -> int:
    import wordfreq

    from reader.core.glossary import Glossary

    source = Path(argv[0]) if argv else SOURCE
    if not source.is_file():
        print(f"{source} not found: apt-get install mythes-fr")
        return 2
    glossary = Glossary()  # no store: the bundled data, curated rows and rules
    explained: dict[tuple[str, str], bool] = {}

    def known(word: str, pos: str) -> bool:
        if (word, pos) not in explained:
            r = glossary.lookup(word, pos or None, word)
            explained[(word, pos)] = bool(r.senses or (r.definition_fr and r.source != "thesaurus"))
        return explained[(word, pos)]

    def zipf(w: str) -> float:
        return wordfreq.zipf_frequency(w, "fr")

    rows = []
    for word, poss, synonyms in read_thesaurus(source):
        if " " in word or not word[:1].isalpha() or word != word.lower():
            continue
        if all(known(word, p) for p in poss or ("",)):
            continue
        shown = chosen_synonyms(word, synonyms, zipf)
        if shown:
            rows.append(f"{word}\t{','.join(poss)}\t{'|'.join(shown)}")
    header = (
        f"# French synonyms for words the glossary does not explain, from LibreOffice's French"
        f" thesaurus (Debian mythes-fr {package_version()}, LGPL-2.1-or-later),"
        f" built by tools/build_thesaurus.py\n"
        "# word\tparts of speech (empty: not given)\tsynonyms\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} meanings -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
