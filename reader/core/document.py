"""Document model: paragraphs, sentences and tokens with exact character offsets."""

from __future__ import annotations

import sys
from array import array
from collections import namedtuple
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

# Block kinds an importer may report; the reader and handouts style them.
# "code": a line of a listing or command (HTML/EPUB pre, code, kbd, samp), shown monospace,
# never vocabulary.
BLOCK_KINDS = ("title", "heading", "paragraph", "quote", "caption", "subtitle", "code")


@dataclass(frozen=True, slots=True)
class Block:
    """A structural block of the source text: text[start:end] is its content."""

    kind: str
    start: int
    end: int
    chapter: int = 0


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter (EPUB) or section; text[start:end] covers it."""

    index: int
    title: str
    start: int
    end: int


@dataclass(slots=True)
class SourceText:
    """What an importer produces: plain text plus structure and metadata."""

    text: str
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    meta: dict[str, str] = field(
        default_factory=dict
    )  # author, date, source, url, format, encoding
    warnings: list[str] = field(default_factory=list)
    # Spans inside blocks, in text order: kind "code" is inline code in prose (HTML code,
    # kbd, samp), shown monospace like a code block.
    spans: list[Block] = field(default_factory=list)
    # What the window made of this text in the worker that read it (ReaderView's
    # prepare_source), to keep a book's scans off the GUI thread: keyed by the window's part.
    prepared: dict = field(default_factory=dict, repr=False, compare=False)

    def ensure_blocks(self) -> None:
        """Fill `blocks` with one paragraph per non-empty line when the importer gave none."""
        if self.blocks:
            return
        self.blocks = list(line_blocks(self.text))


def line_blocks(text: str, offset: int = 0, kind: str = "paragraph"):
    """Yield one Block per non-blank line of `text` (offsets shifted by `offset`)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = offset + pos + lead
            yield Block(kind, start, start + len(stripped))
        pos += len(line)


TOKEN_FIELDS = (
    "index", "text", "start", "end", "sentence", "paragraph", "lemma", "pos", "morph",
    "is_word", "is_number", "is_punct", "is_name", "name_kind", "norm", "elided", "joined_to",
    "caps_line", "nonword", "lang",
)  # fmt: skip
_TOKEN_DEFAULTS = ("", False, False, False, False, "", "", False, -1, False, "", "")


class Token(namedtuple("Token", TOKEN_FIELDS, defaults=_TOKEN_DEFAULTS)):
    """One token; `text == document.text[start:end]` always. Immutable, with the fields:

    index, text, start, end, sentence, paragraph: where it is;
    lemma, pos (Universal POS tag: NOUN, VERB, PROPN, PUNCT, ...), morph
    ("Gender=Fem|Number=Sing"); is_word, is_number, is_punct, is_name, name_kind (PER, LOC,
    ORG, MISC, ACRONYM); norm (lower case with ' for ’: the key used for look-ups);
    elided (l', d', qu', jusqu', lorsqu' ...) and joined_to (the index of the word an elided
    form is attached to, else -1); caps_line (analysed in lower case because its line was
    ALL CAPS); nonword: why a token with letters is not vocabulary (time, date, ordinal,
    measure, url, email, path, file, option, manref, variable, command, code:
    reader.core.nonwords); lang: another language's code ("en") for a foreign passage.

    A tuple (not a dataclass) because a book's tokens are rebuilt from their packed store
    (`Tokens`) whenever they are read: a tuple is made ten times faster."""

    __slots__ = ()

    def morph_dict(self) -> dict[str, str]:
        """The morphology as a dict."""
        out = {}
        for part in self.morph.split("|"):
            if "=" in part:
                k, v = part.split("=", 1)
                out[k] = v
        return out


