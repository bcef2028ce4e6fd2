"""Multi-word expressions (au moins, à plusieurs reprises, il y a trois ans) found in a document
and glossed as a unit.

Two sources: the curated patterns (assets/curated-glosses.tsv, POS "EXPR"), written by hand
with the context they need ("il y a +TIME": ago; "venir de +INF": have just), and the
dictionaries' multi-word headwords. A dictionary headword only matches where its words carry
meaning (not "comme pour", "y a", "comme cela": grammar words only), not where it is only verbs
and grammar words (se payer, revenir à: the verb is glossed alone, see _verbs_only), and never
where a curated pattern covers the same words (that pattern's context decides). A pattern part matches a token's
norm or lemma, or contiguous tokens ("mi - parcours"); slots in patterns:

  {PRON}  one personal pronoun (comme bon {PRON} sembler: lui, te, leur...)
  {REFL}  one reflexive pronoun (me, te, se, s', nous, vous)
  {NE?}   an optional ne / n'        {ADV?}  an optional adverb (engageons également à)
  {TIME}  a time phrase, part of the expression (d'ici une semaine, d'ici demain)
  {START} the unit opens its clause (first word, or after , ; : ( «): "{START} de plus":
          moreover, not "deux de plus"
  +INF    followed by an infinitive (not part of it)   +TIME  followed by a time phrase

Inside a unit, a degree adverb may stand before an adjective (en très mauvaise posture), and
after a reflexive pronoun (and its en, y) an auxiliary être with up to two adverbs (s'en est
bien tiré, ne s'est pas trompé).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .glossary import GlossResult, Sense, normalise_key

if TYPE_CHECKING:
    from .document import Document, Token
    from .glossary import BundledData, Glossary

# Headwords made only of these words are grammar, not expressions worth a gloss (de la, à la).
_GRAMMAR_WORDS = frozenset(
    "le la les l' un une des de du d' à au aux en et ou que qu' se s' ne n' y ce c' il elle "
    "on je j' tu nous vous ils elles me m' te t' lui leur son sa ses mon ma mes ton ta tes notre "
    "votre nos vos leurs qui quoi dont où par pour sur dans avec sans sous chez est a".split()
)
# Tokens that do not make a dictionary headword an expression on their own (comme pour, y a).
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM", "PROPN", "INTJ"})
_EMPTY_LEMMAS = frozenset("être avoir comme ne pas y en si cela ça ce ceci".split())
_PRONOUNS = frozenset("me m' te t' se s' lui leur nous vous".split())
_REFLEXIVE = frozenset("me m' te t' se s' nous vous".split())
_CLITICS = _PRONOUNS | frozenset("le la les l' y en".split())
_TIME_NOUNS = frozenset(
    "seconde minute heure jour journée semaine mois an année siècle décennie instant moment "
    "temps week-end soir soirée matin matinée nuit printemps été automne hiver fin veille "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
    "juillet août septembre octobre novembre décembre".split()
)
_TIME_WORDS = frozenset("demain longtemps peu là hier bientôt".split())
# Degree adverbs that may stand inside a unit before its adjective: en (très) mauvaise posture.
_DEGREE = frozenset("très bien fort si trop assez plutôt vraiment tout aussi plus".split())
_VERB_DEGREE = frozenset("très bien fort vraiment trop assez tellement".split())
_SE = frozenset("se s' me m' te t'".split())
# Verbs whose que-clause "bien" strengthens (notez bien que, je sais bien que): "bien que" after
# them is not the conjunction "although".
_BIEN_QUE_VERBS = frozenset(
    "noter savoir voir comprendre dire penser croire sentir douter remarquer rappeler "
    "constater entendre imaginer admettre reconnaître préciser souligner retenir vérifier "
    "assurer vouloir aimer espérer sembler paraître montrer prouver expliquer indiquer "
    "observer apercevoir deviner supposer comprendre avouer répéter affirmer garder".split()
)
_PART_RE = re.compile(r"\{[A-Za-z]+\??\}|\+[A-Za-z]+|[^\s']+'?|'")


@dataclass(frozen=True, slots=True)
class Expression:
    """Tokens [first_token, last_token) of the document form the expression `key`; `start`,
    `end` are its characters in the document text, `result` its gloss."""

    first_token: int
    last_token: int  # exclusive
    key: str
    result: GlossResult
    start: int = -1
    end: int = -1

    @property
    def gloss(self) -> str:
        """The expression's first English gloss ('' when none)."""
        return self.result.first_gloss

    def to_dict(self, text: str = "") -> dict:
        """A JSON-friendly dict (`analyze --glosses`)."""
        return {
            "key": self.key,
            "text": text,
            "start": self.start,
            "end": self.end,
            "first_token": self.first_token,
            "last_token": self.last_token,
            "gloss": self.gloss,
            "senses": [s.text for s in self.result.senses],
            "source": self.result.source,
        }


