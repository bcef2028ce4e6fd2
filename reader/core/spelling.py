"""The French word a misspelt token most probably stands for (britanique: britannique,
comunication: communication, conquète: conquête, abandonèrent: abandonnèrent).

Only for a token nothing glosses and no word list knows: the forms of assets/lexicon.sqlite
one edit away (a letter inserted, dropped, replaced, two neighbours swapped) are looked up
in one query (nothing is loaded or built beforehand: no cost at launch, no table in memory),
and one is chosen only when the evidence is strong: a cheap edit (an accent, a doubled or
undoubled consonant) or a common word, and a unique best candidate far more frequent than
any other. Precision first: a wrong correction is worse than none (benchmarks/bench_spelling.py
measures both on random single edits).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

# Letters a French word is written with (the edits' alphabet)
LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
_BASE = {c: unicodedata.normalize("NFD", c)[0] for c in LETTERS if c not in "œæ"}
CONSONANTS = set("bcdfghjklmnpqrstvwxz")
# Shorter tokens are as often a name, an abbreviation or another language's word.
MIN_LETTERS = 5
# The chosen form's Zipf frequency must be at least this (a word in common use)
MIN_ZIPF = 2.5
# A token a little used itself (wordfreq) may be a word or name Lexique lacks: only a form this
# much more frequent than it corrects it (half as much for an accent or a doubled consonant:
# occurences, dégats are common slips).
OWN_MARGIN = 2.0
# What an edit costs, in Zipf units (a form 10 times as frequent makes up for one unit): an
# accent or a doubled consonant is the usual slip of translators and learners; a silent final
# letter dropped or added, two letters swapped, come next; any other letter added, dropped or
# replaced is the likeliest to turn one real word into another (rebour: rebours, not retour).
# A letter replaced by one its key does not touch (soignement is not saignement), or a
# first letter changed (d étails: a word split in two, not étais), is FAR: such a form competes
# with the others but is never chosen.
ACCENT, DOUBLE, SILENT, SWAP, OTHER, REPLACE, FAR = 0.3, 0.5, 1.0, 1.0, 1.5, 2.0, 3.0
_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> set[tuple[str, str]]:
    """Pairs of keys side by side or one above the other, on AZERTY or QWERTY."""
    pairs = set()
    for rows in (_ROWS[:3], _ROWS[3:]):
        for r, row in enumerate(rows):
            for i, key in enumerate(row):
                near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
                for other in rows[r - 1 : r] + rows[r + 1 : r + 2]:
                    near += [other[j] for j in (i - 1, i, i + 1) if 0 <= j < len(other)]
                pairs |= {(key, n) for n in near} | {(n, key) for n in near}
    return pairs


# Letters French spells one sound with (hyppocampe, dilemne, kilo/cilo): as near as neighbours
_SOUNDS = {("i", "y"), ("y", "i"), ("m", "n"), ("n", "m"), ("s", "z"), ("z", "s"), ("c", "k")}
_NEIGHBOURS = _keyboard_neighbours() | _SOUNDS | {("k", "c")}
_SILENT_FINAL = set("estxd")
# The chosen form's score (Zipf minus the edit's cost) must beat every other's by this much
MARGIN = 1.0


@dataclass(frozen=True, slots=True)
class Correction:
    """The form `word` probably misspells, the kind of edit and both frequencies."""

    word: str
    form: str
    cost: float
    zipf: float
    runner_up: str = ""
    runner_zipf: float = 0.0


def edit_cost(token: str, form: str) -> float:
    """What turning `token` into `form` (one edit apart) costs: ACCENT, DOUBLE, SILENT,
    SWAP, OTHER (a letter added or dropped), REPLACE (by a neighbouring key) or FAR."""
    if _BASE.get(token[0], token[0]) != _BASE.get(form[0], form[0]):
        return FAR
    if len(token) == len(form):
        diff = [i for i, (a, b) in enumerate(zip(token, form, strict=True)) if a != b]
        if len(diff) == 1:
            a, b = _BASE.get(token[diff[0]], "?"), _BASE.get(form[diff[0]], "?")
            if a == b:
                return ACCENT
            return REPLACE if (a, b) in _NEIGHBOURS else FAR
        return SWAP
    longer, shorter = (token, form) if len(token) > len(form) else (form, token)
    i = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    c = longer[i]
    doubled = (i > 0 and longer[i - 1] == c) or (i + 1 < len(longer) and longer[i + 1] == c)
    if c in CONSONANTS and doubled:
        return DOUBLE
    if i == len(longer) - 1 and c in _SILENT_FINAL:
        return SILENT
    return OTHER


def edits(word: str) -> set[str]:
    """Every spelling one edit away from `word` (insertion, deletion, substitution,
    transposition of adjacent letters)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    out |= {a + c + b for a, b in splits for c in LETTERS}
    out.discard(word)
    return out


