"""The form line of the pop-up and the `gloss` command: "soumettrait: conditionnel présent de
soumettre (3e personne du singulier)".

One function for both. spaCy's morphology alone is often wrong on French tenses (it tags
"soumettrait" Ind|Imp, "parla" and "vînt" Ind|Pres), while Lexique lists every analysis a
written form can have but not which one a sentence uses. So Lexique's analyses are the
candidates and the token's morphology chooses among them; without Lexique the morphology is
used as it is, without a morphology the most common reading of the form.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Protocol

from .french import ASPIRATED_H

TENSES = {
    ("Ind", "Pres"): "présent",
    ("Ind", "Imp"): "imparfait",
    ("Ind", "Fut"): "futur",
    ("Ind", "Past"): "passé simple",
    ("Cnd", "Pres"): "conditionnel présent",
    ("Sub", "Pres"): "subjonctif présent",
    ("Sub", "Imp"): "subjonctif imparfait",
    ("Imp", "Pres"): "impératif présent",
}
_MOODS = {"ind": "Ind", "sub": "Sub", "cnd": "Cnd", "imp": "Imp"}
_LEX_TENSES = {"pre": "Pres", "imp": "Imp", "fut": "Fut", "pas": "Past"}
# A bare form (no sentence) reads as a participle, then the indicative, ... (déclaré, finissons).
_MOOD_ORDER = ("Part", "Ind", "Cnd", "Sub", "Imp", "Inf")
_VERB_POS = ("VERB", "AUX")
# Verbs and adjectives with an aspirated h take "de", not "d'" (participe passé de haïr).
_H_ASPIRE = ASPIRATED_H | frozenset(
    "haïr hacher hurler heurter hausser hisser hanter harceler hâter hasarder héler hennir "
    "hérisser hocher huer hardi hideux honteux hautain".split()
)


class LexiqueForm(Protocol):
    """What is read of a Lexique row (reader.core.glossary.Form)."""

    lemma: str
    pos: str
    gender: str
    number: str
    verb: str  # "ind:pre:3s;sub:pre:1s"


def form_line(
    form: str, lemma: str, pos: str, morph: str = "", forms: Iterable[LexiqueForm] = ()
) -> str:
    """'déclaré: participe passé de déclarer', or '' when the form is the lemma itself."""
    if not lemma or not form or form == lemma:
        return ""
    forms = [f for f in forms if f.lemma == lemma] or list(forms)
    feats = _morph(morph)
    is_verb = pos in _VERB_POS or "VerbForm" in feats
    readings = [r for f in forms if f.pos in _VERB_POS for r in _verb_readings(f.verb)]
    if is_verb or (readings and not _nominal(forms, pos)):
        chosen = _choose(readings, feats) if readings else _from_morph(feats)
        return _verb_line(form, lemma, chosen)
    return _nominal_line(form, lemma, pos, feats, forms)


def describe(reading: dict[str, str]) -> tuple[str, str]:
    """('conditionnel présent', '3e personne du singulier') for one verb reading."""
    verb_form = reading.get("VerbForm", "")
    if verb_form == "Part":
        return ("participe passé" if reading.get("Tense") == "Past" else "participe présent"), ""
    if verb_form == "Inf":
        return "infinitif", ""
    tense = TENSES.get((reading.get("Mood", "Ind"), reading.get("Tense", "")), "")
    if not tense:
        return "", ""
    persons = reading.get("Person", "")
    if not persons:
        return tense, ""
    nths = [("1re" if p == "1" else f"{p}e") for p in persons.split(",")]
    number = "pluriel" if reading.get("Number") == "Plur" else "singulier"
    return tense, f"{' ou '.join(nths)} personne du {number}"


def of(lemma: str) -> str:
    """'de soumettre', "d'avoir", "d'être", 'de haïr'."""
    first = unicodedata.normalize("NFD", lemma[:1].lower())[:1]
    if first in "aeiouy" or (first == "h" and lemma.lower() not in _H_ASPIRE):
        return f"d'{lemma}"
    return f"de {lemma}"


# -- internals -------------------------------------------------------------------------------


def _morph(morph: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in (morph or "").split("|") if "=" in p)


def _verb_readings(codes: str) -> list[dict[str, str]]:
    """Lexique's 'cnd:pre:3s;par:pas' as feature dicts in spaCy's names."""
    out = []
    for code in (codes or "").split(";"):
        parts = code.split(":")
        if parts[0] == "par":
            tense = "Past" if parts[1:2] == ["pas"] else "Pres"
            out.append({"VerbForm": "Part", "Tense": tense})
        elif parts[0] == "inf":
            out.append({"VerbForm": "Inf"})
        elif parts[0] in _MOODS and len(parts) > 1 and parts[1] in _LEX_TENSES:
            reading = {"VerbForm": "Fin", "Mood": _MOODS[parts[0]], "Tense": _LEX_TENSES[parts[1]]}
            if len(parts) > 2 and len(parts[2]) == 2:
                reading["Person"] = parts[2][0]
                reading["Number"] = "Plur" if parts[2][1] == "p" else "Sing"
            out.append(reading)
    return out


def _agreement(reading: dict[str, str], feats: dict[str, str]) -> int:
    """How far the token's morphology agrees with a reading (verb form and tense weigh most)."""
    score = 0
    for key, weight in (("VerbForm", 8), ("Mood", 4), ("Tense", 4), ("Person", 2), ("Number", 1)):
        if key in feats and feats[key] == reading.get(key):
            score += weight
    return score


