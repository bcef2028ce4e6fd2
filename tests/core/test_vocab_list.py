"""The vocabulary list over the learner's real statuses store: filters, undo, progress."""

from __future__ import annotations

import pytest

from reader.core.statuses import WordStatuses
from reader.core.store import Store
from reader.core.vocab import VocabList

GLOSSES = {"maison": ("house", "f", "la"), "arbre": ("tree", "m", "l'"), "courir": ("run", "", "")}


def fake_glossary(lemma: str, pos: str) -> tuple[str, str, str]:
    return GLOSSES.get(lemma, ("", "", ""))


@pytest.fixture
def statuses(tmp_path):
    store = Store(tmp_path / "user.sqlite3")
    yield WordStatuses(store)
    store.close()


@pytest.fixture
def vocab(statuses):
    statuses.record_lookup(
        "maison", "NOUN", "maisons", "Les maisons du village sont anciennes.", "Le village"
    )
    statuses.record_lookup("maison", "NOUN", "maison", "Une maison.", "La forêt")
    statuses.record_lookup("arbre", "NOUN", "arbres", "Les arbres tombent.", "La forêt")
    statuses.set("courir", "learning", "VERB", "court", "Elle court vite.", "Le village")
    statuses.set("chat", "known")
    return VocabList(statuses, gloss_lookup=fake_glossary)


def test_items_show_status_gloss_sentence_article_and_date(vocab):
    items = {i.lemma: i for i in vocab.items()}
    assert set(items) == {"maison", "arbre", "courir", "chat"}
    maison = items["maison"]
    assert maison.shown_status == "seen"  # looked up, never marked: not "unknown"
    assert (maison.gloss, maison.article, maison.headword) == ("house", "la", "la maison")
    assert maison.sentence == "Les maisons du village sont anciennes."  # where first met
    assert maison.source == "Le village"
    assert maison.lookups == 2
    assert len(maison.date) == 10 and maison.date[4] == "-"
    assert items["courir"].status == "learning"


def test_search_and_filters(vocab):
    def lemmas(**kw):
        return sorted(i.lemma for i in vocab.items(**kw))

    assert lemmas(search="HOUSE") == ["maison"]  # gloss
    assert lemmas(search="tombent") == ["arbre"]  # sentence
    assert lemmas(search="court") == ["courir"]  # form met
    assert lemmas(status="seen") == ["arbre", "maison"]
    assert lemmas(status="known") == ["chat"]
    assert lemmas(source="Le village") == ["courir", "maison"]
    assert lemmas(source="Le village", status="learning") == ["courir"]
    assert vocab.sources() == ["La forêt", "Le village"]


def test_change_status_and_undo(vocab, statuses):
    assert vocab.set_status(["maison", "arbre"], "known") == 2
    assert statuses.get("maison") == statuses.get("arbre") == "known"
    assert vocab.undo_label == "mark 2 as known"
    assert vocab.undo() == "mark 2 as known"
    assert statuses.get("maison") == "" and statuses.get("arbre") == ""
    assert vocab.get("maison").sentence == "Les maisons du village sont anciennes."
    assert not vocab.can_undo and vocab.undo() == ""


def test_delete_and_undo_bring_back_everything(vocab, statuses):
    before = vocab.get("courir")
    assert vocab.delete(["courir", "maison"]) == 2
    assert sorted(i.lemma for i in vocab.items()) == ["arbre", "chat"]
    assert statuses.get("courir") == ""
    vocab.undo()
    assert vocab.get("courir") == before
    assert vocab.get("maison").lookups == 2
    assert statuses.get("courir") == "learning"


def test_undo_of_marking_a_new_word_removes_it(vocab, statuses):
    vocab.set_status(["renard"], "known")
    assert vocab.get("renard").status == "known"
    vocab.undo()
    assert vocab.get("renard") is None
    assert statuses.get("renard") == ""


def test_undo_steps_go_back_in_order(vocab, statuses):
    vocab.set_status(["maison"], "learning")
    vocab.set_status(["maison"], "known")
    vocab.delete(["maison"])
    vocab.undo()
    assert statuses.get("maison") == "known"
    vocab.undo()
    assert statuses.get("maison") == "learning"
    vocab.undo()
    assert statuses.get("maison") == ""


def test_progress_figures(vocab, statuses):
    assert vocab.lookups_per_article() == [("La forêt", 2), ("Le village", 1)]
    vocab.set_status(["maison", "arbre"], "known")
    points = vocab.known_over_time()
    assert len(points) == 1  # all today
    day, known = points[0]
    assert known == 3 and len(day) == 10
    vocab.delete(["chat"])
    assert vocab.known_over_time()[-1][1] == 2


def test_known_over_time_across_days(statuses):
    """Known counts per day come from the change log, including words unlearnt later."""
    with statuses.store.transaction() as conn:
        for lemma, status, prev, at in [
            ("chat", "known", "", "2025-01-01T10:00:00+01:00"),
            ("chien", "known", "", "2025-01-01T11:00:00+01:00"),
            ("chien", "learning", "known", "2025-01-03T09:00:00+01:00"),
            ("loup", "known", "", "2025-01-03T10:00:00+01:00"),
            ("renard", "known", "", "2025-01-05T10:00:00+01:00"),
        ]:
            conn.execute(
                "INSERT INTO status_event (lemma, status, previous, at) VALUES (?, ?, ?, ?)",
                (lemma, status, prev, at),
            )
    vocab = VocabList(statuses, gloss_lookup=fake_glossary)
    assert vocab.known_over_time() == [("2025-01-01", 2), ("2025-01-03", 2), ("2025-01-05", 3)]


def test_real_glossary_fills_glosses(statuses):
    statuses.record_lookup("maison", "NOUN", "maison", "Une maison.", "X")
    item = VocabList(statuses).get("maison")
    assert item.gloss == "house"
    assert item.headword == "la maison"


def test_an_undone_mark_leaves_no_unknown_word_behind(statuses):
    """Issue 16: a word marked by mistake and undone is not listed (nor exported) as Unknown."""
    vocab = VocabList(statuses, gloss_lookup=fake_glossary)
    vocab.set_status(["renard"], "known")
    assert [i.shown_status for i in vocab.items()] == ["known"]
    vocab.undo()
    assert vocab.items() == []
    assert vocab.items(status="unknown") == []
    statuses.set("loup", "unknown")
    statuses.forget("loup")  # cleared, never looked up
    assert vocab.items() == []
    statuses.record_lookup("loup", "NOUN", "loups", "Les loups.", "Conte")
    assert [(i.lemma, i.shown_status) for i in vocab.items()] == [("loup", "seen")]


def test_a_word_list_row_shows_the_gloss_of_its_lemma_not_of_the_form(analyzer):
    from reader.core.glossary import default_glossary
    from reader.core.vocab import lemma_gloss

    doc = analyzer.analyze(
        "Les tensions se sont exacerbées. Les positions exacerbées ont été notées."
    )
    glossary = default_glossary()
    adjectival = [t for t in doc.tokens if t.text == "exacerbées"][1]
    in_context = glossary.lookup_token(adjectival, doc.text)
    assert (in_context.lemma, in_context.first_gloss) == ("exacerber", "exacerbated")
    # the row shows "exacerber": its gloss is the verb's
    assert lemma_gloss(in_context, glossary) == "exacerbate"
    noun = glossary.lookup_token([t for t in doc.tokens if t.text == "tensions"][0], doc.text)
    assert lemma_gloss(noun, glossary) == noun.first_gloss != ""
