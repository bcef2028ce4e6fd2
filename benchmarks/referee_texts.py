"""Rebuild the referee TEXTS that benchmarks/bench_glossary.py section 4 reads with --referee
(h5texts/ ... h8texts/*.txt, kept outside the repository) from the Debian
packages.

    .venv/bin/python benchmarks/referee_texts.py [--out DIR] [--root /]

Needs `apt-get install freeciv-data stellarium-data tuxpaint-stamps-default gcompris-qt-data
gramps kstars-data freecol` (it prints the line and exits 2 when one is missing, writing nothing). Writes
DIR/h5texts, DIR/h6texts and DIR/h7texts whole (a folder already there is replaced; nothing is written
unless every text was built). DIR defaults to the folder that holds `shared` (the parent of
the folder holding the checkout, /work for /work/main and /work/wt/NAME), where
bench_glossary's H5TEXTS/H6TEXTS lookup finds them. `--root` reads the packages' files under
another folder (e.g. packages unpacked with `dpkg -x`).

The rules (from the referee sets' headers):
- h5texts/history.txt: Freeciv's nations' legends in French (freeciv-data,
  freeciv-nations.mo): every translated string (msgstr) of 15 words or more.
- h5texts/astronomy.txt: Stellarium's sky-culture descriptions in French (stellarium-data,
  skycultures/*/description.fr.utf8): the text of every <p> and <li>, markup and HTML comments
  removed, 8 words or more.
- h6texts/descriptions.txt: Tux Paint's stamps (tuxpaint-stamps-default, stamps/**/*.txt): the
  `fr.utf8=` line of each, whole.
- h6texts/children.txt: GCompris (gcompris-qt-data, gcompris_fr.qm, a Qt .qm file read here):
  every translation of 6 words or more, markup removed.
- h6texts/genealogy.txt: Gramps' tips of the day (gramps: the tips of tips.xml are msgids of
  gramps.mo): each tip's French translation whole, its title (<b>...</b> at its start) left
  out, markup removed.
- h7texts/astroinfo.txt (coverage only, no annotated words; rule written 2026-12-01 before any
  of the text was read): KStars' AstroInfo articles in French (kstars-data,
  doc/HTML/fr/kstars/*.docbook whose first <sect1> has an id starting "ai-", the contents page
  ai-contents left out): the text of every <para>, 8 words or more.
- h8texts/freecol.txt (rule written 2026-12-01 before any of the text was read; set 8's
  annotated words are drawn from it): FreeCol's French messages (freecol,
  usr/share/games/freecol/strings/FreeColMessages_fr.properties, Java properties): the value of
  every key that starts with "model." or "colopedia." and ends with ".description" or ".text"
  (the Colopedia's texts on units, buildings, goods, founding fathers, nations, terrain,
  concepts...), in the file's order, escapes decoded; a value
  holding a variable ('%') or template markup ('{{') left out; 8 words or more.
- h7texts/kstars-manual.txt (the same): KStars' FAQ and quick tour (faq.docbook,
  quicktour.docbook): the text of every <para>, 8 words or more.
  DocBook entities: the HTML ones unescaped, KDE's named ones (&kstars;, &kde;...) written as
  their name (KSTARS_ENTITIES spells the common ones), those ending ".mail" left out.
One paragraph per source string (whitespace collapsed to single spaces), paragraphs separated
by a blank line, UTF-8, entities unescaped. A paragraph already in the same file is left out
(the same stamp description or message repeated). A word is a whitespace-separated run with a
letter or digit in it. Prints, per file, its strings and words and what was left out.

The parsers (`read_mo`, `read_qm`, `strip_markup`, `html_paragraphs`, `tip_msgids`,
`drop_tip_title`) are pure functions on bytes or text, tested in tests/test_referee_texts.py.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import struct
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
# The folder that holds `shared` (bench_glossary's SHARED lookup), else the checkout's parent.
DEFAULT_OUT = next((p for p in ROOT.parents if (p / "shared" / "dictsrc").is_dir()), ROOT.parent)

FREECIV_MO = "usr/share/locale/fr/LC_MESSAGES/freeciv-nations.mo"
SKYCULTURES = "usr/share/stellarium/skycultures"
STAMPS = "usr/share/tuxpaint/stamps"
GCOMPRIS_QM = "usr/share/gcompris-qt/translations/gcompris_fr.qm"
GRAMPS_MO = "usr/share/locale/fr/LC_MESSAGES/gramps.mo"
GRAMPS_TIPS = "usr/share/gramps/tips.xml"
KSTARS_DOCS = "usr/share/doc/HTML/fr/kstars"
KSTARS_MANUAL = ("faq.docbook", "quicktour.docbook")
FREECOL_FR = "usr/share/games/freecol/strings/FreeColMessages_fr.properties"
# KDE's DocBook entities as KStars' pages use them (the others are written as their name)
KSTARS_ENTITIES = {
    "kstars": "KStars", "kde": "KDE", "Ctrl": "Ctrl", "Maj": "Maj", "DBus": "D-Bus",
    "etc": "etc.", "Windows": "Windows", "MacOS": "macOS", "Linux": "Linux", "URL": "URL",
    "XML": "XML", "Qt": "Qt", "FAQ": "FAQ",
}  # fmt: skip

# --- words and markup ---------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
# A tag starts with a letter, '/' or '!' right after '<' (so "a < b" is left alone).
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*|!)[^<>]*>")
# Tags that separate text: they become a space (inline ones like <b> join their text).
_BLOCK_TAGS = {
    "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "ol", "p",
    "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip


def count_words(text: str) -> int:
    """Whitespace-separated runs holding a letter or a digit (a lone dash or colon is none)."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def collapse(text: str) -> str:
    """All whitespace runs (newlines, tabs, no-break spaces) as one space, trimmed."""
    return " ".join(text.split())


