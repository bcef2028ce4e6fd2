"""Saved web pages: main text, title, byline, date and source; no menus, ads or comments."""

from __future__ import annotations

import email.generator
import io
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from importer_checks import assert_clean, block_texts

from reader.core.errors import ImportFailure
from reader.core.importers import load_bytes, load_path

BOILERPLATE = [
    "cookies",
    "Tout accepter",
    "Politique",
    "PUBLICITÉ",
    "voiture électrique",
    "Partager sur Facebook",
    "À lire aussi",
    "prix du miel",
    "JeanLuc69",
    "frelons asiatiques",
    "Mentions légales",
    "Tous droits réservés",
    "gtag",
]


@pytest.fixture(scope="module")
def page(fixtures):
    return load_path(fixtures / "article_journal.html")


def test_saved_news_page_keeps_the_article(page):
    assert page.title == "Les abeilles reviennent dans les jardins de Lyon"
    assert block_texts(page, "title") == [page.title]
    assert block_texts(page, "heading") == [
        "Des prairies fleuries en pleine ville",
        "Que peut-on faire chez soi ?",
    ]
    assert block_texts(page, "quote") == [
        "Installer des ruches partout n’est pas la solution. Il faut d’abord des fleurs, "
        "des haies et des sols vivants."
    ]
    paragraphs = block_texts(page, "paragraph")
    assert paragraphs[0].startswith("Depuis trois ans, les apiculteurs lyonnais")  # the lead
    assert paragraphs[1].startswith("Au printemps dernier, Marie Lefèvre a compté")
    assert paragraphs[-1].endswith("à arroser sans gaspiller l’eau.")
    assert len(paragraphs) == 6
    assert_clean(page)
    assert not page.warnings


def test_saved_news_page_metadata(page):
    assert page.meta["author"] == "Camille Durand"
    assert page.meta["date"] == "2024-03-12"
    assert page.meta["source"] == "Le Journal régional"
    assert page.meta["url"].startswith("https://www.lejournal-regional.fr/environnement/")
    assert page.meta["format"] == "html"


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_menus_ads_and_comments_are_dropped(page, phrase):
    assert phrase not in page.text


def test_declared_latin1_page_is_read_as_windows_1252():
    html = (
        "<html><head><meta charset='iso-8859-1'><title>L’école</title></head><body>"
        "<p>L’élève a lu « Le Petit Prince » : c’était très émouvant… Il a aimé l’œuvre.</p>"
        "</body></html>"
    )
    source = load_bytes(html.encode("cp1252"), "ecole.html")
    assert source.title == "L’école"
    assert "« Le Petit Prince » : c’était très émouvant… Il a aimé l’œuvre." in source.text
    assert source.meta["encoding"] == "cp1252"


def test_small_page_without_article_falls_back_to_visible_text():
    html = "<html><body><nav>Menu</nav><h1>Dictée</h1><p>Le chat dort.</p><p>Il rêve.</p></body></html>"
    source = load_bytes(html.encode(), "dictee.html")
    assert source.title == "Dictée"
    assert block_texts(source) == ["Dictée", "Le chat dort.", "Il rêve."]
    assert "Menu" not in source.text


def test_html_is_recognised_without_extension(fixtures):
    data = (fixtures / "article_journal.html").read_bytes()
    assert load_bytes(data, "download").meta["format"] == "html"
    assert load_bytes(data).title == "Les abeilles reviennent dans les jardins de Lyon"


def test_mhtml_single_file_page(fixtures):
    message = MIMEMultipart("related")
    message["Snapshot-Content-Location"] = "https://www.lejournal-regional.fr/abeilles"
    message.attach(MIMEText((fixtures / "article_journal.html").read_text(), "html", "utf-8"))
    buffer = io.StringIO()
    email.generator.Generator(buffer).flatten(message)
    source = load_bytes(buffer.getvalue().encode(), "abeilles.mhtml")
    assert source.meta["format"] == "mhtml"
    assert source.title == "Les abeilles reviennent dans les jardins de Lyon"
    assert "quarante espèces différentes" in source.text


def test_page_with_no_text_is_refused():
    with pytest.raises(ImportFailure, match="no readable text"):
        load_bytes(b"<html><body><script>var x = 1;</script></body></html>", "vide.html")
