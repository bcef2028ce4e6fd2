"""Gloss lookup: bundled FreeDict / WikDict / pivot data (assets/glossary-*.sqlite) + user overrides.

Lookup order (measured, see tools/build_glossary.py and the glossary notes): keys from the
token's own analysis first (spaCy lemma, the surface form, Lexique lemmas for the token's POS),
FreeDict before the approximate pivot, the entry whose POS matches winning; only then lemmas
of other parts of speech (so "garanties" is the noun "garantie", not the verb "garantir").
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import acronyms, derivation, french, nonwords, spelling, thesaurus
from .curated import curated_entries
from .french import article_for as article_for  # one rule, in french.py

if TYPE_CHECKING:
    from .document import Token
    from .store import Store
    from .user_glossary import UserGlossary

# (U+2010 and U+2011 are hyphens some typesetting writes: en\u2010tête is en-tête)
_KEY_MAP = str.maketrans(
    {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00a0": " ", "\u2010": "-", "\u2011": "-"}
)
FILES = {
    "ranked": "glossary-ranked.sqlite",
    "freedict": "glossary-freedict.sqlite",
    "pivot": "glossary-pivot.sqlite",
    "wikdict": "glossary-wikdict.sqlite",
    "lexique": "glossary-lexique.sqlite",
}
# Dictionary POS that answer a token's POS (avoir/être are VERB entries; names may be nouns).
_POS_EQUIV = {"AUX": "VERB", "PROPN": "NOUN", "SCONJ": "CCONJ"}
_CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV")
# Source families of the ranked entries (tools/glossary_evidence.py) as users read them.
FAMILY_NAMES = {
    "fd": "freedict",
    "rev": "freedict-reverse",
    "deu": "german-pivot",
    "nld": "dutch-pivot",
    "cat": "apertium-catalan",
    "spa": "apertium-spanish",
    "epo": "apertium-esperanto",
}
# Entry sources, best first at equal POS and gender: the evidence-ranked entries, FreeDict,
# the approximate pivot.
# A verb built on its noun's English is rarer than this (Zipf: once per million words).
_MAX_NOUN_VERB_ZIPF = 3.0
# The most senses a verb may have for its -age or -eur noun to be built on its first one.
_MAX_ACTION_SENSES = 2
_SOURCE_RANK = {"ranked": 0, "freedict": 1, "pivot": 2, "parts": 3}
# Origins of glosses derived at build time (tools/glossary_derive.py): "+ment" adverbs and
# "+prefix" compound prefixes are approximate; "+expression" glosses name their expression.
_DERIVED = ("+ment", "+prefix", "+expression", "+derivation")
_APPROXIMATE = ("+ment", "+prefix", "+derivation")
# Regular derivations for words no dictionary has, by suffix (French -> English): the
# English word is built, never looked up, so it is shown as approximate.
_SUFFIXES = (
    ("isation", "ization"),
    ("ation", "ation"),
    ("aison", "ation"),  # terminaison: termination
    ("uel", "ual"),  # textuel: textual
    ("ité", "ity"),
    ("isme", "ism"),
    ("iste", "ist"),
    ("ique", "ic"),
    ("iser", "ize"),
    ("isé", "ized"),
    ("ment", "ment"),
)
_SUFFIX_POS = {"iser": "VERB", "isé": "ADJ", "ique": "ADJ", "uel": "ADJ"}
# The first part of a hyphenated compound that is a prefix, not the word it spells (sur-
# is "over", not "on"; dé- and ré- are not "dice" and "D"): its English, or '' for none.
_COMPOUND_PREFIXES = {
    "sur": "over",
    "pré": "pre",
    "non": "non",
    "franco": "Franco",  # franco-anglais is not "stamped + English"
    "ex": "ex",
    "dé": "",
    "dés": "",
    "ré": "",
    "re": "",
}
# Prefixes French writes joined to the word, sometimes with a hyphen (ré-ouvrir: réouvrir).
_JOINED_PREFIXES = frozenset(("re", "ré", "dé", "dés", "auto", "pré", "co", "multi", "sous"))
# Endings of regular -er verb forms, longest first (désactivera: désactiver).
_ER_ENDINGS = (
    "eraient", "erions", "eriez", "erais", "erait", "erons", "eront", "erez", "erai",
    "eras", "era", "ions", "iez", "ais", "ait", "aient", "ant", "ons", "ez", "ent", "ées",
    "és", "ée", "é", "es", "e",
)  # fmt: skip
# ... and those a form tagged as a noun may have (modélise, éditant, déconseillons).
_NOT_NOUN_ENDINGS = tuple(
    e for e in _ER_ENDINGS if e.startswith("er") or e in ("ons", "ez", "ant", "e")
)
# the French word the derived one is built on must be known: stem + one of these
_BASE_ENDINGS = ("", "e", "er", "ie", "é", "ir", "iser")
_MIN_STEM = 4
# Pivot words a FreeDict entry lacks (conférence: conference), shown after its senses as one
# approximate sense; never an entry of their own.
_SUPPLEMENT = "+supplement"
MAX_SUPPLEMENT_WORDS = 4
MAX_EXTRA_AFTER_CURATED = 2
ENGLISH_NOTE = "an English word in the French text"
# A hyphenated word no dictionary has, glossed part by part (avant-poste: before + post).
WORD_BY_WORD_NOTE = "word by word: no dictionary has this compound"
_CONTENT = {"NOUN", "VERB", "ADJ"}
# Pronouns joined to a verb by a hyphen (est-elle, dis-moi, va-t-il, allons-y).
_CLITICS = frozenset(
    "je tu il elle on nous vous ils elles t ce moi toi lui leur y en le la les".split()
)


# A sense's first gloss ends at ", " outside brackets: "programme (TV, radio), show" ->
# "programme (TV, radio)".
_FIRST_PART = re.compile(r", (?![^()]*\))")


def _first_part(text: str) -> str:
    return _FIRST_PART.split(text, maxsplit=1)[0]


def normalise_key(text: str) -> str:
    """The dictionary key for a word: NFC, lower case, ' for ’, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_KEY_MAP).lower()
    return " ".join(text.split())


def _pos_class(pos: str) -> str:
    return _POS_EQUIV.get(pos, pos)


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense: its English glosses (comma-separated, best first)."""

    text: str
    approximate: bool = False
    # user | freedict | pivot | parts (a compound glossed part by part) | curated, or the
    # families that agree on a ranked sense: "freedict+apertium-catalan+dutch-pivot"
    source: str = ""


@dataclass(frozen=True, slots=True)
class OtherEntry:
    """Another entry of the same word (la livre besides le livre), shown below the first."""

    lemma: str
    pos: str
    gender: str
    article: str
    senses: tuple[Sense, ...]

    @property
    def first_gloss(self) -> str:
        return _first_part(self.senses[0].text) if self.senses else ""


@dataclass(frozen=True, slots=True)
class GlossResult:
    """What a word means in context; found=False (and empty fields) when nothing is known."""

    query: str
    lemma: str = ""
    pos: str = ""
    gender: str = ""  # 'm' | 'f' | ''
    article: str = ""  # 'le' | 'la' | "l'" | 'les' | ''
    senses: tuple[Sense, ...] = ()
    form_line: str = ""  # "déclaré: participe passé de déclarer"
    definition_fr: str = ""
    source: str = ""  # user | curated | ranked | freedict | pivot | parts | definition | ''
    found: bool = False
    others: tuple[OtherEntry, ...] = ()  # other entries of the word (other gender or POS)
    unsure: bool = False  # the context did not settle which entry is meant
    note: str = ""  # a curated note ("false friend: not 'eventual'")

    @property
    def first_gloss(self) -> str:
        """The gloss a learner needs first ('' when there is no English gloss)."""
        return _first_part(self.senses[0].text) if self.senses else ""

    @property
    def approximate(self) -> bool:
        """True when the first gloss comes from the approximate pivot."""
        return bool(self.senses) and self.senses[0].approximate

    def to_dict(self) -> dict:
        """A JSON-friendly dict (CLI, exports)."""
        return {
            "query": self.query,
            "found": self.found,
            "lemma": self.lemma,
            "pos": self.pos,
            "gender": self.gender,
            "article": self.article,
            "first_gloss": self.first_gloss,
            "approximate": self.approximate,
            "senses": [
                {"text": s.text, "approximate": s.approximate, "source": s.source}
                for s in self.senses
            ],
            "form_line": self.form_line,
            "definition_fr": self.definition_fr,
            "source": self.source,
            "note": self.note,
            "unsure": self.unsure,
            "others": [
                {
                    "lemma": o.lemma,
                    "pos": o.pos,
                    "gender": o.gender,
                    "article": o.article,
                    "senses": [
                        {"text": s.text, "approximate": s.approximate, "source": s.source}
                        for s in o.senses
                    ],
                }
                for o in self.others
            ],
        }


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    pos: str
    gender: str
    senses: tuple[tuple[str, ...], ...]
    source: str  # ranked | freedict | pivot
    origin: str = ""  # fra-eng | eng-fra | fra-deu+deu-eng | ...+ment | ...+expression
    # ranked entries: per sense, its source families ("fd+cat") and whether it is approximate
    families: tuple[str, ...] = ()
    approx: tuple[bool, ...] = ()

    @property
    def approximate(self) -> bool:
        """Pivot glosses and glosses derived from another word are approximate."""
        if self.source == "ranked":
            return bool(self.approx) and self.approx[0]
        return self.source == "pivot" or self.origin.endswith(_APPROXIMATE)

    def sense_list(self, approx_all: bool = False) -> tuple[Sense, ...]:
        """The entry's senses as shown (ranked senses carry their families)."""
        if self.source == "ranked":
            return tuple(
                Sense(", ".join(s), approx_all or a, _family_names(f))
                for s, a, f in zip(self.senses, self.approx, self.families, strict=True)
            )
        approx = approx_all or self.approximate
        return tuple(Sense(", ".join(s), approx, self.source) for s in self.senses)

    @property
    def supplement(self) -> bool:
        """True for the pivot's extra words for a FreeDict entry (not an entry of its own)."""
        return self.origin.endswith(_SUPPLEMENT)

    @property
    def derived(self) -> bool:
        """True for glosses the build derived from other entries (not a headword's own)."""
        return self.origin.endswith(_DERIVED)


@dataclass(frozen=True, slots=True)
class Form:
    """A Lexique row: an inflected form of a lemma."""

    form: str
    lemma: str
    pos: str
    gender: str
    number: str
    verb: str  # "ind:pre:3s;sub:pre:1s"
    freq: float


