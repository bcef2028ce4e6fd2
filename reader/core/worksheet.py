"""Worksheets from a handout's choice of words: a vocabulary sheet (word, grammar, gloss, the
sentence from the text, CEFR level) and a cloze exercise (the words blanked in the text, a word
bank, an answer key on its own page)."""

from __future__ import annotations

from dataclasses import dataclass

from .handout import Handout, HandoutEntry

KINDS = ("vocabulary", "cloze")
BLANK = "_" * 12


@dataclass(frozen=True, slots=True)
class VocabRow:
    """One row of the vocabulary sheet; `sentence` is split around the word (before, word,
    after) so renderers can set the word in bold."""

    number: int
    headword: str
    grammar: str
    gloss: str
    before: str
    word: str
    after: str
    level: str


@dataclass(frozen=True, slots=True)
class ClozePiece:
    """A piece of a cloze paragraph: text, or a numbered blank (`answer` set)."""

    text: str
    blank: int = 0
    answer: str = ""


@dataclass(frozen=True, slots=True)
class ClozeParagraph:
    kind: str
    pieces: tuple[ClozePiece, ...]


def vocabulary_rows(handout: Handout, lexicon=None) -> list[VocabRow]:
    """The vocabulary sheet's rows, in the handout's glossary order."""
    if lexicon is None:
        from .lexicon import default_lexicon

        lexicon = default_lexicon()
    doc = handout.document
    rows = []
    for e in handout.glossary_entries():
        before, after = _sentence_around(handout, e)
        rows.append(
            VocabRow(
                e.number,
                e.headword if e.pos != "EXPR" else e.lemma,
                e.pos_label if e.article else e.grammar,
                e.shown_gloss,
                before,
                doc.text[e.start : e.end],
                after,
                _level(lexicon, e),
            )
        )
    return rows


def _sentence_around(handout: Handout, e: HandoutEntry, limit: int = 130) -> tuple[str, str]:
    doc = handout.document
    token = doc.tokens[e.first_token]
    if doc.sentences and 0 <= token.sentence < len(doc.sentences):
        s = doc.sentences[token.sentence]
        start, end = min(s.start, e.start), max(s.end, e.end)
    else:
        p = doc.paragraphs[token.paragraph]
        start, end = p.start, p.end
    before = " ".join(doc.text[start : e.start].split())
    after = " ".join(doc.text[e.end : end].split())
    if e.start > start and doc.text[e.start - 1].isspace():
        before += " "
    if e.end < end and doc.text[e.end].isspace():
        after = " " + after
    # A very long sentence: keep the words near the glossed one.
    room = max(30, (limit - (e.end - e.start)) // 2)
    if len(before) > room:
        before = "…" + before[-room:].split(" ", 1)[-1]
    if len(after) > room:
        after = after[:room].rsplit(" ", 1)[0] + "…"
    return before, after


def _level(lexicon, e: HandoutEntry) -> str:
    if e.pos == "EXPR":
        return ""
    try:
        entry = lexicon.entry(e.lemma, e.pos) or lexicon.entry(e.lemma)
    except Exception:  # noqa: BLE001 - a level is a nicety; the sheet prints without it
        return ""
    return getattr(entry, "cefr", "") or ""


def cloze(handout: Handout) -> tuple[list[ClozeParagraph], list[str]]:
    """The text with each chosen word blanked (numbered in order) and the answers in order."""
    answers: list[str] = []
    out = []
    for para in handout.body():
        pieces = []
        for run in para.runs:
            if run.entry is None:
                pieces.append(ClozePiece(run.text))
            else:
                answers.append(run.text)
                pieces.append(ClozePiece(run.text, len(answers), run.text))
        out.append(ClozeParagraph(para.kind, tuple(pieces)))
    return out, answers


def word_bank(answers: list[str]) -> list[str]:
    """The answers in alphabetical order (each once): no hint from the order of the text."""
    import unicodedata

    def key(w: str) -> str:
        plain = unicodedata.normalize("NFKD", w.lower())
        return "".join(c for c in plain if not unicodedata.combining(c))

    return sorted(dict.fromkeys(answers), key=key)


def cloze_paragraphs(handout: Handout) -> list[ClozeParagraph]:
    """Only the paragraphs with a blank (and headings): a cloze needs no unchanged pages."""
    paras, _ = cloze(handout)
    keep = []
    for p in paras:
        if any(piece.blank for piece in p.pieces) or p.kind in ("heading", "subtitle"):
            keep.append(p)
    while keep and not any(piece.blank for piece in keep[-1].pieces):
        keep.pop()  # no heading left hanging at the end
    return keep
