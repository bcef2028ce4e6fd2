"""User and teacher glosses: stored in the user's database, shareable as JSON or CSV files."""

from __future__ import annotations

import csv
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ReaderError
from .store import Store

COMPONENT = "glossary"
MIGRATIONS = [
    """
    CREATE TABLE user_glosses (
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL DEFAULT '',
        gloss TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL,
        PRIMARY KEY (lemma, pos)
    );
    """,
]
FORMAT_TAG = "french-reader-glossary"
FORMAT_VERSION = 1
CSV_FIELDS = ("lemma", "pos", "gloss", "gender", "note")
_GENDERS = {"": "", "m": "m", "f": "f", "masc": "m", "fem": "f", "le": "m", "la": "f"}


class GlossaryFileError(ReaderError):
    """A glossary file that cannot be read (wrong format, damaged)."""


@dataclass(frozen=True, slots=True)
class UserGloss:
    """A gloss written by the user or a teacher; pos '' applies to every part of speech."""

    lemma: str
    pos: str
    gloss: str  # senses separated by ';'
    gender: str = ""
    note: str = ""


def _key(lemma: str) -> str:
    from .glossary import normalise_key

    return normalise_key(lemma)


def _clean(lemma: str, pos: str, gloss: str, gender: str, note: str) -> UserGloss:
    lemma_k = _key(lemma)
    if not lemma_k:
        raise ValueError("A glossary entry needs a word.")
    if not gloss.strip():
        raise ValueError(f"The gloss for {lemma_k!r} is empty.")
    g = _GENDERS.get(gender.strip().lower())
    if g is None:
        raise ValueError(f"Unknown gender {gender!r} for {lemma_k!r} (use m, f or leave empty).")
    return UserGloss(lemma_k, (pos or "").strip().upper(), gloss.strip(), g, note.strip())


class UserGlossary:
    """The user's own glosses (component "glossary" of the Store)."""

    def __init__(self, store: Store):
        self.store = store
        store.ensure(COMPONENT, MIGRATIONS)

    def set(self, lemma: str, pos: str, gloss: str, gender: str = "", note: str = "") -> UserGloss:
        """Add or replace the gloss for (lemma, pos)."""
        entry = _clean(lemma, pos, gloss, gender, note)
        self._write([entry])
        return entry

    def get(self, lemma: str, pos: str | None = None) -> UserGloss | None:
        """The gloss for (lemma, pos); with pos None, any (the POS-free one first)."""
        rows = self.get_all(lemma)
        if pos is None:
            return rows[0] if rows else None
        wanted = pos.upper()
        exact = [r for r in rows if r.pos == wanted]
        return exact[0] if exact else next((r for r in rows if not r.pos), None)

    def get_all(self, lemma: str) -> list[UserGloss]:
        """Every gloss stored for `lemma` (any POS), the POS-free one first."""
        rows = self.store.query(
            "SELECT lemma, pos, gloss, gender, note FROM user_glosses WHERE lemma = ? ORDER BY pos",
            (_key(lemma),),
        )
        return [UserGloss(*r) for r in rows]

    def delete(self, lemma: str, pos: str) -> bool:
        """Remove the gloss for (lemma, pos); True when there was one."""
        cur = self.store.execute(
            "DELETE FROM user_glosses WHERE lemma = ? AND pos = ?",
            (_key(lemma), (pos or "").upper()),
        )
        return cur.rowcount > 0

    def all(self) -> list[UserGloss]:
        """Every user gloss, sorted by word."""
        rows = self.store.query(
            "SELECT lemma, pos, gloss, gender, note FROM user_glosses ORDER BY lemma, pos"
        )
        return [UserGloss(*r) for r in rows]

    # -- sharing -----------------------------------------------------------------------

    def export(self, path: Path | str) -> int:
        """Write every gloss to `path` (.csv for CSV, otherwise tagged JSON); returns the count."""
        path = Path(path)
        entries = self.all()
        if path.suffix.lower() == ".csv":
            with open(path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
                writer.writeheader()
                for e in entries:
                    writer.writerow(asdict(e))
        else:
            data = {
                "format": FORMAT_TAG,
                "version": FORMAT_VERSION,
                "exported": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "entries": [asdict(e) for e in entries],
            }
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return len(entries)

    def import_(self, path: Path | str) -> int:
        """Merge a shared glossary file (JSON or CSV) in; imported glosses replace the same
        (lemma, pos). Returns the number of glosses imported; raises GlossaryFileError."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise GlossaryFileError(f"Cannot read the glossary file {path.name}: {exc}") from exc
        records = (
            _parse_csv(text, path) if path.suffix.lower() == ".csv" else _parse_json(text, path)
        )
        entries = []
        for i, rec in enumerate(records, start=1):
            try:
                entries.append(
                    _clean(
                        str(rec.get("lemma") or ""),
                        str(rec.get("pos") or ""),
                        str(rec.get("gloss") or ""),
                        str(rec.get("gender") or ""),
                        str(rec.get("note") or ""),
                    )
                )
            except (ValueError, AttributeError) as exc:
                raise GlossaryFileError(f"{path.name}, entry {i}: {exc}") from exc
        self._write(entries)
        return len(entries)

    def _write(self, entries: list[UserGloss]) -> None:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
        with self.store.transaction() as conn:
            conn.executemany(
                "INSERT INTO user_glosses (lemma, pos, gloss, gender, note, updated) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(lemma, pos) DO UPDATE SET "
                "gloss = excluded.gloss, gender = excluded.gender, note = excluded.note, "
                "updated = excluded.updated",
                [(e.lemma, e.pos, e.gloss, e.gender, e.note, stamp) for e in entries],
            )


def _parse_json(text: str, path: Path) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryFileError(
            f"{path.name} is not a glossary file (invalid JSON: {exc})."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_TAG:
        raise GlossaryFileError(f"{path.name} is not a French Reader glossary file.")
    if int(data.get("version", 0) or 0) > FORMAT_VERSION:
        raise GlossaryFileError(f"{path.name} was written by a newer French Reader; please update.")
    entries = data.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise GlossaryFileError(f"{path.name} has no list of entries.")
    return entries


def _parse_csv(text: str, path: Path) -> list[dict]:
    reader = csv.DictReader(text.splitlines())
    fields = {f.strip().lower() for f in (reader.fieldnames or [])}
    if not {"lemma", "gloss"} <= fields:
        raise GlossaryFileError(
            f"{path.name} needs a header row with at least 'lemma' and 'gloss'."
        )
    return [{(k or "").strip().lower(): v for k, v in row.items()} for row in reader]
