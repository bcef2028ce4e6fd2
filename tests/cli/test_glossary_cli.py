"""`reader glossary export|import|list|remove`: a teacher shares glosses, a student takes them."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.core.paths import sample_article
from reader.core.store import Store
from reader.core.user_glossary import UserGlossary


@pytest.fixture
def teacher(tmp_path, monkeypatch):
    data = tmp_path / "teacher"
    data.mkdir()
    store = Store(data / "french-reader.sqlite3")
    ug = UserGlossary(store)
    ug.set("homologue", "NOUN", "counterpart", gender="m")
    ug.set("soupçon", "NOUN", "suspicion", gender="m", note="unité 3")
    store.close()
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(data))
    return data


def _student(tmp_path, monkeypatch):
    data = tmp_path / "student"
    data.mkdir(exist_ok=True)
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(data))
    return data


def test_teacher_exports_student_imports_lists_and_removes(teacher, tmp_path, monkeypatch, capsys):
    out = tmp_path / "martin.json"
    args = ["glossary", "export", "-o", str(out), "--author", "Mme Martin", "--class", "2nde B"]
    assert main([*args, "--text", str(sample_article())]) == 0
    assert "wrote" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["author"] == "Mme Martin" and data["class"] == "2nde B"
    assert data["texts"][0]["words"] == ["homologue", "soupçon"]
    assert data["texts"][0]["title"]
    # Exporting again refuses to overwrite without --force.
    assert main(args) == 2
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0

    _student(tmp_path, monkeypatch)
    assert main(["glossary", "import", str(out)]) == 0
    said = capsys.readouterr().out
    assert "imported 2 glosses" in said and "Mme Martin's gloss" in said
    assert main(["glossary", "list"]) == 0
    listed = capsys.readouterr().out
    assert "your own glosses: 0" in listed and "Mme Martin: 2 glosses (2nde B)" in listed
    assert main(["glossary", "list", "Mme Martin"]) == 0
    assert "homologue [NOUN] [m]: counterpart" in capsys.readouterr().out
    assert main(["gloss", "homologue"]) == 0
    assert "1. counterpart  (Mme Martin's gloss)" in capsys.readouterr().out
    assert main(["glossary", "remove", "Mme Martin"]) == 0
    assert "removed" in capsys.readouterr().out
    assert main(["glossary", "remove", "Mme Martin"]) == 2
    assert "no class glossary named 'Mme Martin'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "french-reader-glossary", "version": "abc", "entries": []}', "version"),
        ("[1]", "not a French Reader glossary"),
        ("[" * 100_000, "not a glossary file"),
    ],
)
def test_hostile_file_is_one_line_exit_2(tmp_path, monkeypatch, capsys, content, expected):
    _student(tmp_path, monkeypatch)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["glossary", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_with_nothing_to_share(tmp_path, monkeypatch, capsys):
    _student(tmp_path, monkeypatch)
    assert main(["glossary", "export", "-o", str(tmp_path / "g.json")]) == 2
    assert "no glosses" in capsys.readouterr().err
