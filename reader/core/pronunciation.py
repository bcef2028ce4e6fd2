"""How a word sounds where it is used: IPA plus a liaison or elision hint.

Lexique 3.83's pronunciation of the form (its phonetic code mapped to IPA) when the form has
one; espeak-ng on the whole sentence (cached per sentence, called only when needed) when
Lexique has several or none, and a few rules for words whose sound depends on their
neighbours (fils, est, plus, tous). Liaison hints come from French liaison rules (the word's
part of speech, its silent final consonant, the next word's first sound, h aspiré).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .edit_distance import edit_distance
from .espeak_ipa import espeak_ipa

if TYPE_CHECKING:
    from .document import Document, Token
    from .lexicon import Lexicon

# Lexique 3's phonetic code (its manual's table of phonemes) -> IPA.
LEXIQUE_IPA = {
    "a": "a",
    "i": "i",
    "y": "y",
    "u": "u",
    "o": "o",
    "O": "ɔ",
    "e": "e",
    "E": "ɛ",
    "°": "ə",
    "3": "ə",
    "2": "ø",
    "9": "œ",
    "5": "ɛ̃",
    "1": "œ̃",
    "@": "ɑ̃",
    "§": "ɔ̃",
    "j": "j",
    "8": "ɥ",
    "w": "w",
    "p": "p",
    "b": "b",
    "t": "t",
    "d": "d",
    "k": "k",
    "g": "ɡ",
    "f": "f",
    "v": "v",
    "s": "s",
    "z": "z",
    "S": "ʃ",
    "Z": "ʒ",
    "m": "m",
    "n": "n",
    "N": "ɲ",
    "G": "ŋ",
    "l": "l",
    "R": "ʁ",
    "r": "r",
    "x": "x",
}
VOWELS = frozenset("aeiouyɔɛəøœɑ")
# Silent final letters that are sounded before a vowel, and the sound they take.
LIAISON_SOUND = {"s": "z", "x": "z", "z": "z", "t": "t", "d": "t", "n": "n", "r": "ʁ", "p": "p"}
# Words after which liaison is (nearly) always made, by part of speech.
LIAISON_ALWAYS_POS = frozenset({"DET", "NUM"})
LIAISON_WORDS = frozenset(
    "nous vous ils elles on les en dans chez sans sous dès très plus moins bien tout trop "
    "quand dont est sont ont aux eux mes tes ses ces des un mon ton son aucun deux trois "
    "vingt cent rien".split()
)
NEVER_LIAISON = frozenset({"et", "mais", "ou", "selon", "vers"})
# Common words beginning with h aspiré (no liaison, no elision before them), and words that
# behave the same although spelled with a vowel.
H_ASPIRE = frozenset(
    "hache haie haillon haine haïr halte hall hamac hameau hamster hanche handicap hangar "
    "hanter harceler hardi hareng hargne haricot harpe hasard hâte hausse haut hauteur havre "
    "hérisson hernie héron héros hêtre heurter hibou hiérarchie hippie hisser hobby hockey "
    "hold-up hollandais homard hongrois honte honteux hoquet horde hors hotte houle housse "
    "hublot huer huit huitième hurler hutte hyène onze onzième oui yaourt yoga".split()
)
# Elided words: their sound (before the vowel of the word they join).
ELIDED_IPA = {
    "l'": "l",
    "d'": "d",
    "j'": "ʒ",
    "m'": "m",
    "t'": "t",
    "s'": "s",
    "n'": "n",
    "c'": "s",
    "ç'": "s",
    "qu'": "k",
    "jusqu'": "ʒysk",
    "lorsqu'": "lɔʁsk",
    "puisqu'": "pɥisk",
    "quoiqu'": "kwak",
}
# Forms whose sound depends on their neighbours even when Lexique gives one.
CONTEXTUAL = frozenset({"dix", "six", "huit", "cinq", "neuf", "plus", "tous", "est", "fils"})
# Numbers whose final consonant goes silent before a counted word: (alone, before a consonant).
_NUMBERS = {
    "dix": ("dis", "di"),
    "six": ("sis", "si"),
    "huit": ("ɥit", "ɥi"),
    "cinq": ("sɛ̃k", "sɛ̃k"),
    "neuf": ("nœf", "nœf"),
}
_POSSESSIVES = frozenset("mon ton son ma ta sa mes tes ses notre votre leur nos vos leurs".split())
_STRESS = str.maketrans("", "", "ˈˌ-ː")
_LANGUAGE_SWITCH = re.compile(r"\([a-z-]+\)")  # espeak: "(en)wɒʃɪŋtən(fr)"
_WORD = re.compile(r"\S+")
_VOWEL_LETTERS = frozenset("aeiouyhâàéèêëîïôöûüœæ")
SENTENCE_CACHE = 256
MAX_SPAN = 400  # characters of a sentence given to espeak at once
log = logging.getLogger(__name__)
_LEX_VOWELS = frozenset("aiyuoOeE°32951@§")
_CLOSE_O = re.compile("ô|au|eau|oo")


@dataclass(frozen=True, slots=True)
class Pronunciation:
    """A word's IPA as used, with a hint when it joins the next (or previous) word."""

    ipa: str  # "fis"
    hint: str = ""  # "les‿amis /lez‿ami/"
    source: str = ""  # "Lexique 3.83" | "espeak-ng"
    alternatives: tuple[str, ...] = ()  # other pronunciations (a word out of context)

    @property
    def text(self) -> str:
        """One line for a learner: "/fis/", "/le/ · les‿amis /lez‿ami/"."""
        line = f"/{self.ipa}/"
        if self.alternatives:
            line += " (also " + ", ".join(f"/{a}/" for a in self.alternatives) + ")"
        return f"{line} · {self.hint}" if self.hint else line