def key_parts(key: str) -> tuple[str, ...]:
    """ "à l'égard de" -> ('à', "l'", 'égard', 'de'); hyphenated words stay whole."""
    return tuple(_PART_RE.findall(normalise_key(key)))


def _is_grammar(parts: tuple[str, ...]) -> bool:
    return all(p in _GRAMMAR_WORDS for p in parts)


def _index_words(parts: tuple[str, ...]) -> set[str]:
    """Where a headword is indexed: its first part, and the first piece of a hyphenated first
    part (a tokenizer may split "mi-parcours" into mi | - | parcours)."""
    return {parts[0], parts[0].split("-")[0]} - {""}


# -- curated patterns -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pattern:
    parts: tuple[str, ...]  # literal words and slots; lookaheads stripped
    ahead: str  # '' | 'INF' | 'TIME'
    key: str  # how it is shown: the table's note, else its literal words
    bare: str  # its literal words: the dictionary headword it covers
    senses: tuple[str, ...]


_patterns_cache: list[_Pattern] | None = None


def curated_patterns() -> list[_Pattern]:
    """The curated expressions (assets/curated-glosses.tsv, POS EXPR), most specific first."""
    global _patterns_cache
    if _patterns_cache is None:
        from .curated import all_entries

        out = []
        for entry in all_entries():
            if entry.pos != "EXPR":
                continue
            tokens = tuple(t.upper() if t[0] in "{+" else t for t in key_parts(entry.lemma))
            ahead = next((t[1:] for t in tokens if t.startswith("+")), "")
            parts = tuple(t for t in tokens if not t.startswith("+"))
            bare = " ".join(p for p in parts if not p.startswith("{")).replace("' ", "'")
            out.append(_Pattern(parts, ahead, entry.note or bare, bare, entry.senses))
        out.sort(key=lambda p: (-len(p.parts), not p.ahead))
        _patterns_cache = out
    return _patterns_cache


def _time_phrase(tokens: list[Token], j: int, sentence: int) -> int:
    """Index after a time phrase starting at j (une semaine, trois ans, demain), or -1."""
    if j < len(tokens) and tokens[j].sentence == sentence and tokens[j].norm in _TIME_WORDS:
        return j + 1
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].sentence == sentence:
        tok = tokens[k]
        if tok.lemma in _TIME_NOUNS and tok.pos in ("NOUN", "PROPN"):
            return k + 1
        if tok.pos not in ("DET", "NUM", "ADJ") and not tok.is_number:
            return -1
        k += 1
    return -1


def _followed_by_infinitive(tokens: list[Token], j: int) -> bool:
    while j < len(tokens) and tokens[j].norm in _CLITICS:
        j += 1
    return j < len(tokens) and "VerbForm=Inf" in tokens[j].morph


# A unit's last word de / à also matches its contraction with the article (lors du
# martellement, grâce au vent, à cause des pluies).
_CONTRACTIONS = {"de": ("du", "des"), "à": ("au", "aux")}


