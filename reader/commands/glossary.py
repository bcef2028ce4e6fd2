"""`glossary`: share a class glossary (export), take a teacher's in (import), list, remove."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ReaderError

NAME = "glossary"
HELP = "Share glosses with a class: export, import, list or remove class glossaries."


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="write your glosses to a file to share with a class")
    ex.add_argument("-o", "--output", required=True, help="file to write (.json or .csv)")
    ex.add_argument("--author", default="", help='shown to students: "Mme Martin\'s gloss"')
    ex.add_argument("--class", dest="class_name", default="", help="class name, e.g. 2nde B")
    ex.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="PATH",
        help="a text these glosses are for: the file records its title and glossed words",
    )
    ex.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    im = sub.add_parser("import", help="add a teacher's class glossary (kept apart from yours)")
    im.add_argument("path", help="a glossary file (.json or .csv)")
    im.add_argument("--name", default="", help="whose glosses these are (CSV files carry none)")
    ls = sub.add_parser("list", help="list the class glossaries imported (or one's glosses)")
    ls.add_argument("name", nargs="?", help="show the glosses of this class glossary")
    rm = sub.add_parser("remove", help="remove an imported class glossary and all its glosses")
    rm.add_argument("name", help="its name, as `glossary list` shows it")


def run(args) -> int:
    glossary = _user_glossary()
    return {"export": _export, "import": _import, "list": _list, "remove": _remove}[args.action](
        glossary, args
    )


def _export(glossary, args) -> int:
    from ..core.paths import check_output, replacing

    out = check_output(args.output, args.force)
    texts = [covered_text(p, glossary) for p in args.text]
    entries = glossary.all()
    if not entries:
        raise ReaderError("you have no glosses of your own to share yet")
    try:
        with replacing(out, args.force) as temp:
            count = glossary.export(
                temp, author=args.author, class_name=args.class_name, texts=texts, entries=entries
            )
    except OSError as exc:
        raise ReaderError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    who = args.author or args.class_name
    print(f"wrote {out} ({count} gloss{'es' if count != 1 else ''}{f' by {who}' if who else ''})")
    return 0


def _import(glossary, args) -> int:
    info = glossary.import_(args.path, name=args.name)
    words = sum(len(t.words) for t in info.texts)
    texts = f", for {len(info.texts)} text{'s' if len(info.texts) != 1 else ''}" if words else ""
    print(
        f"imported {info.count} gloss{'es' if info.count != 1 else ''} as “{info.name}”{texts}; "
        f"shown as “{info.label}”. Remove with: glossary remove {_quote(info.name)}"
    )
    return 0


def _list(glossary, args) -> int:
    if args.name:
        entries = glossary.class_entries(args.name)
        if not entries and args.name not in _names(glossary):
            raise ReaderError(f"no class glossary named {args.name!r} ({_known(glossary)})")
        for e in entries:
            extra = "".join(f" [{v}]" for v in (e.pos, e.gender) if v)
            note = f" — {e.note}" if e.note else ""
            print(f"{e.lemma}{extra}: {e.gloss}{note}")
        return 0
    own = len(glossary.all())
    print(f"your own glosses: {own}")
    classes = glossary.class_glossaries()
    if not classes:
        print("no class glossary imported")
    for c in classes:
        who = " · ".join(v for v in (c.author, c.class_name) if v and v != c.name)
        titles = ", ".join(t.title for t in c.texts if t.title)
        line = f"{c.name}: {c.count} gloss{'es' if c.count != 1 else ''}"
        line += f" ({who})" if who else ""
        line += f"; texts: {titles}" if titles else ""
        print(line + f"; imported {c.imported}")
    return 0


def _remove(glossary, args) -> int:
    removed = glossary.remove_class(args.name)
    if removed < 0:
        raise ReaderError(f"no class glossary named {args.name!r} ({_known(glossary)})")
    print(f"removed “{args.name}” ({removed} gloss{'es' if removed != 1 else ''})")
    return 0


def _names(glossary) -> list[str]:
    return [c.name for c in glossary.class_glossaries()]


def _known(glossary) -> str:
    names = _names(glossary)
    return "imported: " + ", ".join(names) if names else "none imported"


def _quote(name: str) -> str:
    return f'"{name}"' if " " in name else name


def covered_text(path: str, glossary):
    """The title, key and glossed words of the text at `path`, for the glossary file."""
    from ..core.analysis import default_analyzer
    from ..core.handout_glossary import text_coverage
    from ._input import read_source

    doc = default_analyzer().analyze(read_source(path))
    return text_coverage(doc, glossary.all(), doc.title or Path(path).stem)


def _user_glossary():
    from ..core.store import Store, StoreError
    from ..core.user_glossary import UserGlossary

    try:
        return UserGlossary(Store())
    except (StoreError, OSError) as exc:
        raise ReaderError(f"your glossary cannot be opened: {exc}") from exc