def lexique_frequencies(data, lexicon):
    """A `frequencies(spellings) -> {form: Zipf}` over Lexique's forms (the glossary's
    `lexique` table, one query per 900 spellings): the higher of Lexique's own frequency (films
    and books, per million words) and wordfreq's (the lexicon's surface table)."""

    def frequencies(spellings: list[str]) -> dict[str, float]:
        found: dict[str, float] = {}
        for i in range(0, len(spellings), 900):
            part = tuple(spellings[i : i + 900])
            marks = ",".join("?" * len(part))
            sql = f"SELECT form, MAX(freq) FROM forms WHERE form IN ({marks}) GROUP BY form"
            for form, freq in data._query("lexique", sql, part):
                own = math.log10(freq) + 3 if freq > 0 else 0.0
                found[form] = max(own, lexicon.word_zipf(form))
        return found

    return frequencies


def correct(word: str, frequencies, own_zipf: float = 0.0, accept=None) -> Correction | None:
    """The Lexique form `word` (lower case, a token no list knows) most probably misspells,
    or None when the evidence is not strong. `frequencies(spellings)` gives the Zipf frequency
    of those that are Lexique forms (`lexique_frequencies`); `own_zipf` is the token's own
    (wordfreq). `accept(form, cheap)` may refuse a candidate (its part of speech, no gloss;
    `cheap`: an accent or a doubled consonant): a refused best candidate means no correction,
    never the next one."""
    if len(word) < MIN_LETTERS or not word.isalpha() or word != word.lower():
        return None
    near = frequencies(sorted(edits(word)))
    if not near:
        return None
    ranked = sorted(
        ((z - edit_cost(word, f), z, f) for f, z in near.items()), key=lambda r: (-r[0], r[2])
    )
    score, zipf, form = ranked[0]
    cost = edit_cost(word, form)
    runner_score, runner_zipf, runner = ranked[1] if len(ranked) > 1 else (0.0, 0.0, "")
    if zipf < MIN_ZIPF or cost >= FAR:
        return None
    if runner and score - runner_score < MARGIN:
        return None
    cheap = cost <= DOUBLE
    if own_zipf and zipf - own_zipf < (OWN_MARGIN / 2 if cheap else OWN_MARGIN):
        return None
    if accept is not None and not accept(form, cheap):
        return None
    return Correction(word, form, cost, zipf, runner, runner_zipf)


# The parts of speech a correction must share with the token's tag (a proper noun: a noun). A
# correction of another part of speech, or of a token tagged X (spaCy's guess at a word it does
# not know), is only made for an accent or a doubled consonant away from the word's ending
# (charriot ADJ: chariot NOUN, finallement NOUN: finalement; not spectrae ADJ: spectre NOUN,
# labellé VERB: labelle NOUN); a token tagged as a function word (armax ADP) is never corrected.
_FAMILIES = {"NOUN": "N", "PROPN": "N", "ADJ": "A", "VERB": "V", "AUX": "V", "ADV": "ADV"}
_ANY = ("", "X")
# What may end the sentence before a capitalised token (its capital is then no name's)
_SENTENCE_END = ".!?…:\n"
_OPENERS = " \t\"'«»“”‘’([-–—•*"
NOTE = "Probably a misspelling of {form}"
SOURCE = "spelling"
_CACHE_SIZE = 4096


