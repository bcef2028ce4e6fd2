"""The app shell: logging into the data directory and the global error hook."""

from __future__ import annotations

import logging
import sys


def test_errors_are_logged_and_shown_instead_of_killing_the_app(data_dir, qapp, monkeypatch):
    from reader import app

    shown = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown.append((kind, text, details)),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        log_path = app.setup_logging()
        app.install_excepthook(log_path)
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
        root.handlers[:] = handlers
    assert log_path.parent == data_dir
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert shown and shown[0][0] == "error"
    assert "boom in a slot" in shown[0][1] and str(log_path) in shown[0][1]
    assert "Traceback" in shown[0][2]


def test_arguments():
    from reader.app import parse_args

    args = parse_args(["article.txt", "--level", "b2"])
    assert args.path == "article.txt" and args.level == "b2"
    assert parse_args([]).path is None
