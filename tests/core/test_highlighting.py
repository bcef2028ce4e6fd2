"""Highlight kinds: the same from a book's packed tokens as from plain Token objects."""

from __future__ import annotations

from reader.core.document import Document, Tokens
from reader.core.highlighting import highlight_kinds, token_kind
from reader.core.learner import Learner, assess


def test_packed_and_plain_tokens_are_highlighted_alike(sample_doc):
    packed = Document.from_dict(sample_doc.to_dict())
    plain = Document(packed.text, packed.paragraphs, packed.sentences, list(packed.tokens))
    assert isinstance(packed.tokens, Tokens)
    statuses = {"diplomatie": "known", "garantie": "learning", "pourparlers": "unknown"}
    assessment = assess(plain, Learner("A2"), statuses=statuses)
    for names in (True, False):
        kinds = highlight_kinds(packed, assessment, show_names=names)
        assert kinds == highlight_kinds(plain, assessment, show_names=names)
        by_token = {
            t.index: k
            for t, info in zip(plain.tokens, assessment.words, strict=True)
            if (k := token_kind(t, info, names))
        }
        assert kinds == by_token
    kinds = highlight_kinds(packed, assessment)
    assert {"strong", "medium", "name"} <= set(kinds.values())
    assert "name" not in highlight_kinds(packed, assessment, show_names=False).values()