def strip_markup(text: str) -> str:
    """Text without HTML/XML comments and tags (block tags and <br> become a space), entities
    unescaped, whitespace collapsed."""
    text = _COMMENT.sub(" ", text)

    def tag(m: re.Match) -> str:
        return " " if m.group(2).lower() in _BLOCK_TAGS else ""

    return collapse(html.unescape(_TAG.sub(tag, text)))


# Tags that end an open <p> or <li> (a heading, a list, a table...); a <blockquote> written
# inside a <p> stays part of it (a space), <br> and <img> are a space.
_PARAGRAPH_ENDS = _BLOCK_TAGS - {"blockquote", "br", "img", "li", "p"}


class _Paragraphs(HTMLParser):
    """The text of every <p> and <li>: a <p> or <li> (or a heading, list, table...) starting
    ends the one open, so unclosed <p>s and nested lists give one paragraph each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._buf: list[str] | None = None
        self._skip = 0

    def _flush(self) -> None:
        if self._buf is not None:
            text = collapse("".join(self._buf))
            if text:
                self.paragraphs.append(text)
        self._buf = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "li"):
            self._flush()
            self._buf = []
        elif tag in _PARAGRAPH_ENDS:
            self._flush()
        elif tag in _BLOCK_TAGS and self._buf is not None:
            self._buf.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in ("p", "li") or tag in _PARAGRAPH_ENDS:
            self._flush()
        elif tag in _BLOCK_TAGS and self._buf is not None:
            self._buf.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(self._skip - 1, 0)
        elif tag in ("p", "li") or tag in _PARAGRAPH_ENDS:
            self._flush()
        elif tag in _BLOCK_TAGS and self._buf is not None:
            self._buf.append(" ")

    def handle_data(self, data):
        if self._buf is not None and not self._skip:
            self._buf.append(data)


def html_paragraphs(text: str) -> list[str]:
    """The text of every <p> and <li> of an HTML page, in order, markup and comments removed,
    entities unescaped, whitespace collapsed; empty ones left out. Text outside them (headings,
    table cells) is not read."""
    parser = _Paragraphs()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.paragraphs


_PARA = re.compile(r"<para\b[^>]*>(.*?)</para>", re.S)
_ENTITY = re.compile(r"&([A-Za-z][\w.-]*);")


def docbook_paragraphs(text: str, entities: dict[str, str] | None = None) -> list[str]:
    """The text of every <para> of a DocBook file, in order (one written inside another ends
    the outer one at its own </para>), markup and comments removed, whitespace collapsed, empty
    ones left out. Entities: the HTML ones unescaped, those in `entities` replaced by their
    value, names ending ".mail" (an author's address) dropped, any other written as its name."""
    entities = entities or {}

    def entity(m: re.Match) -> str:
        name = m.group(1)
        if name in entities:
            return entities[name]
        if name.endswith(".mail"):
            return ""
        unescaped = html.unescape(m.group(0))
        return unescaped if unescaped != m.group(0) else name

    text = _COMMENT.sub(" ", text)
    out = []
    for m in _PARA.finditer(text):
        inner = _TAG.sub(" ", m.group(1))
        para = collapse(_ENTITY.sub(entity, inner))
        if para:
            out.append(para)
    return out


def _sect1_id(text: str) -> str:
    m = re.search(r"<sect1\b[^>]*\bid=\"([^\"]*)\"", text)
    return m.group(1) if m else ""


# --- gettext .mo ----------------------------------------------------------------------------


class MoEntry(NamedTuple):
    context: str | None
    msgid: str
    msgid_plural: str | None
    msgstrs: list[str]


def read_mo(data: bytes) -> list[MoEntry]:
    """Every entry of a GNU gettext .mo file (either byte order), in the file's order, the
    header (empty msgid) left out. Texts are decoded with the header's charset (UTF-8 when it
    names none); a context is what precedes \\x04 in the msgid, plural forms are split on NUL."""
    if len(data) < 20:
        raise ValueError("not a .mo file: too short")
    for order in ("<", ">"):
        if struct.unpack(order + "I", data[:4])[0] == 0x950412DE:
            break
    else:
        raise ValueError("not a .mo file: bad magic number")
    _rev, n, orig_at, trans_at = struct.unpack(order + "4I", data[4:20])

    def string(table: int, i: int) -> bytes:
        length, offset = struct.unpack(order + "2I", data[table + 8 * i : table + 8 * i + 8])
        if offset + length > len(data):
            raise ValueError("not a .mo file: string past the end")
        return data[offset : offset + length]

    pairs = [(string(orig_at, i), string(trans_at, i)) for i in range(n)]
    charset = "utf-8"
    for msgid, msgstr in pairs:
        if msgid == b"":
            m = re.search(rb"charset=([\w.-]+)", msgstr)
            if m and m.group(1).lower() != b"charset":
                charset = m.group(1).decode("ascii")
    entries = []
    for msgid, msgstr in pairs:
        if msgid == b"":
            continue
        context = None
        if b"\x04" in msgid:
            ctx, msgid = msgid.split(b"\x04", 1)
            context = ctx.decode(charset)
        singular, _, plural = msgid.partition(b"\x00")
        entries.append(
            MoEntry(
                context,
                singular.decode(charset),
                plural.decode(charset) if b"\x00" in msgid else None,
                [s.decode(charset) for s in msgstr.split(b"\x00")],
            )
        )
    return entries


# --- Qt .qm ---------------------------------------------------------------------------------

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Block tags after the magic: each is followed by a 32-bit big-endian length, then the block.
QM_MESSAGES = 0x69
# Item tags inside the messages block.
_QM_END, _QM_SOURCE16, _QM_TRANSLATION, _QM_CONTEXT16 = 1, 2, 3, 4
_QM_OBSOLETE1, _QM_SOURCE, _QM_CONTEXT, _QM_COMMENT, _QM_OBSOLETE2 = 5, 6, 7, 8, 9


class QmMessage(NamedTuple):
    context: str | None
    source: str | None
    comment: str | None
    translations: list[str]


def read_qm(data: bytes) -> list[QmMessage]:
    """Every message of a Qt .qm translation file, in the file's order: the magic, then tagged
    blocks (tag byte, 32-bit big-endian length, data); the messages block (tag 0x69) holds
    messages as items (tag byte then data) up to an end tag (1): translations (3) are a 32-bit
    length then UTF-16BE text (length 0xFFFFFFFF: none), source text (6), context (7) and
    comment (8) a length then UTF-8 bytes, the old UTF-16 source and context (2, 4) a length
    then UTF-16BE, obsolete tag 5 four bytes and 9 nothing. Other blocks are skipped."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a .qm file: bad magic number")
    at = len(QM_MAGIC)
    messages: list[QmMessage] = []
    while at < len(data):
        if at + 5 > len(data):
            raise ValueError("not a .qm file: truncated block header")
        tag = data[at]
        (length,) = struct.unpack(">I", data[at + 1 : at + 5])
        block = data[at + 5 : at + 5 + length]
        if len(block) != length:
            raise ValueError("not a .qm file: truncated block")
        at += 5 + length
        if tag == QM_MESSAGES:
            messages.extend(_qm_messages(block))
    return messages


def _qm_messages(block: bytes) -> list[QmMessage]:
    messages = []
    fields: dict[str, str | None] = {}
    translations: list[str] = []
    at = 0

    def sized() -> bytes | None:
        nonlocal at
        if at + 4 > len(block):
            raise ValueError("not a .qm file: truncated message")
        (length,) = struct.unpack(">I", block[at : at + 4])
        at += 4
        if length == 0xFFFFFFFF:
            return None
        if at + length > len(block):
            raise ValueError("not a .qm file: truncated message")
        raw = block[at : at + length]
        at += length
        return raw

    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _QM_END:
            messages.append(
                QmMessage(
                    fields.get("context"), fields.get("source"), fields.get("comment"), translations
                )
            )
            fields, translations = {}, []
        elif tag == _QM_TRANSLATION:
            raw = sized()
            if raw is not None:
                translations.append(raw.decode("utf-16-be"))
        elif tag in (_QM_SOURCE, _QM_CONTEXT, _QM_COMMENT):
            raw = sized()
            name = {_QM_SOURCE: "source", _QM_CONTEXT: "context", _QM_COMMENT: "comment"}[tag]
            fields[name] = None if raw is None else raw.decode("utf-8", "replace")
        elif tag in (_QM_SOURCE16, _QM_CONTEXT16):
            raw = sized()
            name = "source" if tag == _QM_SOURCE16 else "context"
            fields[name] = None if raw is None else raw.decode("utf-16-be", "replace")
        elif tag == _QM_OBSOLETE1:
            at += 4
        elif tag == _QM_OBSOLETE2:
            pass
        else:
            raise ValueError(f"not a .qm file: unknown message tag {tag}")
    if fields or translations:
        raise ValueError("not a .qm file: message without an end tag")
    return messages


# --- Gramps' tips ---------------------------------------------------------------------------

_TIP = re.compile(r"<tip\b([^>]*)>(.*?)</tip\s*>", re.S)
_TIP_TITLE = re.compile(r"^\s*<b>.*?</b>\s*(?:<br\s*/?>\s*)?", re.S)


def tip_msgids(xml: str) -> list[str]:
    """The msgid of each tip of Gramps' tips.xml, in order: the tip's content as written
    (markup and entities kept), whitespace collapsed; tips already in a language (xml:lang)
    left out."""
    return [collapse(body) for attrs, body in _TIP.findall(xml) if "xml:lang" not in attrs]


def drop_tip_title(tip: str) -> str:
    """A tip without its title (<b>...</b> at its start, and the <br/> after it)."""
    return _TIP_TITLE.sub("", tip, count=1)


# --- the five texts -------------------------------------------------------------------------


class Text(NamedTuple):
    folder: str  # h5texts ... h8texts
    name: str  # file name
    paragraphs: list[str]
    left_out: Counter  # why -> how many strings


_PROPERTY_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}


def read_properties(text: str) -> dict[str, str]:
    """A Java .properties file's keys and values: comment lines (# or !) and blank lines
    skipped, a line ending in an odd number of backslashes continued on the next (its leading
    whitespace dropped), the key ended by the first unescaped '=', ':' or whitespace, escapes
    decoded (\\uXXXX, \\n, \\t; any other escaped character stands for itself)."""
    logical, pending = [], ""
    for raw in text.splitlines():
        line = raw.lstrip() if pending else raw
        if not pending and (not line.strip() or line.lstrip()[:1] in ("#", "!")):
            continue
        trailing = len(line) - len(line.rstrip("\\"))
        if trailing % 2:
            pending += line[:-1]
            continue
        logical.append((pending + line).lstrip())
        pending = ""
    if pending:
        logical.append(pending.lstrip())
    out = {}
    for line in logical:
        key, i = [], 0
        while i < len(line) and line[i] not in "=: \t":
            if line[i] == "\\" and i + 1 < len(line):
                key.append(line[i : i + 2])
                i += 2
            else:
                key.append(line[i])
                i += 1
        rest = line[i:].lstrip(" \t")
        if rest[:1] in ("=", ":"):
            rest = rest[1:].lstrip(" \t")
        out[_unescape("".join(key))] = _unescape(rest)
    return out


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c != "\\" or i + 1 == len(text):
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2 : i + 6]):
            out.append(chr(int(text[i + 2 : i + 6], 16)))
            i += 6
        else:
            out.append(_PROPERTY_ESCAPES.get(nxt, nxt))
            i += 2
    return "".join(out)


def _keep(candidates, min_words: int, left: Counter) -> list[str]:
    """The candidates (already clean) with min_words words or more, each once, in order."""
    out, seen = [], set()
    for text in candidates:
        if not text:
            left["empty"] += 1
        elif count_words(text) < min_words:
            left[f"under {min_words} words"] += 1
        elif text in seen:
            left["repeated in the file"] += 1
        else:
            seen.add(text)
            out.append(text)
    return out


def history(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for entry in read_mo((root / FREECIV_MO).read_bytes()):
        for msgstr in entry.msgstrs:
            if not msgstr.strip():
                left["untranslated"] += 1
            else:
                strings.append(collapse(msgstr))
    return Text("h5texts", "history.txt", _keep(strings, 15, left), left)


def astronomy(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for path in sorted((root / SKYCULTURES).glob("*/description.fr.utf8")):
        strings += html_paragraphs(path.read_text(encoding="utf-8"))
    return Text("h5texts", "astronomy.txt", _keep(strings, 8, left), left)


def descriptions(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for path in sorted((root / STAMPS).rglob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        found = [line[len("fr.utf8=") :] for line in lines if line.startswith("fr.utf8=")]
        if not found:
            left["stamp without a fr.utf8 line"] += 1
        strings += [strip_markup(line) for line in found]
    return Text("h6texts", "descriptions.txt", _keep(strings, 1, left), left)


def children(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for message in read_qm((root / GCOMPRIS_QM).read_bytes()):
        if not any(t.strip() for t in message.translations):
            left["untranslated"] += 1
        strings += [strip_markup(t) for t in message.translations if t.strip()]
    return Text("h6texts", "children.txt", _keep(strings, 6, left), left)


def genealogy(root: Path) -> Text:
    left: Counter = Counter()
    catalog = {(e.context, e.msgid): e.msgstrs[0] for e in read_mo((root / GRAMPS_MO).read_bytes())}
    strings = []
    for msgid in tip_msgids((root / GRAMPS_TIPS).read_text(encoding="utf-8")):
        french = catalog.get((None, msgid), "")
        if not french.strip():
            left["tip not translated"] += 1
            continue
        titled = drop_tip_title(french)
        left["tip titles (the tip kept)"] += titled != french
        strings.append(strip_markup(titled))
    return Text("h6texts", "genealogy.txt", _keep(strings, 1, left), left)


def astroinfo(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for path in sorted((root / KSTARS_DOCS).glob("*.docbook")):
        text = path.read_text(encoding="utf-8", errors="replace")
        ident = _sect1_id(text)
        if ident.startswith("ai-") and ident != "ai-contents":
            strings += docbook_paragraphs(text, KSTARS_ENTITIES)
    return Text("h7texts", "astroinfo.txt", _keep(strings, 8, left), left)


def kstars_manual(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    for name in KSTARS_MANUAL:
        text = (root / KSTARS_DOCS / name).read_text(encoding="utf-8", errors="replace")
        strings += docbook_paragraphs(text, KSTARS_ENTITIES)
    return Text("h7texts", "kstars-manual.txt", _keep(strings, 8, left), left)


def freecol(root: Path) -> Text:
    left: Counter = Counter()
    strings = []
    values = read_properties((root / FREECOL_FR).read_text(encoding="utf-8", errors="replace"))
    for key, value in values.items():
        if not (
            key.startswith(("model.", "colopedia.")) and key.endswith((".description", ".text"))
        ):
            continue
        if "%" in value or "{{" in value:
            left["a variable or template markup"] += 1
        else:
            strings.append(collapse(value))
    return Text("h8texts", "freecol.txt", _keep(strings, 8, left), left)


BUILDERS = [
    history, astronomy, descriptions, children, genealogy, astroinfo, kstars_manual, freecol,
]  # fmt: skip
# package -> a file (or folder holding the named files) it ships that the texts need
PACKAGES = {
    "freeciv-data": (FREECIV_MO, None),
    "stellarium-data": (SKYCULTURES, "*/description.fr.utf8"),
    "tuxpaint-stamps-default": (STAMPS, "**/*.txt"),
    "gcompris-qt-data": (GCOMPRIS_QM, None),
    "gramps": (GRAMPS_MO, None),
    "kstars-data": (KSTARS_DOCS, "faq.docbook"),
    "freecol": (FREECOL_FR, None),
}


def missing_packages(root: Path) -> list[str]:
    missing = []
    for package, (path, pattern) in PACKAGES.items():
        where = root / path
        if pattern is None:
            present = where.is_file()
        else:
            present = where.is_dir() and next(where.glob(pattern), None) is not None
        if package == "gramps":
            present = present and (root / GRAMPS_TIPS).is_file()
        if not present:
            missing.append(package)
    return missing


def write_folders(out: Path, texts: list[Text]) -> None:
    """Each folder written whole beside its final place, then swapped in."""
    for folder in sorted({t.folder for t in texts}):
        final = out / folder
        new, old = out / f".{folder}.new", out / f".{folder}.old"
        for stale in (new, old):
            if stale.exists():
                shutil.rmtree(stale)
        new.mkdir()
        for t in texts:
            if t.folder == folder:
                (new / t.name).write_text("\n\n".join(t.paragraphs) + "\n", encoding="utf-8")
        if final.exists():
            final.rename(old)
        new.rename(final)
        if old.exists():
            shutil.rmtree(old)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"where h5texts/ ... h8texts/ go (default: {DEFAULT_OUT})",
    )
    ap.add_argument("--root", type=Path, default=Path("/"), help="the packages' files under it")
    args = ap.parse_args(argv)
    missing = missing_packages(args.root)
    if missing:
        print("missing package(s); install them with:", file=sys.stderr)
        print(f"  apt-get install {' '.join(missing)}", file=sys.stderr)
        return 2
    if not args.out.is_dir():
        print(f"--out {args.out} is not a folder", file=sys.stderr)
        return 2
    texts = [build(args.root) for build in BUILDERS]
    write_folders(args.out, texts)
    print(f"wrote {', '.join(str(args.out / f) for f in sorted({t.folder for t in texts}))}")
    for t in texts:
        words = sum(count_words(p) for p in t.paragraphs)
        left = ", ".join(f"{why} {n}" for why, n in sorted(t.left_out.items()) if n) or "none"
        print(
            f"  {t.folder}/{t.name:<17} {len(t.paragraphs):>6,} strings {words:>8,} words"
            f"   left out: {left}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
