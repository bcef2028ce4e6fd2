"""The core services the window uses, each feature-detected so the app runs without
the ones not installed; and the background analysis job."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


def optional_module(name: str):
    """Import `name` if it exists, else None (a missing part of the app, not an error)."""
    try:
        if importlib.util.find_spec(name) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name)


@dataclass
class AnalysisResult:
    """What the background analysis produces for one document."""

    doc: Any
    assessment: Any = None
    expressions: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Services:
    """The user's store, word statuses, glossary and vocabulary model, when available."""

    def __init__(self):
        self.store = None
        self.store_error = ""
        self.statuses = None
        self.glossary = None
        self.user_glossary = None
        self.learner_mod = optional_module("reader.core.learner")
        self._glossary_tried = False

    def open_store(self) -> str:
        """Open the user's database; returns an error message ('' when fine)."""
        from ..core.store import Store, StoreError

        try:
            self.store = Store()
            statuses_mod = optional_module("reader.core.statuses")
            if statuses_mod is not None:
                self.statuses = statuses_mod.WordStatuses(self.store)
            user_mod = optional_module("reader.core.user_glossary")
            if user_mod is not None:
                self.user_glossary = user_mod.UserGlossary(self.store)
        except StoreError as exc:
            log.error("store unusable: %s", exc)
            self.store, self.statuses, self.user_glossary = None, None, None
            self.store_error = str(exc)
        return self.store_error

    def load_glossary(self):
        """The glossary (loaded once; call from a worker), or None when not installed."""
        if not self._glossary_tried:
            self._glossary_tried = True
            mod = optional_module("reader.core.glossary")
            if mod is not None and hasattr(mod, "default_glossary"):
                try:
                    self.glossary = mod.default_glossary(self.store)
                except Exception:
                    log.exception("glossary could not be loaded")
        return self.glossary

    def learner(self, level: str):
        """A Learner at `level`, or None without the vocabulary model."""
        if self.learner_mod is None:
            return None
        return self.learner_mod.Learner(level=level)

    @property
    def levels(self) -> tuple[str, ...]:
        if self.learner_mod is not None:
            return tuple(self.learner_mod.LEVELS)
        return ("A1", "A2", "B1", "B2", "C1", "C2")

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def analyse(source, analyzer, services: Services, level: str, reporter) -> AnalysisResult:
    """Background job: analyse `source`, assess it for the learner, find expressions."""
    from ..core.document import Document

    doc = Document(
        text=source.text, title=source.title, chapters=list(source.chapters), meta=dict(source.meta)
    )
    for part in analyzer.stream(source, progress=reporter.progress):
        reporter.check()
        doc.paragraphs.append(part.paragraph)
        doc.sentences.extend(part.sentences)
        doc.tokens.extend(part.tokens)
    result = AnalysisResult(doc)
    reporter.check()
    learner = services.learner(level)
    if learner is None:
        result.notes.append("vocabulary model not installed: no highlights")
    else:
        result.assessment = services.learner_mod.assess(doc, learner, statuses=services.statuses)
    glossary = services.load_glossary()
    expr_mod = optional_module("reader.core.expressions")
    if glossary is None:
        result.notes.append("glossary not installed: no translations")
    elif expr_mod is not None:
        try:
            result.expressions = list(expr_mod.find_expressions(doc, glossary))
        except Exception:
            log.exception("expression search failed")
    return result
