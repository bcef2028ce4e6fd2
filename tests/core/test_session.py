"""The reading session without Qt: one pipeline, one change notification, one GC policy."""

from __future__ import annotations

import gc

import pytest

from reader.core.document import SourceText
from reader.core.learner import Learner
from reader.core.session import Change, ReadingSession, run_pipeline

TEXT = (
    "Le ministre a exprimé ses soupçons sur l'élargissement de l'alliance.\n"
    "Son homologue a pris la parole mardi, au nom du gouvernement.\n"
)


@pytest.fixture
def session(analyzer, data_dir):
    s = ReadingSession(analyzer)
    s.open_store()
    heard: list[Change] = []
    s.subscribe(heard.append)
    s.heard = heard
    yield s
    s.close()


def _open(session, text=TEXT):
    source = SourceText(text=text, title="Article")
    session.begin(source, None)
    result = session.analyse(source)
    session.accept(result)
    return result


def test_the_pipeline_assesses_shades_and_finds_expressions(session):
    result = _open(session)
    doc = result.doc
    assert doc.complete and result.complete
    assert len(result.assessment.words) == len(doc.tokens)
    hard = next(t for t in doc.tokens if t.text == "homologue")
    assert result.shading.kinds[hard.index] in ("strong", "medium")
    assert "homologue" in [row[0] for row in result.shading.rows]
    assert result.word_count == sum(1 for _ in doc.word_tokens())
    found = [
        doc.text[doc.tokens[e.first_token].start : doc.tokens[e.last_token - 1].end]
        for e in result.expressions
    ]
    assert "pris la parole" in found
    assert session.heard[-2:] == [Change.DOCUMENT, Change.RESULT]


def test_one_notification_for_a_status_change_and_the_result_is_then_out_of_date(session):
    result = _open(session)
    assert not session.outdated(result)
    session.heard.clear()
    session.statuses.set("homologue", "known")
    session.statuses_changed()
    assert session.heard == [Change.STATUSES]
    assert session.outdated(result)
    session.set_level("C1")
    assert session.heard[-1] is Change.LEVEL
    assert session.learner().level == "C1"


def test_a_recolouring_of_a_replaced_result_is_dropped(session):
    from reader.core.highlighting import recolour

    first = _open(session)
    shading = recolour(first.doc, first.assessment, Learner("C2"), session.statuses)
    second = _open(session, TEXT + "Une autre phrase.\n")
    assert session.set_shading(first, shading, session.statuses_version) is False
    assert session.result is second and second.shading is not shading
    again = recolour(second.doc, second.assessment, Learner("C2"), session.statuses)
    assert session.set_shading(second, again, session.statuses_version) is True
    assert session.heard[-1] is Change.SHADING and second.assessment.learner.level == "C2"


def test_partial_results_come_first_and_follow_the_level_of_the_moment(session):
    text = "".join(f"Paragraphe {i} : le ministre parle de sécurité.\n" for i in range(60))
    session.first_chars, session.part_chars = 200, 600
    parts = []

    def partial(result):
        parts.append((len(result.doc.tokens), result.assessment.learner.level))
        session.level = "A1"  # the learner moves the slider while the book is analysed

    result = session.analyse(SourceText(text=text), partial=partial)
    assert len(parts) >= 2 and parts[0][1] == "B1" and parts[-1][1] == "A1"
    assert [n for n, _ in parts] == sorted(n for n, _ in parts)
    assert result.complete and len(result.doc.tokens) > parts[-1][0]
    assert result.assessment.learner.level == "A1"


def test_what_the_session_shows_leaves_the_gc_and_a_closed_document_is_still_freed(session):
    text = "".join(f"Paragraphe {i} : le ministre parle de la sécurité.\n" for i in range(40))
    _open(session, text)  # the model is loaded, the caches of the text's words are filled...
    session.begin(SourceText(text="Bonjour."), None)
    gc.collect()
    gc.freeze()  # ...and frozen, as nlp_load does once it has loaded the model
    before = gc.get_freeze_count()
    _open(session, text)
    shown = gc.get_freeze_count() - before
    assert shown > 100  # the document's tokens and assessment left the collector's sight
    session.begin(SourceText(text="Bonjour."), None)
    assert session.result is None and session.heard[-1] is Change.DOCUMENT
    # What lives for the process (the model) stays frozen; the closed document's objects were
    # freed by reference counting (a freed object leaves the frozen generation).
    after = gc.get_freeze_count() - before
    assert abs(after) < shown // 10, (after, shown)


