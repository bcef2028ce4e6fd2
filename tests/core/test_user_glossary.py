"""User and teacher glosses: stored, winning over the bundled data, shared as files."""

from __future__ import annotations

import json

import pytest

from reader.core.glossary import Glossary
from reader.core.store import Store
from reader.core.user_glossary import GlossaryFileError, UserGlossary


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "user.sqlite")
    yield s
    s.close()


def test_set_get_delete_all(store):
    ug = UserGlossary(store)
    ug.set("Plainte", "noun", "legal complaint", gender="f", note="police")
    got = ug.get("plainte", "NOUN")
    assert (got.lemma, got.pos, got.gloss, got.gender, got.note) == (
        "plainte",
        "NOUN",
        "legal complaint",
        "f",
        "police",
    )
    ug.set("plainte", "NOUN", "grievance")  # replaces
    assert ug.get("plainte").gloss == "grievance"
    assert [e.lemma for e in ug.all()] == ["plainte"]
    assert ug.delete("plainte", "NOUN") is True
    assert ug.get("plainte") is None and ug.delete("plainte", "NOUN") is False


def test_bad_entries_are_refused(store):
    ug = UserGlossary(store)
    with pytest.raises(ValueError):
        ug.set("", "NOUN", "x")
    with pytest.raises(ValueError):
        ug.set("chat", "NOUN", "  ")
    with pytest.raises(ValueError):
        ug.set("chat", "NOUN", "cat", gender="neuter")


def test_override_wins_over_bundled_data(store):
    glossary = Glossary(store)
    assert glossary.lookup("maison").first_gloss == "house"
    glossary.user.set("maison", "NOUN", "home; household", gender="f")
    r = glossary.lookup("maison")
    assert r.first_gloss == "home" and r.source == "user" and not r.approximate
    assert [s.text for s in r.senses] == ["home", "household"]
    assert r.gender == "f" and r.article == "la"


def test_override_fills_a_gap_and_reaches_inflected_forms(store):
    glossary = Glossary(store)
    assert not glossary.lookup("homologue").senses
    glossary.user.set("homologue", "", "counterpart", gender="m")
    r = glossary.lookup("homologues")
    assert r.found and r.lemma == "homologue" and r.first_gloss == "counterpart"
    assert r.gender == "m"


def test_override_for_another_pos_does_not_hijack(store):
    glossary = Glossary(store)
    glossary.user.set("maison", "ADJ", "home-made")
    assert glossary.lookup("maison", pos="NOUN").first_gloss == "house"
    assert glossary.lookup("maison", pos="ADJ").first_gloss == "home-made"


@pytest.mark.parametrize("name", ["class.json", "class.csv"])
def test_file_round_trip(tmp_path, name):
    teacher = UserGlossary(Store(tmp_path / "teacher.sqlite"))
    teacher.set("plainte", "NOUN", "complaint (to the police)", gender="f", note="unité 3")
    teacher.set("joueur", "", "player, gambler", gender="m")
    teacher.set("œuvre", "NOUN", "work; body of work", gender="f")
    path = tmp_path / name
    assert teacher.export(path) == 3
    student = UserGlossary(Store(tmp_path / "student.sqlite"))
    assert student.import_(path) == 3
    assert student.all() == teacher.all()


def test_json_file_carries_a_format_tag(tmp_path, store):
    ug = UserGlossary(store)
    ug.set("chat", "NOUN", "cat", gender="m")
    path = tmp_path / "g.json"
    ug.export(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "french-reader-glossary" and data["version"] == 1
    assert data["entries"][0]["gloss"] == "cat"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("x.json", "{not json"),
        ("x.json", json.dumps({"format": "something-else", "entries": []})),
        ("x.json", json.dumps({"format": "french-reader-glossary", "version": 99, "entries": []})),
        ("x.json", json.dumps({"format": "french-reader-glossary", "entries": [{"lemma": "a"}]})),
        ("x.csv", "word,meaning\nchat,cat\n"),
    ],
)
def test_bad_files_raise_a_clear_error_and_import_nothing(tmp_path, store, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    ug = UserGlossary(store)
    with pytest.raises(GlossaryFileError):
        ug.import_(path)
    assert ug.all() == []


def test_csv_from_a_spreadsheet_with_bom(tmp_path, store):
    path = tmp_path / "class.csv"
    path.write_text("\ufeffLemma,Gloss,Gender\nchat,cat,m\n", encoding="utf-8")
    ug = UserGlossary(store)
    assert ug.import_(path) == 1
    assert ug.get("chat").gender == "m"
