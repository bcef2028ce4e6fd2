"""spaCy loaded fast: the tokenizer pattern from the disk cache and set-based lemma lookups
give exactly what plain spaCy gives; a damaged cache file is rebuilt, never an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from spacy_launch import HELD_OUT, plant_damaged_pattern, small_program

from reader.core import nlp_load
from reader.core.analysis import MODEL

ROOT = Path(__file__).resolve().parents[2]

LAUNCH = ROOT / "tests" / "spacy_launch.py"


def _launch_in_fresh_process(folder: Path) -> dict:
    """tests/spacy_launch.py in a fresh Python: spaCy loaded with its cache in `folder`."""
    out = subprocess.run(
        [sys.executable, str(LAUNCH), MODEL, str(folder)],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.splitlines()[-1])


def test_tokenizer_pattern_cached_on_disk_gives_identical_tokens(tmp_path, spacy_first_launch):
    # A first launch finds, where the cache file goes, a damaged one (cut short by a crash):
    # it is ignored, spaCy compiles the pattern itself (what a first launch does with no file)
    # and the file is replaced by a good one. On several workers the run's spaCy cache builder
    # is that first launch (a fresh process compiling the pattern anyway: conftest.py); in a
    # run without one, it is launched here.
    if spacy_first_launch is None:
        folder = tmp_path / "spacy-cache"
        path, damaged_ignored = plant_damaged_pattern(folder, MODEL)
        built = _launch_in_fresh_process(folder)
    else:
        folder, built = spacy_first_launch
        path, damaged_ignored = nlp_load.cache_path(folder, MODEL), built["damaged_ignored"]
    assert damaged_ignored
    assert built["pattern"] == "rebuilt"
    files = list(folder.glob("fr-token-match-*"))
    assert files == [path]
    stored = nlp_load.read_compiled(path)
    assert stored is not None and stored.pattern != small_program()[0]
    assert len(stored.pattern) > 100_000

    cached = _launch_in_fresh_process(folder)  # next launch: no compiling
    assert cached["pattern"] == "cached"
    assert cached["tokens"] == built["tokens"]
    # The lemmatizer's tables, from their stored pieces: the same lemmas.
    assert (built["lookups"], cached["lookups"]) == ("built", "cached")
    assert (built["strings"], cached["strings"]) == ("built", "cached")
    # The prefix, suffix and infix patterns: the stale file replaced, then used as compiled.
    assert (built["affixes"], cached["affixes"]) == ("rebuilt", "cached")
    assert len(list(folder.glob("fr-tokenizer-affixes-*"))) == 1
    assert cached["lemmas"] == built["lemmas"] and len(built["lemmas"][0]) > 500
    assert (
        "arc-en-ciel" in cached["tokens"][1] and "Saint-Étienne-du-Rouvray" in (cached["tokens"][1])
    )
    # Both launches (pattern compiled, pattern read): the collector as it was, and no
    # command-line packages imported until spaCy's command line is asked for.
    for run in (built, cached):
        assert run["collector"] == [True, [500, 7, 9], True, True, 3]
        assert run["without_cli"] == [False, False] and run["cli"] == [True, "fr"]


def test_damaged_or_foreign_cache_files_read_as_missing(tmp_path):
    path = tmp_path / "p.bin"
    program = ("a+b", 32, [], 0, {}, ())  # not a valid program: _sre refuses it
    assert nlp_load.write_compiled(path, program)
    assert nlp_load.read_compiled(path) is None
    import re

    good = small_program()
    pattern = good[0]
    assert nlp_load.write_compiled(path, good)
    back = nlp_load.read_compiled(path)
    assert back is not None and back.pattern == pattern
    assert bool(back.match("Porte-Monnaie")) and not back.match("porte monnaie")
    assert back.match("Sous-Marin").span() == re.compile(pattern).match("Sous-Marin").span()
    data = path.read_bytes()
    for damaged in (b"", b"garbage", data[:-3], data[:-1] + bytes([data[-1] ^ 1])):
        path.write_bytes(damaged)
        assert nlp_load.read_compiled(path) is None


def test_lookup_tables_stored_in_pieces_come_back_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(nlp_load, "_TABLE_CHUNK", 3)
    tables = {
        "lemma_lookup": {n: [f"mot{n}"] for n in [*range(10), 2**64 - 1]},
        "lemma_exc": {
            1: {f"f{n}": [f"l{n}"] for n in range(8)},
            2: {"a": ["b"]},
            5: {"été": ["être", "été"], "x": []},  # not one lemma each: stored as msgpack
            6: {"a\x00b": ["c"], "": [""], "𝔸": ["é"]},  # the text's separator in a word
        },
        "lemma_index": {3: [f"w{n}" for n in range(7)], 4: [], 7: ["", "a\x00b", "ö"]},
        "lemma_rules": {8: [["aux", "al"], ["é", "er"]]},
        "ids": {-1: ["negative"], 3: ["fine"]},  # not an unsigned 64-bit id: msgpack
        "empty": {},
    }
    path = tmp_path / "lookups.bin"
    assert nlp_load.write_tables(path, tables)
    back = nlp_load.read_tables(path)
    assert back == tables
    # Values are fresh lists of the same type (the lemmatizer indexes and extends them).
    assert all(type(v) is list for v in back["lemma_lookup"].values())
    assert type(back["lemma_exc"][1]["f0"]) is list
    # The word pieces are stored as text (no call per entry), the rest as msgpack.
    assert {"texts", "ids->one", "words->one", "msgpack"} <= _codecs(path)
    data = path.read_bytes()
    for damaged in (b"", data[:-5], data[:-1] + bytes([data[-1] ^ 1])):
        path.write_bytes(damaged)
        assert nlp_load.read_tables(path) is None
    # A file of the earlier layout (one marshal list of pieces), whole and with a good
    # checksum, is stale: read as missing (the caller decodes the model's file again).
    import marshal

    import srsly

    old = [(name, len(t), [("entries", 0, srsly.msgpack_dumps(t))]) for name, t in tables.items()]
    assert nlp_load._write_blob(path, marshal.dumps(old), form=1)
    assert nlp_load.read_tables(path) is None
    # Likewise the msgpack-only layout (2).
    head = marshal.dumps([(name, len(t), []) for name, t in tables.items()])
    assert nlp_load._write_blob(path, len(head).to_bytes(4, "little") + head, form=2)
    assert nlp_load.read_tables(path) is None
    assert nlp_load.write_tables(path, tables) and nlp_load.read_tables(path) == tables


def _codecs(path) -> set[str]:
    import marshal

    payload = nlp_load._read_blob(path, nlp_load.TABLES_FORMAT)
    size = int.from_bytes(payload[:4], "little")
    return {piece[3] for _n, _c, pieces in marshal.loads(payload[4 : 4 + size]) for piece in pieces}


def test_set_lookups_give_the_lemmas_of_plain_spacy(analyzer, sample_text):
    import spacy

    ours = analyzer.load()
    lemmatizer = ours.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    plain = spacy.load(MODEL, exclude=list(analyzer.disable))
    assert not isinstance(
        next(iter(plain.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())),
        frozenset,
    )
    # Every table has the same entries as spaCy's own, and answers the same.
    mine, theirs = lemmatizer.lookups, plain.get_pipe("lemmatizer").lookups
    assert sorted(mine.tables) == sorted(theirs.tables)
    for name in theirs.tables:
        table, want = mine.get_table(name), theirs.get_table(name)
        assert len(table) == len(want) > 0 and type(table) is not type(want)
        if name == "lemma_index":  # word lists became sets: the same members
            assert {k: set(v) for k, v in table.items()} == {k: set(v) for k, v in want.items()}
        else:
            assert dict(table.items()) == dict(want.items())
    lookup, want = mine.get_table("lemma_lookup"), theirs.get_table("lemma_lookup")
    for word in ("chevaux", "allées", "qu'", "Xyzzyq", "été", ""):
        assert (word in lookup) == (word in want)
        assert lookup.get(word, [word]) == want.get(word, [word])
    # The model's strings, interned one by one from a generator: all there, in spaCy's order
    # (ours may have more after them: the words of texts analysed since).
    want_strings = list(plain.vocab.strings)
    assert len(want_strings) > 100_000
    assert list(ours.vocab.strings)[: len(want_strings)] == want_strings
    texts = [sample_text, HELD_OUT]

    def readings(nlp):
        return [
            (t.text, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_type_)
            for doc in nlp.pipe(texts)
            for t in doc
        ]

    got, want = readings(ours), readings(plain)
    assert len(got) > 600
    assert got == want


def test_model_strings_kept_in_pieces_come_back_in_order(tmp_path, monkeypatch):
    import srsly

    monkeypatch.setattr(nlp_load, "_TABLE_CHUNK", 4)
    strings = ["aujourd'hui", 'dit "oui"', "", "Saint-Étienne", "\\", "𝔸", *map(str, range(9))]
    source = tmp_path / "strings.json"
    source.write_bytes(srsly.json_dumps(strings).encode())
    folder = tmp_path / "cache"
    assert nlp_load._strings_of(source, folder, srsly) == strings
    assert nlp_load.status["strings"] == "built"
    (copy,) = folder.glob("strings-*.bin")
    assert nlp_load._strings_of(source, folder, srsly) == strings
    assert nlp_load.status["strings"] == "cached"
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])  # cut short: decoded from the model's file again
    assert nlp_load._strings_of(source, folder, srsly) == strings
    assert nlp_load.status["strings"] == "built" and copy.read_bytes() == data
    # The model's file changed: its own copy (another checksum), never the old one's strings.
    source.write_bytes(srsly.json_dumps(strings[::-1]).encode())
    assert nlp_load._strings_of(source, folder, srsly) == strings[::-1]
