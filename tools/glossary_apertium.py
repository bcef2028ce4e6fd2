"""French -> English candidates from Debian's Apertium pairs, chained through a pivot language.

    fra-cat + cat-eng (apertium-fra-cat, apertium-eng-cat)
    fr-es + spa-eng   (apertium-fr-es, apertium-eng-spa)
    fr-eo + eo-en     (apertium-eo-fr, apertium-eo-en)

At build time only: each French lemma is analysed with the pair's own morphological analyser
(`lt-proc X.automorf.bin`), its base-form analyses (noun singular, adjective masculine
singular, infinitive, adverb) go through the French -> pivot bilingual dictionary, and every
pivot translation through the pivot -> English one (`lt-proc -b X.autobil.bin`), all in one
streamed process per step. The bilingual dictionaries list the default translation first.
Unknown words (`@`, `#`, `*`) are dropped; so is a pivot word that comes out untranslated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

APERTIUM = Path("/usr/share/apertium")
# name -> (French analyser, French->pivot bidix, pivot->English bidix)
CHAINS = {
    "cat": (
        "apertium-fra-cat/fra-cat.automorf.bin",
        "apertium-fra-cat/fra-cat.autobil.bin",
        "apertium-eng-cat/cat-eng.autobil.bin",
    ),
    "spa": (
        "apertium-fr-es/fr-es.automorf.bin",
        "apertium-fr-es/fr-es.autobil.bin",
        "apertium-eng-spa/spa-eng.autobil.bin",
    ),
    "epo": (
        "apertium-eo-fr/fr-eo.automorf.bin",
        "apertium-eo-fr/fr-eo.autobil.bin",
        "apertium-eo-en/eo-en.autobil.bin",
    ),
}
# Debian source packages whose dictionaries the chains read (named in assets/NOTICE).
PACKAGES = (
    "apertium-fra-cat",
    "apertium-eng-cat",
    "apertium-fr-es",
    "apertium-eng-spa",
    "apertium-eo-fr",
    "apertium-eo-en",
)
APERTIUM_POS = {
    "n": "NOUN",
    "vblex": "VERB",
    "vbser": "VERB",
    "vbhaver": "VERB",
    "vbmod": "VERB",
    "adj": "ADJ",
    "adv": "ADV",
    "pr": "ADP",
    "cnjsub": "SCONJ",
    "cnjcoo": "CCONJ",
    "cnjadv": "ADV",
    "preadv": "ADV",
    "ij": "INTJ",
}
_SPECIAL = re.compile(r"([\^$/<>@*#\[\]{}\\])")
_LU = re.compile(r"\^((?:\\.|[^$\\])*)\$")
_SPLIT = re.compile(r"(?<!\\)/")


@dataclass(frozen=True, slots=True)
class Translation:
    """One English candidate for (French lemma, POS, gender) from one chain."""

    lemma: str
    pos: str
    gender: str  # m | f | '' (mf or none)
    english: str
    chain: str  # cat | spa | epo
    rank: int  # 0 for the bilingual dictionaries' defaults on both steps


def available() -> bool:
    """True when lt-proc and every chain's dictionaries are installed."""
    return shutil.which("lt-proc") is not None and all(
        (APERTIUM / f).is_file() for files in CHAINS.values() for f in files
    )


def package_versions(chains: tuple[str, ...] = tuple(CHAINS)) -> dict[str, str]:
    """{Debian package: installed version} for the chains' pairs (for NOTICE and meta)."""
    out = {}
    wanted = {f.split("/")[0] for c in chains for f in CHAINS[c]}
    for pkg in (p for p in PACKAGES if p in wanted):
        res = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True
        )
        out[pkg] = res.stdout.strip() if res.returncode == 0 else "?"
    return out


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def lt_proc(binary: str, lines: list[str], bilingual: bool) -> list[str]:
    """Run lt-proc over `lines` (one unit a line) in one process; one output line per input."""
    args = ["lt-proc", "-b" if bilingual else "-a", str(APERTIUM / binary)]
    text = "\n".join(lines) + "\n"
    res = subprocess.run(args, input=text, capture_output=True, text=True, check=True)
    out = res.stdout.split("\n")
    if len(out) < len(lines):
        raise RuntimeError(f"lt-proc {binary}: {len(out)} lines for {len(lines)}")
    return out[: len(lines)]


def _units(line: str) -> list[list[str]]:
    """'^a/b<n>/c<n>$' -> [['a', 'b<n>', 'c<n>']] (escaped text kept escaped)."""
    return [_SPLIT.split(m.group(1)) for m in _LU.finditer(line)]


def _tags(analysis: str) -> tuple[str, list[str], str]:
    """'conférence<n><f><sg># de presse' -> ('conférence', ['n','f','sg'], '# de presse')."""
    head, _, rest = analysis.partition("<")
    tags_part, hash_, queue = ("<" + rest).partition("#")
    tags = re.findall(r"<([^>]*)>", tags_part)
    return head, tags, (hash_ + queue) if hash_ else ""


