"""The vocabulary panel as a learner uses it: search, filters, status buttons, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reader.core.exporters.vocab_csv import read_csv
from reader.core.statuses import WordStatuses
from reader.core.store import Store
from reader.core.vocab import VocabList
from reader.ui.panels.vocab_panel import VocabPanel

GLOSSES = {"maison": ("house", "f", "la"), "arbre": ("tree", "m", "l'"), "courir": ("run", "", "")}


@pytest.fixture
def statuses(tmp_path):
    store = Store(tmp_path / "user.sqlite3")
    statuses = WordStatuses(store)
    statuses.record_lookup(
        "maison", "NOUN", "maisons", "Les maisons du village sont anciennes.", "Le village"
    )
    statuses.set("courir", "learning", "VERB", "court", "Elle court vite.", "Le village")
    statuses.record_lookup("arbre", "NOUN", "arbres", "Les arbres tombent.", "La forêt")
    statuses.set("chat", "known", "NOUN", "chat", "Le chat dort.", "La forêt")
    yield statuses
    store.close()


@pytest.fixture
def panel(qtbot, statuses):
    vocab = VocabList(statuses, gloss_lookup=lambda lemma, pos: GLOSSES.get(lemma, ("", "", "")))
    widget = VocabPanel(vocab)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(panel) -> list[str]:
    """The Word column as displayed, top to bottom."""
    model = panel.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def cell(panel, word: str, column: str) -> str:
    from reader.ui.panels.vocab_panel import COLUMNS

    model = panel.table.model()
    row = shown(panel).index(word)
    return model.index(row, COLUMNS.index(column)).data()


def test_table_shows_words_with_their_context(panel):
    assert sorted(shown(panel)) == ["chat", "courir", "l'arbre", "la maison"]
    assert cell(panel, "la maison", "Status") == "Seen"
    assert cell(panel, "la maison", "Gloss") == "house"
    assert cell(panel, "la maison", "Sentence") == "Les maisons du village sont anciennes."
    assert cell(panel, "la maison", "Article") == "Le village"
    assert cell(panel, "courir", "Status") == "Learning"
    assert "4 of 4 words shown" in panel.summary.text()


def test_search_and_filters(panel, qtbot):
    qtbot.keyClicks(panel.search, "tree")
    assert shown(panel) == ["l'arbre"]
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Seen"))
    assert sorted(shown(panel)) == ["l'arbre", "la maison"]
    panel.article_filter.setCurrentIndex(panel.article_filter.findText("Le village"))
    assert shown(panel) == ["la maison"]
    assert "1 of 4 words shown" in panel.summary.text()
    panel.status_filter.setCurrentIndex(0)
    assert sorted(shown(panel)) == ["courir", "la maison"]
    assert [panel.article_filter.itemText(i) for i in range(panel.article_filter.count())] == [
        "All articles",
        "La forêt",
        "Le village",
    ]


def test_status_buttons_and_ctrl_z(panel, qtbot, statuses):
    assert not panel.undo_button.isEnabled()
    panel.select_lemmas(["maison", "arbre"])
    assert panel.status_buttons["known"].isEnabled()
    with qtbot.waitSignal(panel.statuses_changed) as changed:
        qtbot.mouseClick(panel.status_buttons["known"], Qt.MouseButton.LeftButton)
    assert sorted(changed.args[0]) == ["arbre", "maison"]
    assert statuses.get("maison") == "known"
    assert cell(panel, "la maison", "Status") == "Known"
    assert panel.undo_button.isEnabled()

    panel.table.setFocus()
    with qtbot.waitSignal(panel.statuses_changed) as changed:
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(changed.args[0]) == ["arbre", "maison"]
    assert statuses.get("maison") == "" and statuses.get("arbre") == ""
    assert cell(panel, "la maison", "Status") == "Seen"  # its look-ups stay: seen, not Unknown
    assert not panel.undo_button.isEnabled()


def test_delete_then_undo_restores_rows(panel, qtbot, statuses):
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Learning"))
    panel.select_lemmas(["courir"])
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert shown(panel) == []
    assert statuses.get("courir") == ""
    panel.status_filter.setCurrentIndex(0)
    assert "courir" not in shown(panel)

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "courir" in shown(panel)
    assert cell(panel, "courir", "Sentence") == "Elle court vite."
    assert statuses.get("courir") == "learning"


def test_delete_key_removes_selection(panel, qtbot):
    panel.select_lemmas(["chat"])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "chat" not in shown(panel)


def test_buttons_without_selection_are_disabled(panel):
    panel.table.clearSelection()
    assert not panel.delete_button.isEnabled()
    assert not any(b.isEnabled() for b in panel.status_buttons.values())


def test_export_csv_of_the_filtered_rows(panel, qtbot, tmp_path, monkeypatch):
    panel.article_filter.setCurrentIndex(panel.article_filter.findText("La forêt"))
    target = tmp_path / "foret.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(panel.message) as msg:
        qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    assert msg.args[0] == "Exported 2 words to foret.csv"
    assert sorted(i.lemma for i in read_csv(target)) == ["arbre", "chat"]


def _answer_export_dialog(monkeypatch, **changes):
    """Accept the Anki export dialog after applying `changes` to its widgets."""
    from PySide6.QtWidgets import QDialog

    from reader.ui.anki_export_dialog import AnkiExportDialog

    shown = []

    def exec_(dialog):
        shown.append(dialog.choices())
        for name, value in changes.items():
            widget = getattr(dialog, name)
            if name == "audio_combo":
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setChecked(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnkiExportDialog, "exec", exec_)
    return shown


def test_export_anki_and_import_known_words(
    panel, qtbot, tmp_path, monkeypatch, statuses, stand_in_translator
):
    target = tmp_path / "deck.apkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _answer_export_dialog(monkeypatch)
    with qtbot.waitSignal(
        panel.message, timeout=30_000, check_params_cb=lambda m: m.startswith("Exported")
    ):
        qtbot.mouseClick(panel.anki_button, Qt.MouseButton.LeftButton)
    from reader.core.vocab_import import read_anki_words

    assert sorted(read_anki_words(target)) == ["arbre", "chat", "courir", "maison"]
    assert "Elle court vite." in stand_in_translator.asked[0]

    words = tmp_path / "known.txt"
    words.write_text("maisons\nrenard\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(words), ""))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    # The import runs in a worker (a long list takes seconds): wait for its result.
    qtbot.waitUntil(lambda: "renard" in shown(panel), timeout=30_000)
    assert statuses.get("maison") == statuses.get("renard") == "known"
    assert "renard" in shown(panel)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "renard" not in shown(panel)
    assert statuses.get("maison") == ""


def test_import_error_is_shown_not_raised(panel, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "broken.apkg"
    bad.write_text("not a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown_errors = []
    monkeypatch.setattr(
        "reader.ui.messages.show",
        lambda kind, parent, title, text, details="": shown_errors.append(text),
    )
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=30_000)
    assert len(shown_errors) == 1 and "not an Anki package" in shown_errors[0]


def test_export_anki_with_audio_runs_in_background(
    panel, qtbot, tmp_path, monkeypatch, stand_in_translator
):
    import io
    import wave
    import zipfile

    def speak(text: str) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\0\0" * len(text))
        return buffer.getvalue()

    panel = VocabPanel(panel.vocab, audio_source=lambda: speak)
    qtbot.addWidget(panel)
    _answer_export_dialog(monkeypatch, audio_combo="wav")
    target = tmp_path / "spoken.apkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(
        panel.message, timeout=10_000, check_params_cb=lambda m: "sounds" in m
    ) as msg:
        qtbot.mouseClick(panel.anki_button, Qt.MouseButton.LeftButton)
    assert msg.args[0] == "Exported 4 cards (8 sounds) to spoken.apkg"
    assert panel.anki_button.isEnabled()
    with zipfile.ZipFile(target) as z:
        assert sum(1 for n in z.namelist() if n.isdigit()) == 8
    assert "Elle court vite." in stand_in_translator.asked[0]


def test_export_dialog_choices_are_used_and_remembered(
    panel, qtbot, tmp_path, monkeypatch, stand_in_translator
):
    import io
    import zipfile

    import soundfile

    from reader.ui.anki_export_dialog import ExportChoices
    from reader.ui.settings import Settings

    settings = Settings(str(tmp_path / "settings.ini"))
    panel = VocabPanel(panel.vocab, settings=settings)
    qtbot.addWidget(panel)
    first = _answer_export_dialog(monkeypatch, audio_combo="mp3", cloze_check=True)
    target = tmp_path / "cards.apkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(
        panel.message, timeout=60_000, check_params_cb=lambda m: m.startswith("Exported")
    ) as msg:
        qtbot.mouseClick(panel.anki_button, Qt.MouseButton.LeftButton)
    assert first == [ExportChoices()]  # the defaults, the first time
    assert "sounds" in msg.args[0]
    with zipfile.ZipFile(target) as z:
        import json

        media = json.loads(z.read("media"))
        assert media and all(name.endswith(".mp3") for name in media.values())
        data, _rate = soundfile.read(io.BytesIO(z.read(next(iter(media)))))
        assert len(data) > 0
    from reader.core.vocab_import import read_anki_words

    assert {"arbre", "maison"} <= set(read_anki_words(target))
    assert "Elle court vite." in stand_in_translator.asked[0]

    # The next export starts from the same choices, even in a new window's panel.
    again = VocabPanel(panel.vocab, settings=Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(again)
    second = _answer_export_dialog(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(again.anki_button, Qt.MouseButton.LeftButton)
    assert second == [
        ExportChoices(cards=("basic", "cloze"), audio="mp3", gender_colours=True, translation=True)
    ]


def test_export_dialog_needs_a_card_type(qtbot):
    from reader.ui.anki_export_dialog import AnkiExportDialog, ExportChoices

    dialog = AnkiExportDialog(ExportChoices())
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.basic_check.setChecked(False)
    assert not ok.isEnabled() and "at least one card type" in dialog.problem.text()
    dialog.cloze_check.setChecked(True)
    assert ok.isEnabled() and dialog.choices().cards == ("cloze",)
