"""Subtitles (SRT, VTT) and pasted content."""

from __future__ import annotations

import pytest
from importer_checks import assert_clean, block_texts

from reader.core.errors import ImportFailure
from reader.core.importers import from_clipboard, load_bytes, load_path


def test_srt_cues_merge_into_sentences(fixtures):
    source = load_path(fixtures / "extrait.srt")
    assert source.title == "extrait"
    assert source.meta["format"] == "srt"
    assert source.meta["cues"] == "5"
    assert block_texts(source) == [
        "Bonjour, je m'appelle Léa et j'habite à Marseille depuis dix ans.",
        "- Tu viens au cinéma ce soir ? - Non, je suis fatiguée.",
        "Le lendemain, il faisait beau",  # a long silence ends the block mid-sentence
        "Fin de l'épisode.",
    ]
    assert {b.kind for b in source.blocks} == {"subtitle"}
    assert "-->" not in source.text and "<i>" not in source.text and "an8" not in source.text
    assert_clean(source)


def test_vtt_header_notes_styles_and_rolling_repeats_are_dropped(fixtures):
    source = load_path(fixtures / "cours.vtt")
    assert source.meta["format"] == "vtt"
    assert block_texts(source) == [
        "Aujourd’hui, nous allons parler du passé composé.",
        "C’est facile & utile !",
    ]


def test_srt_in_windows_1252_without_extension(fixtures):
    data = (fixtures / "extrait.srt").read_text(encoding="utf-8").encode("cp1252")
    source = load_bytes(data, "episode1")
    assert source.meta["format"] == "srt"
    assert "j'habite à Marseille" in source.text


def test_subtitles_without_cues_are_refused():
    with pytest.raises(ImportFailure, match="without any readable subtitle"):
        load_bytes(b"WEBVTT\n\nNOTE rien ici\n", "vide.vtt")


def test_paste_html_keeps_structure():
    html = (
        "<html><body><!--StartFragment--><h2>Le Petit Prince</h2>"
        "<p>Quand j’avais six ans j’ai vu, une fois, une <b>magnifique</b> image.</p>"
        "<blockquote>Dessine-moi un mouton.</blockquote><!--EndFragment--></body></html>"
    )
    source = from_clipboard(text="ignored when HTML is there", html=html)
    assert source.title == "Le Petit Prince"
    assert [(b.kind, source.text[b.start : b.end]) for b in source.blocks] == [
        ("heading", "Le Petit Prince"),
        ("paragraph", "Quand j’avais six ans j’ai vu, une fois, une magnifique image."),
        ("quote", "Dessine-moi un mouton."),
    ]
    assert source.meta["format"] == "clipboard"
    assert_clean(source)


def test_paste_plain_text():
    source = from_clipboard(text="Le chat dort sur le canapé.\r\nIl rêve de souris.\n")
    assert block_texts(source) == ["Le chat dort sur le canapé.", "Il rêve de souris."]


def test_paste_html_without_text_uses_plain_text():
    source = from_clipboard(text="Bonjour à tous.", html="<img src='x.png'>")
    assert source.text == "Bonjour à tous."


def test_empty_paste_is_refused():
    with pytest.raises(ImportFailure, match="clipboard holds no text"):
        from_clipboard(text="  \n ", html="")


def test_pasted_english_is_flagged():
    source = from_clipboard(
        text="Once upon a time there was a little girl who lived in a village near the forest."
    )
    assert source.warnings and "English" in source.warnings[0]