def lexique_ipa(code: str, form: str = "", standard: bool = True) -> str:
    """Lexique's phonetic code -> IPA ("fis" -> "fis", "Z@" -> "ʒɑ̃"), in today's standard
    pronunciation: Lexique writes every mute e (achèvement "aSEv°m@") and a close /o/ in
    open non-final syllables (canonner "kanone"); the three-consonant rule drops the e
    (/aʃɛvmɑ̃/) and the position rule opens the o (/kanɔne/) unless spelled ô/au (`form`)."""
    chars = list(code)
    if standard and form.endswith("e") and code.endswith("2"):
        chars[-1] = "°"  # ce, -ce: Lexique writes a final mute e as /ø/
    for i, c in enumerate(chars if standard else ()):
        following = chars[i + 1 :]
        if c == "°" and 2 <= i < len(chars) - 1:
            # V C e C -> V C C (a single consonant before the mute e, one after it)
            if chars[i - 2] in _LEX_VOWELS and chars[i - 1] not in _LEX_VOWELS:
                if following[0] not in _LEX_VOWELS:
                    chars[i] = ""
        elif c == "o" and form and following and following[0] != "z":
            if any(v in _LEX_VOWELS for v in following) and not _CLOSE_O.search(form):
                chars[i] = "O"
    return "".join(LEXIQUE_IPA.get(c, "") for c in chars if c)


def clean_espeak(ipa: str) -> str:
    """espeak-ng's IPA without stress marks, length marks and its word-joining hyphens."""
    return _LANGUAGE_SWITCH.sub("", ipa).translate(_STRESS)


def _ends_with_vowel(ipa: str) -> bool:
    base = ipa.rstrip("\u0303")
    return bool(base) and base[-1] in VOWELS


def _starts_with_vowel(ipa: str) -> bool:
    return bool(ipa) and (ipa[0] in VOWELS or ipa[0] in "jwɥ")


