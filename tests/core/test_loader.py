"""Opening documents: the first screen first, the rest in parts, reopening from the cache."""

from __future__ import annotations

import pytest

from reader.core.cache import AnalysisCache
from reader.core.document import SourceText
from reader.core.loader import open_document, version_key


@pytest.fixture(scope="module")
def long_text(sample_text) -> str:
    """About 9,000 characters of real French in many paragraphs (three parts and more at
    the sizes the tests ask for)."""
    paragraphs = [p for p in sample_text.splitlines() if p.strip()]
    out = []
    while sum(len(p) + 1 for p in out) < 7_000:
        out.extend(paragraphs)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def plain_long(analyzer, long_text):
    """`long_text` through a plain `analyze()` (shared by the tests that compare with it)."""
    return analyzer.analyze(long_text)


def _assert_valid(doc) -> None:
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    assert [p.index for p in doc.paragraphs] == list(range(len(doc.paragraphs)))
    for s in doc.sentences:
        assert all(t.sentence == s.index for t in doc.tokens[s.first_token : s.last_token])


def test_large_document_arrives_in_growing_parts(analyzer, long_text, plain_long):
    docs = list(open_document(long_text, analyzer, first_chars=1_500, part_chars=3_000))
    assert len(docs) >= 3
    assert [d.complete for d in docs] == [False] * (len(docs) - 1) + [True]
    sizes = [len(d.tokens) for d in docs]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    first, final = docs[0], docs[-1]
    # The first part covers the first screen and little more.
    assert first.paragraphs[-1].end >= 1_500
    assert first.paragraphs[-1].end < len(long_text) / 3
    for doc in docs:
        _assert_valid(doc)
        assert doc.text == long_text
    # Every part agrees with the finished analysis, which equals a plain analyze().
    for doc in docs[:-1]:
        assert doc.tokens == final.tokens[: len(doc.tokens)]
    assert final.tokens == plain_long.tokens


def test_partial_documents_are_not_changed_afterwards(analyzer, long_text):
    parts = open_document(long_text, analyzer, first_chars=1_500, part_chars=3_000)
    first = next(parts)
    held = len(first.tokens), len(first.sentences)
    list(parts)
    assert (len(first.tokens), len(first.sentences)) == held and not first.complete


def test_short_text_comes_whole_at_once(analyzer):
    docs = list(open_document("Le chat dort. Il fait beau.", analyzer))
    assert len(docs) == 1 and docs[0].complete
    assert [t.text for t in docs[0].tokens][:3] == ["Le", "chat", "dort"]


def test_reopening_comes_from_the_cache_without_analysis(
    analyzer, counting_analyzer, long_text, tmp_path
):
    cache = AnalysisCache(tmp_path)
    counting = counting_analyzer
    src = SourceText(long_text, title="Premier titre")
    first = list(open_document(src, counting, cache, first_chars=1_500))[-1]
    assert cache.misses == 1 and cache.hits == 0
    analysed = counting.streamed_chars
    assert analysed > 0

    again = list(open_document(SourceText(long_text, title="Nouveau titre"), counting, cache))
    assert len(again) == 1 and again[0].complete
    assert cache.hits == 1 and counting.streamed_chars == analysed
    assert again[0].tokens == first.tokens and again[0].sentences == first.sentences
    assert again[0].title == "Nouveau titre"


def test_abandoned_load_is_not_cached(analyzer, long_text, tmp_path):
    cache = AnalysisCache(tmp_path)
    parts = open_document(long_text, analyzer, cache, first_chars=1_500)
    assert not next(parts).complete
    parts.close()
    assert list(tmp_path.glob("*.doc")) == []
    assert cache.get_parts(long_text, version_key(analyzer)) is None


def test_damaged_cache_entry_is_rebuilt(analyzer, tmp_path):
    text = "Le ministre a parlé. La réunion était utile.\nElle a duré deux heures.\n"
    cache = AnalysisCache(tmp_path)
    list(open_document(text, analyzer, cache))
    (entry,) = tmp_path.glob("*.doc")
    entry.write_bytes(entry.read_bytes()[:40])
    docs = list(open_document(text, analyzer, cache))
    assert docs[-1].complete and [t.text for t in docs[-1].tokens][:2] == ["Le", "ministre"]
    again = cache.get_parts(text, version_key(analyzer))
    assert list(again)[-1].complete  # written again, whole


