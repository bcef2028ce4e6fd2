"""The .apkg export, checked by importing it into a real Anki collection."""

from __future__ import annotations

import io
import wave
import zipfile


from reader.core.exporters.anki import (
    DEFAULT_DECK,
    FIELDS,
    export_apkg,
    merge_by_lemma,
    note_guid,
    stable_id,
)
from reader.core.vocab_item import VocabItem, article_for, emphasise


T0 = 1_750_000_000.0

VOCAB = [
    VocabItem(
        lemma="maison",
        status="learning",
        pos="NOUN",
        surface="maisons",
        gloss="house",
        gender="f",
        article="la",
        sentence="Les maisons du village sont anciennes.",
        source="Le village",
    ),
    VocabItem(
        lemma="arbre",
        status="unknown",
        pos="NOUN",
        surface="Arbre",
        gloss="tree",
        gender="m",
        article="l'",
        sentence="Arbre & rivière <vieux> : un arbre.",
        source="La forêt",
    ),
    VocabItem(
        lemma="courir",
        status="learning",
        pos="VERB",
        surface="court",
        gloss="to run",
        sentence="Elle court vite.",
        source="Le village",
    ),
]


def _wav(text: str) -> bytes:
    """A short silent WAV whose length depends on the text (stands in for speech)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * (100 * len(text)))
    return buffer.getvalue()


def _import(col_path, apkg):
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    col = Collection(str(col_path))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(apkg),
                options=ImportAnkiPackageOptions(with_scheduling=True),
            )
        )
        notes = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            notes[note["Word"]] = {
                "guid": note.guid,
                "fields": dict(note.items()),
                "tags": set(note.tags),
                "deck": col.decks.name(note.cards()[0].did),
            }
        media_dir = col.media.dir()
        media = {p: (open(f"{media_dir}/{p}", "rb").read()) for p in _listdir(media_dir)}
        return notes, media, col.card_count()
    finally:
        col.close()


def _listdir(path):
    import os

    return sorted(n for n in os.listdir(path) if n.endswith(".wav"))


def test_apkg_imports_into_anki_with_fields_and_media(tmp_path):
    apkg = tmp_path / "vocab.apkg"
    result = export_apkg(VOCAB, apkg, audio=_wav, timestamp=T0)
    assert result.notes == 3 and result.media == 6

    notes, media, cards = _import(tmp_path / "collection.anki2", apkg)

    assert set(notes) == {"maison", "arbre", "courir"}
    assert cards == 3
    maison = notes["maison"]
    assert maison["deck"] == DEFAULT_DECK
    assert maison["guid"] == note_guid("maison")
    assert list(maison["fields"]) == list(FIELDS)
    f = maison["fields"]
    assert f["Article"] == "la"
    assert f["Gloss"] == "house"
    assert f["Sentence"] == "Les <b>maisons</b> du village sont anciennes."
    assert f["Source"] == "Le village"
    assert f["POS"] == "NOUN"
    assert {"french-reader", "learning"} <= maison["tags"]
    # Text is escaped, the first case-insensitive whole-word match is emphasised.
    assert notes["arbre"]["fields"]["Sentence"] == (
        "<b>Arbre</b> &amp; rivière &lt;vieux&gt; : un arbre."
    )
    # Audio fields point to files that Anki placed in its media folder.
    word_sound = f["WordAudio"]
    assert word_sound.startswith("[sound:") and word_sound.endswith(".wav]")
    name = word_sound[len("[sound:") : -1]
    assert media[name] == _wav("la maison")
    sentence_name = f["SentenceAudio"][len("[sound:") : -1]
    assert media[sentence_name] == _wav(VOCAB[0].sentence)
    assert len(media) == 6


def test_second_export_updates_notes_instead_of_duplicating(tmp_path):
    col_path = tmp_path / "collection.anki2"
    first = tmp_path / "first.apkg"
    export_apkg(VOCAB, first, timestamp=T0)
    _import(col_path, first)

    changed = [VOCAB[0].with_(gloss="house, home", status="known"), *VOCAB[1:]]
    changed.append(VocabItem(lemma="rivière", gloss="river", gender="f", article="la"))
    second = tmp_path / "second.apkg"
    export_apkg(changed, second, timestamp=T0 + 3600)
    notes, _media, cards = _import(col_path, second)

    assert sorted(notes) == ["arbre", "courir", "maison", "rivière"]
    assert cards == 4
    assert notes["maison"]["fields"]["Gloss"] == "house, home"
    assert "known" in notes["maison"]["tags"]


def test_export_without_speech_still_writes_notes(tmp_path):
    def broken(text: str) -> bytes:
        raise RuntimeError("no espeak")

    apkg = tmp_path / "v.apkg"
    result = export_apkg(VOCAB[:1], apkg, audio=broken, timestamp=T0)
    assert (result.notes, result.media) == (1, 0)
    notes, media, _ = _import(tmp_path / "c.anki2", apkg)
    assert notes["maison"]["fields"]["WordAudio"] == ""
    assert media == {}


def test_ids_are_stable_and_distinct():
    assert stable_id("deck:A") == stable_id("deck:A")
    assert stable_id("deck:A") != stable_id("deck:B")
    assert 0 < stable_id("x") < 2**63
    assert note_guid("maison") == note_guid("maison") != note_guid("maisons")


def test_same_lemma_twice_is_one_note(tmp_path):
    extra = VocabItem(lemma="maison", surface="maison", gloss="", sentence="", lookups=2)
    merged = merge_by_lemma([extra, VOCAB[0].with_(lookups=1)])
    assert len(merged) == 1
    assert merged[0].sentence == VOCAB[0].sentence
    assert merged[0].gloss == "house"
    assert merged[0].lookups == 3
    with zipfile.ZipFile(export_apkg([extra, VOCAB[0]], tmp_path / "m.apkg").path) as z:
        assert "collection.anki2" in z.namelist()


def test_article_and_emphasis_helpers():
    assert article_for("maison", "f") == "la"
    assert article_for("arbre", "m") == "l'"
    assert article_for("homme", "m") == "l'"
    assert article_for("héros", "m") == "le"
    assert article_for("courir", "") == ""
    assert VocabItem("arbre", article="l'").headword == "l'arbre"
    assert VocabItem("maison", article="la").headword == "la maison"
    assert emphasise("Il part.", "partir") == "Il part."
    assert emphasise("L'art d'aimer", "art") == "L'<b>art</b> d'aimer"