class BundledData:
    """Read-only access to the shipped glossary files (rows cached per key)."""

    def __init__(self, directory=None):
        from .paths import assets_dir

        base = directory if directory is not None else assets_dir()
        self._lock = threading.Lock()
        self._conns = {}
        for name, filename in FILES.items():
            path = base / filename
            if not path.is_file():
                raise FileNotFoundError(f"Glossary data missing: {path}")
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            self._conns[name] = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.entries = lru_cache(maxsize=65536)(self._entries)
        self.forms = lru_cache(maxsize=65536)(self._forms)
        self.wikdict = lru_cache(maxsize=65536)(self._wikdict)
        self.is_english = lru_cache(maxsize=4096)(self._is_english)

    def _query(self, name: str, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            return self._conns[name].execute(sql, params).fetchall()

    def _entries(self, key: str) -> tuple[_Entry, ...]:
        out = []
        rows = self._query(
            "ranked",
            "SELECT pos, gender, senses, sources, approximate FROM entries WHERE key = ? "
            "ORDER BY rowid",
            (key,),
        )
        for pos, gender, senses, sources, approx in rows:
            parsed = tuple(tuple(s) for s in json.loads(senses))
            fams = tuple("+".join(f) for f in json.loads(sources))
            flags = tuple(c == "1" for c in approx)
            out.append(_Entry(key, pos, gender, parsed, "ranked", "ranked", fams, flags))
        for source in ("freedict", "pivot"):
            rows = self._query(
                source,
                "SELECT pos, gender, senses, origin FROM entries WHERE key = ? ORDER BY rowid",
                (key,),
            )
            for pos, gender, senses, origin in rows:
                parsed = tuple(tuple(s) for s in json.loads(senses))
                out.append(_Entry(key, pos, gender, parsed, source, origin))
        return tuple(out)

    def _is_english(self, word: str) -> bool:
        """True for an English word a regular derivation may build (reinstall)."""
        return bool(self._query("ranked", "SELECT 1 FROM english WHERE word = ?", (word,)))

    def _forms(self, form: str) -> tuple[Form, ...]:
        rows = self._query(
            "lexique",
            "SELECT form, lemma, pos, gender, number, verb, freq FROM forms WHERE form = ? "
            "ORDER BY freq DESC, lemma",
            (form,),
        )
        return tuple(Form(*r) for r in rows)

    def _wikdict(self, key: str) -> tuple[tuple[str, str, str], ...]:
        """(pos, gender, French definition) rows of WikDict for `key`."""
        return tuple(
            self._query("wikdict", "SELECT pos, gender, senses FROM entries WHERE key = ?", (key,))
        )

    def multiword_keys(self) -> list[str]:
        """Every headword of more than one word (spaces or hyphens), for expressions."""
        keys: set[str] = set()
        for name in ("freedict", "pivot"):
            for (key,) in self._query(
                name, "SELECT DISTINCT key FROM entries WHERE key LIKE '% %' OR key LIKE '%-%'", ()
            ):
                keys.add(key)
        return sorted(keys)


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: tuple
    key: str
    entry: object  # _Entry or a user gloss


class Glossary:
    """Looks words up: user overrides (when a store is given), then the bundled data."""

    def __init__(
        self,
        store: Store | None = None,
        data: BundledData | None = None,
        derived: bool = True,
        curated: bool = True,
    ):
        self.data = data if data is not None else _default_data()
        # derived=False: only headwords' own glosses (no -ment adverbs, expression words or
        # compounds glossed by their parts), the dictionaries as they are.
        self.derived = derived
        # curated=False: the bundled data alone (benchmarks compare with and without)
        self.curated = curated
        self.user: UserGlossary | None = None
        if store is not None:
            from .user_glossary import UserGlossary

            self.user = UserGlossary(store)

    # -- public ------------------------------------------------------------------------

    def lookup(
        self, word: str, pos: str | None = None, lemma: str | None = None, morph: str = ""
    ) -> GlossResult:
        """Gloss `word` (optionally with its POS, lemma and morphology from the analysis)."""
        result = self._lookup_checked(word, pos, lemma, morph)
        if not result.found and self.derived:  # last: French synonyms, no English
            result = self._thesaurus(result, word, pos or "", lemma or "")
        return result

    def _lookup_checked(
        self, word: str, pos: str | None = None, lemma: str | None = None, morph: str = ""
    ) -> GlossResult:
        try:
            result = self._lookup(word, pos or "", lemma or "", morph or "")
        except (sqlite3.Error, ValueError, TypeError, AttributeError):
            return GlossResult(query=word if isinstance(word, str) else "")
        if isinstance(word, str) and acronyms.key(word):  # OTAN: its expansion and NATO
            known = acronyms.lookup(word)
            if known is not None or not result.found:
                return acronym_result(word, acronyms.explain(word))
        return result

    def lookup_token(self, token: Token, context: str = "") -> GlossResult:
        """Gloss an analysed token, using its lemma, POS, norm and morphology (`context`:
        the document's text, where an acronym may be defined)."""
        if token.name_kind == "ACRONYM":
            return acronym_result(token.text, acronyms.explain(token.text, context))
        if not token.is_word:
            return GlossResult(query=token.text)
        morph, pos, lemma = token.morph, token.pos, token.lemma
        if pos in ("NOUN", "PROPN") and context:
            verb = self._verb_before_object(token, context)
            if verb:  # "Affiche les codes postaux": a capitalised verb before its object
                pos, lemma, morph = "VERB", verb, ""
        if pos == "NOUN" and context:
            verb = self._verb_after_subject(token, context) or self._never_noun(token, context)
            if verb:  # "l'Occident interprète", "qui livre": a verb tagged as a noun
                pos, lemma, morph = "VERB", verb, ""
        if pos == "ADJ" and context:
            noun = self._noun_tagged_adjective(token, context)
            if noun:  # "un monstre horrible": a noun after its determiner tagged as an adjective
                pos, lemma, morph = "NOUN", noun, ""
        if token.norm in ("leur", "leurs") and pos in ("DET", "PRON") and context:
            # the tagger's "leur" is a possessive pronoun either way: je leur parle (to them),
            # leur maison (their)
            pos = "PRON" if _object_pronoun(token, context) else "DET"
            lemma, morph = token.norm, ""
        elif pos == "DET" and context and _object_pronoun(token, context):
            # "je les vois": the tagger's article is the object pronoun (them)
            pos, lemma, morph = "PRON", "le" if token.norm in ("l'", "l’") else token.norm, ""
        lemma = self._likelier_lemma(token, pos, lemma)  # convient: convenir, not convier
        if pos == "VERB" and context:
            noun = self._noun_after_determiner(token, context)
            if noun:  # "la sortie de la commande": a noun tagged as a verb
                pos, lemma, morph = "NOUN", noun, ""
        if pos == "NOUN" and context:
            adjective = self._adjective_before_noun(token, context) or self._adjective_after_noun(
                token, context
            )
            if adjective:  # "un large usage": an adjective before its noun tagged as a noun
                pos, lemma, morph = "ADJ", adjective, ""
        if context and (pos == "NOUN" or (pos == "VERB" and "Tense=Pres|VerbForm=Part" in morph)):
            adjective = self._adjective_after_copula(token, context)
            if adjective:  # "elle paraît droite", "ce serait embarrassant": the adjective
                pos, lemma, morph = "ADJ", adjective, ""
        if pos in ("NOUN", "PROPN") and "Gender=" not in morph and context:
            # spaCy often leaves a noun's gender out ("un livre"): its determiner says it
            gender = determiner_gender(context, token.start)
            if gender:
                morph = "|".join(filter(None, (morph, f"Gender={gender}")))
        result = self._lookup_checked(token.norm or token.text, pos, lemma, morph)
        if not result.found and self.derived:  # britanique: britannique's gloss, marked
            result = spelling.misspelt_result(self, token, context, pos) or result
        if not result.found and self.derived:  # after every source of English: synonyms
            result = self._thesaurus(result, token.norm or token.text, pos, lemma)
        if result.query != token.text:
            from dataclasses import replace

            result = replace(result, query=token.text)
        participle = (
            result.pos == "VERB"
            and _adjectival_participle(token, context)
            and self._past_participle_form(token.norm or token.text)
        )
        if participle and self.curated and result.source != "user" and _attributive(token, context):
            adjective = self._curated_participle_adjective(token)
            if adjective is not None:  # des systèmes perfectionnés: sophisticated, not perfected
                result, participle = adjective, False
        if self.curated and context and result.source != "user":
            result = self._technical(result, token, context)
            # a participle: only fixed phrases (pris en charge: supported, mis à niveau)
            result = self._construction(result, token, context, fixed=participle)
        if participle:  # after the computing sense: le mot de passe chiffré: encrypted
            result = self._as_participle(result)
        return result

    def _thesaurus(self, result: GlossResult, word: str, pos: str, lemma: str) -> GlossResult:
        """A word nothing glosses or defines: its French synonyms from the thesaurus as its
        French line (reader.core.thesaurus), source "thesaurus", no English sense."""
        if not isinstance(word, str):
            return result
        q = normalise_key(word)
        keys = _unique([normalise_key(lemma), q] if isinstance(lemma, str) and lemma else [q])
        found = thesaurus.entry([k for k in keys if k], pos)
        if found is None:
            return result
        from dataclasses import replace

        lemma, pos, synonyms = found
        return replace(
            result,
            query=word,
            lemma=lemma,
            pos=pos,
            definition_fr=thesaurus.line(synonyms),
            source=thesaurus.SOURCE,
            found=True,
        )

    def _curated_participle_adjective(self, token: Token) -> GlossResult | None:
        """The curated adjective an attributive participle stands for, when its sense is not
        the verb's (des systèmes perfectionnés: sophisticated, un repas réussi: successful);
        None when the table has no such adjective."""
        from dataclasses import replace

        from .curated import curated_entries

        q = normalise_key(token.norm or token.text)
        lemmas = [f.lemma for f in self.data.forms(q) if f.pos == "ADJ"]
        lemmas += _masculine_singular(q)  # Lexique may list it only as the verb's
        for lemma in _unique(lemmas):
            if curated_entries(lemma, "ADJ"):
                result = self.lookup(token.norm or token.text, "ADJ", lemma, "")
                return replace(result, query=token.text) if result.found else None
        return None

    def _construction(
        self, result: GlossResult, token: Token, context: str, fixed: bool = False
    ) -> GlossResult:
        """The sense of the construction the word stands in (il ne compte pas résoudre:
        intend; demander du temps: require; se rendre à: go), with its note, first."""
        from dataclasses import replace

        from .constructions import construction_at

        found = None
        for lemma, pos in ((result.lemma, result.pos), (token.lemma, token.pos)):
            if lemma and pos:
                found = construction_at(
                    lemma, pos, context, token.start, token.end, self._forms_of, fixed
                )
                if found is not None:
                    break
        if found is None:
            return result
        have = {_plain_gloss(t) for t in found.senses}
        rest = [s for s in result.senses if _plain_gloss(s.text) not in have]
        senses = tuple(Sense(t, False, "curated") for t in found.senses) + tuple(rest[:3])
        return replace(result, senses=senses, source="curated", note=found.note, found=True)

    def _forms_of(self, word: str) -> tuple[Form, ...]:
        return self.data.forms(normalise_key(word))

    def _technical(self, result: GlossResult, token: Token, context: str) -> GlossResult:
        """In a text about computers, the word's computing sense first (pilote: driver,
        répertoire: directory), its everyday senses after it; in a text about music, its
        music sense (partition: score, portée: staff); about games, its game sense."""
        from .curated import technical_entries
        from .topic import (
            computing_context,
            game_senses,
            image_context,
            music_context,
            music_entries,
        )

        words = ((result.lemma, result.pos), (token.lemma, token.pos), (token.norm, token.pos))
        for lemma, pos in words if result.found else words[1:]:
            games = game_senses(lemma, pos, result.gender, context, token.start, token.end)
            if games:  # card and board games: couleur: suit, pioche: stock, fou: bishop
                return self._topic_senses(result, games)
        for table, about in (
            (technical_entries, computing_context),
            (music_entries, music_context),
        ):
            entries = table(result.lemma, result.pos) if result.found else ()
            if not entries and token.lemma != result.lemma:
                entries = table(token.lemma, token.pos)
            if entries and table is technical_entries and _image_editing(entries):
                about = image_context  # calque: layer in a text about images, a manual's too
            if entries and about(context, token.start, token.end):
                return self._topic_senses(result, entries)
        return result

    def _topic_senses(self, result: GlossResult, entries: tuple) -> GlossResult:
        from dataclasses import replace

        entry = next((e for e in entries if result.gender and e.gender == result.gender), None)
        entry = entry or entries[0]
        have = {_plain_gloss(t) for t in entry.senses}
        rest = [s for s in result.senses if _plain_gloss(s.text) not in have]
        senses = tuple(Sense(t, False, "curated") for t in entry.senses) + tuple(rest[:3])
        return replace(result, senses=senses, source="curated", note=entry.note, found=True)

    def _past_participle_form(self, word: str) -> bool:
        """True when Lexique knows `word` as a verb's past participle (the tagger's
        VerbForm=Part alone also covers "agissent", "démarrez")."""
        return any(
            f.pos == "VERB" and "par:pas" in f.verb.split(";")
            for f in self.data.forms(normalise_key(word))
        )

    def _as_participle(self, result: GlossResult) -> GlossResult:
        """A past participle used as an adjective or in the passive ("déterminés à",
        "est marqué") glossed by the English participle: determined, marked. A gloss whose
        participle cannot be told is kept as it is."""
        from dataclasses import replace

        from .english_forms import past_participle

        if result.source == "user" or result.lemma in _MODALS:
            return result  # pu, dû, voulu: no "canned" (can has no participle)
        senses = []
        for s in result.senses:
            parts = [past_participle(g, self.data.is_english) or g for g in s.text.split(", ")]
            senses.append(replace(s, text=", ".join(_unique(parts))))
        return replace(result, senses=tuple(senses))

    # -- internals ---------------------------------------------------------------------

    def _lookup(self, word: str, pos: str, lemma: str, morph: str) -> GlossResult:
        query = word
        q = normalise_key(word)
        if not q or not french.has_letter(q) or len(q) > 80:
            return GlossResult(query=query)
        keys0, keys1, target = self._keys(q, pos, normalise_key(lemma) if lemma else "")
        gender = _morph_gender(morph) if _pos_class(target) == "NOUN" else ""
        best = self._user_match(keys0, target, strict=True) if self.user is not None else None
        if best is None:
            best = self._best(keys0, 0, target, gender) or self._best(keys1, 1, target, gender)
        if best is not None and _weak_adjective(best, target):
            best = self._participle(q, best)
        if best is None and self.user is not None:
            best = self._user_match(keys0 + keys1, target, strict=False)
        if best is None and self.derived:
            best = self._variant_lemma(q, target)
        if best is None and self.derived:
            best = self._derivation(keys0, target, q) or self._english_word(q, target)
            best = best or self._people_derivation(keys0, target)
        if best is None and self.derived and "-" in q.strip("-"):
            best = self._joined(q, target) or self._prefixed_compound(keys0, target)
            best = best or self._compound(q, target)
        result = self._result(query, q, keys0, target, morph, best)
        if best is not None and isinstance(best.entry, _Entry) and result.found:
            if best.entry.origin == "+parts+prefix":  # avant-poste: before + post
                from dataclasses import replace

                result = replace(result, note=WORD_BY_WORD_NOTE)
        if (
            best is not None
            and isinstance(best.entry, _Entry)
            and best.entry.origin == "+english"
            and not (self.curated and keys0 and curated_entries(keys0[0], target))
        ):  # an English word (not "ces": the curated determiner wins)
            from dataclasses import replace

            return replace(result, note=ENGLISH_NOTE)
        if best is not None and isinstance(best.entry, _Entry) and result.found:
            result = self._with_others(result, best, target, gender)
        if self.curated and (best is None or isinstance(best.entry, _Entry)):
            result = self._curate(result, q, keys0, target, morph, gender)
        if _pos_class(target) == "ADJ" and self._present_participle(result, keys0):
            result = self._as_present_participle(result)
        return result

    def _present_participle(self, result: GlossResult, keys0: list[str]) -> bool:
        """Whether an adjective glossed by its verb is that verb's present participle
        (déprimante: déprimant, of déprimer), as Lexique lists the form or its masculine."""
        if _pos_class(result.pos) != "VERB" or result.source == "user" or not result.senses:
            return False
        return any(
            f.lemma == result.lemma and "par:pre" in f.verb.split(";")
            for key in keys0
            for f in self.data.forms(key)
        )

    def _as_present_participle(self, result: GlossResult) -> GlossResult:
        """An adjective in -ant glossed by its verb ("une nouvelle déprimante": depress)
        glossed by the English -ing form of each verb sense: depressing; a sense whose first
        word is not a plain verb is kept as it is."""
        from dataclasses import replace

        senses = []
        for s in result.senses:
            parts = []
            for part in s.text.split(", "):
                words = part.split()
                if words and words[0] == "to":
                    words = words[1:]
                ing = derivation.gerund(words[0], self.data.is_english) if words else ""
                parts.append(" ".join([ing, *words[1:]]) if ing else part)
            senses.append(replace(s, text=", ".join(_unique(parts))))
        return replace(result, senses=tuple(senses))

    def _curate(
        self, result: GlossResult, q: str, keys0: list[str], target: str, morph: str, gender: str
    ) -> GlossResult:
        """Hand-written senses (reader.core.curated: false friends, reviewed first senses)
        lead; the bundled senses follow without repeats; the note is shown."""
        from dataclasses import replace

        from .curated import curated_entries

        # The token's own reading first (arrivé ADJ, mieux ADV: the data may only have the
        # verb arriver or the adjective), then the entry found.
        if result.found:
            tries = [(keys0[0], target)] if target and keys0 else []
            tries.append((result.lemma, result.pos))
        else:
            tries = [(k, target) for k in keys0[:2]]
            # a form the tagger read as another part of speech (décroît NOUN: décroître)
            tries += [(f.lemma, f.pos) for f in self._forms_of(q) if f.pos != target]
        for lemma, pos in tries:
            entries = curated_entries(lemma, pos)
            if entries:
                break
        else:
            return result
        # The token's gender chooses; without one, the table's order (its usual sense first).
        chosen = next((e for e in entries if gender and e.gender == gender), entries[0])
        senses = tuple(Sense(t, False, "curated") for t in chosen.senses)
        have = {_plain_gloss(t) for t in chosen.senses}
        same_entry = _pos_class(pos) == _pos_class(result.pos) and (
            not chosen.gender or not result.gender or chosen.gender == result.gender
        )
        have |= {_plain_gloss(t) for t in _false_senses(chosen.note)}  # never the false sense
        if same_entry:
            # the data's other senses of this very entry follow: what two sources or more
            # agree on (répondre: not FreeDict's lone "reduce the price")
            extra = [
                s
                for s in result.senses
                if _plain_gloss(s.text) not in have and (s.source.count("+") or s.source == "user")
            ]
            senses += tuple(extra[:MAX_EXTRA_AFTER_CURATED])
        others = tuple(
            OtherEntry(
                lemma,
                pos,
                e.gender,
                article_for(lemma, e.gender),
                tuple(Sense(t, False, "curated") for t in e.senses),
            )
            for e in entries
            if e is not chosen and e.gender and e.gender != chosen.gender
        )
        if others:
            others += tuple(o for o in result.others if o.gender not in {e.gender for e in entries})
        else:
            others = result.others
        if not result.found:
            result = self._dress(
                result.query, q, lemma, pos, morph, (), result.definition_fr, "", chosen.gender
            )
        gender_out = chosen.gender or result.gender
        definition = result.definition_fr
        if gender_out and gender_out != result.gender and _pos_class(pos) == "NOUN":
            definition = self._definition(lemma, pos, gender_out)[0] or definition
        return replace(
            result,
            definition_fr=definition,
            lemma=lemma,
            pos=result.pos if _pos_class(pos) == _pos_class(result.pos) else pos,
            senses=senses,
            source="curated",
            note=chosen.note,
            others=others,
            gender=gender_out if _pos_class(pos) == "NOUN" else "",
            article=article_for(lemma, gender_out)
            if gender_out and _pos_class(pos) == "NOUN"
            else "",
            unsure=result.unsure or (bool(others) and not gender),
        )

    def _with_others(self, result: GlossResult, best: _Candidate, target: str, gender: str):
        """The word's other entries (la livre besides le livre; another POS when the
        token's POS is unknown), and whether the context settled the choice."""
        from dataclasses import replace

        chosen = best.entry
        others = []
        seen = {(chosen.pos, chosen.gender, chosen.senses[:1])}
        for e in self.data.entries(best.key):
            if e is chosen or e.supplement or e.derived or not e.senses:
                continue
            if e.source != chosen.source and chosen.source == "ranked":
                continue  # the ranked entries already hold FreeDict's and the pivot's senses
            same_pos = _pos_class(e.pos) == _pos_class(chosen.pos)
            if not same_pos and target:
                continue
            if same_pos and (e.gender == chosen.gender or not e.gender):
                continue
            if (e.pos, e.gender, e.senses[:1]) in seen:
                continue
            seen.add((e.pos, e.gender, e.senses[:1]))
            g = e.gender if _pos_class(e.pos) == "NOUN" else ""
            others.append(
                OtherEntry(
                    best.key, e.pos, g, article_for(best.key, g) if g else "", e.sense_list()
                )
            )
        if not others:
            return result
        genders = {o.gender for o in others} | {chosen.gender}
        unsure = not target or (len(genders) > 1 and (not gender or gender != chosen.gender))
        return replace(result, others=tuple(others[:3]), unsure=unsure)

    def _verb_after_subject(self, token: Token, context: str) -> str:
        """The verb lemma when a "noun" follows its subject with no determiner: a subject
        pronoun (qui interprète) or a capitalised name inside the sentence (l'Occident
        interprète). '' otherwise."""
        words = _WORD_RE.findall(context[max(0, token.start - 30) : token.start])
        if not words:
            return ""
        prev = re.split(r"['’]", words[-1])[-1]
        has_article = "'" in words[-1] or "’" in words[-1]
        before = context[: token.start].rstrip()
        if not before.endswith(words[-1]):
            return ""  # punctuation between them (Marie Curie, interprète de talent)
        subject = prev.lower() in _SUBJECTS or (
            prev[:1].isupper()
            and prev.lower() not in _DET_MASC | _DET_FEM | _DETS_OTHER | _DETS_PLURAL
            and (len(words) > 1 or has_article)
            and not before.endswith((".", "!", "?", "»", ":"))
            and words[-2].lower().rstrip("'’") not in _DET_MASC | _DET_FEM | _DETS_OTHER
        )
        if not subject and prev.lower() in _OBJECT_CLITICS and len(words) > 1:
            # je la calque, il ne les livre pas: a subject (or ne), an object, the verb
            before_object = re.split(r"['’]", words[-2].lower())
            subject = any(w in _BEFORE_OBJECT for w in before_object if w)
        if not subject:
            return ""
        q = normalise_key(token.norm or token.text)
        for f in self.data.forms(q):
            if f.pos == "VERB" and any(
                c.startswith(("ind:pre", "ind:imp")) for c in f.verb.split(";")
            ):
                return f.lemma
        return ""

    def _verb_before_object(self, token: Token, context: str) -> str:
        """The verb lemma when a capitalised "noun" or "name" is a verb's third person or
        imperative followed by a determiner, as a manual's line opens ("Affiche les codes
        postaux": display, not poster; "Ouvre une fenêtre"); '' otherwise."""
        if not token.text[:1].isupper() or token.text.isupper():
            return ""
        following = _WORD_RE.match(context[token.end : token.end + 20].lstrip(" "))
        if following is None or following.group().lower() not in _OPENING_OBJECT:
            return ""
        if not context[token.end : token.end + 1].isspace():
            return ""
        forms = self.data.forms(normalise_key(token.norm or token.text).lower())
        verbs = [
            f
            for f in forms
            if f.pos == "VERB" and {"ind:pre:3s", "imp:pre:2s"} & set(f.verb.split(";"))
        ]
        if not verbs or any(f.pos not in ("VERB", "NOUN", "AUX") for f in forms):
            return ""
        return max(verbs, key=lambda f: f.freq).lemma

    def _never_noun(self, token: Token, context: str) -> str:
        """The verb lemma when a "noun" is only ever a conjugated verb in Lexique and no
        determiner stands before it (l'un peut être plus rapide: pouvoir, not the noun
        pouvoir); '' otherwise (la boite à outils: a noun misspelt, not boiter)."""
        before = _WORD_RE.findall(context[max(0, token.start - 12) : token.start])
        if before and before[-1].lower() in _NOUN_DETERMINERS | _OBJECT_CLITICS | {"l’"}:
            return ""
        forms = self.data.forms(normalise_key(token.norm or token.text))
        if not forms or any(f.pos not in ("VERB", "AUX") for f in forms):
            return ""
        finite = ("ind:", "sub:", "cnd:", "imp:")
        verbs = [f for f in forms if any(c.startswith(finite) for c in f.verb.split(";"))]
        return max(verbs, key=lambda f: f.freq).lemma if verbs else ""

    def _noun_tagged_adjective(self, token: Token, context: str) -> str:
        """The noun lemma when an "adjective" follows a determiner, no noun follows it and
        Lexique finds the form mostly as a noun (un monstre horrible: monster, not huge);
        '' otherwise (un grand bâtiment, les plus forts)."""
        before = _WORD_RE.findall(context[max(0, token.start - 12) : token.start])
        if not before or not context[: token.start].endswith(" "):
            return ""
        if re.split(r"['’]", before[-1].lower())[-1] not in _NOUN_DETERMINERS:
            return ""  # un, qu'un, ces
        forms = self.data.forms(normalise_key(token.norm or token.text))
        nouns = [f for f in forms if f.pos == "NOUN"]
        if not nouns or sum(f.freq for f in nouns) <= 2 * sum(
            f.freq for f in forms if f.pos == "ADJ"
        ):
            return ""
        following = _WORD_RE.match(context[token.end : token.end + 30].lstrip())
        if following is not None:
            nxt = self.data.forms(normalise_key(following.group()))
            noun = sum(f.freq for f in nxt if f.pos == "NOUN")
            if noun and noun >= sum(f.freq for f in nxt if f.pos != "NOUN"):
                return ""  # un monstre succès: the adjective before its noun
        return max(nouns, key=lambda f: f.freq).lemma

    def _adjective_after_noun(self, token: Token, context: str) -> str:
        """The adjective lemma when a "noun" follows a noun with no determiner of its own and
        Lexique finds the form mostly as an adjective (des mages puissants: powerful, not the
        powerful); '' otherwise (un livre cadeau)."""
        before = context[max(0, token.start - 30) : token.start]
        if not before.endswith(" ") or before.rstrip().endswith(tuple(".,;:!?»)")):
            return ""
        words = _WORD_RE.findall(before)
        if len(words) < 2:
            return ""
        prev = words[-1].lower()
        prev_forms = self.data.forms(normalise_key(prev))
        noun = sum(f.freq for f in prev_forms if f.pos == "NOUN")
        if not noun or noun < 2 * sum(f.freq for f in prev_forms if f.pos != "NOUN"):
            return ""
        if re.split(r"['’]", words[-2].lower())[-1] not in _NOUN_DETERMINERS | {"le", "la", "les"}:
            return ""  # les mages puissants: the noun has its determiner before it
        forms = self.data.forms(normalise_key(token.norm or token.text))
        adj = sum(f.freq for f in forms if f.pos == "ADJ")
        if not adj or adj <= 2 * sum(f.freq for f in forms if f.pos == "NOUN"):
            return ""
        return max((f for f in forms if f.pos == "ADJ"), key=lambda f: f.freq).lemma

    def _adjective_before_noun(self, token: Token, context: str) -> str:
        """The adjective lemma when a "noun" stands between a determiner and a noun and is
        mostly an adjective (une large variété); '' otherwise."""
        before = _WORD_RE.findall(context[max(0, token.start - 12) : token.start])
        after = context[token.end : token.end + 30]
        if not before or not after.startswith(" ") or not context[: token.start].endswith(" "):
            return ""
        if before[-1].lower() not in _NOUN_DETERMINERS | _OBJECT_CLITICS:
            return ""
        following = _WORD_RE.match(after[1:])
        if following is None:
            return ""
        forms = self.data.forms(normalise_key(token.norm or token.text))
        adj = sum(f.freq for f in forms if f.pos == "ADJ")
        if adj <= sum(f.freq for f in forms if f.pos == "NOUN"):
            return ""
        nxt = self.data.forms(normalise_key(following.group()))
        if not any(f.pos == "NOUN" for f in nxt) or any(f.pos == "ADJ" for f in nxt):
            return ""  # un large usage; not une large bleue (a noun, then its adjective)
        if any(f.pos == "VERB" and "par:pre" in f.verb.split(";") for f in nxt):
            return ""  # les menus contenant: a noun, then a present participle
        return next(f.lemma for f in forms if f.pos == "ADJ")

    def _likelier_lemma(self, token: Token, pos: str, lemma: str) -> str:
        """Another lemma of the same POS when Lexique finds the form 20 times as often as a
        form of it as of the tagger's lemma ("convient": convenir, not convier; "saurez":
        savoir, not saurer); the tagger's lemma otherwise."""
        if pos not in ("VERB", "AUX", "NOUN", "ADJ"):
            return lemma
        target = _pos_class(pos)
        forms = [
            f
            for f in self.data.forms(normalise_key(token.norm or token.text))
            if _pos_class(f.pos) == target
        ]
        mine = [f.freq for f in forms if f.lemma == lemma]
        others = [f for f in forms if f.lemma != lemma]
        if not mine or not others:
            return lemma
        best = max(others, key=lambda f: f.freq)
        return best.lemma if best.freq > 20 * max(mine) + 1 else lemma

    def _adjective_after_copula(self, token: Token, context: str) -> str:
        """The adjective lemma when a "noun" or a present participle is the complement of
        être, paraître, sembler, devenir, rester with no determiner (elle vous paraît droite:
        straight; ce pourrait être embarrassant); '' otherwise (il est médecin: no adjective;
        elle est partie: a participle)."""
        before = _CLAUSE_END.split(context[max(0, token.start - 40) : token.start])[-1]
        words = [w.lower() for w in _WORD_RE.findall(before)]
        if not words or not context[: token.start].endswith(" "):
            return ""
        # les options les plus courantes: a superlative is an adjective too
        superlative = len(words) > 1 and words[-1] in ("plus", "moins")
        superlative = superlative and re.split(r"['’]", words[-2])[-1] in ("le", "la", "les", "l")
        while words and words[-1] in _COPULA_ADVERBS:
            words.pop()
        prev = re.split(r"['’]", words[-1])[-1] if words else ""
        forms_prev = self.data.forms(prev) if prev else ()
        copula = any(f.lemma in french.COPULAS and f.pos in ("VERB", "AUX") for f in forms_prev)
        if not (superlative or copula):
            return ""
        forms = self.data.forms(normalise_key(token.norm or token.text))
        if any(f.pos == "VERB" and "par:pas" in f.verb.split(";") for f in forms):
            return ""
        return next((f.lemma for f in forms if f.pos == "ADJ" and f.freq > 0), "")

    def _noun_after_determiner(self, token: Token, context: str) -> str:
        """The noun lemma when a "verb" follows a determiner that cannot be an object
        pronoun (de la commande, une commande, sur le calque), or a determiner and an
        adjective that comes before nouns (le nouveau calque); '' otherwise."""
        before = context[max(0, token.start - 30) : token.start]
        if not before.endswith(" "):
            return ""
        words = [w.lower() for w in _WORD_RE.findall(before)]
        if len(words) > 1 and words[-1] in _BEFORE_NOUN_ADJ:
            # le nouveau calque: an article, then an adjective that comes before nouns
            determiner = words[-2] in _NOUN_DETERMINERS | _OBJECT_CLITICS
        elif words:
            last = words[-1]
            determiner = (
                last in _NOUN_DETERMINERS
                or (
                    last in _OBJECT_CLITICS
                    and last != "leur"
                    and len(words) > 1
                    and words[-2] in _PREPOSITIONS
                    and "VerbForm=Inf" not in token.morph  # de la mettre: la is the object
                )
                # un élément de commande: no conjugated verb follows de (an infinitive may)
                or (last == "de" and not re.search(r"VerbForm=(?:Inf|Part|Ger)", token.morph))
            )
        else:
            determiner = False
        if not determiner:
            return ""
        for f in self.data.forms(normalise_key(token.norm or token.text)):
            if f.pos == "NOUN":
                return f.lemma
        return ""

    def _participle(self, q: str, best: _Candidate) -> _Candidate:
        """An adjective only one pivot glosses that is a verb's participle ("attachés à"):
        the verb's corroborated entry instead (the form line says "participe passé")."""
        verbs = _unique([f.lemma for f in self.data.forms(q) if f.pos == "VERB" and f.verb])
        verbs += _unique([f.lemma for f in self.data.forms(best.key) if f.pos == "VERB"])
        found = self._best(_unique(verbs), 1, "VERB", "")
        if found is not None and isinstance(found.entry, _Entry) and not found.entry.approximate:
            return found
        return best

    def _derivation(self, keys: list[str], target: str, form: str = "") -> _Candidate | None:
        """A word no dictionary has, glossed by a regular derivation (approximate):
        re- + a known verb (réinstaller: reinstall), or a suffix with a regular English
        counterpart (-ation, -ité -> -ity, -isme -> -ism, -iste -> -ist, -ment...), or a rule of
        reader.core.derivation (demonyms, learned prefixes, -age nouns, -able adjectives).
        An adjective that is a verb's past participle (résolues: résolu) is the verb's."""
        found = self._participle_verb(keys)
        if found is None:
            verb = _pos_class(target) == "VERB"
            # a word tagged as a noun: its own spelling, not the tagger's guessed lemma
            # (éleves, a misspelt élèves: lemma "éleve", not élever's form)
            found = self._first_group_verb(keys if verb or not form else [form], verb)
        if found is not None:
            return found
        for key in keys:
            if " " in key or "'" in key:
                continue
            if "-" in key:
                t = _pos_class(target)
                gloss = derivation.prefixed(key, t, self._first_gloss)
                if not gloss and t in ("NOUN", "ADJ", ""):
                    gloss = derivation.demonym(key, t, self._noun_glosses)  # new-yorkais
                if not gloss and t in ("NOUN", "ADJ", "", "VERB"):  # gréco-romain
                    gloss = derivation.proper_compound(
                        key, "" if t == "VERB" else t, self._first_gloss
                    )
                if gloss:
                    return _Candidate(
                        (3,), key, _Entry(key, target, "", ((gloss,),), "parts", "+derivation")
                    )
                continue
            gloss, pos = (self._re_gloss(key), "VERB") if target in ("VERB", "") else ("", "")
            if "-" in gloss:  # re-sign: built, not a word to look up
                entry = _Entry(key, "VERB", "", ((gloss,),), "parts", "+derivation")
                return _Candidate((3,), key, entry)
            if not gloss:
                gloss, pos, stem = _suffix_gloss(key)
                if gloss and not self._known_base(key[: len(stem)]):
                    gloss = ""
            if gloss and not self._cognate_english(gloss):
                gloss = re.sub(r"([lmnt])\1", r"\1", gloss)  # personnalisation: personalization
            if not gloss or not self._cognate_english(gloss):
                continue
            if pos != "VERB":
                gloss = self._spelled(gloss) or gloss  # calvinisme: Calvinism
            if not target or _pos_class(target) == _pos_class(pos) or not pos:
                entry = _Entry(key, pos or target, "", ((gloss,),), "parts", "+derivation")
                return _Candidate((3,), key, entry)
        # préconfiguré, recompilés: the token's own form (a participle) before the infinitive
        for key in sorted(keys, key=lambda k: derivation.pre_infinitive(k) or k.endswith("er")):
            gloss, pos = self._built_gloss(key, target) if " " not in key else ("", "")
            if gloss:
                entry = _Entry(key, pos, "", ((gloss,),), "parts", "+derivation")
                return _Candidate((3,), key, entry)
        return self._technical_only(keys, target)

    def _technical_only(self, keys: list[str], target: str) -> _Candidate | None:
        """A word only assets/technical-glosses.tsv knows (amorçage: booting, rétroporter:
        backport): its computing senses wherever it is, rather than no meaning at all (in a
        text about computers the lookup adds the note)."""
        if not self.curated:
            return None
        from .curated import technical_entries

        verbs = [v for k in keys if (v := derivation.participle_of(k))]  # rétroporté
        for key in _unique(keys + verbs):
            for pos in _unique([target, "NOUN", "VERB", "ADJ"]) if target else _CONTENT_POS:
                entries = technical_entries(key, pos)
                if entries:
                    e = entries[0]
                    senses = tuple((t,) for t in e.senses)
                    if pos == "VERB" and key in verbs:
                        senses = tuple((self._participle_gloss(t),) for t in e.senses)
                    entry = _Entry(key, pos, e.gender, senses, "curated", "+technical")
                    return _Candidate((3,), key, entry)
        return None

    def _participle_gloss(self, verb: str) -> str:
        """'backported' for the verb gloss 'backport' (the gloss itself when not told)."""
        from .english_forms import past_participle

        found = past_participle(verb, self._cognate_english)
        if found or " " in verb or not verb.isalpha():
            return found or verb
        if verb.endswith("e"):
            return verb + "d"  # digitalize: digitalized, unarchive: unarchived
        if verb[-1] not in "aeiouwy" and verb[-2] not in "aeiou":
            return verb + "ed"  # backport: backported (no doubled consonant to guess)
        return verb

    def _cognate_english(self, word: str) -> bool:
        """True for an English word a cognate rule may build: the derivation list, then the
        wider one (WordNet's lemmas, wordfreq's English: succinct, voltmeter, restarting)."""
        if self.data.is_english(word):
            return True
        return self._english_table("english_cognates", word)

    def _learned_english(self, word: str) -> bool:
        """True for an English word a learned cognate rule may build: the cognate list, then
        SCOWL's other lower-case words (hoplite, selenography)."""
        return self._cognate_english(word) or self._english_table("english_learned", word)

    def _english_verb(self, word: str) -> bool:
        """True for one of WordNet's English verbs (confront, structure, correlate)."""
        return self._english_table("english_verbs", word)

    def _english_table(self, table: str, word: str) -> bool:
        try:
            return bool(
                self.data._query("ranked", f"SELECT 1 FROM {table} WHERE word = ?", (word,))
            )
        except sqlite3.OperationalError:  # glossary data built before the table existed
            return False

    def _verb_gloss(self, verb: str, pos: str = "VERB") -> str:
        """A verb's English: its dictionaries' sure gloss, else one built by a regular rule
        (redémarrer: restart, corréler: correlate, dézipper: unzip); '' when none."""
        return self._sure_gloss(verb, "VERB") or self._re_gloss(verb) or self._built_verb(verb)

    def _action_verb(self, verb: str, pos: str = "VERB") -> str:
        """The verb an -age or -eur noun is built on: its dictionaries' sure gloss, or re- +
        one (redémarrer: restart). Not a cognate verb: read over Lexique's -age nouns, those
        were other words (ramassage 'amassing', détourage 'detouring'). Only a verb of one or
        two senses: read over the 122 -age nouns the rule built, the noun of a verb of more
        took another of its senses one time in three (hachage 'hacking', gagnage 'winning',
        fermage 'closing', bouclage 'buckling'), of two senses or fewer one in fifteen; -eur
        nouns 8 wrong in 50 (hacheur 'hacker', régleur 'settler', signaleur 'reporter',
        afficheur 'poster'), 4 in 44 (composeur 'composer', railleur 'seeker')."""
        gloss = self._sure_gloss(verb, "VERB")
        if gloss:
            return gloss if self._sense_count(verb, "VERB") <= _MAX_ACTION_SENSES else ""
        return self._re_gloss(verb)

    def _sense_count(self, word: str, pos: str) -> int:
        """How many senses the entry a derivation builds on lists (the curated one first)."""
        if self.curated:
            from .curated import curated_entries

            entries = curated_entries(word, pos)
            if entries:
                return len(entries[0].senses)
        found = self._best(self._keys(word, pos, word)[0], 0, pos, "")
        return len(found.entry.senses) if found is not None else 0

    def _cognate_verb(self, verb: str, pos: str = "VERB") -> str:
        """The English verb of a French verb no dictionary glosses surely, when it is the
        French verb's cognate (encoder: encode, calculer: calculate), else ''."""
        if self._sure_gloss(verb, "VERB"):
            return ""  # the older rule had it: its sense, not a cognate
        english = derivation.verb_cognate(verb, self._english_verb)
        if not english:
            english = derivation.cognate_verb(verb, self._cognate_english)
        return english if derivation.cognate_head(verb, english) else ""

    def _re_gloss(self, verb: str) -> str:
        """re- + a known verb's gloss when English has the verb (redémarrer: restart), with a
        hyphen where the joined word means something else (resigner: re-sign); else ''."""
        base = self._re_verb(verb)[0]
        return derivation.re_prefixed(base[2:], self.data.is_english) if base else ""

    def _built_verb(self, verb: str) -> str:
        """The English of an -er verb no dictionary has, by a regular rule, or ''."""
        if not verb.endswith(("er", "ir")):
            return ""
        if any(e.senses and not e.approximate for e in self.data.entries(verb)):
            return ""  # a dictionary's verb: its own sense, not a built one
        gloss = self._re_gloss(verb) or derivation.cognate_verb(verb, self._cognate_english)
        return gloss or derivation.verb_cognate(verb, self._english_verb) or self._noun_verb(verb)

    def _noun_verb(self, verb: str) -> str:
        """A rare verb made on a noun, glossed by the noun's English when English uses it as a
        verb (câbler: cable, incrémenter: increment), approximate. Not a commoner verb (Zipf
        3 or more: once per million words): read over Lexique's verbs no dictionary has,
        those had a sense of their own (tabler 'table', se concerter 'concert', cantonner
        'canton', gainer 'gain': 7 wrong in 41 with them, 3 in 30 without: cabiner, recorder,
        fruiter)."""
        from .lexicon import default_lexicon

        known = default_lexicon().entry(verb, "VERB")
        if known is None or known.zipf >= _MAX_NOUN_VERB_ZIPF:
            return ""  # (nor a word French does not have: Buster is not 'bust')
        return derivation.noun_verb(verb, self._sure_gloss, self._english_verb)

    def _built_gloss(self, key: str, target: str) -> tuple[str, str]:
        """(gloss, POS) by a rule of reader.core.derivation, the token's POS choosing."""
        t = _pos_class(target)
        is_en = self.data.is_english
        cog = self._cognate_english
        if t in ("ADJ", "NOUN") and len(key) >= 6 and key.isascii() and is_en(key):
            if any(f.lemma == key for f in self.data.forms(key)) and self._spelt_same(key):
                return self._spelt_same(key), target  # maronite: Maronite
        if t in ("NOUN", "ADJ", ""):
            gloss = derivation.demonym(key, t, self._noun_glosses)
            if gloss:
                return gloss, t or "ADJ"
        gloss = derivation.prefixed(key, _pos_class(target), self._first_gloss)
        if gloss:
            return gloss, target
        if t in ("NOUN", ""):
            gloss = derivation.action_noun(key, self._action_verb, is_en, cog)
            gloss = gloss or derivation.agent_noun(key, self._action_verb, cog)
            if gloss:
                return gloss, "NOUN"
        if t in ("ADJ", "", "VERB"):  # administrables: tagged as a verb "administrabler"
            gloss = derivation.able_adjective(key, self._sure_gloss, is_en)
            if gloss:
                return gloss, "ADJ"
        gloss = derivation.negated(key, t, self._sure_gloss, is_en)
        if gloss:
            return gloss, target
        if t in ("VERB", "ADJ", "", "NOUN"):  # préconfiguré: pre-configured (prédéfinie
            gloss = derivation.pre_verb(key, self._first_gloss, is_en)  # tagged as a noun)
            if gloss:
                return gloss, target
        if t == "VERB" or not t and any(f.pos == "VERB" for f in self.data.forms(key)):
            gloss = derivation.cognate_verb(key, is_en)
            if gloss:
                return gloss, "VERB"
        # the wider cognate rules (issue 13, fourth round), after the older narrower ones
        if t in ("NOUN", ""):  # fréquencemètre: frequency meter, préconfiguration
            gloss = derivation.meter_compound(key, self._sure_gloss)
            gloss = gloss or derivation.pre_noun(key, self._sure_gloss)
            if gloss:
                return gloss, "NOUN"
            # (not -age nouns of a cognate verb: read over Lexique's, détourage 'detouring',
            # lustrage 'lustrating', parentage 'parenting')
            gloss = derivation.agent_noun(key, self._cognate_verb, is_en)
            if gloss:  # calculateur: calculator
                return gloss, "NOUN"
        if t in ("ADJ", "NOUN") and len(key) >= 6 and key.isascii() and self._learned_english(key):
            if any(f.lemma == key for f in self.data.forms(key)) and self._spelt_same(key):
                return self._spelt_same(key), target  # succinct: on the wider list
        verb = derivation.participle_of(key)
        if verb and t in ("VERB", "ADJ", ""):  # recompilés: recompiled, dézippé: unzipped
            english = self._built_verb(verb)
            participle = self._participle_gloss(english) if english else ""
            if participle:
                return participle, "VERB" if t == "VERB" else "ADJ"
        if t in ("VERB", "") and key.endswith("er"):  # corréler: correlate
            gloss = self._built_verb(key)
            if gloss:
                return gloss, "VERB"
        if key.endswith("ment"):  # linéairement: linearly (graphiquement tagged as a verb)
            gloss = derivation.adverb(key, self._first_gloss, cog)
            if not gloss and key.endswith("iquement"):  # archéologiquement: archaeologically
                gloss = derivation.adverb(key, self._first_gloss, self._learned_english)
            if gloss:
                return gloss, "ADV"
            gloss = derivation.ement_noun(key, self._verb_gloss, cog)
            if not gloss and t in ("NOUN", ""):  # empilement: stacking
                gloss = derivation.ement_action(key, self._action_verb, cog)
            if gloss:
                return gloss, "NOUN"
        if t in ("NOUN", ""):  # lisibilité: readability
            gloss = derivation.ite_noun(key, self._sure_gloss, cog)
            if gloss:
                return gloss, "NOUN"
        if not key.endswith(("er", "ir")):  # stationnaire: stationary, voltmètre: voltmeter
            gloss = derivation.cognate(key, "" if t == "VERB" else t, self._learned_english)
            gloss = self._spelled(gloss, False) or gloss  # ptolémaïque: Ptolemaic
            # séleucide: Seleucid, égéen: Aegean, sultanat: sultanate, botswanais: of Botswana
            if not gloss:  # (an unknown word the tagger called an adverb: koushite)
                loose = t in ("VERB", "ADV") and not key.endswith("ment")
                gloss = derivation.learned_cognate(key, "" if loose else t, self._spelled, is_en)
                if gloss.lower() == key and not self.data.forms(key) and is_en(key):
                    gloss = ""  # an English word in a French text (Graphical): said as such
            if not gloss and t in ("NOUN", "ADJ", ""):
                # (not -an: saleman, salinan are peoples' names, not 'person from Salem')
                gloss = derivation.demonym(
                    key, t, self._english_place, ("ien", "ois", "ais", "ain")
                )
            if gloss:  # (ohmiques tagged as a verb "ohmiquer": its form)
                return gloss, t if t in ("NOUN", "ADJ") else "ADJ"
        return "", ""

    def _spelt_same(self, word: str) -> str:
        """A French word English spells the same, as English writes it (maronite: Maronite);
        '' for a word English only writes as a first name (jacqueline, thomas: the French
        common noun is no 'Jacqueline')."""
        from .first_names import is_first_name

        spelt = self._spelled(word) or word
        return "" if spelt[:1].isupper() and is_first_name(spelt) else spelt

    def _spelled(self, word: str, proper: bool = False) -> str:
        """`word` as English writes it (Seleucid, Byzantine when `proper`, sultanate), when it
        is an English word; '' otherwise (table english_capitals: WordNet and SCOWL)."""
        if not word or not word.isascii() or not word.isalpha():
            return ""
        try:
            rows = self.data._query(
                "ranked", "SELECT display, lower FROM english_capitals WHERE word = ?", (word,)
            )
        except sqlite3.OperationalError:  # glossary data built before the table existed
            rows = []
        if rows and (proper or rows[0][1] == "0"):
            return rows[0][0]
        return word if rows or self._learned_english(word) else ""

    def _english_place(self, word: str) -> list[str]:
        """The English name of a place WordNet names with the French name's letters
        (botswana: Botswana, geneve: Geneva), for demonyms of places no dictionary has."""
        plain = derivation.plain(word)
        if not plain.isascii() or not plain.isalpha():
            return []
        try:
            rows = self.data._query(
                "ranked", "SELECT place FROM english_capitals WHERE word = ?", (plain,)
            )
        except sqlite3.OperationalError:  # glossary data built before the table existed
            rows = []
        return [rows[0][0]] if rows and rows[0][0] else []

    def _noun_glosses(self, word: str) -> list[str]:
        """Every gloss of a noun headword (a place: "new york" -> the Big Apple, New York)."""
        found = self._best(self._keys(word, "NOUN", word)[0], 0, "NOUN", "")
        if (
            found is None
            or found.entry.source == "english"
            or _pos_class(found.entry.pos) != "NOUN"
        ):
            return []
        return [g for sense in found.entry.senses for g in sense]

    def _people_derivation(self, keys: list[str], target: str) -> _Candidate | None:
        """The last built glosses, after every cognate rule and the English word spelt the
        same: polonisation: Polonization, hellénophone: Hellenic-speaking, inégalitaire: not
        egalitarian, clanique: relating to clans (approximate)."""
        t = _pos_class(target)
        for key in keys:
            if " " in key or "-" in key or not key.isalpha():
                continue
            gloss, pos = "", ""
            if t in ("NOUN", "ADJ", ""):
                gloss = derivation.people_derivation(key, self._first_gloss)
                pos = "NOUN" if key.endswith(("isation", "isations")) else t or "ADJ"
            if not gloss and t in ("ADJ", ""):
                gloss = derivation.not_adjective(key, self._first_gloss)
                gloss = gloss or derivation.ique_adjective(key, self._sure_gloss)
                pos = "ADJ"
            if gloss:
                return _Candidate(
                    (3,), key, _Entry(key, pos, "", ((gloss,),), "parts", "+derivation")
                )
        return None

    def _prefixed_compound(self, keys: list[str], target: str) -> _Candidate | None:
        """pro-démocrate: pro-democrat, finno-ougrien: Finno-Ugrian (approximate), after the
        joined word a dictionary may have (co-responsable: coresponsable) and before the
        parts glossed one by one."""
        t = _pos_class(target)
        if t not in ("NOUN", "ADJ", ""):
            return None
        for key in keys:
            gloss = derivation.hyphen_prefixed(key, t, self._part_gloss) if "-" in key else ""
            if gloss:
                return _Candidate(
                    (3,), key, _Entry(key, target, "", ((gloss,),), "parts", "+derivation")
                )
        return None

    def _part_gloss(self, word: str, pos: str) -> str:
        """The first gloss of a compound's part, built (approximate) when no dictionary has
        it (hittite: Hittite, indo-européen: Indo-European), '' when none."""
        gloss = self._first_gloss(word, pos)
        if gloss or len(word) < 3:
            return gloss
        result = self._lookup_checked(word, pos, word)
        return result.senses[0].text if result.found and result.senses else ""

    def _sure_gloss(self, word: str, pos: str) -> str:
        """The first gloss of a headword when it is not approximate (a word built on
        épingler must not inherit one pivot's "signal"), else ''."""
        return self._first_gloss(word, pos, sure=True)

    def _first_gloss(self, word: str, pos: str, sure: bool = False) -> str:
        """The first gloss of a headword (of this POS class when given), '' when none: what
        the derivation rules build on."""
        if self.curated and pos:  # the reviewed first sense (hacher: chop, not 'hack')
            from .curated import curated_entries

            entries = curated_entries(word, pos)
            if entries:
                first = entries[0].senses[0]
                return "" if "(" in first else first
        keys = self._keys(word, pos, word if pos else "")[0]
        found = self._best(keys, 0, pos, "")
        if found is None or not found.entry.senses or found.entry.source == "english":
            return ""
        if sure and (found.entry.approximate or found.entry.derived):
            return ""
        if pos and found.entry.pos and _pos_class(found.entry.pos) != _pos_class(pos):
            return ""
        first = found.entry.senses[0][0]
        return "" if "(" in first else first

    def _first_group_verb(self, keys: list[str], verb: bool) -> _Candidate | None:
        """A verb form neither Lexique nor the tagger could lemmatise (désactivera,
        implémente): the -er verb its regular ending points to, when a dictionary has it.
        A token not tagged VERB (déconseillons, modélise, éditant as a noun) only when
        Lexique does not know the word, and by an ending no noun has or -e, -ant (not -es:
        éleves, a misspelt noun, is not élever's)."""
        for key in keys:
            if not verb and self.data.forms(key):
                continue
            for ending in _ER_ENDINGS if verb else _NOT_NOUN_ENDINGS:
                if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
                    infinitive = key[: -len(ending)] + "er"
                    found = self._best([infinitive], 1, "VERB", "")
                    if found is not None and _pos_class(found.entry.pos) == "VERB":
                        return found if found.entry.senses else None
                    if self.curated and curated_entries(infinitive, "VERB"):
                        # décrémente: décrémenter, which only a hand-written row glosses
                        entry = _Entry(infinitive, "VERB", "", (), "parts", "+variant")
                        return _Candidate((3,), infinitive, entry)
        return None

    def _participle_verb(self, keys: list[str]) -> _Candidate | None:
        """The verb of an adjective that is its past participle (résolu: résoudre)."""
        verbs = [
            f.lemma
            for key in keys
            for f in self.data.forms(key)
            if f.pos == "VERB" and "par:pas" in f.verb.split(";")
        ]
        found = self._best(_unique(verbs), 1, "VERB", "") if verbs else None
        if found is not None and found.entry.senses:
            return found
        if self.curated:  # vexé: vexer has only hand-written senses (they follow in _curate)
            from .curated import curated_entries

            for verb in _unique(verbs):
                if curated_entries(verb, "VERB"):
                    return _Candidate(
                        (3,), verb, _Entry(verb, "VERB", "", (), "parts", "+participle")
                    )
        return None

    def _variant_lemma(self, q: str, target: str) -> _Candidate | None:
        """A form no entry matched, read through the lemma it plainly stands for: the word
        without a sign stuck to it (paquets¶: a web page's anchor), the lexicon's reading of
        a 1990 spelling (bucheron: bûcheron), and, for a form Lexique does not know, a
        hand-written entry of another part of speech (descripteur tagged ADJ), the -er verb
        of its past participle ending (explicité, préfixée: expliciter, préfixer), the
        masculine singular of an adjective or noun (déroulante: déroulant, vectorielles:
        vectoriel), the one word its accents put back make (systeme: système, tremolo:
        trémolo). Only a base that is glossed."""
        from .lexicon import default_lexicon

        stripped = q.strip(_STUCK_SIGNS)
        if stripped != q:
            if not stripped:
                return None
            keys0, keys1, pos = self._keys(stripped, target, "")
            return (
                self._best(keys0, 0, pos, "")
                or self._best(keys1, 1, pos, "")
                or self._variant_lemma(stripped, target)
            )
        lexicon = default_lexicon()
        try:
            readings = lexicon.candidates(q)
        except (OSError, ValueError, sqlite3.Error):
            return None
        lemmas = _unique([lemma for lemma, _pos in readings if lemma != q])
        if lemmas:
            return self._glossed(lemmas, target)
        if readings or self.data.forms(q):
            return None  # a word Lexique knows as it is: its own entry or nothing
        found = self._glossed([q], "", tuple(p for p in _CONTENT_POS if p != target))
        if found is not None or not q.isalpha():
            return found  # (c.-à, cf.: an abbreviation's row)
        m = _PARTICIPLE_FORM.fullmatch(q)
        if found is None and m and len(m.group(1)) >= _MIN_STEM:
            found = self._glossed([m.group(1) + "er"], "VERB")
        if found is None and _pos_class(target) == "VERB":
            found = self._built_infinitive(q, lexicon)
        if (
            found is None
            and q.isascii()
            and len(q) >= _MIN_ACCENTED
            and not nonwords.unfrench_spelling(q)  # autoaudiosink: no French word
        ):
            words = _accented_words(q, self._known_forms)
            lemmas = _unique([lemma for w in words for lemma, _pos in lexicon.candidates(w)])
            if len(words) == 1 and lemmas:  # one word only: not a guess between two
                found = self._glossed(lemmas, target)
        if found is None and _pos_class(target) in ("NOUN", "ADJ", ""):
            bases = [  # a French adjective or noun (controle is not English 'control'):
                b  # Lexique's, or one a hand-written row glosses (délimiteurs: délimiteur)
                for b in _masculine_singulars(q)
                if any(_pos_class(p) in ("NOUN", "ADJ") for _l, p in lexicon.candidates(b))
                or self._hand_written_noun(b)
            ]
            found = self._glossed(bases, target, ("NOUN", "ADJ")) if bases else None
        return found

    def _built_infinitive(self, q: str, lexicon) -> _Candidate | None:
        """A verb form Lexique lacks of an -er verb it knows whose only gloss is built by a
        regular rule (duplique: dupliquer, 'duplicate'): that verb's built entry."""
        for ending in _ER_ENDINGS:
            stem = q[: -len(ending)]
            if q.endswith(ending) and len(stem) >= _MIN_STEM:
                verb = stem + "er"
                if any(pos == "VERB" for _l, pos in lexicon.candidates(verb)):
                    found = self._derivation([verb], "VERB", verb)
                    if found is not None and _pos_class(found.entry.pos) in ("VERB", ""):
                        return found
        return None

    def _hand_written_noun(self, word: str) -> bool:
        """Whether a hand-written row (curated or technical) glosses `word` as a noun or an
        adjective: a French word Lexique lacks (délimiteur, solveur)."""
        if not self.curated:
            return False
        from .curated import technical_entries

        return any(curated_entries(word, p) or technical_entries(word, p) for p in ("NOUN", "ADJ"))

    def _known_forms(self, spellings: list[str]) -> set[str]:
        """Which of `spellings` Lexique has as forms (one query)."""
        marks = ",".join("?" * len(spellings))
        sql = f"SELECT DISTINCT form FROM forms WHERE form IN ({marks})"
        return {row[0] for row in self.data._query("lexique", sql, tuple(spellings))}

    def _glossed(
        self, keys: list[str], target: str, classes: tuple[str, ...] = ()
    ) -> _Candidate | None:
        """The best glossed entry of `keys` (of these POS classes when given); a key with
        only hand-written senses as an empty entry they fill (in _curate)."""
        found = self._best(keys, 1, target, "")
        if found is not None and found.entry.senses:
            if not classes or _pos_class(found.entry.pos) in (*classes, ""):
                return found
        if not self.curated:
            return None
        for key in keys:
            for pos in (target, *classes) if target else (*classes, "VERB"):
                if pos and curated_entries(key, pos):
                    return _Candidate((3,), key, _Entry(key, pos, "", (), "parts", "+variant"))
        return None

    def _english_word(self, q: str, target: str) -> _Candidate | None:
        """An English word in the French text (kernel, update): itself, said to be English.
        Only reached when no source glosses the word: Lexique lists loanwords (update,
        package) as French forms without a meaning. An English plural (buzzers) too."""
        if len(q) < 3 or not (q.isascii() and q.isalpha()):
            return None
        if not self.data.is_english(q):
            if not (len(q) >= 5 and q.endswith("s") and self.data.is_english(q[:-1])):
                return None
        entry = _Entry(q, target, "", ((q,),), "english", "+english")
        return _Candidate((4,), q, entry)

    def _known_base(self, stem: str) -> bool:
        """True when stem + a usual ending is a word we know (installer for installation)."""
        for ending in _BASE_ENDINGS:
            base = stem + ending
            if self.data.entries(base) or self.data.forms(base) or self._re_verb(base)[0]:
                return True
        return False

    def _re_verb(self, key: str) -> tuple[str, str]:
        """'réinstaller' -> 'reinstall' when 'installer' is a verb glossed by one word."""
        for prefix in ("ré", "re", "r"):
            base = key[len(prefix) :]
            if not key.startswith(prefix) or len(base) < 5 or not base.endswith(("er", "ir")):
                continue
            if prefix == "r" and base[:1] not in "aeiouyéè":
                continue
            for entry in self.data.entries(base):
                if _pos_class(entry.pos) != "VERB" or not entry.senses:
                    continue
                first = _plain_gloss(entry.senses[0][0])
                if entry.approximate and not derivation.cognate_head(base, first):
                    continue  # one pivot's sense, unless it is the cognate (compiler: compile)
                if first.isalpha() and first.isascii():
                    return "re" + first, "VERB"
        return "", ""

    def _joined(self, q: str, target: str) -> _Candidate | None:
        """A prefix French writes joined, written with a hyphen (ré-ouvrir, re-formater,
        dé-zipper, auto-complétion): the joined word's entry (réouvrir, reformater), the
        re- verb built as réinstaller is; None when the joined word is not glossed."""
        head, _sep, rest = q.partition("-")
        if head not in _JOINED_PREFIXES or not rest.isalpha() or len(rest) < 4:
            return None
        spellings = [head + rest]
        if head in ("re", "ré"):
            spellings += ["ré" + rest, "re" + rest]
        for word in _unique(spellings):
            keys0, keys1, pos = self._keys(word, target, "")
            found = self._best(keys0, 0, pos, "") or self._best(keys1, 1, pos, "")
            if found is None and head in ("re", "ré"):
                found = self._derivation(keys0, pos, word)
            if found is not None and found.entry.senses:
                return found
            found = self._glossed([word], pos) if self.curated else None
            if found is not None:  # auto-complétion: a hand-written row of autocomplétion
                return found
        return None

    def _compound(self, q: str, target: str) -> _Candidate | None:
        """A hyphenated word no dictionary has, glossed part by part ("after + match")."""
        parts = [p for p in q.split("-") if p]
        singular = "-".join(p[:-1] if len(p) > 3 and p.endswith(("s", "x")) else p for p in parts)
        if singular != q and len(parts) > 1:  # hauts-parleurs: haut-parleur
            found = self._best([singular], 0, target, "")
            if found is not None and found.entry.senses:
                return found
        while len(parts) > 1 and parts[-1] in _CLITICS:
            parts.pop()  # est-elle, dis-moi, va-t-il: a verb and its pronouns
        if len(parts) == 1:
            keys0, keys1, pos = self._keys(parts[0], "", "")
            return self._best(keys0, 0, pos, "") or self._best(keys1, 1, pos, "")
        if len(parts) > 4:
            return None
        glosses = []
        for i, part in enumerate(parts):
            found = None
            if i < len(parts) - 1 and part in _COMPOUND_PREFIXES:
                if not _COMPOUND_PREFIXES[part]:
                    return None  # dé-cocher is not "dice + coachman"
                glosses.append(_COMPOUND_PREFIXES[part])
                continue
            if i < len(parts) - 1:  # a prefix's own entry first (après-: after)
                found = self._best([part + "-"], 0, "", "")
            if found is None:
                found = self._best(self._keys(part, "", "")[0], 0, "", "")
            if found is None:
                return None
            first = found.entry.senses[0][0] if found.entry.senses else ""
            if not first or "(" in first:
                return None  # no gloss of its own: only inside an expression
            if i < len(parts) - 1 and found.entry.source == "pivot" and not found.entry.derived:
                return None  # a pivot noun is no guide to a prefix (ex- is not "alum")
            glosses.append(first)
        pos = target if target in _CONTENT_POS else "NOUN"
        english = self._english_compound(glosses)
        if english:  # mi-temps: halftime, contre-attaque: counterattack
            entry = _Entry(q, pos, "", ((english,),), "parts", "+compound+prefix")
            return _Candidate((2,), q, entry)
        entry = _Entry(q, pos, "", ((" + ".join(glosses),),), "parts", "+parts+prefix")
        return _Candidate((2,), q, entry)

    def _english_compound(self, glosses: list[str]) -> str:
        """The English word the parts' glosses make when English writes them as one word
        (half + time: halftime, counter + attack: counterattack; WordNet's lemmas and
        wordfreq's English), else ''."""
        heads = [_verb_head_gloss(g) for g in glosses]
        if len(heads) != 2 or not all(heads) or min(len(h) for h in heads) < 3:
            return ""  # (ex, non, pre are prefixes English writes with a hyphen)
        joined = "".join(heads)
        return joined if self.data.is_english(joined) else ""

    def _keys(self, q: str, pos: str, lemma: str) -> tuple[list[str], list[str], str]:
        """Tier-0 keys (the token's own analysis), tier-1 keys (other-POS lemmas), target POS."""
        forms = self.data.forms(q)
        target = pos or (forms[0].pos if forms else "")
        tier0 = [k for k in (lemma, q) if k]
        tail = _after_elision(q)
        if tail:
            tier0.append(tail)
        tier1 = []
        for f in forms:
            (tier0 if _pos_class(f.pos) == _pos_class(target) else tier1).append(f.lemma)
        if lemma and lemma != q and _pos_class(target) in ("ADJ", "VERB"):
            # réfléchissantes: the verb of its masculine singular réfléchissant, a present
            # participle (Lexique lists the verb's reading for the masculine form only)
            tier1 += [f.lemma for f in self.data.forms(lemma) if "par:pre" in f.verb.split(";")]
        variants = [k.replace("oe", "œ") for k in tier0 if "oe" in k]
        tier0 += variants
        tier0 = _unique(tier0)
        tier1 = [k for k in _unique(tier1) if k not in tier0]
        return tier0, tier1, target

    def _best(self, keys: list[str], tier: int, target: str, gender: str) -> _Candidate | None:
        best: _Candidate | None = None
        for order, key in enumerate(keys):
            for entry in self.data.entries(key):
                if entry.supplement or (entry.derived and not self.derived):
                    continue
                wrong_gender = bool(gender and entry.gender and entry.gender != gender)
                rank = (
                    tier,
                    _pos_distance(entry.pos, target),
                    wrong_gender,
                    entry.source == "pivot",
                    order,
                    _SOURCE_RANK.get(entry.source, 9),
                )
                if best is None or rank < best.rank:
                    best = _Candidate(rank, key, entry)
        return best

    def _user_match(self, keys: list[str], target: str, strict: bool) -> _Candidate | None:
        """The user's gloss for these keys; `strict`: only one for this POS (or any POS)."""
        best: _Candidate | None = None
        for order, key in enumerate(keys):
            for entry in self.user.get_all(key):
                distance = _pos_distance(entry.pos, target)
                if strict and distance > 1:
                    continue
                rank = (distance, order)
                if best is None or rank < best.rank:
                    best = _Candidate(rank, key, entry)
        return best

    def _result(
        self, query: str, q: str, keys0: list[str], target: str, morph: str, best
    ) -> GlossResult:
        if best is None:
            lemma = keys0[0] if keys0 else q
            definition, pos = self._definition(lemma, target)
            if not definition:
                return GlossResult(query=query)
            return self._dress(
                query, q, lemma, pos or target, morph, (), definition, "definition", ""
            )
        entry = best.entry
        lemma = best.key
        pos = entry.pos or target
        if isinstance(entry, _Entry):
            # A content word known only inside expressions ("joueur" -> "chess player
            # (joueur d'échecs)") is glossed through them: approximate. A particle such
            # as "ne" -> "not (ne ... pas)" is exactly that.
            approx = entry.origin.endswith("+expression") and _pos_class(target) in _CONTENT
            senses = entry.sense_list(approx)
            senses += self._supplement(entry)
            if entry.source != "english":  # (TeX is not 'Tex')
                senses = self._demonym_case(lemma, pos, senses)
            source, gender = entry.source, entry.gender
            if source == "ranked" and senses:
                source = senses[0].source
        else:
            # A user's gloss: "user", or an imported class glossary's label.
            source, gender = getattr(entry, "source", "user") or "user", entry.gender
            senses = tuple(
                Sense(g.strip(), False, source) for g in entry.gloss.split(";") if g.strip()
            )
        definition, _ = self._definition(lemma, pos)
        return self._dress(query, q, lemma, pos, morph, senses, definition, source, gender, best)

    def _capitalised(self, gloss: str) -> str:
        """A one-word gloss English only writes with a capital, so written (copte: Coptic,
        huguenot: Huguenot, not a source's 'coptic'); the gloss unchanged otherwise."""
        if not gloss.isalpha() or not gloss.islower() or not gloss.isascii():
            return gloss
        spelt = self._spelled(gloss)
        return spelt if spelt[:1].isupper() else gloss

    def _demonym_case(self, lemma: str, pos: str, senses: tuple) -> tuple:
        """Nationalities capitalised (norvégien: Norwegian, not the source's 'norwegian'), and
        words English only writes with a capital (copte: Coptic)."""
        if _pos_class(pos) not in ("ADJ", "NOUN") or not senses:
            return senses
        if not any(s.text[:1].islower() for s in senses):
            return senses
        from dataclasses import replace

        out = []
        for s in senses:
            glosses = [
                self._capitalised(
                    derivation.capitalised_demonym(lemma, g.strip(), self._noun_glosses)
                )
                for g in s.text.split(",")
            ]
            text = ", ".join(glosses)
            out.append(replace(s, text=text) if text != s.text else s)
        return tuple(out)

    def _supplement(self, entry: _Entry) -> tuple[Sense, ...]:
        """One approximate pivot sense with the words a FreeDict entry's senses lack."""
        if entry.source != "freedict" or entry.derived or not self.derived:
            return ()
        have = {_plain_gloss(g) for s in entry.senses for g in s}
        for extra in self.data.entries(entry.key):
            if extra.supplement and extra.pos == entry.pos:
                words = [w for s in extra.senses for w in s if _plain_gloss(w) not in have]
                if words:
                    return (Sense(", ".join(words[:MAX_SUPPLEMENT_WORDS]), True, "pivot"),)
        return ()

    def _dress(
        self, query, q, lemma, pos, morph, senses, definition, source, gender, best=None
    ) -> GlossResult:
        # the user's (or class's) gender, or a ranked entry's own (le livre / la livre)
        own = best is not None and (
            not isinstance(best.entry, _Entry) or best.entry.source == "ranked"
        )
        user_gender = gender if own else ""
        if _pos_class(pos) == "NOUN":
            gender = user_gender or self._gender(lemma, gender, morph)
            if gender and definition and source != "definition":
                definition = self._definition(lemma, pos, gender)[0] or definition
        else:
            gender = ""
        forms = [f for f in self.data.forms(q) if f.lemma == lemma]
        return GlossResult(
            query=query,
            lemma=lemma,
            pos=pos,
            gender=gender,
            article=article_for(lemma, gender) if gender else "",
            senses=senses,
            form_line=form_line(q, lemma, pos, morph, forms),
            definition_fr=definition,
            source=source,
            found=True,
        )

    def _gender(self, lemma: str, dict_gender: str, morph: str) -> str:
        """WikDict, then FreeDict, then Lexique, then the token's morphology."""
        for pos, gender, _ in self.data.wikdict(lemma):
            if pos == "NOUN" and gender:
                return gender
        if dict_gender:
            return dict_gender
        for f in self.data.forms(lemma):
            if f.lemma == lemma and f.pos == "NOUN" and f.gender in ("m", "f"):
                return f.gender
        if "Gender=Fem" in morph:
            return "f"
        if "Gender=Masc" in morph:
            return "m"
        return ""

    def _definition(self, lemma: str, pos: str, gender: str = "") -> tuple[str, str]:
        """WikDict's French definition: this POS, and this gender (la livre: Unité
        monétaire; le livre: Ensemble de pages reliées) when known."""
        rows = self.data.wikdict(lemma)
        ranked = sorted(
            rows,
            key=lambda r: (
                _pos_distance(r[0], pos),
                bool(gender and r[1] and r[1] != gender),
                not r[2],
            ),
        )
        for row_pos, _, definition in ranked:
            if definition:
                return definition, row_pos
        return "", ""


_DET_MASC = frozenset("un le ce cet mon ton son du au aucun quel nul".split())
_DET_FEM = frozenset("une la cette ma ta sa aucune quelle nulle".split())
_DETS_OTHER = frozenset("l les des de d du au aux".split())
# sentence-initial determiners that are not names ("La règle", "Ses options", "Quatre piles")
_DETS_PLURAL = frozenset(
    "mes tes ses nos vos leurs leur notre votre ces chaque plusieurs quelques certains "
    "certaines tout toute tous toutes deux trois quatre cinq six sept huit neuf dix onze douze "
    "treize quatorze quinze seize vingt trente quarante cinquante soixante cent mille".split()
)
# Determiners never read as an object pronoun: the word after them is a noun.
_NOUN_DETERMINERS = frozenset(
    "un une du au aux des ce cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos "
    "chaque quelques plusieurs aucun aucune".split()
)
# Prepositions: le/la/les after them is an article (sur le calque), unless an infinitive
# follows (de la mettre).
_PREPOSITIONS = frozenset("de à sur dans pour par avec sans sous vers entre chez contre".split())
# Adjectives that come before their noun (le nouveau calque).
_BEFORE_NOUN_ADJ = frozenset(
    "nouveau nouvel nouvelle nouveaux nouvelles premier première premiers premières dernier "
    "dernière derniers dernières autre autres même mêmes seul seule seuls seules grand grande "
    "grands grandes petit petite petits petites bon bonne bons bonnes mauvais mauvaise "
    "ancien ancienne anciens anciennes meilleur meilleure meilleurs meilleures pire pires "
    "moindre moindres".split()
)
_SUBJECTS = frozenset("je j il elle on nous vous ils elles qui".split())
# adverbs between a copula and its adjective (n'est pas très poli, reste toujours aussi clair)
_COPULA_ADVERBS = frozenset(
    "ne n pas plus moins très si trop assez bien vraiment tout toute toujours jamais aussi "
    "plutôt "
    "parfois souvent encore déjà peu fort particulièrement vous lui me te nous leur".split()
)
_WORD_RE = re.compile(r"[\w'’-]+")
# the determiners a verb's object opens with (Affiche les codes, Ouvre une fenêtre)
_OPENING_OBJECT = frozenset(
    "le la les l' l’ un une des du ce cet cette ces votre vos son sa ses leur leurs".split()
)


def determiner_gender(text: str, start: int) -> str:
    """'Masc' / 'Fem' from the determiner before the word at `start` in `text` ("un livre",
    "la grosse livre": one adjective may stand between); '' when none says it (l', les)."""
    words = _WORD_RE.findall(text[max(0, start - 40) : start].lower())[-2:]
    for word in reversed(words):
        if word in _DET_MASC:
            return "Masc"
        if word in _DET_FEM:
            return "Fem"
    return ""


_OBJECT_CLITICS = frozenset("le la les l' l’ leur".split())
_BEFORE_OBJECT = frozenset("je j tu il elle on nous vous ils elles ne n me m te t se s".split())


def _object_pronoun(token: Token, context: str) -> bool:
    """le/la/les tagged as an article right after a subject pronoun or ne (je les vois,
    il ne la voit pas): the object pronoun."""
    if token.norm not in _OBJECT_CLITICS:
        return False
    words = _WORD_RE.findall(context[max(0, token.start - 12) : token.start])
    if not words or not context[: token.start].rstrip().endswith(words[-1]):
        return False
    prev = re.split(r"['’]", words[-1].lower())
    last = prev[-1] or (prev[-2] if len(prev) > 1 else "")
    return last in _BEFORE_OBJECT


def _morph_gender(morph: str) -> str:
    """'m' / 'f' from spaCy's morphology of the token (its determiner decides it)."""
    if "Gender=Fem" in morph:
        return "f"
    if "Gender=Masc" in morph:
        return "m"
    return ""


_AVOIR = frozenset(
    "ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez "
    "auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eu eus eut "
    "ayant avoir".split()
)
_ETRE = frozenset(
    "suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons "
    "serez seront serais serait serions seriez seraient sois soit soyons soyez soient "
    "étant être fus fut furent".split()
)
_REFLEXIVE = frozenset("se s me m te t nous vous".split())
# Words that may stand between an auxiliary and its participle (n'a jamais été, a déjà).
_BETWEEN = frozenset(
    "ne n pas plus jamais déjà bien mal tout toujours souvent encore rien aussi même "
    "beaucoup peu trop très vite enfin ensuite alors ainsi également".split()
)
_CLAUSE_END = re.compile(r"[.!?;:,«»()\[\]]")
_AGENT = re.compile(
    r"\s+par\s+(?:(?:le|la|les|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\b|l['’]|[A-ZÉ])"
)


def _adjectival_participle(token: Token, context: str) -> bool:
    """A past participle used as an adjective or in the passive: tagged ADJ, or a verb
    participle that no form of avoir (nor a reflexive être) governs ("ont été exacerbées",
    "est marqué", "le fichier chiffré"; not "a promis", "s'est levée"). Without the text,
    only the tagger's ADJ counts."""
    morph = token.morph  # the tagger may leave VerbForm out (installés): Lexique tells
    if "VerbForm=" in morph and "VerbForm=Part" not in morph or "Tense=Pres" in morph:
        return False
    if token.pos == "ADJ":
        return True
    if token.pos != "VERB" or not context:
        return False
    before = _CLAUSE_END.split(context[max(0, token.start - 60) : token.start])[-1]
    words = [w.lower() for w in re.split(r"[^\w]+", before) if w]
    while words and (words[-1] in _BETWEEN or words[-1].endswith("ment")):
        words.pop()  # adverbs: a correctement fonctionné
    if not words:
        return True
    if words[-1] == "été":
        return True  # a été marqué: passive
    if words[-1] in _AVOIR:
        return False  # a promis: the verb's own sense
    if words[-1] in _ETRE:
        rest = [w for w in words[:-1] if w not in _BETWEEN and not w.endswith("ment")]
        return not (rest and rest[-1] in _REFLEXIVE)  # s'est levée: a verb
    return True


def _attributive(token: Token, context: str) -> bool:
    """A participle next to its noun, not governed by être (des systèmes perfectionnés; not
    "la question est posée", "il a été emporté": passives keep the verb's sense), nor followed
    by its agent ("le projet soutenu par la ville": supported, not sustained)."""
    if not context:
        return token.pos == "ADJ"
    if _AGENT.match(context, token.end):
        return False
    before = _CLAUSE_END.split(context[max(0, token.start - 60) : token.start])[-1]
    words = [w.lower() for w in re.split(r"[^\w]+", before) if w]
    while words and (words[-1] in _BETWEEN or words[-1].endswith("ment")):
        words.pop()
    return not (words and (words[-1] in _ETRE or words[-1] == "été"))


def _masculine_singular(participle: str) -> list[str]:
    """A past participle's masculine singular: perfectionnées -> perfectionné, polies ->
    poli, écrite -> écrit (the word itself first)."""
    out = [participle]
    w = participle[:-1] if participle.endswith("s") and len(participle) > 3 else participle
    out.append(w)
    if w.endswith("e") and len(w) > 3 and w[-2] in "éiust":
        out.append(w[:-1])
    return _unique(out)


def _weak_adjective(best: _Candidate, target: str) -> bool:
    entry = best.entry
    return (
        target == "ADJ"
        and isinstance(entry, _Entry)
        and entry.source == "ranked"
        and entry.approximate
    )


# A past participle's endings on an -er verb's stem (explicité, préfixées).
_PARTICIPLE_FORM = re.compile(r"(\w+?)(?:é|ée|és|ées)")
# Feminine and plural endings of adjectives and nouns -> their masculine singular endings,
# longest first (vectorielles: vectoriel, actives: actif, régionaux: régional).
_INFLECTIONS = (
    ("elles", "el"), ("elle", "el"), ("ennes", "en"), ("enne", "en"), ("onnes", "on"),
    ("onne", "on"), ("ives", "if"), ("ive", "if"), ("euses", "eux"), ("euse", "eux"),
    ("aux", "al"), ("es", ""), ("e", ""), ("s", ""), ("x", ""),
)  # fmt: skip


# Signs a web page or a document sticks to a word (a heading's anchor: "paquets¶").
_STUCK_SIGNS = "¶§†‡•"
# The accents a letter may have lost (systeme: système), and how many spellings to try.
_ACCENTS = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uûù", "c": "cç"}
_MAX_ACCENTED = 256
# Shorter words are as often another language's (Latin pede is not pédé)
_MIN_ACCENTED = 5


def _accented_words(word: str, known) -> list[str]:
    """The words Lexique knows that `word` spells without their accents (systeme: système,
    controle: contrôle): one letter accented, then two, then three, at most _MAX_ACCENTED
    spellings in all; `known(spellings)` says which of a list Lexique has (one query)."""
    from itertools import combinations, islice, product

    slots = [(i, _ACCENTS[c][1:]) for i, c in enumerate(word) if c in _ACCENTS]
    left = _MAX_ACCENTED

    def spelt(k: int):
        for chosen in combinations(slots, k):
            for accents in product(*(options for _i, options in chosen)):
                letters = list(word)
                for (i, _options), accent in zip(chosen, accents, strict=True):
                    letters[i] = accent
                yield "".join(letters)

    for k in (1, 2, 3):
        spellings = list(islice(spelt(k), left))
        found = known(spellings) if spellings else set()
        if found:
            return [s for s in spellings if s in found]  # the fewest accents put back
        left -= len(spellings)
        if left <= 0:
            break
    return []


def _masculine_singulars(word: str) -> list[str]:
    """The masculine singular forms `word` may be an inflection of, likeliest first."""
    return _unique(
        [word[: -len(end)] + base for end, base in _INFLECTIONS if word.endswith(end)]
        + ([word[:-1]] if word.endswith("es") else [])
    )


def _suffix_gloss(key: str) -> tuple[str, str, str]:
    """(English, POS, French stem) by a regular suffix: 'standardisation' ->
    'standardization'; empty strings when no suffix applies."""
    plain = "".join(c for c in unicodedata.normalize("NFD", key) if unicodedata.category(c) != "Mn")
    for fr, en in _SUFFIXES:
        fr_plain = unicodedata.normalize("NFD", fr).encode("ascii", "ignore").decode()
        if plain.endswith(fr_plain) and len(plain) - len(fr_plain) >= _MIN_STEM:
            stem = plain[: -len(fr_plain)]
            if not stem.isalpha() or not stem.isascii():
                return "", "", ""
            pos = _SUFFIX_POS.get(fr, "NOUN" if fr != "ment" else "")
            return stem + en, pos, key[: len(key) - len(fr)]
    return "", "", ""


def _false_senses(note: str) -> list[str]:
    """The senses a false-friend note warns against: "false friend: not 'eventual'"."""
    if not note.startswith("false friend"):
        return []
    return re.findall(r"'([^']+)'", note)


def _family_names(families: str) -> str:
    """'fd+cat' -> 'freedict+apertium-catalan'."""
    return "+".join(FAMILY_NAMES.get(f, f) for f in families.split("+") if f)


def _pos_distance(entry_pos: str, target: str) -> int:
    if not target or _pos_class(entry_pos) == _pos_class(target):
        return 0
    return 1 if not entry_pos else 2


def _verb_head_gloss(gloss: str) -> str:
    """The one lower-case ASCII word of a gloss ('to click' -> 'click'), '' otherwise."""
    words = gloss.lower().split()
    if words and words[0] == "to":
        words = words[1:]
    word = words[0] if len(words) == 1 else ""
    return word if word.isascii() and word.isalpha() else ""


# Verbs whose English gloss is a modal with no participle (pouvoir: can)
_MODALS = frozenset(("pouvoir",))


def _image_editing(entries: tuple) -> bool:
    """Computing senses of an image editor (technical-glosses.tsv's notes say "image
    editing": calque: layer, dégradé: gradient), which a text about images also takes."""
    return any("image editing" in e.note for e in entries)


def _plain_gloss(gloss: str) -> str:
    """'to submit (sth.)' -> 'submit': a gloss compared across dictionaries."""
    g = gloss.lower().split("(")[0].strip()
    return g[3:] if g.startswith("to ") else g


def _after_elision(q: str) -> str:
    """'l'homme' -> 'homme' (a bare word typed with its elided article)."""
    if "'" in q:
        head, _, tail = q.partition("'")
        if french.elision_full_form(head + "'") and tail:
            return tail
    return ""


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x in seen or seen.add(x))]


# -- form line -------------------------------------------------------------------------------


def acronym_result(query: str, acronym: acronyms.Acronym | None) -> GlossResult:
    """An acronym as a gloss: its English equivalent, its French expansion as definition."""
    if acronym is None:
        return GlossResult(query=query)
    sense = Sense(acronym.english, approximate=False, source="acronyms")
    return GlossResult(
        query=query,
        lemma=acronym.acronym,
        pos="PROPN",
        senses=(sense,),
        definition_fr=acronym.expansion,
        source="acronyms",
        found=True,
    )


def form_line(q: str, lemma: str, pos: str, morph: str, forms: list[Form]) -> str:
    """'déclaré: participe passé de déclarer' (one function for the pop-up and the CLI)."""
    from .verb_forms import form_line as line

    return line(q, lemma, pos, morph, forms)


_data: BundledData | None = None
_data_lock = threading.Lock()


def _default_data() -> BundledData:
    global _data
    with _data_lock:
        if _data is None:
            _data = BundledData()
        return _data


def default_glossary(store: Store | None = None) -> Glossary:
    """A Glossary over the shipped data (opened once per process), with the user's overrides."""
    return Glossary(store)