def _ending_changed(token: str, form: str) -> bool:
    """Whether the edit falls on the last two letters, where French marks the part of speech
    (labellé: not the noun labelle; renomm: not renom)."""
    i = next(
        (i for i, (a, b) in enumerate(zip(token, form, strict=False)) if a != b),
        min(len(token), len(form)),
    )
    return i >= min(len(token), len(form)) - 2


def sentence_initial(context: str, start: int) -> bool:
    """Whether the token at `start` begins a sentence (or the text, or a line) in `context`."""
    before = context[:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_END


def misspelt_result(glossary, token, context: str, pos: str):
    """The gloss of the form `token` (which nothing glosses) most probably misspells, marked:
    every sense approximate, source "spelling", the note naming the form; None when the
    token is a name, capitalised inside a sentence, short, a form some list knows, English
    or spelt as no French word is, or when the evidence is not strong."""
    from dataclasses import replace

    from . import nonwords
    from .glossary import Sense, normalise_key
    from .lexicon import default_lexicon

    text = token.text
    if (
        token.is_name
        or not text[:1].islower()
        and not (
            text[:1].isupper() and text[1:].islower() and sentence_initial(context, token.start)
        )
    ):
        return None
    after = context[token.end : token.end + 1] if context else ""
    before = context[token.start - 1 : token.start] if context and token.start else ""
    if any(c.isalnum() or c == "\ufffd" for c in before + after):
        return None  # a piece of a word a broken encoding split (r\ufffdsultat)
    lone = context[max(0, token.start - 3) : token.start] if context else ""
    if len(lone) == 3 and lone[0] in _OPENERS and lone[1].isalpha() and lone[2] == " ":
        if lone[1].lower() not in "aàyôo":
            return None  # the rest of a word a converter split (d étails: détails)
    q = normalise_key(token.norm or text)
    if len(q) < MIN_LETTERS or not q.isalpha():
        return None
    data = glossary.data
    cache = glossary.__dict__.setdefault("_spelling_cache", {})
    family = _FAMILIES.get(pos, "")
    if not family and pos not in _ANY:
        return None
    key = (q, family or pos)
    if key not in cache:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        cache[key] = None
        lexicon = default_lexicon()
        if (
            not lexicon.candidates(q)
            and not data.forms(q)
            and not data.entries(q)
            and not data.is_english(q)
        ):
            readings: dict[str, tuple[str, str]] = {}

            def accept(form: str, cheap: bool) -> bool:
                found = lexicon.candidates(form)
                if not pos:  # no analysis: the form's likeliest reading
                    chosen = found[:1]
                else:
                    chosen = [r for r in found if _FAMILIES.get(r[1], "") == family]
                    if not chosen and cheap and not _ending_changed(q, form):
                        chosen = found[:1]
                if chosen:
                    readings[form] = chosen[0]
                return bool(chosen)

            found = correct(q, lexique_frequencies(data, lexicon), lexicon.word_zipf(q), accept)
            if found is not None and nonwords.unfrench_spelling(q):
                # spelt as no French word is: only a doubled letter French never doubles
                # (attenddre), undoubled into a French spelling
                if found.cost != DOUBLE or nonwords.unfrench_spelling(found.form):
                    found = None
            if found is not None:
                lemma, p = readings[found.form]
                cache[key] = (found.form, lemma, p)
    hit = cache[key]
    if hit is None:
        return None
    form, lemma, p = hit
    result = glossary.lookup(form, p, lemma)
    if not result.found or not result.senses:
        return None
    senses = tuple(Sense(s.text, True, SOURCE) for s in result.senses)
    return replace(
        result,
        query=text,
        senses=senses,
        source=SOURCE,
        note=NOTE.format(form=form),
        others=(),
        unsure=False,
    )
