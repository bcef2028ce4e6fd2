"""Bytes kept in a file behind a stamp and a checksum, written atomically: the caches the app
builds from its inputs (spaCy's compiled tokenizer pattern and tables, reader.core.nlp_load;
the parsed curated glosses, reader.core.curated).

Layout: the header's length (4 bytes, little-endian), the header (marshal data: the stamp,
the payload's SHA-256 and length), the payload. A file whose stamp differs (another input,
layout or Python), cut short or altered reads as None: the caller builds the data again and
rewrites the file whole (a temporary file beside it, then renamed over it).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def write(path: Path, payload: bytes, stamp: tuple, what: str, level: int = logging.INFO) -> bool:
    """Store `payload` at `path` behind `stamp`; False (logged at `level`, naming `what`) when
    it cannot be written."""
    header = marshal.dumps((stamp, hashlib.sha256(payload).digest(), len(payload)))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(len(header).to_bytes(4, "little"))
            fh.write(header)
            fh.write(payload)
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.log(level, "could not store %s: %s", what, exc)
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        return False


def read(path: Path, stamp: tuple, what: str) -> memoryview | None:
    """The payload stored at `path` behind `stamp` (a view of the file's bytes, not a copy),
    or None if missing, of another stamp or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        size = int.from_bytes(data[:4], "little")
        found, digest, length = marshal.loads(data[4 : 4 + size])
        if found != stamp:
            raise ValueError("made from other data, by another layout or Python")
        payload = memoryview(data)[4 + size :]
        if len(payload) != length or hashlib.sha256(payload).digest() != digest:
            raise ValueError("checksum mismatch")
        return payload
    except Exception as exc:  # damaged: rebuilt by the caller
        log.info("ignoring %s %s: %s", what, path.name, exc)
        return None
