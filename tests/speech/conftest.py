"""Speech test helpers: small Documents built without spaCy."""

from __future__ import annotations

import re

import pytest

from reader.core.document import Document, Paragraph, Sentence, Token

_TOKEN = re.compile(r"(?:[dlmnstcj]|qu|jusqu|lorsqu)['’]|[^\W_]+(?:-[^\W_]+)*|-[^\W_]+|[^\w\s]")
_ELIDED = re.compile(r".*['’]$")


def build_doc(text: str) -> Document:
    """A Document with one paragraph per line and sentences ending in . ! ? (no spaCy)."""
    doc = Document(text=text)
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        p_index = len(doc.paragraphs)
        first_sentence = len(doc.sentences)
        current: list[Token] = []
        for m in _TOKEN.finditer(line):
            word = m.group()
            is_punct = not any(c.isalnum() for c in word)
            tok = Token(
                index=len(doc.tokens),
                text=word,
                start=start + m.start(),
                end=start + m.end(),
                sentence=len(doc.sentences),
                paragraph=p_index,
                lemma=word.lower(),
                pos="PUNCT" if is_punct else ("NUM" if word.isdigit() else "NOUN"),
                is_word=not is_punct and not word.isdigit(),
                is_number=word.isdigit(),
                is_punct=is_punct,
                norm=word.lower().replace("’", "'"),
                elided=bool(_ELIDED.match(word)),
            )
            doc.tokens.append(tok)
            current.append(tok)
            if word in ".!?":
                _close(doc, current, p_index)
                current = []
        if current:
            _close(doc, current, p_index)
        doc.paragraphs.append(
            Paragraph(
                p_index,
                start,
                start + len(line),
                first_sentence=first_sentence,
                last_sentence=len(doc.sentences),
            )
        )
    return doc


def _close(doc: Document, tokens: list[Token], p_index: int) -> None:
    doc.sentences.append(
        Sentence(
            len(doc.sentences),
            tokens[0].start,
            tokens[-1].end,
            p_index,
            tokens[0].index,
            tokens[-1].index + 1,
        )
    )


@pytest.fixture
def make_doc():
    """build_doc as a fixture: make_doc("Une phrase. Une autre.")."""
    return build_doc
