"""What a handout note says about a word's grammar, read from the sentence around it: a noun's
gender from its determiner or adjective ("son homologue américain": m.), and a participle or
adjective after être that the tagger took for a noun ("nous sommes tous attachés": adj.)."""

from __future__ import annotations

from .document import Document, Token

# Determiners whose form gives the gender. Not l', les, des, leur(s), nor mon/ton/son, which
# also go before feminine nouns starting with a vowel (son amie).
_DET_GENDER = {
    "le": "m",
    "un": "m",
    "du": "m",
    "au": "m",
    "ce": "m",
    "cet": "m",
    "quel": "m",
    "la": "f",
    "une": "f",
    "cette": "f",
    "ma": "f",
    "ta": "f",
    "sa": "f",
    "quelle": "f",
}
_GENDER = {"Masc": "m", "Fem": "f"}
# Verbs after which a bare word describes the subject: il est attaché, elle semble perdue.
_COPULAS = frozenset("être devenir sembler rester paraître demeurer".split())
_BETWEEN = frozenset({"ADV"})  # pas, très, tous (as an adverb), bien ...


def context_gender(doc: Document, token: Token) -> str:
    """'m' or 'f' when the noun's determiner or an adjective agreeing with it says so, else ''."""
    tokens = doc.tokens
    i = token.index - 1
    while i >= 0 and tokens[i].sentence == token.sentence:
        t = tokens[i]
        if t.pos == "DET" or t.norm in _DET_GENDER:
            if t.norm in _DET_GENDER:
                return _DET_GENDER[t.norm]
            break  # son, l', les: the adjective may tell
        if t.pos != "ADJ":
            break
        i -= 1
    # An adjective right after the noun (son homologue américain), if its form is marked.
    j = token.index + 1
    if j < len(tokens) and tokens[j].sentence == token.sentence and tokens[j].pos == "ADJ":
        gender = _GENDER.get(tokens[j].morph_dict().get("Gender", ""), "")
        number = tokens[j].morph_dict().get("Number", "")
        if gender and number == token.morph_dict().get("Number", number) and _marked(tokens[j]):
            return gender
    return ""


def _marked(adj: Token) -> bool:
    """True when the adjective's form shows its gender (américain/américaine; not 'rouge')."""
    word = adj.norm
    lemma = adj.lemma.lower()
    if lemma.endswith("e") and not lemma.endswith(("é", "ée")):
        return False  # epicene: rouge, calme, énorme
    return bool(word)


def predicative(doc: Document, token: Token) -> bool:
    """True for a 'noun' with no determiner that follows être or a copula: an adjective."""
    if token.pos != "NOUN":
        return False
    tokens = doc.tokens
    i = token.index - 1
    while i >= 0 and tokens[i].sentence == token.sentence:
        t = tokens[i]
        if t.pos in _BETWEEN or (t.pos == "ADJ" and t.lemma == "tout"):
            i -= 1
            continue
        return t.pos in ("AUX", "VERB") and t.lemma in _COPULAS
    return False
