"""`python -m reader gloss` as a user runs it, and the fields `analyze --glosses` uses."""

from __future__ import annotations

import json
from argparse import Namespace

import pytest

from reader.commands import gloss


def _run(capsys, word, pos=None, fmt="text"):
    code = gloss.run(Namespace(word=word, pos=pos, format=fmt))
    return code, capsys.readouterr().out


def test_text_output(data_dir, capsys):
    code, out = _run(capsys, "plainte")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "la plainte (nom féminin)"
    assert lines[1] == "  /plɛ̃t/"  # the pronunciation under the headword
    assert lines[2].startswith("  1. complaint")


def test_json_output_with_pos(data_dir, capsys):
    code, out = _run(capsys, "garanties", pos="NOUN", fmt="json")
    data = json.loads(out)
    assert code == 0
    assert data["lemma"] == "garantie" and data["gender"] == "f"
    assert data["ipa"] == "/ɡaʁɑ̃ti/"
    # German pivot and Apertium chains agree: not approximate, every source named
    assert data["approximate"] is False and data["first_gloss"] == "guarantee"
    assert "german-pivot" in data["senses"][0]["source"].split("+")


def test_user_gloss_shows_in_the_cli(data_dir, capsys):
    from reader.core.store import Store
    from reader.core.user_glossary import UserGlossary

    store = Store()
    UserGlossary(store).set("joueur", "NOUN", "player", gender="m")
    store.close()
    code, out = _run(capsys, "joueurs")
    assert code == 0
    assert "le joueur (nom masculin)" in out and "player  [your gloss]" in out


@pytest.mark.parametrize("word", ["xqzwv", "", "💥"])
def test_unknown_word_exits_1_with_a_clear_message(data_dir, capsys, word):
    code, out = _run(capsys, word)
    assert code == 1 and "no gloss found" in out


def test_through_the_command_line(run_cli, data_dir):
    result = run_cli("gloss", "maison", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["first_gloss"] == "house"


def test_token_gloss_fields():
    from reader.core.document import Document, Token
    from reader.core.glossary import default_glossary

    text = "La maison, Paris."
    toks = [
        Token(0, "La", 0, 2, 0, 0, "le", "DET", is_word=True, norm="la"),
        Token(1, "maison", 3, 9, 0, 0, "maison", "NOUN", is_word=True, norm="maison"),
        Token(2, ",", 9, 10, 0, 0, ",", "PUNCT", is_punct=True, norm=","),
        Token(3, "Paris", 11, 16, 0, 0, "Paris", "PROPN", is_word=True, is_name=True, norm="paris"),
        Token(4, ".", 16, 17, 0, 0, ".", "PUNCT", is_punct=True, norm="."),
    ]
    doc = Document(text=text, tokens=toks)
    fields = gloss.token_gloss_fields(doc, default_glossary())
    assert fields == ["the", "house", "", "", ""]


def test_every_entry_and_sense_with_its_sources(data_dir, capsys):
    code, out = _run(capsys, "livre", pos="NOUN")
    assert code == 0
    lines = out.splitlines()
    heads = [ln for ln in lines if not ln.startswith("  ")]
    assert any(h.endswith("le livre (nom masculin)") for h in heads)
    assert any(h.endswith("la livre (nom féminin)") for h in heads)
    assert any("book" in ln for ln in lines) and any("pound" in ln for ln in lines)
    # each sense says where it comes from
    assert any("(curated" in ln or "(freedict" in ln for ln in lines if ln.startswith("  1."))


def test_false_friend_note_in_the_cli(data_dir, capsys):
    code, out = _run(capsys, "éventuel")
    assert code == 0
    assert next(ln for ln in out.splitlines() if ln.startswith("  1.")).startswith("  1. possible")
    assert "NB: false friend" in out


def test_analyze_glosses_adds_source_and_approximate(run_cli, data_dir):
    text = "Le livre parle de la parution du décret."
    result = run_cli("analyze", "-", "--glosses", stdin=text)
    assert result.code == 0, result.err
    tokens = {t["text"]: t for t in json.loads(result.out)["tokens"]}
    livre = tokens["livre"]
    assert livre["gloss"] == "book" and livre["approximate"] is False
    assert livre["gloss_source"]
    assert tokens["décret"]["gloss"] == "decree"
    assert tokens["."]["gloss_source"] == "" and tokens["."]["approximate"] is False
