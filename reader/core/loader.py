"""Open a document fast at any size: from the cache at once, else the first screen
first and the rest in growing parts, the finished analysis stored in the cache.

Run it off the GUI thread; each yielded Document is a new object that the loader
never changes afterwards (it may be handed to another thread as it is).
"""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from .cache import AnalysisCache
from .document import Document, Paragraph, Sentence, SourceText, Token, Tokens
from .memory import release_free_memory

log = logging.getLogger(__name__)

# The first part, analysed on its own before the rest: what the first screen shows (~1,050
# characters in the window at its default size, ~1,420 at 1920x1050: the reading column keeps
# its width) with room to spare. Its analysis is on the path from Open to the first screen
# lit: 6,000 characters took 0.44-0.49 s of CPU there, 3,000 take 0.22-0.30 s.
FIRST_CHARS = 3_000
MIN_PART_CHARS = 50_000  # later parts: at least this many characters ...
MAX_PART_CHARS = 400_000  # ... and at most this many (parts double in between)


def open_document(
    source: SourceText | str,
    analyzer,
    cache: AnalysisCache | None = None,
    first_chars: int = FIRST_CHARS,
    progress: Callable[[int, int], None] | None = None,
    part_chars: int = MIN_PART_CHARS,
) -> Iterator[Document]:
    """Yield the Document of `source`: the cached one at once, or growing partial ones
    (complete=False) from the first screen on, then the complete one (cached).

    Stop iterating to cancel; nothing partial is ever cached.
    """
    src = SourceText(text=source) if isinstance(source, str) else source
    src.ensure_blocks()
    key = version_key(analyzer) if cache is not None else ""
    if cache is not None:
        parts = cache.get_parts(src.text, key)
        if parts is not None:
            try:
                for hit in parts:
                    _adopt_source(hit, src)
                    if hit.complete and progress:
                        progress(len(src.text), len(src.text))
                    yield hit
                return
            except ValueError as exc:  # damaged past its header: analyse it again
                log.warning("cached analysis unusable, analysing again: %s", exc)
    head = _head_blocks(src, first_chars)
    # A text up to twice the first part is analysed in one pass: a first part would have its
    # paragraphs analysed twice for little gain in time to the first screen.
    split = len(head) < len(src.blocks) and len(src.text) > 2 * first_chars
    if split:
        # Analyse the first screen on its own (a small batch answers fast); the full pass
        # below re-analyses these few paragraphs so every index stays global and exact.
        first = _empty(src)
        # A prefix of the text: the offsets are the same and no work scales with the book.
        head_src = SourceText(src.text[: head[-1].end], src.title, head, [], src.meta)
        for part in analyzer.stream(head_src, batch_size=max(1, len(head))):
            _append(first, part.paragraph, part.sentences, part.tokens)
        first.complete = False
        yield _snapshot(first, complete=False)
    doc = _empty(src)
    shown = head[-1].end if split else 0
    next_yield = max(shown * 2, shown + part_chars)
    for part in analyzer.stream(src, progress=progress):
        _append(doc, part.paragraph, part.sentences, part.tokens)
        done = part.paragraph.end
        if done >= next_yield and done < src.blocks[-1].end:
            yield _snapshot(doc, complete=False)
            release_free_memory()  # the part was taken (and assessed): its garbage is gone
            next_yield = done + min(MAX_PART_CHARS, max(done, part_chars))
    if shown:
        release_free_memory()  # before the whole book is assessed and stored
    doc.complete = True
    if cache is not None:
        cache.put(doc, key)
    yield doc


def version_key(analyzer) -> str:
    """The analyzer's cache key, without loading spaCy when the model's meta tells it."""
    if not analyzer.loaded:
        key = _predicted_key(analyzer)
        if key:
            return key
    return analyzer.version_key()


def _predicted_key(analyzer) -> str:
    """What Analyzer.version_key() will say once loaded, read from the model's meta.json."""
    from .analysis import ANALYSIS_VERSION

    model = getattr(analyzer, "model", "")
    try:
        spec = importlib.util.find_spec(model) if model else None
    except (ImportError, ValueError):
        return ""
    if spec is None or not spec.submodule_search_locations:
        return ""
    try:
        meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, StopIteration):
        return ""
    disable = set(getattr(analyzer, "disable", ()))
    off = set(meta.get("disabled", []))
    pipes = [
        name
        for name in meta.get("components", [])
        if name not in disable and (name not in off or (name == "senter" and "parser" in disable))
    ]
    return f"{model}-{meta.get('version')}-{'+'.join(pipes)}-a{ANALYSIS_VERSION}"


def _head_blocks(src: SourceText, first_chars: int) -> list:
    """The blocks that cover the first `first_chars` characters (at least one)."""
    if not src.blocks:
        return []
    limit = src.blocks[0].start + first_chars
    head = [b for b in src.blocks if b.start < limit]
    return head or src.blocks[:1]


def _empty(src: SourceText) -> Document:
    return Document(
        text=src.text,
        title=src.title,
        chapters=list(src.chapters),
        meta=dict(src.meta),
        complete=False,
        tokens=Tokens(),
    )


def _append(doc: Document, para: Paragraph, sents: list[Sentence], toks: list[Token]) -> None:
    doc.paragraphs.append(para)
    doc.sentences.extend(sents)
    doc.tokens.extend(toks)  # packed (Tokens): ~24 bytes a token


def _snapshot(doc: Document, complete: bool) -> Document:
    """A new Document sharing the (immutable) items analysed so far (the tokens' packed
    store too: later parts only append to it)."""
    return Document(
        text=doc.text,
        paragraphs=list(doc.paragraphs),
        sentences=list(doc.sentences),
        tokens=doc.tokens.view(),
        title=doc.title,
        chapters=list(doc.chapters),
        meta=dict(doc.meta),
        complete=complete,
    )


def _adopt_source(doc: Document, src: SourceText) -> None:
    """A cached analysis shown with the title and metadata of the source opened now."""
    doc.title = src.title or doc.title
    doc.meta = {**doc.meta, **src.meta}
    if src.chapters:
        doc.chapters = list(src.chapters)
