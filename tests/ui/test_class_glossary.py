"""Teacher -> file -> student in the app: the student's pop-up shows the teacher's gloss with the
teacher's name; a hostile file gives one message and changes nothing; the set is removable."""

from __future__ import annotations

import pytest

from reader.core.store import Store
from reader.core.user_glossary import UserGlossary
from reader.ui import messages
from reader.ui.class_glossary import ClassGlossaryActions


@pytest.fixture
def said(monkeypatch):
    """Every message box and question of the app, recorded instead of shown."""
    shown = []

    def show(kind, parent, title, text, details=""):
        shown.append((kind, text))
        return True

    monkeypatch.setattr(messages, "show", show)
    return shown


def _actions(window) -> ClassGlossaryActions:
    return window.class_glossary


def _popup_for(window, word):
    tok = next(t for t in window.result.doc.tokens if t.text == word)
    window.words.open_token(tok.index, pinned=True)
    return window.popup


def test_teacher_to_student_round_trip(make_window, qtbot, tmp_path, monkeypatch, said):
    from PySide6.QtWidgets import QFileDialog

    # The teacher, in her own app, writes a gloss and shares her glossary.
    teacher_store = Store(tmp_path / "teacher.sqlite3")
    UserGlossary(teacher_store).set("homologue", "NOUN", "peer (abroad)", gender="m")
    teacher_store.close()
    window = make_window()
    teacher = UserGlossary(Store(tmp_path / "teacher.sqlite3"))
    monkeypatch.setattr(window.session, "user_glossary", teacher)
    answers = iter(["Mme Martin", "2nde B"])
    monkeypatch.setattr(messages, "ask_text", lambda *a, **k: next(answers))
    shared = tmp_path / "martin.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(shared), ""))
    _actions(window).share()
    assert shared.exists() and '"author": "Mme Martin"' in shared.read_text(encoding="utf-8")
    assert '"homologue"' in shared.read_text(encoding="utf-8").split('"texts"')[1]
    teacher.store.close()

    # The student's app (its own store) imports the file from the File menu's action.
    monkeypatch.setattr(window.session, "user_glossary", UserGlossary(window.session.store))
    before = _popup_for(window, "homologue").text()
    assert "peer (abroad)" not in before
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    actions = _actions(window)
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: any("Imported 1 glosses" in text for _, text in said), timeout=10_000)
    popup = _popup_for(window, "homologue")
    assert "peer (abroad)" in popup.text()
    assert popup.foot.text() == "Source: Mme Martin's gloss" and popup.foot.isVisible()
    # Kept apart from the student's own glosses.
    assert window.session.user_glossary.all() == []

    # Removed as a set.
    actions.remove("Mme Martin")
    assert "peer (abroad)" not in _popup_for(window, "homologue").text()


def test_hostile_file_gives_one_message_and_changes_nothing(
    make_window, qtbot, tmp_path, monkeypatch, said
):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(open_sample=False)
    ug = window.session.user_glossary
    ug.set("maison", "NOUN", "dwelling")
    bad = tmp_path / "class.csv"
    bad.write_text("lemma,gloss\n" + "a,b\n" * 1_000_000, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _actions(window).import_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [
        (
            "warning",
            "class.csv has 1,000,000 entries; a class glossary may have at most 20,000. "
            "Nothing was changed.",
        )
    ]
    assert [e.lemma for e in ug.all()] == ["maison"] and ug.class_glossaries() == []
