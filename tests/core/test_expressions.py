"""Multi-word expressions found in analysed text and glossed as a unit."""

from __future__ import annotations

import pytest

from reader.core.expressions import find_expressions, key_parts
from reader.core.glossary import default_glossary
from reader.core.store import Store


@pytest.fixture(scope="module")
def glossary():
    return default_glossary()


def _spans(doc, expressions):
    return [
        (doc.text[doc.tokens[e.first_token].start : doc.tokens[e.last_token - 1].end], e.key)
        for e in expressions
    ]


def test_key_parts_split_elisions_and_keep_hyphens():
    assert key_parts("à l’égard de") == ("à", "l'", "égard", "de")
    assert key_parts("mi-parcours") == ("mi-parcours",)


@pytest.mark.slow
def test_expressions_in_a_sentence(analyzer, glossary):
    doc = analyzer.analyze(
        "Il a au moins trois enfants. À l’égard de cette affaire, il a pris part au débat. "
        "Tout à coup, il pleut."
    )
    found = find_expressions(doc, glossary)
    spans = _spans(doc, found)
    assert ("au moins", "au moins") in spans
    assert ("À l’égard de", "à l'égard de") in spans
    assert ("pris part", "prendre part") in spans  # matched on the lemma of "pris"
    assert ("Tout à coup", "tout à coup") in spans
    by_key = {e.key: e for e in found}
    assert by_key["au moins"].result.first_gloss == "at least"
    assert by_key["tout à coup"].result.first_gloss == "suddenly"
    # Token ranges are exclusive at the end and never overlap.
    ends = [(e.first_token, e.last_token) for e in found]
    assert all(a < b for a, b in ends)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(ends, ends[1:], strict=False))


@pytest.mark.slow
def test_grammar_only_headwords_are_not_expressions(analyzer, glossary):
    doc = analyzer.analyze("Il parle de la France et de la paix à la radio.")
    assert all(e.key not in {"de la", "à la"} for e in find_expressions(doc, glossary))


def test_user_expression_spanning_contiguous_tokens(tmp_path):
    from reader.core.document import Document, Token

    store = Store(tmp_path / "u.sqlite")
    glossary = default_glossary(store)
    glossary.user.set("mi-parcours", "NOUN", "halfway point")
    # "à mi - parcours" as a tokenizer that splits hyphens would give it.
    text = "à mi-parcours ."
    parts = [
        ("à", 0, 1, "ADP"),
        ("mi", 2, 4, "NOUN"),
        ("-", 4, 5, "PUNCT"),
        ("parcours", 5, 13, "NOUN"),
        (".", 14, 15, "PUNCT"),
    ]
    tokens = [
        Token(i, w, a, b, 0, 0, w, pos, is_word=pos != "PUNCT", is_punct=pos == "PUNCT", norm=w)
        for i, (w, a, b, pos) in enumerate(parts)
    ]
    found = find_expressions(Document(text=text, tokens=tokens), glossary)
    assert [(e.first_token, e.last_token, e.key) for e in found] == [(1, 4, "mi-parcours")]
    assert found[0].result.first_gloss == "halfway point" and found[0].result.source == "user"
    store.close()


@pytest.mark.slow
def test_user_gloss_for_a_one_token_compound(analyzer, tmp_path):
    store = Store(tmp_path / "u.sqlite")
    glossary = default_glossary(store)
    glossary.user.set("mi-parcours", "NOUN", "halfway point")
    doc = analyzer.analyze("Le projet est à mi-parcours, selon le ministre.")
    tok = next(t for t in doc.tokens if t.text == "mi-parcours")
    assert glossary.lookup_token(tok).first_gloss == "halfway point"
    store.close()
