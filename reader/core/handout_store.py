"""The teacher's handout choices, saved per document text and reused when it is reopened."""

from __future__ import annotations

import hashlib
import json
import time

from .document import Document
from .handout import Handout, HandoutEntry, HandoutOptions
from .store import Store

COMPONENT = "handouts"
MIGRATIONS = [
    """
    CREATE TABLE handouts (
        doc_key TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        options TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE handout_entries (
        doc_key TEXT NOT NULL REFERENCES handouts(doc_key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        lemma TEXT NOT NULL,
        pos TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        gloss TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        edited INTEGER NOT NULL DEFAULT 0,
        approximate INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (doc_key, start)
    )
    """,
]


def document_key(text: str) -> str:
    """A key for a document's text that survives renaming or moving the file."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:32]


class HandoutStore:
    """Saves and restores handouts in the user's Store ("handouts" component)."""

    def __init__(self, store: Store | None = None):
        self.store = store if store is not None else Store()
        self.store.ensure(COMPONENT, MIGRATIONS)

    def save(self, handout: Handout, user_glossary=None) -> None:
        """Replace the saved choices for this document; edited glosses go to `user_glossary`."""
        key = document_key(handout.document.text)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM handout_entries WHERE doc_key = ?", (key,))
            conn.execute(
                "INSERT INTO handouts(doc_key, title, options, removed, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(doc_key) DO UPDATE SET title = excluded.title, "
                "options = excluded.options, removed = excluded.removed, "
                "updated_at = excluded.updated_at",
                (
                    key,
                    handout.title,
                    json.dumps(handout.options.to_dict(), ensure_ascii=False),
                    json.dumps(sorted(handout.removed), ensure_ascii=False),
                    time.strftime("%Y-%m-%dT%H:%M:%S"),
                ),
            )
            conn.executemany(
                "INSERT INTO handout_entries(doc_key, start, end, lemma, pos, gender, gloss, "
                "note, edited, approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (key, e.start, e.end, e.lemma, e.pos, e.gender, e.gloss, e.note)
                    + (int(e.edited), int(e.approximate))
                    for e in handout.entries
                ],
            )
        if user_glossary is not None:
            for e in handout.entries:
                if e.edited and e.gloss and e.pos != "EXPR":
                    user_glossary.set(e.lemma, e.pos, e.gloss, gender=e.gender, note=e.note)

    def load(self, doc: Document) -> Handout | None:
        """The saved handout for `doc`'s text, or None if the teacher never saved one."""
        key = document_key(doc.text)
        rows = self.store.query("SELECT options, removed FROM handouts WHERE doc_key = ?", (key,))
        if not rows:
            return None
        options = HandoutOptions.from_dict(json.loads(rows[0][0]))
        removed = set(json.loads(rows[0][1]))
        entries = []
        for start, end, lemma, pos, gender, gloss, note, edited, approx in self.store.query(
            "SELECT start, end, lemma, pos, gender, gloss, note, edited, approximate "
            "FROM handout_entries WHERE doc_key = ? ORDER BY start",
            (key,),
        ):
            first, last = doc.token_at(start), doc.token_at(end - 1)
            if first is None or last is None:
                continue  # the analysis no longer has a token there
            entries.append(
                HandoutEntry(
                    first_token=first.index,
                    last_token=last.index + 1,
                    start=start,
                    end=end,
                    word=doc.text[start:end],
                    lemma=lemma,
                    pos=pos,
                    gender=gender,
                    gloss=gloss,
                    note=note,
                    edited=bool(edited),
                    approximate=bool(approx),
                )
            )
        return Handout(doc, entries, options, removed)

    def delete(self, doc: Document) -> None:
        """Forget the saved choices for `doc`."""
        key = document_key(doc.text)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM handouts WHERE doc_key = ?", (key,))
