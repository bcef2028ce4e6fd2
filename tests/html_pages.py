"""Web pages for importer tests (imported as a plain module: see token_helpers.py)."""

from __future__ import annotations


def long_article(middle: str) -> str:
    """A page long enough for the article extractor (trafilatura) to run: navigation, twelve
    paragraphs of prose, `middle` (HTML), twelve more, a footer. The extractor drops the
    navigation ("Accueil") and keeps the article."""
    prose = "".join(
        f"<p>Voici le paragraphe numéro {i} de cet article qui explique comment on installe "
        "un logiciel sur un ordinateur personnel avec Debian.</p>"
        for i in range(12)
    )
    return (
        '<html><head><meta charset="utf-8"><title>Guide</title></head><body><nav>'
        '<a href="/">Accueil</a> <a href="/b">Blog</a></nav><main><article><h1>Guide</h1>'
        f"{prose}{middle}{prose}</article></main>"
        "<footer>Mentions légales - Contact</footer></body></html>"
    )
