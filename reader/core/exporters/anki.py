"""Export the vocabulary list as an Anki package (.apkg) with genanki.

One note per lemma (and, if asked, one cloze note per lemma from the sentence it was met
in). The note types, the deck and each note's guid are derived from fixed names and the
lemma, so importing a later export into Anki updates the notes already there instead of
adding duplicates. Audio is encoded compactly (Ogg Opus by default, MP3, or WAV).
"""

from __future__ import annotations

import hashlib
import re
import logging
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReaderError
from ..vocab_item import VocabItem, article_for, emphasise
from ..vocab_item import escape_text as _esc

log = logging.getLogger(__name__)

DEFAULT_DECK = "French Reader::Vocabulary"
MODEL_NAME = "French Reader word"
# Fixed once and for all: changing it would make Anki see a new note type.
MODEL_ID = 1_607_392_319_425
FIELDS = (
    "Word",
    "Article",
    "Gloss",
    "Sentence",
    "Source",
    "WordAudio",
    "SentenceAudio",
    "POS",
    "Gender",
    "IPA",
    "Translation",
)
GUID_NAMESPACE = "french-reader"
CLOZE_MODEL_NAME = "French Reader cloze"
CLOZE_MODEL_ID = MODEL_ID + 10
CLOZE_FIELDS = ("Text", "Word", "Gloss", "Source", "SentenceAudio", "IPA", "Translation")
CLOZE_GUID_NAMESPACE = "french-reader-cloze"
CARD_TYPES = ("basic", "cloze")
AUDIO_FORMATS = ("opus", "mp3", "wav", "none")
ROUGH = "Rough translation (machine): "

# Returns WAV bytes for a French text, or None when it cannot speak.
AudioSource = Callable[[str], "bytes | None"]
# (word, lemma, POS) -> IPA without slashes, '' when unknown.
IpaSource = Callable[[str, str, str], str]
# French sentences -> rough English translations ('' where none).
TranslationSource = Callable[[Sequence[str]], Sequence[str]]

