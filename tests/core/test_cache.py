"""The analysis cache: exact round trips, counted hits, stale and damaged entries ignored."""

from __future__ import annotations

import logging

import pytest

from reader.core import cache as cache_mod
from reader.core.cache import AnalysisCache, content_key
from reader.core.document import Chapter, Document

KEY = "fr_core_news_sm-3.8.0-test-a2"


@pytest.fixture
def doc(sample_doc) -> Document:
    out = Document.from_dict(sample_doc.to_dict())
    out.title = "Genève"
    out.meta = {"author": "AFP", "format": "txt"}
    out.chapters = [Chapter(0, "Un", 0, len(out.text))]
    return out


def test_round_trip_is_exact_and_counted(doc, tmp_path):
    cache = AnalysisCache(tmp_path / "c")
    assert _read(cache, doc.text, KEY) is None and cache.misses == 1
    cache.put(doc, KEY)
    back = _read(cache, doc.text, KEY)
    assert cache.hits == 1
    assert back.to_dict() == doc.to_dict()
    assert all(back.text[t.start : t.end] == t.text for t in back.tokens)


def test_many_chunks_round_trip(doc, tmp_path, monkeypatch):
    monkeypatch.setattr(cache_mod, "_CHUNK", 7)
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    assert _read(cache, doc.text, KEY).tokens == doc.tokens


def test_partial_documents_are_not_stored(doc, tmp_path):
    doc.complete = False
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    assert list((tmp_path / "c").iterdir()) == []


def test_other_pipeline_or_other_text_misses(doc, tmp_path):
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    assert _read(cache, doc.text, KEY.replace("a2", "a3")) is None
    assert _read(cache, doc.text + " ", KEY) is None
    assert content_key(doc.text, KEY) != content_key(doc.text, KEY + "x")
    assert cache.misses == 2 and cache.hits == 0


