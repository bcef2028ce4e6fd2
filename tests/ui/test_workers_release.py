"""A finished job's handle is let go after the event that delivered its result, not inside
it: a handle nothing else held was deleted in the middle of Qt's call into it, a crash in
about one launch in twelve."""

from __future__ import annotations

import weakref

import pytest

from reader.ui import workers


@pytest.mark.parametrize("fails", [False, True])
def test_a_handle_outlives_the_event_that_reports_its_result(qtbot, fails):
    seen = []

    def job(_reporter):
        if fails:
            raise ValueError("damaged")
        return 42

    def report(_value):
        seen.append(sum(h.name == "orphan" for h in workers._running))

    handle = workers.start(job, on_done=report, on_failed=report, name="orphan")
    gone = weakref.ref(handle)
    del handle  # nobody keeps it: a job started for its side effects
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [1]  # still held while its callback runs (and after it returns)
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # then let go: no leak
    assert not [h for h in workers._running if h.name == "orphan"]