def test_cache_key_known_before_the_pipeline_loads(analyzer):
    from reader.core.analysis import Analyzer
    from reader.core.loader import _predicted_key

    analyzer.load()
    assert _predicted_key(analyzer) == analyzer.version_key()
    fresh = Analyzer(model=analyzer.model, disable=analyzer.disable)
    assert not fresh.loaded
    assert version_key(fresh) == analyzer.version_key()
    assert not fresh.loaded


def test_reopening_a_large_document_shows_its_start_first(
    analyzer, counting_analyzer, long_text, tmp_path, monkeypatch
):
    import marshal

    from reader.core import cache as cache_mod

    monkeypatch.setattr(cache_mod, "_CHUNK", 500)
    cache = AnalysisCache(tmp_path / "c")
    final = list(open_document(long_text, analyzer, cache))[-1]
    again = list(open_document(long_text, analyzer, cache))
    assert [d.complete for d in again] == [False, True]
    assert 0 < len(again[0].tokens) < len(final.tokens) and again[-1].tokens == final.tokens
    _assert_valid(again[0])

    # A chunk damaged past the header: the document is analysed again, whole.
    (entry,) = (tmp_path / "c").glob("*.doc")
    head, chunks = marshal.loads(entry.read_bytes())
    entry.write_bytes(marshal.dumps((head, chunks[:1] + (b"broken",) + chunks[2:])))
    counting = counting_analyzer
    docs = list(open_document(long_text, counting, cache))
    assert docs[-1].complete and docs[-1].tokens == final.tokens
    assert counting.streamed_chars > 0


def test_loaded_tokens_share_their_repeated_strings(
    analyzer, long_text, plain_long, tmp_path, monkeypatch
):
    """A book repeats a few thousand words: each distinct string is kept once (after a
    reopen from the cache: once per stored chunk), with the values plain analysis gives."""
    from reader.core import cache as cache_mod

    monkeypatch.setattr(cache_mod, "_CHUNK", 1000)
    plain = plain_long
    loaded = list(open_document(long_text, analyzer, AnalysisCache(tmp_path)))[-1]
    reopened = list(open_document(long_text, analyzer, AnalysisCache(tmp_path)))[-1]
    assert loaded.tokens == plain.tokens == reopened.tokens
    chunks = -(-len(plain.tokens) // 1000)
    assert chunks > 1
    for field in ("text", "lemma", "morph", "norm"):
        values = [getattr(t, field) for t in loaded.tokens]
        assert len({id(v) for v in values}) == len(set(values)), field
        again = [getattr(t, field) for t in reopened.tokens]
        assert len({id(v) for v in again}) <= len(set(again)) * chunks, field
        assert len(set(values)) * 3 < len(values), field  # repeated strings exist


def test_memory_freed_by_each_part_goes_back_to_the_system(analyzer, long_text, monkeypatch):
    """A book's parts leave tens of MB of freed memory in the C heap: it is returned after
    each part is taken and before the whole is assessed (never for a short text)."""
    from reader.core import loader

    calls = []
    monkeypatch.setattr(loader, "release_free_memory", lambda: calls.append(1))
    docs = list(open_document(long_text, analyzer, first_chars=1_500, part_chars=3_000))
    partial_from_full_pass = len(docs) - 2  # minus the first screen and the complete one
    assert partial_from_full_pass >= 1 and len(calls) == partial_from_full_pass + 1
    calls.clear()
    list(open_document("Une phrase courte.", analyzer))
    assert calls == []


def test_a_text_up_to_twice_the_first_part_is_analysed_in_one_pass(counting_analyzer, long_text):
    # no first part analysed on its own (its paragraphs would be analysed twice)
    whole = list(open_document(long_text, counting_analyzer, first_chars=len(long_text) // 2 + 1))
    assert [d.complete for d in whole] == [True] and counting_analyzer.streams == 1
    counting_analyzer.streams = 0
    parts = list(open_document(long_text, counting_analyzer, first_chars=len(long_text) // 2 - 500))
    assert parts[0].complete is False and parts[-1].complete and counting_analyzer.streams == 2
    assert parts[-1].tokens == whole[0].tokens
