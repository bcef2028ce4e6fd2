"""`speak`: render an article to a WAV file for listening material, with sentence timings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.errors import ReaderError
from ..core.paths import check_output, replacing

NAME = "speak"
HELP = (
    "Read a French text aloud into an audio file: .ogg (Opus), .mp3 or .wav by the output's "
    "extension (and, with --marks, each sentence's timing)."
)
PARAGRAPH_PAUSE_MS = 400


def add_arguments(parser) -> None:
    from ..speech.backend import DEFAULT_RATE, MAX_RATE, MIN_RATE

    parser.add_argument("path", help="file to read (any supported format), or - for stdin")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="the audio file to write: .ogg (Opus, compact), .mp3 or .wav",
    )
    parser.add_argument(
        "--rate",
        type=int,
        default=DEFAULT_RATE,
        help=f"words per minute, {MIN_RATE}-{MAX_RATE} (default {DEFAULT_RATE})",
    )
    parser.add_argument(
        "--voice", default=None, help="voice id (default: the first French voice, roa/fr)"
    )
    parser.add_argument(
        "--marks",
        default=None,
        help="also write a JSON file with each sentence's start and end time",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it already exists"
    )


def run(args) -> int:
    from ..core.analysis import default_analyzer
    from ..speech.backend import MAX_RATE, MIN_RATE
    from ..speech.service import create_backend, status

    if not MIN_RATE <= args.rate <= MAX_RATE:
        raise ReaderError(f"--rate must be between {MIN_RATE} and {MAX_RATE} words per minute")
    backend = create_backend()
    state = status(backend)
    if not state:
        raise ReaderError(state.reason)
    voice = args.voice or backend.default_voice()
    voices = backend.voices()
    if voice not in {v.id for v in voices}:
        french = ", ".join(v.id for v in voices if v.is_french)
        raise ReaderError(f"unknown voice {voice!r}; French voices: {french}")
    from ..speech.encode import format_for_path

    fmt = format_for_path(str(args.output))
    output = check_output(args.output, args.force)
    if args.marks:
        check_output(args.marks, args.force)
    doc = default_analyzer().analyze(_read(args.path))
    audio = render_document(doc, backend, voice, args.rate)
    from ..speech.encode import encode_pcm

    pcm = audio.pop("pcm_result")
    data = encode_pcm(pcm.pcm, pcm.sample_rate, fmt)
    with replacing(output, args.force) as temp:
        temp.write_bytes(data)
    if args.marks:
        marks = {"audio": output.name, **audio}
        with replacing(args.marks, args.force) as temp:
            temp.write_text(
                json.dumps(marks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    print(
        f"{output}: {len(audio['sentences'])} sentences, {audio['duration']:.1f} s, voice {voice}, {args.rate} words/min",
        file=sys.stderr,
    )
    return 0


def _read(path: str):
    """Import any supported file; plain UTF-8 text when the importers are not there."""
    try:
        from ._input import read_source

        return read_source(path)
    except ModuleNotFoundError as exc:
        if "importers" not in str(exc):
            raise
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise ReaderError(f"{path}: no such file")
    return p.read_text(encoding="utf-8", errors="replace")


def render_document(doc, backend, voice: str, rate: int) -> dict:
    """Synthesise every spoken sentence, one after the other; return timings and the audio."""
    from ..speech.align import align_sentence, sentence_text, spoken_tokens
    from ..speech.backend import SpeechResult

    chunks: list[bytes] = []
    frames = 0
    sample_rate = 0
    sentences, words = [], []
    last_paragraph = None
    for s in doc.sentences:
        if not spoken_tokens(doc, s.index):
            continue
        result = backend.synthesize(sentence_text(doc, s.index), voice, rate)
        if sample_rate and result.sample_rate != sample_rate:
            raise ReaderError("the speech engine changed its sample rate mid-article")
        sample_rate = result.sample_rate
        if last_paragraph is not None and s.paragraph != last_paragraph:
            pause = int(sample_rate * PARAGRAPH_PAUSE_MS / 1000)
            chunks.append(b"\x00\x00" * pause)
            frames += pause
        last_paragraph = s.paragraph
        start = frames / sample_rate
        for tt in align_sentence(doc, s.index, result.marks, result.duration_ms):
            tok = doc.tokens[tt.token]
            words.append(
                {
                    "token": tok.index,
                    "sentence": s.index,
                    "text": tok.text,
                    "start": round(start + tt.time_ms / 1000, 3),
                }
            )
        chunks.append(result.pcm)
        frames += result.frames
        sentences.append(
            {
                "index": s.index,
                "start": round(start, 3),
                "end": round(frames / sample_rate, 3),
                "text": sentence_text(doc, s.index),
            }
        )
    if not sentences:
        raise ReaderError("nothing to read aloud: the text has no words")
    pcm = SpeechResult("", b"".join(chunks), sample_rate)
    return {
        "sample_rate": sample_rate,
        "duration": round(frames / sample_rate, 3),
        "voice": voice,
        "rate": rate,
        "backend": backend.name,
        "sentences": sentences,
        "words": words,
        "pcm_result": pcm,
    }
