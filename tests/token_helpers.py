"""Small builders shared by tests (tests/ is on sys.path through its conftest: `from token_helpers import ...`)."""

from __future__ import annotations

from reader.core.document import Token


def word_token(text: str, lemma: str, pos: str, morph: str = "") -> Token:
    """One word token on its own (offset 0), as the analysis would give it to a glossary lookup."""
    return Token(
        index=0,
        text=text,
        start=0,
        end=len(text),
        sentence=0,
        paragraph=0,
        lemma=lemma,
        pos=pos,
        morph=morph,
        is_word=True,
        norm=text.lower().replace("’", "'"),
    )


def in_sentence(sentence: str, word: str, lemma: str, pos: str, morph: str = "") -> Token:
    """The word token `word` where it stands in `sentence` (offsets into the sentence)."""
    start = sentence.index(word)
    return word_token(word, lemma, pos, morph)._replace(start=start, end=start + len(word))
