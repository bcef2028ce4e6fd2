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


def _start(wait: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", APP, wait],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_jobs_finishing_after_quit_raise_nothing():
    # Both apps at once (they mostly sleep): one whose job is done within the shutdown wait,
    # one whose job outlasts it.
    apps = [_start(wait) for wait in ("0.5", "4")]
    try:
        for app in apps:
            stdout, stderr = app.communicate(timeout=120)
            assert app.returncode == 0, stderr
            assert "quit cleanly" in stdout
            assert "Traceback" not in stderr and "RuntimeError" not in stderr, stderr
    finally:
        for app in apps:
            if app.poll() is None:
                app.kill()
                app.communicate()
