"""The frequency lexicon: ranks, Zipf, CEFR estimate and forms per (lemma, POS).

Backed by assets/lexicon.sqlite (built by tools/build_lexicon.py from Lexique 3.83
and wordfreq). Opening it is a few milliseconds: rows are read on demand and cached.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .french import FUNCTION_POS

LEXICON_FILE = "lexicon.sqlite"
LEXICON_VERSION = 2  # 2: form.phon (Lexique pronunciation), lemma.cognate
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
# Vocabulary size (in lexicon ranks) typical of each level. Priors from vocabulary-size
# tests (X-Lex: under ~2,000 of the 5,000 most frequent words at A1-A2, ~4,500+ at C1-C2),
# scaled to this lexicon's ranks, which also count function words and rare homographs.
LEVEL_VOCAB = {"A1": 1_000, "A2": 2_000, "B1": 3_500, "B2": 6_000, "C1": 10_000, "C2": 16_000}
# Grammatical adverbs and verbs every reader of a sentence already handles.
FUNCTION_LEMMAS = frozenset(
    {"ne", "pas", "plus", "non", "oui", "y", "en", "être", "avoir", "se", "ci", "là"}
)
# POS that may stand in for each other when matching spaCy's tag against Lexique's.
_POS_ALIASES = {"AUX": ("VERB",), "VERB": ("AUX",), "PROPN": ("NOUN",), "DET": ("PRON",)}
_HYPHEN_CLITICS = frozenset(
    {"t", "je", "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "ce", "ci", "là"}
)
_NO_GUARD_POS = frozenset({"PROPN", "PUNCT", "SYM", "NUM", "SPACE"})
# Present endings of -er verbs (2nd and 1st person plural, 3rd plural) a form Lexique lacks
# may have: configurez, conjuguons, configurent.
_ER_PRESENT_ENDINGS = ("ez", "ons", "ent")


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One (lemma, part of speech) of the lexicon."""

    lemma: str
    pos: str  # Universal POS
    rank: int  # 1 = most frequent
    zipf: float  # combined score on the Zipf scale (log10 per billion words)
    cefr: str  # estimated level: A1..C2
    gender: str  # 'm', 'f' or '' (nouns only)
    forms: tuple[str, ...]  # inflected forms, most frequent first
    cognate: float = 0.0  # 0..1: how close it is to one of its own English glosses


def cefr_for_rank(rank: int) -> str:
    """The lowest level whose typical vocabulary size covers `rank`."""
    for level in LEVELS:
        if rank <= LEVEL_VOCAB[level]:
            return level
    return LEVELS[-1]


