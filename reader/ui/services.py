"""The core services the window uses (store, statuses, glossary, vocabulary model) and the
background analysis job (cached, in growing parts). A damaged store or glossary file
disables that service with a message; the app keeps running."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

MIN_EVIDENCE = 20  # statuses and look-ups before the learner's own words refine the level


def optional_module(name: str):
    """Import an optional part that needs system libraries (speech: QtMultimedia needs
    libpulse0); None, logged, when it cannot load."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        log.warning("%s unavailable: %s", name, exc)
        return None


@dataclass
class AnalysisResult:
    """What the background analysis produces for one document."""

    doc: Any
    assessment: Any = None
    expressions: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status_epoch: int = 0  # Services.status_epoch when the assessment read the statuses
    shading: Any = None  # highlighting.Shading of `assessment`, computed in the worker
    word_count: int = 0  # running words of `doc`

    @property
    def complete(self) -> bool:
        """False for a partial result (the rest of the document is still being analysed)."""
        return bool(getattr(self.doc, "complete", True))


class Services:
    """The user's store, word statuses, glossary and vocabulary model, when available."""

    def __init__(self):
        self.store = None
        self.store_error = ""
        self.statuses = None
        self.glossary = None
        self.user_glossary = None
        from ..core import learner

        self.learner_mod = learner
        self._glossary_tried = False
        self._cache = None
        self._cache_tried = False
        from ..core.loader import FIRST_CHARS, MIN_PART_CHARS

        self.first_chars = FIRST_CHARS  # the first part shown: about one screen
        self.part_chars = MIN_PART_CHARS  # later parts: at least this many characters
        self.status_epoch = 0  # counts the learner's status changes (see note_status_change)
        self.use_evidence = True  # the vocabulary size comes from the learner's words
        self.use_cognates = True  # English cognates count as easier (the glosses are English)
        self.estimates: dict[str, int] = {}  # level (the prior) -> estimated vocabulary size
        self.evidence_count = 0

    def open_store(self) -> str:
        """Open the user's database; returns an error message ('' when fine)."""
        from ..core.store import Store, StoreError

        try:
            from ..core.statuses import WordStatuses
            from ..core.user_glossary import UserGlossary

            self.store = Store()
            self.statuses = WordStatuses(self.store)
            self.user_glossary = UserGlossary(self.store)
        except StoreError as exc:
            log.error("store unusable: %s", exc)
            self.store, self.statuses, self.user_glossary = None, None, None
            self.store_error = str(exc)
        return self.store_error

    def load_glossary(self):
        """The glossary (loaded once; call from a worker), or None when its data is unusable."""
        if not self._glossary_tried:
            self._glossary_tried = True
            from ..core.glossary import default_glossary

            try:
                self.glossary = default_glossary(self.store)
            except Exception:
                log.exception("glossary could not be loaded")
        return self.glossary

    def analysis_cache(self):
        """The app's one AnalysisCache (default folder), or None when it cannot be made."""
        if not self._cache_tried:
            self._cache_tried = True
            from ..core.cache import AnalysisCache
            from .settings import Settings

            try:
                limit = max(0, Settings().get("analysis_cache_mb")) * 2**20
                self._cache = AnalysisCache(max_bytes=limit)
            except OSError as exc:
                log.warning("no analysis cache: %s", exc)
        return self._cache

    def note_status_change(self) -> None:
        """A word status changed: assessments made before it are out of date."""
        self.status_epoch += 1

    def learner(self, level: str):
        """A Learner at `level` (its size estimated from the learner's words when there is
        enough evidence and that is switched on)."""
        size = self.estimates.get(level) if self.use_evidence else None
        return self.learner_mod.Learner(level=level, vocab_size=size, cognates=self.use_cognates)

    def estimate(self, level: str) -> tuple[int, int | None]:
        """(evidence count, vocabulary size estimated with `level` as the prior, or None
        with too little evidence). Slow-ish: call it from a worker."""
        if self.statuses is None:
            return 0, None
        from ..core.lexicon import LEVEL_VOCAB, default_lexicon

        lexicon = default_lexicon()
        count = len(self.statuses.evidence(lexicon))
        if count < MIN_EVIDENCE:
            return count, None
        return count, self.statuses.estimate_vocab_size(lexicon, prior=LEVEL_VOCAB[level])

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(self.learner_mod.LEVELS)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def analyse(
    source, analyzer, services: Services, level: str | Callable[[], str], reporter
) -> AnalysisResult:
    """Background job: load `source` (from the cache, else in growing parts), assess and
    shade each part for the learner (partial results go to `reporter.partial`), find
    expressions. `level` may be a function: each part then uses the level of the moment."""
    level_of = level if callable(level) else lambda: level
    from ..core.loader import open_document

    parts = open_document(
        source,
        analyzer,
        services.analysis_cache(),
        first_chars=services.first_chars,
        progress=reporter.progress,
        part_chars=services.part_chars,
    )
    doc = None
    try:
        for doc in parts:
            reporter.check()
            if not doc.complete:
                reporter.partial(_assessed(doc, services, level_of()))
    finally:
        parts.close()
    reporter.check()
    result = _assessed(doc, services, level_of())
    glossary = services.load_glossary()
    if glossary is None:
        result.notes.append("the glossary data could not be read: no translations")
    else:
        from ..core.expressions import find_expressions

        try:
            result.expressions = list(find_expressions(doc, glossary))
        except Exception:
            log.exception("expression search failed")
    return result


def _assessed(doc, services: Services, level: str) -> AnalysisResult:
    """`doc` with the learner's assessment, its highlights and panel rows (in the worker:
    each is O(tokens), hundreds of milliseconds on a book)."""
    from .highlighting import shade

    result = AnalysisResult(doc, status_epoch=services.status_epoch)
    learner = services.learner(level)
    result.assessment = services.learner_mod.assess(doc, learner, statuses=services.statuses)
    result.shading = shade(doc, result.assessment)
    result.word_count = sum(1 for _ in doc.word_tokens())
    return result
