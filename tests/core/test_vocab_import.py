"""Importing known words moves statuses and the vocabulary estimate; one undo reverts it."""

from __future__ import annotations

import pytest

from reader.core.exporters.anki import export_apkg
from reader.core.exporters.vocab_csv import write_csv
from reader.core.lexicon import default_lexicon
from reader.core.statuses import WordStatuses
from reader.core.store import Store
from reader.core.vocab import VocabList
from reader.core.vocab_import import import_known
from reader.core.vocab_item import VocabItem

# Rarer words (ranks in the thousands): knowing them should raise the estimate.
RARE = ["épanouissement", "bourgeon", "falaise", "tonnelle", "écureuil", "clairière"]


@pytest.fixture
def vocab(tmp_path):
    store = Store(tmp_path / "user.sqlite3")
    statuses = WordStatuses(store)
    # Some evidence to start from: common words known, a mid-frequency word looked up.
    statuses.set_many(["maison", "jour", "grand"], "known")
    statuses.record_lookup("falaise", "NOUN", "falaises", "Les falaises blanches.", "La côte")
    yield VocabList(statuses, gloss_lookup=lambda lemma, pos: ("", "", ""))
    store.close()


def test_word_list_marks_lemmas_known_and_raises_estimate(vocab, tmp_path):
    lexicon = default_lexicon()
    ranks = [default_lexicon().entry(w).rank for w in RARE]
    assert min(ranks) > 3_500  # beyond the B1 prior: real evidence of a larger vocabulary
    listing = tmp_path / "known.txt"
    listing.write_text("\n".join(["les bourgeons", "Maison", *RARE, "123"]), encoding="utf-8")

    report = import_known(vocab, listing, lexicon=lexicon)

    statuses = vocab.statuses
    assert all(statuses.get(w) == "known" for w in RARE)
    assert report.words_read == 9
    assert report.marked_known == ["bourgeon", *[w for w in RARE if w != "bourgeon"]]
    assert report.already_known == ["maison"]
    assert report.skipped == ["123"]
    assert report.estimate_after > report.estimate_before
    assert report.estimate_after == statuses.estimate_vocab_size(lexicon)
    assert "6 newly marked known, 1 already known, 1 skipped" in report.summary()
    # The looked-up word keeps the sentence it was met in.
    assert vocab.get("falaise").sentence == "Les falaises blanches."

    vocab.undo()  # the whole import is one step
    assert statuses.get("bourgeon") == "" and statuses.get("falaise") == ""
    assert statuses.get("maison") == "known"
    assert statuses.estimate_vocab_size(lexicon) == report.estimate_before


def test_anki_export_marks_its_words_known(vocab, tmp_path):
    deck = export_apkg(
        [VocabItem("écureuil", article="l'"), VocabItem("tonnelle")], tmp_path / "d.apkg"
    ).path
    report = import_known(vocab, deck, lexicon=default_lexicon())
    assert report.marked_known == ["écureuil", "tonnelle"]
    assert vocab.statuses.get("tonnelle") == "known"


def test_real_anki_deck_with_inflected_forms(vocab, tmp_path):
    import anki.collection  # noqa: F401
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

    col = Collection(str(tmp_path / "c.anki2"))
    for front in ["les écureuils", "<b>courait</b>", "la clairière (f)"]:
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = front, "..."
        col.add_note(note, col.decks.id("Default"))
    out = tmp_path / "mine.apkg"
    col.export_anki_package(
        out_path=str(out),
        options=ExportAnkiPackageOptions(),
        limit=DeckIdLimit(col.decks.id("Default")),
    )
    col.close()
    report = import_known(vocab, out, lexicon=default_lexicon())
    assert report.marked_known == ["écureuil", "courir", "clairière"]


def test_our_csv_restores_statuses_and_context(vocab, tmp_path):
    items = vocab.items()
    path = tmp_path / "backup.csv"
    write_csv(items, path)
    vocab.delete([i.lemma for i in items])
    assert vocab.items() == []

    report = import_known(vocab, path, lexicon=None)
    assert vocab.items() == items
    assert sorted(report.marked_known) == ["grand", "jour", "maison"]
    assert vocab.get("falaise").sentence == "Les falaises blanches."
