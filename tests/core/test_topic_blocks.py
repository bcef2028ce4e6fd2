"""A long text's topic is judged on its block of DOC_BLOCK characters around the word, counted
once by the analysis's worker: a pop-up in a book never scans the whole book."""

import time

from reader.core import topic

MANUAL = (
    "Ouvrez le fichier dans le logiciel, puis cliquez sur le menu pour installer le paquet "
    "sur votre ordinateur. "
)
STORY = "Le vieux pêcheur regardait la mer depuis le port, et la pluie tombait sur les toits. "


def _book() -> tuple[str, int, int]:
    manual = MANUAL * (topic.DOC_BLOCK // len(MANUAL) + 1)
    manual = manual[: topic.DOC_BLOCK]
    story = STORY * (topic.DOC_BLOCK // len(STORY) + 1)
    text = manual + story
    return text, topic.DOC_BLOCK // 2, topic.DOC_BLOCK + len(story) // 2


def test_a_book_with_a_computing_chapter_is_a_manual_only_there():
    text, in_manual, in_story = _book()
    assert topic.computing_context(text, in_manual, in_manual + 4)
    assert not topic.computing_context(text, in_story, in_story + 4)


def test_a_short_text_is_its_own_document():
    text = MANUAL * 20 + STORY  # the story's sentence far from any marker, same document
    at = len(text) - len(STORY) // 2
    assert topic.computing_context(text, at, at + 4)


def test_prepare_document_counts_every_block_the_look_ups_read(monkeypatch):
    text, in_manual, in_story = _book()
    topic.prepare_document(text)
    scanned = []

    def no_scan(markers, text, stem, block):  # anything not counted yet would be scanned here
        scanned.append(block)
        raise AssertionError("a look-up scanned a block")

    counted = dict(topic._blocks)
    monkeypatch.setattr(
        topic,
        "_block_markers",
        lambda m, t, s, b: (
            counted[(m.pattern, s, len(t), hash(t), b)]
            if (m.pattern, s, len(t), hash(t), b) in counted
            else no_scan(m, t, s, b)
        ),
    )
    for at in (in_manual, in_story):
        topic.computing_context(text, at, at + 4)
        topic.music_context(text, at, at + 4)
        topic.image_context(text, at, at + 4)
        topic.maps_context(text, at, at + 4)
        topic.game_context(text, at, at + 4)
    assert scanned == []


def test_the_session_counts_each_part_before_handing_it_over(analyzer, monkeypatch):
    from reader.core.document import SourceText
    from reader.core.session import ReadingSession

    events = []
    monkeypatch.setattr(
        topic, "prepare_document", lambda text, upto=None: events.append(("count", upto))
    )
    session = ReadingSession(analyzer)
    session.first_chars, session.part_chars = 200, 400
    text = "".join(f"Paragraphe {i} : le ministre parle de la sécurité.\n" for i in range(30))
    session.analyse(
        SourceText(text=text), partial=lambda r: events.append(("shown", r.doc.tokens[-1].end))
    )
    shown = [e for e in events if e[0] == "shown"]
    assert len(shown) >= 2  # a book in parts
    for kind, upto in shown:
        assert events[events.index((kind, upto)) - 1] == ("count", upto)  # right before it
    # The rest, before the whole result is handed over (not in a thread beside the window
    # making the book's word list).
    assert events[-1] == ("count", len(text.rstrip()))


def test_a_long_text_reopened_from_the_cache_is_counted_in_the_background(
    analyzer, monkeypatch, data_dir
):
    """Its blocks are all new to the count: counting them first would hold back the text
    reopened at once (0.7 s a 100,000 words); a look-up in a block not counted counts it."""
    import threading

    from reader.core.document import SourceText
    from reader.core.session import ReadingSession

    monkeypatch.setattr(topic, "DOC_BLOCK", 500)  # this text: three blocks
    release, counted = threading.Event(), []

    def slow_count(text, upto=None):
        release.wait(10)
        counted.append((threading.current_thread().name, upto))

    text = "".join(f"Paragraphe {i} : le ministre parle de la sécurité.\n" for i in range(30))
    session = ReadingSession(analyzer)
    session.first_chars, session.part_chars = 200, 400
    monkeypatch.setattr(topic, "prepare_document", slow_count)
    release.set()
    session.analyse(SourceText(text=text), partial=lambda r: None)  # analysed: into the cache
    assert counted[-1] == (threading.current_thread().name, len(text.rstrip()))
    assert session.analysis_cache().hits == 0
    counted.clear()
    release.clear()
    reopened = session.analyse(SourceText(text=text), partial=lambda r: None)
    assert session.analysis_cache().hits == 1
    assert reopened.complete and counted == []  # returned before its count
    release.set()
    deadline = time.monotonic() + 10
    while not counted:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert counted == [("topic-count", len(text.rstrip()))]


def test_counting_in_steps_finds_what_one_scan_finds():
    text = ("Le pianiste joue une sonate. " * 300 + MANUAL * 300)[: topic.DOC_BLOCK]
    for markers, stem in ((topic._MARKERS, topic._stem), (topic._MUSIC_MARKERS, topic._stem)):
        whole = [k for k in (stem(m.group()) for m in markers.finditer(text)) if k is not None]
        topic._blocks.clear()
        assert topic._block_markers(markers, text, stem, 0) == (len(whole), frozenset(whole))
