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

    return sorted(n for n in os.listdir(path) if n.endswith((".wav", ".ogg", ".mp3")))


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


def _tone(text: str) -> bytes:
    """A WAV of a 220 Hz tone, as long as the text (stands in for speech at espeak's rate)."""
    import math
    import struct

    rate = 22050
    frames = 800 * max(1, len(text))
    pcm = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * i / rate))) for i in range(frames)
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buffer.getvalue()


def _rendered(col_path, apkg):
    """Import into a real collection; (fields by Word, question/answer HTML per card, media)."""
    import os

    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
    )

    col = Collection(str(col_path))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=True)
            )
        )
        notes, cards = {}, []
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            notes[(note.note_type()["name"], note["Word"])] = dict(note.items())
            for card in note.cards():
                cards.append((note.note_type()["name"], card.question(), card.answer()))
        media_dir = col.media.dir()
        media = {n: open(os.path.join(media_dir, n), "rb").read() for n in os.listdir(media_dir)}
        return notes, cards, media
    finally:
        col.close()


def _visible(html: str) -> str:
    """The text a learner sees on a card (styles and tags removed)."""
    import re

    return re.sub(r"<[^>]+>", "", re.sub(r"(?s)<style>.*?</style>", "", html))


def _encoded(fmt):
    from reader.speech.encode import encode_wav

    return lambda text: encode_wav(_tone(text), fmt)


def test_cloze_and_basic_cards_render_with_ipa_translation_and_gender(tmp_path):
    apkg = tmp_path / "both.apkg"
    ipa = {"maison": "mɛzɔ̃", "arbre": "aʁbʁ", "courir": "kuʁiʁ"}
    result = export_apkg(
        VOCAB,
        apkg,
        cards=("basic", "cloze"),
        ipa=lambda word, lemma, pos: ipa[lemma],
        translate=lambda sentences: [f"EN {s}" for s in sentences],
        timestamp=T0,
    )
    assert result.notes == 6
    notes, cards, _ = _rendered(tmp_path / "c.anki2", apkg)

    basic = notes[("French Reader word", "maison")]
    assert basic["IPA"] == "mɛzɔ̃" and basic["Gender"] == "f"
    assert basic["Translation"] == "Rough translation (machine): EN " + VOCAB[0].sentence
    cloze = notes[("French Reader cloze", "la maison")]
    assert cloze["Text"] == "Les {{c1::maisons::house}} du village sont anciennes."

    by_type = {}
    for name, question, answer in cards:
        by_type.setdefault(name, []).append((question, answer))
    assert len(by_type["French Reader word"]) == 3 and len(by_type["French Reader cloze"]) == 3
    question, answer = next(qa for qa in by_type["French Reader cloze"] if "village sont" in qa[0])
    # Anki's own renderer blanks the word, shows the hint, and reveals it on the back.
    seen = _visible(question)
    assert "maisons" not in seen and "Les [house] du village sont anciennes." in seen
    assert "Les maisons du village" in _visible(answer)
    assert "Rough translation (machine)" in _visible(answer)
    question, answer = next(qa for qa in by_type["French Reader word"] if "maison" in qa[0])
    assert 'class="word gender-f"' in question and "la maison" in question
    assert "/mɛzɔ̃/" in question
    assert ".gender-f { color: #c0392b; }" in question  # the style travels with the card
    assert "house" in answer and "EN Les maisons" in answer


def test_gender_colours_can_be_turned_off(tmp_path):
    apkg = tmp_path / "plain.apkg"
    export_apkg(VOCAB[:1], apkg, gender_colours=False, timestamp=T0)
    _notes, cards, _ = _rendered(tmp_path / "c.anki2", apkg)
    assert ".gender-f" not in cards[0][1]


def test_article_filled_from_gender_for_a_masculine_noun(tmp_path):
    noun = VocabItem(lemma="village", pos="NOUN", gender="m", gloss="village", sentence="")
    apkg = tmp_path / "a.apkg"
    export_apkg([noun], apkg, timestamp=T0)
    notes, _cards, _ = _rendered(tmp_path / "c.anki2", apkg)
    assert notes[("French Reader word", "village")]["Article"] == "le"


def test_compact_audio_is_decodable_and_small(tmp_path):
    import soundfile

    sizes = {}
    for fmt, ext in (("wav", ".wav"), ("opus", ".ogg"), ("mp3", ".mp3")):
        apkg = tmp_path / f"{fmt}.apkg"
        result = export_apkg(VOCAB[:1], apkg, audio=_encoded(fmt), timestamp=T0)
        assert result.media == 2
        notes, _cards, media = _rendered(tmp_path / f"{fmt}.anki2", apkg)
        sound = notes[("French Reader word", "maison")]["SentenceAudio"]
        name = sound[len("[sound:") : -1]
        assert name.endswith(ext)
        data, rate = soundfile.read(io.BytesIO(media[name]), dtype="float32")
        seconds = 800 * len(VOCAB[0].sentence) / 22050
        assert abs(len(data) / rate - seconds) < 0.1  # the whole clip, decodable
        assert 0.15 < float(abs(data).max()) < 0.35  # the tone's level survives (8000/32768)
        sizes[fmt] = len(media[name])
    assert sizes["opus"] < 0.08 * sizes["wav"]  # a 1.4 s clip, headers included
    assert sizes["mp3"] < 0.1 * sizes["wav"]


def test_unknown_card_type_is_refused(tmp_path):
    import pytest

    from reader.core.errors import ReaderError

    with pytest.raises(ReaderError, match="card types"):
        export_apkg(VOCAB, tmp_path / "x.apkg", cards=("flash",))
    assert not (tmp_path / "x.apkg").exists()
