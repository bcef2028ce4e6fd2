"""The handout editor as a teacher uses it: propose, click to add, edit, remove, export, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reader.core.store import Store
from reader.ui.handout_editor import HandoutEditor


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "user.sqlite3")
    yield s
    s.close()


def _click_word(qtbot, editor, word: str) -> None:
    offset = editor.doc.text.index(word) + 2
    cursor = QTextCursor(editor.text.document())
    cursor.setPosition(offset)
    rect = editor.text.cursorRect(cursor)
    qtbot.mouseClick(editor.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_teacher_builds_a_handout(qtbot, sample_doc, store, tmp_path):
    import pypdf

    editor = HandoutEditor(sample_doc, store)
    qtbot.addWidget(editor)
    editor.show()
    proposed = len(editor.handout.entries)
    assert proposed >= 10 and editor.table.rowCount() == proposed
    assert "ministre" not in [e.lemma for e in editor.handout.entries]

    _click_word(qtbot, editor, "ministre")
    entry = editor.handout.entry_for_lemma("ministre")
    assert entry is not None and editor.table.rowCount() == proposed + 1
    row = editor.handout.entries.index(entry)
    editor.table.item(row, 1).setText("minister (government)")
    editor.table.item(row, 3).setText("also: une ministre")
    assert entry.gloss == "minister (government)" and entry.edited

    removed = editor.handout.entries[-1]
    editor.table.selectRow(len(editor.handout.entries) - 1)
    editor.remove_button.click()
    assert removed not in editor.handout.entries
    assert editor.table.rowCount() == proposed

    editor.layout_combo.setCurrentText("glossary")
    editor.paper.setCurrentText("Letter")
    out = editor.export("pdf", tmp_path / "h.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "minister (government)" in text and "also: une ministre" in text
    assert round(float(pypdf.PdfReader(out).pages[0].mediabox.width)) == 612

    editor.save_and_close()
    again = HandoutEditor(sample_doc, store)
    qtbot.addWidget(again)
    assert again.handout.entry_for_lemma("ministre").gloss == "minister (government)"
    assert removed.lemma not in [e.lemma for e in again.handout.entries]
    assert again.layout_combo.currentText() == "glossary"


def test_higher_level_proposes_fewer_and_keeps_edits(qtbot, sample_doc, store):
    editor = HandoutEditor(sample_doc, store)
    qtbot.addWidget(editor)
    first = editor.handout.entries[0]
    editor.table.item(0, 1).setText("my gloss")
    before = len(editor.handout.entries)
    editor.level.setCurrentText("A2")
    editor.repropose()
    assert len(editor.handout.entries) > before
    assert editor.handout.entry_for_lemma(first.lemma).gloss == "my gloss"


def test_editor_says_which_words_lack_a_gloss_and_asks_before_export(
    qtbot, analyzer, sample_text, store, tmp_path, monkeypatch, unglossed_noun
):
    from PySide6.QtWidgets import QFileDialog

    from reader.ui import messages

    # the sample plus a word the bundled dictionaries do not gloss
    sentence, word = unglossed_noun
    doc = analyzer.analyze(f"{sample_text}\n{sentence}\n")
    editor = HandoutEditor(doc, store)
    qtbot.addWidget(editor)
    editor.show()
    missing = editor.handout.missing()
    assert word in [e.word for e in missing]
    text = editor.gaps.text()
    assert f"{len(missing)} of {len(editor.handout.entries)} chosen words have no gloss" in text
    assert all(e.word in text for e in missing) and editor.gaps.isVisible()
    asked = []
    monkeypatch.setattr(messages, "show", lambda *a, **k: asked.append(a[3]) or False)
    out = tmp_path / "h.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    editor.ask_export("html")
    assert not out.exists() and missing[0].word in asked[0] and "Export anyway?" in asked[0]
    for e in missing:  # the teacher fills the gaps in the table
        editor.table.item(editor.handout.entries.index(e), 1).setText(f"gloss of {e.word}")
    assert "no gloss" not in editor.gaps.text()
    editor.glossary_file.setChecked(True)
    editor.author_edit.setText("Mme Martin")
    editor.ask_export("html")
    assert out.exists() and len(asked) == 1
    assert "data:application/json;base64," in out.read_text(encoding="utf-8")  # carried too
    written = (tmp_path / "h-glossary.json").read_text(encoding="utf-8")
    assert '"author": "Mme Martin"' in written and f"gloss of {missing[0].word}" in written


def test_click_in_an_expression_glosses_it_as_one_and_glossary_order(qtbot, sample_doc, store):
    editor = HandoutEditor(sample_doc, store)
    qtbot.addWidget(editor)
    editor.show()
    _click_word(qtbot, editor, "reprises")
    entry = editor.handout.entry_at(
        next(t.index for t in sample_doc.tokens if t.text == "reprises")
    )
    assert entry.word == "à plusieurs reprises" and entry.pos == "EXPR"
    editor.sort.setCurrentIndex(editor.sort.findData("alpha"))
    assert editor.handout.options.sort == "alpha"
    lemmas = [e.lemma for e in editor.handout.glossary_entries()]
    assert lemmas[0] == "à plusieurs reprises"  # 'a' sorts first, accents aside


def test_editor_exports_worksheets(qtbot, sample_doc, store, tmp_path):
    import pypdf

    editor = HandoutEditor(sample_doc, store)
    qtbot.addWidget(editor)
    editor.sheet.setCurrentIndex(editor.sheet.findData("cloze"))
    out = editor.export("pdf", tmp_path / "c.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Answer key" in text and "Complete the text" in text
    editor.sheet.setCurrentIndex(editor.sheet.findData("vocabulary"))
    page = editor.export("html", tmp_path / "v.html").read_text(encoding="utf-8")
    assert "In the text</th>" in page


def test_the_teachers_name_is_there_when_the_editor_is_opened_again(
    qtbot, sample_doc, store, tmp_path
):
    """The "Teacher" field is a setting: the next session's editor starts with it."""
    from reader.ui.settings import Settings

    ini = str(tmp_path / "settings.ini")
    editor = HandoutEditor(sample_doc, store, settings=Settings(ini))
    qtbot.addWidget(editor)
    assert editor.author_edit.text() == ""
    qtbot.keyClicks(editor.author_edit, "Mme  Martin")
    editor.close()
    again = HandoutEditor(sample_doc, store, settings=Settings(ini))  # a new session
    qtbot.addWidget(again)
    assert again.author_edit.text() == "Mme Martin"
    again.glossary_file.setChecked(True)  # the name goes into the students' glossary file
    again.export("html", tmp_path / "h.html")
    assert "Mme Martin" in again.glossary_path(tmp_path / "h.html").read_text(encoding="utf-8")
