"""`gloss`: what a French word means (bundled dictionaries + the user's own glosses)."""

from __future__ import annotations

import json
import sys

NAME = "gloss"
HELP = "Look a French word or expression up: English glosses, gender, French definition."
POS_CHOICES = ("NOUN", "VERB", "ADJ", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "AUX", "INTJ")
_POS_FR = {
    "NOUN": "nom",
    "VERB": "verbe",
    "AUX": "verbe",
    "ADJ": "adjectif",
    "ADV": "adverbe",
    "ADP": "préposition",
    "PRON": "pronom",
    "DET": "déterminant",
    "CCONJ": "conjonction",
    "SCONJ": "conjonction",
    "INTJ": "interjection",
    "PROPN": "nom propre",
}


def add_arguments(parser) -> None:
    parser.add_argument("word", help="a French word, inflected or not, or an expression")
    parser.add_argument(
        "--pos", type=str.upper, choices=POS_CHOICES, help="part of speech, e.g. NOUN or VERB"
    )
    parser.add_argument("--format", default="text", choices=["json", "text"])


def run(args) -> int:
    """Print the gloss; exit 1 when the word is not found."""
    from ..core.glossary import default_glossary
    from ..core.store import Store

    store = Store()
    try:
        result = default_glossary(store).lookup(args.word, pos=args.pos)
    finally:
        store.close()
    ipa = word_ipa(args.word, result) if result.found else ""
    if args.format == "json":
        json.dump({**result.to_dict(), "ipa": ipa}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_text(result, ipa))
    return 0 if result.found else 1


def word_ipa(word: str, result) -> str:
    """The word's pronunciation out of context ("/fis/ (also /fil/)"), '' when unknown."""
    from ..core.pronunciation import default_pronouncer

    found = default_pronouncer().for_word(word, result.lemma, result.pos)
    return found.text if found is not None else ""


def format_text(result, ipa: str = "") -> str:
    """The gloss as a learner reads it: headword line, pronunciation, numbered senses with
    their sources, the curated note, form, definition, then the word's other entries (la
    livre: pound)."""
    if not result.found:
        return f"{result.query}: no gloss found\n"
    lines = [_headline(result.article, result.lemma, result.pos, result.gender, result.source)]
    if ipa:
        lines.append(f"  {ipa}")
    if result.form_line:
        lines.append(f"  {result.form_line}")
    lines += _sense_lines(result.senses)
    if result.note:
        lines.append(f"  NB: {result.note}")
    if result.definition_fr:
        lines.append(f"  FR: {result.definition_fr}")
    for other in result.others:
        lead = "or" if result.unsure else "also"
        head = _headline(other.article, other.lemma, other.pos, other.gender)
        lines.append(f"{lead}: {head}")
        lines += _sense_lines(other.senses)
    return "\n".join(lines) + "\n"


def _headline(article: str, lemma: str, pos: str, gender: str, source: str = "") -> str:
    what = "sigle" if source == "acronyms" else _POS_FR.get(pos, pos.lower())
    if gender:
        what += " masculin" if gender == "m" else " féminin"
    head = f"{article} {lemma}".replace("' ", "'") if article else lemma
    return f"{head} ({what})" if what else head


def _sense_lines(senses) -> list[str]:
    lines = []
    for i, sense in enumerate(senses, start=1):
        if sense.source == "user":
            mark = "  [your gloss]"
        else:
            mark = "  [approximate]" if sense.approximate else ""
            if sense.source:
                mark += f"  ({sense.source.replace('+', ', ')})"
        lines.append(f"  {i}. {sense.text}{mark}")
    return lines


def token_gloss_fields(doc, glossary) -> list[str]:
    """Each token's first English gloss ('' for punctuation, names and unknown words), for
    `analyze --glosses`; approximate (pivot) glosses are prefixed with '~'."""
    return [f"~{g}" if g and approx else g for g, _, approx in token_gloss_details(doc, glossary)]


def token_gloss_details(doc, glossary) -> list[tuple[str, str, bool]]:
    """(first gloss, its source, approximate) per token; ('', '', False) for punctuation,
    names and words without a gloss. The source names the families that agree
    ("freedict+apertium-catalan"), or user / curated / pivot / parts."""
    out = []
    for token in doc.tokens:
        acronym = token.name_kind == "ACRONYM"  # OTAN: NATO (the text may define it)
        if not token.is_word or token.is_name and not acronym:
            out.append(("", "", False))
            continue
        result = glossary.lookup_token(token, doc.text)
        gloss = result.first_gloss
        source = result.senses[0].source if result.senses else ""
        out.append((gloss, source if gloss else "", bool(gloss) and result.approximate))
    return out
