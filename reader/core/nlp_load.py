"""Loading spaCy fast: the French tokenizer's exception pattern compiled once and kept on
disk, the lemmatizer's tables in plain dicts decoded in small steps, its word lists as sets.

`spacy.lang.fr` builds one 1.4 MB regular expression (hyphenated and elided words) at
import time; compiling it took 2.2-2.4 s of every launch (63-67% of `spacy.load`). The
compiled program (what `re` hands to `_sre.compile`) depends only on the pattern and the
Python version, so it is stored once in the cache folder and, on later launches, put in
`re`'s own cache under the very pattern string spaCy asks for: spaCy then gets the same
compiled pattern without compiling it. A file for another Python, spaCy or model, or a
damaged one, is ignored and rebuilt, never an error; a pattern that differs from the
stored one simply misses `re`'s cache and compiles as before, so tokenisation cannot
change.

The tokenizer's prefix, suffix and infix patterns (4-18k characters, 80 ms of compiling at
each load) are kept the same way, in a second file (see _prefill_affix_patterns).

The French lemmatizer tests `word in index[pos]` against lists of 28k-66k words for
every new (word, part of speech); those lists become frozensets after loading (same
members, same lemmas, constant-time).

The lemmatizer's tables (216k entries) are plain dicts behind spaCy's Table interface,
decoded from a copy stored in pieces (see _dict_tables): no Python call per entry, and no
single call holding the GIL long enough to stall the window. Their words are stored as
text, rebuilt by one split a piece (write_tables): the model load took 13% less time than
with msgpack pieces (1.83 vs 2.10 s, five fresh processes each, same cache).

The GUI thread waits for the GIL whenever the loading thread holds it in one long call.
Measured (thread CPU time between Python-level events while loading): spaCy's StringStore
interning the model's 148k strings in one Cython loop (65-185 ms), and the cyclic garbage
collector walking the freshly imported modules and tables (gen-2 collections of 27-98 ms).
The strings are handed over one by one from a generator (see _strings_in_steps), so the
loop comes back to the interpreter, which may pass the GIL on, between two strings; the
collector pauses while loading and what was loaded is then frozen (gc_policy.paused).
The stored copies (tables and strings) are read a piece of ~1,000 entries per C call: one
marshal list of 8,000-entry pieces held the GIL 20-75 ms per call, and decoding
strings.json 40-80 ms, on a busy machine (the window's longest gaps during the load).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import re
import sys
import threading
import types
from array import array
from pathlib import Path
from typing import Any

from . import stamped_file
from .gui_turns import give_way

log = logging.getLogger(__name__)

FORMAT = 1
_MIN_PATTERN = 100_000  # characters: only spaCy's exception pattern is this long
_TOKENIZER_MODULE = "spacy.lang.fr.tokenizer_exceptions"
_lock = threading.Lock()
# How the last load got the tokenizer pattern: "cached", "built" (compiled and stored),
# "rebuilt" (a stale or damaged file replaced), "imported" (spaCy's French module was
# already loaded in this process) or "unsupported" (this Python's re lacks the internals);
# and the lemmatizer's tables: "cached" (from the stored pieces) or "built" (stored now).
# and the model's strings: "cached" (from the stored pieces) or "built" (stored now);
# and the tokenizer's prefix, suffix and infix patterns: "cached", "built" or "rebuilt"
# (some missed the stored ones: those spaCy compiled are stored now), or "unsupported".
status = {"pattern": "", "lookups": "", "strings": "", "affixes": ""}


def default_folder() -> Path:
    """Where compiled patterns are kept: the user's cache folder (re-creatable data)."""
    from .paths import cache_dir

    return cache_dir() / "spacy"


def load(model: str, exclude: list[str] | tuple[str, ...] = (), folder: Path | None = None):
    """`spacy.load(model, exclude=...)` with the tokenizer pattern from the disk cache and
    constant-time lemmatizer lookups; the same pipeline and the same results."""
    folder = default_folder() if folder is None else Path(folder)
    from . import gc_policy

    with _lock, gc_policy.paused():
        with _without_spacy_cli():
            import spacy

        _import_tokenizer_exceptions(folder, model)
        stored = _prefill_affix_patterns(folder, model)
        with _dict_tables(folder), _strings_in_steps(folder), _decoders_looked_up_once():
            nlp = spacy.load(model, exclude=list(exclude))
        _keep_affix_patterns(nlp, folder, model, stored)
        fast_lemmatizer(nlp)
    return nlp


