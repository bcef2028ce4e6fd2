"""`vocab import` of hostile or odd files: decoded like documents, junk lines refused and
counted, never a traceback, never junk stored."""

from __future__ import annotations

import logging
import sqlite3
import zipfile

import pytest

from reader.cli import main
from reader.core.errors import ReaderError
from reader.core.lexicon import default_lexicon
from reader.core.statuses import WordStatuses
from reader.core.store import Store
from reader.core.vocab import VocabList
from reader.core.vocab_import import import_known


@pytest.fixture
def vocab(tmp_path):
    store = Store(tmp_path / "user.sqlite3")
    yield VocabList(WordStatuses(store), gloss_lookup=lambda lemma, pos: ("", "", ""))
    store.close()


def _lemmas(vocab) -> set[str]:
    return {i.lemma for i in vocab.items()}


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("latin-1", b""),
        ("cp1252", b""),
    ],
)
def test_word_lists_in_other_encodings(vocab, tmp_path, encoding, bom):
    path = tmp_path / "mots.txt"
    path.write_bytes(bom + "chat\nété\nœuvre\ngarçon\n".encode(encoding, "replace"))
    report = import_known(vocab, path, lexicon=None)
    expected = {"chat", "été", "garçon"} | ({"œuvre"} if encoding != "latin-1" else set())
    assert expected <= _lemmas(vocab)
    assert not [w for w in _lemmas(vocab) if "\x00" in w or "ÿ" in w or "Ã" in w]
    assert report.refused == 0


def test_binary_file_is_one_clear_error(vocab, tmp_path):
    path = tmp_path / "mots.txt"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(ReaderError, match="binary"):
        import_known(vocab, path)
    assert _lemmas(vocab) == set()


def test_nul_control_and_huge_lines_are_refused_and_counted(vocab, tmp_path):
    path = tmp_path / "mots.txt"
    lines = ["chat", "ch\x00ien", "mai\x07son", "x" * 5_000_000, "arbre", "a" * 101]
    path.write_text("\n".join(lines), encoding="utf-8")
    report = import_known(vocab, path, lexicon=None)
    assert _lemmas(vocab) == {"chat", "arbre"}
    assert report.refused == 4 and "4 lines refused" in report.summary()


def test_csv_latin1_and_binary_and_long_field(vocab, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("lemma,status\nété,known\ngarçon,learning\n".encode("latin-1"))
    import_known(vocab, latin)
    assert {"été", "garçon"} <= _lemmas(vocab)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"lemma,status\n" + bytes(range(256)) * 40)
    with pytest.raises(ReaderError):
        import_known(vocab, binary)
    long_field = tmp_path / "long.csv"
    long_field.write_text('lemma,gloss\nchat,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(ReaderError, match="row"):
        import_known(vocab, long_field)


def _anki(path, fields: list) -> None:
    db = path.with_suffix(".db")
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
    conn.executemany("INSERT INTO notes(flds) VALUES (?)", [(f,) for f in fields])
    conn.commit()
    conn.close()
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(db, "collection.anki2")


def test_anki_notes_with_null_fields(vocab, tmp_path):
    deck = tmp_path / "deck.apkg"
    _anki(deck, ["chat\x1fcat", None, "arbre\x1ftree", "bad\x00word\x1fx", b"maison\x1fhouse"])
    report = import_known(vocab, deck)
    assert {"chat", "arbre", "maison"} <= _lemmas(vocab)
    assert report.refused == 2


def test_no_spurious_estimate_warning(vocab, tmp_path, caplog):
    path = tmp_path / "mots.txt"
    path.write_text("123\n", encoding="utf-8")  # nothing to mark: no evidence for an estimate
    with caplog.at_level(logging.WARNING):
        report = import_known(vocab, path, lexicon=default_lexicon())
    assert "estimate unavailable" not in caplog.text
    assert report.estimate_after is None


def test_progress_is_reported(vocab, tmp_path):
    path = tmp_path / "mots.txt"
    path.write_text("\n".join(f"mot{i}" for i in range(50_000)), encoding="utf-8")
    seen = []
    import_known(vocab, path, lexicon=None, progress=lambda done, total: seen.append(done))
    assert seen[0] == 0 and seen[-1] == 50_000 and len(seen) >= 3


@pytest.mark.parametrize(
    "content", [b"\xff\xfe" + "chat\n".encode("utf-16-le"), bytes(range(256)) * 40, b""]
)
def test_cli_vocab_import_never_a_traceback(data_dir, tmp_path, capsys, content):
    path = tmp_path / "mots.txt"
    path.write_bytes(content)
    code = main(["vocab", "import", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and code in (0, 2)
    assert (code == 0 and "words read" in out) or (code == 2 and err.count("\n") == 1)


def test_panel_imports_off_the_gui_thread_with_progress(qtbot, data_dir, tmp_path, monkeypatch):
    import threading

    from reader.core import vocab_import
    from reader.ui.panels.vocab_panel import VocabPanel

    store = Store()
    vocab = VocabList(WordStatuses(store), gloss_lookup=lambda lemma, pos: ("", "", ""))
    panel = VocabPanel(vocab)
    qtbot.addWidget(panel)
    path = tmp_path / "mots.txt"
    # Past one progress step (every 20,000 entries): 0%, 95%, 100%.
    path.write_text("\n".join(f"mot{i}" for i in range(21_000)), encoding="utf-8")
    threads, messages = [], []
    real = vocab_import.import_known

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(vocab_import, "import_known", spy)
    panel.message.connect(messages.append)
    job = panel.import_in_background(path)
    qtbot.waitUntil(lambda: any("21000 words read" in m for m in messages), timeout=60_000)
    assert threads == [False] and job is not None
    assert any(m.endswith("%") for m in messages)
    assert WordStatuses(store).get("mot20999") == "known"
    store.close()
