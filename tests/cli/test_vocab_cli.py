"""`python -m reader vocab list|export|import|progress` as a learner runs it (in-process)."""

from __future__ import annotations

import json
import zipfile

import pytest

from reader.core.statuses import WordStatuses
from reader.core.store import Store


@pytest.fixture
def filled(data_dir):
    """A user data folder whose list has three words met in two articles."""
    store = Store()
    statuses = WordStatuses(store)
    statuses.record_lookup(
        "maison", "NOUN", "maisons", "Les maisons du village sont anciennes.", "Le village"
    )
    statuses.set("courir", "learning", "VERB", "court", "Elle court vite.", "Le village")
    statuses.record_lookup("arbre", "NOUN", "arbres", "Les arbres tombent.", "La forêt")
    store.close()
    return data_dir


def test_list_text_and_filters(filled, run_cli):
    code, out, err = run_cli("vocab", "list")
    assert code == 0
    lines = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert set(lines) == {"la maison", "courir", "l'arbre"}
    assert lines["la maison"][1:4] == ["seen", "house", "Le village"]
    assert "3 words (1 learning, 2 seen)" in err

    code, out, _ = run_cli("vocab", "list", "--status", "learning", "--format", "json")
    rows = json.loads(out)
    assert [(r["lemma"], r["sentence"]) for r in rows] == [("courir", "Elle court vite.")]
    _, out, _ = run_cli("vocab", "list", "--article", "La forêt")
    assert out.startswith("l'arbre\t")


def test_csv_export_then_import_elsewhere(filled, run_cli, tmp_path, monkeypatch):
    out_csv = tmp_path / "vocab.csv"
    code, _, err = run_cli("vocab", "export", "--format", "csv", "-o", str(out_csv))
    assert code == 0 and "wrote 3 words" in err
    _, listed_before, _ = run_cli("vocab", "list")

    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(tmp_path / "other-computer"))
    assert run_cli("vocab", "list")[1] == ""
    code, out, _ = run_cli("vocab", "import", str(out_csv))
    assert code == 0 and "vocab.csv: 3 words read" in out
    assert run_cli("vocab", "list")[1] == listed_before


def _note_fields(apkg, tmp_path) -> list[list[str]]:
    """The fields of every note of an exported deck."""
    import contextlib
    import sqlite3

    collection = tmp_path / "collection.anki2"
    with zipfile.ZipFile(apkg) as z:
        collection.write_bytes(z.read("collection.anki2"))
    with contextlib.closing(sqlite3.connect(collection)) as db:
        return [row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes")]


def test_apkg_export(filled, run_cli, tmp_path):
    # The one export test with the real Apertium (the others have a stand-in translator).
    out = tmp_path / "deck.apkg"
    code, _, err = run_cli("vocab", "export", "-o", str(out), "--deck", "Mon français")
    assert code == 0 and "wrote 3 notes (0 audio files)" in err
    from reader.core.vocab_import import read_anki_words

    assert sorted(read_anki_words(out)) == ["arbre", "courir", "maison"]
    rough = {note[0]: note[-1] for note in _note_fields(out, tmp_path)}
    prefix = "Rough translation (machine): "
    assert all(text.startswith(prefix) and len(text) > len(prefix) + 5 for text in rough.values())
    assert "trees" in rough["arbre"]


def test_apkg_export_with_spoken_audio(filled, run_cli, tmp_path, stand_in_translator):
    from reader.speech.clips import speech_audio_source

    assert speech_audio_source() is not None, "espeak-ng missing: tools/bootstrap.sh installs it"
    out = tmp_path / "deck.apkg"
    code, _, err = run_cli("vocab", "export", "-o", str(out), "--audio")
    assert code == 0 and "wrote 3 notes (6 audio files)" in err
    with zipfile.ZipFile(out) as z:
        media = json.loads(z.read("media"))
        assert len(media) == 6
        assert all(z.read(k)[:4] == b"OggS" for k in media)  # Opus by default
        assert all(name.endswith(".ogg") for name in media.values())
    assert "Elle court vite." in stand_in_translator.asked[0]


def test_apkg_export_choices_mp3_and_cloze(filled, run_cli, tmp_path, stand_in_translator):
    import io

    import soundfile

    out = tmp_path / "deck.apkg"
    code, _, err = run_cli(
        "vocab", "export", "-o", str(out), "--audio", "mp3", "--cards", "basic,cloze"
    )
    assert code == 0 and "audio files) to" in err
    with zipfile.ZipFile(out) as z:
        media = json.loads(z.read("media"))
        assert media and all(name.endswith(".mp3") for name in media.values())
        data, rate = soundfile.read(io.BytesIO(z.read(next(iter(media)))))
        assert rate == 16000 and len(data) > 1600  # real speech, decodable
    from reader.core.vocab_import import read_anki_words

    assert {"arbre", "courir", "maison"} <= set(read_anki_words(out))
    assert "Elle court vite." in stand_in_translator.asked[0]


def test_apkg_export_refuses_unknown_card_type(filled, run_cli, tmp_path):
    out = tmp_path / "deck.apkg"
    code, _, err = run_cli("vocab", "export", "-o", str(out), "--cards", "basic,flash")
    assert code != 0 and "--cards: say basic, cloze or basic,cloze" in err
    assert "Traceback" not in err and not out.exists()


def test_import_word_list_prints_estimate(filled, run_cli, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("maisons\nfalaise\nécureuil\n", encoding="utf-8")
    code, out, _ = run_cli("vocab", "import", str(words))
    assert code == 0
    assert "3 words read, 3 newly marked known" in out
    assert "vocabulary estimate" in out
    _, out, _ = run_cli("vocab", "list", "--status", "known")
    assert sorted(line.split("\t")[0] for line in out.splitlines()) == [
        "l'écureuil",
        "la falaise",
        "la maison",
    ]


def test_progress(filled, run_cli, tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("chat\nchien\n", encoding="utf-8")
    run_cli("vocab", "import", str(words))
    code, out, _ = run_cli("vocab", "progress")
    assert code == 0
    known, looked_up = out.split("# words looked up per article\n")
    looked_up, per_day = looked_up.split("# words looked up per day\n")
    assert known.startswith("# known lemmas over time\n")
    (point,) = known.splitlines()[1:]
    day, count = point.split("\t")
    assert len(day) == 10 and count == "2"
    assert looked_up.splitlines() == ["La forêt\t1", "Le village\t1"]
    assert per_day.splitlines() == [f"{day}\t2"]  # maison and arbre, looked up today


def test_errors_are_one_line(data_dir, run_cli, tmp_path):
    code, _, err = run_cli("vocab", "export", "-o", str(tmp_path / "x.apkg"))
    assert code == 2 and err.strip() == "error: the vocabulary list is empty: nothing to export"
    code, _, err = run_cli("vocab", "export", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "--format apkg or --format csv" in err
    code, _, err = run_cli("vocab", "import", str(tmp_path / "missing.apkg"))
    assert code == 2 and "no such file" in err