class _Packed:
    """The arrays behind one or more `Tokens` (a growing one and its snapshots)."""

    __slots__ = (
        "start", "end", "sentence", "paragraph", "joined", "kind", "kinds", "ids", "counts",
        "counted",
    )  # fmt: skip

    def __init__(self) -> None:
        self.start = array("i")
        self.end = array("i")
        self.sentence = array("i")
        self.paragraph = array("i")
        self.joined = array("i")
        self.kind = array("i")  # per token: its index in `kinds`
        # Every other field, one tuple per distinct combination (text, lemma, pos, morph,
        # is_word, is_number, is_punct, is_name, name_kind, norm, elided, caps_line,
        # nonword, lang): a book repeats a few tens of thousands hundreds of thousands of times.
        self.kinds: list[tuple] = []
        self.ids: dict[tuple, int] = {}
        # How many of the first `counted` tokens have each kind (kept as tokens are added:
        # a book's counts cost nothing once analysed, where counting 700k tokens held a job
        # ~50 ms next to the window drawing the last part). A store filled another way (the
        # cache's arrays) is counted when first asked.
        self.counts: list[int] = []
        self.counted = 0


class Tokens(Sequence):
    """A document's tokens, packed: five 4-byte integers and the id of a shared "kind" per
    token (~24 bytes, where a Token object with its own integers takes ~300). Reads like a
    list of Token (index, iterate, len, slices give lists, == a list); each read builds
    the Token anew (equal, not identical). `extend` appends (token i must have index i);
    `view()` is a snapshot of the tokens so far that later appends do not change."""

    __slots__ = ("_p", "_n")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        self._p = _Packed()
        self._n = 0
        self.extend(tokens)

    def view(self, n: int | None = None) -> Tokens:
        """The first `n` tokens (default: all so far), sharing this store's memory."""
        out = Tokens.__new__(Tokens)
        out._p, out._n = self._p, self._n if n is None else max(0, min(n, self._n))
        return out

    def extend(self, tokens: Iterable[Token]) -> None:
        p = self._p
        if self._n != len(p.start):
            raise ValueError("a snapshot of tokens cannot grow")
        ids, kinds, intern = p.ids, p.kinds, sys.intern
        start, end, sentence, paragraph = p.start, p.end, p.sentence, p.paragraph
        joined, kind = p.joined, p.kind
        n = self._n
        counts = p.counts if p.counted == n else None  # else counted when asked
        if counts is not None:
            counts.extend([0] * (len(kinds) - len(counts)))
        try:
            for tok in tokens:
                (i, text, s, e, se, pa, lemma, pos, morph, word, number, punct, name,
                 name_kind, norm, elided, j, caps, nonword, lang) = tok  # fmt: skip
                if i != n:
                    raise ValueError(f"token {i} stored at position {n}")
                key = (text, lemma, pos, morph, word, number, punct, name, name_kind, norm,
                       elided, caps, nonword, lang)  # fmt: skip
                k = ids.get(key)
                if k is None:
                    key = tuple(intern(v) if type(v) is str else v for v in key)
                    k = ids[key] = len(kinds)
                    kinds.append(key)
                    if counts is not None:
                        counts.append(0)
                start.append(s)
                end.append(e)
                sentence.append(se)
                paragraph.append(pa)
                joined.append(j)
                kind.append(k)
                if counts is not None:
                    counts[k] += 1
                n += 1
        finally:  # a bad token (an offset beyond 32 bits...) leaves the arrays in step
            for column in (start, end, sentence, paragraph, joined, kind):
                del column[n:]
            self._n = n
            if counts is not None:
                p.counted = n

    def append(self, token: Token) -> None:
        self.extend((token,))

    def __len__(self) -> int:
        return self._n

    def values(self, name: str) -> list:
        """Field `name` of every token, read from the packed store (no Token is built: a
        book's 700k tokens in ~30 ms, where building them takes ~300)."""
        p, n = self._p, self._n
        if name in _KIND_FIELDS:
            at, kinds = _KIND_FIELDS.index(name), p.kinds
            return [kinds[k][at] for k in p.kind[:n]]
        if name == "index":
            return list(range(n))
        columns = {
            "start": p.start,
            "end": p.end,
            "sentence": p.sentence,
            "paragraph": p.paragraph,
            "joined_to": p.joined,
        }
        if name not in columns:
            raise AttributeError(name)
        return columns[name][:n].tolist()

    def rows(self, *names: str) -> Iterator[tuple]:
        """(index, *the fields `names`) of each token, read per kind: no Token is built and
        no list as long as the text is made (a young collection walks such a list whole,
        holding the GIL: four of a book's took ~60 ms)."""
        p = self._p
        at = [_KIND_FIELDS.index(name) for name in names]
        per_kind = [tuple(kind[a] for a in at) for kind in p.kinds]
        for i, k in enumerate(p.kind[: self._n]):  # an array's slice: not walked either
            yield (i, *per_kind[k])

    def kind_counts(self) -> list[int]:
        """How many of these tokens have each kind (aligned with the store's kinds). Kept
        as tokens are added; call it on a store that is not growing meanwhile (a finished
        document's, or a snapshot)."""
        p, n = self._p, self._n
        if p.counted > n:  # a snapshot of a store that grew since: counted afresh
            counts = [0] * len(p.kinds)
            for k in p.kind[:n]:
                counts[k] += 1
            return counts
        if p.counted < n:  # filled without counting (the cache's arrays): once, now
            counts = p.counts
            counts.extend([0] * (len(p.kinds) - len(counts)))
            for k in p.kind[p.counted : n]:
                counts[k] += 1
            p.counted = n
        counts = list(p.counts)
        counts.extend([0] * (len(p.kinds) - len(counts)))
        return counts

    def value_counts(self, name: str, where: str | None = None) -> dict:
        """{value of field `name`: how many tokens have it} over the tokens whose boolean
        field `where` is true (all when None): one step per distinct kind, not per token."""
        at, kinds = _KIND_FIELDS.index(name), self._p.kinds
        test = _KIND_FIELDS.index(where) if where is not None else None
        out: dict = {}
        for k, count in enumerate(self.kind_counts()):
            if count:
                kind = kinds[k]
                if test is None or kind[test]:
                    out[kind[at]] = out.get(kind[at], 0) + count
        return out

    def where(self, name: str) -> Iterator[Token]:
        """The tokens whose boolean field `name` is true (only those are built)."""
        at, kinds, make = _KIND_FIELDS.index(name), self._p.kinds, self._make
        for i, k in enumerate(self._p.kind[: self._n]):
            if kinds[k][at]:
                yield make(i)

    def _make(self, i: int) -> Token:
        p = self._p
        (text, lemma, pos, morph, word, number, punct, name, name_kind, norm, elided, caps,
         nonword, lang) = p.kinds[p.kind[i]]  # fmt: skip
        return _new_tuple(Token, (i, text, p.start[i], p.end[i], p.sentence[i],
                                  p.paragraph[i], lemma, pos, morph, word, number, punct,
                                  name, name_kind, norm, elided, p.joined[i], caps, nonword,
                                  lang))  # fmt: skip

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._make(k) for k in range(*i.indices(self._n))]
        n = self._n
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of range")
        return self._make(i)

    def __iter__(self) -> Iterator[Token]:
        p = self._p
        kinds, new = p.kinds, _new_tuple
        # strict=False: range() stops it at this view's length, the arrays may be longer.
        rows = zip(
            range(self._n), p.start, p.end, p.sentence, p.paragraph, p.joined, p.kind, strict=False
        )
        for i, s, e, se, pa, j, k in rows:
            (text, lemma, pos, morph, word, number, punct, name, name_kind, norm, elided, caps,
             nonword, lang) = kinds[k]  # fmt: skip
            yield new(Token, (i, text, s, e, se, pa, lemma, pos, morph, word, number, punct,
                              name, name_kind, norm, elided, j, caps, nonword, lang))  # fmt: skip

    def __eq__(self, other) -> bool:
        if isinstance(other, Tokens) and other._p is self._p:
            return other._n == self._n
        if not isinstance(other, (Tokens, list, tuple)):
            return NotImplemented
        return len(other) == self._n and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Tokens: {self._n}>"


