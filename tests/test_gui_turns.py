"""The window's turns come first: background work waits at its check points while the
GUI thread's event loop handles events (reader.core.gui_turns)."""

from __future__ import annotations

import threading
import time

import pytest

from reader.core import gui_turns


@pytest.fixture(autouse=True)
def fresh_gate(monkeypatch):
    monkeypatch.setattr(gui_turns, "_gui_thread", None)
    monkeypatch.setattr(gui_turns, "MAX_WAIT_S", 30.0)  # a test ends a turn itself
    gui_turns.idle()
    yield
    gui_turns.idle()


def _in_thread(fn) -> tuple[threading.Thread, threading.Event]:
    finished = threading.Event()

    def run() -> None:
        fn()
        finished.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, finished


def test_no_turn_no_wait():
    before = gui_turns.stats()["waits"]
    thread, finished = _in_thread(gui_turns.give_way)
    assert finished.wait(5)
    assert gui_turns.stats()["waits"] == before


def test_background_work_waits_for_the_end_of_the_turn():
    gui_turns.set_gui_thread()
    gui_turns.busy()
    thread, finished = _in_thread(gui_turns.give_way)
    assert not finished.wait(0.2)  # still inside the GUI's turn
    gui_turns.idle()
    assert finished.wait(5)
    assert gui_turns.stats()["seconds"] > 0


def test_a_long_turn_is_waited_for_only_so_long(monkeypatch):
    monkeypatch.setattr(gui_turns, "MAX_WAIT_S", 0.05)
    gui_turns.set_gui_thread()
    gui_turns.busy()
    thread, finished = _in_thread(gui_turns.give_way)
    assert finished.wait(5)  # the GUI never ended its turn: the job went on anyway
    assert gui_turns.is_busy()
    # and a check point later in the same long turn does not wait at all
    thread, finished = _in_thread(gui_turns.give_way)
    assert finished.wait(5)


def test_the_gui_thread_never_waits_for_itself():
    gui_turns.set_gui_thread()
    gui_turns.busy()
    gui_turns.give_way()  # would block for MAX_WAIT_S (30 s) on any other thread
    assert gui_turns.is_busy()


def test_a_plain_text_import_pauses_during_a_turn():
    from reader.core.importers import txt

    data = ("Une ligne de texte en français.\n\n" * 20_000).encode("utf-8")
    gui_turns.set_gui_thread()
    gui_turns.busy()
    out: list = []
    thread, finished = _in_thread(lambda: out.append(txt.load(data, "livre.txt", 10**8)))
    assert not finished.wait(0.3)
    gui_turns.idle()
    assert finished.wait(30)
    assert len(out[0].blocks) == 20_000


def test_a_first_import_in_a_job_is_a_check_point(tmp_path, monkeypatch):
    (tmp_path / "fr_reader_turns_probe.py").write_text("VALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    gui_turns.watch_imports()
    gui_turns.set_gui_thread()
    gui_turns.busy()
    got: list = []

    def job() -> None:
        import fr_reader_turns_probe

        got.append(fr_reader_turns_probe.VALUE)

    thread, finished = _in_thread(job)
    assert not finished.wait(0.2)
    import json.tool  # noqa: F401 (the GUI thread imports meanwhile: no lock held by the job)

    gui_turns.idle()
    assert finished.wait(5)
    assert got == [42]


def test_turns_nest_and_only_the_gui_thread_has_them():
    with gui_turns.turn():
        assert not gui_turns.is_busy()  # no GUI thread named yet (the command line, tests)
    gui_turns.set_gui_thread()
    with gui_turns.turn():
        with gui_turns.turn():
            assert gui_turns.is_busy()
        assert gui_turns.is_busy()  # the outer turn goes on
        other: list[bool] = []
        thread, finished = _in_thread(lambda: other.append(_turn_elsewhere()))
        assert finished.wait(0.2)  # a turn begun on a job's thread: nothing, no wait
        assert other == [True]
    assert not gui_turns.is_busy()


def test_a_turn_inside_a_long_turn_is_given_way_to_for_its_own_time(monkeypatch):
    # The first show's turn can outlast MAX_WAIT_S; a delivery inside it still comes first.
    monkeypatch.setattr(gui_turns, "MAX_WAIT_S", 0.2)
    gui_turns.set_gui_thread()
    assert gui_turns.enter()  # the long turn
    time.sleep(0.25)  # past its MAX_WAIT_S: a check point would not wait any more
    thread, finished = _in_thread(gui_turns.give_way)
    assert finished.wait(5)
    with gui_turns.turn():  # a delivery: the clock starts again
        thread, finished = _in_thread(gui_turns.give_way)
        assert not finished.wait(0.1)  # waits for this inner turn
    assert finished.wait(5)
    gui_turns.leave()
    assert not gui_turns.is_busy()


def _turn_elsewhere() -> bool:
    with gui_turns.turn():
        return gui_turns.is_busy()  # still the GUI thread's turn, not this one's


def test_what_a_job_hands_over_is_handled_in_a_turn(qtbot):
    from reader.ui import workers

    workers.give_the_window_first_turn()
    seen: list[bool] = []
    waited: list[float] = []
    in_turn = threading.Event()

    def job(reporter) -> str:
        reporter.partial("part")
        assert in_turn.wait(10)  # the window is handling the part now
        start = time.perf_counter()
        gui_turns.give_way()  # a check point: waits for the end of the window's turn
        waited.append(time.perf_counter() - start)
        return "done"

    def on_partial(value) -> None:
        seen.append(gui_turns.is_busy())
        in_turn.set()
        time.sleep(0.3)  # a heavy turn: the part shown

    workers.start(job, lambda v: seen.append(gui_turns.is_busy()), on_partial=on_partial)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [True, True]
    assert waited and waited[0] > 0.1  # it waited for the rest of the 0.3 s turn
    assert not gui_turns.is_busy()
