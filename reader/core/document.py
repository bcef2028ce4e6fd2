"""Document model: paragraphs, sentences and tokens with exact character offsets."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Token:
    """One token; `text == document.text[start:end]` always."""

    index: int
    text: str
    start: int
    end: int
    sentence: int
    paragraph: int
    lemma: str
    pos: str  # Universal POS tag (NOUN, VERB, PROPN, PUNCT, ...)
    morph: str = ""  # "Gender=Fem|Number=Sing"
    is_word: bool = False
    is_number: bool = False
    is_punct: bool = False
    is_name: bool = False
    name_kind: str = ""  # PER, LOC, ORG, MISC, ACRONYM
    norm: str = ""  # lower-case form with ' for ’ (the key used for look-ups)
    elided: bool = False  # l', d', qu', jusqu', lorsqu' ...
    joined_to: int = -1  # for an elided form: index of the word it is attached to
    caps_line: bool = False  # analysed in lower case because its line was ALL CAPS
    # Not vocabulary although it may have letters: time, date, ordinal, measure, url, email,
    # path, file, option, manref, variable, command, code (reader.core.nonwords).
    nonword: str = ""
    lang: str = ""  # another language's code ("en") for a foreign passage; '' for French

    def morph_dict(self) -> dict[str, str]:
        """The morphology as a dict."""
        out = {}
        for part in self.morph.split("|"):
            if "=" in part:
                k, v = part.split("=", 1)
                out[k] = v
        return out


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
    tokens: list[Token] = field(default_factory=list)
    title: str = ""
    chapters: list[Chapter] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    complete: bool = True  # False while a large document is still being analysed

    def sentence_tokens(self, index: int) -> list[Token]:
        s = self.sentences[index]
        return self.tokens[s.first_token : s.last_token]

    def token_at(self, offset: int) -> Token | None:
        """The token covering character `offset`, or None (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            t = self.tokens[mid]
            if t.end <= offset:
                lo = mid + 1
            elif t.start > offset:
                hi = mid
            else:
                return t
        return None

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
        return (t for t in self.tokens if t.is_word)

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
        tokens = []
        for row in data["tokens"]:
            fields = dict(zip(TOKEN_FIELDS, row, strict=True))
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


TOKEN_FIELDS = tuple(f for f in Token.__slots__ if f != "text") + ("text",)


def _token_tuple(t: Token):
    for name in TOKEN_FIELDS:
        yield "" if name == "text" else getattr(t, name)
