"""Explain this sentence: difficult words and expressions glossed in line, the rest as is."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.sentence_help import explain_sentence
from reader.core.translate import default_translator

TEXT = (
    "Bonjour. Les tensions se sont exacerbées ces dernières semaines autour de "
    "l'élargissement de l'OTAN. Merci."
)


@dataclass
class _Expr:
    first_token: int
    last_token: int
    gloss: str


def test_pieces_gloss_hard_words_and_expressions(analyzer):
    doc = analyzer.analyze(TEXT)
    idx = {t.text: t.index for t in doc.tokens}
    s = doc.tokens[idx["tensions"]].sentence
    kinds = {idx["exacerbées"]: "strong", idx["élargissement"]: "medium", idx["OTAN"]: "name"}
    kinds[idx["autour"]] = "medium"  # inside the expression: the expression's gloss wins
    glosses = {idx["exacerbées"]: "exacerbated", idx["élargissement"]: "enlargement"}
    expr = _Expr(idx["autour"], idx["autour"] + 2, "around")
    pieces = explain_sentence(doc, s, kinds, [expr], glosses.get)

    assert (
        "".join(p.text for p in pieces) == doc.text[doc.sentences[s].start : doc.sentences[s].end]
    )
    assert [(p.text, p.gloss, p.expression) for p in pieces if p.gloss] == [
        ("exacerbées", "exacerbated", False),
        ("autour de", "around", True),
        ("élargissement", "enlargement", False),
    ]
    assert all(p.gloss == "" for p in pieces if "OTAN" in p.text)  # names: never glossed


def test_rough_translation_of_the_issue_sentence():
    translator = default_translator()
    assert translator is not None, "apertium fra-cat/eng-cat: tools/bootstrap.sh installs them"
    english = translator.translate(
        "Les tensions se sont exacerbées ces dernières semaines autour de "
        "l'élargissement de l'OTAN."
    )
    assert "tensions" in english.lower() and "weeks" in english.lower()
