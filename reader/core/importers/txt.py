"""Plain text: encoding detected from the content, paragraphs rebuilt from lines."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..document import SourceText
from ..errors import ImportFailure
from ..gui_turns import give_way
from ._builder import TextBuilder, clean_inline, too_large_message

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Encodings a French text is plausibly written in; charset-normalizer chooses among them
# (left free, it picks Baltic or Central European code pages for French Windows-1252).
_CANDIDATES = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16_le", "utf_16_be"]
_SAMPLE_BYTES = 256_000
_C1 = re.compile(rb"[\x80-\x9f]")
_TITLE_END = tuple(".,;:…")
# A book is decoded and split into lines a step at a time: in one C call each, 4 MB held
# the GIL ~20 ms apiece (decode, splitlines), and the window waited behind them (a 170 ms
# gap of the event loop while a 638k-word book opened, on a busy machine). Each step ~1 ms.
_DECODE_STEP = 1 << 18  # bytes
_SPLIT_STEP = 1 << 18  # characters


def decode_bytes(data: bytes, label: str = "This file") -> tuple[str, str]:
    """(text, encoding name) for text bytes; ImportFailure if they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = encoding.replace("-le", "").replace("-be", "") if "16" in encoding else encoding
            return _decode(body, encoding.replace("-sig", ""), label), name
    # UTF-16 without a BOM is valid UTF-8 too (NUL bytes and ASCII): look for it first.
    wide = _wide_encoding(data) if b"\x00" in data[:_SAMPLE_BYTES] else None
    if wide:
        return _decode(data, wide, label), wide
    utf8 = _utf8(data)
    if utf8 is not None:
        _refuse_binary(utf8, label)
        return utf8, "utf-8"
    if b"\x00" in data[:_SAMPLE_BYTES]:
        raise ImportFailure(f"{label} is a binary file, not text.")
    mixed = _mixed_utf8_cp1252(data)
    if mixed is not None:
        _refuse_binary(mixed, label)
        return mixed, "utf-8+cp1252"
    encoding = _guess_single_byte(data, label)
    return _decode(data, encoding, label), encoding.replace("_", "-")


def decode_in_steps(data: bytes, encoding: str, errors: str = "strict") -> str:
    """`data.decode(encoding, errors)`, _DECODE_STEP bytes per call of the codec's
    incremental decoder (a character cut between two steps is kept for the next)."""
    if len(data) <= _DECODE_STEP:
        return data.decode(encoding, errors)
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    view = memoryview(data)
    pieces = []
    for i in range(0, len(data), _DECODE_STEP):
        give_way()  # the window's turn first (reader.core.gui_turns)
        pieces.append(decoder.decode(view[i : i + _DECODE_STEP]))
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def split_lines(text: str) -> list[str]:
    """`text.splitlines()`, a piece of about _SPLIT_STEP characters per call, each piece
    cut just after a line feed (so a line and its ending are never parted)."""
    if len(text) <= _SPLIT_STEP:
        return text.splitlines()
    lines: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _SPLIT_STEP)
        end = len(text) if cut < 0 else cut + 1
        give_way()
        lines.extend(text[start:end].splitlines())
        start = end
    return lines


def _utf8(data: bytes) -> str | None:
    """UTF-8 text, tolerating a few damaged bytes among many valid accented letters."""
    try:
        return decode_in_steps(data, "utf-8")
    except UnicodeDecodeError:
        pass  # damaged or cut: the whole again, in one call, for the error's position
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8")
    text = decode_in_steps(data, "utf-8", "replace")
    bad = text.count("\ufffd")
    sample = text[:200_000]
    multibyte = len(sample) - len(sample.encode("ascii", "ignore")) - bad
    return text if bad * 10 <= multibyte else None


def _mixed_utf8_cp1252(data: bytes) -> str | None:
    """Text pasted together from UTF-8 and Windows-1252/Latin-1 files: each line in the
    encoding it is valid in. None unless both kinds of accented lines are there."""
    lines = data.splitlines(keepends=True)
    out: list[str] = []
    utf8_lines = single_lines = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8_lines += 1
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            single_lines += 1
        out.append(text)
    if not utf8_lines or not single_lines:
        return None
    return "".join(out)


