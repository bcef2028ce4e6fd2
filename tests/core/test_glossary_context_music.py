"""Music senses in a text about music (partition: score, portée: staff), everyday senses
elsewhere (la partition de l'Inde; une partition de démarrage in a text about computers)."""

from __future__ import annotations

from token_helpers import word_token

from reader.core.curated import parse_table
from reader.core.paths import asset
from reader.core.topic import MUSIC_FILENAME, music_context, music_entries

MUSIC = (
    "Les musiciens de l'orchestre ouvrent leurs partitions. Le chef d'orchestre lève sa "
    "baguette ; la mélodie passe des violons aux violoncelles, et chaque portée de la "
    "partition est annotée au crayon."
)
HISTORY = (
    "En 1947, la partition de l'Inde entraîne le départ de millions de personnes. Les "
    "frontières sont tracées en quelques semaines par une commission britannique."
)
COMPUTING = (
    "Avant d'installer le système, créez une partition de démarrage avec le logiciel de "
    "partitionnement ; vérifiez ensuite le fichier de configuration."
)


def popup(glossary, text: str, word: str, lemma: str, pos: str = "NOUN", nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    token = word_token(word, lemma, pos, "Gender=Fem")._replace(start=start, end=start + len(word))
    return glossary.lookup_token(token, text)


def test_music_context_needs_two_music_words_around_the_word():
    assert music_context(MUSIC, MUSIC.index("portée"))
    assert not music_context(HISTORY, HISTORY.index("partition"))
    assert not music_context(COMPUTING, COMPUTING.index("partition"))
    one = "Il aime la musique ; la partition de l'Inde l'a marqué."
    assert not music_context(one, one.index("partition"))


def test_music_senses_in_a_text_about_music(glossary):
    partition = popup(glossary, MUSIC, "partition", "partition", nth=1)
    assert partition.first_gloss == "score"
    assert partition.note.startswith("music sense")
    assert any(s.text == "partition" for s in partition.senses[1:])  # still there, after
    assert popup(glossary, MUSIC, "portée", "portée").first_gloss == "staff"
    assert popup(glossary, MUSIC, "baguette", "baguette").first_gloss == "baton"


def test_everyday_senses_elsewhere(glossary):
    assert popup(glossary, HISTORY, "partition", "partition").first_gloss != "score"
    assert popup(glossary, COMPUTING, "partition", "partition").first_gloss != "score"
    assert popup(glossary, "Elle achète une baguette.", "baguette", "baguette").first_gloss != (
        "baton"
    )


def test_the_music_table_is_well_formed():
    table = parse_table(asset(MUSIC_FILENAME).read_text(encoding="utf-8"), MUSIC_FILENAME)
    assert table and all(e.note.startswith("music sense") for es in table.values() for e in es)
    assert music_entries("partition", "NOUN")[0].senses[0] == "score"
    assert music_entries("", "NOUN") == ()
