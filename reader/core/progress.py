"""The learner's progress by day: words known (from the status change log) and words looked
up (from the look-ups), for `reader vocab progress` and the Words > Progress chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .statuses import WordStatuses

MAX_DAYS = 3660  # a longer span is summed up from its last ten years


@dataclass(frozen=True)
class Day:
    """One calendar day (the learner's local day)."""

    day: str  # YYYY-MM-DD
    known: int  # words marked known by the end of the day
    looked_up: int  # different words looked up that day


def lookups_per_day(statuses: WordStatuses) -> list[tuple[str, int]]:
    """(day, different words looked up that day), oldest first; days without any left out."""
    rows = statuses.store.query(
        "SELECT substr(at, 1, 10) AS day, COUNT(DISTINCT lemma) FROM lookup "
        "GROUP BY day ORDER BY day"
    )
    return [(str(day), int(count)) for day, count in rows if _is_day(str(day))]


def known_per_day(statuses: WordStatuses) -> list[tuple[str, int]]:
    """(day, words known by the end of that day), one point per day with a change."""
    from .vocab import known_over_time

    return [(day, known) for day, known in known_over_time(statuses) if _is_day(day)]


def daily(statuses: WordStatuses, until: date | None = None) -> list[Day]:
    """Every day from the first change or look-up to `until` (default: the last day with
    one), the known count carried over the days without a change. Empty with no data."""
    known = dict(known_per_day(statuses))
    looked = dict(lookups_per_day(statuses))
    days = sorted(set(known) | set(looked))
    if not days:
        return []
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    if until is not None and until > last:
        last = until
    first = max(first, last - timedelta(days=MAX_DAYS - 1))
    before = [k for d, k in sorted(known.items()) if d < first.isoformat()]
    current = before[-1] if before else 0
    out = []
    day = first
    while day <= last:
        key = day.isoformat()
        current = known.get(key, current)
        out.append(Day(key, current, looked.get(key, 0)))
        day += timedelta(days=1)
    return out


def summary(days: list[Day]) -> str:
    """One sentence a learner reads (also the chart's accessible description)."""
    if not days:
        return "No words marked or looked up yet: mark words or look them up while reading."
    looked = sum(d.looked_up for d in days)
    active = sum(1 for d in days if d.looked_up)
    first, last = days[0], days[-1]
    gained = last.known - first.known
    text = f"{last.known} words known on {last.day}"
    if len(days) > 1:
        text += f" ({gained:+d} since {first.day})"
    return text + f"; {looked} words looked up on {active} day{'s' * (active != 1)}."


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