class _StepwiseSrsly:
    """spaCy's `srsly` as seen from spacy.strings, whose read_json hands out the strings
    of strings.json one at a time (a generator), decoded in pieces from a copy kept in
    `folder` (see _strings_of); everything else unchanged."""

    def __init__(self, srsly_module, folder: Path):
        self._srsly = srsly_module
        self._folder = Path(folder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._srsly, name)

    def read_json(self, path, *args, **kwargs):
        if args or kwargs or str(path) == "-":
            data = self._srsly.read_json(path, *args, **kwargs)
        else:
            data = _strings_of(Path(path), self._folder, self._srsly)
        return _one_by_one(data) if isinstance(data, list) else data


def _strings_of(path: Path, folder: Path, srsly_module) -> Any:
    """The JSON of `path` (the model's strings.json: a list of 148k strings). Decoding it
    is one C call holding the GIL (40 ms on a quiet machine, 80+ on a busy one); a list is
    stored in pieces keyed by the file's checksum, and read back a piece at a time."""
    try:
        raw = path.read_bytes()
    except OSError:
        return srsly_module.read_json(path)  # spaCy's own error
    copy = folder / f"strings-{hashlib.sha256(raw).hexdigest()[:32]}.bin"
    tables = read_tables(copy)
    if tables is not None and "strings" in tables:
        status["strings"] = "cached"
        return tables["strings"].get(0, [])
    data = srsly_module.json_loads(raw)
    if isinstance(data, list):
        write_tables(copy, {"strings": {0: data}})
        status["strings"] = "built"
    return data


def _one_by_one(items: list):
    # A plain loop, not `yield from`: its backward jump is where the interpreter may pass
    # the GIL on (`yield from` resumes without that check).
    for i, item in enumerate(items):
        if not i & 1023:
            give_way()  # the window's turn first (reader.core.gui_turns)
        yield item


@contextlib.contextmanager
def _strings_in_steps(folder: Path):
    """While loading: StringStore.from_disk gets the model's strings from a generator.
    Its Cython loop interns them (148k) in one C call, 65-185 ms holding the GIL, the
    window's longest stall; from a generator, every string is a return to the
    interpreter, where another thread may take the GIL. Same strings, same order."""
    import spacy.strings as strings

    original = strings.srsly
    strings.srsly = _StepwiseSrsly(original, folder)
    try:
        yield
    finally:
        strings.srsly = original


