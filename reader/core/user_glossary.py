"""User and teacher glosses: stored in the user's database, shareable as JSON or CSV files."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from .glossary_file import (
    CSV_FIELDS,
    FORMAT_TAG,
    FORMAT_VERSION,
    MAX_FIELD,
    CoveredText,
    GlossaryFile,
    GlossaryFileError,
    UserGloss,
    clean_entry,
    gloss_label,
    key,
    read_file,
    write_file,
)
from .store import Store

__all__ = [
    "CSV_FIELDS",
    "FORMAT_TAG",
    "FORMAT_VERSION",
    "ClassGlossary",
    "GlossaryFileError",
    "UserGloss",
    "UserGlossary",
]

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
# Imported class glossaries: kept apart from the user's own glosses, removable as a set.
CLASS_MIGRATION = """
    CREATE TABLE class_glossaries (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        author TEXT NOT NULL DEFAULT '',
        class_name TEXT NOT NULL DEFAULT '',
        texts TEXT NOT NULL DEFAULT '[]',
        file TEXT NOT NULL DEFAULT '',
        imported TEXT NOT NULL
    );
    CREATE TABLE class_glosses (
        glossary_id INTEGER NOT NULL REFERENCES class_glossaries(id) ON DELETE CASCADE,
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL DEFAULT '',
        gloss TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (glossary_id, lemma, pos)
    );
    CREATE INDEX class_glosses_lemma ON class_glosses(lemma);
