"""The teacher's handout: which words of a document are glossed, how, and the print options."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Protocol

from .document import Document, Token

LAYOUTS = ("notes", "interlinear", "glossary")
SORTS = ("text", "alpha")  # the glossary in order of appearance, or alphabetically
APPROX_MARK = "≈"
LEGEND = f"{APPROX_MARK} approximate translation"
PAPERS = ("A4", "Letter")
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
FONT_SIZES = (9.0, 24.0)  # smallest and largest body size offered, in points
POS_LABELS = {
    "NOUN": "noun",
    "PROPN": "name",
    "VERB": "verb",
    "AUX": "verb",
    "ADJ": "adj.",
    "ADV": "adv.",
    "ADP": "prep.",
    "PRON": "pron.",
    "DET": "det.",
    "CCONJ": "conj.",
    "SCONJ": "conj.",
    "INTJ": "interj.",
    "NUM": "num.",
    "EXPR": "expression",
}
_VOWELS = "aeiouyàâäéèêëîïôöûùüœæh"


class GlossLookup(Protocol):
    """What `propose` needs from a glossary (reader.core.glossary.Glossary)."""

    def lookup_token(self, token: Token, context: str = "") -> Any: ...


@dataclass(slots=True)
class HandoutEntry:
    """One glossed word: tokens [first_token, last_token) at text[start:end]."""

    first_token: int
    last_token: int
    start: int
    end: int
    word: str  # as in the text
    lemma: str
    pos: str
    gender: str = ""  # 'm', 'f' or ''
    gloss: str = ""  # a short English meaning
    note: str = ""
    number: int = 0  # 1-based, in order of appearance
    edited: bool = False  # the teacher changed gloss, gender or note
    approximate: bool = False  # the dictionary's gloss is a guess (pivot); review it

    @property
    def missing(self) -> bool:
        """True when the handout would print no meaning for this word."""
        return not self.gloss.strip()

    @property
    def shown_gloss(self) -> str:
        """The gloss as printed: approximate ones carry a small mark explained in a footer."""
        if self.approximate and self.gloss:
            return f"{APPROX_MARK}\u202f{self.gloss}"
        return self.gloss

    @property
    def over_word(self) -> str:
        """The gloss set above the word in the interlinear layout (abbreviated if long)."""
        return interlinear_gloss(self, len(self.word))

    @property
    def cut(self) -> bool:
        """True when the interlinear gloss is abbreviated (the whole one goes in a note)."""
        return self.over_word != self.shown_gloss

    @property
    def article(self) -> str:
        """'le' or 'la' for a noun whose gender is known, else ''."""
        if self.pos not in ("NOUN", "PROPN"):
            return ""
        return {"m": "le", "f": "la"}.get(self.gender, "")

    @property
    def pos_label(self) -> str:
        return POS_LABELS.get(self.pos, self.pos.lower())

    @property
    def headword(self) -> str:
        """The dictionary form: 'la vue', "l'échange (m.)", 'convenir'."""
        if not self.article:
            return self.lemma
        if self.lemma[:1].lower() in _VOWELS:
            return f"l'{self.lemma} ({self.gender}.)"
        return f"{self.article} {self.lemma}"

    @property
    def grammar(self) -> str:
        """What a note says about the form: 'la vue', 'convenir, verb', 'adj.'."""
        if self.article:
            return self.headword
        if self.lemma and self.lemma != self.word.lower():
            return f"{self.lemma}, {self.pos_label}"
        return self.pos_label

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HandoutEntry:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class HandoutOptions:
    """How the handout looks; empty title/source/date mean 'take it from the document'."""

    layout: str = "notes"
    level: str = "B1"
    line_numbers: bool = False
    show_title: bool = True
    title: str = ""
    show_source: bool = True
    source: str = ""
    date: str = ""
    name_line: bool = True
    font_size: float = 12.0
    paper: str = "A4"
    sort: str = "text"

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValueError on an option no renderer knows."""
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r} (choose {', '.join(LAYOUTS)})")
        if self.paper not in PAPERS:
            raise ValueError(f"unknown paper size {self.paper!r} (choose {', '.join(PAPERS)})")
        if self.sort not in SORTS:
            raise ValueError(f"unknown glossary order {self.sort!r} (choose {', '.join(SORTS)})")
        if self.level not in LEVELS:
            raise ValueError(f"unknown level {self.level!r} (choose {', '.join(LEVELS)})")
        if not FONT_SIZES[0] <= float(self.font_size) <= FONT_SIZES[1]:
            raise ValueError(f"font size must be between {FONT_SIZES[0]:g} and {FONT_SIZES[1]:g}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HandoutOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Run:
    """A piece of a paragraph's text; `entry` is set when the piece is a glossed word."""

    text: str
    entry: HandoutEntry | None = None


@dataclass(slots=True)
class BodyParagraph:
    """A paragraph of the handout's body, cut into runs around glossed words."""

    index: int
    kind: str  # paragraph kinds of reader.core.document.BLOCK_KINDS
    runs: list[Run]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def entries(self) -> list[HandoutEntry]:
        return [r.entry for r in self.runs if r.entry is not None]


@dataclass
class Handout:
    """A document with the teacher's glossed words and print options."""

    document: Document
    entries: list[HandoutEntry] = field(default_factory=list)
    options: HandoutOptions = field(default_factory=HandoutOptions)
    removed: set[str] = field(default_factory=set)  # lemmas the teacher took out

    def __post_init__(self) -> None:
        self.renumber()

    # -- editing ------------------------------------------------------------------------

    def renumber(self) -> None:
        """Sort entries by position and number them 1..n."""
        self.entries.sort(key=lambda e: e.start)
        for i, entry in enumerate(self.entries, 1):
            entry.number = i

    def entry_at(self, token_index: int) -> HandoutEntry | None:
        """The entry covering token `token_index`, or None."""
        for entry in self.entries:
            if entry.first_token <= token_index < entry.last_token:
                return entry
        return None

    def entry_for_lemma(self, lemma: str, pos: str | None = None) -> HandoutEntry | None:
        for entry in self.entries:
            if entry.lemma == lemma and (pos is None or entry.pos == pos):
                return entry
        return None

    def add(
        self,
        first_token: int,
        last_token: int | None = None,
        glossary: GlossLookup | None = None,
    ) -> HandoutEntry:
        """Gloss tokens [first_token, last_token); returns the existing entry if one overlaps."""
        last = first_token + 1 if last_token is None else last_token
        tokens = self.document.tokens
        if not 0 <= first_token < last <= len(tokens):
            raise ValueError(f"token range {first_token}:{last} outside the document")
        for entry in self.entries:
            if entry.first_token < last and first_token < entry.last_token:
                return entry
        words = [t for t in tokens[first_token:last] if t.is_word]
        if not words:
            raise ValueError(f"{tokens[first_token].text!r} is not a word")
        if tokens[first_token].paragraph != tokens[last - 1].paragraph:
            raise ValueError("a glossed expression must stay inside one paragraph")
        entry = make_entry(self.document, first_token, last, glossary)
        self.removed.discard(entry.lemma)
        self.entries.append(entry)
        self.renumber()
        return entry

    def remove(self, entry: HandoutEntry) -> None:
        """Stop glossing `entry` (and do not propose its lemma again)."""
        self.entries.remove(entry)
        self.removed.add(entry.lemma)
        self.renumber()

    def edit(
        self,
        entry: HandoutEntry,
        *,
        gloss: str | None = None,
        gender: str | None = None,
        note: str | None = None,
    ) -> HandoutEntry:
        """Change what the handout says about `entry`."""
        if gender is not None and gender not in ("", "m", "f"):
            raise ValueError("gender must be 'm', 'f' or ''")
        for name, value in (("gloss", gloss), ("gender", gender), ("note", note)):
            if value is not None and value.strip() != getattr(entry, name):
                setattr(entry, name, value.strip())
                entry.edited = True
                if name == "gloss":
                    entry.approximate = False
        return entry

    # -- what is printed ------------------------------------------------------------------

    def noted(self) -> list[HandoutEntry]:
        """Entries with a numbered note: all in the notes layout; in interlinear, those with a
        teacher's note or a gloss too long to stand above its word."""
        if self.options.layout == "notes":
            return list(self.entries)
        if self.options.layout == "interlinear":
            return [e for e in self.entries if e.note or e.cut]
        return []

    def note_marks(self) -> dict[int, int]:
        """Entry number -> the number printed on its note (1..n in order of appearance)."""
        return {e.number: k for k, e in enumerate(self.noted(), 1)}

    def glossary_entries(self) -> list[HandoutEntry]:
        """The glossary's rows: in order of appearance, or alphabetically (options.sort)."""
        if self.options.sort == "alpha":
            return sorted(self.entries, key=lambda e: (_sort_key(e.lemma), e.number))
        return list(self.entries)

    def missing(self) -> list[HandoutEntry]:
        """Chosen words that would print with no meaning."""
        return [e for e in self.entries if e.missing]

    def approximate(self) -> list[HandoutEntry]:
        """Chosen words whose meaning is only the dictionary's approximate guess."""
        return [e for e in self.entries if e.approximate and not e.missing]

    def gap_report(self) -> list[str]:
        """Lines saying which chosen words lack a gloss or have only an approximate one."""
        lines = []
        missing, approx = self.missing(), self.approximate()
        if missing:
            lines.append(
                f"{len(missing)} of {len(self.entries)} chosen words have no gloss: "
                + ", ".join(e.word for e in missing)
            )
        if approx:
            lines.append(
                f"{len(approx)} have only an approximate gloss (marked {APPROX_MARK}): "
                + ", ".join(f"{e.word} ({e.gloss})" for e in approx)
            )
        return lines

    @property
    def legend(self) -> str:
        """The footer line explaining the approximate mark, when one is printed."""
        return LEGEND if self.approximate() else ""

    @property
    def title(self) -> str:
        doc = self.document
        if self.options.title:
            return self.options.title
        first = _first_title(doc)
        if first:
            return first
        if doc.meta.get("format") == "txt":
            # A plain text's title would be its file name: its first line says more.
            return _first_line_title(doc) or doc.title
        return doc.title

    @property
    def source_line(self) -> str:
        """'Source, author, date' from the options, else from the document's metadata."""
        meta = self.document.meta
        source = self.options.source or ", ".join(
            v for v in (meta.get("source", "") or meta.get("url", ""), meta.get("author", "")) if v
        )
        date = self.options.date or meta.get("date", "")
        return " · ".join(v for v in (source, date) if v)

    def body(self) -> list[BodyParagraph]:
        """The paragraphs to print, cut into runs around glossed words."""
        doc = self.document
        shown_title = self.title if self.options.show_title else None
        by_para: dict[int, list[HandoutEntry]] = {}
        for entry in self.entries:
            by_para.setdefault(doc.tokens[entry.first_token].paragraph, []).append(entry)
        out = []
        for p in doc.paragraphs:
            text = doc.text[p.start : p.end]
            entries = by_para.get(p.index, [])
            if p.kind == "title" and text.strip() == shown_title and not entries:
                continue  # already printed as the handout's title
            runs: list[Run] = []
            pos = p.start
            for entry in entries:
                if entry.start > pos:
                    runs.append(Run(doc.text[pos : entry.start]))
                runs.append(Run(doc.text[entry.start : entry.end], entry))
                pos = entry.end
            if pos < p.end:
                runs.append(Run(doc.text[pos : p.end]))
            out.append(BodyParagraph(p.index, p.kind, runs))
        return out


def _sort_key(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c)).lstrip("'’- ")


