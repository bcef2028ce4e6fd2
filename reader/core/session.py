"""One reading session: the open text and its analysis for this learner, the learner's data
(store, word statuses, glossaries, estimate), the one analysis pipeline, and one change
notification. No Qt and no threads: the window runs `analyse` in a worker and hands what it
returns to `accept` on its own thread; `reader analyze` calls `run_pipeline` directly."""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .loader import FIRST_CHARS, MIN_PART_CHARS

if TYPE_CHECKING:
    from .analysis import Analyzer
    from .cache import AnalysisCache
    from .document import Document, SourceText
    from .expressions import Expression
    from .glossary import Glossary
    from .highlighting import Shading
    from .learner import Assessment, Learner
    from .statuses import WordStatuses
    from .store import Store
    from .user_glossary import UserGlossary

log = logging.getLogger(__name__)

MIN_EVIDENCE = 20  # statuses and look-ups before the learner's own words refine the level


class Change(enum.Enum):
    """What changed in the session (the argument of every listener call)."""

    DOCUMENT = "document"  # a new text: shown at once, nothing analysed yet
    RESULT = "result"  # a part of the text, or all of it, analysed for the learner
    SHADING = "shading"  # the current result re-coloured (level, statuses or estimate)
    STATUSES = "statuses"  # word statuses changed: assessments made before are out of date
    LOOKUPS = "lookups"  # a word was looked up (the word list and the evidence grew)
    LEVEL = "level"  # the learner moved the level
    ESTIMATE = "estimate"  # the vocabulary estimate (or its use) changed
    MODEL = "model"  # how difficulty is judged changed (English cognates count or not)
    STORE = "store"  # the user's data opened (or failed to)
    GLOSSES = "glosses"  # the user's or a class's glosses changed: look words up again


@dataclass
class AnalysisResult:
    """A document analysed for one learner: assessment, highlights, expressions."""

    doc: Document
    assessment: Assessment
    shading: Shading
    expressions: list[Expression] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    statuses_version: int = 0  # the session's statuses version the assessment read
    word_count: int = 0  # running words of `doc`
    # What the window made of this result in the analysis's worker (ReadingSession.prepare),
    # to keep it off the GUI thread: free-form, keyed by the window's part that reads it.
    prepared: dict = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """False for a partial result (the rest of the document is still being analysed)."""
        return self.doc.complete


Listener = Callable[[Change], None]


def assessed(
    doc: Document,
    learner: Learner,
    statuses: WordStatuses | None = None,
    statuses_version: int = 0,
) -> AnalysisResult:
    """`doc` assessed for `learner`, with its highlights and panel rows (O(tokens))."""
    from . import highlighting
    from . import learner as learner_mod

    assessment = learner_mod.assess(doc, learner, statuses=statuses)
    return AnalysisResult(
        doc,
        assessment,
        highlighting.shade(doc, assessment),
        statuses_version=statuses_version,
        word_count=doc.word_count(),
    )


# A word of a sentence about computers: its look-up loads what the glossary loads on first
# use (curated senses, the computing and music topics; ~25 ms): done in the background, not by
# the article panel's first Meaning on the GUI thread next to the analysis (a 100-180 ms gap
# after a book's first part).
_WARM_SENTENCE = "Le pilote du noyau se charge au démarrage."


def first_lookup(glossary: Glossary) -> None:
    """Look up one word as the window does, to load the glossary's lazily read parts, and
    read the thesaurus that a word nothing glosses falls back on (its table took 25-40 ms of
    the GUI thread at the first such word in the word list, beside a book's analysis)."""
    from . import thesaurus
    from .document import Token
    from .vocab import lemma_gloss

    word = Token(0, "pilote", 3, 9, 0, 0, "pilote", "NOUN", "Gender=Masc|Number=Sing", True)
    try:
        lemma_gloss(glossary.lookup_token(word._replace(norm="pilote"), _WARM_SENTENCE), glossary)
        thesaurus.has("pilote")
    except Exception:  # a damaged data file: the window's own look-ups report it
        log.exception("the glossary's first look-up failed")


