"""The user's data: one SQLite file, versioned schemas per component, backups before migrating.

Each feature (learner statuses, user glosses, handout choices, vocabulary history...)
owns a *component*: a name and an ordered list of migration scripts. `Store.ensure`
applies the missing ones in a transaction after backing the file up. A database
written by a newer version of the app, or a damaged file, raises StoreError with a
clear message and is never modified.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from .errors import StoreError

__all__ = ["STORE_FILE", "Store", "StoreError", "classify", "default_store_path"]

STORE_FILE = "french-reader.sqlite3"

_META_SQL = """
CREATE TABLE IF NOT EXISTS schema_versions (
    component TEXT PRIMARY KEY,
    version INTEGER NOT NULL
)
"""


def default_store_path() -> Path:
    from .paths import data_dir

    return data_dir() / STORE_FILE


class Store:
    """A connection to the user's SQLite database (safe to share between threads)."""

    # Seconds a write waits for another program holding the database before giving up.
    busy_timeout = 5.0

    def __init__(self, path: Path | str | None = None):
        self._lock = threading.RLock()
        self._backed_up = False
        self.conn: sqlite3.Connection | None = None
        if path is None:
            try:
                path = default_store_path()
            except OSError as exc:
                from .paths import data_dir_path

                raise classify(exc, data_dir_path() / STORE_FILE, opening=True) from exc
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.is_dir():
                raise StoreError(
                    f"Your word list cannot be opened: {self.path} is a folder, not a file. "
                    "Rename that folder or set FRENCH_READER_DATA_DIR to another folder.",
                    kind="unavailable",
                )
            existed = self.path.exists() and self.path.stat().st_size > 0
            self.conn = sqlite3.connect(
                self.path,
                check_same_thread=False,
                isolation_level=None,
                timeout=self.busy_timeout,
            )
            if existed:
                row = self.conn.execute("PRAGMA quick_check").fetchone()
                if not row or row[0] != "ok":
                    raise sqlite3.DatabaseError(row[0] if row else "quick_check failed")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(_META_SQL)
        except StoreError:
            self._close_quietly()
            raise
        except (sqlite3.Error, OSError) as exc:
            self._close_quietly()
            error = classify(exc, self.path, opening=True)
            raise error from exc

    def _close_quietly(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass

    # -- schema -------------------------------------------------------------------------

    def version(self, component: str) -> int:
        rows = self.query("SELECT version FROM schema_versions WHERE component = ?", (component,))
        return rows[0][0] if rows else 0

    def ensure(self, component: str, migrations: Sequence[str]) -> None:
        """Bring `component` up to len(migrations), backing the file up first."""
        with self._lock:
            current = self.version(component)
            target = len(migrations)
            if current > target:
                raise StoreError(
                    f"Your word list database at {self.path} was written by a newer version of "
                    f"French Reader ({component} schema {current}, this version knows {target}). "
                    "It has not been changed; please update the app."
                )
            if current == target:
                return
            if current > 0:
                self.backup(reason=f"{component}-v{current}")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise classify(exc, self.path) from exc
            try:
                for number, script in enumerate(migrations[current:], start=current + 1):
                    for statement in split_sql(script):
                        try:
                            self.conn.execute(statement)
                        except sqlite3.OperationalError as exc:
                            if _code(exc) in _CLASSIFIED:
                                raise
                            raise StoreError(
                                f"Your word list at {self.path} could not be updated for this "
                                f"version of French Reader ({component} step {number} failed: "
                                f"{exc}). It has not been changed; please report this problem.",
                                kind="migration",
                            ) from exc
                self.conn.execute(
                    "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                    "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                    (component, target),
                )
                self.conn.execute("COMMIT")
            except BaseException as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if isinstance(exc, sqlite3.Error):
                    raise classify(exc, self.path) from exc
                raise

    def backup(self, reason: str = "manual") -> Path | None:
        """Copy the database beside itself (consistent, via SQLite's backup API)."""
        if not self.path.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        dest = self.path.with_name(f"{self.path.name}.bak-{stamp}-{reason}")
        try:
            target = sqlite3.connect(dest)
            try:
                self.conn.backup(target)
            finally:
                target.close()
        except sqlite3.Error as exc:
            dest.unlink(missing_ok=True)
            raise classify(exc, self.path) from exc
        return dest

    # -- queries ------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            try:
                return self.conn.execute(sql, params)
            except sqlite3.Error as exc:
                raise _classified_or_same(exc, self.path) from exc

    def query(self, sql: str, params: Sequence | dict = ()) -> list[tuple]:
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _classified_or_same(exc, self.path) from exc

    def transaction(self):
        """Context manager: statements inside commit together or not at all."""
        return _Transaction(self)

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass


class _Transaction:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> sqlite3.Connection:
        self.store._lock.acquire()
        try:
            self.store.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self.store._lock.release()
            raise _classified_or_same(exc, self.store.path) from exc
        return self.store.conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None:
                try:
                    self.store.conn.execute("COMMIT")
                    return False
                except sqlite3.Error as error:
                    exc = error
            try:
                self.store.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (disk full, I/O error)
            if isinstance(exc, sqlite3.Error):
                classified = _classified_or_same(exc, self.store.path)
                if classified is not exc or exc_type is None:
                    raise classified from exc
            return False
        finally:
            self.store._lock.release()


def split_sql(script: str) -> list[str]:
    """The statements of a script, split where SQLite says a statement is complete.

    Semicolons inside strings, comments or a trigger's BEGIN ... END stay in their statement.
    """
    statements: list[str] = []
    current = ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\r\n;"):
                statements.append(current.strip())
            current = ""
    rest = current[:-1].strip()  # the ";" added after the last piece
    if rest:
        statements.append(rest)
    return statements


# -- errors -------------------------------------------------------------------------------

_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT"}
_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_CLASSIFIED_PREFIXES = (
    "SQLITE_CORRUPT",
    "SQLITE_NOTADB",
    "SQLITE_FORMAT",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_READONLY",
    "SQLITE_FULL",
    "SQLITE_CANTOPEN",
    "SQLITE_IOERR",
    "SQLITE_PERM",
    "SQLITE_AUTH",
)
_CLASSIFIED = frozenset(_CLASSIFIED_PREFIXES)


def _code(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix in _CLASSIFIED_PREFIXES:
        if name.startswith(prefix):
            return prefix
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text:
        return "SQLITE_CORRUPT"
    if "readonly" in text or "read-only" in text:
        return "SQLITE_READONLY"
    if "disk is full" in text:
        return "SQLITE_FULL"
    if "locked" in text:
        return "SQLITE_BUSY"
    return name


def _classified_or_same(exc: sqlite3.Error, path: Path) -> BaseException:
    """A StoreError for environment problems; programming errors stay what they are."""
    return classify(exc, path) if _code(exc) in _CLASSIFIED else exc


def _folder_state(path: Path) -> str:
    """SQLITE_READONLY or SQLITE_FULL when the folder's file system says so, else ''."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
            return "SQLITE_READONLY"
        if shutil.disk_usage(folder).free < 256 * 1024:
            return "SQLITE_FULL"
    except OSError:
        return ""
    return ""


def classify(exc: BaseException, path: Path, opening: bool = False) -> StoreError:
    """A StoreError whose advice fits the cause: damaged, locked, read-only, disk full..."""
    code = _code(exc)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if code in ("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_READONLY"):
        code = _folder_state(path) or code  # SQLite often says "I/O error" for these
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if isinstance(exc, PermissionError) or exc.errno in (13, 30):
            code = "SQLITE_READONLY"
        elif exc.errno == 28:
            code = "SQLITE_FULL"
        else:
            return StoreError(
                f"Your word list cannot be opened: its folder {path.parent} cannot be used "
                f"({reason}). Nothing was changed; set FRENCH_READER_DATA_DIR to a folder you "
                "can write, or fix that path.",
                kind="unavailable",
            )
    if code in _DAMAGED or (
        opening and isinstance(exc, sqlite3.DatabaseError) and code not in _CLASSIFIED
    ):
        return StoreError(
            f"Your word list database at {path} is damaged ({reason}). "
            "It has not been changed. Restore a backup (files named *.bak-* beside it) "
            "or move it away to start a new one.",
            kind="damaged",
        )
    if code in _LOCKED:
        return StoreError(
            f"Your word list at {path} is in use by another program (another French Reader "
            "window?). Close it and try again; the file itself is fine.",
            kind="locked",
        )
    if code in ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH"):
        return StoreError(
            f"Your word list at {path} is read-only (the file or its folder cannot be "
            "written), so changes cannot be saved. The file is fine; give yourself write "
            "permission on that folder or set FRENCH_READER_DATA_DIR to another folder.",
            kind="read-only",
        )
    if code == "SQLITE_FULL":
        return StoreError(
            f"The disk holding your word list ({path}) is full: the last change was not "
            "saved. The file is fine; free some space and try again.",
            kind="disk-full",
        )
    if code == "SQLITE_CANTOPEN":
        return StoreError(
            f"Your word list at {path} cannot be opened: its folder is missing or cannot "
            "be written. Nothing was changed; set FRENCH_READER_DATA_DIR to a folder you can "
            "write, or fix that folder's permissions.",
            kind="unavailable",
        )
    return StoreError(
        f"Your word list at {path} could not be read or written (disk error: {reason}). "
        "It was not changed on purpose; check the disk and try again.",
        kind="unavailable",
    )
