"""Quitting while a job is inside a long computation (spaCy on a batch): the process ends at
once and cleanly, without the crash of an interpreter torn down under a running thread."""

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
from reader import app as reader_app
from reader.ui import workers
app = QApplication(sys.argv)
workers._quit_watched.append(True)  # the shutdown below, with a short wait
def computing(rep):      # Python work that never looks at its cancel flag (a model call)
    end, junk = time.monotonic() + 120, []
    while time.monotonic() < end:
        junk = [str(n) for n in range(2000)] + junk[:2000]
    return 1
workers.start(computing, on_done=print, name="analysis")
QTimer.singleShot(300, app.quit)
app.exec()
workers.shutdown(200)
print("event loop over", flush=True)
if sys.argv[1] == "leave":
    reader_app.leave_if_jobs_outlive(0)
"""


def _run(how: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", APP, how],
        env=env,
        capture_output=True,
        text=True,
        timeout=40,  # the job alone would run 120 s: the app must not wait for it
    )


def test_quitting_during_a_long_computation_ends_at_once_without_a_crash():
    done = _run("leave")
    assert "event loop over" in done.stdout
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr and "Traceback" not in done.stderr