@contextlib.contextmanager
def _without_spacy_cli():
    """`import spacy` without its command line (spacy/__init__.py imports spacy.cli.info,
    and with it typer, weasel, httpx and every CLI command: 160 ms of a 600 ms import, CPU
    time, and their memory). Stand-ins take spacy.cli's place during the import only;
    `spacy.info` imports the real one when called, and `import spacy.cli` gets the real
    package afterwards. Nothing spaCy loads a model with comes from spacy.cli."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        yield
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package (spacy.cli.info lives "in" it)
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info_module.info = info  # type: ignore[attr-defined]
    package.info = info_module  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, info_module
    try:
        yield
    finally:
        for name, stand_in in (("spacy.cli.info", info_module), ("spacy.cli", package)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if getattr(spacy_module, "cli", None) is package:
            delattr(spacy_module, "cli")


class _FixedRegistry:
    """A catalogue registry whose get_all() was asked once (the rest passes through)."""

    def __init__(self, registry):
        self._registry = registry
        self._all = registry.get_all()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._registry, name)

    def get_all(self) -> dict:
        return dict(self._all)


@contextlib.contextmanager
def _decoders_looked_up_once():
    """While loading: srsly's msgpack decoders listed once, not at each of the ~200
    msgpack reads (each listing scans the installed packages' entry points: 136 ms in
    all). The same decoders: nothing registers any while the model loads."""
    import srsly.msgpack as msgpack

    original = msgpack.msgpack_decoders
    msgpack.msgpack_decoders = _FixedRegistry(original)
    try:
        yield
    finally:
        msgpack.msgpack_decoders = original


@contextlib.contextmanager
def _dict_tables(folder: Path):
    """While loading: lookup tables kept in plain dicts. spaCy's Table fills an ordered dict
    and a Bloom filter with one Python call per entry: 1.4-1.9 s for the lemmatizer's 216k
    entries, the biggest part of the model load once the tokenizer pattern is cached.
    Decoded from a copy stored in pieces of ~1,000 entries (see write_tables; each piece
    one short C call) rather than spaCy's one 14 MB msgpack call, which held the GIL for
    0.25-0.45 s."""
    import srsly
    from spacy.lookups import Lookups

    original = Lookups.from_bytes

    def from_bytes(self, bytes_data: bytes, **kwargs):
        path = Path(folder) / f"lookups-{hashlib.sha256(bytes_data).hexdigest()[:32]}.bin"
        tables = read_tables(path)
        if tables is None:
            tables = srsly.msgpack_loads(bytes_data)
            write_tables(path, tables)
            status["lookups"] = "built"
        elif len(tables) > 1:  # the lemmatizer's (the vocabulary's is one empty table)
            status["lookups"] = "cached"
        self._tables = {key: _dict_table(key, value) for key, value in tables.items()}
        return self

    Lookups.from_bytes = from_bytes
    try:
        yield
    finally:
        Lookups.from_bytes = original


# Entries (counting the members of a dict or list value) per stored piece: each piece is
# one decoding call holding the GIL. 8,000 took 20-75 ms each as msgpack on a busy machine
# (the window's longest gaps while the model loaded); 1,000 take well under a millisecond
# as text (see _encode).
_TABLE_CHUNK = 1_000
TABLES_FORMAT = 3  # the stored tables' layout (1: one marshal list of pieces; 2: msgpack)
_SEP = "\x00"  # between the strings of a piece stored as text


def _texts(items) -> bytes | None:
    """UTF-8 of the strings joined by _SEP, or None if one is not a plain string free of it."""
    if not all(type(s) is str and _SEP not in s for s in items):
        return None
    try:
        return _SEP.join(items).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None


def _encode(data) -> tuple[str, int, bytes]:
    """A piece's codec, a number it needs (see _decode) and its bytes. The lemmatizer's
    pieces are strings: a list of words, or a dict of one-lemma lists keyed by string id
    (int) or by word. Those are stored as text (one split rebuilds them; dict and list
    are made by C loops, no Python call per entry): reading the 216k entries took ~20%
    less CPU than msgpack pieces (0.61-0.66 vs 0.75-0.88 s in fresh processes; most of
    what is left is making ~1M objects in fresh memory). Anything else is msgpack."""
    import srsly

    if type(data) is list:
        text = _texts(data)
        if text is not None:
            return ("texts", len(data), text)
    elif (
        type(data) is dict and data and all(type(v) is list and len(v) == 1 for v in data.values())
    ):
        values = _texts([v[0] for v in data.values()])
        keys = list(data)
        if values is not None and all(type(k) is int and 0 <= k < 1 << 64 for k in keys):
            head = array("Q", keys).tobytes()
            return ("ids->one", len(head), head + values)
        key_text = _texts(keys) if values is not None else None
        if key_text is not None:
            return ("words->one", len(key_text), key_text + values)
    return ("msgpack", 0, srsly.msgpack_dumps(data))


def _decode(codec: str, number: int, blob: memoryview):
    """The piece _encode stored: a list, a dict, or a dict's (key, value) pairs as an
    iterator (the caller's dict takes them in one C loop, no piece dict in between);
    ValueError if damaged."""
    import srsly

    if codec == "msgpack":
        return srsly.msgpack_loads(blob)
    if codec == "texts":
        words = str(blob, "utf-8").split(_SEP) if number else []
        if len(words) != number:
            raise ValueError("piece length mismatch")
        return words
    if codec == "ids->one":
        keys: Any = array("Q")
        keys.frombytes(blob[:number])
    elif codec == "words->one":
        keys = str(blob[:number], "utf-8").split(_SEP)
    else:
        raise ValueError(f"unknown codec {codec!r}")
    values = str(blob[number:], "utf-8").split(_SEP)
    if len(keys) != len(values):
        raise ValueError("piece length mismatch")
    return zip(keys, map(list, zip(values)), strict=True)


def write_tables(path: Path, tables: dict) -> bool:
    """Store lookup tables ({name: {key: value}}) in pieces of about _TABLE_CHUNK entries,
    a big dict or list value split across pieces too, behind a small index: the pieces are
    decoded one at a time from the file's bytes, never all in one call."""
    index: list[tuple] = []
    blobs: list[bytes] = []

    def piece(kind: str, key, data) -> tuple:
        codec, number, blob = _encode(data)
        blobs.append(blob)
        return (kind, key, len(blob), codec, number)

    for name, entries in tables.items():
        pieces: list[tuple] = []
        small: dict = {}
        weight = 0
        for key, value in entries.items():
            size = len(value) if isinstance(value, (dict, list)) else 0
            if size > _TABLE_CHUNK:
                kind = "dict" if isinstance(value, dict) else "list"
                items = list(value.items()) if kind == "dict" else value
                for i in range(0, len(items), _TABLE_CHUNK):
                    part = items[i : i + _TABLE_CHUNK]
                    pieces.append(piece(kind, key, dict(part) if kind == "dict" else part))
                continue
            small[key] = value
            weight += 1 + size
            if weight >= _TABLE_CHUNK:
                pieces.append(piece("entries", 0, small))
                small, weight = {}, 0
        if small:
            pieces.append(piece("entries", 0, small))
        index.append((name, len(entries), pieces))
    head = marshal.dumps(index)
    return _write_blob(
        path, b"".join([len(head).to_bytes(4, "little"), head, *blobs]), TABLES_FORMAT
    )


def read_tables(path: Path) -> dict | None:
    """The tables write_tables stored, or None if missing, stale (another layout) or
    damaged."""
    payload = _read_blob(path, TABLES_FORMAT)
    if payload is None:
        return None
    try:
        size = int.from_bytes(payload[:4], "little")
        at = 4 + size
        tables = {}
        for name, count, pieces in marshal.loads(payload[4:at]):
            entries: dict = {}
            for kind, key, length, codec, number in pieces:
                give_way()
                if at + length > len(payload):
                    raise ValueError("truncated piece")
                data = _decode(codec, number, payload[at : at + length])
                at += length
                if kind == "entries":
                    entries.update(data)
                elif kind == "dict":
                    entries.setdefault(key, {}).update(data)
                else:
                    entries.setdefault(key, []).extend(data)
            if len(entries) != count:
                raise ValueError("entry count mismatch")
            tables[name] = entries
        if at != len(payload):
            raise ValueError("trailing bytes")
        return tables
    except Exception as exc:  # damaged: decoded from the model's file again
        log.info("ignoring lookups cache %s: %s", path.name, exc)
        return None


_DictTable = None


def _dict_table(name: str, data: dict):
    """A spacy Table whose entries live in a plain dict built in C (same answers)."""
    global _DictTable
    if _DictTable is None:
        _DictTable = _make_dict_table()
    return _DictTable(name, data)


def _make_dict_table():
    from collections import OrderedDict

    from spacy.lookups import Table
    from spacy.strings import get_string_id

    class DictTable(Table):
        """spaCy's Table API (get, [], in, len, items, set) over a dict keyed by string id;
        no Bloom filter, which only made misses cheaper for the ordered dict."""

        def __init__(self, name: str, data: dict):
            OrderedDict.__init__(self)
            self.name = name
            self.default_size = 1e6
            self._entries = data if type(data) is dict else dict(data)

        def __setitem__(self, key, value) -> None:
            self._entries[get_string_id(key)] = value

        def set(self, key, value) -> None:
            self._entries[get_string_id(key)] = value

        def __getitem__(self, key):
            return self._entries[get_string_id(key)]

        def get(self, key, default=None):
            return self._entries.get(get_string_id(key), default)

        def __contains__(self, key) -> bool:
            return get_string_id(key) in self._entries

        def __len__(self) -> int:
            return len(self._entries)

        def __iter__(self):
            return iter(self._entries)

        def __bool__(self) -> bool:
            return bool(self._entries)

        def keys(self):
            return self._entries.keys()

        def values(self):
            return self._entries.values()

        def items(self):
            return self._entries.items()

        def to_bytes(self) -> bytes:
            return Table(self.name, dict(self._entries)).to_bytes()

    return DictTable


def fast_lemmatizer(nlp) -> int:
    """Turn the rule lemmatizer's per-POS word lists into frozensets; returns how many."""
    changed = 0
    for _name, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = _frozenset_in_steps(words)
                changed += 1
    return changed


def _frozenset_in_steps(words: list, step: int = 4_000) -> frozenset:
    """frozenset(words), made a few thousand words per C call (a list of 66k words at once
    held the GIL 10-20 ms on a busy machine)."""
    members: set = set()
    for i in range(0, len(words), step):
        give_way()
        members.update(words[i : i + step])
    return frozenset(members)


def cache_path(folder: Path, model: str = "", kind: str = "token-match") -> Path:
    """The cache file of `kind` (the exception pattern, "token-match"; the affix patterns,
    "tokenizer-affixes") for this Python, spaCy and model version."""
    import spacy

    py = "".join(map(str, sys.version_info[:3]))
    return Path(folder) / (
        f"fr-{kind}-py{py}-{sys.implementation.name}-spacy{spacy.__version__}"
        f"-{model or 'any'}{_model_version(model)}.bin"
    )


def _model_version(model: str) -> str:
    if not model:
        return ""
    try:
        from importlib.metadata import version

        return "-" + version(model.replace("_", "-"))
    except Exception:  # not an installed package (a path): keyed by name only
        return ""


def _import_tokenizer_exceptions(folder: Path, model: str) -> None:
    """Import spaCy's French tokenizer exceptions, with their pattern from the cache if
    it is there; otherwise compile it as usual, recording the program, and store it."""
    if _TOKENIZER_MODULE in sys.modules:
        status["pattern"] = "imported"
        return
    if not _supported():
        status["pattern"] = "unsupported"
        return
    path = cache_path(folder, model)
    compiled = read_compiled(path)
    if compiled is not None:
        re._cache[(str, compiled.pattern, 0)] = compiled  # type: ignore[attr-defined]
        import spacy.lang.fr.tokenizer_exceptions as exc

        if getattr(exc.TOKEN_MATCH, "__self__", None) is compiled:
            status["pattern"] = "cached"
        else:  # spaCy builds another pattern now: it compiled its own; store that
            log.info("tokenizer pattern cache did not match spaCy's pattern; rebuilding")
            _store_from(exc, path)
            status["pattern"] = "rebuilt"
        return
    status["pattern"] = "rebuilt" if path.exists() else "built"
    with _recording() as recorder:
        import spacy.lang.fr.tokenizer_exceptions as exc
    program = recorder.programs.get(getattr(exc.TOKEN_MATCH.__self__, "pattern", None))
    if program is not None:
        write_compiled(path, program)


_MIN_AFFIX_PATTERN = 1_000  # characters: a pattern worth keeping compiled (see below)
_AFFIX_USERS = ("prefix_search", "suffix_search", "infix_finditer")


def _affix_patterns(nlp) -> list[re.Pattern]:
    """The compiled patterns behind the tokenizer's prefix, suffix and infix functions."""
    found: list[re.Pattern] = []
    for name in _AFFIX_USERS:
        pattern = getattr(getattr(nlp.tokenizer, name, None), "__self__", None)
        if (
            isinstance(pattern, re.Pattern)
            and isinstance(pattern.pattern, str)
            and _MIN_AFFIX_PATTERN <= len(pattern.pattern) < _MIN_PATTERN
            and all(pattern is not other for other in found)
        ):
            found.append(pattern)
    return found


def _prefill_affix_patterns(folder: Path, model: str) -> list[re.Pattern]:
    """Put the stored prefix, suffix and infix patterns in `re`'s cache, each under the
    pattern string and flags spaCy compiles it with: spaCy gets them without compiling
    (four compilations, 80 ms of every load). A pattern spaCy builds differently misses the
    cache and compiles as before (see _keep_affix_patterns), so tokens cannot change."""
    if not _supported():
        return []
    payload = _read_blob(cache_path(folder, model, "tokenizer-affixes"))
    if payload is None:
        return []
    try:
        stored = [(key_flags, _compiled(program)) for key_flags, program in marshal.loads(payload)]
    except Exception as exc:  # stale or damaged: spaCy compiles them, and they are stored
        log.info("ignoring tokenizer affix cache: %s", exc)
        return []
    for key_flags, compiled in stored:
        re._cache[(str, compiled.pattern, key_flags)] = compiled  # type: ignore[attr-defined]
    return [compiled for _flags, compiled in stored]


def _keep_affix_patterns(nlp, folder: Path, model: str, stored: list[re.Pattern]) -> None:
    """After the load: if the tokenizer uses the prefilled patterns, nothing to do; if it
    compiled some itself (no file yet, a stale or damaged one, another spaCy), record their
    programs by compiling them once more, and store them for the next load."""
    if not _supported():
        status["affixes"] = "unsupported"
        return
    used = _affix_patterns(nlp)
    if used and all(any(p is q for q in stored) for p in used):
        status["affixes"] = "cached"
        return
    path = cache_path(folder, model, "tokenizer-affixes")
    status["affixes"] = "rebuilt" if path.exists() else "built"
    entries = []
    with _recording(_MIN_AFFIX_PATTERN) as recorder:
        for pattern in used:
            key_flags = int(pattern.flags & ~re.UNICODE)  # spaCy's flags (re adds UNICODE)
            re._compiler.compile(pattern.pattern, key_flags)  # type: ignore[attr-defined]
            program = recorder.programs.get(pattern.pattern)
            if program is not None:
                entries.append((key_flags, _storable(program)))
    try:
        if entries:
            _write_blob(path, marshal.dumps(entries))
    except (ValueError, TypeError) as exc:  # not storable: spaCy compiles them each load
        log.info("tokenizer affix patterns not stored: %s", exc)


def _store_from(exc_module, path: Path) -> None:
    """Record the program of an already compiled pattern by compiling it once more."""
    pattern = exc_module.TOKEN_MATCH.__self__
    with _recording() as recorder:
        re._compiler.compile(pattern.pattern, 0)  # type: ignore[attr-defined]
    program = recorder.programs.get(pattern.pattern)
    if program is not None:
        write_compiled(path, program)


def _supported() -> bool:
    """This Python's `re` has the internals the cache relies on (CPython 3.11+)."""
    compiler = getattr(re, "_compiler", None)
    return (
        isinstance(getattr(re, "_cache", None), dict)
        and compiler is not None
        and hasattr(getattr(compiler, "_sre", None), "compile")
    )


@contextlib.contextmanager
def _recording(shortest: int = _MIN_PATTERN):
    """While inside: re's compiler hands its programs to a _Recorder (yielded)."""
    recorder = _Recorder(shortest)
    compiler = re._compiler  # type: ignore[attr-defined]
    real = compiler._sre
    compiler._sre = recorder
    try:
        yield recorder
    finally:
        compiler._sre = real


class _Recorder:
    """Stands in for `_sre` inside re's compiler: keeps the arguments of long patterns."""

    def __init__(self, shortest: int = _MIN_PATTERN):
        import _sre

        self._sre = _sre
        self._shortest = shortest
        self.programs: dict[str, tuple] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)

    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
        if isinstance(pattern, str) and len(pattern) >= self._shortest:
            self.programs[pattern] = (pattern, flags, code, groups, groupindex, indexgroup)
        return self._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _stamp(form: int = FORMAT) -> tuple:
    import _sre

    return (form, sys.version, _sre.MAGIC, _sre.CODESIZE)


