"""Glosses built from a related word for words no dictionary has (always shown as approximate).

Each rule starts from a French word we know and its English gloss, and builds an English
phrase that is right whatever that gloss is, rather than a guessed English word:

- demonyms: québécois, norvégien from the place (Québec: Quebec, Norvège: Norway) whose
  gloss is an English proper name: "of Quebec", noun "person from Quebec";
- learned prefixes: pseudocouleur, méta-paquet -> "pseudo-colour", "meta-package";
- nouns of action in -age from a verb: filtrage -> "filtering";
- -able adjectives from a verb: ancrable -> "that can be anchored";
- verbs whose stem is a Latin English verb: compacter -> "compact", dupliquer ->
  "duplicate" (only when the English word exists);
- negative prefixes: indisponible -> "unavailable", inchangé -> "unchanged" (only when
  the English word exists).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .english_forms import past_participle

# first_gloss(french word, POS class or '') -> its first English gloss ('' when unknown)
FirstGloss = Callable[[str, str], str]
IsEnglish = Callable[[str], bool]

# Demonym endings (masculine singular: the lemma) and the place-name endings they replace.
_DEMONYM_ENDINGS = ("ien", "ois", "ais", "ain", "an")
_PLACE_TAILS = ("", "e", "ie", "a", "es")
_MIN_PLACE = 3
# Learned prefixes that English writes the same way (pseudo-, méta- -> meta-).
_PREFIXES = {
    "pseudo": "pseudo",
    "méta": "meta",
    "meta": "meta",
    "multi": "multi",
    "hyper": "hyper",
    "micro": "micro",
    "macro": "macro",
    "mini": "mini",
    "anti": "anti",
    "néo": "neo",
    "proto": "proto",
    "semi": "semi",
    "ultra": "ultra",
    "super": "super",
    "non-": "non",
}
# (not pré-, inter-, post-: read in their sentences, "préréglé: pre-regulate" and
# "interligne: inter-line" were wrong more often than right)
_MIN_REST = 4
_MIN_PREFIXED = 5
# Nouns of action built on a verb's stem (encod-age, partitionn-ement).
# (-age only: read over Lexique's -ement nouns, a verb's first sense was the wrong one for
# a quarter of them: discernement "finding", chevauchement "riding", ronronnement "buzzing")
_ACTION_ENDINGS = ("age",)
_VOWELS = "aeiou"
_ASCII_WORD = re.compile(r"[a-z]+")


def demonym(word: str, pos: str, glosses: Callable[[str], list[str]]) -> str:
    """'of Norway' (ADJ) / 'person from Norway' (NOUN) for norvégien (`glosses(place)`: the
    English glosses of a French noun); '' when no place with an English proper name is
    found. Only masculine lemmas: a feminine noun in -ienne
    (persienne) is not a demonym."""
    w = word.lower()
    for ending in _DEMONYM_ENDINGS:
        shortest = _MIN_PLACE + 2 if ending == "an" else _MIN_PLACE  # liman is no Limaian
        if not w.endswith(ending) or len(w) - len(ending) < shortest:
            continue
        stem = w[: -len(ending)]
        for tail in _PLACE_TAILS:  # algérois: Alger (Algiers) before Algérie
            for base in _stems(stem):
                for place in glosses(base + tail):
                    if _place_name(place, base + tail):
                        return f"person from {place}" if pos == "NOUN" else f"of {place}"
    return ""


_MONTHS = frozenset(
    "January February March April May June July August September October November "
    "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _place_name(gloss: str, french: str) -> bool:
    """An English place name for the French one: a proper name (Norway), not a demonym
    (Mongolian), a month (août: August) or another name the French spelling is far from
    (Paname: Paris); it starts as the French name does (Norvège, Norway)."""
    if not _proper_name(gloss) or len(gloss) < 4 or gloss in _MONTHS:
        return False
    if gloss.lower().endswith(("ian", "ese", "ish")):
        return False
    return _plain(gloss.lower())[:3] == _plain(french)[:3]


def _stems(stem: str) -> list[str]:
    """Spellings of the place's stem: lyonn -> lyon, québéc -> québec, niç -> nic,
    norvég -> norvèg."""
    out = [stem]
    if "-" in stem:
        out.append(stem.replace("-", " "))  # new-yorkais: New York
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # lyonnais, parisienne
    if stem.endswith(("ge", "ce")):
        out.append(stem[:-1])  # strasbourgeois: Strasbourg
    if stem.endswith("ç"):
        out.append(stem[:-1] + "c")  # niçois: Nice
    m = re.search(r"[eé]([^aeiouyéèêàâîôû]+)$", stem)
    if m:
        for vowel in "eèé":  # québécois: Québec, norvégien: Norvège, genevois: Genève
            out.append(stem[: m.start()] + vowel + m.group(1))
    return _unique(out)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _proper_name(gloss: str) -> bool:
    """An English proper name: capitalised letters (Norway, Hong Kong, Marseilles)."""
    return bool(gloss) and gloss[:1].isupper() and all(p.isalpha() for p in gloss.split())


def prefixed(word: str, pos: str, first_gloss: FirstGloss) -> str:
    """'pseudo-colour' for pseudocouleur or pseudo-couleur: a learned prefix English
    shares, and the rest glossed (as the word's POS: méta-données is the noun); ''
    otherwise."""
    w = word.lower()
    for fr, en in _PREFIXES.items():
        if not w.startswith(fr):
            continue
        rest = w[len(fr) :].lstrip("-")
        if len(rest) < _MIN_PREFIXED:  # microbien is not "micro-well"
            continue
        gloss = first_gloss(rest, pos) or (first_gloss(rest, "NOUN") if pos else "")
        if gloss and _ASCII_WORD.fullmatch(gloss.split()[0]):
            return f"{en}-{gloss}"
    return ""


def action_noun(word: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'filtering' for filtrage (filtrer: filter): the English -ing form of the verb a noun
    in -age is built on, or the English word spelt the same (tonnage, sabotage); '' when
    there is neither."""
    w = word.lower()
    if w.endswith("age") and is_english(_plain(w)):
        return _plain(w)
    for ending in _ACTION_ENDINGS:
        if not w.endswith(ending) or len(w) - len(ending) < _MIN_REST:
            continue
        verb = first_gloss(w[: -len(ending)] + "er", "VERB")
        form = gerund(verb, is_english)
        if form:
            return form
    return ""


def able_adjective(word: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'that can be installed' for installable (installer: install), or the English word
    spelt the same (regrettable, passable, estimable: their English sense is the French
    one); '' otherwise."""
    w = word.lower()
    w = w[:-1] if w.endswith("ables") else w
    if not w.endswith("able") or len(w) < 4 + _MIN_REST:
        return ""
    if is_english(_plain(w)):
        return _plain(w)
    verb = first_gloss(w[:-4] + "er", "VERB")
    participle = past_participle(_verb_head(verb), is_english) if verb else ""
    return f"that can be {participle}" if participle else ""


def cognate_verb(word: str, is_english: IsEnglish) -> str:
    """'confront' for confronter, 'duplicate' for dupliquer, 'compact' for compacter,
    'decentralize' for décentraliser: the
    verb's stem written the English way, when English has that word."""
    w = _plain(word.lower())
    if not w.endswith("er") or not w.isalpha():
        return ""
    stem = w[:-2]
    if stem.endswith("qu") and len(stem) >= 5 and is_english(stem[:-2] + "cate"):
        return stem[:-2] + "cate"  # dupliquer: duplicate
    # -iser on a stem of five letters or more: -ize (décentraliser: decentralize; read over
    # Lexique's -iser verbs: right for those; shorter stems are other words, blaiser "blaize")
    if stem.endswith("is") and len(stem) >= 7 and is_english(stem[:-2] + "ize"):
        return stem[:-2] + "ize"
    # Only Latin -ct stems (compacter, rétracter, prospecter): read over Lexique's verbs,
    # other stems were another word about half the time (farter "fart", franciser
    # "francis", vitaminer "vitamin", impatienter "impatient").
    if len(stem) >= 6 and stem.endswith("ct") and is_english(stem):
        return stem
    return ""


# French negative prefix -> the English prefixes it may become (déplaisir: displeasure).
_NEGATIONS = {
    "in": ("un", "in"),
    "im": ("im", "un"),
    "il": ("il", "un"),
    "ir": ("ir", "un"),
    "dés": ("dis", "de"),
    "dé": ("de", "dis"),
    "non-": ("non",),
    "non": ("non",),
    "pré": ("pre",),  # prédéfinie: predefined (only when English has the word)
}


def negated(word: str, pos: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'unavailable' for indisponible (disponible: available), 'unchanged' for inchangé
    (changer: change): a negative prefix on a known word, when English has the negated
    word; '' otherwise."""
    w = word.lower()
    for prefix, english in _NEGATIONS.items():
        rest = w[len(prefix) :]
        if not w.startswith(prefix) or len(rest) < _MIN_REST:
            continue
        bases = [first_gloss(rest, pos)]
        participle = re.match(r"(.+)é(?:e|s|es)?$", rest)
        if participle:  # inchangés: changer -> change -> changed
            verb = _verb_head(first_gloss(participle.group(1) + "er", "VERB"))
            bases.append(past_participle(verb, is_english) if verb else "")
        for base in bases:
            if not base or not _ASCII_WORD.fullmatch(base):
                continue
            for neg in english:
                if is_english(neg + base):
                    return neg + base
    # (not "un-" + any verb: read over Lexique's dé- verbs, déchanter "un-sing", décocher
    # "un-mark", dégommer "un-erase" were wrong about half the time)
    return ""


def agent_noun(word: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'interpreter' for interpréteur (interpréter: interpret): the English agent noun of
    the verb a noun in -eur is built on, when English has that word; '' otherwise."""
    w = word.lower()
    if not w.endswith("eur") or len(w) < 3 + _MIN_REST:
        return ""
    verb = _verb_head(first_gloss(w[:-3] + "er", "VERB"))
    if not verb:
        return ""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = [stem + "er"]
    if verb.endswith(("ct", "ate", "it")):
        forms.append(stem + "or")  # predict: predictor, edit: editor (not do: "door")
    for form in forms:
        if len(verb) >= 3 and is_english(form):
            return form
    return ""


def gerund(verb: str, is_english: IsEnglish) -> str:
    """The -ing form of an English verb gloss ('to pin' -> 'pinning'); '' for a gloss that is
    not one plain verb."""
    head = _verb_head(verb)
    if not head:
        return ""
    if head.endswith("ie"):
        return head[:-2] + "ying"
    if head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        return head[:-1] + "ing"
    vowels = sum(c in _VOWELS for c in head)
    cvc = (
        len(head) >= 3
        and head[-1] not in _VOWELS + "wxy"
        and head[-2] in _VOWELS
        and head[-3] not in _VOWELS
    )
    if cvc and vowels == 1:
        return head + head[-1] + "ing"  # pin: pinning
    doubled = head + head[-1] + "ing"
    if cvc and is_english(doubled):
        return doubled  # commit: committing
    return head + "ing"


def _verb_head(verb: str) -> str:
    words = verb.lower().split()
    if words and words[0] == "to":
        words = words[1:]
    return words[0] if len(words) == 1 and _ASCII_WORD.fullmatch(words[0]) else ""


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# English demonyms end so (Norwegian, Japanese, Swedish, Basque, Thai, Czech, Breton).
_EN_DEMONYM = re.compile(r"[a-z]+(?:ian|ean|an|ese|ish|ic|i|ch|que|on)")


def capitalised_demonym(word: str, gloss: str, glosses: Callable[[str], list[str]]) -> str:
    """'Norwegian' for the gloss 'norwegian' of norvégien: a nationality that a source wrote
    in lower case, capitalised as English writes every one (French, German), when `word` is
    a demonym of a place whose English name starts as the gloss does (Norvège: Norway);
    `gloss` unchanged otherwise ('parisian' of a word that is no demonym stays)."""
    head, sep, rest = gloss.partition(" ")
    if not _EN_DEMONYM.fullmatch(head):
        return gloss
    place = demonym(word, "ADJ", glosses).removeprefix("of ")
    if place and _plain(place.lower())[:3] == head[:3]:
        return head[:1].upper() + head[1:] + sep + rest
    return gloss


_PRE_PARTICIPLE = re.compile(r"pré(.{4,}?)(?:(é)|(i))(?:e|s|es)?")
_PRE_VERB = re.compile(r"pré(.{4,}(?:er|ir))")


def pre_infinitive(word: str) -> bool:
    """Whether `word` is pré- + an infinitive (présélectionner): tried after the token's
    own form, so présélectionnés is 'pre-selected', not 'pre-select'."""
    return bool(_PRE_VERB.fullmatch(word.lower()))


def pre_verb(word: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'pre-configured' for préconfiguré (configurer: configure), 'pre-defined' for
    prédéfinie, 'pre-select' for présélectionner: pré- on a known verb or its past
    participle whose English gloss is its cognate (the same first four letters: configure,
    define, select), so the sense survives the prefix; '' otherwise (préréglé is not
    'pre-regulated', prénommé not 'pre-called': read over Lexique's pré- verbs)."""
    w = word.lower()
    m = _PRE_PARTICIPLE.fullmatch(w)
    if m:
        verb = m.group(1) + ("er" if m.group(2) else "ir")
    else:
        m = _PRE_VERB.fullmatch(w)
        verb = m.group(1) if m else ""
    english = _verb_head(first_gloss(verb, "VERB")) if verb else ""
    if len(english) < 4 or _plain(english)[:4] != _plain(verb)[:4]:
        return ""
    if verb == w[3:]:
        return f"pre-{english}"
    participle = past_participle(english, is_english)
    return f"pre-{participle}" if participle else ""
