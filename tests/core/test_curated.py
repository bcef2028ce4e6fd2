"""The curated table: false friends and homographs of two genders lead with the right sense."""

from __future__ import annotations

import pytest

from reader.core.curated import all_entries, curated_entries, curated_entry, parse_table

FALSE_FRIENDS = {
    ("éventuel", "ADJ"): "possible",
    ("actuel", "ADJ"): "current",
    ("actuellement", "ADV"): "currently",
    ("prétendu", "ADJ"): "alleged",
    ("adhésion", "NOUN"): "membership",
    ("librairie", "NOUN"): "bookshop",
    ("location", "NOUN"): "rental",
    ("sensible", "ADJ"): "sensitive",
    ("assister", "VERB"): "attend (assister à)",
    ("attendre", "VERB"): "wait for",
}


@pytest.mark.parametrize(("key", "first"), sorted(FALSE_FRIENDS.items()))
def test_false_friend_leads_with_the_true_sense(key, first):
    entry = curated_entry(*key)
    assert entry is not None and entry.senses[0] == first
    assert entry.false_friend or key == ("assister", "VERB")


def test_the_false_sense_never_leads():
    for entry in all_entries():
        if entry.note.startswith("false friend: not '"):
            false_sense = entry.note.split("'")[1]
            assert entry.senses[0] != false_sense, entry


@pytest.mark.parametrize(
    ("lemma", "masc", "fem"),
    [
        ("livre", "book", "pound"),
        ("tour", "turn", "tower"),
        ("poste", "post", "post office"),
        ("mode", "mode", "fashion"),
        ("voile", "veil", "sail"),
        ("somme", "nap", "sum"),
    ],
)
def test_homographs_of_two_genders_are_two_entries(lemma, masc, fem):
    assert {e.gender for e in curated_entries(lemma, "NOUN")} == {"m", "f"}
    assert curated_entry(lemma, "NOUN", "m").senses[0] == masc
    assert fem in curated_entry(lemma, "NOUN", "f").senses


def test_lookup_normalises_case_apostrophes_and_pos():
    assert curated_entry("Éventuel", "ADJ").lemma == "éventuel"
    assert curated_entry("assister", "AUX") is not None  # AUX answers as VERB
    assert curated_entry("éventuel", "NOUN") is None
    assert curated_entry("", "ADJ") is None and curated_entries("zzz", "NOUN") == ()


def test_table_rows_are_valid_and_unique():
    entries = all_entries()
    assert len(entries) >= 100
    keys = [(e.lemma, e.pos, e.gender) for e in entries]
    assert len(keys) == len(set(keys))
    assert all(e.senses and all(s == s.strip() and s for s in e.senses) for e in entries)


def test_a_bad_row_is_named():
    with pytest.raises(ValueError, match="line 2"):
        parse_table("lemma\tpos\tgender\tsenses\tnote\nlivre\tNOUN\tx\tbook\t\n")
    with pytest.raises(ValueError, match="5 columns"):
        parse_table("livre\tNOUN\n")


def test_every_wrong_first_gloss_of_the_review_is_corrected():
    """docs/glossary-review.tsv: each first gloss judged wrong (or missing), now or before the
    glossary changed ('was'), has a curated entry leading with another sense, so no wrong first
    sense is left among the (at least) 2,000 most frequent lemmas."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / "glossary-review.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))
    assert len(rows) >= 9000  # the 9,000 most frequent content lemmas, every one judged
    assert not [r["lemma"] for r in rows if r["verdict"] == "?"]
    bad = []
    for r in rows:
        if r["verdict"] in ("wrong", "missing"):
            bad.append((r, r["first_gloss"]))
        elif r["was"].endswith(("[wrong]", "[missing]")):
            bad.append((r, r["was"].rsplit(" [", 1)[0]))
    assert len(bad) > 100
    for r, wrong in bad:
        entry = curated_entry(r["lemma"], r["pos"])
        assert entry is not None, r["lemma"]
        assert entry.senses[0] != wrong, r["lemma"]


def test_a_semicolon_inside_brackets_stays_in_its_sense():
    from reader.core.curated import parse_table

    table = parse_table("amont\tNOUN\tm\tupstream (en amont: upstream; beforehand); head\t\n")
    (entry,) = table[("amont", "NOUN")]
    assert entry.senses == ("upstream (en amont: upstream; beforehand)", "head")


def test_the_checked_approximate_first_senses_are_shown_plainly():
    """docs/glossary-review-approx.tsv: a first sense the pop-up showed as approximate (≈),
    read by hand, is now a curated sense (no ≈) leading with the reviewer's first sense; one
    judged wrong never leads again."""
    import csv
    from pathlib import Path

    from reader.core.glossary import default_glossary

    path = Path(__file__).resolve().parents[2] / "docs" / "glossary-review-approx.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))
    checked = [r for r in rows if r["verdict"] in ("ok", "wrong")]
    assert len(checked) > 250
    assert {r["verdict"] for r in rows} <= {"ok", "wrong", "skip"}
    glossary = default_glossary()
    for r in checked:
        result = glossary.lookup(r["lemma"], r["pos"], r["lemma"])
        first = result.senses[0]
        assert not first.approximate, r["lemma"]
        assert r["curated"].startswith(first.text), r["lemma"]  # the reviewer's first sense
        if r["verdict"] == "wrong":
            assert first.text != r["first_gloss"], r["lemma"]
