"""French-specific fixes around the spaCy pipeline.

Measured on the sample article with fr_core_news_sm 3.8: curly apostrophes keep
elided forms as their own lemma ("d’"), ALL-CAPS runs are mis-tagged ("TU" ->
ADJ "taire"), and common pronouns are mislemmatised (cela -> "celer",
lui -> "luire"). Everything here keeps the text's length unchanged so that
offsets into the normalised text are offsets into the original.
"""

from __future__ import annotations

import re
import unicodedata

# Characters replaced one-for-one before analysis (same length, so offsets hold).
_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2018": "'",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",
        "\u2007": " ",
    }
)

# Elided forms and the full word each stands for.
ELISIONS = {
    "l'": "le",
    "d'": "de",
    "qu'": "que",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "quoiqu'": "quoique",
    "presqu'": "presque",
    "m'": "me",
    "t'": "te",
    "s'": "se",
    "n'": "ne",
    "c'": "ce",
    "j'": "je",
    "ç'": "ce",
}
_ELISION_POS = {
    "le": "DET",
    "de": "ADP",
    "que": "SCONJ",
    "jusque": "ADP",
    "lorsque": "SCONJ",
    "puisque": "SCONJ",
    "quoique": "SCONJ",
    "presque": "ADV",
    "me": "PRON",
    "te": "PRON",
    "se": "PRON",
    "ne": "ADV",
    "ce": "PRON",
    "je": "PRON",
}

# Common words the small model mislemmatises; surface -> (lemma, POS).
FIXED_LEMMAS = {
    "cela": ("cela", "PRON"),
    "ceci": ("ceci", "PRON"),
    "ça": ("ça", "PRON"),
    "lui": ("lui", "PRON"),
    "tu": ("tu", "PRON"),
    "je": ("je", "PRON"),
    "il": ("il", "PRON"),
    "ils": ("il", "PRON"),
    "elle": ("elle", "PRON"),
    "elles": ("elle", "PRON"),
    "nous": ("nous", "PRON"),
    "vous": ("vous", "PRON"),
    "on": ("on", "PRON"),
    "eux": ("lui", "PRON"),
    "moi": ("moi", "PRON"),
    "toi": ("toi", "PRON"),
    "soi": ("soi", "PRON"),
    "celui": ("celui", "PRON"),
    "celle": ("celui", "PRON"),
    "ceux": ("celui", "PRON"),
    "celles": ("celui", "PRON"),
    "leur": ("leur", "PRON"),
    "leurs": ("leur", "DET"),
    "y": ("y", "PRON"),
    "dont": ("dont", "PRON"),
    "quoi": ("quoi", "PRON"),
    "ne": ("ne", "ADV"),
    "pas": ("pas", "ADV"),
    # Elided compounds and fixed expressions kept as one token (UNITS_RE below).
    "aujourd'hui": ("aujourd'hui", "ADV"),
    "quelqu'un": ("quelqu'un", "PRON"),
    "quelqu'une": ("quelqu'un", "PRON"),
    "quelqu'uns": ("quelqu'un", "PRON"),
    "presqu'île": ("presqu'île", "NOUN"),
    "presqu'îles": ("presqu'île", "NOUN"),
    "d'ores et déjà": ("d'ores et déjà", "ADV"),
}
# Written as several pieces but one word or one fixed expression: merged into one token.
UNITS_RE = re.compile(
    r"\b(?:presqu['’]îles?|quelqu['’]une?s?|d['’]ores et déjà|aujourd['’]hui)\b"
    r"|(?-i:\b[A-Z]{2,6}['’]s\b)",  # CNRS's
    re.I,
)
# Inclusive writing: chercheur·euse·s, étudiant·e·s, lycéen.ne.s, acteur·rice·s.
_INCLUSIVE_SUFFIX = r"(?:e|ne|nne|euse|rice|trice|ère|lle|te|se|fe|ve|ive|enne|eure|esse)"
INCLUSIVE_RE = re.compile(rf"([^\W\d_]+)[·•‧.-]{_INCLUSIVE_SUFFIX}(?:s?|[·•‧.]s)(?![\w·•‧])", re.I)
_INCLUSIVE_MARK = re.compile(r"[·•‧.]")
_INCLUSIVE_FULL = re.compile(rf"([^\W\d_]+)[·•‧.]{_INCLUSIVE_SUFFIX}(s?|[·•‧.]s)")
# Subject and object pronouns after a verb's hyphen: "Savons-nous", "Puis-je", "Dis-moi".
INVERTED_CLITICS = frozenset(
    "-je -tu -il -elle -on -nous -vous -ils -elles -t -moi -toi -le -la -les -lui -leur -y -en".split()
)


def inclusive_base(norm: str) -> str | None:
    """The base form of an inclusive-writing word ("étudiant·e·s" -> "étudiants"), or None."""
    if len(norm) < 5 or _INCLUSIVE_MARK.search(norm) is None:
        return None
    m = _INCLUSIVE_FULL.fullmatch(norm)
    if m is None:
        return None
    return m.group(1) + ("s" if m.group(2) else "")


# POS under which a FIXED_LEMMAS entry is trusted as spaCy gave it.
_FIXED_OK_POS = {"PRON", "DET", "ADV"}

