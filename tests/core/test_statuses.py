"""The learner's word statuses: persistence, overriding the model, the vocabulary estimate."""

from __future__ import annotations

import pytest

from reader.core.document import Document, Sentence, Token
from reader.core.learner import Learner, assess
from reader.core.lexicon import default_lexicon
from reader.core.statuses import WordStatuses
from reader.core.store import Store


def make_doc(words: list[tuple[str, str, str]]) -> Document:
    """A document of common-noun tokens from (surface, lemma, POS), without spaCy."""
    tokens, pos = [], 0
    for i, (surface, lemma, tag) in enumerate(words):
        end = pos + len(surface)
        tokens.append(Token(i, surface, pos, end, 0, 0, lemma, tag, is_word=True, norm=surface))
        pos = end + 1
    text = " ".join(w[0] for w in words)
    return Document(
        text=text, sentences=[Sentence(0, 0, len(text), 0, 0, len(tokens))], tokens=tokens
    )


@pytest.fixture
def store(data_dir):
    s = Store()
    yield s
    s.close()


@pytest.fixture
def statuses(store) -> WordStatuses:
    return WordStatuses(store)


def test_statuses_persist_across_restarts(data_dir):
    store = Store()
    WordStatuses(store).set("homologue", "known", pos="NOUN", surface="homologue")
    WordStatuses(store).record_lookup(
        "soupçon", "NOUN", "soupçons", "La Russie rejette ces soupçons.", "sample"
    )
    store.close()
    again = WordStatuses(Store())
    assert again.get("homologue") == "known"
    assert again.all() == {"homologue": "known"}
    assert [row["lemma"] for row in again.lookups()] == ["soupçon"]
    assert again.store.path.parent == data_dir


def test_set_clear_and_invalid_status(statuses):
    assert statuses.get("maison") == ""
    statuses.set("maison", "learning")
    assert statuses.get("maison") == "learning"
    statuses.set("maison", "")
    assert statuses.get("maison") == "" and "maison" not in statuses.all()
    with pytest.raises(ValueError):
        statuses.set("maison", "famous")


def test_history_keeps_context_dates_and_lookup_counts(statuses):
    sentence = "La Russie rejette ces soupçons et accuse l'OTAN."
    statuses.record_lookup("soupçon", "NOUN", "soupçons", sentence, "Lavrov article")
    statuses.record_lookup("soupçon", "NOUN", "soupçon", "Un autre soupçon.", "other")
    statuses.set("soupçon", "learning")
    (row,) = statuses.history()
    assert row["lemma"] == "soupçon" and row["status"] == "learning"
    assert row["surface"] == "soupçons" and row["sentence"] == sentence
    assert row["source"] == "Lavrov article" and row["lookups"] == 2
    assert row["first_seen"][:4].isdigit() and row["updated_at"] >= row["first_seen"]
    assert [r["source"] for r in statuses.lookups(lemma="soupçon")] == ["Lavrov article", "other"]
    assert len(statuses.lookups(source="other")) == 1
    changes = statuses.changes()
    assert [(c["lemma"], c["status"], c["previous"]) for c in changes] == [
        ("soupçon", "learning", "")
    ]
    assert changes[0]["at"][:10] == row["updated_at"][:10]


def test_finished_reading_marks_the_rest_known_and_can_be_undone(statuses):
    statuses.set("soupçon", "learning")
    changed = statuses.set_many(["maison", "soupçon", "semaine", "maison"], "known")
    assert changed == {"maison": "", "soupçon": "learning", "semaine": ""}
    assert statuses.all() == {"maison": "known", "soupçon": "known", "semaine": "known"}
    statuses.restore({lemma: old or None for lemma, old in changed.items()})
    assert statuses.all() == {"soupçon": "learning"}
    assert statuses.set_many(["soupçon"], "learning") == {}


def test_delete_and_restore_rows(statuses):
    statuses.set("homologue", "known", surface="homologue", source="sample")
    rows = statuses.history()
    assert statuses.delete(["homologue", "absent"]) == 1
    assert statuses.history() == []
    statuses.restore(rows)
    assert statuses.history() == rows


def test_statuses_override_the_model(statuses):
    doc = make_doc([("homologue", "homologue", "NOUN"), ("maison", "maison", "NOUN")])
    before = assess(doc, Learner("B1"), statuses=statuses).words
    assert [w.difficult for w in before] == [True, False]
    statuses.set("homologue", "known")
    statuses.set("maison", "unknown")
    after = assess(doc, Learner("B1"), statuses=statuses).words
    assert [w.difficult for w in after] == [False, True]
    assert [w.status for w in after] == ["known", "unknown"]
    relevelled = assess(doc, Learner("B1")).relevel(Learner("C2"), statuses)
    assert [w.difficult for w in relevelled.words] == [False, True]


COMMON = ["maison", "semaine", "ministre", "voiture", "ville", "travail"]
RARE = ["homologue", "élargissement", "différend", "exacerber", "diplomatie", "divergence"]


def test_no_evidence_no_estimate(statuses):
    assert statuses.estimate_vocab_size(default_lexicon()) is None


def test_known_rare_words_raise_the_estimate(statuses):
    lex = default_lexicon()
    statuses.set_many(COMMON, "known")
    start = statuses.estimate_vocab_size(lex)
    statuses.set_many(RARE[:3], "known")
    more = statuses.estimate_vocab_size(lex)
    statuses.set_many(RARE[3:], "known")
    most = statuses.estimate_vocab_size(lex)
    assert start < more < most


def test_looked_up_common_words_lower_the_estimate(statuses):
    lex = default_lexicon()
    statuses.set_many(COMMON[:2], "known")
    start = statuses.estimate_vocab_size(lex)
    for lemma in ("ministre", "voiture", "ville"):
        statuses.record_lookup(lemma, "NOUN")
    looked_up = statuses.estimate_vocab_size(lex)
    statuses.set("travail", "unknown")
    lower = statuses.estimate_vocab_size(lex)
    assert start > looked_up > lower
    statuses.set("ville", "known")  # a status overrides its look-up
    assert statuses.estimate_vocab_size(lex) > lower


def test_ignored_words_are_not_evidence(statuses):
    lex = default_lexicon()
    statuses.set("maison", "known")
    before = statuses.estimate_vocab_size(lex)
    statuses.set("homologue", "ignored")
    assert statuses.estimate_vocab_size(lex) == before
