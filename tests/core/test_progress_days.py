"""Progress by day: known words over time and words looked up per day, from the store."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core import statuses as statuses_module
from reader.core.progress import Day, daily, lookups_per_day, summary
from reader.core.statuses import WordStatuses
from reader.core.store import Store


@pytest.fixture
def words(data_dir, monkeypatch):
    store = Store()
    words = WordStatuses(store)
    clock = {"now": "2026-03-01T09:00:00+01:00"}
    monkeypatch.setattr(statuses_module, "now", lambda: clock["now"])
    yield words, clock
    store.close()


def test_days_between_changes_carry_the_known_count(words):
    statuses, clock = words
    statuses.set("maison", "known")
    statuses.set("chat", "known")
    statuses.record_lookup("falaise", "NOUN")
    statuses.record_lookup("falaise", "NOUN")  # the same word twice: one word that day
    statuses.record_lookup("écureuil", "NOUN")
    clock["now"] = "2026-03-04T22:30:00+01:00"
    statuses.set("chat", "learning")  # no longer known
    statuses.set("falaise", "known")
    statuses.record_lookup("lande", "NOUN")
    assert lookups_per_day(statuses) == [("2026-03-01", 2), ("2026-03-04", 1)]
    assert daily(statuses) == [
        Day("2026-03-01", 2, 2),
        Day("2026-03-02", 2, 0),
        Day("2026-03-03", 2, 0),
        Day("2026-03-04", 2, 1),
    ]
    until = daily(statuses, until=date(2026, 3, 6))
    assert [d.day for d in until][-1] == "2026-03-06" and until[-1] == Day("2026-03-06", 2, 0)
    text = summary(daily(statuses))
    assert text == "2 words known on 2026-03-04 (+0 since 2026-03-01); 3 words looked up on 2 days."


def test_nothing_yet_says_so(words):
    statuses, _ = words
    assert daily(statuses) == [] and lookups_per_day(statuses) == []
    assert summary([]).startswith("No words marked or looked up yet")


def test_a_damaged_timestamp_is_left_out_not_a_crash(words):
    statuses, clock = words
    clock["now"] = "garbage"
    statuses.record_lookup("maison", "NOUN")
    statuses.set("maison", "known")
    clock["now"] = "2026-03-02T10:00:00+01:00"
    statuses.record_lookup("chat", "NOUN")
    (day,) = daily(statuses)
    assert (day.day, day.looked_up) == ("2026-03-02", 1)
