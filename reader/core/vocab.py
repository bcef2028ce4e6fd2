"""The vocabulary list: every word the learner looked up or marked, with undo and progress.

A thin layer over `WordStatuses` (the learner's statuses in the user store): it adds
glosses, search and filters, reversible edits, and the progress figures.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .vocab_item import STATUSES, VocabItem, article_for

if TYPE_CHECKING:
    from .statuses import WordStatuses
    from .store import Store

log = logging.getLogger(__name__)

# Looks up (gloss, gender, article) for (lemma, pos); '' where unknown.
GlossLookup = Callable[[str, str], "tuple[str, str, str]"]
UNDO_DEPTH = 50


@dataclass(frozen=True, slots=True)
class _Edit:
    """One reversible change: the rows as they were before it."""

    label: str
    before: tuple[VocabItem, ...]
    absent: tuple[str, ...]  # lemmas that had no row before the change


def default_gloss_lookup(store: Store | None = None) -> GlossLookup | None:
    """Gloss, gender and article from the glossary (with the user's own glosses in `store`)."""
    try:
        from .glossary import default_glossary

        glossary = default_glossary(store)
    except Exception as exc:  # the list still works without glosses
        log.warning("glossary unavailable for the vocabulary list: %s", exc)
        return None

    def lookup(lemma: str, pos: str) -> tuple[str, str, str]:
        result = glossary.lookup(lemma, pos=pos or None, lemma=lemma)
        if result is None:
            return "", "", ""
        gloss = getattr(result, "first_gloss", "") or ""
        gender = getattr(result, "gender", "") or ""
        article = getattr(result, "article", "") or article_for(lemma, gender)
        return gloss, gender, article

    return lookup


def lemma_gloss(result: Any, glossary: Any) -> str:
    """The first gloss that fits the lemma a word list shows for a token's `result`: a
    verb form is listed under its infinitive, so "exacerbées" (glossed "exacerbated" in
    its sentence) is listed as exacerber: "exacerbate"."""
    first = getattr(result, "first_gloss", "") or ""
    lemma, pos = getattr(result, "lemma", ""), getattr(result, "pos", "")
    if pos != "VERB" or not lemma or glossary is None:
        return first
    from .glossary import normalise_key

    if normalise_key(getattr(result, "query", "") or "") == lemma:
        return first
    own = glossary.lookup(lemma, pos="VERB", lemma=lemma)
    return (getattr(own, "first_gloss", "") or "") or first


def _field(row: Any, name: str, default: Any = "") -> Any:
    if isinstance(row, dict):
        return row.get(name, default)
    return getattr(row, name, default)


def item_from_row(row: Any, gloss: tuple[str, str, str] = ("", "", "")) -> VocabItem:
    """A VocabItem from a `WordStatuses.history()` row plus its gloss."""
    return VocabItem(
        lemma=_field(row, "lemma"),
        status=_field(row, "status") or "",
        pos=_field(row, "pos") or "",
        surface=_field(row, "surface") or "",
        gloss=gloss[0],
        gender=gloss[1],
        article=gloss[2],
        sentence=_field(row, "sentence") or "",
        source=_field(row, "source") or "",
        first_seen=str(_field(row, "first_seen") or ""),
        updated_at=str(_field(row, "updated_at") or ""),
        lookups=int(_field(row, "lookups", 0) or 0),
    )


def matches(item: VocabItem, search: str = "", status: str | None = None, source=None) -> bool:
    """True when `item` passes the search text and the status and article filters."""
    if status and item.shown_status != status:
        return False
    if source is not None and item.source != source:
        return False
    if search:
        needle = search.casefold().replace("\u2019", "'")
        haystack = " ".join((item.lemma, item.surface, item.gloss, item.sentence)).casefold()
        return needle in haystack.replace("\u2019", "'")
    return True


class VocabList:
    """The learner's vocabulary list over a WordStatuses, with glosses and undo."""

    def __init__(
        self,
        statuses: WordStatuses,
        gloss_lookup: GlossLookup | None = None,
        *,
        use_glossary: bool = True,
    ):
        self.statuses = statuses
        if gloss_lookup is None and use_glossary:
            gloss_lookup = default_gloss_lookup(getattr(statuses, "store", None))
        self._gloss_lookup = gloss_lookup
        self._glosses: dict[tuple[str, str], tuple[str, str, str]] = {}
        self._undo: list[_Edit] = []

    # -- reading ----------------------------------------------------------------------

    def _gloss(self, lemma: str, pos: str) -> tuple[str, str, str]:
        key = (lemma, pos)
        if key not in self._glosses:
            found = ("", "", "")
            if self._gloss_lookup is not None:
                try:
                    found = self._gloss_lookup(lemma, pos)
                except Exception as exc:
                    log.warning("no gloss for %r: %s", lemma, exc)
            self._glosses[key] = found
        return self._glosses[key]

    def items(
        self, search: str = "", status: str | None = None, source: str | None = None
    ) -> list[VocabItem]:
        """Items passing the filters, most recently changed first."""
        out = []
        for row in self.statuses.history():
            lemma, pos = _field(row, "lemma"), _field(row, "pos") or ""
            if not (_field(row, "status") or _field(row, "lookups", 0)):
                continue  # neither marked nor looked up (an undone mark): not on the list
            item = item_from_row(row, self._gloss(lemma, pos))
            if matches(item, search, status, source):
                out.append(item)
        out.sort(key=lambda i: (i.updated_at, i.first_seen), reverse=True)
        return out

    def get(self, lemma: str) -> VocabItem | None:
        """The item for `lemma`, or None when the learner never met or marked it."""
        return next((i for i in self.items() if i.lemma == lemma), None)

    def sources(self) -> list[str]:
        """The articles words were met in, alphabetically ('' left out)."""
        return sorted({i.source for i in self.items() if i.source}, key=str.casefold)

    # -- changing, with undo -----------------------------------------------------------

    def _remember(self, label: str, lemmas: Iterable[str]) -> None:
        current = {i.lemma: i for i in self.items()}
        wanted = list(dict.fromkeys(lemmas))
        before = tuple(current[lem] for lem in wanted if lem in current)
        absent = tuple(lem for lem in wanted if lem not in current)
        self._undo.append(_Edit(label, before, absent))
        del self._undo[:-UNDO_DEPTH]

    def set_status(self, lemmas: Sequence[str], status: str) -> int:
        """Give `lemmas` a status (known, learning, unknown, ignored); undoable."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        lemmas = [lem for lem in dict.fromkeys(lemmas) if lem]
        if not lemmas:
            return 0
        self._remember(f"mark {len(lemmas)} as {status}", lemmas)
        self.statuses.set_many(lemmas, status)
        return len(lemmas)

    def delete(self, lemmas: Sequence[str]) -> int:
        """Remove `lemmas` from the list (and forget their status); undoable."""
        lemmas = [lem for lem in dict.fromkeys(lemmas) if lem]
        if not lemmas:
            return 0
        self._remember(f"delete {len(lemmas)}", lemmas)
        return self.statuses.delete(lemmas)

    def add(self, items: Sequence[VocabItem], label: str = "import") -> int:
        """Write whole items (status, context, dates); undoable. Returns how many."""
        if not items:
            return 0
        self._remember(f"{label} {len(items)}", [i.lemma for i in items])
        self.statuses.restore([_row_of(i) for i in items])
        return len(items)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_label(self) -> str:
        """What Undo would revert ('' when nothing)."""
        return self._undo[-1].label if self._undo else ""

    def undo(self) -> str:
        """Revert the last change; returns its label ('' when there was nothing to undo)."""
        if not self._undo:
            return ""
        edit = self._undo.pop()
        if edit.absent:
            self.statuses.delete(list(edit.absent))
        if edit.before:
            self.statuses.restore([_row_of(i) for i in edit.before])
        return edit.label

    # -- progress ---------------------------------------------------------------------

    def known_over_time(self) -> list[tuple[str, int]]:
        """(day, known lemmas by the end of that day), one point per day with a change."""
        return known_over_time(self.statuses)

    def lookups_per_article(self) -> list[tuple[str, int]]:
        """(article, different words looked up in it), most first."""
        return lookups_per_article(self.statuses)


def _row_of(item: VocabItem) -> dict:
    return {
        "lemma": item.lemma,
        "pos": item.pos,
        "status": item.status,
        "surface": item.surface,
        "sentence": item.sentence,
        "source": item.source,
        "first_seen": item.first_seen,
        "updated_at": item.updated_at,
        "lookups": item.lookups,
    }


def lookups_per_article(statuses: WordStatuses) -> list[tuple[str, int]]:
    """(article, different lemmas looked up in it), most first."""
    seen = {(_field(r, "source"), _field(r, "lemma")) for r in statuses.lookups()}
    counts = Counter(source for source, _lemma in seen if source)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def known_over_time(statuses: WordStatuses) -> list[tuple[str, int]]:
    """Cumulative known lemmas per day, from the status change log."""
    events = statuses.changes()
    state: dict[str, bool] = {}
    points: dict[str, int] = {}
    known = 0
    for row in events:
        lemma, status, when = _field(row, "lemma"), _field(row, "status"), _field(row, "at")
        was, now = state.get(lemma, False), status == "known"
        known += int(now) - int(was)
        state[lemma] = now
        points[str(when)[:10]] = known
    return sorted(points.items())
