"""Multi-word expressions found in analysed text and glossed as a unit; false matches not made."""

from __future__ import annotations

import pytest

from reader.core.expressions import curated_patterns, find_expressions, key_parts
from reader.core.glossary import default_glossary
from reader.core.store import Store


def _spans(doc, expressions):
    return [(doc.text[e.start : e.end], e.key) for e in expressions]


def _found(analyzer, glossary, text):
    doc = analyzer.analyze(text)
    return {doc.text[e.start : e.end]: e for e in find_expressions(doc, glossary)}


def test_key_parts_split_elisions_keep_hyphens_and_slots():
    assert key_parts("à l’égard de") == ("à", "l'", "égard", "de")
    assert key_parts("mi-parcours") == ("mi-parcours",)
    assert key_parts("il {NE?} y a +TIME") == ("il", "{ne?}", "y", "a", "+time")


def test_curated_patterns_are_read_with_their_context():
    by_key = {(p.key, p.ahead): p for p in curated_patterns()}
    assert by_key[("il y a", "TIME")].senses[0].startswith("ago")
    assert by_key[("il y a", "")].senses[0] == "there is"
    assert by_key[("s'engager à", "")].parts == ("{REFL}", "engager", "{ADV?}", "à")


@pytest.mark.slow
def test_expressions_in_a_sentence(analyzer, glossary):
    doc = analyzer.analyze(
        "Il a au moins trois enfants. À l’égard de cette affaire, il a pris part au débat. "
        "Tout à coup, il pleut."
    )
    found = find_expressions(doc, glossary)
    spans = _spans(doc, found)
    assert ("au moins", "au moins") in spans
    assert ("À l’égard de", "à l'égard de") in spans
    assert ("pris part", "prendre part") in spans  # matched on the lemma of "pris"
    assert ("Tout à coup", "tout à coup") in spans
    by_key = {e.key: e for e in found}
    assert by_key["au moins"].result.first_gloss == "at least"
    assert by_key["tout à coup"].gloss == "suddenly"
    # Token ranges are exclusive at the end and never overlap; spans are the document's text.
    ends = [(e.first_token, e.last_token) for e in found]
    assert all(a < b for a, b in ends)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(ends, ends[1:], strict=False))
    for e in found:
        assert (e.start, e.end) == (
            doc.tokens[e.first_token].start,
            doc.tokens[e.last_token - 1].end,
        )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "gloss"),
    [
        ("Il l’a dit à plusieurs reprises.", "à plusieurs reprises", "repeatedly"),
        ("Nous avons eu une réunion à mi-parcours.", "à mi-parcours", "halfway"),
        ("Il répondra d’ici une semaine.", "d’ici une semaine", "within"),
        ("Il répondra d’ici demain.", "d’ici demain", "within"),
        ("Il agit comme bon lui semble.", "comme bon lui semble", "as one sees fit"),
        ("Fais comme bon te semble.", "comme bon te semble", "as one sees fit"),
        ("Ils sont invités à s’engager à contenir la crise.", "s’engager à", "commit to"),
        ("Nous nous engageons également à répondre.", "nous engageons également à", "commit to"),
        ("Une conférence de presse a eu lieu hier.", "conférence de presse", "press conference"),
        ("Il est en train de manger.", "est en train de", "be doing"),
        (
            "Il vient de partir.",
            "vient de",
            "have just (done) (il vient de partir: he has just left)",
        ),
        ("Il y a trois ans, il est parti.", "Il y a", "ago (il y a trois ans: three years ago)"),
        ("Il y a un chat dans le jardin.", "Il y a", "there is"),
        ("Il n’y a pas de pain.", "Il n’y a", "there is"),
        ("Je me demande s’il viendra.", "me demande", "wonder"),
        ("Le fichier se trouve dans le dossier.", "se trouve", "be (located)"),
        ("Tout d’abord, ouvrez le menu.", "Tout d’abord", "first of all"),
        ("Il lit le livre ainsi que le journal.", "ainsi que", "as well as"),
        ("Que veut dire ce mot ?", "veut dire", "mean"),
        ("Il a laissé tomber son projet.", "laissé tomber", "drop"),
        ("Tout le monde le sait.", "Tout le monde", "everyone"),
        ("Écrivez-le sur une seule ligne.", "une seule", "a single"),  # not "alone"
        ("Il est le seul à savoir.", "le seul", "the only"),
    ],
)
def test_expressions_matched_in_context(analyzer, glossary, text, span, gloss):
    found = _found(analyzer, glossary, text)
    assert span in found, sorted(found)
    assert found[span].gloss == gloss
    assert found[span].result.source == "curated"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "not_span"),
    [
        ("C’est comme pour les enfants.", "comme pour"),  # was "as though"
        ("Comme cela a été souligné, il viendra.", "Comme cela"),  # cela is the subject
        ("Il viendra d’ici demain.", "viendra d’"),  # venir de needs an infinitive
        ("Elle vit seule.", "vit seule"),  # seul after the verb: alone
    ],
)
def test_false_matches_are_not_made(analyzer, glossary, text, not_span):
    assert not_span not in _found(analyzer, glossary, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "gloss"),
    [
        ("Les étudiants ne pouvaient pas se payer ce logiciel.", "payer", "pay"),  # not "allow"
        ("Cela correspond à ce que je pense.", "correspond", "correspond"),  # not "respond"
        ("Il faut revenir à la version précédente.", "revenir", "return"),  # not "cost"
        ("Ces mesures font avancer le projet.", "avancer", "advance"),  # not "drive on"
    ],
)
def test_a_verb_with_its_preposition_or_pronoun_is_glossed_as_the_verb(
    analyzer, glossary, text, word, gloss
):
    """A dictionary's verb + preposition headword (revenir à: cost) is not matched: the
    reader sees the verb's own sense."""
    doc = analyzer.analyze(text)
    tok = next(t for t in doc.tokens if t.text == word)
    assert not any(
        e.first_token <= tok.index < e.last_token for e in find_expressions(doc, glossary)
    )
    assert glossary.lookup_token(tok, doc.text).first_gloss.startswith(gloss)