def _match_part(tokens: list[Token], j: int, part: str, last: bool = False) -> int:
    """Index after `part` matched at token j, or -1. A part may span contiguous tokens."""
    n = len(tokens)
    if j >= n:
        return -1
    tok = tokens[j]
    if part in (tok.norm, tok.lemma) or (last and tok.norm in _CONTRACTIONS.get(part, ())):
        return j + 1
    if tok.pos == "ADJ" and part.endswith("er") and tok.lemma == part[:-2] + "é":
        return j + 1  # an -er verb's participle tagged as an adjective: s'est trompé, tiré
    text, k = tok.norm, j
    while len(text) < len(part) and k + 1 < n and tokens[k + 1].start == tokens[k].end:
        k += 1
        text += tokens[k].norm
    return k + 1 if text == part else -1


def _opens_clause(tokens: list[Token], i: int) -> bool:
    """Token i is the first of its sentence or follows , ; : ( « — (a clause's first word)."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return True
    return tokens[i - 1].text in (",", ";", ":", "(", "«", "—", "–", "-")


def _degree_inside(tokens: list[Token], j: int, part: str, last: bool, verb: bool = False) -> int:
    """Index after "très mauvaise" matching the part "mauvaise" at token j (a degree adverb
    before the unit's adjective), or -1. In a unit opening with a verb the adverb may stand
    before its noun too (faire très attention, avoir bien envie de, prendre bien soin)."""
    if j + 1 >= len(tokens) or tokens[j + 1].sentence != tokens[j].sentence:
        return -1
    if tokens[j].norm in _DEGREE and tokens[j + 1].pos == "ADJ":
        return _match_part(tokens, j + 1, part, last)
    if verb and tokens[j].norm in _VERB_DEGREE and tokens[j + 1].pos == "NOUN":
        return _match_part(tokens, j + 1, part, last)
    return -1


def _after_reflexive(tokens: list[Token], j: int) -> int:
    """After a reflexive pronoun: the index past an auxiliary être and up to two adverbs (s'est
    bien tiré, s'est pas trompé), or j when none stands there."""
    if j >= len(tokens) or tokens[j].lemma != "être" or tokens[j].pos != "AUX":
        return j
    k = j + 1
    while k < len(tokens) and k - j <= 2 and tokens[k].pos == "ADV" and tokens[k].norm != "ne":
        k += 1
    return k


# The person a reflexive pronoun other than se asks of its verb (vous vous demandez: wonder;
# ils vous demandent: ask you, the pronoun is the object).
_PERSON = {"me": "1", "m'": "1", "te": "2", "t'": "2", "nous": "1", "vous": "2"}
_PLURAL_ENDINGS = {"nous": ("ons", "mes"), "vous": ("ez", "tes")}


def _reflexive_agrees(tokens: list[Token], j: int) -> bool:
    """me, te, nous, vous at j are reflexive only before a verb of their own person (or an
    infinitive, an imperative, a form the tagger gave no person): ils vous demandent de vous
    identifier is "ask you", not se demander; cela vous servira de guide is not se servir de."""
    person = _PERSON.get(tokens[j].norm)
    if person is None:
        return True
    k = j + 1
    while k < len(tokens) and tokens[k].norm in ("en", "y"):
        k += 1
    if k >= len(tokens) or tokens[k].pos not in ("VERB", "AUX"):
        return True
    verb = tokens[k]
    if "VerbForm=Inf" in verb.morph or "VerbForm=Part" in verb.morph:
        return True
    # the ending says the person of nous and vous better than the tagger (qui vous servira de
    # modèle: tagged second person)
    if tokens[j].norm in _PLURAL_ENDINGS:
        return verb.norm.endswith(_PLURAL_ENDINGS[tokens[j].norm])
    has = re.search(r"Person=(\d)", verb.morph)
    return has is None or has.group(1) == person


def _match_pattern(tokens: list[Token], i: int, pattern: _Pattern) -> int:
    """Index after the pattern matched at token i (lookahead checked), or -1."""
    j, sentence = i, tokens[i].sentence
    reflexive = False
    for k, part in enumerate(pattern.parts):
        tok = tokens[j] if j < len(tokens) else None
        last = k == len(pattern.parts) - 1 and not pattern.ahead
        if part == "{START}":
            if not _opens_clause(tokens, i):
                return -1
            continue
        if reflexive and part not in ("en", "y"):
            j = _after_reflexive(tokens, j)
            tok = tokens[j] if j < len(tokens) else None
            reflexive = False
        if part == "{NE?}":
            j += 1 if tok is not None and tok.norm in ("ne", "n'") else 0
        elif part == "{ADV?}":
            j += 1 if tok is not None and tok.pos == "ADV" and tok.norm not in ("ne", "n'") else 0
        elif part in ("{PRON}", "{REFL}"):
            allowed = _PRONOUNS if part == "{PRON}" else _REFLEXIVE
            if tok is None or tok.norm not in allowed:
                return -1
            if part == "{REFL}" and not _reflexive_agrees(tokens, j):
                return -1
            reflexive = part == "{REFL}" and tok.norm in _SE
            j += 1
        elif part == "{TIME}":
            j = _time_phrase(tokens, j, sentence)
        else:
            at = j
            j = _match_part(tokens, j, part, last)
            if j < 0 and k > 0 and at > i:
                verb = tokens[i].pos in ("VERB", "AUX")
                j = _degree_inside(tokens, at, part, last, verb)
                at = j - 1 if j > 0 else at
            if j == at + 1 and _number_changed(pattern.parts[0], tokens[at], part):
                return -1  # "de suite" is not "de suites"
            if part not in ("en", "y"):  # s'en est tiré: the auxiliary follows the clitic
                reflexive = False
        if j < 0 or (j > i and tokens[j - 1].sentence != sentence):
            return -1
    if pattern.ahead == "INF" and not _followed_by_infinitive(tokens, j):
        return -1
    if pattern.ahead == "TIME" and _time_phrase(tokens, j, sentence) < 0:
        return -1
    if not _context_ok(pattern.bare, tokens, i, j):
        return -1
    return j


def _context_ok(key: str, tokens: list[Token], i: int, end: int) -> bool:
    """The words around a few units that are something else elsewhere: "bien que" after notez,
    sais (bien strengthens the verb); "de plus" before an adjective or a number (de plus amples
    détails, de plus de 16 pages: more); "de suite" not after a count of times (les noms de
    suite: a suite's names; trois jours de suite: in a row); "à deux" only closing its phrase
    (vivre à deux: together; not à deux voix)."""
    if key == "bien que":
        return not _verb_before_bien(tokens, i)
    if key == "une fois de plus":  # joué une fois de plus que le nombre indiqué: one more time
        return end >= len(tokens) or tokens[end].norm not in ("que", "qu'")
    if key == "de plus":
        nxt = tokens[end] if end < len(tokens) else None
        return (
            nxt is None
            or nxt.is_punct
            or (nxt.pos not in ("ADJ", "NOUN", "NUM", "ADV") and nxt.norm not in _NOT_AFTER_DE_PLUS)
        )
    if key == "à deux":  # à deux voix, à deux lettres: the number of the noun after it
        return (
            end >= len(tokens) or tokens[end].is_punct or tokens[end].sentence != tokens[i].sentence
        )
    if key == "en ligne":  # en ligne droite, en ligne de commande, de mire: not online
        nxt = tokens[end] if end < len(tokens) else None
        return (
            nxt is None
            or nxt.sentence != tokens[i].sentence
            or (nxt.pos != "ADJ" and nxt.norm not in _DE_FORMS | _LINE_SHAPES)
        )
    if key in _NOT_BEFORE_DE:  # du reste de son environnement, le bon mot de passe
        nxt = tokens[end] if end < len(tokens) else None
        return nxt is None or nxt.sentence != tokens[i].sentence or nxt.norm not in _DE_FORMS
    if key == "en fait de":  # En fait de musique: as for; not "c'est en fait de la folie"
        nxt = tokens[end] if end < len(tokens) else None
        return (
            tokens[end - 1].norm in ("de", "d'")
            and nxt is not None
            and nxt.sentence == tokens[i].sentence
            and nxt.pos in ("NOUN", "ADJ", "PROPN")
        )
    if key == "sur le point de":  # sur le point de partir: about to; le point de la boîte
        return _followed_by_infinitive(tokens, end)
    if key == "de suite":
        prev = tokens[i - 1] if i > 0 else None
        return prev is not None and prev.sentence == tokens[i].sentence and prev.lemma in _TIMES
    return True


_NOT_AFTER_DE_PLUS = frozenset("de d' du des que qu' en ou".split())
# Units that are something else before de: du reste de (from the rest of), le bon mot de passe
# (the right password)
_NOT_BEFORE_DE = frozenset(("du reste", "bon mot"))
_DE_FORMS = frozenset("de d' du des".split())
_LINE_SHAPES = frozenset("droite directe brisée courbe continue pointillée".split())
# what "de suite" counts (trois fois de suite, deux jours de suite): in a row
_TIMES = _TIME_NOUNS | frozenset("fois coup match partie victoire défaite".split())


def _verb_before_bien(tokens: list[Token], i: int) -> bool:
    """notez bien que, je sais bien que: "bien" strengthens the verb whose clause follows (not
    the conjunction "bien que", although)."""
    k = i - 1
    while k >= 0 and tokens[k].sentence == tokens[i].sentence and tokens[k].norm in _CLITICS:
        k -= 1
    if k < 0 or tokens[k].sentence != tokens[i].sentence:
        return False
    prev = tokens[k]
    return prev.pos in ("VERB", "AUX") and prev.lemma in _BIEN_QUE_VERBS


_SLOT_WORDS = {"{PRON}": _PRONOUNS, "{REFL}": _REFLEXIVE}


def _curated_index() -> dict[str, list[_Pattern]]:
    """First word -> the patterns starting with it (a pronoun slot: each of its pronouns)."""
    index: dict[str, list[_Pattern]] = {}
    for pattern in curated_patterns():
        first = pattern.parts[1] if pattern.parts[0] == "{START}" else pattern.parts[0]
        words = _SLOT_WORDS.get(first) or (_index_words((first,)) if first[0] != "{" else ())
        for word in words:
            index.setdefault(word, []).append(pattern)
    return index


def _curated_result(pattern: _Pattern) -> GlossResult:
    return GlossResult(
        query=pattern.key,
        lemma=pattern.key,
        senses=tuple(Sense(s, False, "curated") for s in pattern.senses),
        source="curated",
        found=True,
    )


def lookup_expression(text: str, glossary) -> GlossResult:
    """The gloss of an expression given as text (a teacher's selection "à plusieurs
    reprises"): the user's own, else the curated pattern made of these words, else the
    dictionaries'."""
    key = normalise_key(text)
    result = glossary.lookup(key)
    if result.source == "user":
        return result
    parts = key_parts(key)
    # out of context, a pattern that needs what follows (il y a +TIME: ago) comes last
    for pattern in sorted(curated_patterns(), key=lambda p: bool(p.ahead)):
        if parts in (key_parts(pattern.bare), key_parts(pattern.key)):
            return _curated_result(pattern)
    return result


# -- dictionary headwords ---------------------------------------------------------------------

_index_cache: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def expression_index(data: BundledData) -> dict[str, list[tuple[str, ...]]]:
    """First part -> the parts of every multi-word headword starting with it, longest first
    (headwords a curated pattern covers left out: the pattern decides there)."""
    cached = _index_cache.get(id(data))
    if cached is not None:
        return cached
    covered = {key_parts(p.bare) for p in curated_patterns()}
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in data.multiword_keys():
        parts = key_parts(key)
        if parts and not _is_grammar(parts) and parts not in covered:
            for first in _index_words(parts):
                index.setdefault(first, []).append(parts)
    for lst in index.values():
        lst.sort(key=lambda p: (-len(p), p))
    _index_cache[id(data)] = index
    return index


# Headwords opening with a preposition are adverbial or prepositional phrases (de préférence,
# en fait, à peine, dans l'intervalle): their nouns do not inflect.
_ADVERBIAL_START = frozenset("à au aux de du des en dans par pour sans sous sur avec entre".split())


def _match(tokens: list[Token], i: int, parts: tuple[str, ...]) -> int:
    """Index after the match of `parts` at token i, or -1."""
    j = i
    for k, part in enumerate(parts):
        at = j
        j = _match_part(tokens, j, part, k == len(parts) - 1)
        if j < 0 and k > 0:
            verb = tokens[i].pos in ("VERB", "AUX")
            j = _degree_inside(tokens, at, part, k == len(parts) - 1, verb)
            at = j - 1 if j > 0 else at
        if j < 0:
            return -1
        if j == at + 1 and _number_changed(parts[0], tokens[at], part):
            return -1  # "de préférence" keeps its number ("fichier de préférences" is not it);
            # a compound noun does not: mots de passe, courriers électroniques
    return j


def _number_changed(first: str, tok: Token, part: str) -> bool:
    """A unit opening with a preposition (de préférence, de suite, de nouveau) matched on its
    noun's or adjective's other form (de préférences, de nouveaux fichiers): not the unit."""
    return (
        first in _ADVERBIAL_START
        and tok.pos in ("NOUN", "ADJ")
        and tok.norm != part
        and tok.lemma == part
    )


def _carries_meaning(tokens: list[Token]) -> bool:
    """A dictionary headword matched on these tokens is an expression only if one of them is
    a content word (not comme pour, y a, comme cela)."""
    return any(
        t.pos in _CONTENT_POS and t.lemma not in _EMPTY_LEMMAS and t.norm not in _EMPTY_LEMMAS
        for t in tokens
    )


def _verbs_only(tokens: list[Token]) -> bool:
    """True when a dictionary headword matched on these tokens is verbs with grammar words
    only (se payer, revenir à, correspond à, faire avancer): its dictionary gloss is a special
    sense ("cost", "respond", "drive on") the literal reading rarely has, so the verb is glossed
    alone; the idioms a reader needs are curated patterns (s'agir de, se rendre compte)."""
    content = [
        t
        for t in tokens
        if t.pos in _CONTENT_POS and t.lemma not in _EMPTY_LEMMAS and t.norm not in _EMPTY_LEMMAS
    ]
    return bool(content) and all(t.pos in ("VERB", "AUX") for t in content)


# -- finding them -----------------------------------------------------------------------------


def find_expressions(doc: Document, glossary: Glossary) -> list[Expression]:
    """Non-overlapping expressions in reading order: at each token, the user's expressions,
    then curated patterns, then dictionary headwords, longest first."""
    index = expression_index(glossary.data)
    user: dict[str, list[tuple[str, ...]]] = {}
    if glossary.user is not None:
        for entry in glossary.user.all(classes=True):  # a teacher's expressions too
            parts = key_parts(entry.lemma)
            if len(parts) > 1 or "-" in entry.lemma:
                for first in _index_words(parts):
                    user.setdefault(first, []).append(parts)
    curated = _curated_index()
    index, user, curated = _Sorted(index), _Sorted(user), _Sorted(curated)
    out: list[Expression] = []
    for tokens in _stretches(doc):
        i = 0
        while i < len(tokens):
            found = (
                _expression_at(tokens, i, glossary, index, user, curated)
                if tokens[i].is_word
                else None
            )
            if found is None:
                i += 1
                continue
            end, key, result = found
            first, last = tokens[i], tokens[end - 1]
            out.append(Expression(first.index, last.index + 1, key, result, first.start, last.end))
            i = end
    return out


# A stretch of tokens searched as one list: a paragraph, cut between two sentences once this
# long (bounded memory on a text with no paragraph breaks).
_STRETCH_TOKENS = 4_096


def _stretches(doc: Document) -> Iterator[list[Token]]:
    """The document's tokens as lists, each a paragraph or whole sentences of one: an
    expression lies within a sentence, and the search reads each token many times (a
    document's packed tokens build a new Token at every read: 87 reads a token made the
    search of a 724k-token book take 155 s, each token built once it takes ~20)."""
    stretch: list[Token] = []
    for tok in doc.tokens:
        if stretch and (
            tok.paragraph != stretch[-1].paragraph
            or (len(stretch) >= _STRETCH_TOKENS and tok.sentence != stretch[-1].sentence)
        ):
            yield stretch
            stretch = []
        stretch.append(tok)
    if stretch:
        yield stretch


class _Sorted:
    """A table's candidates for a token (`_candidates`), sorted once a norm and lemma: the
    search asks for them at every word (most words of a book are words seen before)."""

    __slots__ = ("table", "_memo")

    def __init__(self, table: dict) -> None:
        self.table = table
        self._memo: dict[tuple[str, str], list] = {}

    def __bool__(self) -> bool:
        return bool(self.table)

    def __call__(self, tok: Token) -> list:
        key = (tok.norm, tok.lemma)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = _candidates(self.table, tok)
        return got


def _candidates(table: dict, tok: Token) -> list:
    """Entries indexed under the token's norm or lemma, longest (then most specific) first."""
    got = list(table.get(tok.norm, []))
    if tok.lemma != tok.norm:
        got += [c for c in table.get(tok.lemma, []) if c not in got]
    return sorted(got, key=_specificity)


def _specificity(entry) -> tuple[int, bool]:
    if isinstance(entry, _Pattern):
        return -len(entry.parts), not entry.ahead
    return -len(entry), False


def _expression_at(tokens, i, glossary, index, user, curated):
    """(end, key, gloss) of the expression starting at token i, or None. The user's own
    expressions win, also over a longer one that would swallow their first word."""
    found = _user_at(tokens, i, glossary, user)
    if found is not None:
        return found
    tok = tokens[i]
    for pattern in curated(tok):
        end = _match_pattern(tokens, i, pattern)
        if end - i >= 2 and not _user_inside(tokens, i, end, glossary, user):
            return end, pattern.key, _curated_result(pattern)
    for parts in index(tok):
        end = _match(tokens, i, parts)
        if end - i < 2 or tokens[end - 1].sentence != tok.sentence:
            continue
        if not _carries_meaning(tokens[i:end]) or _verbs_only(tokens[i:end]):
            continue
        if not _context_ok(" ".join(parts), tokens, i, end):
            continue
        if _user_inside(tokens, i, end, glossary, user):
            continue
        key = " ".join(parts).replace("' ", "'")
        result = glossary.lookup(key)
        if result.senses:
            return end, key, result
    return None


def _user_at(tokens, i, glossary, user):
    for parts in user(tokens[i]) if user else ():
        end = _match(tokens, i, parts)
        if end - i >= 2 and tokens[end - 1].sentence == tokens[i].sentence:
            key = " ".join(parts).replace("' ", "'")
            result = glossary.lookup(key)
            if result.senses:
                return end, key, result
    return None


def _user_inside(tokens, i, end, glossary, user) -> bool:
    return bool(user) and any(_user_at(tokens, k, glossary, user) for k in range(i + 1, end))
