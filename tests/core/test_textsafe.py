"""Lone surrogates become U+FFFD wherever they are in a long text, searched in steps."""

from __future__ import annotations

from reader.core import textsafe
from reader.core.textsafe import without_surrogates


def test_a_lone_surrogate_anywhere_in_a_book_is_replaced_and_the_length_kept():
    step = textsafe._STEP
    book = "Le vieux pêcheur regardait la mer. " * (3 * step // 35 + 1)
    assert without_surrogates(book) is book  # nothing to replace: the same text, no copy
    for at in (0, step - 1, step, 2 * step + 17, len(book) - 1):
        broken = book[:at] + "\udc80" + book[at + 1 :]
        safe = without_surrogates(broken)
        assert len(safe) == len(book)
        assert safe[at] == "\ufffd" and safe[:at] == book[:at] and safe[at + 1 :] == book[at + 1 :]
        safe.encode("utf-8")  # what spaCy needs


def test_the_search_gives_the_window_its_turns_between_steps(monkeypatch):
    calls = []
    monkeypatch.setattr("reader.core.gui_turns.give_way", lambda: calls.append(1))
    text = "a" * (3 * textsafe._STEP + 5)
    assert without_surrogates(text) is text
    assert len(calls) == 3  # between the four steps
