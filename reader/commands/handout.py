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
        help="gloss the words above this level (default: the saved handout's, else B1)",
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
        "--fresh",
        action="store_true",
        help="ignore the choices saved in the app for this text and propose words again",
    )


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
    out = Path(args.output) if args.output else default_output(args.path, fmt)
    check_output(out, getattr(args, "force", False))
    source = read_source(args.path)
    doc = default_analyzer().analyze(source)
    handout = None
    saved = _saved_store()
    if saved is not None and not args.fresh:
        handout = saved.load(doc)
        if handout is not None and args.level and args.level != handout.options.level:
            print(
                f"note: using the handout saved for this text (level {handout.options.level}); "
                "add --fresh to propose words for the new level",
                file=sys.stderr,
            )
    if handout is None:
        handout = propose(doc, args.level or "B1", glossary=_glossary(saved))
    try:
        apply_options(handout.options, args)
    except ValueError as exc:
        raise ReaderError(str(exc)) from exc
    pages = export(handout, out, fmt, force=getattr(args, "force", False))
    extra = f", {pages} page{'s' if pages != 1 else ''}" if pages else ""
    print(f"wrote {out} ({len(handout.entries)} words glossed{extra})")
    return 0


def apply_options(options, args) -> None:
    """Command-line options override the saved or default ones."""
    for name in ("layout", "paper", "font_size", "title", "line_numbers", "name_line"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(options, name, value)
    options.validate()


def export(handout, out: Path, fmt: str, force: bool = False) -> int:
    """Write `handout` to `out`; returns the page count for PDF (0 otherwise).

    Never through a symlink nor over an existing file unless `force`.
    """
    pages = 0
    try:
        with replacing(out, force) as temp:
            if fmt == "pdf":
                from ..printing.pdf import write_pdf

                pages = write_pdf(handout, temp)
            elif fmt == "docx":
                from ..core.exporters.handout_docx import write_docx

                write_docx(handout, temp)
            else:
                from ..core.exporters.handout_html import write_html

                write_html(handout, temp)
    except OSError as exc:
        raise ReaderError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    return pages


def default_output(path: str, fmt: str) -> Path:
    stem = "stdin" if path == "-" else Path(path).stem
    return Path(f"{stem}-handout.{fmt}")


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