def test_the_cli_runs_the_same_pipeline_without_user_data(analyzer):
    learner = Learner("B1")
    result = run_pipeline(SourceText(text=TEXT), analyzer, lambda: learner)
    assert result.complete and result.expressions == []
    assert result.assessment.learner is learner
    cancelled = []

    def check():
        cancelled.append(1)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_pipeline(SourceText(text=TEXT), analyzer, lambda: learner, check=check)
    assert cancelled == [1]


def test_progress_reaches_the_window_once_per_percent(session):
    paragraphs = [f"Mot {i}." for i in range(150)]  # 150 paragraphs, 100 percents
    text = "\n".join(paragraphs)
    source = SourceText(text=text, title="Long")
    session.begin(source, None)
    seen: list[tuple[int, int]] = []
    session.analyse(source, progress=lambda done, total: seen.append((done, total)))
    percents = [100 * done // total for done, total in seen]
    assert percents == sorted(set(percents))  # each percent once, in order
    assert 10 < len(seen) <= 101
    assert seen[-1][0] == seen[-1][1] == len(text)  # the end is always reported


def test_warm_up_loads_the_glossary_and_what_its_first_lookup_reads(session, monkeypatch):
    from reader.core import curated, thesaurus, topic

    for module, name in ((curated, "_table"), (curated, "_technical")):
        monkeypatch.setattr(module, name, None)  # as in a fresh process
    monkeypatch.setattr(topic, "_tables", {})
    monkeypatch.setattr(thesaurus, "_tables", {})
    session.warm_up()  # the app's preload job
    assert session.glossary is not None
    assert curated._table and curated._technical and topic._tables[topic.MUSIC_FILENAME]
    # ... and the thesaurus a word nothing glosses falls back on (aberrance: its synonyms)
    assert thesaurus._tables[thesaurus.default_path()]["aberrance"]
    tokens = _open(session).doc.tokens
    word = next(t for t in tokens if t.text == "homologue")
    assert session.glossary.lookup_token(word).found


def test_the_window_gets_no_part_before_what_its_first_lookup_reads_is_loaded(session, monkeypatch):
    # the window looks the panel's words up as soon as a part arrives: the glossary's lazily
    # read tables (and their modules) must be loaded by then, by the preload or the analysis
    from reader.core import curated, topic
    from reader.core import session as session_mod

    for module, name in ((curated, "_table"), (curated, "_technical")):
        monkeypatch.setattr(module, name, None)  # as in a fresh process
    monkeypatch.setattr(topic, "_tables", {})
    monkeypatch.setattr(session_mod.time, "sleep", lambda _s: None)
    loaded: list[bool] = []

    def part(_result) -> None:
        loaded.append(bool(curated._table and topic._tables.get(topic.MUSIC_FILENAME)))

    text = "".join(f"Paragraphe {i} : le ministre parle.\n" for i in range(40))
    session.first_chars, session.part_chars = 200, 600
    session.analyse(SourceText(text=text), partial=part)
    assert len(loaded) >= 2 and all(loaded)


def test_the_analysis_pauses_after_each_part_it_hands_to_the_window(session, monkeypatch):
    from reader.core import session as session_mod

    events: list[str] = []
    monkeypatch.setattr(session_mod.time, "sleep", lambda s: events.append(f"pause {s}"))
    text = "".join(f"Paragraphe {i} : le ministre parle.\n" for i in range(40))
    session.first_chars, session.part_chars = 200, 600
    session.analyse(SourceText(text=text), partial=lambda _r: events.append("part"))
    pause = f"pause {session_mod.PART_PAUSE_S}"
    assert events.count("part") >= 2
    assert events == ["part", pause] * events.count("part")  # each part, then its pause


def test_asking_whether_the_model_is_loaded_does_not_load_it(analyzer, monkeypatch):
    # the window asks as it starts an analysis, on its own thread: the answer must not make
    # the pipeline there (imports, the lexicon) nor wait for the preload making it
    from reader.core import analysis

    def making(*_args):
        raise AssertionError("the pipeline was made to answer")

    monkeypatch.setattr(analysis, "default_analyzer", making)
    fresh = ReadingSession()
    assert fresh.model_loaded is False
    analyzer.load()
    assert ReadingSession(analyzer).model_loaded is True