_WORD = """<div class="word gender-{{Gender}}">{{Article}} {{Word}}</div>
{{#IPA}}<div class="ipa">/{{IPA}}/</div>{{/IPA}}
{{WordAudio}}"""
_FRONT = (
    _WORD
    + """
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
)
_BACK = """{{FrontSide}}
<hr id="answer">
<div class="gloss">{{Gloss}}</div>
{{SentenceAudio}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""
_REVERSE_FRONT = """<div class="gloss">{{Gloss}}</div>"""
_REVERSE_BACK = (
    """{{FrontSide}}
<hr id="answer">
"""
    + _WORD
    + """
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}"""
)
_CLOZE_FRONT = """<div class="sentence">{{cloze:Text}}</div>"""
_CLOZE_BACK = """<div class="sentence">{{cloze:Text}}</div>
<hr id="answer">
<div class="word">{{Word}}</div>
{{#IPA}}<div class="ipa">/{{IPA}}/</div>{{/IPA}}
<div class="gloss">{{Gloss}}</div>
{{SentenceAudio}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""
_GENDER_CSS = """
.gender-m { color: #1f5fbf; }
.gender-f { color: #c0392b; }"""
_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.word { font-size: 32px; }
.sentence { margin-top: 1em; font-style: italic; }
.sentence b { font-style: normal; color: #b03a2e; }
.cloze { font-style: normal; font-weight: bold; color: #1f6f43; }
.gloss { font-size: 26px; }
.ipa { font-size: 18px; color: #555; }
.translation { margin-top: 1em; font-size: 16px; color: #555; }
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


def build_model(with_reverse: bool = False, gender_colours: bool = True):
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
        css=_CSS + (_GENDER_CSS if gender_colours else ""),
    )


def build_cloze_model(gender_colours: bool = True):
    """The cloze note type: the context sentence with the word blanked."""
    import genanki

    return genanki.Model(
        CLOZE_MODEL_ID,
        CLOZE_MODEL_NAME,
        fields=[{"name": name} for name in CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": _CLOZE_FRONT, "afmt": _CLOZE_BACK}],
        css=_CSS + (_GENDER_CSS if gender_colours else ""),
        model_type=genanki.Model.CLOZE,
    )


def cloze_guid(lemma: str) -> str:
    """The guid of the cloze note for `lemma`: stable across exports."""
    import genanki

    return genanki.guid_for(CLOZE_GUID_NAMESPACE, lemma)


def cloze_text(item: VocabItem) -> str:
    """The sentence as HTML with the word met as cloze 1 (hint: the gloss); '' if absent."""
    marked = emphasise(item.sentence, item.surface, item.lemma)
    start, end = marked.find("<b>"), marked.find("</b>")
    if not item.sentence or start < 0 or end < start:
        return ""
    word = marked[start + 3 : end]
    hint = re.sub(r"[{}:]+", " ", _esc(item.gloss)).strip()
    inner = f"{word}::{hint}" if hint else word
    return marked[:start] + "{{c1::" + inner + "}}" + marked[end + 4 :]


def article_of(item: VocabItem) -> str:
    """The noun's definite article: the analysis/glossary's, else from its gender."""
    if item.article:
        return item.article
    if item.pos in ("NOUN", "") and item.gender:
        return article_for(item.lemma, item.gender)
    return ""


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


def audio_extension(data: bytes) -> str:
    """The file extension of encoded audio, from its first bytes."""
    if data.startswith(b"OggS"):
        return ".ogg"
    if data.startswith(b"RIFF"):
        return ".wav"
    if data.startswith(b"ID3") or data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xe3"):
        return ".mp3"
    if data[:1] == b"\xff" and len(data) > 1 and data[1] & 0xE0 == 0xE0:
        return ".mp3"
    return ""


def _media_name(lemma: str, kind: str, ext: str) -> str:
    digest = hashlib.sha1(lemma.encode("utf-8")).hexdigest()[:16]
    return f"french-reader-{digest}-{kind}{ext}"


def _safe(source: Callable | None, *args, what: str):
    if source is None:
        return None
    try:
        return source(*args)
    except Exception as exc:  # optional extras never fail the export
        log.warning("no %s: %s", what, exc)
        return None


def export_apkg(
    items: Sequence[VocabItem],
    out: Path | str,
    *,
    deck_name: str = DEFAULT_DECK,
    audio: AudioSource | None = None,
    cards: Sequence[str] = ("basic",),
    gender_colours: bool = True,
    ipa: IpaSource | None = None,
    translate: TranslationSource | None = None,
    with_reverse: bool = False,
    timestamp: float | None = None,
) -> AnkiExportResult:
    """Write `items` (merged per lemma) to an .apkg at `out`.

    `cards`: 'basic' (word -> meaning) and/or 'cloze' (the sentence with the word blanked).
    Audio media when `audio` speaks (Ogg, MP3 or WAV bytes: see
    reader.speech.clips.speech_audio_source); the IPA and the sentence's
    rough translation where `ipa` / `translate` give them.
    """
    import genanki

    unknown = [c for c in cards if c not in CARD_TYPES]
    if unknown or not cards:
        raise ReaderError(f"card types: say {' and/or '.join(CARD_TYPES)}")
    out = Path(out)
    model = build_model(with_reverse, gender_colours)
    cloze_model = build_cloze_model(gender_colours)
    deck = genanki.Deck(stable_id("deck:" + deck_name), deck_name)
    merged = merge_by_lemma(items)
    sentences = [i.sentence for i in merged]
    translations = list(_safe(translate, sentences, what="translation") or [])
    if len(translations) != len(merged):
        translations = [""] * len(merged)
    with tempfile.TemporaryDirectory(prefix="reader-anki-") as tmp:
        media: list[str] = []
        notes = 0
        for item, rough in zip(merged, translations, strict=True):
            article = article_of(item)
            headword = item.with_(article=article).headword
            word_sound = sentence_sound = ""
            if audio is not None:
                word_sound = _write_media(audio, headword, item.lemma, "word", tmp, media)
                if item.sentence:
                    sentence_sound = _write_media(
                        audio, item.sentence, item.lemma, "sentence", tmp, media
                    )
            pron = _safe(ipa, item.surface or item.lemma, item.lemma, item.pos, what="IPA")
            pron_field = _esc((pron or "").strip("/"))
            rough_field = _esc(ROUGH + rough) if rough else ""
            tags = ["french-reader", *([item.shown_status] if item.shown_status else [])]
            if "basic" in cards:
                fields = [
                    _esc(item.lemma),
                    _esc(article),
                    _esc(item.gloss),
                    emphasise(item.sentence, item.surface, item.lemma),
                    _esc(item.source),
                    word_sound,
                    sentence_sound,
                    _esc(item.pos),
                    item.gender if item.gender in ("m", "f") else "",
                    pron_field,
                    rough_field,
                ]
                deck.add_note(
                    genanki.Note(model=model, fields=fields, guid=note_guid(item.lemma), tags=tags)
                )
                notes += 1
            text = cloze_text(item) if "cloze" in cards else ""
            if text:
                fields = [
                    text,
                    _esc(headword),
                    _esc(item.gloss),
                    _esc(item.source),
                    sentence_sound,
                    pron_field,
                    rough_field,
                ]
                deck.add_note(
                    genanki.Note(
                        model=cloze_model,
                        fields=fields,
                        guid=cloze_guid(item.lemma),
                        tags=[*tags, "cloze"],
                    )
                )
                notes += 1
        package = genanki.Package(deck)
        package.media_files = media
        out.parent.mkdir(parents=True, exist_ok=True)
        package.write_to_file(str(out), timestamp=timestamp)
    return AnkiExportResult(out, notes, len(media))


def _write_media(
    audio: AudioSource,
    text: str,
    lemma: str,
    kind: str,
    folder: str,
    media: list[str],
) -> str:
    data = _safe(audio, text, what="audio")
    ext = audio_extension(data or b"")
    if not ext:
        if data:
            log.warning("audio for %r is in an unknown format: left out", text[:40])
        return ""
    name = _media_name(lemma, kind, ext)
    path = Path(folder) / name
    path.write_bytes(data)
    media.append(str(path))
    return f"[sound:{name}]"


def default_translation_source() -> tuple[TranslationSource | None, str]:
    """(rough translation of many sentences, '') or (None, why there is none)."""
    from ..translate import NOT_INSTALLED, default_translator

    translator = default_translator()
    if translator is None:
        return None, NOT_INSTALLED
    return translator.translate_many, ""


def default_ipa_source() -> IpaSource | None:
    """(word, lemma, POS) -> IPA from the pronunciation module; None when unavailable."""
    try:
        from ..pronunciation import Pronouncer

        pronouncer = Pronouncer()
    except Exception as exc:  # the cards go without IPA
        log.warning("no IPA on the cards: %s", exc)
        return None

    def ipa(word: str, lemma: str, pos: str) -> str:
        found = pronouncer.for_word(lemma or word, lemma, pos)
        return found.ipa if found else ""

    return ipa
