"""Aligning engine word marks with our tokens (no engine, no spaCy)."""

from __future__ import annotations

from reader.speech.align import align_sentence, sentence_text, spoken_tokens, token_at_time
from reader.speech.backend import WordMark


def _marks(text: str, words_and_times: list[tuple[str, float]]) -> list[WordMark]:
    out, pos = [], 0
    for word, time in words_and_times:
        pos = text.index(word, pos)
        out.append(WordMark(pos, time))
    return out


def _times(doc, index, marks, duration):
    return {
        doc.tokens[tt.token].text: tt.time_ms for tt in align_sentence(doc, index, marks, duration)
    }


def test_sentence_text_keeps_document_offsets(make_doc):
    doc = make_doc("Première phrase. « Deuxième, ici ! »")
    assert sentence_text(doc, 1) == doc.text[doc.sentences[1].start : doc.sentences[1].end]
    assert [t.text for t in spoken_tokens(doc, 1)] == ["Deuxième", "ici"]


def test_one_mark_per_word_is_taken_as_is(make_doc):
    doc = make_doc("Nous avons eu une réunion.")
    text = sentence_text(doc, 0)
    marks = _marks(text, [("Nous", 0), ("avons", 200), ("eu", 450), ("une", 600), ("réunion", 700)])
    assert _times(doc, 0, marks, 1500) == {
        "Nous": 0,
        "avons": 200,
        "eu": 450,
        "une": 600,
        "réunion": 700,
    }


def test_elision_said_as_one_word_splits_its_time(make_doc):
    doc = make_doc("Le secrétaire d’État arrive.")
    text = sentence_text(doc, 0)
    # espeak: one word "d'État" at 1000 ms, next word at 1600 ms.
    marks = _marks(text, [("Le", 0), ("secrétaire", 150), ("d’", 1000), ("arrive", 1600)])
    times = _times(doc, 0, marks, 2200)
    assert times["d’"] == 1000
    assert 1000 < times["État"] < 1600
    assert times["État"] == 1000 + 600 * 2 / 6  # shared in proportion to length: d’ = 2, État = 4


def test_number_read_as_several_words_is_marked_once(make_doc):
    doc = make_doc("Fin 2021 tout change.")
    text = sentence_text(doc, 0)
    start = text.index("2021")
    marks = [
        WordMark(0, 0),
        WordMark(start, 300),
        WordMark(start + 1, 500),
        WordMark(start + 1, 700),
        WordMark(text.index("tout"), 1200),
    ]
    times = _times(doc, 0, marks, 2000)
    assert times == {"Fin": 0, "2021": 300, "tout": 1200, "change": 1200 + 800 * 4 / 10}


def test_stray_and_backward_marks_are_ignored(make_doc):
    doc = make_doc("Un deux trois.")
    text = sentence_text(doc, 0)
    marks = _marks(text, [("Un", 0), ("deux", 300), ("trois", 600)]) + [
        WordMark(text.index("deux"), 900),
        WordMark(len(text), 1000),
    ]
    assert _times(doc, 0, marks, 1200) == {"Un": 0, "deux": 300, "trois": 600}


def test_mark_on_the_space_or_quote_before_a_word_belongs_to_it(make_doc):
    doc = make_doc("« Bonjour » dit Paul.")
    text = sentence_text(doc, 0)
    marks = [WordMark(0, 0), WordMark(text.index("dit") - 1, 700)]
    times = _times(doc, 0, marks, 1400)
    assert times["Bonjour"] == 0 and times["dit"] == 700
    assert 700 < times["Paul"] < 1400


def test_no_marks_spreads_words_over_the_audio(make_doc):
    doc = make_doc("Trois mots ici.")
    times = _times(doc, 0, [], 1300)
    assert times["Trois"] == 0
    assert 0 < times["mots"] < times["ici"] < 1300


def test_token_at_time(make_doc):
    doc = make_doc("Un deux trois.")
    text = sentence_text(doc, 0)
    timeline = align_sentence(
        doc, 0, _marks(text, [("Un", 100), ("deux", 300), ("trois", 600)]), 900
    )
    assert [token_at_time(timeline, t) for t in (0, 99, 100, 450, 600, 5000)] == [
        -1,
        -1,
        0,
        1,
        2,
        2,
    ]
