"""Exports never write through a symlink nor replace a file unless --force says so."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.core.paths import sample_article
from reader.core.statuses import WordStatuses
from reader.core.store import Store


@pytest.fixture
def words(data_dir):
    store = Store()
    WordStatuses(store).set("maison", "known", "NOUN", "maisons", "Les maisons.", "Le village")
    store.close()
    return data_dir


def _run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["csv", "apkg"])
def test_vocab_export_refuses_a_symlink_and_leaves_its_target(words, tmp_path, capsys, suffix):
    target = tmp_path / "precious.txt"
    target.write_text("my thesis\n")
    link = tmp_path / f"words.{suffix}"
    link.symlink_to(target)
    code, err = _run(capsys, "vocab", "export", "-o", str(link))
    assert code == 2 and "symbolic link" in err and err.count("\n") == 1
    assert target.read_text() == "my thesis\n" and link.is_symlink()
    code, err = _run(capsys, "vocab", "export", "-o", str(link), "--force")
    assert code == 0
    assert target.read_text() == "my thesis\n"  # the link was replaced, not followed
    assert not link.is_symlink() and link.stat().st_size > 0


def test_vocab_export_does_not_replace_a_file_without_force(words, tmp_path, capsys):
    out = tmp_path / "words.csv"
    out.write_text("old\n")
    code, err = _run(capsys, "vocab", "export", "-o", str(out))
    assert code == 2 and "already exists" in err and "--force" in err
    assert out.read_text() == "old\n"
    code, _ = _run(capsys, "vocab", "export", "-o", str(out), "--force")
    assert code == 0 and "maison" in out.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_handout_refuses_an_existing_docx_and_a_symlink(data_dir, tmp_path, capsys):
    out = tmp_path / "handout.docx"
    out.write_bytes(b"the teacher's own file")
    code, err = _run(capsys, "handout", str(sample_article()), "-o", str(out))
    assert code == 2 and "already exists" in err
    assert out.read_bytes() == b"the teacher's own file"
    target = tmp_path / "target.html"
    target.write_text("keep")
    link = tmp_path / "h.html"
    link.symlink_to(target)
    code, err = _run(capsys, "handout", str(sample_article()), "-o", str(link))
    assert code == 2 and "symbolic link" in err and target.read_text() == "keep"


def test_handout_force_replaces(data_dir, tmp_path, capsys):
    out = tmp_path / "handout.html"
    out.write_text("old")
    code, _ = _run(
        capsys, "handout", str(sample_article()), "-o", str(out), "--force", "--allow-missing"
    )
    assert code == 0 and "<html" in out.read_text(encoding="utf-8").lower()


def test_speak_refuses_an_existing_wav(data_dir, tmp_path, capsys):
    out = tmp_path / "a.wav"
    out.write_bytes(b"RIFF old")
    code, err = _run(capsys, "speak", str(sample_article()), "-o", str(out))
    assert code == 2 and "already exists" in err
    assert out.read_bytes() == b"RIFF old"
