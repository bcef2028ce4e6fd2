"""The pop-up's content for the glossary's entries: other entries, notes, nothing found."""

from __future__ import annotations

import pytest

from reader.core.glossary import default_glossary
from reader.ui.gloss_popup import build_entry
from token_helpers import word_token as _token


def _show(popup, tok):
    popup.set_entry(build_entry(tok, None, default_glossary().lookup_token(tok)))
    return popup.text()


def test_livre_without_gender_shows_the_other_entry_below(popup):
    text = _show(popup, _token("livre", "livre", "NOUN"))
    first, other = ("book", "pound") if "1. book" in text else ("pound", "book")
    assert f"1. {first}" in text
    assert "depending on the sense" in text and other in text.split("depending")[1]


def test_la_livre_is_the_pound(popup):
    text = _show(popup, _token("livre", "livre", "NOUN", "Gender=Fem|Number=Sing"))
    assert "1. pound" in text and "la livre" in text
    assert "Also:" in text and "le livre" in text.split("Also:")[1]


def test_false_friend_note_is_shown(popup):
    text = _show(popup, _token("éventuelle", "éventuel", "ADJ", "Gender=Fem|Number=Sing"))
    assert "1. possible" in text
    assert "⚠ false friend" in text


def test_nothing_found_offers_to_add_a_meaning_never_a_bare_no_translation(popup):
    text = _show(popup, _token("xqzwvk", "xqzwvk", "NOUN"))
    assert "No translation" not in text
    assert "add your own meaning" in text
    assert popup.edit_button.text() == "Add my meaning…"


def test_sources_are_named_in_the_footer(popup):
    _show(popup, _token("lire", "lire", "VERB"))
    assert popup.foot.text().startswith(("Source: ", "Sources: "))


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("iPXE", "Probably a name"),  # a capital inside the word
        ("Standardskriver", "Probably a foreign word"),  # a spelling French does not have
        ("menurc", "Not in the French word list"),
    ],
)
def test_nothing_found_says_what_the_word_probably_is(popup, word, said):
    text = _show(popup, _token(word, word.lower(), "NOUN"))
    assert said in text and "add your own meaning" in text


def test_a_word_with_only_a_french_definition_shows_it_and_offers_to_add_a_meaning(popup):
    from reader.core.glossary import GlossResult

    gloss = GlossResult(
        query="encrier",
        lemma="encrier",
        pos="NOUN",
        definition_fr="Petit vase où l’on met de l’encre",
        source="definition",
        found=True,
    )
    popup.set_entry(build_entry(_token("encrier", "encrier", "NOUN"), None, gloss))
    text = popup.text()
    assert "Petit vase où l’on met de l’encre" in text
    assert "No translation" not in text and "add your own meaning" in text
    assert popup.edit_button.text() == "Add my meaning…"


def test_a_compound_glossed_part_by_part_says_so_in_the_popup(popup):
    text = _show(popup, _token("avant-match", "avant-match", "NOUN"))
    assert "≈" in text and "before + match" in text
    assert "word by word" in text
