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
    """The gloss as a learner reads it: headword line, pronunciation, numbered senses, form,
    definition."""
    if not result.found:
        return f"{result.query}: no gloss found\n"
    what = "sigle" if result.source == "acronyms" else _POS_FR.get(result.pos, result.pos.lower())
    if result.gender:
        what += " masculin" if result.gender == "m" else " féminin"
    head = f"{result.article} {result.lemma}".replace("' ", "'") if result.article else result.lemma
    lines = [f"{head} ({what})" if what else head]
    if ipa:
        lines.append(f"  {ipa}")
    if result.form_line:
        lines.append(f"  {result.form_line}")
    for i, sense in enumerate(result.senses, start=1):
        mark = "  [approximate]" if sense.approximate else ""
        mark = "  [your gloss]" if sense.source == "user" else mark
        lines.append(f"  {i}. {sense.text}{mark}")
    if result.definition_fr:
        lines.append(f"  FR: {result.definition_fr}")
    return "\n".join(lines) + "\n"


def token_gloss_fields(doc, glossary) -> list[str]:
    """Each token's first English gloss ('' for punctuation, names and unknown words), for
    `analyze --glosses`; approximate (pivot) glosses are prefixed with '~'."""
    out = []
    for token in doc.tokens:
        if not token.is_word or token.is_name:
            out.append("")
            continue
        result = glossary.lookup_token(token)
        gloss = result.first_gloss
        out.append(f"~{gloss}" if gloss and result.approximate else gloss)
    return out
