"""`analyze`: sentences and tokens (with the learner model's view) as JSON or text."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.learner import Assessment, Learner

NAME = "analyze"
HELP = "Analyse a French text: sentences, tokens, lemmas, names, difficulty for a learner."


def add_arguments(parser) -> None:
    parser.add_argument("path", help="file to analyse (any supported format), or - for stdin")
    parser.add_argument("--level", default="B1", choices=["A1", "A2", "B1", "B2", "C1", "C2"])
    parser.add_argument("--format", default="json", choices=["json", "text"])
    parser.add_argument(
        "--vocab-size", type=int, default=None, help="learner's vocabulary in ranks (wins)"
    )
    parser.add_argument(
        "--glosses", action="store_true", help="add each token's first English gloss"
    )
    parser.add_argument(
        "--no-cognates",
        action="store_true",
        help="do not count words like an English word of the same meaning as easier",
    )


def run(args) -> int:
    from ..core.analysis import default_analyzer
    from ..core.session import run_pipeline
    from ._input import read_source

    learner = make_learner(args.level, args.vocab_size, not args.no_cognates)
    source = read_source(args.path)
    # The app's pipeline, in one piece (no partial results, no cache, no user data).
    whole = sys.maxsize
    result = run_pipeline(
        source, default_analyzer(), lambda: learner, first_chars=whole, part_chars=whole
    )
    out = document_json(result.doc)
    add_assessment(out, result.assessment, args.level)
    if args.glosses:
        add_glosses(out, result.doc)
    if args.format == "json":
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_text(out, sys.stdout)
    return 0


def make_learner(level: str, vocab_size: int | None, cognates: bool = True) -> Learner:
    """The learner asked for, or one clear error."""
    from ..core.errors import ReaderError
    from ..core.learner import Learner

    try:
        return Learner(level, vocab_size, cognates)
    except ValueError as exc:
        raise ReaderError(str(exc)) from exc


def document_json(doc) -> dict:
    """The JSON shape of an analysed document (extended by the learner model and glosses)."""
    return {
        "title": doc.title,
        # The exact string every offset below indexes: the importer's rebuilt text (blank
        # lines between paragraphs become one newline, markup goes), not the file's bytes.
        "text": doc.text,
        "sentences": [{"index": s.index, "start": s.start, "end": s.end} for s in doc.sentences],
        "tokens": [
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "sentence": t.sentence,
                "lemma": t.lemma,
                "pos": t.pos,
                "morph": t.morph,
                "is_word": t.is_word,
                "is_number": t.is_number,
                "is_punct": t.is_punct,
                "is_name": t.is_name,
                "name_kind": t.name_kind,
                **({"elision_of": t.joined_to} if t.elided else {}),
                **({"nonword": t.nonword} if t.nonword else {}),
                **({"lang": t.lang} if t.lang else {}),
            }
            for t in doc.tokens
        ],
    }


def add_assessment(out: dict, assessment: Assessment, level: str) -> None:
    """Add rank, cefr, p_unknown, difficult per vocabulary token and the article `stats`."""
    from dataclasses import asdict

    for token, info in zip(out["tokens"], assessment.words, strict=True):
        if info is not None:
            token.update(
                rank=info.rank,
                cefr=info.cefr,
                p_unknown=round(info.p_unknown, 4),
                difficult=info.difficult,
            )
    size = assessment.learner.size
    out["stats"] = {"level": level, "vocab_size": size, **asdict(assessment.stats)}


def add_glosses(out: dict, doc) -> None:
    """Add "gloss" to every token: its first English gloss ('~' marks an approximate one),
    "gloss_source" (the sources that give it) and "approximate"; and "ipa" to every word:
    its pronunciation there ("pron_hint": a liaison or elision)."""
    from ..core.expressions import find_expressions
    from ..core.glossary import default_glossary
    from ..core.pronunciation import default_pronouncer
    from ..core.store import Store
    from .gloss import token_gloss_details

    store = Store()  # the user's own glosses win, as in `gloss`
    try:
        glossary = default_glossary(store)
        details = token_gloss_details(doc, glossary)
        expressions = find_expressions(doc, glossary)
    finally:
        store.close()
    for token, (gloss, source, approximate) in zip(out["tokens"], details, strict=True):
        token["gloss"] = f"~{gloss}" if approximate else gloss
        token["gloss_source"] = source
        token["approximate"] = approximate
    pronouncer = default_pronouncer()
    for token, tok in zip(out["tokens"], doc.tokens, strict=True):
        found = pronouncer.for_token(doc, tok)
        token["ipa"] = found.ipa if found is not None else ""
        if found is not None and found.hint:
            token["pron_hint"] = found.hint
    # A token inside a multi-word expression also carries the expression, glossed as a unit.
    for expr in expressions:
        field = expr.to_dict(doc.text[expr.start : expr.end])
        for i in range(expr.first_token, expr.last_token):
            out["tokens"][i]["expression"] = field


def write_text(out: dict, stream) -> None:
    """A human-readable listing: one sentence header, then one token per line."""
    tokens = out["tokens"]
    by_sentence: dict[int, list[dict]] = {}
    for t in tokens:
        by_sentence.setdefault(t["sentence"], []).append(t)
    for s in out["sentences"]:
        stream.write(f"# sentence {s['index']} [{s['start']}:{s['end']}]\n")
        for t in by_sentence.get(s["index"], []):
            flags = ",".join(k for k in ("is_name", "is_number", "is_punct") if t.get(k)) or (
                "word" if t["is_word"] else ""
            )
            if t.get("nonword") or t.get("lang"):
                flags = t.get("nonword") or f"lang={t['lang']}"
            extra = ""
            if "p_unknown" in t:
                extra = f"\trank={t.get('rank')}\tcefr={t.get('cefr')}\tp={t['p_unknown']:.2f}" + (
                    "\tDIFFICULT" if t.get("difficult") else ""
                )
            if t.get("ipa"):
                extra += f"\tipa=/{t['ipa']}/"
            if "gloss" in t:
                extra += f"\tgloss={t['gloss']}"
            if "expression" in t:
                extra += f"\texpression={t['expression']['text']}: {t['expression']['gloss']}"
            stream.write(f"{t['text']}\t{t['lemma']}\t{t['pos']}\t{flags}{extra}\n")
    if "stats" in out:
        stream.write("# stats " + json.dumps(out["stats"], ensure_ascii=False) + "\n")
