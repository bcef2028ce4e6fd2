"""Rough sentence translation through Apertium (fra-cat | cat-eng), as a separate program."""

from __future__ import annotations

from reader.core import translate


def test_sentences_get_rough_english_in_one_run():
    translator = translate.default_translator()
    assert translator is not None, "apertium + fra-cat/eng-cat: tools/bootstrap.sh installs them"
    out = translator.translate_many(
        ["Il a mis le livre sur la table.", "", "Les maisons du village sont anciennes."]
    )
    assert len(out) == 3 and out[1] == ""
    assert "book" in out[0] and "table" in out[0]
    assert "village" in out[2] or "people" in out[2]
    assert "¶" not in "".join(out)


def test_no_engine_installed_says_so(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert translate.default_translator() is None
    assert "not installed" in translate.NOT_INSTALLED and "apertium" in translate.NOT_INSTALLED


def test_a_failing_engine_gives_empty_translations_not_an_error(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    broken = translate.ApertiumTranslator(("fra-cat", "cat-eng"))
    assert broken.translate_many(["Bonjour.", "Merci."]) == ["", ""]
