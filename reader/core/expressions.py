"""Multi-word expressions (au moins, à l'égard de, mi-parcours) found in a document from the
dictionaries' multi-word headwords, matched on token norms or lemmas and glossed as a unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .glossary import GlossResult, normalise_key

if TYPE_CHECKING:
    from .document import Document, Token
    from .glossary import BundledData, Glossary

# Headwords made only of these words are grammar, not expressions worth a gloss (de la, à la).
_GRAMMAR_WORDS = frozenset(
    "le la les l' un une des de du d' à au aux en et ou que qu' se s' ne n' y ce c' il elle "
    "on je j' tu nous vous ils elles me m' te t' lui leur son sa ses mon ma mes ton ta tes notre "
    "votre nos vos leurs qui quoi dont où par pour sur dans avec sans sous chez est a".split()
)
_PART_RE = re.compile(r"[^\s']+'?|'")


@dataclass(frozen=True, slots=True)
class Expression:
    """Tokens [first_token, last_token) of the document form the headword `key`."""

    first_token: int
    last_token: int  # exclusive
    key: str
    result: GlossResult


def key_parts(key: str) -> tuple[str, ...]:
    """ "à l'égard de" -> ('à', "l'", 'égard', 'de'); hyphenated words stay whole."""
    return tuple(_PART_RE.findall(normalise_key(key)))


def _is_grammar(parts: tuple[str, ...]) -> bool:
    return all(p in _GRAMMAR_WORDS for p in parts)


def _index_words(parts: tuple[str, ...]) -> set[str]:
    """Where a headword is indexed: its first part, and the first piece of a hyphenated first
    part (a tokenizer may split "mi-parcours" into mi | - | parcours)."""
    return {parts[0], parts[0].split("-")[0]} - {""}


_index_cache: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def expression_index(data: BundledData) -> dict[str, list[tuple[str, ...]]]:
    """First part -> the parts of every multi-word headword starting with it, longest first."""
    cached = _index_cache.get(id(data))
    if cached is not None:
        return cached
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in data.multiword_keys():
        parts = key_parts(key)
        if parts and not _is_grammar(parts):
            for first in _index_words(parts):
                index.setdefault(first, []).append(parts)
    for lst in index.values():
        lst.sort(key=lambda p: (-len(p), p))
    _index_cache[id(data)] = index
    return index


def _match(tokens: list[Token], i: int, parts: tuple[str, ...]) -> int:
    """Index after the match of `parts` at token i, or -1. A part may span contiguous tokens
    (mi - parcours)."""
    j, n = i, len(tokens)
    for part in parts:
        if j >= n:
            return -1
        tok = tokens[j]
        if part in (tok.norm, tok.lemma):
            j += 1
            continue
        text, k = tok.norm, j
        while len(text) < len(part) and k + 1 < n and tokens[k + 1].start == tokens[k].end:
            k += 1
            text += tokens[k].norm
        if text != part:
            return -1
        j = k + 1
    return j


def find_expressions(doc: Document, glossary: Glossary) -> list[Expression]:
    """Non-overlapping expressions in reading order, longest match first at each token."""
    index = dict(expression_index(glossary.data))
    if glossary.user is not None:
        for entry in glossary.user.all():
            parts = key_parts(entry.lemma)
            if len(parts) > 1 or "-" in entry.lemma:
                for first in _index_words(parts):
                    index[first] = [parts, *index.get(first, [])]
    tokens = doc.tokens
    out: list[Expression] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        found = None
        if tok.is_word:
            candidates = index.get(tok.norm, []) + (
                index.get(tok.lemma, []) if tok.lemma != tok.norm else []
            )
            for parts in sorted(candidates, key=lambda p: -len(p)):
                end = _match(tokens, i, parts)
                if end - i >= 2 and tokens[end - 1].sentence == tok.sentence:
                    key = " ".join(parts).replace("' ", "'")
                    result = glossary.lookup(key)
                    if result.senses:
                        found = Expression(tokens[i].index, tokens[end - 1].index + 1, key, result)
                        break
        if found is not None:
            out.append(found)
            i = end
        else:
            i += 1
    return out
