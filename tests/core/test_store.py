"""The user store: damaged or newer files are refused untouched; migrations back up first."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.statuses import WordStatuses
from reader.core.store import Store, StoreError


def test_store_lives_in_the_data_dir_and_uses_wal(data_dir):
    store = Store()
    try:
        assert store.path.parent == data_dir
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    finally:
        store.close()


def test_corrupted_file_gives_a_clear_error_and_is_untouched(data_dir):
    path = data_dir / "french-reader.sqlite3"
    garbage = b"SQLite format 3\x00" + bytes(range(256)) * 40
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="damaged") as info:
        WordStatuses(Store(path))
    assert str(path) in str(info.value) and "not been changed" in str(info.value)
    assert path.read_bytes() == garbage


def test_not_a_database_at_all(data_dir):
    path = data_dir / "french-reader.sqlite3"
    path.write_bytes(b"my shopping list\n" * 100)
    with pytest.raises(StoreError):
        Store(path)
    assert path.read_bytes() == b"my shopping list\n" * 100


def test_newer_schema_is_refused_and_untouched(data_dir):
    store = Store()
    WordStatuses(store).set("maison", "known")
    store.execute("UPDATE schema_versions SET version = 99 WHERE component = 'learner'")
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        WordStatuses(Store())
    assert store.path.read_bytes() == before
    assert not list(data_dir.glob("*.bak-*"))


def test_migration_backs_up_first_and_keeps_data(data_dir):
    store = Store()
    store.ensure("demo", ["CREATE TABLE note (text TEXT)"])
    store.execute("INSERT INTO note VALUES ('kept')")
    store.ensure("demo", ["CREATE TABLE note (text TEXT)", "ALTER TABLE note ADD COLUMN n INT"])
    (backup,) = data_dir.glob("*.bak-*")
    old = sqlite3.connect(backup)
    try:
        assert old.execute("SELECT text FROM note").fetchall() == [("kept",)]
        assert old.execute(
            "SELECT version FROM schema_versions WHERE component = 'demo'"
        ).fetchall() == [(1,)]
    finally:
        old.close()
    assert store.query("SELECT text, n FROM note") == [("kept", None)]
    assert store.version("demo") == 2
    store.close()


def test_failed_migration_leaves_the_data_as_it_was(data_dir):
    store = Store()
    store.ensure("demo", ["CREATE TABLE note (text TEXT)"])
    store.execute("INSERT INTO note VALUES ('kept')")
    with pytest.raises(StoreError, match="could not be updated") as info:
        store.ensure("demo", ["CREATE TABLE note (text TEXT)", "ALTER TABLE nope ADD x INT"])
    assert info.value.kind == "migration"
    assert store.version("demo") == 1
    assert store.query("SELECT text FROM note") == [("kept",)]
    store.close()