def _storable(program: tuple) -> tuple:
    """A program as _Recorder kept it, in marshal's types (the code as bytes)."""
    import _sre

    pattern, flags, code, groups, groupindex, indexgroup = program
    kind = "I" if _sre.CODESIZE == 4 else "L"
    return (pattern, flags, array(kind, code).tobytes(), kind, groups, dict(groupindex), indexgroup)


def _compiled(stored: tuple) -> re.Pattern:
    """The pattern of a program _storable made (_sre validates the program first)."""
    import _sre

    pattern, flags, code_bytes, kind, groups, groupindex, indexgroup = stored
    code = array(kind)
    code.frombytes(code_bytes)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def write_compiled(path: Path, program: tuple) -> bool:
    """Store a compiled program atomically (a checksum guards the payload)."""
    return _write_blob(path, marshal.dumps(_storable(program)))


def read_compiled(path: Path) -> re.Pattern | None:
    """The pattern stored at `path`, or None if missing, stale or damaged."""
    payload = _read_blob(path)
    if payload is None:
        return None
    try:
        return _compiled(marshal.loads(payload))
    except Exception as exc:  # stale or damaged: rebuilt by the caller
        log.info("ignoring tokenizer pattern cache %s: %s", path.name, exc)
        return None


def _write_blob(path: Path, payload: bytes, form: int = FORMAT) -> bool:
    """Write `payload` atomically behind this Python's stamp (with the layout number `form`)
    and a checksum."""
    return stamped_file.write(path, payload, _stamp(form), "the spaCy load cache", logging.WARNING)


def _read_blob(path: Path, form: int = FORMAT) -> memoryview | None:
    """The payload _write_blob stored (a view of the file's bytes, not a copy), or None if
    missing, foreign, of another layout or damaged."""
    return stamped_file.read(path, _stamp(form), "spaCy load cache")
