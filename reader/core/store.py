"""The user's data: one SQLite file, versioned schemas per component, backups before migrating.

Each feature (learner statuses, user glosses, handout choices, vocabulary history...)
owns a *component*: a name and an ordered list of migration scripts. `Store.ensure`
applies the missing ones in a transaction after backing the file up. A database
written by a newer version of the app, or a damaged file, raises StoreError with a
clear message and is never modified.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

STORE_FILE = "french-reader.sqlite3"

_META_SQL = """
CREATE TABLE IF NOT EXISTS schema_versions (
    component TEXT PRIMARY KEY,
    version INTEGER NOT NULL
)
"""


class StoreError(Exception):
    """The user database cannot be used; the message says why and what to do."""


def default_store_path() -> Path:
    from .paths import data_dir

    return data_dir() / STORE_FILE


class Store:
    """A connection to the user's SQLite database (safe to share between threads)."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._backed_up = False
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            if existed:
                row = self.conn.execute("PRAGMA quick_check").fetchone()
                if not row or row[0] != "ok":
                    raise sqlite3.DatabaseError(row[0] if row else "quick_check failed")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(_META_SQL)
        except sqlite3.DatabaseError as exc:
            try:
                self.conn.close()
            except Exception:
                pass
            raise StoreError(
                f"Your word list database at {self.path} is damaged ({exc}). "
                "It has not been changed. Restore a backup (files named *.bak-* beside it) "
                "or move it away to start a new one."
            ) from exc

    # -- schema -------------------------------------------------------------------------

    def version(self, component: str) -> int:
        row = self.conn.execute(
            "SELECT version FROM schema_versions WHERE component = ?", (component,)
        ).fetchone()
        return row[0] if row else 0

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
                for script in migrations[current:]:
                    for statement in _split_sql(script):
                        self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                    "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                    (component, target),
                )
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise

    def backup(self, reason: str = "manual") -> Path | None:
        """Copy the database beside itself (consistent, via SQLite's backup API)."""
        if not self.path.exists():
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        dest = self.path.with_name(f"{self.path.name}.bak-{stamp}-{reason}")
        target = sqlite3.connect(dest)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        return dest

    # -- queries ------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence | dict = ()) -> list[tuple]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

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
        self.store.conn.execute("BEGIN IMMEDIATE")
        return self.store.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.store.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.store._lock.release()


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def copy_aside(path: Path) -> Path:
    """Move a damaged database out of the way (only when the user asks to)."""
    dest = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    shutil.move(path, dest)
    return dest