def base_analyses(lemma: str, analyses: list[str]) -> list[tuple[str, str, str]]:
    """The analyses of a lemma in its base form: (bidix unit, POS, gender)."""
    out = []
    for a in analyses:
        if a.startswith(("*", "@", "#")):
            continue
        head, tags, queue = _tags(a)
        if not tags:
            continue
        full = unescape(head) + unescape(queue.replace("# ", " ").replace("#", ""))
        if full.lower() != lemma.lower():
            continue
        pos = APERTIUM_POS.get(tags[0])
        if pos is None:
            continue
        rest = set(tags[1:])
        if pos == "NOUN" and not rest & {"sg", "sp"}:
            continue
        if pos == "ADJ" and (not rest & {"sg", "sp"} or "f" in rest):
            continue
        if pos == "VERB" and "inf" not in rest:
            continue
        gender = "m" if "m" in rest else "f" if "f" in rest else ""
        out.append((_move_queue(head, tags, queue), pos, gender))
    return out


def _move_queue(head: str, tags: list[str], queue: str) -> str:
    """The bidix form of an analysis: a multiword's queue goes before the tags."""
    return head + queue + "".join(f"<{t}>" for t in tags)


def _english(unit_out: list[str]) -> list[str]:
    """English lemmas of a pivot->English output unit (unknown markers dropped)."""
    out = []
    for alt in unit_out[1:]:
        if not alt or alt[0] in "@#*":
            continue
        head = unescape(alt.split("<", 1)[0].replace("# ", " ").replace("#", ""))
        queue = ""
        if "#" in alt and alt.index("#") > alt.find("<") >= 0:  # make<vblex><inf># up
            queue = unescape(alt.split("#", 1)[1].split("<", 1)[0])
        word = (head + (" " + queue.strip() if queue.strip() else "")).strip()
        if word and word not in out:
            out.append(word)
    return out


_VERB_TAGS = re.compile(r"<vb(?:tr|ntr|tr_ntr)>")


def _pivot_tags(unit: str) -> str:
    """A French->pivot output as the pivot->English dictionary wants it: gender/number "to
    be determined" (homòleg<n><GD>) made concrete; Esperanto's transitivity tags
    (havi<vbtr>) as eo-en's plain <vblex>."""
    unit = unit.replace("<GD>", "<m>").replace("<ND>", "<sg>")
    return _VERB_TAGS.sub("<vblex>", unit)


def _gender_variants(unit: str) -> list[str]:
    """Other genders to try when the English side does not know this one (major<adj><m>
    is only there as <mf>)."""
    out = []
    for a, b in (("<m>", "<mf>"), ("<f>", "<mf>"), ("<mf>", "<m>"), ("<mf>", "<f>")):
        if a in unit:
            out.append(unit.replace(a, b, 1))
    return out


def _unknown(line: str) -> bool:
    lus = _units(line)
    return not lus or all(not a or a[0] in "@#*" for a in lus[0][1:])


def _pivot_to_english(piv_en: str, units: list[str]) -> list[str]:
    """Pivot->English output per unit; a unit unknown as tagged is retried in its other
    genders (one more streamed run)."""
    out = lt_proc(piv_en, [f"^{u}$" for u in units], bilingual=True)
    retry = [
        (i, v) for i, line in enumerate(out) if _unknown(line) for v in _gender_variants(units[i])
    ]
    if retry:
        again = lt_proc(piv_en, [f"^{v}$" for _, v in retry], bilingual=True)
        for (i, _), line in zip(retry, again, strict=True):
            if _unknown(out[i]) and not _unknown(line):
                out[i] = line
    return out


def chain(name: str, lemmas: Iterable[str]) -> list[Translation]:
    """Every (lemma, POS, gender) -> English candidate of one chain, default-ranked."""
    morf, fr_piv, piv_en = CHAINS[name]
    lemmas = [x for x in dict.fromkeys(lemmas) if x and "\n" not in x]
    analysed = lt_proc(morf, [escape(x) for x in lemmas], bilingual=False)
    units: list[tuple[str, str, str, str]] = []  # (lemma, unit, pos, gender)
    for lemma, line in zip(lemmas, analysed, strict=True):
        for lu in _units(line):
            for unit, pos, gender in base_analyses(lemma, lu[1:]):
                units.append((lemma, unit, pos, gender))
    units = list(dict.fromkeys(units))
    pivot_out = lt_proc(fr_piv, [f"^{u[1]}$" for u in units], bilingual=True)
    pivots: list[tuple[int, int, str]] = []  # (unit index, rank, pivot unit)
    for i, line in enumerate(pivot_out):
        lus = _units(line)
        if not lus:
            continue
        for rank, alt in enumerate(lus[0][1:]):
            if alt and alt[0] not in "@#*":
                # gender/number "to be determined" (homòleg<n><GD>): the English side
                # ignores them, but the bilingual dictionary needs one
                pivots.append((i, rank, _pivot_tags(alt)))
    eng_out = _pivot_to_english(piv_en, [p[2] for p in pivots])
    result: list[Translation] = []
    seen: set[tuple] = set()
    for (i, prank, piv), line in zip(pivots, eng_out, strict=True):
        lus = _units(line)
        if not lus:
            continue
        lemma, _unit, pos, gender = units[i]
        pivot_word = unescape(piv.split("<", 1)[0])
        for erank, word in enumerate(_english(lus[0])):
            key = (lemma, pos, gender, word.lower())
            if key in seen:
                continue
            seen.add(key)
            if word.lower() == pivot_word.lower() and word.lower() != lemma.lower():
                # the pivot word itself: a leak unless it is also English (checked later)
                result.append(Translation(lemma, pos, gender, word, name, 9))
                continue
            result.append(Translation(lemma, pos, gender, word, name, prank + erank))
    return result
