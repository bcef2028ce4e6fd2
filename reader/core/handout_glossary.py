"""A handout's glosses as a class glossary file, so students open the text with them."""

from __future__ import annotations

from pathlib import Path

from .glossary_file import (
    CoveredText,
    GlossaryFile,
    UserGloss,
    clean_entry,
    render_json,
    write_file,
)
from .handout import Handout


def handout_glossary(handout: Handout, author: str = "", class_name: str = "") -> GlossaryFile:
    """Every glossed word of `handout` (not the missing ones), and the text it covers."""
    from .handout_store import document_key

    entries: dict[tuple[str, str], UserGloss] = {}
    words: list[str] = []
    for e in handout.entries:
        if e.missing:
            continue
        pos = "" if e.pos == "EXPR" else e.pos
        try:
            gloss = clean_entry(e.lemma, pos, e.gloss, e.gender, e.note)
        except ValueError:
            continue
        entries.setdefault((gloss.lemma, gloss.pos), gloss)
        if gloss.lemma not in words:
            words.append(gloss.lemma)
    text = CoveredText(handout.title, document_key(handout.document.text), tuple(words))
    return GlossaryFile(
        list(entries.values()), " ".join(author.split()), " ".join(class_name.split()), [text]
    )


def handout_glossary_json(handout: Handout, author: str = "", class_name: str = "") -> str:
    """The handout's glosses as the text of a .json class glossary file (to embed)."""
    return render_json(handout_glossary(handout, author, class_name))


def write_handout_glossary(
    handout: Handout, path: Path | str, author: str = "", class_name: str = ""
) -> int:
    """Write the handout's glosses to `path` (.json, or .csv); returns how many."""
    return write_file(path, handout_glossary(handout, author, class_name))


def text_coverage(doc, entries: list[UserGloss], title: str = "") -> CoveredText:
    """Which of `entries`' words occur in `doc`: its title, key and those words, in order."""
    from .handout_store import document_key

    lemmas = {e.lemma for e in entries}
    words: list[str] = []
    for t in doc.tokens:
        if not t.is_word:
            continue
        word = t.lemma if t.lemma in lemmas else t.norm if t.norm in lemmas else ""
        if word and word not in words:
            words.append(word)
    return CoveredText(title or doc.title, document_key(doc.text), tuple(words))
