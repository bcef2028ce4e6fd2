"""`handout`: a glossed handout of a text for a class, as PDF, HTML or DOCX."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.errors import ReaderError
from ..core.paths import check_output, replacing

NAME = "handout"
HELP = "Make a teacher's handout: words above a level glossed (notes, interlinear or glossary)."
FORMATS = ("pdf", "html", "docx")


def add_arguments(parser) -> None:
    parser.add_argument("path", help="text to annotate (any supported format), or - for stdin")
    parser.add_argument(
        "--level",
        choices=["A1", "A2", "B1", "B2", "C1", "C2"],
        help="gloss the words above this level (default: the saved handout's, else B1); "
        "it wins over a handout saved at another level unless --reuse-saved",
    )
    parser.add_argument("--layout", choices=["notes", "interlinear", "glossary"])
    parser.add_argument("--format", choices=FORMATS, help="default: from OUT's extension, else pdf")
    parser.add_argument("-o", "--output", help="file to write (default: NAME-handout.FORMAT here)")
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it already exists"
    )
    parser.add_argument("--paper", choices=["A4", "Letter"])
    parser.add_argument("--font-size", type=float, help="body text size in points (9-24)")
    parser.add_argument("--title", help="title printed at the top (default: the document's)")
    parser.add_argument(
        "--line-numbers", action="store_true", default=None, help="number every fifth line"
    )
    parser.add_argument(
        "--no-name-line",
        dest="name_line",
        action="store_false",
        default=None,
        help="leave out the 'Name: ____' line",
    )
    parser.add_argument(
        "--sheet",
        choices=["handout", "vocabulary", "cloze"],
        default="handout",
        help="what to make from the chosen words: the glossed handout (default), a vocabulary "
        "sheet (word, grammar, meaning, sentence, level) or a cloze exercise with its answer key",
    )
    parser.add_argument("--sort", choices=["text", "alpha"], help="glossary order (default: text)")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="ignore the choices saved in the app for this text and propose words again",
    )
    parser.add_argument(
        "--reuse-saved",
        action="store_true",
        help="use the handout saved in the app for this text even if --level differs",
    )
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="write the handout even if some chosen words have no gloss",
    )
    parser.add_argument(
        "--glossary-out",
        metavar="FILE",
        help="also write the handout's glosses as a class glossary file (.json) for students",
    )
    parser.add_argument(
        "--embed-glossary",
        action="store_true",
        help="HTML handout: carry its glosses as a glossary file students save and import",
    )
    parser.add_argument("--author", default="", help="who the glossary file is from (Mme Martin)")
    parser.add_argument("--class", dest="class_name", default="", help="class name for it")


def output_format(args) -> str:
    """The format asked for, else the one OUT's extension names, else pdf."""
    if args.format:
        return args.format
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
    return "pdf"