@pytest.mark.slow
def test_no_false_glosses_for_il_y_a_and_en_train_de(analyzer, glossary):
    found = _found(analyzer, glossary, "Il y a un livre. Il est en train de lire.")
    glosses = {e.gloss for e in found.values()}
    assert "give" not in glosses and "see it" not in glosses
    assert "y a" not in found  # never the middle of "il y a"


@pytest.mark.slow
def test_grammar_only_headwords_are_not_expressions(analyzer, glossary):
    doc = analyzer.analyze("Il parle de la France et de la paix à la radio.")
    assert all(e.key not in {"de la", "à la"} for e in find_expressions(doc, glossary))


def test_user_expression_spanning_contiguous_tokens(tmp_path):
    from reader.core.document import Document, Token

    store = Store(tmp_path / "u.sqlite")
    glossary = default_glossary(store)
    glossary.user.set("mi-parcours", "NOUN", "halfway point")
    # "à mi - parcours" as a tokenizer that splits hyphens would give it.
    text = "à mi-parcours ."
    parts = [
        ("à", 0, 1, "ADP"),
        ("mi", 2, 4, "NOUN"),
        ("-", 4, 5, "PUNCT"),
        ("parcours", 5, 13, "NOUN"),
        (".", 14, 15, "PUNCT"),
    ]
    tokens = [
        Token(i, w, a, b, 0, 0, w, pos, is_word=pos != "PUNCT", is_punct=pos == "PUNCT", norm=w)
        for i, (w, a, b, pos) in enumerate(parts)
    ]
    found = find_expressions(Document(text=text, tokens=tokens), glossary)
    assert [(e.first_token, e.last_token, e.key) for e in found] == [(1, 4, "mi-parcours")]
    assert found[0].result.first_gloss == "halfway point" and found[0].result.source == "user"
    assert (found[0].start, found[0].end) == (2, 13)
    store.close()


