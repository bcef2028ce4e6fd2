"""Hostile and broken class glossary files: one clear message each, the student's data kept."""

from __future__ import annotations

import json

import pytest

from reader.core.store import Store
from reader.core.user_glossary import GlossaryFileError, UserGlossary

HEAD = '{"format": "french-reader-glossary", '


def _json(**fields) -> str:
    data = {"format": "french-reader-glossary", "version": 2, "entries": []}
    data.update(fields)
    return json.dumps(data)


def _csv_rows(n: int) -> str:
    return "lemma,gloss\n" + "a,b\n" * n


HOSTILE = {
    "version-text": ("g.json", HEAD + '"version": "abc", "entries": []}', "version"),
    "list-not-object": ("g.json", "[1]", "not a French Reader glossary"),
    "huge-number": ("g.json", HEAD + '"version": 1e400, "entries": []}', "version"),
    "deep-nesting": ("g.json", "[" * 100_000 + "]" * 100_000, "not a"),
    "entry-not-object": ("g.json", _json(entries=[1]), "entry 1"),
    "gloss-a-number": ("g.json", _json(entries=[{"lemma": "chat", "gloss": 1e400}]), "text"),
    "csv-128k-field": ("g.csv", "lemma,gloss\nchat," + "x" * 140_000 + "\n", "line 2"),
    "csv-5mb-field": ("g.csv", 'lemma,gloss\nchat,"' + "x" * 5_000_000 + '"\n', "line 2"),
    "json-5mb-gloss": ("g.json", _json(entries=[{"lemma": "a", "gloss": "x" * 5_000_000}]), "500"),
    "json-50mb-gloss": ("g.json", None, "too large"),
    "million-rows": ("g.csv", _csv_rows(1_000_000), "at most 20,000"),
    "wrong-columns": ("g.csv", "word,meaning\nchat,cat\n", "'lemma' and 'gloss'"),
    "binary": ("g.csv", "lemma,gloss\n\x00\x01\x02chat,cat\n", "binary"),
    "newer-version": ("g.json", _json(version=99), "newer French Reader"),
    "lone-surrogate": ("g.json", HEAD + '"entries": [{"lemma": "a", "gloss": "\\ud800"}]}', "1"),
    "empty": ("g.json", "", "empty"),
    "no-entries": ("g.json", _json(author="X"), "has no glosses"),
    "csv-header-only": ("g.csv", "lemma,gloss\n", "has no glosses"),
    "not-json": ("g.json", "{not json", "invalid JSON"),
}


@pytest.fixture
def student(tmp_path):
    store = Store(tmp_path / "student.sqlite")
    ug = UserGlossary(store)
    ug.set("maison", "NOUN", "dwelling")
    good = tmp_path / "good.json"
    good.write_text(_json(author="M. Dupont", entries=[{"lemma": "chat", "gloss": "cat"}]))
    ug.import_(good)
    yield ug
    store.close()


def _snapshot(ug: UserGlossary):
    classes = [(c.name, c.count) for c in ug.class_glossaries()]
    return ug.all(), classes, ug.class_entries("M. Dupont")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_gives_one_clear_message_and_keeps_the_data(tmp_path, student, case):
    name, content, expected = HOSTILE[case]
    path = tmp_path / name
    if content is None:
        gloss = b'"entries": [{"lemma": "a", "gloss": "' + b"x" * 50_000_000
        path.write_bytes(HEAD.encode() + gloss + b'"}]}')
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    before = _snapshot(student)
    with pytest.raises(GlossaryFileError) as info:
        student.import_(path)
    message = str(info.value)
    assert expected in message and name in message
    assert "\n" not in message and "Traceback" not in message and len(message) < 200
    assert _snapshot(student) == before


def test_wrong_encoding_is_named(tmp_path, student):
    path = tmp_path / "g.json"
    path.write_bytes(_json(entries=[{"lemma": "été", "gloss": "summer"}]).encode("utf-32"))
    with pytest.raises(GlossaryFileError, match="UTF-8"):
        student.import_(path)


def test_spreadsheet_csv_in_windows_1252_and_semicolons_is_read(tmp_path, student):
    path = tmp_path / "classe.csv"
    path.write_bytes("lemma;gloss;gender\nété;summer;m\n".encode("cp1252"))
    info = student.import_(path, name="Mme Martin")
    assert info.count == 1 and info.label == "Mme Martin's gloss"
    assert student.class_entries("Mme Martin")[0].lemma == "été"


def test_utf16_file_from_a_text_editor_is_read(tmp_path, student):
    path = tmp_path / "g.csv"
    path.write_text("lemma,gloss\nchat,cat\n", encoding="utf-16")
    assert student.import_(path).count == 1


def test_folder_or_missing_file(tmp_path, student):
    with pytest.raises(GlossaryFileError, match="folder"):
        student.import_(tmp_path)
    with pytest.raises(GlossaryFileError, match="Cannot read"):
        student.import_(tmp_path / "nothing.json")
