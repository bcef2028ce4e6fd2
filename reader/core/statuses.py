"""The learner's own evidence: word statuses by lemma, look-ups, and a vocabulary estimate.

Lives in the user's store (component "learner"). Every status change is logged with a
timestamp, so the vocabulary list and the "known lemmas over time" figure can be drawn.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .learner import SLOPE
from .lexicon import LEVEL_VOCAB
from .store import Store

if TYPE_CHECKING:
    from .lexicon import Lexicon

COMPONENT = "learner"
STATUSES = ("known", "learning", "unknown", "ignored")

# Append only: never edit a released migration.
MIGRATIONS = [
    """
    CREATE TABLE word_status (
        lemma TEXT PRIMARY KEY,
        pos TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        surface TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        lookups INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE status_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        previous TEXT NOT NULL DEFAULT '',
        surface TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX status_event_lemma ON status_event (lemma);
    CREATE TABLE lookup (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL DEFAULT '',
        surface TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX lookup_lemma ON lookup (lemma);
    CREATE INDEX lookup_source ON lookup (source)
    """,
]

HISTORY_FIELDS = (
    "lemma",
    "pos",
    "status",
    "surface",
    "sentence",
    "source",
    "first_seen",
    "updated_at",
    "lookups",
)
# The vocabulary estimate: the learner model's p(unknown) = 1 / (1 + (V / rank) ** SLOPE),
# with a log-normal prior on V (sd PRIOR_SD, natural log) so little evidence moves it little.
PRIOR_SD = 0.75
_GRID = 240


def now() -> str:
    """Local time, ISO 8601 with offset: its first 10 characters are the local day."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


class WordStatuses:
    """Statuses (known, learning, unknown, ignored) and look-ups by lemma."""

    def __init__(self, store: Store):
        self.store = store
        store.ensure(COMPONENT, MIGRATIONS)

    # -- reading ----------------------------------------------------------------------

    def get(self, lemma: str) -> str:
        """The lemma's status, '' when it has none."""
        rows = self.store.query("SELECT status FROM word_status WHERE lemma = ?", (lemma,))
        return rows[0][0] if rows else ""

    def all(self) -> dict[str, str]:
        """Every lemma with a status."""
        return dict(self.store.query("SELECT lemma, status FROM word_status WHERE status != ''"))

    def history(self) -> list[dict[str, Any]]:
        """Every lemma marked or looked up, most recently changed first."""
        rows = self.store.query(
            f"SELECT {', '.join(HISTORY_FIELDS)} FROM word_status ORDER BY updated_at DESC, lemma"
        )
        return [dict(zip(HISTORY_FIELDS, row, strict=True)) for row in rows]

    def changes(self) -> list[dict[str, Any]]:
        """The status change log, oldest first (status '' = cleared or removed)."""
        rows = self.store.query(
            "SELECT lemma, pos, status, previous, surface, sentence, source, at "
            "FROM status_event ORDER BY id"
        )
        names = ("lemma", "pos", "status", "previous", "surface", "sentence", "source", "at")
        return [dict(zip(names, row, strict=True)) for row in rows]

    def lookups(self, lemma: str | None = None, source: str | None = None) -> list[dict[str, Any]]:
        """Look-ups, oldest first, optionally of one lemma and/or in one source."""
        where, params = [], []
        if lemma is not None:
            where.append("lemma = ?")
            params.append(lemma)
        if source is not None:
            where.append("source = ?")
            params.append(source)
        sql = "SELECT lemma, pos, surface, sentence, source, at FROM lookup"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.store.query(sql + " ORDER BY id", params)
        names = ("lemma", "pos", "surface", "sentence", "source", "at")
        return [dict(zip(names, row, strict=True)) for row in rows]

    # -- writing ----------------------------------------------------------------------

    def set(
        self,
        lemma: str,
        status: str,
        pos: str = "",
        surface: str = "",
        sentence: str = "",
        source: str = "",
    ) -> str:
        """Give `lemma` a status ('' clears it); returns the previous status."""
        _check(status)
        with self.store.transaction() as conn:
            return _set(conn, lemma, status, pos, surface, sentence, source, now())

    def set_many(self, lemmas: Iterable[str], status: str, source: str = "") -> dict[str, str]:
        """Give many lemmas one status in one transaction (e.g. "finished reading: the rest
        is known"); returns {lemma: previous status} for the lemmas that changed (for undo)."""
        _check(status)
        stamp = now()
        changed: dict[str, str] = {}
        with self.store.transaction() as conn:
            for lemma in dict.fromkeys(lemmas):
                if not lemma:
                    continue
                row = conn.execute(
                    "SELECT status FROM word_status WHERE lemma = ?", (lemma,)
                ).fetchone()
                previous = row[0] if row else ""
                if previous != status:
                    _set(conn, lemma, status, "", "", "", source, stamp)
                    changed[lemma] = previous
        return changed

    def forget(self, lemma: str) -> None:
        """Clear the lemma's status (its look-ups stay on the list)."""
        self.set(lemma, "")

    def delete(self, lemmas: Sequence[str]) -> int:
        """Remove lemmas from the list altogether (status, context, look-up count)."""
        stamp = now()
        count = 0
        with self.store.transaction() as conn:
            for lemma in dict.fromkeys(lemmas):
                row = conn.execute(
                    "SELECT status, pos FROM word_status WHERE lemma = ?", (lemma,)
                ).fetchone()
                if row is None:
                    continue
                conn.execute("DELETE FROM word_status WHERE lemma = ?", (lemma,))
                if row[0]:
                    _log(conn, lemma, row[1], "", row[0], "", "", "", stamp)
                count += 1
        return count

    def restore(self, rows: Mapping[str, str | None] | Iterable[Mapping[str, Any]]) -> None:
        """Put rows back as they were: history() rows, or {lemma: status or None} (undo)."""
        stamp = now()
        with self.store.transaction() as conn:
            if isinstance(rows, Mapping):
                for lemma, status in rows.items():
                    _set(conn, lemma, status or "", "", "", "", "", stamp)
                return
            for row in rows:
                lemma, status = row["lemma"], row.get("status") or ""
                _check(status)
                old = conn.execute(
                    "SELECT status FROM word_status WHERE lemma = ?", (lemma,)
                ).fetchone()
                values = {name: row.get(name) for name in HISTORY_FIELDS}
                values["first_seen"] = str(values["first_seen"] or stamp)
                values["updated_at"] = str(values["updated_at"] or stamp)
                values["lookups"] = int(values["lookups"] or 0)
                for name in ("pos", "status", "surface", "sentence", "source"):
                    values[name] = values[name] or ""
                conn.execute(
                    f"INSERT OR REPLACE INTO word_status ({', '.join(HISTORY_FIELDS)}) "
                    f"VALUES ({', '.join('?' * len(HISTORY_FIELDS))})",
                    [values[name] for name in HISTORY_FIELDS],
                )
                previous = old[0] if old else ""
                if previous != status:
                    _log(conn, lemma, values["pos"], status, previous, "", "", "", stamp)

    def record_lookup(
        self, lemma: str, pos: str = "", surface: str = "", sentence: str = "", source: str = ""
    ) -> None:
        """The learner looked `lemma` up (in `sentence` of `source`)."""
        stamp = now()
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO lookup (lemma, pos, surface, sentence, source, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (lemma, pos, surface, sentence, source, stamp),
            )
            conn.execute(
                "INSERT INTO word_status "
                "(lemma, pos, surface, sentence, source, first_seen, updated_at, lookups) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
                "ON CONFLICT(lemma) DO UPDATE SET lookups = lookups + 1, "
                "updated_at = excluded.updated_at, "
                "pos = CASE WHEN pos = '' THEN excluded.pos ELSE pos END, "
                "surface = CASE WHEN surface = '' THEN excluded.surface ELSE surface END, "
                "sentence = CASE WHEN sentence = '' THEN excluded.sentence ELSE sentence END, "
                "source = CASE WHEN source = '' THEN excluded.source ELSE source END",
                (lemma, pos, surface, sentence, source, stamp, stamp),
            )

    # -- the learner's vocabulary size --------------------------------------------------

    def evidence(self, lexicon: Lexicon) -> list[tuple[int, bool]]:
        """(rank, unknown) per lemma with evidence: a status, or a look-up (= unknown)."""
        out = []
        for lemma, pos, status, lookups in self.store.query(
            "SELECT lemma, pos, status, lookups FROM word_status"
        ):
            if status == "ignored" or (not status and not lookups):
                continue
            entry = (lexicon.entry(lemma, pos) if pos else None) or lexicon.entry(lemma)
            if entry is None:
                continue
            out.append((entry.rank, status != "known"))
        return out

    def estimate_vocab_size(self, lexicon: Lexicon, prior: int | None = None) -> int | None:
        """Maximum a posteriori vocabulary size (in ranks) given the evidence; None without any."""
        evidence = self.evidence(lexicon)
        if not evidence:
            return None
        return fit_vocab_size(evidence, prior or LEVEL_VOCAB["B1"], upper=lexicon.size * 2)


def fit_vocab_size(evidence: Iterable[tuple[int, bool]], prior: int, upper: int) -> int:
    """Fit V in p(unknown | rank) = 1 / (1 + (V / rank) ** SLOPE) with a log-normal prior."""
    # Bin log-ranks finely: the fit stays fast with thousands of "known" words.
    bins: Counter[tuple[float, bool]] = Counter(
        (round(math.log(max(rank, 1)), 2), unknown) for rank, unknown in evidence
    )
    lo, hi = math.log(50), math.log(max(upper, 100))
    log_prior = math.log(prior)
    best, best_ll = prior, -math.inf
    for i in range(_GRID + 1):
        log_v = lo + (hi - lo) * i / _GRID
        ll = -((log_v - log_prior) ** 2) / (2 * PRIOR_SD**2)
        for (log_rank, unknown), count in bins.items():
            # log p(unknown) = -log(1 + e^{-x}), log p(known) = -log(1 + e^{x})
            x = SLOPE * (log_rank - log_v)
            ll -= count * _softplus(-x if unknown else x)
        if ll > best_ll:
            best, best_ll = round(math.exp(log_v)), ll
    return int(best)


def _softplus(x: float) -> float:
    return x + math.log1p(math.exp(-x)) if x > 0 else math.log1p(math.exp(x))


def _check(status: str) -> None:
    if status and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")


def _log(conn, lemma, pos, status, previous, surface, sentence, source, stamp) -> None:
    conn.execute(
        "INSERT INTO status_event "
        "(lemma, pos, status, previous, surface, sentence, source, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (lemma, pos, status, previous, surface, sentence, source, stamp),
    )


def _set(conn, lemma, status, pos, surface, sentence, source, stamp) -> str:
    """Set one status inside a transaction; returns the previous status."""
    _check(status)
    row = conn.execute(
        "SELECT status, lookups FROM word_status WHERE lemma = ?", (lemma,)
    ).fetchone()
    previous = row[0] if row else ""
    if previous == status:
        return previous
    if not status and (row is None or not row[1]):
        conn.execute("DELETE FROM word_status WHERE lemma = ?", (lemma,))
    else:
        conn.execute(
            "INSERT INTO word_status "
            "(lemma, pos, status, surface, sentence, source, first_seen, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(lemma) DO UPDATE SET status = excluded.status, "
            "updated_at = excluded.updated_at, "
            "pos = CASE WHEN excluded.pos != '' THEN excluded.pos ELSE pos END, "
            "surface = CASE WHEN excluded.surface != '' THEN excluded.surface ELSE surface END, "
            "sentence = CASE WHEN excluded.sentence != '' THEN excluded.sentence "
            "ELSE sentence END, "
            "source = CASE WHEN excluded.source != '' THEN excluded.source ELSE source END",
            (lemma, pos, status, surface, sentence, source, stamp, stamp),
        )
    _log(conn, lemma, pos, status, previous, surface, sentence, source, stamp)
    return previous