_new_tuple = tuple.__new__
# The fields a kind holds, in its order (_Packed.kinds).
_KIND_FIELDS = (
    "text", "lemma", "pos", "morph", "is_word", "is_number", "is_punct", "is_name",
    "name_kind", "norm", "elided", "caps_line", "nonword", "lang",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    first_token: int  # token index range [first_token, last_token)
    last_token: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    kind: str = "paragraph"
    chapter: int = 0
    first_sentence: int = 0
    last_sentence: int = 0  # exclusive


@dataclass(slots=True)
class Document:
    """An analysed text."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] | Tokens = field(default_factory=list)  # Tokens: packed
    title: str = ""
    chapters: list[Chapter] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    complete: bool = True  # False while a large document is still being analysed

    def sentence_tokens(self, index: int) -> list[Token]:
        s = self.sentences[index]
        return self.tokens[s.first_token : s.last_token]

    def token_at(self, offset: int) -> Token | None:
        """The token covering character `offset`, or None (binary search)."""
        index = self.token_from(offset)
        if index < len(self.tokens):
            tok = self.tokens[index]
            if tok.start <= offset:
                return tok
        return None

    def token_from(self, offset: int) -> int:
        """The index of the first token ending after `offset` (the one covering it, or the
        next; len(tokens) when none): a binary search."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence covering character `offset`, or None."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= offset:
                lo = mid + 1
            elif s.start > offset:
                hi = mid
            else:
                return s
        return None

    def word_tokens(self):
        if isinstance(self.tokens, Tokens):
            return self.tokens.where("is_word")
        return (t for t in self.tokens if t.is_word)

    def word_count(self) -> int:
        """Running words (tokens with `is_word`)."""
        if isinstance(self.tokens, Tokens):
            return self.tokens.value_counts("is_word").get(True, 0)
        return sum(1 for t in self.tokens if t.is_word)

    def word_lemmas(self) -> list[str]:
        """The lemma of every running word, in order (fast on a book: no Token is built)."""
        if isinstance(self.tokens, Tokens):
            return [
                lemma
                for lemma, word in zip(
                    self.tokens.values("lemma"), self.tokens.values("is_word"), strict=True
                )
                if word
            ]
        return [t.lemma for t in self.tokens if t.is_word]

    def word_lemma_counts(self) -> dict[str, int]:
        """{lemma: running words with it} (a book's from its kinds' counts, in a few ms)."""
        if isinstance(self.tokens, Tokens):
            return self.tokens.value_counts("lemma", where="is_word")
        counts: dict[str, int] = {}
        for t in self.tokens:
            if t.is_word:
                counts[t.lemma] = counts.get(t.lemma, 0) + 1
        return counts

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "title": self.title,
            "meta": dict(self.meta),
            "complete": self.complete,
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "sentences": [asdict(s) for s in self.sentences],
            "chapters": [asdict(c) for c in self.chapters],
            "tokens": [list(_token_tuple(t)) for t in self.tokens],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        text = data["text"]
        tokens = Tokens()
        for row in data["tokens"]:
            fields = dict(zip(_STORED_FIELDS, row, strict=True))
            fields["text"] = text[fields["start"] : fields["end"]]
            tokens.append(Token(**fields))
        return cls(
            text=text,
            title=data.get("title", ""),
            meta=data.get("meta", {}),
            complete=data.get("complete", True),
            paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
            sentences=[Sentence(**s) for s in data["sentences"]],
            chapters=[Chapter(**c) for c in data.get("chapters", [])],
            tokens=tokens,
        )


# to_dict's order: the text last ("" there: from_dict cuts it from the document's text).
_STORED_FIELDS = tuple(f for f in TOKEN_FIELDS if f != "text") + ("text",)


def _token_tuple(t: Token):
    for name in _STORED_FIELDS:
        yield "" if name == "text" else getattr(t, name)
