"""Store failures are classified: advice fits the cause, never "move it away" for a good file."""

from __future__ import annotations

import sqlite3

import pytest

from reader.cli import main
from reader.core.errors import ReaderError
from reader.core.statuses import WordStatuses
from reader.core.store import Store, StoreError, split_sql


def _filled(path) -> None:
    store = Store(path)
    WordStatuses(store).set("maison", "known")
    store.close()


def test_store_error_is_a_reader_error():
    assert issubclass(StoreError, ReaderError)


def test_read_only_database_is_not_called_damaged(data_dir):
    path = data_dir / "french-reader.sqlite3"
    _filled(path)
    store = Store(path)
    statuses = WordStatuses(store)
    store.execute("PRAGMA query_only = ON")  # writes now fail as on a read-only file
    with pytest.raises(StoreError) as info:
        statuses.set("chat", "known")
    message = str(info.value)
    assert info.value.kind == "read-only"
    assert "read-only" in message and "move it away" not in message and "damaged" not in message
    assert statuses.get("maison") == "known"  # reading still works
    store.close()


def test_full_disk_says_so_and_keeps_the_data(data_dir):
    path = data_dir / "french-reader.sqlite3"
    _filled(path)
    store = Store(path)
    statuses = WordStatuses(store)
    pages = store.query("PRAGMA page_count")[0][0]
    store.execute(f"PRAGMA max_page_count = {pages}")  # no page left: SQLite's "disk is full"
    with pytest.raises(StoreError) as info:
        for i in range(2000):
            statuses.set(f"mot{i}", "known", sentence="x" * 500)
    assert info.value.kind == "disk-full"
    assert "full" in str(info.value) and "move it away" not in str(info.value)
    store.close()
    assert WordStatuses(Store(path)).get("maison") == "known"


def test_locked_database_says_another_program_uses_it(data_dir, monkeypatch):
    path = data_dir / "french-reader.sqlite3"
    _filled(path)
    monkeypatch.setattr(Store, "busy_timeout", 0.05)
    store = Store(path)
    statuses = WordStatuses(store)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as info:
            statuses.set("chat", "known")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert info.value.kind == "locked" and "in use" in str(info.value)
    assert "move it away" not in str(info.value)
    statuses.set("chat", "known")  # fine once the other program let go
    assert statuses.get("chat") == "known"
    store.close()


def test_damaged_file_keeps_its_advice(data_dir):
    path = data_dir / "french-reader.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.kind == "damaged" and "move it away" in str(info.value)


def test_a_folder_where_the_database_should_be(data_dir):
    (data_dir / "french-reader.sqlite3").mkdir()
    with pytest.raises(StoreError) as info:
        Store()
    assert "is a folder" in str(info.value) and "damaged" not in str(info.value)


def test_a_file_where_the_data_folder_should_be(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("hello")
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(blocker / "sub"))
    with pytest.raises(StoreError) as info:
        Store()
    assert info.value.kind == "unavailable" and "FRENCH_READER_DATA_DIR" in str(info.value)
    assert blocker.read_text() == "hello"


@pytest.mark.parametrize("action", [["list"], ["import", "words.txt"], ["progress"]])
def test_cli_vocab_with_a_damaged_database_is_one_line(data_dir, tmp_path, capsys, action):
    (data_dir / "french-reader.sqlite3").write_bytes(b"not a database at all\n" * 200)
    (tmp_path / "words.txt").write_text("maison\n", encoding="utf-8")
    argv = ["vocab", *[str(tmp_path / a) if a.endswith(".txt") else a for a in action]]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err


def test_cli_vocab_with_a_file_as_data_folder(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(blocker))
    (tmp_path / "words.txt").write_text("maison\n", encoding="utf-8")
    code = main(["vocab", "import", str(tmp_path / "words.txt")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "FRENCH_READER_DATA_DIR" in err
    code = main(["vocab", "list"])  # reading: a temporary session, said plainly
    err = capsys.readouterr().err
    assert code == 0 and "a file is in the way" in err and "temporary folder" in err
    assert blocker.read_text() == "x"


def test_cli_newer_schema_is_one_line(data_dir, capsys):
    store = Store()
    WordStatuses(store).set("maison", "known")
    store.execute("UPDATE schema_versions SET version = 99 WHERE component = 'learner'")
    store.close()
    code = main(["vocab", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "newer version" in err and err.count("\n") == 1


# -- migrations (issue 19 point 10) ------------------------------------------------------


def test_split_sql_keeps_triggers_and_quoted_semicolons_whole():
    script = """
        CREATE TABLE note (text TEXT DEFAULT 'a;b', n INT);
        CREATE TRIGGER count_notes AFTER INSERT ON note BEGIN
            UPDATE note SET n = 1 WHERE rowid = new.rowid;
            UPDATE note SET text = text || ';!' WHERE rowid = new.rowid;
        END;
        -- a comment; with a semicolon
        INSERT INTO note(text) VALUES ('x;y')
    """
    statements = split_sql(script)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].rstrip().endswith("END;")


def test_migration_with_a_trigger_and_a_semicolon_in_a_string(data_dir):
    store = Store()
    store.ensure(
        "demo",
        [
            "CREATE TABLE note (text TEXT DEFAULT 'a;b', n INT);"
            "CREATE TRIGGER count_notes AFTER INSERT ON note BEGIN "
            "UPDATE note SET n = 1 WHERE rowid = new.rowid; "
            "UPDATE note SET text = text || ';!' WHERE rowid = new.rowid; END;"
            "INSERT INTO note(text) VALUES ('x;y');"
            "INSERT INTO note DEFAULT VALUES;"
        ],
    )
    assert store.query("SELECT text, n FROM note ORDER BY rowid") == [("x;y;!", 1), ("a;b;!", 1)]
    assert store.version("demo") == 1
    store.close()


def test_failing_migration_gives_a_clear_message_and_changes_nothing(data_dir):
    store = Store()
    store.ensure("demo", ["CREATE TABLE note (text TEXT)"])
    store.execute("INSERT INTO note VALUES ('kept')")
    with pytest.raises(StoreError, match="could not be updated") as info:
        store.ensure("demo", ["CREATE TABLE note (text TEXT)", "CREATE TABLE x(a); SELEC 1"])
    assert info.value.kind == "migration"
    assert store.query("SELECT name FROM sqlite_master WHERE name = 'x'") == []
    assert store.version("demo") == 1
    store.close()
