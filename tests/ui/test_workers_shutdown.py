"""Quitting while background jobs run: no traceback, the jobs stop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

APP = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.ui import workers
app = QApplication(sys.argv)
def reporting(rep):      # reports progress after the window is gone
    time.sleep(0.8)
    for n in range(50):
        rep.progress(n, 50)
        time.sleep(0.01)
    return 1
def silent(rep):         # one long call (like loading spaCy), then its result
    time.sleep(float(sys.argv[1]))
    return 2
workers.start(reporting, on_done=print, name="reporting")
workers.start(silent, on_done=print, name="silent")
QTimer.singleShot(200, app.quit)
app.exec()
print("quit cleanly")
"""


def _run(wait: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", APP, wait], env=env, capture_output=True, text=True, timeout=120
    )


def test_jobs_finishing_after_quit_raise_nothing():
    for wait in ("0.5", "4"):  # done within the shutdown wait, and after it
        out = _run(wait)
        assert out.returncode == 0, out.stderr
        assert "quit cleanly" in out.stdout
        assert "Traceback" not in out.stderr and "RuntimeError" not in out.stderr, out.stderr