@pytest.mark.slow
def test_user_gloss_for_a_one_token_compound(analyzer, tmp_path):
    store = Store(tmp_path / "u.sqlite")
    glossary = default_glossary(store)
    glossary.user.set("mi-parcours", "NOUN", "halfway point")
    doc = analyzer.analyze("Le projet est à mi-parcours, selon le ministre.")
    tok = next(t for t in doc.tokens if t.text == "mi-parcours")
    assert glossary.lookup_token(tok).first_gloss == "halfway point"
    store.close()


@pytest.mark.slow
def test_a_handout_glosses_the_expression_as_a_unit(analyzer, glossary):
    from reader.core.handout import propose

    doc = analyzer.analyze("Le ministre a insisté à plusieurs reprises sur ce point.")
    handout = propose(doc, "A1", glossary=glossary)
    entry = next(e for e in handout.entries if "reprises" in e.word)
    assert (entry.word, entry.gloss, entry.pos) == ("à plusieurs reprises", "repeatedly", "EXPR")
    assert sum("reprises" in e.word or e.word == "plusieurs" for e in handout.entries) == 1


def test_an_expression_given_as_text_gets_its_curated_gloss(glossary, tmp_path):
    from reader.core.expressions import lookup_expression

    assert lookup_expression("À plusieurs  reprises", glossary).first_gloss == "repeatedly"
    assert lookup_expression("s'engager à", glossary).first_gloss == "commit to"
    store = Store(tmp_path / "u.sqlite")
    mine = default_glossary(store)
    mine.user.set("à plusieurs reprises", "", "again and again")
    assert lookup_expression("à plusieurs reprises", mine).first_gloss == "again and again"
    store.close()


@pytest.mark.slow
def test_a_long_paragraph_is_searched_in_stretches_of_whole_sentences(
    analyzer, glossary, monkeypatch
):
    """A paragraph longer than a stretch is cut between two sentences, never inside one:
    the expressions and their token ranges are the same as searched whole."""
    import reader.core.expressions as expressions

    doc = analyzer.analyze(
        "Il a au moins trois enfants. Tout à coup, il pleut. Il a pris part au débat.\n\n"
        "À l’égard de cette affaire, il a au moins raison."
    )
    whole = [(e.first_token, e.last_token, e.key) for e in find_expressions(doc, glossary)]
    assert [k for _, _, k in whole] == [
        "au moins", "tout à coup", "prendre part", "à l'égard de", "au moins",
    ]  # fmt: skip
    monkeypatch.setattr(expressions, "_STRETCH_TOKENS", 3)
    stretches = list(expressions._stretches(doc))
    assert len(stretches) == 4  # the first paragraph's three sentences, the second paragraph
    assert all(len({t.sentence for t in s} & {t.sentence for t in o}) == 0
               for s, o in zip(stretches, stretches[1:], strict=False))  # fmt: skip
    cut = [(e.first_token, e.last_token, e.key) for e in find_expressions(doc, glossary)]
    assert cut == whole


@pytest.mark.slow
def test_the_search_builds_each_token_once(analyzer, glossary, monkeypatch):
    """A document's packed tokens build a Token at every read; the search reads each token
    many times (a book's search took 155 s so), so it takes them once, in order."""
    from reader.core.document import Tokens

    doc = analyzer.analyze("Il a au moins trois enfants. Tout à coup, il pleut.")
    reads = []
    indexed = Tokens.__getitem__
    monkeypatch.setattr(Tokens, "__getitem__", lambda self, i: reads.append(i) or indexed(self, i))
    spans = _spans(doc, find_expressions(doc, glossary))
    assert spans == [("au moins", "au moins"), ("Tout à coup", "tout à coup")]
    assert reads == []