def _first_line_title(doc: Document, limit: int = 80) -> str:
    """The first sentence of the first paragraph, cut at a word near `limit` characters."""
    if not doc.paragraphs:
        return ""
    p = doc.paragraphs[0]
    text = doc.text[p.start : p.end]
    if doc.sentences:
        s = doc.sentences[0]
        text = doc.text[s.start : min(s.end, p.end)]
    text = " ".join(text.split()).rstrip(" .;:")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _first_title(doc: Document) -> str:
    for p in doc.paragraphs[:1]:
        if p.kind == "title":
            return doc.text[p.start : p.end].strip()
    return ""


def make_entry(
    doc: Document, first_token: int, last_token: int, glossary: GlossLookup | None = None
) -> HandoutEntry:
    """A new entry for tokens [first_token, last_token), glossed from `glossary` if given.

    The grammar comes from the token's analysis in its sentence: the gender a determiner or an
    agreeing adjective shows, an adjective where the tagger saw a noun after être."""
    from .handout_grammar import context_gender, predicative

    tokens = doc.tokens[first_token:last_token]
    words = [t for t in tokens if t.is_word and not t.elided] or [t for t in tokens if t.is_word]
    head = words[0]
    start, end = tokens[0].start, tokens[-1].end
    multi = len(words) > 1
    lemma = " ".join(doc.text[start:end].lower().split()) if multi else head.lemma
    pos = "EXPR" if multi else head.pos
    if not multi and predicative(doc, head):
        pos = "ADJ"
    gender = ""
    if pos == "NOUN":
        gender = context_gender(doc, head) or _MORPH_GENDER.get(
            head.morph_dict().get("Gender", ""), ""
        )
    entry = HandoutEntry(
        first_token=first_token,
        last_token=last_token,
        start=start,
        end=end,
        word=doc.text[start:end],
        lemma=lemma,
        pos=pos,
        gender=gender,
    )
    if glossary is None:
        return entry
    if multi:
        from .expressions import lookup_expression

        result = lookup_expression(lemma, glossary) if hasattr(glossary, "lookup") else None
    elif pos != head.pos and hasattr(glossary, "lookup"):
        result = glossary.lookup(head.norm or head.text, pos, head.lemma, head.morph)
    else:
        result = glossary.lookup_token(head, doc.text)  # the text: determiner, subject
    if result is not None and getattr(result, "found", False):
        entry.gloss = short_gloss(result.first_gloss or "")
        senses = getattr(result, "senses", None) or []
        entry.approximate = bool(senses and getattr(senses[0], "approximate", False))
        if result.lemma and not multi:
            entry.lemma = result.lemma
        if entry.pos == "NOUN" and not context_gender(doc, head) and result.gender in ("m", "f"):
            entry.gender = result.gender
    return entry


