"""Export the vocabulary list as an Anki package (.apkg) with genanki.

One note per lemma. The note type, the deck and each note's guid are derived from
fixed names and the lemma, so importing a later export into Anki updates the notes
already there instead of adding duplicates.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..vocab_item import VocabItem, emphasise
from ..vocab_item import escape_text as _esc

log = logging.getLogger(__name__)

DEFAULT_DECK = "French Reader::Vocabulary"
MODEL_NAME = "French Reader word"
# Fixed once and for all: changing it would make Anki see a new note type.
MODEL_ID = 1_607_392_319_425
FIELDS = ("Word", "Article", "Gloss", "Sentence", "Source", "WordAudio", "SentenceAudio", "POS")
GUID_NAMESPACE = "french-reader"

# Returns WAV bytes for a French text, or None when it cannot speak.
AudioSource = Callable[[str], "bytes | None"]

_FRONT = """<div class="word">{{Article}} {{Word}}</div>
{{WordAudio}}
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
_BACK = """{{FrontSide}}
<hr id="answer">
<div class="gloss">{{Gloss}}</div>
{{SentenceAudio}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""
_REVERSE_FRONT = """<div class="gloss">{{Gloss}}</div>"""
_REVERSE_BACK = """{{FrontSide}}
<hr id="answer">
<div class="word">{{Article}} {{Word}}</div>
{{WordAudio}}
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.word { font-size: 32px; }
.sentence { margin-top: 1em; font-style: italic; }
.sentence b { font-style: normal; color: #b03a2e; }
.gloss { font-size: 26px; }
.source { margin-top: 1em; font-size: 14px; color: #777; }"""


@dataclass(frozen=True, slots=True)
class AnkiExportResult:
    """What an export wrote: the file, how many notes, how many audio files."""

    path: Path
    notes: int
    media: int


def stable_id(name: str) -> int:
    """A positive 41-bit id derived from `name` (same name, same id, every run)."""
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") & ((1 << 41) - 1)) | (1 << 40)


def note_guid(lemma: str) -> str:
    """The guid of the note for `lemma`: stable across exports."""
    import genanki

    return genanki.guid_for(GUID_NAMESPACE, lemma)


def build_model(with_reverse: bool = False):
    """The note type: word front, gloss back (plus a gloss->word card if asked)."""
    import genanki

    templates = [{"name": "French -> meaning", "qfmt": _FRONT, "afmt": _BACK}]
    if with_reverse:
        templates.append(
            {"name": "Meaning -> French", "qfmt": _REVERSE_FRONT, "afmt": _REVERSE_BACK}
        )
    return genanki.Model(
        MODEL_ID + (1 if with_reverse else 0),
        MODEL_NAME + (" (both ways)" if with_reverse else ""),
        fields=[{"name": name} for name in FIELDS],
        templates=templates,
        css=_CSS,
    )


def merge_by_lemma(items: Iterable[VocabItem]) -> list[VocabItem]:
    """One item per lemma: the first with a sentence wins, gaps filled from the others."""
    merged: dict[str, VocabItem] = {}
    for item in items:
        if not item.lemma:
            continue
        have = merged.get(item.lemma)
        if have is None:
            merged[item.lemma] = item
            continue
        if not have.sentence and item.sentence:
            have, item = item, have
        merged[item.lemma] = have.with_(
            gloss=have.gloss or item.gloss,
            gender=have.gender or item.gender,
            article=have.article or item.article,
            source=have.source or item.source,
            lookups=have.lookups + item.lookups,
        )
    return list(merged.values())


def _media_name(lemma: str, kind: str) -> str:
    digest = hashlib.sha1(lemma.encode("utf-8")).hexdigest()[:16]
    return f"french-reader-{digest}-{kind}.wav"


def _speak(audio: AudioSource, text: str) -> bytes | None:
    try:
        return audio(text) or None
    except Exception as exc:  # speech is optional: never fail the export for it
        log.warning("no audio for %r: %s", text[:40], exc)
        return None


def export_apkg(
    items: Sequence[VocabItem],
    out: Path | str,
    *,
    deck_name: str = DEFAULT_DECK,
    audio: AudioSource | None = None,
    with_reverse: bool = False,
    timestamp: float | None = None,
) -> AnkiExportResult:
    """Write `items` (merged per lemma) to an .apkg at `out`; audio media if `audio` speaks."""
    import genanki

    out = Path(out)
    model = build_model(with_reverse)
    deck = genanki.Deck(stable_id("deck:" + deck_name), deck_name)
    with tempfile.TemporaryDirectory(prefix="reader-anki-") as tmp:
        media: list[str] = []
        notes = 0
        for item in merge_by_lemma(items):
            word_sound = sentence_sound = ""
            if audio is not None:
                word_sound = _write_media(audio, item.headword, item.lemma, "word", tmp, media)
                if item.sentence:
                    sentence_sound = _write_media(
                        audio, item.sentence, item.lemma, "sentence", tmp, media
                    )
            fields = [
                _esc(item.lemma),
                _esc(item.article),
                _esc(item.gloss),
                emphasise(item.sentence, item.surface, item.lemma),
                _esc(item.source),
                word_sound,
                sentence_sound,
                _esc(item.pos),
            ]
            tags = ["french-reader", item.shown_status]
            deck.add_note(
                genanki.Note(model=model, fields=fields, guid=note_guid(item.lemma), tags=tags)
            )
            notes += 1
        package = genanki.Package(deck)
        package.media_files = media
        out.parent.mkdir(parents=True, exist_ok=True)
        package.write_to_file(str(out), timestamp=timestamp)
    return AnkiExportResult(out, notes, len(media))


def _write_media(
    audio: AudioSource, text: str, lemma: str, kind: str, folder: str, media: list[str]
) -> str:
    data = _speak(audio, text)
    if not data:
        return ""
    name = _media_name(lemma, kind)
    path = Path(folder) / name
    path.write_bytes(data)
    media.append(str(path))
    return f"[sound:{name}]"