def _order(reading: dict[str, str]) -> tuple[int, int]:
    mood = reading.get("Mood") if reading.get("VerbForm") == "Fin" else reading.get("VerbForm")
    rank = _MOOD_ORDER.index(mood) if mood in _MOOD_ORDER else len(_MOOD_ORDER)
    return rank, 0 if reading.get("Person") == "3" else 1


def _choose(readings: list[dict[str, str]], feats: dict[str, str]) -> dict[str, str]:
    """The reading the morphology agrees with best; persons it cannot tell apart are merged."""
    best = max(_agreement(r, feats) for r in readings)
    top = sorted((r for r in readings if _agreement(r, feats) == best), key=_order)
    chosen = dict(top[0])
    if "Person" in chosen and "Person" not in feats:
        same = {
            r["Person"]
            for r in top
            if {k: v for k, v in r.items() if k != "Person"}
            == {k: v for k, v in chosen.items() if k != "Person"}
        }
        chosen["Person"] = ",".join(sorted(same))
    return chosen


def _from_morph(feats: dict[str, str]) -> dict[str, str]:
    reading = {k: feats[k] for k in ("VerbForm", "Mood", "Tense", "Person", "Number") if k in feats}
    if reading.get("VerbForm") == "Fin":
        reading.setdefault("Mood", "Ind")
    return reading


def _verb_line(form: str, lemma: str, reading: dict[str, str]) -> str:
    what, detail = describe(reading)
    if not what:
        return ""
    return f"{form}: {what} {of(lemma)}" + (f" ({detail})" if detail else "")


def _nominal(forms: list[LexiqueForm], pos: str) -> bool:
    return bool(pos) and pos not in _VERB_POS and any(f.pos == pos for f in forms)


def _nominal_line(
    form: str, lemma: str, pos: str, feats: dict[str, str], forms: list[LexiqueForm]
) -> str:
    """'garanties: pluriel de garantie', 'imminente: féminin de imminent'."""
    number, gender = feats.get("Number", ""), feats.get("Gender", "")
    if not feats:
        same = [f for f in forms if f.pos == pos] or forms
        if same:
            number = "Plur" if same[0].number == "p" else ""
            gender = "Fem" if same[0].gender == "f" else ""
    parts = []
    if gender == "Fem" and pos not in ("NOUN", "PROPN"):
        parts.append("féminin")
    if number == "Plur":
        parts.append("pluriel")
    return f"{form}: {' '.join(parts)} {of(lemma)}" if parts else ""