def run(args) -> int:
    from ..core.analysis import default_analyzer
    from ..core.handout import propose
    from ._input import read_source

    fmt = output_format(args)
    sheet = getattr(args, "sheet", "handout")
    out = Path(args.output) if args.output else default_output(args.path, fmt, sheet)
    check_output(out, getattr(args, "force", False))
    source = read_source(args.path)
    doc = default_analyzer().analyze(source)
    saved = _saved_store()
    glossary = _glossary(saved)
    handout = None
    if saved is not None and not args.fresh:
        handout = saved.load(doc)
        if handout is not None and args.level and args.level != handout.options.level:
            if args.reuse_saved:
                print(
                    f"note: using the handout saved for this text (level "
                    f"{handout.options.level}), as --reuse-saved asks",
                    file=sys.stderr,
                )
            else:
                print(
                    f"note: proposing words for {args.level} (the handout saved in the app is "
                    f"at {handout.options.level}: add --reuse-saved to use it); its edited "
                    "glosses are kept",
                    file=sys.stderr,
                )
                handout = relevel(handout, args.level, glossary)
    if handout is None:
        handout = propose(doc, args.level or "B1", glossary=glossary)
    try:
        apply_options(handout.options, args)
    except ValueError as exc:
        raise ReaderError(str(exc)) from exc
    for line in handout.gap_report():
        print(line, file=sys.stderr)
    missing = handout.missing()
    if missing and not args.allow_missing and sheet != "cloze":
        raise ReaderError(
            f"{len(missing)} chosen word{'s have' if len(missing) != 1 else ' has'} no gloss "
            "(listed above): add glosses in the app's handout editor, "
            "or add --allow-missing to print them without"
        )
    force = getattr(args, "force", False)
    glossary_out = Path(args.glossary_out) if args.glossary_out else None
    if glossary_out is not None:
        check_output(glossary_out, force)
    embedded = ""
    if getattr(args, "embed_glossary", False):
        if fmt != "html" or sheet != "handout":
            raise ReaderError("--embed-glossary is for an HTML handout (use --glossary-out)")
        from ..core.handout_glossary import handout_glossary_json

        embedded = handout_glossary_json(handout, args.author, args.class_name)
    pages = export(handout, out, fmt, force=force, sheet=sheet, glossary_json=embedded)
    extra = f", {pages} page{'s' if pages != 1 else ''}" if pages else ""
    what = "words glossed" if sheet == "handout" else f"words, {sheet} sheet"
    print(f"wrote {out} ({len(handout.entries)} {what}{extra})")
    if glossary_out is not None:
        from ..core.handout_glossary import write_handout_glossary

        try:
            with replacing(glossary_out, force) as temp:
                count = write_handout_glossary(handout, temp, args.author, args.class_name)
        except OSError as exc:
            raise ReaderError(f"{glossary_out}: cannot write ({exc.strerror or exc})") from exc
        print(f"wrote {glossary_out} ({count} glosses for students to import)")
    return 0


def relevel(saved, level: str, glossary):
    """A fresh proposal at `level` with the saved handout's options, removals and edits."""
    from ..core.handout import propose

    fresh = propose(saved.document, level, glossary=glossary, removed=saved.removed)
    edited = [e for e in saved.entries if e.edited]
    # The teacher's edited words stay; a proposed word overlapping one of them gives way.
    fresh.entries = edited + [
        e for e in fresh.entries if not any(e.start < k.end and k.start < e.end for k in edited)
    ]
    fresh.options = saved.options
    fresh.options.level = level
    fresh.renumber()
    return fresh


def apply_options(options, args) -> None:
    """Command-line options override the saved or default ones."""
    for name in ("layout", "paper", "font_size", "title", "line_numbers", "name_line", "sort"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(options, name, value)
    options.validate()


def export(
    handout, out: Path, fmt: str, force: bool = False, sheet: str = "handout", glossary_json=""
) -> int:
    """Write `sheet` of `handout` to `out`; returns the page count for PDF (0 otherwise).

    Never through a symlink nor over an existing file unless `force`.
    """
    from ..printing.sheets import export_sheet

    try:
        with replacing(out, force) as temp:
            return export_sheet(handout, sheet, fmt, temp, glossary_json)
    except OSError as exc:
        raise ReaderError(f"{out}: cannot write ({exc.strerror or exc})") from exc


def default_output(path: str, fmt: str, sheet: str = "handout") -> Path:
    stem = "stdin" if path == "-" else Path(path).stem
    return Path(f"{stem}-{sheet}.{fmt}")


def _saved_store():
    """The user's saved handouts, or None when the user database cannot be opened."""
    from ..core.handout_store import HandoutStore
    from ..core.store import StoreError

    try:
        return HandoutStore()
    except StoreError as exc:
        print(f"warning: saved handouts not used: {exc}", file=sys.stderr)
        return None


def _glossary(saved):
    from ..core.glossary import default_glossary

    return default_glossary(saved.store if saved is not None else None)
