"""Language of paragraphs and runs of words, from the small shipped table."""

from __future__ import annotations

import subprocess
import sys

from reader.core import langid
from reader.core.importers.language import french_check


def _words(text: str) -> list[str]:
    return text.lower().replace(",", " ").replace(".", " ").split()


def test_paragraph_languages():
    assert (
        langid.paragraph_language(_words("Le ministre a déclaré que la réunion était utile.")) == ""
    )
    english = "If you installed a GUI environment, then you can still get to the login prompt."
    assert langid.paragraph_language(_words(english)) == "en"
    german = "Wir haben gestern mit den Kindern im Garten gespielt und gelacht."
    assert langid.paragraph_language(_words(german)) == "de"
    assert langid.paragraph_language(["week", "end"]) == ""  # too little to tell


def test_english_run_inside_a_french_sentence():
    words = _words("Il a dit they are coming back tomorrow et il est parti")
    runs = langid.foreign_runs(words)
    assert runs == [(3, 8, "en")]
    assert langid.foreign_runs(_words("Le week-end, il lit un email au bureau.")) == []


def test_words_vote_for_their_languages():
    assert langid.votes("the") >= {"en"} and "fr" not in langid.votes("the")
    assert "fr" in langid.votes("maison")
    assert langid.other_language("hostname") in ("", "en")
    assert langid.other_language("maison") == ""


def test_french_check_uses_the_table_not_wordfreq():
    code = (
        "import sys; from reader.core.importers.language import french_check;"
        "c = french_check('The quick brown fox jumps over the lazy dog and then runs "
        "away from the farmer who is very angry about it.');"
        "print(c.is_french, c.best_other, 'wordfreq' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "English", "False"]
    check = french_check(
        "Le ministre a déclaré que la réunion de Genève était très utile pour tous."
    )
    assert check.is_french and check.french_share > 0.8
