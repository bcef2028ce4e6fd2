"""French synonyms from LibreOffice's thesaurus for a word nothing else explains (issue 13,
point 5): the word's French line, never an English gloss, and only after every other source."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reader.core import thesaurus
from reader.core.glossary import Glossary, default_glossary
from reader.core.paths import asset

ROOT = Path(__file__).resolve().parents[2]


def _rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    rows = []
    for line in asset(thesaurus.FILE).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, poss, synonyms = line.split("\t")
            rows.append((word, tuple(p for p in poss.split(",") if p), tuple(synonyms.split("|"))))
    return rows


def _build_tool():
    spec = importlib.util.spec_from_file_location(
        "build_thesaurus", ROOT / "tools" / "build_thesaurus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _only_meaning_words(limit: int = 300):
    """Words of the table with a single meaning of one part of speech."""
    counts: dict[str, int] = {}
    rows = _rows()
    for word, _, _ in rows:
        counts[word] = counts.get(word, 0) + 1
    found = [(w, p[0], s) for w, p, s in rows if counts[w] == 1 and len(p) == 1]
    return found[:limit]


def test_the_shipped_table_names_its_source_and_keeps_a_few_synonyms_per_meaning():
    text = asset(thesaurus.FILE).read_text(encoding="utf-8")
    assert "mythes-fr" in text.splitlines()[0] and "LGPL-2.1" in text.splitlines()[0]
    rows = _rows()
    assert len(rows) > 1000
    for word, poss, synonyms in rows:
        assert word and " " not in word and 1 <= len(synonyms) <= 4
        assert word not in synonyms
        assert set(poss) <= {"NOUN", "VERB", "ADJ", "ADV"}


def test_a_word_nothing_glosses_shows_its_french_synonyms_and_no_english():
    glossary = default_glossary()
    shown = 0
    for word, pos, synonyms in _only_meaning_words():
        result = glossary.lookup(word, pos, word)
        if result.senses:  # glosses grow: a word glossed since the table was built
            assert result.source != thesaurus.SOURCE
            continue
        if result.source != thesaurus.SOURCE:  # a French definition came first
            assert result.definition_fr and "Synonymes" not in result.definition_fr
            continue
        assert result.found and result.lemma == word and result.pos == pos
        assert result.definition_fr == "Synonymes : " + ", ".join(synonyms)
        assert result.first_gloss == "" and not result.approximate
        shown += 1
    assert shown >= 100


def test_the_glossary_without_derived_glosses_shows_no_synonyms():
    word, pos, _ = next(
        r
        for r in _only_meaning_words()
        if default_glossary().lookup(r[0], r[1], r[0]).source == thesaurus.SOURCE
    )
    assert Glossary(derived=False).lookup(word, pos, word).source != thesaurus.SOURCE


def test_a_glossed_word_never_gets_the_thesaurus_line():
    glossary = default_glossary()
    for word in ("maison", "ordinateur", "chouette", "pendant"):
        result = glossary.lookup(word)
        assert result.senses and result.source != thesaurus.SOURCE
        assert "Synonymes" not in result.definition_fr


def test_meanings_are_chosen_by_part_of_speech(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text(
        "# header\n"
        "brouf\tNOUN\tbruit|tapage\n"
        "brouf\tVERB\tcrier|hurler\n"
        "glin\t\tlueur|éclat\n"
        "plonc\tADJ\tlourd\n"
        "zarb\tNOUN\tdrôle\n"
        "zarb\tADJ\tbizarre|étrange\n",
        encoding="utf-8",
    )
    assert thesaurus.entry(["brouf"], "NOUN", table) == ("brouf", "NOUN", ("bruit", "tapage"))
    assert thesaurus.entry(["brouf"], "VERB", table) == ("brouf", "VERB", ("crier", "hurler"))
    # no part of speech asked: every meaning, the nearest synonyms of each in order
    assert thesaurus.entry(["brouf"], "", table)[2] == ("bruit", "tapage", "crier", "hurler")
    # a meaning with none given answers any part of speech
    assert thesaurus.entry(["glin"], "NOUN", table) == ("glin", "", ("lueur", "éclat"))
    # a word's only meaning, of another part of speech (the tagger guessed a rare word)
    assert thesaurus.entry(["plonc"], "NOUN", table) == ("plonc", "ADJ", ("lourd",))
    # two meanings, neither of the token's part of speech: refused
    assert thesaurus.entry(["zarb"], "ADV", table) is None
    # the lemma first, then the token's own spelling
    assert thesaurus.entry(["absent", "glin"], "", table)[0] == "glin"
    assert thesaurus.line(("bruit", "tapage")) == "Synonymes : bruit, tapage"
    assert thesaurus.line(()) == ""


def test_the_build_reads_mythes_and_keeps_the_nearest_common_synonyms(tmp_path):
    tool = _build_tool()
    source = tmp_path / "th.dat"
    source.write_text(
        "UTF-8\nbrouf|2\n(Nom)|bruit|tapage\n(Verbe)|crier\nglin|1\n(?)|lueur|éclat\n",
        encoding="utf-8",
    )
    assert tool.read_thesaurus(source) == [
        ("brouf", ("NOUN",), ["bruit", "tapage"]),
        ("brouf", ("VERB",), ["crier"]),
        ("glin", (), ["lueur", "éclat"]),
    ]
    zipf = {"maison": 5.0, "rare": 0.0, "rarer": 0.0}.get
    # the thesaurus's order (the nearest first), the word itself left out, 4 at most
    got = tool.chosen_synonyms(
        "mot", ["rare", "Mot", "maison", "rarer", "a", "b"], lambda w: zipf(w, 0)
    )
    assert got == ["rare", "maison", "rarer", "a"]
    # none in common use: nothing a learner could read
    assert tool.chosen_synonyms("mot", ["rare", "rarer"], lambda w: zipf(w, 0)) == []
