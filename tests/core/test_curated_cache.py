"""The curated table kept parsed in the cache folder: the same answers as the TSV parsed, a
stale or damaged file rebuilt, an unwritable folder only costs the parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import curated
from reader.core.paths import asset

ROWS = (
    "lemma\tpos\tgender\tsenses\tnote\n"
    "livre\tNOUN\tm\tbook; volume\t\n"
    "livre\tNOUN\tf\tpound\t\n"
    "Éventuel\tADJ\t\tpossible; potential\tfalse friend: not 'eventual'\n"
    "amont\tNOUN\tm\tupstream (en amont: upstream; beforehand); head\t\n"
)


def _entries(table) -> dict:
    return {(e.lemma, e.pos, e.gender): e for entries in table.values() for e in entries}


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "curated-glosses.tsv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def test_the_shipped_table_read_from_the_cache_answers_as_the_tsv_parsed(tmp_path):
    parsed = curated.parse_table(asset(curated.FILENAME).read_text(encoding="utf-8"))
    cache = tmp_path / curated.CACHE_NAME
    built = curated.load_table(asset(curated.FILENAME), cache)  # parses, stores
    assert cache.is_file()
    cached = curated.load_table(asset(curated.FILENAME), cache)
    assert curated.read_cache(cache, asset(curated.FILENAME).read_bytes()) is not None
    for table in (built, cached):
        assert len(table) == len(parsed)
        assert _entries(table) == _entries(parsed)
        for key, entries in parsed.items():
            assert table.get(key) == entries
        assert table.get(("zzzz", "NOUN")) == ()


def test_the_sample_looked_up_with_the_cached_table_reads_the_same(
    tmp_path, monkeypatch, sample_doc
):
    from reader.core.glossary import default_glossary

    words = [t for t in sample_doc.tokens if t.is_word]
    text = sample_doc.text

    def lookups(table) -> list:
        monkeypatch.setattr(curated, "_table", table)
        glossary = default_glossary()
        return [glossary.lookup_token(t, text) for t in words]

    parsed = curated.parse_table(asset(curated.FILENAME).read_text(encoding="utf-8"))
    cache = tmp_path / curated.CACHE_NAME
    curated.load_table(asset(curated.FILENAME), cache)
    cached = curated.load_table(asset(curated.FILENAME), cache)
    assert isinstance(cached, curated._Table)
    before, after = lookups(parsed), lookups(cached)
    assert len(words) > 100
    assert any(r.source == "curated" for r in before)
    assert after == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b[:-20] + bytes(x ^ 0xFF for x in b[-20:]),  # the payload changed
        lambda b: b"\x00\x01" + b[2:],  # the header length wrong
        lambda b: b"not a cache at all",
        lambda b: b"",
    ],
)
def test_a_damaged_cache_is_rebuilt(tsv, tmp_path, damage):
    cache = tmp_path / curated.CACHE_NAME
    good = curated.load_table(tsv, cache)
    cache.write_bytes(damage(cache.read_bytes()))
    assert curated.read_cache(cache, tsv.read_bytes()) is None
    again = curated.load_table(tsv, cache)
    assert _entries(again) == _entries(good) == _entries(curated.parse_table(ROWS))
    assert curated.read_cache(cache, tsv.read_bytes()) is not None  # rewritten whole


def test_a_cache_of_another_table_is_not_used(tsv, tmp_path):
    cache = tmp_path / curated.CACHE_NAME
    curated.load_table(tsv, cache)
    tsv.write_text(ROWS.replace("book; volume", "book; tome"), encoding="utf-8")
    table = curated.load_table(tsv, cache)
    assert table.get(("livre", "NOUN"))[0].senses == ("book", "tome")
    assert curated.load_table(tsv, cache).get(("livre", "NOUN"))[0].senses == ("book", "tome")


def test_a_cache_of_another_format_is_not_used(tsv, tmp_path, monkeypatch):
    cache = tmp_path / curated.CACHE_NAME
    curated.load_table(tsv, cache)
    monkeypatch.setattr(curated, "CACHE_FORMAT", curated.CACHE_FORMAT + 1)
    assert curated.read_cache(cache, tsv.read_bytes()) is None
    assert _entries(curated.load_table(tsv, cache)) == _entries(curated.parse_table(ROWS))
    assert curated.read_cache(cache, tsv.read_bytes()) is not None


def test_an_unwritable_cache_folder_still_gives_the_table(tsv, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    cache = blocked / curated.CACHE_NAME  # its folder is a file: nothing can be written
    table = curated.load_table(tsv, cache)
    assert _entries(table) == _entries(curated.parse_table(ROWS))
    assert not cache.exists()
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(curated.CACHE_NAME)]


def test_no_data_folder_still_gives_the_shipped_table(monkeypatch):
    def unusable() -> Path:
        raise PermissionError("read-only")

    monkeypatch.setattr(curated, "cache_file", unusable)
    monkeypatch.setattr(curated, "_table", None)
    entry = curated.curated_entry("éventuel", "ADJ")
    assert entry is not None and entry.senses[0] == "possible" and entry.false_friend


def test_a_row_with_a_control_separator_is_used_as_parsed(tmp_path):
    path = tmp_path / "curated-glosses.tsv"
    path.write_text("livre\tNOUN\tm\tbook\x1fvolume\t\n", encoding="utf-8")
    cache = tmp_path / curated.CACHE_NAME
    table = curated.load_table(path, cache)
    assert table.get(("livre", "NOUN"))[0].senses == ("book\x1fvolume",)
    assert not cache.exists()