_MORPH_GENDER = {"Masc": "m", "Fem": "f"}


def interlinear_gloss(entry: HandoutEntry, word_chars: int) -> str:
    """The gloss to set above a word: short enough not to push the French words apart (the
    gloss font is ~0.6 of the text's, so about 1.6 gloss letters fit over a text letter)."""
    text = entry.shown_gloss
    room = max(6, int(word_chars * 1.6) + 3)
    if len(text) <= room:
        return text
    return _abbreviate(text, room)


def _abbreviate(text: str, room: int) -> str:
    for sep in (";", ",", " ("):
        cut = text.find(sep)
        if 0 < cut <= room:
            return text[:cut].strip()
    cut = text[: room - 1].rsplit(" ", 1)[0] if " " in text[: room - 1] else text[: room - 1]
    return cut.rstrip(" ,;") + "…"


def short_gloss(text: str, limit: int = 40) -> str:
    """The first meanings of a gloss, cut at a separator to stay short on paper."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    for sep in (";", ",", " ("):
        cut = text.find(sep)
        if 0 < cut <= limit:
            return text[:cut].strip()
    return text[:limit].rsplit(" ", 1)[0].strip()


def propose(
    doc: Document,
    level: str,
    assessment: Any = None,
    glossary: GlossLookup | None = None,
    removed: set[str] | frozenset[str] = frozenset(),
) -> Handout:
    """A handout glossing, at its first appearance, each word above `level`."""
    options = HandoutOptions(level=level)
    if assessment is None:
        from .learner import Learner, assess

        assessment = assess(doc, Learner(level))
    if glossary is None:
        from .glossary import default_glossary

        glossary = default_glossary()
    units = expression_spans(doc, glossary)
    entries: list[HandoutEntry] = []
    taken: set[int] = set()
    for lemma, first, _count, _info in assessment.difficult_lemmas():
        token = doc.tokens[first]
        if lemma in removed or token.lemma in removed or token.is_name or not token.is_word:
            continue
        span = units.get(first, (first, first + 1))
        if span[0] in taken:
            continue  # one note for "à plusieurs reprises", not one per word
        entry = make_entry(doc, span[0], span[1], glossary)
        if entry.lemma in removed:
            continue
        taken.add(span[0])
        entries.append(entry)
    return Handout(doc, entries, options, set(removed))


def expression_spans(doc: Document, glossary: Any) -> dict[int, tuple[int, int]]:
    """Token index -> the token range of the multi-word expression it belongs to."""
    if not hasattr(glossary, "data"):
        return {}
    from .expressions import find_expressions

    spans: dict[int, tuple[int, int]] = {}
    for expr in find_expressions(doc, glossary):
        first, last = expr.first_token, expr.last_token
        if doc.tokens[first].paragraph != doc.tokens[last - 1].paragraph:
            continue
        for i in range(first, last):
            spans[i] = (first, last)
    return spans
