"""A data folder that cannot be used (read-only, a file in its place, a full disk) must not
stop the app: the session moves to a temporary folder, with a copy of the word list when it
can still be read, and says so plainly."""

from __future__ import annotations

import atexit
import errno
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from .paths import DATA_DIR_ENV, data_dir_path

_REASONS = {
    errno.EACCES: "you are not allowed to write there",
    errno.EPERM: "you are not allowed to write there",
    errno.EROFS: "it is on a read-only disk",
    errno.ENOSPC: "the disk is full",
    errno.EEXIST: "a file is in the way",
    errno.ENOTDIR: "a file is in the way",
}


def data_dir_problem(path: Path | None = None) -> str:
    """'' when the data folder can be created and written; otherwise why not, in words."""
    path = path if path is not None else data_dir_path()
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=path)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        return _REASONS.get(exc.errno or 0, exc.strerror or "it cannot be written")
    return ""


def copy_word_list(db: Path, folder: Path) -> Path | None:
    """A copy of the database `db` (read without writing anything) in `folder`, or None."""
    if not db.is_file():
        return None
    dest = folder / db.name
    for query in ("mode=ro", "immutable=1"):  # immutable: no -shm/-wal needed (read-only dir)
        try:
            source = sqlite3.connect(f"{db.resolve().as_uri()}?{query}", uri=True)
            try:
                target = sqlite3.connect(dest)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            return dest
        except sqlite3.Error:
            dest.unlink(missing_ok=True)
    return None


def use_temporary_data_dir(keep_copy: bool = True) -> str:
    """Check the data folder; when unusable, move this process to a temporary one.

    Returns '' when the folder is fine, else the notice to show the user.
    """
    from .store import STORE_FILE

    original = data_dir_path()
    problem = data_dir_problem(original)
    if not problem:
        return ""
    temp = Path(tempfile.mkdtemp(prefix="french-reader-session-"))
    atexit.register(shutil.rmtree, temp, ignore_errors=True)
    os.environ[DATA_DIR_ENV] = str(temp)
    copied = copy_word_list(original / STORE_FILE, temp) if keep_copy else None
    words = (
        "works on a copy of your word list"
        if copied
        else "starts with an empty word list"
        if not (original / STORE_FILE).exists()
        else "could not read your word list and starts with an empty one"
    )
    return (
        f"Your data folder {original} cannot be used ({problem}). This session {words} in a "
        f"temporary folder ({temp}): changes made now will not be kept. Fix that folder "
        f"(its permissions, or a file in its way), or set {DATA_DIR_ENV} to a folder you can write."
    )
