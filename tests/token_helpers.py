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


def case_token(doc, cases: list, sentence: str, surface: str):
    """The token `surface` of the case `sentence` in a document made of the `cases`' sentences
    joined as paragraphs (one analysis for a whole test module): case k is paragraph k."""
    index = next(i for i, c in enumerate(cases) if c[0] == sentence)
    tokens = [t for t in doc.tokens if t.paragraph == index]
    found = [t for t in tokens if t.text == surface]
    assert found, (surface, [t.text for t in tokens])
    return found[0]


def alone(text: str, offset: int) -> str:
    """The document's text with only the paragraph at `offset` left (same offsets): each case
    is glossed in its own sentence, not next to the others (card-game cases would make the
    whole module a text about games)."""
    start = text.rfind("\n\n", 0, offset) + 2 if "\n\n" in text[:offset] else 0
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    return " " * start + text[start:end] + " " * (len(text) - end)


def case_senses(doc, cases: list, sentence: str, surface: str) -> list[str]:
    """The pop-up's senses of `surface` in the case `sentence`, glossed in its own paragraph."""
    from reader.core.glossary import default_glossary

    tok = case_token(doc, cases, sentence, surface)
    result = default_glossary().lookup_token(tok, alone(doc.text, tok.start))
    assert result.found, surface
    return [s.text for s in result.senses]


def expression_units(analyzer, glossary, sentence: str) -> dict:
    """The multi-word units the pop-up finds in `sentence`, by the words they cover."""
    from reader.core.expressions import find_expressions

    doc = analyzer.analyze(sentence)
    return {doc.text[e.start : e.end]: e for e in find_expressions(doc, glossary)}


def popup_in_sentence(glossary, sentence: str, word: str, lemma: str, pos: str, morph: str = ""):
    """What the pop-up shows for `word` in `sentence`, tagged as the analysis tags it."""
    return glossary.lookup_token(in_sentence(sentence, word, lemma, pos, morph), sentence)