# Closed-class parts of speech: grammar, not vocabulary (the one set every module uses).
FUNCTION_POS = frozenset(
    {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM", "NUM", "X", "SPACE"}
)

# Nouns with an aspirated h (le héros, la hâte: no elision): the frequent ones.
ASPIRATED_H = frozenset(
    """hache haie haine hall halle halte hamac hameau hanche handicap hangar hareng haricot
    harpe hasard hâte hausse haut hauteur héros hérisson hêtre hibou hiérarchie hockey
    homard honte hoquet hors-jeu housse hublot huit hurlement hutte""".split()
)
_VOWELS = frozenset("aeiouyœæ")


def article_for(lemma: str, gender: str) -> str:
    """The definite article of a noun: l' before a vowel or a mute h, else le/la ('' when
    the gender is unknown)."""
    if gender not in ("m", "f") or not lemma:
        return ""
    first = unicodedata.normalize("NFD", lemma[:1].lower())[:1]
    if first in _VOWELS or (first == "h" and lemma.lower() not in ASPIRATED_H):
        return "l'"
    return "le" if gender == "m" else "la"


WORD_RE = _WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """Text for analysis: ' for ’, plain spaces, ALL-CAPS runs in lower case. Same length."""
    text = text.translate(_CHAR_MAP)
    spans = caps_spans(text)
    if not spans:
        return text
    parts = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(_lower_same_length(text[start:end]))
        last = end
    parts.append(text[last:])
    out = "".join(parts)
    assert len(out) == len(text)
    return out


def _lower_same_length(s: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 1 and all(c.isupper() for c in letters)


_TWO_CAPS = re.compile(r"[^\W\d_a-zà-ÿœæ]{2}")


def caps_spans(text: str) -> list[tuple[int, int]]:
    """Spans of runs of two or more consecutive ALL-CAPS words on one line (headlines,
    "TU PEUX VOIR"). A single capitalised word (OTAN, USA) is left alone: it is an acronym."""
    spans: list[tuple[int, int]] = []
    if not _TWO_CAPS.search(text):
        return spans  # most paragraphs: no two capitals in a row, so no run of caps words
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group()
        base = line_match.start()
        run: list[re.Match] = []
        for m in _WORD_RE.finditer(line):
            word = m.group()
            gap = line[run[-1].end() : m.start()] if run else ""
            if _is_caps_word(word) and (len(word) > 1 or run) and not any(c in gap for c in ".!?"):
                run.append(m)
                continue
            _close_run(run, base, spans)
            run = [m] if _is_caps_word(word) and len(word) > 1 else []
        _close_run(run, base, spans)
    return spans


def _close_run(run: list[re.Match], base: int, spans: list[tuple[int, int]]) -> None:
    letters = sum(len(m.group()) for m in run)
    if len(run) >= 2 and letters >= 4:
        spans.append((base + run[0].start(), base + run[-1].end()))


def is_punct_text(s: str) -> bool:
    """True when every character is punctuation or a symbol."""
    return bool(s) and all(unicodedata.category(c)[0] in "PS" for c in s)


def has_letter(s: str) -> bool:
    return any(c.isalpha() for c in s)


def is_acronym(s: str) -> bool:
    """OTAN, USA, UE: two to six capital letters (possibly with dots)."""
    letters = s.replace(".", "").removesuffix("'s").removesuffix("’s")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def elision_full_form(norm: str) -> str | None:
    """'l'' -> 'le', 'jusqu'' -> 'jusque'; None when `norm` is not an elided form."""
    return ELISIONS.get(norm)


def elision_pos(full: str) -> str:
    return _ELISION_POS.get(full, "X")


# Subject/object pronouns joined to a verb by a hyphen: "est-elle", "a-t-il", "dit-on".
_CLITIC_RE = re.compile(
    r"^([^\W\d_]{2,}?)((?:-t)?-(?:il|elle|ils|elles|on|je|tu|nous|vous|ce|le|la|les|lui|leur|moi|toi|y|en))$"
)
CLITIC_LEMMAS = {"ils": "il", "elles": "elle"}


def clitic_split(norm: str) -> int | None:
    """Where "est-elle" splits into verb and pronoun (3), or None."""
    m = _CLITIC_RE.match(norm)
    return m.end(1) if m else None


def clitic_lemma(part: str) -> str:
    """'-t-il' -> 'il', '-elles' -> 'elle'."""
    core = part.removeprefix("-t-").lstrip("-")
    return CLITIC_LEMMAS.get(core, core)


def guard_lemma(norm: str, lemma: str, pos: str) -> tuple[str, str]:
    """Correct spaCy's lemma/POS for common words it gets wrong (cela -> celer)."""
    if norm.startswith("-"):
        if norm == "-t":  # the euphonic t of "a-t-il"
            return "t", "PART"
        if _CLITIC_RE.match("x" * 2 + norm):
            return clitic_lemma(norm), "PRON"
    fixed = FIXED_LEMMAS.get(norm)
    if fixed is not None:
        if pos in _FIXED_OK_POS and lemma == fixed[0] and pos == fixed[1]:
            return lemma, pos
        return fixed
    full = ELISIONS.get(norm)
    if full is not None:
        return full, pos if pos in {"DET", "ADP", "PRON", "SCONJ", "ADV", "AUX"} else elision_pos(
            full
        )
    return lemma, pos
