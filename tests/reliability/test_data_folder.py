"""A data folder that cannot be used does not stop the app: a temporary session, said plainly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.core import data_folder
from reader.core.statuses import WordStatuses
from reader.core.store import STORE_FILE, Store

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_in_place_of_the_folder_is_a_problem(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("x")
    assert data_folder.data_dir_problem(blocker) == "a file is in the way"
    assert data_folder.data_dir_problem(tmp_path / "fine") == ""


def test_unusable_folder_moves_the_session_to_a_copy(tmp_path, monkeypatch):
    original = tmp_path / "data"
    original.mkdir()
    store = Store(original / STORE_FILE)
    WordStatuses(store).set("maison", "known")
    store.close()
    before = (original / STORE_FILE).read_bytes()
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(original))
    # What the OS says to a user without write permission (root would be let through).
    monkeypatch.setattr(data_folder, "data_dir_problem", lambda path=None: "you are not allowed")
    notice = data_folder.use_temporary_data_dir()
    temp = Path(os.environ["FRENCH_READER_DATA_DIR"])
    assert temp != original and str(original) in notice and str(temp) in notice
    assert "copy of your word list" in notice and "will not be kept" in notice
    copy = Store()
    assert copy.path.parent == temp
    assert WordStatuses(copy).get("maison") == "known"
    WordStatuses(copy).set("chat", "known")
    copy.close()
    assert (original / STORE_FILE).read_bytes() == before


def test_copy_reads_a_wal_database_in_a_folder_it_cannot_write(tmp_path):
    original = tmp_path / "data"
    original.mkdir()
    store = Store(original / STORE_FILE)
    WordStatuses(store).set("maison", "known")
    store.close()
    dest = tmp_path / "copy"
    dest.mkdir()
    copied = data_folder.copy_word_list(original / STORE_FILE, dest)
    assert copied is not None
    assert WordStatuses(Store(copied)).get("maison") == "known"


APP = """
import json, sys
from pathlib import Path
from reader.core import nlp_load
from reader.ui import messages
# The model loads in the background from launch; it reads the test run's spaCy load cache (the
# session's temporary folder has none: compiling the tokenizer pattern there is not this test).
nlp_load.default_folder = lambda: Path(sys.argv[1])
shown = []
messages.show = lambda kind, parent, title, text, details="": shown.append([kind, title, text])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import time
seen = {}
def look(deadline):
    wins = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    seen["window"] = bool(wins) and wins[0].isVisible()
    if seen["window"] and shown or time.monotonic() > deadline:
        # Said now: an app quitting while a job (the model load) still runs leaves at once
        # with its exit status (app.leave_if_jobs_outlive), never returning from main().
        print(json.dumps({"shown": shown, **seen}), flush=True)
        QApplication.quit()
    else:
        QTimer.singleShot(20, lambda: look(deadline))
run = QApplication.exec
def exec_(*args):
    deadline = time.monotonic() + 30
    QTimer.singleShot(0, lambda: look(deadline))
    return run()
QApplication.exec = staticmethod(exec_)
from reader import app
sys.exit(app.main(["--level", "B1"]))
"""


def test_the_window_opens_when_a_file_is_in_place_of_the_data_folder(tmp_path, spacy_load_cache):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    env = {
        **os.environ,
        "FRENCH_READER_DATA_DIR": str(blocker),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", APP, str(spacy_load_cache)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert lines, f"no result from the app (exit status {proc.returncode}): {proc.stderr[-2000:]}"
    result = json.loads(lines[-1])
    assert result["window"] is True and proc.returncode == 0
    (kind, title, text), *_ = result["shown"]
    assert kind == "warning" and "data folder" in title.lower()
    assert "a file is in the way" in text and "temporary folder" in text
    assert blocker.read_text() == "not a folder"
