"""Saved handout choices: reopened with the document, edits reused, glosses fed to the user glossary."""

from __future__ import annotations

import pytest

from reader.core.exporters.handout_html import render_html
from reader.core.handout import propose
from reader.core.handout_store import HandoutStore, document_key
from reader.core.store import Store


@pytest.fixture
def db(tmp_path):
    return tmp_path / "user.sqlite3"


def test_a_teachers_edit_survives_reopening(sample_doc, analyzer, db):
    from reader.core.glossary import default_glossary
    from reader.core.user_glossary import UserGlossary

    store = Store(db)
    h = propose(sample_doc, "B1", glossary=default_glossary(store))
    assert len(h.entries) >= 10
    assert sum(bool(e.gloss) for e in h.entries) >= len(h.entries) * 0.7  # the shipped glossary
    first = h.entries[0]
    h.edit(first, gloss="joint (with both sides)", note="adjective")
    h.remove(h.entries[-1])
    added = h.add(next(t.index for t in sample_doc.tokens if t.text == "ministre"))
    h.edit(added, gloss="minister", gender="m")
    h.options.layout = "interlinear"
    h.options.paper = "Letter"
    HandoutStore(store).save(h, UserGlossary(store))
    store.close()

    # Next session: the same text, analysed again, opened from another folder.
    store = Store(db)
    doc = analyzer.analyze(sample_doc.text)
    again = HandoutStore(store).load(doc)
    assert again is not None
    assert [(e.word, e.gloss, e.note) for e in again.entries] == [
        (e.word, e.gloss, e.note) for e in h.entries
    ]
    assert again.options.layout == "interlinear" and again.options.paper == "Letter"
    assert again.removed == h.removed
    page = render_html(again)  # too long to stand above "conjointe": cut, and whole in a note
    assert (
        "<rt>joint</rt>" in page
        and '</b> <span class="gram">(conjoint, adj.)</span> joint (with both sides)' in page
    )
    # The edited glosses went to the user glossary: the app's look-ups now give them.
    assert UserGlossary(store).get("ministre", "NOUN").gloss == "minister"
    fresh = propose(doc, "A2", glossary=default_glossary(store), removed=again.removed)
    assert first.lemma in {e.lemma for e in fresh.entries}
    assert fresh.entry_for_lemma(first.lemma).gloss == "joint (with both sides)"
    assert not {e.lemma for e in fresh.entries} & again.removed


def test_another_text_has_no_saved_handout(analyzer, db):
    store = HandoutStore(Store(db))
    assert store.load(analyzer.analyze("Une autre histoire commence ici.")) is None
    assert document_key("a\r\nb") == document_key("a\nb")
