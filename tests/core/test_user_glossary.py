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


def test_override_fills_a_gap_and_reaches_inflected_forms(store, unglossed_lemma):
    glossary = Glossary(store)
    word = unglossed_lemma  # a word no bundled source glosses
    assert not glossary.lookup(word).senses
    glossary.user.set(word, "", "trinket", gender="m")
    r = glossary.lookup(f"{word}s")
    assert r.found and r.lemma == word and r.first_gloss == "trinket"
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
    teacher.set("égal", "ADJ", "=equal, -same", note="+1")  # formula-like cells survive
    path = tmp_path / name
    assert teacher.export(path, author="Mme Martin") == 4
    student = UserGlossary(Store(tmp_path / "student.sqlite"))
    imported = student.import_(path, name="Mme Martin")
    assert imported.count == 4 and imported.label == "Mme Martin's gloss"
    assert student.class_entries(imported.name) == teacher.all()
    assert student.all() == []  # kept apart from the student's own glosses


def test_csv_cells_cannot_run_as_formulas(tmp_path, store):
    ug = UserGlossary(store)
    ug.set("égal", "ADJ", '=HYPERLINK("x")', note="@SUM(1)")
    path = tmp_path / "g.csv"
    ug.export(path)
    text = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert ",=" not in text and ",@" not in text


def test_class_glossary_is_labelled_kept_apart_and_removable(tmp_path):
    teacher = UserGlossary(Store(tmp_path / "teacher.sqlite"))
    teacher.set("homologue", "NOUN", "counterpart", gender="m")
    teacher.set("maison", "NOUN", "home")
    path = tmp_path / "martin.json"
    teacher.export(path, author="Mme Martin", class_name="2nde B")
    store = Store(tmp_path / "student.sqlite")
    glossary = Glossary(store)
    glossary.user.set("maison", "NOUN", "dwelling")  # the student's own gloss
    info = glossary.user.import_(path)
    assert (info.name, info.author, info.class_name) == ("Mme Martin", "Mme Martin", "2nde B")
    r = glossary.lookup("homologues")
    assert r.first_gloss == "counterpart" and r.source == "Mme Martin's gloss"
    assert r.senses[0].source == "Mme Martin's gloss" and r.gender == "m"
    own = glossary.lookup("maison")
    assert own.first_gloss == "dwelling" and own.source == "user"  # the student's own wins
    assert [e.lemma for e in glossary.user.all()] == ["maison"]
    # Importing the same teacher's file again replaces the set instead of doubling it.
    glossary.user.import_(path)
    assert [c.count for c in glossary.user.class_glossaries()] == [2]
    assert glossary.user.remove_class("Mme Martin") == 2
    assert glossary.user.class_glossaries() == []
    assert glossary.lookup("homologue").source != "Mme Martin's gloss"
    assert glossary.lookup("maison").first_gloss == "dwelling"


def test_file_says_which_words_of_which_text_it_covers(tmp_path, store):
    from reader.core.glossary_file import CoveredText

    ug = UserGlossary(store)
    ug.set("homologue", "NOUN", "counterpart")
    path = tmp_path / "g.json"
    text = CoveredText("Le sommet", "abc123", ("homologue",))
    ug.export(path, author="Mme Martin", class_name="2nde B", texts=[text])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["author"] == "Mme Martin" and data["class"] == "2nde B"
    assert data["texts"] == [{"title": "Le sommet", "doc_key": "abc123", "words": ["homologue"]}]
    student = UserGlossary(Store(tmp_path / "s.sqlite"))
    assert student.import_(path).texts == (text,)


def test_json_file_carries_a_format_tag(tmp_path, store):
    ug = UserGlossary(store)
    ug.set("chat", "NOUN", "cat", gender="m")
    path = tmp_path / "g.json"
    ug.export(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "french-reader-glossary" and data["version"] == 2
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
    assert ug.import_(path).count == 1
    assert ug.get("chat").gender == "m" and ug.get("chat").source == "gloss from class"


def test_a_teachers_expression_is_found_in_the_text(tmp_path, sample_doc):
    from reader.core.expressions import find_expressions

    teacher = UserGlossary(Store(tmp_path / "teacher.sqlite"))
    teacher.set("avec son homologue", "", "with his opposite number (class)")
    path = tmp_path / "martin.json"
    teacher.export(path, author="Mme Martin")
    glossary = Glossary(Store(tmp_path / "student.sqlite"))
    glossary.user.import_(path)
    found = [e for e in find_expressions(sample_doc, glossary) if e.key == "avec son homologue"]
    assert len(found) == 1
    assert found[0].result.first_gloss == "with his opposite number (class)"
    assert found[0].result.source == "Mme Martin's gloss"
