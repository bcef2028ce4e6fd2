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


# French sentences whose words are also English (or Portuguese, German...) words: they stay
# French words, to be highlighted and glossed.
FRENCH_HOMOGRAPHS = [
    ("Nous portions des portions de gâteau.", ["portions", "des"]),
    ("Des os.", ["Des", "os"]),
    ("Os, portions, actions.", ["Os", "portions", "actions"]),
    ("Il me donne des actions et des dons pour la place.", ["me", "actions", "dons", "pour"]),
    ("Le client a payé le total à la date prévue, plus la taxe.", ["client", "total", "date"]),
    ("Sale, place, date, total.", ["Sale", "place", "date", "total"]),
    ("La chambre est sale.", ["sale"]),
    ("Le four rate.", ["four", "rate"]),
    ("Le pain et le chat sont sur la page.", ["pain", "chat", "page"]),
    ("Une file de clients attend devant la porte.", ["file", "clients"]),
]
# English inside French text that must still be caught.
ENGLISH_RUNS = [
    ("Il a dit they are coming back tomorrow et il est parti.", ["they", "coming", "tomorrow"]),
    ("Les fans ont chanté « We are the champions » dans le stade.", ["We", "are", "the"]),
    ("Définir set user ID sur un fichier exécutable.", ["set", "user"]),
    (
        "If you installed a GUI environment, then you can still get to the login prompt.",
        ["If", "installed", "environment", "prompt"],
    ),
]


def _by_text(analyzer, text):
    doc = analyzer.analyze(text)
    return doc.tokens


def test_french_words_that_are_also_english_stay_french(analyzer):
    for sentence, words in FRENCH_HOMOGRAPHS:
        tokens = _by_text(analyzer, sentence)
        for word in words:
            found = [t for t in tokens if t.text == word]
            assert found, (sentence, word)
            for tok in found:
                assert tok.is_word and not tok.lang, (sentence, word)


def test_english_inside_french_is_still_caught(analyzer):
    for sentence, words in ENGLISH_RUNS:
        tokens = _by_text(analyzer, sentence)
        for word in words:
            tok = next(t for t in tokens if t.text == word)
            assert tok.lang == "en" and not tok.is_word, (sentence, word)
        assert any(t.is_word for t in tokens) or sentence.startswith("If")


def test_french_frequencies_beyond_the_table_vote_for_french():
    known = {"portions": 3.55, "set": 4.0}.get

    def french(word: str) -> float:
        return known(word, 0.0)

    assert langid.votes("portions") == {"en"}
    assert langid.french_votes("portions", french) == {"en", "fr"}
    assert not langid.strong("portions", "en", french)
    assert langid.strong("set", "en", french)  # far more common in English
    assert langid.strong("they", "en", french)  # French has no such word
    assert langid.paragraph_language(["os", "portions", "actions"]) == "en"  # table alone
    assert langid.paragraph_language(["os", "portions", "actions"], french) == ""