class Pronouncer:
    """Pronunciations of tokens in their sentence (thread-safe; espeak results cached)."""

    def __init__(self, lexicon: Lexicon | None = None):
        if lexicon is None:
            from .lexicon import default_lexicon

            lexicon = default_lexicon()
        self.lexicon = lexicon
        self._sentences: OrderedDict[str, list[tuple[int, int, str]] | None] = OrderedDict()
        self._lock = threading.Lock()

    # -- public -------------------------------------------------------------------------

    def for_token(self, doc: Document, token: Token) -> Pronunciation | None:
        """The token's pronunciation in its sentence (None for punctuation and numbers)."""
        if not token.is_word or not token.norm:
            return None
        if token.elided:
            return self._elided(doc, token)
        found = self._word(doc, token)
        if found is None:
            return None
        ipa, source = found
        heard = False
        nxt = _neighbour(doc, token, 1)
        if "espeak" in source and nxt is not None and _may_liaise(token):
            # espeak sounds the liaison consonant as part of the word (dix amis: "diz").
            sound = LIAISON_SOUND.get(token.norm[-1], "")
            if sound and ipa.endswith(sound) and _ends_with_vowel(ipa[: -len(sound)]):
                if nxt.norm[:1] in _VOWEL_LETTERS and not _aspirated(nxt):
                    ipa, heard = ipa[: -len(sound)], True
        return Pronunciation(ipa, self._hint(doc, token, ipa, heard), source)

    def for_word(self, word: str, lemma: str = "", pos: str = "") -> Pronunciation | None:
        """A word out of context: its (lemma, POS) reading first, others as alternatives."""
        form = word.strip().lower().replace("\u2019", "'")
        if not form:
            return None
        readings = self.lexicon.pronunciations(form)
        if not readings:
            ipa = self._espeak_alone(form)
            return Pronunciation(ipa, source="espeak-ng") if ipa else None
        chosen = next(
            (r for r in readings if r[0] == lemma.lower() and (not pos or r[1] == pos)), None
        ) or next((r for r in readings if r[0] == lemma.lower()), None)
        first = lexique_ipa((chosen or readings[0])[2], form)
        others = []
        for _, _, code in readings:
            ipa = lexique_ipa(code, form)
            if ipa != first and ipa not in others:
                others.append(ipa)
        alternatives = () if chosen and lemma else tuple(others)
        return Pronunciation(first, source="Lexique 3.83", alternatives=alternatives)

    # -- the word itself ----------------------------------------------------------------

    def _word(self, doc: Document, token: Token) -> tuple[str, str] | None:
        form = token.norm
        readings = self.lexicon.pronunciations(form)
        codes = {code for _, _, code in readings}
        if form in CONTEXTUAL:
            ruled = self._rule(doc, token, form)
            if ruled:
                return ruled, "context rules"
        elif len(codes) == 1:
            return lexique_ipa(next(iter(codes)), form), "Lexique 3.83"
        heard = self._espeak_word(doc, token)
        if heard:
            candidates = {lexique_ipa(c, form) for c in codes}
            if candidates and form not in CONTEXTUAL:
                # espeak chose between Lexique's readings: show Lexique's form of that one.
                best = min(sorted(candidates), key=lambda c: edit_distance(c, heard))
                if edit_distance(best, heard) <= max(1, len(best) // 3):
                    return best, "Lexique 3.83 + espeak-ng"
            return heard, "espeak-ng"
        if readings:
            same = [c for lem, pos, c in readings if lem == token.lemma and pos == token.pos]
            return lexique_ipa((same or [readings[0][2]])[0], form), "Lexique 3.83"
        return None

    def _rule(self, doc: Document, token: Token, form: str) -> str:
        """Context rules for a few heteronyms; '' when espeak should decide."""
        prev = _neighbour(doc, token, -1)
        nxt = _neighbour(doc, token, 1)
        prev_norm = prev.norm if prev else ""
        next_norm = nxt.norm if nxt else ""
        if form == "est":
            if prev_norm == "l'" or (prev_norm == "d'" and next_norm == "en"):
                return "ɛst"  # the east
            return "ɛ"
        if form == "fils":
            before = [_neighbour(doc, token, -i) for i in (1, 2)]
            if any(t is not None and t.norm in _POSSESSIVES for t in before):
                return "fis"
            if nxt is not None and nxt.pos == "ADJ" and next_norm not in ("aîné", "cadet"):
                return "fil"  # fils électriques
            return "fis"  # the son is far more frequent (Lexique)
        if form == "tous":
            return "tu" if nxt is not None and nxt.pos == "DET" else "tus"
        if form == "plus":
            if _negated(doc, token) or prev_norm == "non":
                return "ply"  # ne ... plus, non plus
            if nxt is not None and nxt.pos in ("ADJ", "ADV") and next_norm not in ("que", "de"):
                return "ply"  # plus grand, plus souvent
            if nxt is None or nxt.is_punct or next_norm in ("de", "d'", "que", "qu'"):
                return "plys"  # plus de pain, j'en veux plus, plus que
            if prev_norm in ("en", "de", "au"):
                return "plys"  # en plus, de plus
            return ""
        if form in _NUMBERS:
            full, short = _NUMBERS[form]
            if nxt is None or not nxt.is_word or nxt.pos not in ("NOUN", "ADJ", "NUM"):
                return full  # il en a dix, dix pour cent
            if form == "neuf" and next_norm in ("ans", "heures", "hommes"):
                return "nœv"
            if next_norm[:1] in _VOWEL_LETTERS and not _aspirated(nxt):
                return short if form in ("dix", "six") else full  # dix‿amis, huit ans
            return short  # dix livres, huit jours
        return ""

    # -- espeak -------------------------------------------------------------------------

    def _sentence_words(self, doc: Document, token: Token) -> list[tuple[int, int, str]] | None:
        """(start, end, IPA) per whitespace chunk of the token's sentence; None if unaligned."""
        sentence = doc.sentences[token.sentence] if token.sentence < len(doc.sentences) else None
        start, end = (sentence.start, sentence.end) if sentence else (token.start, token.end)
        if end - start > MAX_SPAN:
            # A very long sentence (a list, a code block): espeak on the words around the
            # token only (~1 ms instead of tens), cut at spaces.
            lo = max(start, token.start - MAX_SPAN // 2)
            hi = min(end, token.end + MAX_SPAN // 2)
            space = doc.text.find(" ", lo, token.start)
            start = space + 1 if lo > start and space >= 0 else lo
            space = doc.text.rfind(" ", token.end, hi)
            end = space if hi < end and space >= 0 else hi
        text = doc.text[start:end]
        with self._lock:
            if text in self._sentences:
                self._sentences.move_to_end(text)
                found = self._sentences[text]
                return None if found is None else [(s + start, e + start, i) for s, e, i in found]
        aligned = _align(text)
        with self._lock:
            self._sentences[text] = aligned
            while len(self._sentences) > SENTENCE_CACHE:
                self._sentences.popitem(last=False)
        return None if aligned is None else [(s + start, e + start, i) for s, e, i in aligned]

    def _espeak_word(self, doc: Document, token: Token) -> str:
        """espeak's IPA of the token in its sentence ('' when espeak is unavailable)."""
        words = self._sentence_words(doc, token)
        chunk = None
        if words is not None:
            chunk = next(((s, e, i) for s, e, i in words if s <= token.start < e), None)
        if chunk is None:
            return self._espeak_window(doc, token)
        start, end, ipa = chunk
        # The chunk may hold an elided word before the token (l'est) or clitics after it.
        prefix = doc.text[start : token.start].lower().replace("\u2019", "'")
        if prefix:
            sound = ELIDED_IPA.get(prefix)
            if sound is None or not ipa.startswith(sound):
                return self._espeak_alone(token.text)
            ipa = ipa[len(sound) :]
        if doc.text[token.end : end].strip(".,;:!?»)\"'"):
            return self._espeak_alone(token.text)
        return ipa

    def _espeak_window(self, doc: Document, token: Token) -> str:
        nxt = _neighbour(doc, token, 1)
        alone = espeak_ipa(token.text)
        if not alone:
            return ""
        count = len(" ".join(alone).split())
        if nxt is not None:
            pair = espeak_ipa(f"{token.text} {nxt.text}")
            words = " ".join(pair or ()).split()
            if len(words) > count:
                return clean_espeak(" ".join(words[:count]))
        return clean_espeak(" ".join(" ".join(alone).split()))

    def _espeak_alone(self, text: str) -> str:
        clauses = espeak_ipa(text)
        return clean_espeak(" ".join(" ".join(clauses).split())) if clauses else ""

    # -- hints --------------------------------------------------------------------------

    def _elided(self, doc: Document, token: Token) -> Pronunciation | None:
        sound = ELIDED_IPA.get(token.norm)
        if sound is None:
            return None
        nxt = doc.tokens[token.joined_to] if 0 <= token.joined_to < len(doc.tokens) else None
        hint = ""
        if nxt is not None and nxt.is_word:
            found = self._word(doc, nxt)
            if found:
                hint = f"{token.text}{nxt.text} /{sound}{found[0]}/ (elision)"
        return Pronunciation(sound, hint, "rules")

    def _hint(self, doc: Document, token: Token, ipa: str, heard: bool = False) -> str:
        """Liaison with the next word, or the elision joining the previous word to this one."""
        nxt = _neighbour(doc, token, 1)
        if nxt is not None and doc.text[token.end : nxt.start] == " ":
            sound = self._liaison(token, nxt, ipa)
            if heard and not sound:
                sound = LIAISON_SOUND[token.norm[-1]]
            if sound:
                found = self._word(doc, nxt)
                if found:
                    return f"{token.text}‿{nxt.text} /{ipa}{sound}‿{found[0]}/"
        prev = _neighbour(doc, token, -1)
        if prev is not None and prev.elided and prev.joined_to == token.index:
            sound = ELIDED_IPA.get(prev.norm)
            if sound:
                return f"{prev.text}{token.text} /{sound}{ipa}/ (elision)"
        return ""

    def _liaison(self, token: Token, nxt: Token, ipa: str) -> str:
        """The liaison consonant sounded between `token` and `nxt` ('' when none)."""
        form = token.norm
        if not form or form in NEVER_LIAISON or not nxt.is_word or nxt.is_number:
            return ""
        sound = LIAISON_SOUND.get(form[-1])
        if sound is None or not _ends_with_vowel(ipa):
            return ""
        if not (
            token.pos in LIAISON_ALWAYS_POS
            or form in LIAISON_WORDS
            or (token.pos == "ADJ" and nxt.pos == "NOUN" and form[-1] in "sxdt")
            or (token.pos == "ADJ" and nxt.pos == "NOUN" and form.endswith("ier"))
        ):
            return ""
        if token.pos == "NOUN" or token.pos == "PROPN":
            return ""
        following = nxt.norm
        if not following or following[0] not in _VOWEL_LETTERS or _aspirated(nxt):
            return ""
        return sound


def _may_liaise(token: Token) -> bool:
    """Whether the token's final consonant letter may be a silent liaison consonant."""
    form = token.norm
    if form[-1:] == "r" and not form.endswith("er"):
        return False
    return form in LIAISON_WORDS or token.pos in ("DET", "NUM", "ADJ", "ADV", "PRON", "ADP")


def _aspirated(token: Token) -> bool:
    """True when `token` begins with an h aspiré (or is onze, huit, oui...): no liaison."""
    following = token.norm
    if any(following == h or following.startswith(h + "-") for h in H_ASPIRE):
        return True
    return following.startswith("h") and _lemma_aspirated(token)


def _lemma_aspirated(token: Token) -> bool:
    lemma = (token.lemma or "").lower()
    return lemma in H_ASPIRE or any(
        token.norm.startswith(h) and len(h) >= 5 for h in H_ASPIRE if h.startswith("h")
    )


def _neighbour(doc: Document, token: Token, step: int) -> Token | None:
    """The nearest token `step` words away in the same sentence (punctuation counts)."""
    index = token.index + step
    if 0 <= index < len(doc.tokens):
        other = doc.tokens[index]
        if other.sentence == token.sentence:
            return other
    return None


def _negated(doc: Document, token: Token) -> bool:
    """True when a 'ne' / "n'" comes earlier in the token's clause."""
    index = token.index - 1
    while index >= 0:
        other = doc.tokens[index]
        if other.sentence != token.sentence or other.norm in (",", ";", ":"):
            return False
        if other.norm in ("ne", "n'"):
            return True
        index -= 1
    return False


def _align(text: str) -> list[tuple[int, int, str]] | None:
    """espeak's IPA of `text`, one entry per whitespace chunk, or None when the counts differ."""
    clauses = espeak_ipa(text)
    if clauses is None:
        return None
    words = " ".join(clauses).split()
    chunks = []
    for match in _WORD.finditer(text):
        core = match.group()
        if not any(c.isalpha() for c in core):
            if any(c.isdigit() for c in core):
                return None  # numbers become several words
            continue
        if any(c.isdigit() for c in core):
            return None
        chunks.append((match.start(), match.end()))
    if len(chunks) != len(words):
        return None
    return [(s, e, clean_espeak(w)) for (s, e), w in zip(chunks, words, strict=True)]


def warm_up() -> None:
    """Load the pronouncer and libespeak-ng now (from a worker), so pop-ups never wait."""
    try:
        default_pronouncer()
        espeak_ipa("a")
    except Exception:  # a missing lexicon is reported where it is used
        log.exception("pronunciation could not be prepared")


_default: Pronouncer | None = None
_default_lock = threading.Lock()


def default_pronouncer() -> Pronouncer:
    """The process-wide pronouncer (on the shipped lexicon)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Pronouncer()
        return _default
