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
    "paléo": "paleo",
}
# Learned combining forms of science (thermo-, électro-): only before a word whose gloss is
# its cognate (the same first four letters: thermonucléaire, nuclear), so the English is
# the learned compound. Read over Lexique's 44 words with thermo-, gyro-, électro-, hydro-:
# with any gloss 8 wrong (thermographie 'thermo-spelling', gyrophare 'gyro-lighthouse',
# électrostatique 'electro-structural design', thermocollant 'thermo-tights'); with the
# cognate only, 2 wrong in 34 (hydrocarbure 'hydro-carbide', hydrographe 'hydro-graph').
_LEARNED_PREFIXES = {
    "thermo": "thermo",
    "gyro": "gyro",
    "électro": "electro",
    "hydro": "hydro",
    "piézo": "piezo",
    "piezo": "piezo",
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


def demonym(
    word: str,
    pos: str,
    glosses: Callable[[str], list[str]],
    endings: tuple[str, ...] = _DEMONYM_ENDINGS,
) -> str:
    """'of Norway' (ADJ) / 'person from Norway' (NOUN) for norvégien (`glosses(place)`: the
    English glosses of a French noun); '' when no place with an English proper name is
    found. Only masculine lemmas: a feminine noun in -ienne
    (persienne) is not a demonym."""
    w = word.lower()
    for ending in endings:
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
    shares, and the rest glossed (as the word's POS: méta-données is the noun);
    'thermo-nuclear' for thermonucléaire: a learned combining form before a word glossed by
    its cognate; '' otherwise."""
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
    for fr, en in _LEARNED_PREFIXES.items():
        rest = w[len(fr) :].lstrip("-")
        if not w.startswith(fr) or len(rest) < _MIN_PREFIXED:
            continue
        gloss = first_gloss(rest, pos) or (first_gloss(rest, "NOUN") if pos else "")
        gloss = _verb_head(gloss)
        if gloss and cognate_head(rest, gloss):  # thermorégulé: thermo-regulated
            return f"{en}-{gloss}"
    return ""


def action_noun(
    word: str, first_gloss: FirstGloss, is_english: IsEnglish, spelt: IsEnglish | None = None
) -> str:
    """'filtering' for filtrage (filtrer: filter): the English -ing form of the verb a noun
    in -age is built on, or the English word spelt the same (tonnage, sabotage: on the
    `spelt` word list when given, a wider one); '' when there is neither."""
    w = word.lower()
    if w.endswith("age") and (spelt or is_english)(_plain(w)):
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
    vowels = sum(c in _VOWELS for c in verb)
    if (
        len(verb) >= 3
        and vowels == 1
        and verb[-1] not in _VOWELS + "wxy"
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    ):
        forms = [verb + verb[-1] + "er"]  # cut: cutter, not 'cuter'; run: runner
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


def plain(text: str) -> str:
    """`text` without its accents (Botswana for botswana, egeen for égéen)."""
    return _plain(text)


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


# -- cognates: a French word written the English way (issue 13) ----------------------------
# French ending -> English endings, tried in order; the English word must exist (the wide
# word list: WordNet's lemmas and wordfreq's English). Read over a sample of Lexique's words
# no dictionary glosses (tools/derivation_sample.py): see each rule's comment.
_COGNATE_ENDINGS = (
    ("mètre", ("meter",)),  # voltmètre: voltmeter
    ("oïde", ("oid",)),  # sinusoïde: sinusoid
    ("isation", ("ization",)),
    ("ification", ("ification",)),
    ("éaire", ("ear",)),  # linéaire: linear
    ("aire", ("ary", "ar")),  # stationnaire: stationary, circumpolaire: circumpolar
    ("iaque", ("iac", "iacal")),  # élégiaque: elegiac, héliaque: heliacal (not caraque)
    ("aison", ("ation",)),  # lunaison: lunation
    ("oire", ("ory",)),  # transitoire: transitory
    ("iques", ("ics",)),
    ("ïque", ("ic",)),  # ptolémaïque: Ptolemaic
    ("ique", ("ic", "ical")),  # ohmique: ohmic, chronométrique: chronometric
    ("elle", ("al",)),  # organisationnelle: organizational
    ("el", ("al",)),
    ("euse", ("ous",)),
    ("eux", ("ous",)),
    ("ive", ("ive",)),
    ("if", ("ive",)),
    ("isme", ("ism",)),
    ("iste", ("ist",)),
    ("ité", ("ity",)),
    ("cratie", ("cracy",)),  # théocratie: theocracy
    ("lyse", ("lysis",)),  # hydrolyse: hydrolysis
    ("èse", ("esis",)),  # exégèse: exegesis, genèse: genesis
    ("ose", ("osis", "ose")),  # nécrose: necrosis, kératose: keratosis, dextrose
    ("ome", ("oma", "ome")),  # carcinome: carcinoma, génome: genome
    ("gramme", ("gram",)),  # hologramme: hologram
    ("logue", ("logue", "logist")),  # égyptologue: Egyptologist (apologue: apologue)
    ("ie", ("y", "ia")),  # not on its own: see cognate()
)
# -ie -> -y / -ia only in learned words (géométrie: geometry, tétrarchie: tetrarchy,
# télépathie: telepathy; amnésie: amnesia, dyslexie: dyslexia, utopie: utopia), by the
# stem's learned Greek ending
_IE_Y = (
    "ograph", "olog", "onom", "metr", "nom", "scop", "path", "therap", "arch", "gon", "phon",
    "tom", "gam", "latr", "urg", "erg", "plast", "soph", "troph", "throp", "ps", "mach",
)  # fmt: skip
_IE_IA = ("phob", "phil", "alg", "em", "es", "ex", "pleg", "man", "op")
_MIN_COGNATE = 6  # shorter words meet English ones by chance (tuple aside, too short anyway)


_NOT_FRENCH = frozenset("äößø")


def _french_letters(word: str) -> bool:
    """Letters only, none foreign to French (Härtel is a name, not 'hartal')."""
    return word.isalpha() and not _NOT_FRENCH.intersection(word)


def cognate(word: str, pos: str, is_english: IsEnglish) -> str:
    """'stationary' for stationnaire, 'voltmeter' for voltmètre, 'polystyrene' for
    polystyrène: a noun or adjective written the English way by a regular correspondence of
    learned vocabulary (accents dropped, -aire -> -ary, -ique -> -ic, -el -> -al, -mètre ->
    -meter, ...), when English has that word; '' otherwise. Curated false friends win over
    it (the lookup puts them first); it only runs for words no dictionary has."""
    w = word.lower()
    if pos not in ("NOUN", "ADJ", "") or len(w) < _MIN_COGNATE or not _french_letters(w):
        return ""
    plain = _plain(w.replace("œ", "oe"))
    if plain.isascii() and plain != w and not w.endswith(("é", "ée", "és", "ées")):
        if is_english(plain):
            return plain  # polystyrène: polystyrene (an accent only; not interfacé)
    for fr, endings in _COGNATE_ENDINGS:
        if w.endswith("s") and not w.endswith(("ss", fr)):
            w = w[:-1]  # ohmiques: ohmique, voltmètres: voltmètre
        if not w.endswith(fr) or len(w) - len(fr) < 3:
            continue
        stem = _plain(w[: -len(fr)])
        stems = [stem.replace("isation", "ization"), stem]  # organisationnel: organizational
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "nlt":
            stems += [x[:-1] for x in stems]  # stationnaire: stationary, personnel: personal
        for s in _unique(stems):
            for en in endings:
                if fr == "ie" and not s.endswith(_IE_Y if en == "y" else _IE_IA):
                    continue  # -ie -> -y, -ia only in learned words (géométrie, amnésie)
                if s.isascii() and is_english(s + en):
                    return s + en
        return ""
    return ""


def adverb(word: str, first_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'linearly' for linéairement (linéaire: linear), 'graphically' for graphiquement: a
    French -ment adverb on an adjective whose English gloss (or cognate) is one word, with
    English's -ly, when English has that adverb; '' otherwise."""
    w = word.lower()
    if not w.endswith("ment") or len(w) < 9:
        return ""
    base = w[:-4]
    bases = [base]
    if base.endswith(("am", "em")):  # suffisamment: suffisant, récemment: récent
        bases = [base[:-1] + "nt"]
    elif base.endswith("e"):
        bases.append(base[:-1])  # linéaire (fem = masc), conflictuelle: conflictuel
        if base.endswith(("elle", "enne", "onne")):
            bases.append(base[:-2])
    for b in _unique(bases):
        english = _verb_head(first_gloss(b, "ADJ")) or cognate(b, "ADJ", is_english)
        if not english:
            continue
        for form in _ly_forms(english):
            if is_english(form):
                return form
    return ""


def _ly_forms(adjective: str) -> list[str]:
    a = adjective
    if a.endswith("ic"):
        return [a + "ally", a + "ly"]
    if a.endswith("le") and len(a) > 3:
        return [a[:-1] + "y"]  # simple: simply
    if a.endswith("y"):
        return [a[:-1] + "ily"]
    if a.endswith("ll"):
        return [a + "y"]
    return [a + "ly"]


def cognate_head(french: str, english: str, letters: int = 4) -> bool:
    """Whether an English gloss starts as the French word does (partitionner: partition,
    regrouper: regroup): its sense survives a regular derivation."""
    return len(english) >= 3 and _plain(english)[:letters] == _plain(french)[:letters]


def ement_noun(word: str, verb_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'partitioning' for partitionnement (partitionner: partition), 'regrouping' for
    regroupement (re- + grouper: group): the -ing form of the verb a noun in -ement is built
    on, only for an English verb in -ion or re- + a verb whose gloss is its cognate. (Read
    over Lexique's -ement nouns: other verbs gave the wrong sense a third of the time:
    intéressement 'interesting', bruissement 'bruising', retraitement 'retreating'.)"""
    w = word.lower()
    if not w.endswith("ement") or len(w) < 10:
        return ""
    verb = w[:-4] + "r"  # partitionne-ment: partitionner
    english = _verb_head(verb_gloss(verb, "VERB"))
    if not english or not cognate_head(verb, english):
        return ""
    if not english.endswith("ion"):
        prefix = "ré" if verb.startswith("ré") else "re" if verb.startswith("re") else ""
        base = verb[len(prefix) :]
        base_english = _verb_head(verb_gloss(base, "VERB")) if prefix else ""
        if not base_english or english != "re" + base_english:
            return ""
        if not cognate_head(base, base_english):
            return ""
    form = gerund(english, is_english)
    return form if form and is_english(form) else ""


# English re- words whose sense is not "again" (return is not "turn again"): re- + a verb
# gloss that spells one of them is written with a hyphen (re-turn, re-sign, re-treat).
_LEXICALISED_RE = frozenset(
    "return remove resign retreat relive recover reform resort reserve represent remark "
    "report relay repose release retire restrain resent restore refuse retract review reward "
    "relieve react recall record repeat request respect resolve reflect rely remind rest "
    "refer refrain regard relate remain render repair replace reply resist resume retain "
    "reveal revolve recount redress reside resound revert rebound recoil refine regale".split()
)


def re_prefixed(base: str, is_english: IsEnglish) -> str:
    """'restart' for the verb gloss 'start' of démarrer (redémarrer), 're-sign' for 'sign'
    (resigner is not 'resign'), '' when English has no such verb."""
    word = "re" + base
    if word in _LEXICALISED_RE:
        return f"re-{base}"
    if word.endswith(("ing", "ed")):
        return ""  # piquer 'sting': repiquer is not 'resting' (an -ing form, not a verb)
    return word if is_english(word) else ""


_PARTICIPLE = re.compile(r"(.{4,})é(?:e|s|es)?")


def participle_of(word: str) -> str:
    """The -er infinitive of a past participle form (recompilés: recompiler), '' for other
    words."""
    m = _PARTICIPLE.fullmatch(word.lower())
    return m.group(1) + "er" if m else ""


def verb_cognate(word: str, is_verb: IsEnglish) -> str:
    """'confront' for confronter, 'structure' for structurer, 'correlate' for corréler,
    'digitalize' for digitaliser, 'partition' for partitionner: an -er verb's stem written
    the English way, when that is an English verb (WordNet's verbs: patienter is not
    'patient', franciser not 'francis'); '' otherwise."""
    w = _plain(word.lower())
    if not w.endswith("er") or not w.isalpha() or len(w) < 6:
        return ""
    stem = w[:-2]
    stems = [stem]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "nlt":
        stems.append(stem[:-1])  # partitionner: partition
    forms = []
    for st in stems:
        if st.endswith("is"):
            forms.append(st[:-2] + "ize")  # digitaliser: digitalize
        if st.endswith("ifi"):
            forms.append(st[:-1] + "y")  # rectifier: rectify
        if st[-1] not in _VOWELS:  # corréler: correlate (not radier 'radiate', exténuer
            forms.append(st + "ate")  # 'extenuate': read over Lexique's verbs, false friends)
        # the stem itself, or with -e, only when long: read over Lexique's verbs, short
        # stems were other words (courter 'court', failler 'fail', majorer 'major', revisser
        # 'revise')
        if len(st) >= 6:
            forms += [st, st + "e"]
    for form in forms:
        if is_verb(form):
            return form
    return ""


def ite_noun(word: str, adjective_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'readability' for lisibilité (lisible: readable), 'sensitivity' for sensitivité: the
    English noun of the adjective a noun in -ité is built on, when English has it; ''
    otherwise."""
    w = word.lower()
    if not w.endswith("ité") or len(w) < 8:
        return ""
    stem = w[:-3]
    adjectives = [stem[:-3] + "ble"] if stem.endswith("bil") else [stem, stem + "e"]
    if stem.endswith("iv"):
        adjectives = [stem[:-2] + "if"]
    for adjective in adjectives:
        english = _verb_head(adjective_gloss(adjective, "ADJ"))
        if not english:
            continue
        if english.endswith("ble"):
            forms = [english[:-3] + "bility"]
        elif english.endswith("e"):
            forms = [english[:-1] + "ity", english + "ness"]
        else:
            forms = [english + "ity", english + "ness"]
        for form in forms:
            if is_english(form):
                return form
    return ""


def meter_compound(word: str, noun_gloss: FirstGloss) -> str:
    """'frequency meter' for fréquencemètre (fréquence: frequency): an instrument in -mètre
    named after what it measures, when that noun's gloss is one word; '' otherwise."""
    w = word.lower()
    if not w.endswith(("mètre", "mètres")) or len(w) < 10:
        return ""
    base = w[: w.rindex("mètre")]
    for noun in _unique([base, base.rstrip("o"), base + "e"]):
        english = _verb_head(noun_gloss(noun, "NOUN")) if len(noun) >= 4 else ""
        if english:
            return f"{english} meter"
    return ""


def pre_noun(word: str, noun_gloss: FirstGloss) -> str:
    """'pre-configuration' for préconfiguration (configuration), 'pre-publication' for
    prépublication: pré- on a noun of a process (-tion) whose gloss is its cognate (the same
    first four letters), so the sense survives the prefix; '' otherwise."""
    w = word.lower()
    # only nouns of a process (-tion): read over Lexique's pré- nouns, others were other
    # words (prévisibilité is not 'pre-visibility')
    if not w.startswith("pré") or len(w) < 10 or not w.endswith(("tion", "tions")):
        return ""
    noun = w[3:].lstrip("-")
    english = _verb_head(noun_gloss(noun, "NOUN"))
    if len(english) < 5 or _plain(english)[:4] != _plain(noun)[:4]:
        return ""
    return f"pre-{english}"


def noun_verb(word: str, noun_gloss: FirstGloss, is_verb: IsEnglish) -> str:
    """'increment' for incrémenter (incrément: increment), 'capsule' for capsuler,
    'cable' for câbler (câble: cable): an -er verb made on a noun, glossed by that noun's
    English when it is the noun spelt the English way (accents and a final e dropped) and
    English uses it as a verb too (WordNet's verbs); '' otherwise. (Read over Lexique's
    verbs no dictionary has: with any English, two in five were another sense, punaiser
    'bug', tiquer 'tick', démarcher 'step'; with the first four letters alike, one in six,
    médicamenter 'medicine', ballonner 'ball'.)"""
    w = word.lower()
    if not w.endswith("er") or len(w) < 6 or not w[:-2].isalpha():
        return ""
    stem = w[:-2]
    nouns = [stem + "e", stem]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "nlt":
        nouns.append(stem[:-1])  # échantillonner: échantillon
    for noun in nouns:
        english = _verb_head(noun_gloss(noun, "NOUN"))
        plain = _plain(noun)
        if len(english) >= 4 and english in (plain, plain[:-1]) and is_verb(english):
            return english
    return ""


def ement_action(word: str, verb_gloss: FirstGloss, is_english: IsEnglish) -> str:
    """'stacking' for empilement (empiler: stack), 'unfolding' for dépliement: the -ing form
    of the verb a noun in -ement is built on, when that verb's gloss is one English verb and
    English has the -ing word; '' otherwise. `verb_gloss` must only give the gloss of a verb
    of one or two senses: read over Lexique's -ement nouns, the noun of a verb of more took
    another sense (chevauchement 'riding', intéressement 'interesting'); with that limit 3
    wrong in 50 (emmaillotement 'winding', tassement 'pressing')."""
    w = word.lower()
    if not w.endswith("ement") or len(w) < 9:
        return ""
    verbs = [w[:-4] + "r"]  # empile-ment: empiler
    if w.endswith("issement"):
        verbs.append(w[:-6] + "r")  # rétabliss-ement: rétablir
    for verb in verbs:
        form = gerund(verb_gloss(verb, "VERB"), is_english)
        if form and is_english(form):
            return form
    return ""


# -- learned and proper words (issue 13, point 5: held-out history and science text) --------
# French ending -> English endings of peoples, dynasties and learned words (séleucide:
# Seleucid, sumérien: Sumerian, égéen: Aegean, aztèque: Aztec, hittite: Hittite, sultanat:
# sultanate, alluvial). `proper` endings name a people, a dynasty or a follower: English
# writes their word with a capital when it has one (Corinthian, not corinthian); the others
# only build a word English writes in lower case (clémentine is not 'Clementine').
# Read over the 427 outputs on Lexique's lemmas no dictionary glosses
# (tools/derivation_sample.py --rule learned_cognate): -ien/-éen/-ide/-èque/-ite/-al 8 wrong
# in 340 (mongolien 'Mongolian', julienne 'Julian', pédal 'pedal'); left out -in -> -ine (12
# in 35: rapin 'rapine', limousin 'limousine'), -ote -> -ot (ballote 'ballot'), -at -> -ate on
# a stem that is no English word (dictat 'dictate', incarnat 'incarnate'), -ale nouns
# (mercuriale 'mercurial').
_LEARNED_ENDINGS = (
    ("éenne", ("ean", "aean", "ian"), True),  # européenne: European, égéenne: Aegean
    ("éen", ("ean", "aean", "ian"), True),  # nabatéen: Nabataean
    ("ienne", ("ian",), True),
    ("ien", ("ian",), True),  # sumérien: Sumerian, laconien: Laconian
    ("ide", ("id",), True),  # séleucide: Seleucid, achéménide: Achaemenid
    ("èque", ("ec",), True),  # aztèque: Aztec, olmèque: Olmec
    ("ite", ("ite", "itis"), True),  # hittite: Hittite, méningite: meningitis (cordite)
    ("ine", ("ine",), False),  # endocrine, tourmaline
    ("at", ("ate",), False),  # sultanat: sultanate (sultan), khanat: khanate (khan)
    ("ale", ("al",), False),  # alluviale: alluvial (adjectives only)
    ("aux", ("al",), False),
    ("al", ("al",), False),
)
_MIN_LEARNED = 5  # égéen: Aegean
_MIN_LEARNED_STEM = 2

# spelled(English word, proper) -> the word as English writes it ('' when English has no such
# word): with a capital when English never writes it in lower case, or when `proper` and
# English writes it with one too (Corinthian)
Spelled = Callable[[str, bool], str]


def _english_stem(stem: str, spelled: Spelled, common: IsEnglish | None) -> bool:
    """Whether an -at noun's stem is a common English word (sultan, khan; not dict)."""
    if len(stem) < 4:
        return False
    return common(stem) if common else bool(spelled(stem, True))


def learned_cognate(word: str, pos: str, spelled: Spelled, common: IsEnglish | None = None) -> str:
    """'Seleucid' for séleucide, 'Sumerian' for sumérien, 'Aegean' for égéen, 'Aztec' for
    aztèque, 'sultanate' for sultanat: a learned or proper noun or adjective written the
    English way (accents dropped, é as ae where English writes it so: Aegean, Achaemenid),
    as English writes it (capitals), when English has the word; '' otherwise. -at -> -ate
    only on a stem that is a common English word (`common`; sultan, khan: not dict, gener)."""
    w = word.lower()
    if pos not in ("NOUN", "ADJ", "") or len(w) < _MIN_LEARNED or not _french_letters(w):
        return ""
    for fr, endings, proper in _LEARNED_ENDINGS:
        base = w
        if base.endswith("s") and not base.endswith(fr):
            base = base[:-1]  # séleucides: séleucide
        if not base.endswith(fr) or len(base) - len(fr) < _MIN_LEARNED_STEM:
            continue
        if fr in ("ale", "aux") and pos == "NOUN":
            return ""
        stem = base[: -len(fr)]
        stems = [_plain(stem)]
        if "é" in stem:  # égéen: Aegean, achéménide: Achaemenid (the first é)
            stems.append(_plain(stem.replace("é", "ae", 1)))
        if proper and "ou" in stem:  # koushite: Cushite (French ou for English u)
            u = _plain(stem.replace("ou", "u"))
            stems += [u, "c" + u[1:] if u.startswith("k") else u]
        for s in _unique(stems):
            if not s.isascii() or (fr == "at" and not _english_stem(s, spelled, common)):
                continue  # -ate: the office or land of an English word (sultan)
            for en in endings:
                found = spelled(s + en, proper)
                if found and (proper or found.islower()):
                    return found
        return ""
    return ""


# Learned combining forms of peoples' names, written the English way before a hyphen
# (gréco-romain: Greco-Roman, anglo-normand: Anglo-Norman, indo-grec: Indo-Greek).
_PROPER_PREFIXES = {
    "gréco": "Greco",
    "anglo": "Anglo",
    "franco": "Franco",
    "indo": "Indo",
    "italo": "Italo",
    "hispano": "Hispano",
    "austro": "Austro",
    "russo": "Russo",
    "sino": "Sino",
    "judéo": "Judeo",
    "afro": "Afro",
    "euro": "Euro",
    "germano": "German",
    "helléno": "Helleno",
    "égypto": "Egypto",
    "irano": "Irano",
    "turco": "Turco",
    "arabo": "Arabo",
    "celto": "Celto",
    "romano": "Romano",
}


def proper_compound(word: str, pos: str, first_gloss: FirstGloss) -> str:
    """'Greco-Macedonian' for gréco-macédonienne, 'Anglo-Norman' for anglo-normand: a
    people's combining form and a hyphen before a people's adjective, written as English
    writes both (the second is its gloss, a capitalised word: Macedonian); '' otherwise."""
    head, sep, rest = word.lower().partition("-")
    prefix = _PROPER_PREFIXES.get(head)
    if not sep or prefix is None or not rest.isalpha():
        return ""
    gloss = first_gloss(rest, pos or "ADJ") or first_gloss(rest, "ADJ")
    if _proper_name(gloss) and " " not in gloss:
        return f"{prefix}-{gloss}"
    return ""


# -- prefixed and joined compounds of history texts (issue 13, session 9) ------------------
# Prefixes English writes the same way, only before a hyphen: joined to a word they often
# are not prefixes (préposé, produit, coton, sublime, transport), and the joined word is then
# in the dictionaries anyway (pro-démocrate: pro-democrat, sub-saharien: sub-Saharan).
_HYPHEN_PREFIXES = {
    "pré": "pre",
    "pro": "pro",
    "post": "post",
    "sub": "sub",
    "trans": "trans",
    "co": "co",
    "ex": "ex",
    "extra": "extra",
    "intra": "intra",
    "inter": "inter",
    "infra": "infra",
    "supra": "supra",
    "péri": "peri",
    "pan": "pan",
    "ethno": "ethno",
    "socio": "socio",
    "politico": "politico",
}
# sud-arabique: South Arabian (before a people's or a place's adjective only)
_COMPASS = {"sud": "South", "nord": "North", "est": "East", "ouest": "West"}
# French endings of the adjective a combining form in -o stands for (finno: finnois, tibéto:
# tibétain, thraco: thrace, islamico: islamique, américano: américain, médico: médical)
_COMBINING_TAILS = ("ois", "ais", "ain", "ien", "ique", "e", "al", "")
# English adjective endings a combining form replaces by -o (Finnish: Finno, Tibetan: Tibeto)
_EN_ADJECTIVE_END = re.compile(r"(?:ian|ean|an|ish|ic|ical|ese|al)$")
_ONE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _one_word(gloss: str) -> str:
    """A gloss a prefix can stand before: one word (Indo-European, democrat), or the place
    of an 'of X' demonym gloss (of Sahara: Sahara); '' otherwise."""
    g = gloss.strip()
    if g.startswith("of ") and _proper_name(g[3:]):
        return g[3:]
    return g if _ONE_WORD.fullmatch(g) else ""


def _combining_form(head: str, part_gloss: FirstGloss) -> str:
    """'Finno' for finno, 'Tibeto' for tibéto, 'Americo' for américano, 'ethno' for ethno:
    the English combining form of a French one in -o, from the English of the adjective it
    stands for (finnois: Finnish); '' when no such adjective is glossed."""
    if head in _PROPER_PREFIXES:
        return _PROPER_PREFIXES[head]
    if head in _HYPHEN_PREFIXES:
        return _HYPHEN_PREFIXES[head]
    stem = head[:-1]
    if len(stem) < 3:
        return ""
    french = [stem + tail for tail in _COMBINING_TAILS]
    if stem.endswith("an"):
        french.insert(0, stem[:-2] + "ain")  # américano: américain
    if stem.endswith("c"):
        french.insert(0, stem[:-1] + "que")  # islamico: islamique
    for adjective in _unique(french):
        gloss = _one_word(part_gloss(adjective, "ADJ"))
        if not gloss or "-" in gloss:
            continue
        cut = _EN_ADJECTIVE_END.sub("", gloss)
        if cut == gloss or len(cut) < 3:
            continue
        if _proper_name(gloss):
            return cut + "o"  # Finnish: Finno, Islamic: Islamo
        if cognate_head(stem, gloss, 3):
            return _plain(head)  # ethnique: ethnic, ethno
    return ""


def hyphen_prefixed(word: str, pos: str, part_gloss: FirstGloss) -> str:
    """'pro-democrat' for pro-démocrate, 'pre-Indo-European' for pré-indo-européen,
    'sub-Sahara' for sub-saharien, 'South African' for sud-africain, 'Americo-Liberian' for
    américano-libérien, 'ethno-linguistic' for ethno-linguistique, 'Finno-Ugrian' for
    finno-ougrien: a prefix or a combining form in -o before a hyphen and a word glossed by
    one English word (`part_gloss`: its gloss, built or not, as the word's POS); ''
    otherwise."""
    head, sep, rest = word.lower().partition("-")
    if not sep or len(rest) < 3 or not rest.replace("-", "").isalpha():
        return ""

    def part(pos_class: str) -> str:
        found = _one_word(part_gloss(rest, pos_class))
        return found or (_one_word(part_gloss(rest, "ADJ")) if pos_class != "ADJ" else "")

    if head == "ex":  # ex-ministre: ex-minister (before a noun only: ex-petit is a person)
        gloss = _one_word(part_gloss(rest, "NOUN")) if pos in ("NOUN", "") else ""
        return f"ex-{gloss}" if gloss and not _proper_name(gloss) else ""
    if head in _HYPHEN_PREFIXES or head in _PREFIXES:
        gloss = part("ADJ" if head == "extra" else pos)  # extra-fort: extra-strong
        en = _HYPHEN_PREFIXES.get(head) or _PREFIXES[head]
        if gloss.endswith("ing"):  # sub-claquant is no 'sub-slamming'
            return ""
        return f"{en}-{gloss}" if gloss else ""
    if head in _COMPASS:
        gloss = part(pos)
        return f"{_COMPASS[head]} {gloss}" if _proper_name(gloss) else ""
    if head.endswith("o") and len(head) >= 4 and head.isalpha():
        gloss = part(pos)
        first = _combining_form(head, part_gloss) if gloss else ""
        if first:
            return f"{first}-{gloss}"
    return ""


# -- derivations on peoples' names and regular adjectives (issue 13, session 9) --------------
# French adjectives of a people or a language a stem may stand for (polon-: polonais, hellén-:
# hellénique, lituan-: lituanien)
_PEOPLE_TAILS = ("ais", "ois", "ien", "ique", "e", "ain", "")


def _people_adjective(stem: str, adjective_gloss: FirstGloss) -> str:
    """'Polish' for polon (polonais), 'Lithuanian' for lituan: the English adjective of the
    people or language a stem stands for, a capitalised word that starts as the stem does."""
    if len(stem) < 3:
        return ""
    for tail in _PEOPLE_TAILS:
        gloss = adjective_gloss(stem + tail, "ADJ").strip()
        if _proper_name(gloss) and " " not in gloss:
            if _plain(gloss.lower())[:3] == _plain(stem)[:3]:
                return gloss
    return ""


def people_derivation(word: str, adjective_gloss: FirstGloss) -> str:
    """'Polonization' for polonisation (polonais: Polish), 'Hellenization' for hellénisation,
    'Polish-speaking' for polonophone, 'Lithuanian-speaking' for lituanophones: -isation and
    -phone on the stem of a people's adjective whose English is a capitalised word; ''
    otherwise."""
    w = word.lower()
    w = w[:-1] if w.endswith("s") else w
    if w.endswith("isation") and len(w) >= 11:
        stem = w[: -len("isation")]
        if _people_adjective(stem, adjective_gloss):
            return _plain(stem).capitalize() + "ization"
        return ""
    if w.endswith("ophone") and len(w) >= 10:
        stem = w[: -len("ophone")]
        people = _people_adjective(stem, adjective_gloss)
        return f"{people}-speaking" if people else ""
    return ""


# in-, im-, il-, ir- before an adjective (inégalitaire, irréformable): 'not ...'
# (not im-: read over wordfreq's words, implantaire is implant-aire; not a participle:
# inappliquée is no 'not hardworking')
_NEGATIVE_ADJECTIVE = re.compile(r"(?:in(?=[aeiouéèêhy])|il(?=l)|ir(?=r))(.{6,})")


def not_adjective(word: str, adjective_gloss: FirstGloss) -> str:
    """'not egalitarian' for inégalitaire (égalitaire: egalitarian): a negative prefix on an
    adjective glossed by one English word, when English has no one word for it; ''
    otherwise."""
    w = word.lower()
    w = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    w = w[:-1] if w.endswith("ée") else w
    m = _NEGATIVE_ADJECTIVE.fullmatch(w)
    if not m:
        return ""
    if m.group(1).endswith("é"):
        return ""
    gloss = adjective_gloss(m.group(1), "ADJ").strip()
    return f"not {gloss}" if _ASCII_WORD.fullmatch(gloss) else ""


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def ique_adjective(word: str, noun_gloss: FirstGloss) -> str:
    """'relating to clans' for clanique (clan: clan): an -ique adjective on a noun glossed by
    one English word, said so rather than with an invented English adjective; ''
    otherwise."""
    w = word.lower()
    w = w[:-1] if w.endswith("iques") else w
    if not w.endswith("ique") or len(w) < 8:
        return ""
    stem = w[:-4]
    # only a noun English spells the same (clan, vassal, steppe, vitamine: vitamin): read over
    # wordfreq's words, others were other words (tartrique: tartar, éditique: edict)
    for noun in _unique([stem, stem + "e"]):
        gloss = noun_gloss(noun, "NOUN").strip()
        if _ASCII_WORD.fullmatch(gloss) and _plain(noun) in (gloss, gloss + "e"):
            return f"relating to {_plural(gloss)}"
    return ""