def _decode(data: bytes, encoding: str, label: str) -> str:
    if encoding.startswith(("utf-16", "utf-32")):
        unit = 2 if "16" in encoding else 4
        data = data[: len(data) - len(data) % unit]
    text = decode_in_steps(data, encoding, "replace")
    _refuse_binary(text, label)
    return text


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters leave zero bytes on every other byte."""
    sample = data[: min(len(data), _SAMPLE_BYTES)]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd > 0.3 * len(odd) and zeros_even < 0.02 * len(even):
        return "utf-16-le"
    if zeros_even > 0.3 * len(even) and zeros_odd < 0.02 * len(odd):
        return "utf-16-be"
    return None


def _guess_single_byte(data: bytes, label: str) -> str:
    from charset_normalizer import from_bytes

    sample = data[:_SAMPLE_BYTES]
    matches = list(from_bytes(sample, cp_isolation=_CANDIDATES))
    matches = [m for m in matches if not m.encoding.startswith("utf_16")]
    if not matches:
        raise ImportFailure(f"{label} is a binary file, not text (no text encoding fits it).")
    order = {name: i for i, name in enumerate(_CANDIDATES)}
    best = min(matches, key=lambda m: (round(m.chaos, 3), order.get(m.encoding, 99)))
    encoding = best.encoding
    if encoding in ("cp1252", "latin_1", "iso8859_15"):
        # Bytes 0x80-0x9F are letters and quotes (œ ’ « …) in Windows-1252, controls in
        # Latin-1; without them both read the same and the file is plain Latin-1.
        encoding = "cp1252" if _C1.search(data) else "latin_1"
    return encoding


def _odd(c: str) -> bool:
    """A character no text has many of: U+FFFD, a control (not whitespace), private use, a
    surrogate, unassigned."""
    return c == "\ufffd" or (
        c not in "\t\n\r\f\v" and unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn")
    )


def _refuse_binary(text: str, label: str) -> None:
    sample = text[:100_000]
    if not sample:
        return
    # Each distinct character judged once and counted by str.count (a book's sample has a
    # few hundred): no Python step per character while the window waits for the GIL.
    odd = sum(sample.count(c) for c in set(sample) if _odd(c))
    if odd > max(2, len(sample) // 100):
        raise ImportFailure(f"{label} is a binary file, not text.")


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: one per line, or joined lines when the text is hard-wrapped."""
    lines = [line.rstrip() for line in split_lines(text)]
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    if _hard_wrapped(groups):
        return [_join_wrapped(g) for g in groups]
    return [line for g in groups for line in g]


def _hard_wrapped(groups: list[list[str]]) -> bool:
    """True when lines were cut at a fixed width: the next word would not have fitted."""
    lengths = sorted(len(line) for g in groups for line in g)
    if len(lengths) < 4:
        return False
    width = lengths[int(len(lengths) * 0.98)]
    if not 30 <= width <= 140:
        return False
    full = checked = 0
    for g in groups:
        for line, nxt in zip(g, g[1:], strict=False):
            checked += 1
            first_word = nxt.split(" ", 1)[0]
            if len(line) + 1 + len(first_word) > width - 2:
                full += 1
    return checked >= 3 and full >= 0.8 * checked


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        out = out + " " + line
    return out


def build_from_text(
    text: str, builder: TextBuilder, *, detect_title: bool = True
) -> tuple[TextBuilder, str]:
    """Fill `builder` from plain text; returns it and the detected title ("" if none)."""
    paras = paragraphs(text)
    title = ""
    if detect_title and len(paras) > 1:
        first = clean_inline(paras[0])
        if first and len(first) <= 120 and not first.endswith(_TITLE_END) and len(paras[1]) > 0:
            title = first
    for i, para in enumerate(paras):
        builder.add("title" if title and i == 0 else "paragraph", para)
    return builder, title


def load(data: bytes, label: str, max_chars: int) -> SourceText:
    """A text file's bytes -> SourceText (meta: encoding)."""
    if len(data) > max_chars * 4:
        raise ImportFailure(too_large_message(label, max_chars))
    from .. import gc_policy

    # No full collections while a book's lines and blocks are made (tens of thousands of
    # objects: a collection on the way walked everything the window had made, holding the GIL).
    with gc_policy.analysing():
        text, encoding = decode_bytes(data, label)
        builder, title = build_from_text(text, TextBuilder(max_chars, label))
        source = builder.build(title=title, meta={"format": "txt", "encoding": encoding})
    if "\ufffd" in text:
        source.warnings.append(
            f"Some characters could not be read in the {encoding} encoding and show as \ufffd."
        )
    return source
