"""Subtitles (SRT, WebVTT): cues merged into sentences, markup and rolling repeats removed."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..document import SourceText
from ..errors import ImportFailure
from ._builder import TextBuilder, clean_inline
from .txt import decode_bytes

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_SENTENCE_END = re.compile(r"[.!?…]\s*[»\"”)]?$")
MAX_GAP = 2.0  # seconds of silence that end a block even mid-sentence
MAX_BLOCK_CHARS = 400


@dataclass
class Cue:
    """One subtitle: when it shows and its text (one line)."""

    start: float
    end: float
    text: str


def _seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def parse_cues(text: str) -> list[Cue]:
    """Cues of an SRT or VTT text, in order; blocks without a valid timing line are skipped."""
    return parse_cues_counted(text)[0]


def parse_cues_counted(text: str) -> tuple[list[Cue], int]:
    """(cues, blocks left out because their timing line cannot be read)."""
    bad = 0
    cues: list[Cue] = []
    chunks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    previous_lines: list[str] = []
    for chunk in chunks:
        lines = chunk.strip("\n").split("\n")
        timing_at = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing_at is None or timing_at > 2:
            continue  # WEBVTT header, NOTE, STYLE, REGION, or a broken block
        found = _TIMING.match(lines[timing_at])
        if not found:
            bad += any(line.strip() for line in lines[timing_at + 1 :])  # text was there
            continue
        g = found.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        kept = []
        for raw in lines[timing_at + 1 :]:
            line = clean_inline(html.unescape(_TAG.sub("", raw)))
            # Auto-generated captions repeat the previous line as they roll up.
            if line and not any(prev.endswith(line) for prev in previous_lines):
                kept.append(line)
        previous_lines = kept or previous_lines
        if kept:
            cues.append(Cue(start, end, " ".join(kept)))
    return cues, bad


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """An SRT or VTT file's bytes -> SourceText with one 'subtitle' block per sentence run."""
    text, encoding = decode_bytes(data, label)
    fmt = "vtt" if text.lstrip("\ufeff \n").upper().startswith("WEBVTT") else "srt"
    cues, bad = parse_cues_counted(text)
    if not cues:
        raise ImportFailure(f"{label} is a subtitle file without any readable subtitle.")
    builder = TextBuilder(max_chars, label)
    current: list[str] = []
    for cue, nxt in zip(cues, cues[1:] + [None], strict=True):
        current.append(cue.text)
        joined = " ".join(current)
        gap = (nxt.start - cue.end) if nxt else MAX_GAP + 1
        if _SENTENCE_END.search(joined) or gap > MAX_GAP or len(joined) > MAX_BLOCK_CHARS:
            builder.add("subtitle", joined)
            current = []
    if current:
        builder.add("subtitle", " ".join(current))
    meta = {
        "format": fmt,
        "encoding": encoding,
        "cues": str(len(cues)),
        "duration": f"{cues[-1].end:.0f}",
    }
    source = builder.build(meta=meta)
    if bad:
        source.warnings.append(
            f"{bad} subtitle{'s' if bad > 1 else ''} left out: "
            f"{'their timings' if bad > 1 else 'its timing'} could not be read."
        )
    return source