def _unique_list(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _key(surface: str) -> str:
    return surface.strip().lower().replace("\u2019", "'")


def _lexique_spelling(key: str) -> str:
    """Lexique 3.83 writes the ligatures as two letters (coeur, oeil, soeur, ex aequo)."""
    if "œ" in key or "æ" in key:
        return key.replace("œ", "oe").replace("æ", "ae")
    return key


# The 1990 spelling reform (taught in French schools): no circumflex on i and u (connait,
# maitre, gout, ile) and è in the future and conditional of verbs like céder (cèdera);
# Lexique 3.83 writes only the traditional spelling. dû, mûr, sûr, jeûne keep theirs.
_FUTURE_GRAVE = re.compile(r"è([^aeiouyàâéèêëîïôûù]+)er(a|ai|as|ait|ions|iez|ont|aient|ons|ez)$")
_REFORM_LETTERS = {"i": "î", "u": "û"}
_COMMON_ZIPF = 3.0  # a reading of the traditional spelling worth adding to a known form


def _traditional_spellings(key: str) -> list[str]:
    """Spellings a reformed word may have in Lexique: one circumflex put back on an i or a
    u (an i or u before t first: connait, gout), é for è before a future ending."""
    if len(key) > 40 or not key.replace("-", "").replace("'", "").replace(" ", "").isalpha():
        return []
    out: list[str] = []
    match = _FUTURE_GRAVE.search(key)
    if match:
        out.append(key[: match.start()] + "é" + key[match.start() + 1 :])
    spots = [i for i, ch in enumerate(key) if ch in _REFORM_LETTERS]
    spots.sort(key=lambda i: key[i + 1 : i + 2] != "t")
    out += [key[:i] + _REFORM_LETTERS[key[i]] + key[i + 1 :] for i in spots]
    return out


def _ligatures(word: str, written: str) -> str:
    """A Lexique word with the ligatures of the text it was looked up for (oeil -> œil)."""
    if "œ" in written:
        word = word.replace("oe", "œ")
    if "æ" in written:
        word = word.replace("ae", "æ")
    return word


class Lexicon:
    """Read-only access to the lexicon asset (thread-safe; lookups are cached)."""

    def __init__(self, path: Path | str | None = None):
        if path is None:
            from .paths import asset

            path = asset(LEXICON_FILE)
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"lexicon asset missing: {self.path}")
        uri = f"file:{self.path.as_posix()}?mode=ro&immutable=1"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        self.version = int(meta["version"])
        self.sources = str(meta["sources"])
        # A form unknown to Lexique scores as if Lexique's frequencies were zero.
        self._oov_offset = float(meta["oov_offset"])
        zipfs = array("d")
        zipfs.frombytes(meta["zipfs"])
        self._neg_zipfs = [-z for z in zipfs]  # ascending, for bisect
        self.size = len(zipfs)
        self._entries: dict[tuple[str, str | None], LexEntry | None] = {}
        self._cands: dict[str, list[tuple[str, str]]] = {}
        self._surface: dict[str, float] = {}
        self._phons: dict[str, list[tuple[str, str, str]]] = {}
        self._shares: dict[str, list[tuple[str, str, float]]] = {}

    # -- look-ups ---------------------------------------------------------------------

    def _rows(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def entry(self, lemma: str, pos: str | None = None) -> LexEntry | None:
        """The entry for (lemma, pos); the most frequent POS of `lemma` when pos is None."""
        key = (lemma, pos)
        if key in self._entries:
            return self._entries[key]
        rows = self._rows(
            "SELECT id, lemma, pos, zipf, cefr, gender, forms, cognate FROM lemma "
            "WHERE lemma = ? ORDER BY id",
            (_lexique_spelling(_key(lemma)),),
        )
        found = None
        if rows:
            if pos is None:
                found = rows[0]
            else:
                for wanted in (pos, *_POS_ALIASES.get(pos, ())):
                    found = next((r for r in rows if r[2] == wanted), None)
                    if found:
                        break
        result = None
        if found:
            rank, lem, p, zipf, cefr, gender, forms, cognate = found
            forms_t = tuple(forms.split("|"))
            if _lexique_spelling(_key(lemma)) != _key(lemma):  # cœur: Lexique's coeur
                lem = _ligatures(lem, _key(lemma))
                forms_t = tuple(_ligatures(f, _key(lemma)) for f in forms_t)
            result = LexEntry(lem, p, rank, zipf, cefr, gender, forms_t, cognate)
        self._entries[key] = result
        return result

    def word_zipf(self, surface: str) -> float:
        """wordfreq Zipf of a surface form (0.0 when it is rarer than the asset keeps)."""
        key = _key(surface)
        value = self._surface.get(key)
        if value is None:
            rows = self._rows("SELECT zipf FROM surface WHERE form = ?", (key,))
            value = self._surface[key] = float(rows[0][0]) if rows else 0.0
        return value

    def surface_score(self, surface: str) -> float:
        """A surface form's score on the lemma scale, from wordfreq alone (for unknown lemmas)."""
        zipf = self.word_zipf(surface)
        if not zipf and "-" in surface:
            # est-elle, après-match: as hard as the rarest part (inverted pronouns aside).
            parts = [p for p in _key(surface).split("-") if p and p not in _HYPHEN_CLITICS]
            return min((self.surface_score(p) for p in parts), default=0.0)
        return max(zipf - self._oov_offset, 0.0) if zipf else 0.0

    def candidates(self, surface: str) -> list[tuple[str, str]]:
        """(lemma, POS) pairs a surface form can belong to, most likely first."""
        key = _key(surface)
        cached = self._cands.get(key)
        if cached is None:
            rows = self._rows(
                "SELECT l.lemma, l.pos FROM form f JOIN lemma l ON l.id = f.rank "
                "WHERE f.form = ? ORDER BY f.share DESC, l.id",
                (_lexique_spelling(key),),
            )
            readings = [(self._reading_lemma(key, lemma, pos), pos) for lemma, pos in rows]
            old = self._reformed(key, [pos for _lemma, pos in readings])
            if old is not None:  # connait: connaître; une boite: boîte beside boiter
                readings += self.candidates(old)
            elif not readings and (verb := self._regular_er_verb(key)):
                readings = [(verb, "VERB")]  # configurez, conjuguons: Lexique lacks the form
            cached = self._cands[key] = _unique_list(readings)
        return list(cached)

    def reading_shares(self, surface: str) -> list[tuple[str, str, float]]:
        """(lemma, POS, share of the form's uses) of each reading, most likely first."""
        key = _key(surface)
        cached = self._shares.get(key)
        if cached is None:
            rows = self._rows(
                "SELECT l.lemma, l.pos, f.share FROM form f JOIN lemma l ON l.id = f.rank "
                "WHERE f.form = ? ORDER BY f.share DESC, l.id",
                (_lexique_spelling(key),),
            )
            shares: dict[tuple[str, str], float] = {}
            for lemma, pos, share in rows:
                reading = (self._reading_lemma(key, lemma, pos), pos)
                shares[reading] = shares.get(reading, 0.0) + share
            cached = [(lm, p, sh) for (lm, p), sh in shares.items()]
            old = self._reformed(key, [p for _lm, p, _sh in cached])
            if old is not None:  # a reformed spelling: the traditional one's readings
                extra = [
                    (lm, p, sh if not cached else 0.0) for lm, p, sh in self.reading_shares(old)
                ]
                cached += [r for r in extra if (r[0], r[1]) not in shares]
            elif not cached and (verb := self._regular_er_verb(key)):
                cached = [(verb, "VERB", 1.0)]
            self._shares[key] = cached
        return cached

    def _reformed(self, key: str, own_pos: list[str]) -> str | None:
        """The traditional spelling Lexique knows of a form written after the 1990 reform:
        for a form Lexique lacks (connait, maitre, cèdera), the first one it has; for a
        form it has (boite: boiter, dine: 'dine'), a circumflex on an i whose readings add a
        part of speech the form lacks (boîte, a noun; dîne, a verb)."""
        for old in _traditional_spellings(key):
            if own_pos and not ("ît" in old or "în" in old):
                continue  # mimes stays mime, not mettre's passé simple mîmes
            rows = self._rows(
                "SELECT l.pos, l.zipf FROM form f JOIN lemma l ON l.id = f.rank WHERE f.form = ?",
                (_lexique_spelling(old),),
            )
            if not own_pos:
                if rows and (len(key) > 3 or all(r[0] == "NOUN" for r in rows)):
                    return old  # ile: île, but git is no gît
            elif any(pos not in own_pos and zipf >= _COMMON_ZIPF for pos, zipf in rows):
                return old
            if rows:
                return None
        return None

    def _regular_er_verb(self, key: str) -> str | None:
        """The -er verb a form Lexique lacks is a regular present of (configurez, conjuguons,
        paramétrez, configurent: Lexique lists few forms of rarer verbs), when Lexique has
        that verb; None otherwise."""
        if len(key) < 6 or not key.replace("-", "").isalpha():
            return None
        for ending in _ER_PRESENT_ENDINGS:
            if key.endswith(ending):
                stem = key[: -len(ending)]
                if ending == "ons" and stem.endswith("ge"):
                    stem = stem[:-1]  # partageons: partager
                elif ending == "ons" and stem.endswith("ç"):
                    stem = stem[:-1] + "c"  # commençons: commencer
                lemma = stem + "er"
                entry = self.entry(lemma, "VERB")
                if entry is None or entry.pos != "VERB":
                    return None
                from .langid import other_language

                return None if other_language(key) else lemma  # buttons: English, not butter
        return None

    def _reading_lemma(self, key: str, lemma: str, pos: str) -> str:
        """A reading's lemma as the text spells it: the plural fix below, then the text's
        ligatures (sœurs: sœur, not Lexique's soeur)."""
        form = _lexique_spelling(key)
        lemma = self._plural_lemma(form, lemma.split(",")[0], pos)  # 'mou,mol': mou
        return _ligatures(lemma, key) if form != key else lemma

    def _plural_lemma(self, form: str, lemma: str, pos: str) -> str:
        """The lemma of a reading, where Lexique 3.83 files a feminine noun's plural under a
        cut stem of its own (contraintes: 'contraint', surfaces: 'surfac', tiges: 'tig'): the
        feminine noun the form is the plural of."""
        if pos != "NOUN" or not form.endswith("s") or lemma in (form, form[:-1]):
            return lemma
        own = self.entry(lemma, "NOUN")
        if own is None or own.forms != (form,):
            return lemma  # a real lemma with forms of its own (yeux: oeil)
        singular = self.entry(form[:-1], "NOUN")
        return singular.lemma if singular is not None and singular.gender == "f" else lemma

    def forms_starting(self, prefix: str, limit: int = 12) -> list[str]:
        """Words starting with `prefix` for the dictionary search box: the typed form itself
        when known, then dictionary forms (lemmas) most frequent first, then other forms."""
        key = _key(prefix)
        if not key or limit <= 0:
            return []
        end = key + "\U0010ffff"
        exact = self._rows("SELECT 1 FROM form WHERE form = ? LIMIT 1", (key,))
        lemmas = self._rows(
            "SELECT lemma FROM lemma WHERE lemma >= ? AND lemma < ? GROUP BY lemma "
            "ORDER BY MIN(id) LIMIT ?",
            (key, end, limit),
        )
        found = _unique_list(([key] if exact else []) + [r[0] for r in lemmas])
        if len(found) < limit:
            forms = self._rows(
                "SELECT form FROM form WHERE form >= ? AND form < ? GROUP BY form "
                "ORDER BY MIN(rank) LIMIT ?",
                (key, end, limit),
            )
            found = _unique_list(found + [r[0] for r in forms])
        return found[:limit]

    def pronunciations(self, surface: str) -> list[tuple[str, str, str]]:
        """(lemma, POS, Lexique phonetic code) of each reading of a form, most likely first."""
        key = _key(surface)
        cached = self._phons.get(key)
        if cached is None:
            rows = self._rows(
                "SELECT l.lemma, l.pos, f.phon FROM form f JOIN lemma l ON l.id = f.rank "
                "WHERE f.form = ? AND f.phon != '' ORDER BY f.share DESC, l.id",
                (_lexique_spelling(key),),
            )
            cached = [
                (self._reading_lemma(key, lemma, pos), pos, phon) for lemma, pos, phon in rows
            ]
            old = None if cached else self._reformed(key, [])
            if old is not None:  # connait is said as connaît
                cached = self.pronunciations(old)
            self._phons[key] = cached
        return list(cached)

    def rank_for_zipf(self, zipf: float) -> int:
        """The rank a lemma with this Zipf score would have (1 + entries scoring higher)."""
        return bisect_left(self._neg_zipfs, -zipf) + 1

    # -- linguistic judgements --------------------------------------------------------

    def guard(self, norm: str, lemma: str, pos: str) -> tuple[str, str]:
        """Replace spaCy's lemma by a real lemma of `norm` when it is not one (same POS first)."""
        if pos in _NO_GUARD_POS or not norm:
            return lemma, pos
        cands = self.candidates(norm)
        if not cands:
            return _epicene_adjective(norm, lemma, pos), pos
        same_group = (pos, *_POS_ALIASES.get(pos, ()))
        if any(c_lemma == lemma and c_pos in same_group for c_lemma, c_pos in cands):
            return lemma, pos
        for c_lemma, c_pos in cands:
            if c_pos == pos:
                return c_lemma, c_pos
        for c_lemma, c_pos in cands:
            if c_lemma == lemma:  # the right lemma under another POS (solidaire/VERB -> ADJ)
                return c_lemma, c_pos
        return cands[0]

    def is_function_word(self, lemma: str, pos: str) -> bool:
        """Grammar words (pronouns, determiners, auxiliaries...) are not vocabulary to learn."""
        if pos in FUNCTION_POS or _key(lemma) in FUNCTION_LEMMAS:
            return True
        if pos in ("NOUN", "VERB", "ADJ", "ADV", "INTJ", "PROPN"):
            # A closed-class word mis-tagged as open class: all its entries are grammar.
            best = self.entry(lemma)
            if best is not None and best.pos in FUNCTION_POS and self.entry(lemma, pos) is None:
                return True
        return False

    def close(self) -> None:
        with self._lock:
            self._conn.close()


# Adjective endings with the same masculine and feminine form: spaCy's rules still drop the
# "e" of one the lexicon does not know (amorçable -> amorçabl, redimensionnable -> ...abl).
_EPICENE_ENDINGS = ("able", "ible", "ique", "iste", "aire", "oire", "ile", "uble")


def _epicene_adjective(norm: str, lemma: str, pos: str) -> str:
    """The lemma of an unknown adjective in -able, -ique... is itself (its singular)."""
    if pos != "ADJ":
        return lemma
    singular = norm[:-1] if norm.endswith("s") else norm
    if singular.endswith(_EPICENE_ENDINGS) and lemma in (singular[:-1], singular[:-1] + "s"):
        return singular
    return lemma


@cache
def default_lexicon() -> Lexicon:
    """The process-wide lexicon (opened once, from the shipped asset)."""
    return Lexicon()
