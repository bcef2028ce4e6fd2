"""Words > My progress…: the chart of words known and looked up, used from the keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from reader.core import statuses as statuses_module


def _open(window, qtbot):
    from reader.ui.progress_dialog import ProgressDialog

    window.progress_action.trigger()
    dialog = window.findChild(ProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(dialog.chart.days), timeout=10_000)
    return dialog


def test_the_chart_walks_the_days_from_the_keyboard(make_window, qtbot, monkeypatch):
    window = make_window(open_sample=False)
    statuses = window.session.statuses
    start = date.today() - timedelta(days=2)
    clock = {"now": f"{start.isoformat()}T10:00:00+00:00"}
    monkeypatch.setattr(statuses_module, "now", lambda: clock["now"])
    statuses.set("maison", "known")
    statuses.record_lookup("falaise", "NOUN")
    clock["now"] = f"{(start + timedelta(days=1)).isoformat()}T10:00:00+00:00"
    statuses.set("chat", "known")
    statuses.set("chien", "known")
    statuses.record_lookup("lande", "NOUN")
    statuses.record_lookup("bruyère", "NOUN")

    assert "progress" in window.progress_action.text().lower()
    dialog = _open(window, qtbot)
    chart = dialog.chart
    assert [d.day for d in chart.days][0] == start.isoformat()
    assert chart.days[-1].day == date.today().isoformat()  # up to today, nothing new today
    assert chart.hasFocus()
    today = date.today().isoformat()
    assert dialog.day_line.text() == f"{today}: 3 known · 0 words looked up"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    second = (start + timedelta(days=1)).isoformat()
    assert dialog.day_line.text() == f"{second}: 3 known · 2 words looked up"
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert dialog.day_line.text() == f"{start.isoformat()}: 1 known · 1 word looked up"
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert dialog.day_line.text().startswith(today)
    assert "3 words known" in dialog.summary.text() and "+2 since" in dialog.summary.text()
    assert chart.grab().width() > 0  # it paints
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_no_words_yet_says_so(make_window, qtbot):
    from reader.ui.progress_dialog import ProgressDialog

    window = make_window(open_sample=False)
    window.progress_action.trigger()
    dialog = window.findChild(ProgressDialog)
    qtbot.waitUntil(lambda: "No words marked" in dialog.summary.text(), timeout=10_000)
    assert dialog.chart.days == [] and dialog.day_line.text() == ""
