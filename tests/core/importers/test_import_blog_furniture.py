"""Saved blog pages (WordPress-like): the post's meta line, comment form, Akismet notice,
next-post link and breadcrumb are dropped; a table reads one row a line; the byline's
author is kept. The page is written here (our own text), one pattern per element."""

from __future__ import annotations

import pytest
from importer_checks import assert_clean, block_texts

from reader.core.importers import html as html_importer
from reader.core.importers import load_bytes

ARTICLE = [
    "La recherche publique traverse une période de doutes. Les laboratoires attendent depuis "
    "des mois les résultats des évaluations, et beaucoup de chercheurs se demandent comment "
    "leur travail sera jugé.",
    "Dans notre équipe, nous avons préparé un dossier de cent pages. Il décrit nos projets, "
    "nos publications et les étudiants que nous avons formés pendant cinq ans.",
    "Le comité a visité le laboratoire au mois de décembre. Les discussions ont été longues, "
    "parfois tendues, mais toujours courtoises.",
    "Nous pensons que l’évaluation devrait aider les équipes à progresser plutôt que les "
    "classer. C’est une question de confiance entre les chercheurs et l’institution.",
]
TABLE = (
    "<table><tr><th>Année</th><th>Articles</th><th>Thèses</th></tr>"
    "<tr><td>2017</td><td>12</td><td>3</td></tr><tr><td>2018</td><td>15</td><td>4</td></tr>"
    "</table>"
)
META_LINE = (
    '<div class="entry-meta"><span class="posted-on"><a href="/2020/01/20/" rel="bookmark">'
    '<time class="entry-date published" datetime="2020-01-20T10:00:00+00:00">20 janvier 2020'
    '</time><time class="updated" datetime="2020-01-20T10:00:00+00:00">20 janvier 2020</time>'
    '</a></span><span class="byline">Par <span class="author vcard"><a class="url fn n" '
    'href="/auteur/sophie">Sophie Martin</a></span></span><span class="cat-links">'
    '<a href="/c/evaluation" rel="category tag">évaluation</a>, <a href="/c/hceres" '
    'rel="category tag">HCERES</a></span> <span class="comments-link"><a href="#respond">'
    "0 Comment</a></span></div>"
)
COMMENTS = (
    '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
    '<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a '
    'rel="nofollow" id="cancel-comment-reply-link" href="#respond">Annuler la réponse</a>'
    '</small></h3><form action="/wp-comments-post.php" method="post" id="commentform" '
    'class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.'
    '</p><textarea id="comment" name="comment"></textarea></form>'
    '<p class="akismet_comment_form_privacy_notice">Ce site utilise Akismet pour réduire les '
    'indésirables. <a href="https://akismet.com/privacy/">En savoir plus sur comment les '
    "données de vos commentaires sont utilisées</a>.</p></div></div>"
)
NEXT_POST = (
    '<div class="navigation post-navigation"><div class="nav-links"><div class="nav-next">'
    '<a href="/suivant" rel="next">Article suivant : Les moustiques de Camargue résistent aux '
    "insecticides</a></div></div></div>"
)
BREADCRUMB = (
    '<div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="/">Accueil</a></span> '
    '&gt; <span><a href="/textes">Textes et documents</a></span> &gt; '
    "<span>Une année d’évaluation</span></div>"
)


def blog_page() -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Une année d’évaluation au laboratoire</title>
<meta property="og:site_name" content="Le blog des sciences"></head><body>
<p class="site-title"><a href="/">Le blog des sciences</a></p>{BREADCRUMB}
<div id="content"><article class="post type-post">
<h1 class="entry-title">Une année d’évaluation au laboratoire</h1>{META_LINE}
<div class="entry-content">{paragraphs}{TABLE}</div></article>{NEXT_POST}{COMMENTS}</div>
<footer><p>Fièrement propulsé par WordPress</p></footer></body></html>""".encode()


FURNITURE = [
    "20 janvier 2020",
    "HCERES",
    "0 Comment",
    "Laisser un commentaire",
    "Annuler la réponse",
    "Akismet",
    "Article suivant",
    "moustiques",
    "Accueil",
    "Textes et documents",
]


@pytest.fixture(params=["extractor", "visible text"])
def page(request, monkeypatch):
    """The page read both ways: through trafilatura, and as the page's visible text (what
    a page too large for the extractor gets)."""
    if request.param == "visible text":
        monkeypatch.setattr(html_importer, "EXTRACTOR_MAX_ELEMENTS", 0)
    return load_bytes(blog_page(), "billet.html")


@pytest.mark.parametrize("phrase", FURNITURE)
def test_blog_furniture_is_dropped(page, phrase):
    assert phrase not in page.text


def test_the_article_is_kept_with_its_byline(page):
    paragraphs = block_texts(page, "paragraph")
    for text in ARTICLE:
        assert text in paragraphs
    assert block_texts(page, "caption") == ["par Sophie Martin"]
    assert page.meta["author"] == "Sophie Martin"
    assert page.meta["date"] == "2020-01-20"
    assert_clean(page)


def test_a_table_reads_one_row_a_line_not_a_run_of_numbers(page):
    paragraphs = block_texts(page, "paragraph")
    assert "Année | Articles | Thèses" in paragraphs
    assert "2017 | 12 | 3" in paragraphs
    assert "12" not in paragraphs


def test_an_author_named_in_the_text_is_not_repeated():
    page = (
        b"<html><head><title>Note</title><meta name='author' content='Paul Roche'></head><body>"
        b"<p>Paul Roche, professeur de lettres, raconte sa premi\xc3\xa8re ann\xc3\xa9e dans un "
        b"lyc\xc3\xa9e de province et les \xc3\xa9l\xc3\xa8ves qui l'ont marqu\xc3\xa9.</p>"
        b"</body></html>"
    )
    source = load_bytes(page, "note.html")
    assert "par Paul Roche" not in source.text
    assert source.meta["author"] == "Paul Roche"