"""
MIGRATIONS.append(CLASS_MIGRATION)


@dataclass(frozen=True, slots=True)
class ClassGlossary:
    """An imported class glossary: whose it is, the texts it covers, how many glosses."""

    id: int
    name: str
    author: str
    class_name: str
    texts: tuple[CoveredText, ...]
    count: int
    imported: str

    @property
    def label(self) -> str:
        return gloss_label(self.author, self.class_name or self.name)


def _clean(lemma: str, pos: str, gloss: str, gender: str, note: str) -> UserGloss:
    return clean_entry(lemma, pos, gloss, gender, note)


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
        """Every gloss for `lemma` (any POS): the user's own first (the POS-free one first),
        then those of imported class glossaries (the latest import first), labelled."""
        k = key(lemma)
        own = self.store.query(
            "SELECT lemma, pos, gloss, gender, note FROM user_glosses WHERE lemma = ? ORDER BY pos",
            (k,),
        )
        out = [UserGloss(*r) for r in own]
        if self._has_classes():
            rows = self.store.query(
                "SELECT g.lemma, g.pos, g.gloss, g.gender, g.note, c.author, c.class_name, c.name "
                "FROM class_glosses g JOIN class_glossaries c ON c.id = g.glossary_id "
                "WHERE g.lemma = ? ORDER BY c.id DESC, g.pos",
                (k,),
            )
            out += [UserGloss(*r[:5], source=gloss_label(r[5], r[6] or r[7])) for r in rows]
        return out

    def _has_classes(self) -> bool:
        return bool(self.store.query("SELECT 1 FROM class_glossaries LIMIT 1"))

    def delete(self, lemma: str, pos: str) -> bool:
        """Remove the gloss for (lemma, pos); True when there was one."""
        cur = self.store.execute(
            "DELETE FROM user_glosses WHERE lemma = ? AND pos = ?",
            (key(lemma), (pos or "").upper()),
        )
        return cur.rowcount > 0

    def all(self, classes: bool = False) -> list[UserGloss]:
        """Every gloss of the user's own, sorted by word; with `classes`, those of imported
        class glossaries follow (labelled)."""
        rows = self.store.query(
            "SELECT lemma, pos, gloss, gender, note FROM user_glosses ORDER BY lemma, pos"
        )
        out = [UserGloss(*r) for r in rows]
        if classes and self._has_classes():
            out += [
                UserGloss(*r[:5], source=gloss_label(r[5], r[6] or r[7]))
                for r in self.store.query(
                    "SELECT g.lemma, g.pos, g.gloss, g.gender, g.note, c.author, c.class_name, "
                    "c.name FROM class_glosses g JOIN class_glossaries c ON c.id = g.glossary_id "
                    "ORDER BY c.id DESC, g.lemma, g.pos"
                )
            ]
        return out

    # -- sharing -----------------------------------------------------------------------

    def export(
        self,
        path: Path | str,
        *,
        author: str = "",
        class_name: str = "",
        texts: list[CoveredText] | None = None,
        entries: list[UserGloss] | None = None,
    ) -> int:
        """Write the user's glosses (or `entries`) to `path` (.csv, else tagged JSON with the
        author, class and texts covered); returns the count."""
        gf = GlossaryFile(
            list(self.all() if entries is None else entries),
            " ".join(author.split()),
            " ".join(class_name.split()),
            list(texts or []),
        )
        return write_file(path, gf)

    def import_(self, path: Path | str, name: str = "") -> ClassGlossary:
        """Import a class glossary file as a set of its own, labelled with its author or class
        (else `name`, else the file's name); an earlier import of the same name is replaced.
        Raises GlossaryFileError and then leaves the user's data untouched."""
        path = Path(path)
        return self.add_class(read_file(path), path.name, name)

    def add_class(self, gf: GlossaryFile, file_name: str, name: str) -> ClassGlossary:
        """Store a class glossary read from `file_name`, named after its author or class,
        else `name` (whose glosses these are), else the file's name; an earlier one of the same
        name is replaced. One transaction."""
        set_name = " ".join((gf.name or name or Path(file_name).stem).split())[: MAX_FIELD["note"]]
        author = gf.author
        if not gf.name and name:
            author = " ".join(name.split())
        texts = json.dumps(
            [{"title": t.title, "doc_key": t.doc_key, "words": list(t.words)} for t in gf.texts],
            ensure_ascii=False,
        )
        unique = {(e.lemma, e.pos): e for e in gf.entries}  # the last of duplicates wins
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM class_glossaries WHERE name = ?", (set_name,))
            cur = conn.execute(
                "INSERT INTO class_glossaries (name, author, class_name, texts, file, imported) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (set_name, author, gf.class_name, texts, file_name, stamp),
            )
            gid = cur.lastrowid
            conn.execute("DELETE FROM class_glosses WHERE glossary_id = ?", (gid,))
            conn.executemany(
                "INSERT INTO class_glosses (glossary_id, lemma, pos, gloss, gender, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(gid, e.lemma, e.pos, e.gloss, e.gender, e.note) for e in unique.values()],
            )
        return next(c for c in self.class_glossaries() if c.id == gid)

    def class_glossaries(self) -> list[ClassGlossary]:
        """The imported class glossaries, oldest first."""
        rows = self.store.query(
            "SELECT c.id, c.name, c.author, c.class_name, c.texts, c.imported, "
            "(SELECT COUNT(*) FROM class_glosses g WHERE g.glossary_id = c.id) "
            "FROM class_glossaries c ORDER BY c.id"
        )
        out = []
        for gid, name, author, class_name, texts, imported, count in rows:
            covered = tuple(
                CoveredText(t.get("title", ""), t.get("doc_key", ""), tuple(t.get("words", [])))
                for t in json.loads(texts or "[]")
            )
            out.append(ClassGlossary(gid, name, author, class_name, covered, count, imported))
        return out

    def class_entries(self, name: str) -> list[UserGloss]:
        """The glosses of the class glossary `name`, sorted by word."""
        rows = self.store.query(
            "SELECT g.lemma, g.pos, g.gloss, g.gender, g.note, c.author, c.class_name, c.name "
            "FROM class_glosses g JOIN class_glossaries c ON c.id = g.glossary_id "
            "WHERE c.name = ? ORDER BY g.lemma, g.pos",
            (name,),
        )
        return [UserGloss(*r[:5], source=gloss_label(r[5], r[6] or r[7])) for r in rows]

    def remove_class(self, name: str) -> int:
        """Remove the class glossary `name` and all its glosses; returns how many glosses."""
        found = [c for c in self.class_glossaries() if c.name == name]
        if not found:
            return -1
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM class_glosses WHERE glossary_id = ?", (found[0].id,))
            conn.execute("DELETE FROM class_glossaries WHERE id = ?", (found[0].id,))
        return found[0].count

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
