"""Analysis cache: a finished Document stored by content hash and pipeline version.

Reopening a document skips spaCy entirely. Files are `marshal`-encoded tuples
(fast to load, no code executed on load), written atomically; a damaged or
stale entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator
from array import array
from pathlib import Path

from .document import Chapter, Document, Paragraph, Sentence, Tokens

log = logging.getLogger(__name__)
# 2: tokens in separately encoded chunks; 3: packed token arrays (Tokens); 4: the paragraphs
# and sentences as packed arrays too (a format 3 entry is stale: analysed again).
FORMAT = 4
_CHUNK = 20_000  # tokens per chunk: no single call holds the GIL for long
_FIRST_CHUNK = 2_000  # the first chunk: a few screens, decoded and assessed in ~50 ms
_KEY_SLICE = 1 << 18  # characters encoded at a time for the content key
_MAX_ENTRIES = 10_000  # a bound on the folder scan; the byte limit decides
DEFAULT_MAX_BYTES = 500 * 2**20  # the "analysis_cache_mb" setting's default


def content_key(text: str, version_key: str) -> str:
    """Cache key for `text` analysed by the pipeline identified by `version_key`."""
    h = hashlib.sha256()
    h.update(version_key.encode())
    h.update(b"\0")
    # In slices: encoding a book's 4 MB at once held the GIL ~7 ms (the hashing lets it
    # go); UTF-8 encodes code point by code point, so the bytes (and keys) are the same.
    for at in range(0, len(text), _KEY_SLICE):
        h.update(text[at : at + _KEY_SLICE].encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


class AnalysisCache:
    """A folder of cached analyses (default: the user's cache dir), at most `max_bytes` of
    them: the least recently used entries are removed when a new one is stored."""

    def __init__(self, folder: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
        self.max_bytes = max(0, int(max_bytes))
        if folder is None:
            from .paths import cache_dir

            folder = cache_dir() / "analysis"
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.doc"

    def get_parts(self, text: str, version_key: str) -> Iterator[Document] | None:
        """None on a miss; else an iterator giving a partial Document (the first tokens,
        complete=False) fast, then the complete one. It raises ValueError if the entry
        turns out damaged past its header."""
        path = self._path(content_key(text, version_key))
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            head, chunks = _decode_head(blob, text)
        except Exception as exc:  # damaged entry: rebuild it
            log.warning("ignoring damaged cache entry %s: %s", path.name, exc)
            self.misses += 1
            return None
        self.hits += 1
        os.utime(path)
        return _decode_parts(head, chunks, text)

    def put(self, doc: Document, version_key: str) -> None:
        """Store a complete Document (partial ones are not cached)."""
        if not doc.complete:
            return
        path = self._path(content_key(doc.text, version_key))
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_encode(doc))
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("could not write analysis cache: %s", exc)
            Path(tmp).unlink(missing_ok=True)
            return
        self._trim()

    def size(self) -> int:
        """Bytes the cached entries take on disk."""
        return sum(size for _path, _mtime, size in self._entries())

    def _entries(self) -> list[tuple[Path, float, int]]:
        out = []
        for path in self.folder.glob("*.doc"):
            try:
                st = path.stat()
            except OSError:  # removed meanwhile (another window pruning)
                continue
            out.append((path, st.st_mtime, st.st_size))
        return out

    def _trim(self) -> None:
        """Drop the least recently used entries beyond the byte (and count) limits; the
        newest entry stays even if it alone is larger than the limit."""
        entries = sorted(self._entries(), key=lambda e: e[1], reverse=True)
        total = 0
        for n, (path, _mtime, size) in enumerate(entries):
            total += size
            if n > 0 and (total > self.max_bytes or n >= _MAX_ENTRIES):
                path.unlink(missing_ok=True)


# Checked on load: the packed arrays are stored as their machine bytes.
_MACHINE = (sys.byteorder, array("i").itemsize)


def _bounds(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of the stored chunks: for a long document a small first one ending with
    a paragraph (its first screens come back at once), then chunks of _CHUNK."""
    n = len(doc.tokens)
    if n <= _CHUNK:  # short enough to come back whole at once
        return [(0, n)] if n else []
    first = min(_FIRST_CHUNK, _CHUNK)
    for para in doc.paragraphs:
        end = doc.sentences[para.last_sentence - 1].last_token if para.last_sentence else 0
        if end >= first:
            first = end
            break
    cuts = [0, *range(first, n, _CHUNK), n] if n > first else [0, n]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _encode(doc: Document) -> bytes:
    tokens = doc.tokens if isinstance(doc.tokens, Tokens) else Tokens(doc.tokens)
    p = tokens._p
    chunks, kinds_done = [], 0
    for a, b in _bounds(doc):
        # Kinds get their ids in order of first use: a chunk brings the ones it uses first.
        kinds_end = max(kinds_done, max(p.kind[a:b]) + 1)
        arrays = tuple(
            getattr(p, name)[a:b].tobytes()
            for name in ("start", "end", "sentence", "paragraph", "joined", "kind")
        )
        payload = (a, b - a, tuple(p.kinds[kinds_done:kinds_end]), arrays)
        chunks.append(zlib.compress(marshal.dumps(payload), 1))
        kinds_done = kinds_end
    header = (
        FORMAT,
        _MACHINE,
        len(doc.text),
        doc.title,
        tuple(sorted(doc.meta.items())),
        _pack_paragraphs(doc.paragraphs),
        _pack(doc.sentences, _SENTENCE_FIELDS),
        tuple((c.index, c.title, c.start, c.end) for c in doc.chapters),
    )
    return marshal.dumps((zlib.compress(marshal.dumps(header), 1), tuple(chunks)))


# The paragraphs and sentences are stored as one packed int array per field: a book's
# ~50k of them as tuples of ints took marshal ~60 ms in one call holding the GIL (the
# window's longest gap while a book's analysis was stored); as arrays, marshal copies bytes
# and the arrays are filled and read back a value at a time by Python code, which lets
# the GUI thread in between.
_SENTENCE_FIELDS = ("index", "start", "end", "paragraph", "first_token", "last_token")
_PARAGRAPH_FIELDS = ("index", "start", "end", "chapter", "first_sentence", "last_sentence")


def _pack(items, fields: tuple[str, ...]) -> tuple[bytes, ...]:
    return tuple(array("i", (getattr(x, name) for x in items)).tobytes() for name in fields)


def _unpack(packed, count: int | None = None) -> list[array]:
    columns = []
    for raw in packed:
        column = array("i")
        column.frombytes(raw)
        columns.append(column)
    if len({len(c) for c in columns}) > 1 or (count is not None and len(columns) != count):
        raise ValueError("structure arrays of different lengths")
    return columns


def _pack_paragraphs(paragraphs) -> tuple:
    """(the paragraph kinds in order of first use, their ids, the int fields' arrays)."""
    kinds: dict[str, int] = {}
    ids = array("i", (kinds.setdefault(p.kind, len(kinds)) for p in paragraphs))
    return tuple(kinds), ids.tobytes(), _pack(paragraphs, _PARAGRAPH_FIELDS)


def _unpack_paragraphs(packed) -> list[Paragraph]:
    kinds, ids, fields = packed
    (ids,) = _unpack((ids,))
    index, start, end, chapter, first, last = _unpack(fields, len(_PARAGRAPH_FIELDS))
    if len(ids) != len(index) or (ids and (min(ids) < 0 or max(ids) >= len(kinds))):
        raise ValueError("paragraph kinds out of range")
    return [
        Paragraph(*row)
        for row in zip(
            index, start, end, (kinds[k] for k in ids), chapter, first, last, strict=True
        )
    ]


def _decode_head(blob: bytes, text: str) -> tuple[Document, tuple[bytes, ...]]:
    """The Document without tokens, and the encoded token chunks."""
    packed, chunks = marshal.loads(blob)
    header = marshal.loads(zlib.decompress(packed))
    if header[0] != FORMAT:  # an older layout: stale
        raise ValueError(f"format {header[0]}, not {FORMAT}")
    _fmt, machine, length, title, meta, paras, sents, chapters = header
    if tuple(machine) != _MACHINE or length != len(text):
        raise ValueError("machine or length mismatch")
    doc = Document(
        text=text,
        title=title,
        meta=dict(meta),
        paragraphs=_unpack_paragraphs(paras),
        sentences=[Sentence(*s) for s in zip(*_unpack(sents, len(_SENTENCE_FIELDS)), strict=True)],
        chapters=[Chapter(*c) for c in chapters],
        complete=False,
        tokens=Tokens(),
    )
    return doc, tuple(chunks)


def _decode_parts(doc: Document, chunks: tuple[bytes, ...], text: str) -> Iterator[Document]:
    tokens = doc.tokens
    for n, chunk in enumerate(chunks):
        try:
            _unpack_chunk(tokens, marshal.loads(zlib.decompress(chunk)), len(text))
        except Exception as exc:
            raise ValueError(f"damaged token chunk {n}: {exc}") from exc
        if n == 0 and len(chunks) > 1:
            yield _first_part(doc)
    doc.complete = True
    yield doc


def _unpack_chunk(tokens: Tokens, payload, text_length: int) -> None:
    """Append one stored chunk to `tokens` (its arrays as they were), checked for sense."""
    first, count, kinds, arrays = payload
    p = tokens._p
    if first != len(tokens) or len(p.start) != len(tokens):
        raise ValueError("token chunks out of step")
    names = ("start", "end", "sentence", "paragraph", "joined", "kind")
    parts = [array("i") for _ in names]
    for part, raw in zip(parts, arrays, strict=True):
        part.frombytes(raw)
        if len(part) != count:
            raise ValueError("token arrays of different lengths")
    start, end, kind = parts[0], parts[1], parts[5]
    if count and (
        min(start) < 0
        or max(end) > text_length
        or min(kind) < 0
        or max(kind) >= len(p.kinds) + len(kinds)
        or any(len(k) != 14 for k in kinds)
    ):
        raise ValueError("token values out of range")
    for name, part in zip(names, parts, strict=True):
        getattr(p, name).extend(part)
    p.kinds.extend(kinds)  # (not in p.ids: nothing appends to a cached document)
    tokens._n += count


def _first_part(doc: Document) -> Document:
    """The paragraphs whose tokens are all decoded, as a partial Document."""
    n = len(doc.tokens)
    sents = [s for s in doc.sentences if s.last_token <= n]
    paras = [p for p in doc.paragraphs if p.last_sentence <= len(sents)]
    sents = sents[: paras[-1].last_sentence] if paras else []
    last = sents[-1].last_token if sents else 0
    return Document(
        text=doc.text,
        paragraphs=paras,
        sentences=sents,
        tokens=doc.tokens.view(last),
        title=doc.title,
        chapters=list(doc.chapters),
        meta=dict(doc.meta),
        complete=False,
    )