# After handing a part of a book to the window, the analysis pauses this long: the window
# draws the part's highlights and the panel's rows (~20-50 ms of its own CPU) with the GIL to
# itself instead of next to the analysis, which took it back after each of its Qt calls (gaps
# of 50-90 ms after each part). A book has about a dozen parts: ~1.5% of its analysis time.
PART_PAUSE_S = 0.15


def after_part_pause(partial: Callable[[AnalysisResult], None]) -> Callable:
    """`partial`, then a pause of PART_PAUSE_S (the job's thread sleeps: no GIL held)."""

    def hand_over(result: AnalysisResult) -> None:
        partial(result)
        time.sleep(PART_PAUSE_S)

    return hand_over


def by_percent(progress: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """`progress` called only when the whole percent changes (and at the end): a book's
    analysis reports each of its ~16k paragraphs, and each report woke the GUI thread, which
    had to win the GIL from the analysis to show a percent that had not moved."""
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent != last[0] or done >= total:
            last[0] = percent
            progress(done, total)

    return report


def run_pipeline(
    source: SourceText | str,
    analyzer: Analyzer,
    learner_of: Callable[[], Learner],
    *,
    statuses: WordStatuses | None = None,
    statuses_version: Callable[[], int] = lambda: 0,
    cache: AnalysisCache | None = None,
    glossary: Glossary | None = None,
    first_chars: int = FIRST_CHARS,
    part_chars: int = MIN_PART_CHARS,
    progress: Callable[[int, int], None] | None = None,
    partial: Callable[[AnalysisResult], None] | None = None,
    check: Callable[[], None] = lambda: None,
) -> AnalysisResult:
    """The analysis pipeline: load (cache, else growing parts) -> assess -> shade ->
    expressions (when a glossary is given). Each partial document goes to `partial`
    assessed for `learner_of()` of that moment; `check()` may raise to cancel."""
    from .loader import open_document

    parts = open_document(
        source, analyzer, cache, first_chars=first_chars, progress=progress, part_chars=part_chars
    )
    doc = None
    try:
        for doc in parts:
            check()
            if not doc.complete and partial is not None:
                partial(assessed(doc, learner_of(), statuses, statuses_version()))
    finally:
        parts.close()
    check()
    result = assessed(doc, learner_of(), statuses, statuses_version())
    if glossary is not None:
        from .expressions import find_expressions

        try:
            result.expressions = list(find_expressions(doc, glossary))
        except Exception:
            log.exception("expression search failed")
    return result


class ReadingSession:
    """The open text, its analysis and the learner's data; listeners hear every change."""

    def __init__(self, analyzer: Analyzer | None = None, level: str = "B1") -> None:
        self._analyzer = analyzer
        self._listeners: list[Listener] = []
        self.store: Store | None = None
        self.store_error = ""
        self.statuses: WordStatuses | None = None
        self.user_glossary: UserGlossary | None = None
        self.glossary: Glossary | None = None
        self._glossary_tried = False
        self._glossary_lock = threading.Lock()  # the preload and the analysis both load it
        self._warm_lock = threading.Lock()  # the glossary's first look-up, made once
        self._warmed = False
        self._cache: AnalysisCache | None = None
        self._cache_tried = False
        self.first_chars = FIRST_CHARS  # the first part shown: about one screen
        self.part_chars = MIN_PART_CHARS  # later parts: at least this many characters
        self.level = level
        self.use_evidence = True  # the vocabulary size comes from the learner's words
        self.use_cognates = True  # English cognates count as easier (the glosses are English)
        self.cache_max_bytes: int | None = None  # the analysis cache's limit (None: default)
        self.estimates: dict[str, int] = {}  # level (the prior) -> estimated vocabulary size
        self.evidence_count = 0
        self.source: SourceText | None = None
        self.path: str | None = None
        self.result: AnalysisResult | None = None
        self._statuses_version = 0
        # Called in the analysis's worker with each result (each part, then the whole) before
        # it is handed to the window: the window's own work on it, done off its thread.
        self.prepare: Callable[[AnalysisResult], None] | None = None

    # -- listeners ------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every change, in subscription order."""
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- the user's data --------------------------------------------------------------

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            from .analysis import default_analyzer

            self._analyzer = default_analyzer()
        return self._analyzer

    @property
    def model_loaded(self) -> bool:
        """Whether the analysis pipeline is loaded, without making it: `analyzer` makes the
        process's one (imports the analysis, opens the lexicon), which on the GUI thread took
        20-50 ms, or waited for the preload making it."""
        return self._analyzer is not None and self._analyzer.loaded

    def warm_up(self) -> None:
        """Load the analysis pipeline now, before a text needs it (a worker's job: the app
        starts it at launch, so the model loads while the window and the file open), then
        the glossary with what its first look-up loads."""
        self.analyzer.load()
        self.warm_lookups()

    def warm_lookups(self) -> None:
        """Load the glossary and what its first look-up reads (curated senses, the topic and
        construction tables, their modules), once: the preload does it after the model, and
        the analysis before it hands the window anything (a short text analysed before the
        preload got there left it to the window's first Meaning: the GUI thread imported and
        read them, 70+ ms, or waited for the preload importing them)."""
        with self._warm_lock:
            if not self._warmed:
                glossary = self.load_glossary()
                if glossary is not None:
                    first_lookup(glossary)
                self._warmed = True

    def open_store(self) -> str:
        """Open the user's database; returns an error message ('' when fine)."""
        from .statuses import WordStatuses
        from .store import Store, StoreError
        from .user_glossary import UserGlossary

        try:
            self.store = Store()
            self.statuses = WordStatuses(self.store)
            self.user_glossary = UserGlossary(self.store)
        except StoreError as exc:
            log.error("store unusable: %s", exc)
            self.store, self.statuses, self.user_glossary = None, None, None
            self.store_error = str(exc)
        self._notify(Change.STORE)
        return self.store_error

    def load_glossary(self) -> Glossary | None:
        """The glossary (loaded once; call from a worker), or None when its data is unusable."""
        with self._glossary_lock:
            if not self._glossary_tried:
                self._glossary_tried = True
                from .glossary import default_glossary

                try:
                    self.glossary = default_glossary(self.store)
                except Exception:
                    log.exception("glossary could not be loaded")
        return self.glossary

    def analysis_cache(self) -> AnalysisCache | None:
        """The app's one AnalysisCache (default folder), or None when it cannot be made."""
        if not self._cache_tried:
            self._cache_tried = True
            from .cache import AnalysisCache

            try:
                if self.cache_max_bytes is None:
                    self._cache = AnalysisCache()
                else:
                    self._cache = AnalysisCache(max_bytes=self.cache_max_bytes)
            except OSError as exc:
                log.warning("no analysis cache: %s", exc)
        return self._cache

    def close(self) -> None:
        """Release the document and close the user's database."""
        self._release()
        if self.store is not None:
            self.store.close()

    # -- the learner ------------------------------------------------------------------

    @property
    def levels(self) -> tuple[str, ...]:
        from .lexicon import LEVELS

        return tuple(LEVELS)

    def learner(self, level: str | None = None) -> Learner:
        """A Learner at `level` (default: the session's), its vocabulary size estimated from
        the learner's words when there is enough evidence and that is switched on."""
        from .learner import Learner

        level = level or self.level
        size = self.estimates.get(level) if self.use_evidence else None
        return Learner(level=level, vocab_size=size, cognates=self.use_cognates)

    def set_level(self, level: str) -> None:
        self.level = level
        self._notify(Change.LEVEL)

    def set_use_evidence(self, enabled: bool) -> None:
        """Switch between the estimate and the plain level for the highlights."""
        self.use_evidence = enabled
        self._notify(Change.ESTIMATE)

    def set_use_cognates(self, enabled: bool) -> None:
        """English cognates count as easier (or not) in the highlights."""
        self.use_cognates = enabled
        self._notify(Change.MODEL)

    def estimate(self, level: str) -> tuple[int, int | None]:
        """(evidence count, vocabulary size estimated with `level` as the prior, or None
        with too little evidence). Slow-ish: call it from a worker."""
        if self.statuses is None:
            return 0, None
        from .lexicon import LEVEL_VOCAB, default_lexicon

        lexicon = default_lexicon()
        count = len(self.statuses.evidence(lexicon))
        if count < MIN_EVIDENCE:
            return count, None
        return count, self.statuses.estimate_vocab_size(lexicon, prior=LEVEL_VOCAB[level])

    def set_estimate(self, level: str, count: int, size: int | None) -> None:
        self.evidence_count = count
        self.estimates = {level: size} if size else {}
        self._notify(Change.ESTIMATE)

    def shown_estimate(self) -> int | None:
        """The estimated vocabulary size the highlights use now (None: the plain level)."""
        return self.estimates.get(self.level) if self.use_evidence else None

    def statuses_changed(self) -> None:
        """Word statuses changed (in the reader or the word list): tell everyone once."""
        self._statuses_version += 1
        self._notify(Change.STATUSES)

    def glosses_changed(self) -> None:
        """The user's glossary (or a class glossary) changed: glosses shown are stale."""
        self._notify(Change.GLOSSES)

    def record_lookup(self, index: int, lemma: str, pos: str) -> None:
        """The learner looked up token `index` of the current document (kept with its
        sentence and the article's name)."""
        if self.statuses is None or self.result is None:
            return
        tok = self.result.doc.tokens[index]
        self.statuses.record_lookup(
            lemma, pos, tok.text, self.sentence_text(index), self.source_name()
        )
        self._notify(Change.LOOKUPS)

    # -- the document -----------------------------------------------------------------

    def begin(self, source: SourceText, path: str | None) -> None:
        """A new text: the previous one is released; listeners show this one at once."""
        self._release()
        source.ensure_blocks()
        self.source, self.path, self.result = source, path, None
        self._notify(Change.DOCUMENT)

    def analyse(
        self,
        source: SourceText,
        progress: Callable[[int, int], None] | None = None,
        partial: Callable[[AnalysisResult], None] | None = None,
        check: Callable[[], None] = lambda: None,
    ) -> AnalysisResult:
        """The pipeline on `source` for this learner (a worker's job: reads only plain
        values of the session; each part is assessed at the level of the moment)."""
        from . import gc_policy, topic

        parts = [0]  # how many parts were handed over
        with gc_policy.analysing():  # no full collections while the parts are built
            result = self._run(source, progress, partial, check, parts)
            # The rest of the text's topic markers: before the hand-over when it was analysed
            # now (what its parts left, a fraction of its analysis; counted beside the window
            # making a book's word list, it made the run's one gap over 50 ms); a text longer
            # than a block that came whole from the cache (0.7 s a 100k words) in the
            # background, so that it is shown at once.
            reopened = not parts[0] and len(result.doc.text) > topic.DOC_BLOCK
            self._count_topics(result, background=reopened)
            self._prepared(result)
        self.warm_lookups()
        if self.glossary is None:
            result.notes.append("the glossary data could not be read: no translations")
        from .pronunciation import warm_up

        warm_up()  # libespeak-ng loads here, not on the GUI thread at the first pop-up
        return result

    def _run(
        self,
        source: SourceText,
        progress: Callable[[int, int], None] | None,
        partial: Callable[[AnalysisResult], None] | None,
        check: Callable[[], None],
        parts: list[int] | None = None,
    ) -> AnalysisResult:
        if partial is not None:
            shown = after_part_pause(partial)

            def hand_over(result: AnalysisResult) -> None:
                self.warm_lookups()  # before the window looks words up (at once when done)
                self._count_topics(result)  # before the window's first look-ups there
                self._prepared(result)
                if parts is not None:
                    parts[0] += 1
                shown(result)

        return run_pipeline(
            source,
            self.analyzer,
            self.learner,
            statuses=self.statuses,
            statuses_version=lambda: self._statuses_version,
            cache=self.analysis_cache(),
            glossary=self.load_glossary(),
            first_chars=self.first_chars,
            part_chars=self.part_chars,
            progress=by_percent(progress) if progress is not None else None,
            partial=hand_over if partial is not None else None,
            check=check,
        )

    @staticmethod
    def _count_topics(result: AnalysisResult, background: bool = False) -> None:
        """The topics' markers counted in the analysed part of the text, which the pop-up's
        look-ups read (reader.core.topic.prepare_document; ~0.1 s of CPU a 100,000-character
        block, in steps that hold the GIL ~1 ms each). A part's blocks are counted before it
        is handed over, as the window looks its words up at once (the panel's meanings), and
        so is the rest of a text analysed now; with `background` (a long text reopened from
        the cache, its blocks all new) in a thread, so that the text is shown at once: a
        look-up in a block not counted yet counts it itself."""
        from . import topic

        doc = result.doc
        upto = doc.tokens[-1].end if len(doc.tokens) else 0

        def count() -> None:
            try:
                topic.prepare_document(doc.text, upto)
            except Exception:
                log.exception("counting the topics' markers failed")

        if background:
            threading.Thread(target=count, name="topic-count", daemon=True).start()
        else:
            count()

    def _prepared(self, result: AnalysisResult) -> None:
        """`prepare(result)` when set; a failure there only costs the window that work."""
        if self.prepare is not None:
            try:
                self.prepare(result)
            except Exception:
                log.exception("preparing a result for the window failed")

    def accept(self, result: AnalysisResult) -> None:
        """Show `result` (a part or the whole of the current text)."""
        self.result = result
        self._keep()
        self._notify(Change.RESULT)

    def outdated(self, result: AnalysisResult) -> bool:
        """The level, the estimate or a status changed since `result` was assessed."""
        return (
            result.statuses_version != self._statuses_version
            or result.assessment.learner != self.learner()
        )

    @property
    def statuses_version(self) -> int:
        """Counts the changes of word statuses (an assessment records the one it read)."""
        return self._statuses_version

    def set_shading(self, result: AnalysisResult, shading: Shading, statuses_version: int) -> bool:
        """Show a re-colouring of `result` (made after `statuses_version`); False (dropped)
        when another result is shown now."""
        if result is not self.result:
            return False
        result.assessment, result.shading = shading.assessment, shading
        result.statuses_version = statuses_version
        self._keep()
        self._notify(Change.SHADING)
        return True

    def _keep(self) -> None:
        """What the session now shows lives as long as the document: out of the collector's
        sight (gc_policy.keep, the app's one GC policy)."""
        from . import gc_policy

        gc_policy.keep()

    def _release(self) -> None:
        """The document is dropped; nothing is unfrozen (see gc_policy: reference counting
        frees it)."""
        self.result = None

    # -- about the current document ---------------------------------------------------

    def sentence_text(self, index: int) -> str:
        """The sentence of token `index` of the current document."""
        doc = self.result.doc if self.result is not None else None
        if doc is None or not doc.sentences:
            return ""
        s = doc.sentences[doc.tokens[index].sentence]
        return doc.text[s.start : s.end]

    def source_name(self) -> str:
        """The article's name for the word list: its title, else its path."""
        if self.source is None:
            return ""
        return self.source.title or self.path or "pasted text"