@pytest.mark.parametrize(
    "damage", [lambda b: b[: len(b) // 2], lambda b: b"\0" * len(b), lambda b: b""]
)
def test_damaged_entry_is_ignored_with_a_warning(doc, tmp_path, caplog, damage):
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    (entry,) = (tmp_path / "c").glob("*.doc")
    entry.write_bytes(damage(entry.read_bytes()))
    with caplog.at_level(logging.WARNING):
        assert _read(cache, doc.text, KEY) is None
    assert cache.misses == 1
    cache.put(doc, KEY)
    assert _read(cache, doc.text, KEY).tokens == doc.tokens


def test_old_entries_are_trimmed(doc, tmp_path, monkeypatch):
    monkeypatch.setattr(cache_mod, "_MAX_ENTRIES", 2)
    cache = AnalysisCache(tmp_path / "c")
    for n in range(4):
        cache.put(Document.from_dict({**doc.to_dict(), "title": str(n)}), f"{KEY}{n}")
    assert len(list((tmp_path / "c").glob("*.doc"))) == 2
    assert _read(cache, doc.text, f"{KEY}3") is not None
    assert _read(cache, doc.text, f"{KEY}0") is None


def test_first_tokens_come_before_the_rest(doc, tmp_path, monkeypatch):
    monkeypatch.setattr(cache_mod, "_CHUNK", 100)
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    parts = list(cache.get_parts(doc.text, KEY))
    assert [p.complete for p in parts] == [False, True]
    first, whole = parts
    assert 0 < len(first.tokens) < len(whole.tokens)
    assert first.tokens == whole.tokens[: len(first.tokens)]
    assert first.sentences[-1].last_token == len(first.tokens)
    assert first.paragraphs[-1].last_sentence == len(first.sentences)
    assert whole.to_dict() == doc.to_dict()


def test_damage_past_the_header_is_reported(doc, tmp_path, monkeypatch):
    import marshal

    monkeypatch.setattr(cache_mod, "_CHUNK", 100)
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    (entry,) = (tmp_path / "c").glob("*.doc")
    head, chunks = marshal.loads(entry.read_bytes())
    entry.write_bytes(marshal.dumps((head, chunks[:2] + (b"broken",) + chunks[3:])))
    parts = cache.get_parts(doc.text, KEY)
    assert not next(parts).complete
    with pytest.raises(ValueError):
        list(parts)


@pytest.mark.parametrize("column, value", [(5, 10**6), (1, 10**8), (0, -5)])
def test_token_values_out_of_range_are_damage(doc, tmp_path, monkeypatch, column, value):
    """A stored chunk whose kind ids or offsets point outside the document is damaged (the
    loader analyses the text again), never tokens that index nothing."""
    import marshal
    import zlib
    from array import array

    monkeypatch.setattr(cache_mod, "_CHUNK", 100)
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    (entry,) = (tmp_path / "c").glob("*.doc")
    head, chunks = marshal.loads(entry.read_bytes())
    first, count, kinds, arrays = marshal.loads(zlib.decompress(chunks[1]))
    bad = array("i")
    bad.frombytes(arrays[column])
    bad[-1] = value
    arrays = arrays[:column] + (bad.tobytes(),) + arrays[column + 1 :]
    chunk = zlib.compress(marshal.dumps((first, count, kinds, arrays)))
    entry.write_bytes(marshal.dumps((head, (chunks[0], chunk, *chunks[2:]))))
    parts = cache.get_parts(doc.text, KEY)
    assert not next(parts).complete
    with pytest.raises(ValueError, match="damaged token chunk 1"):
        list(parts)


def test_byte_limit_prunes_the_least_recently_used(doc, tmp_path):
    import os

    folder = tmp_path / "c"
    probe = AnalysisCache(folder)
    probe.put(doc, "probe")
    one = probe.size()
    (folder / f"{content_key(doc.text, 'probe')}.doc").unlink()
    cache = AnalysisCache(folder, max_bytes=int(one * 3.5))
    for n in range(3):
        cache.put(doc, f"{KEY}{n}")
        os.utime(folder / f"{content_key(doc.text, f'{KEY}{n}')}.doc", (1000 + n, 1000 + n))
    assert cache.size() == 3 * one
    assert _read(cache, doc.text, f"{KEY}0") is not None  # read now: the most recently used
    cache.put(doc, f"{KEY}3")
    cache.put(doc, f"{KEY}4")
    assert cache.size() <= cache.max_bytes
    kept = {n for n in range(5) if _read(cache, doc.text, f"{KEY}{n}") is not None}
    assert kept == {0, 3, 4}


def test_an_entry_larger_than_the_limit_is_still_kept_alone(doc, tmp_path):
    cache = AnalysisCache(tmp_path / "c", max_bytes=10)
    cache.put(doc, f"{KEY}0")
    cache.put(doc, f"{KEY}1")
    assert _read(cache, doc.text, f"{KEY}1").tokens == doc.tokens
    assert _read(cache, doc.text, f"{KEY}0") is None


def _read(cache: AnalysisCache, text: str, key: str) -> Document | None:
    """The complete cached Document (the last of its parts), or None on a miss."""
    parts = cache.get_parts(text, key)
    return None if parts is None else list(parts)[-1]


def test_the_first_chunk_is_small_so_the_first_screens_come_back_first(doc, tmp_path, monkeypatch):
    monkeypatch.setattr(cache_mod, "_FIRST_CHUNK", 50)
    monkeypatch.setattr(cache_mod, "_CHUNK", 300)
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    parts = list(cache.get_parts(doc.text, KEY))
    assert [p.complete for p in parts] == [False, True]
    first, whole = parts
    assert 50 <= len(first.tokens) < len(whole.tokens) // 2
    assert first.sentences[-1].last_token == len(first.tokens)  # whole paragraphs
    assert whole.to_dict() == doc.to_dict()


def test_an_entry_of_the_previous_layout_is_stale_and_replaced(doc, tmp_path, caplog):
    """Format 3 kept the paragraphs and sentences as tuples of ints (one marshal call of a
    book's ~50k of them held the GIL ~60 ms); such an entry is analysed again, not read."""
    import marshal
    import zlib

    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    (entry,) = (tmp_path / "c").glob("*.doc")
    _head, chunks = marshal.loads(entry.read_bytes())
    old_header = (
        3,
        cache_mod._MACHINE,
        len(doc.text),
        doc.title,
        tuple(sorted(doc.meta.items())),
        tuple(
            (p.index, p.start, p.end, p.kind, p.chapter, p.first_sentence, p.last_sentence)
            for p in doc.paragraphs
        ),
        tuple(
            (s.index, s.start, s.end, s.paragraph, s.first_token, s.last_token)
            for s in doc.sentences
        ),
        tuple((c.index, c.title, c.start, c.end) for c in doc.chapters),
    )
    entry.write_bytes(marshal.dumps((zlib.compress(marshal.dumps(old_header)), chunks)))
    with caplog.at_level(logging.WARNING):
        assert _read(cache, doc.text, KEY) is None
    assert cache.misses == 1 and cache.hits == 0
    cache.put(doc, KEY)
    assert _read(cache, doc.text, KEY).to_dict() == doc.to_dict()


def test_paragraph_kinds_and_chapters_come_back_as_they_were(doc, tmp_path):
    from dataclasses import replace

    kinds = ["heading", "paragraph", "list item", "paragraph", "quote"]
    doc.paragraphs = [replace(p, kind=kinds[n % len(kinds)]) for n, p in enumerate(doc.paragraphs)]
    doc.chapters = [Chapter(0, "Un", 0, 10), Chapter(1, "Deux", 10, len(doc.text))]
    cache = AnalysisCache(tmp_path / "c")
    cache.put(doc, KEY)
    back = _read(cache, doc.text, KEY)
    assert [p.kind for p in back.paragraphs] == [p.kind for p in doc.paragraphs]
    assert back.chapters == doc.chapters and back.to_dict() == doc.to_dict()


def test_the_content_key_is_the_hash_of_the_whole_text_however_it_is_sliced(monkeypatch):
    """The key is hashed a slice at a time (a book's text encoded at once held the GIL);
    keys of entries already stored stay valid, astral characters and lone surrogates
    across a slice boundary included."""
    import hashlib

    text = "Été\U0001f600 à l’île \ud800x\udc00 ; " * 50
    whole = hashlib.sha256(KEY.encode() + b"\0" + text.encode("utf-8", "surrogatepass"))
    for size in (1, 7, 1000, 1 << 18):
        monkeypatch.setattr(cache_mod, "_KEY_SLICE", size)
        assert content_key(text, KEY) == whole.hexdigest()[:40]
