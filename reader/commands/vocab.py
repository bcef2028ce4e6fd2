"""`vocab`: list, export (Anki .apkg or CSV) and import the learner's vocabulary."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from ..core.errors import ReaderError
from ..core.paths import check_output, replacing
from ..core.vocab_item import SHOWN_STATUSES
from ..speech.clips import speech_audio_source

NAME = "vocab"
HELP = "The vocabulary list: list it, export it to Anki (.apkg) or CSV, import known words."
FORMATS = ("apkg", "csv")

log = logging.getLogger(__name__)


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="print the vocabulary list")
    _filters(p)
    p.add_argument("--format", default="text", choices=["text", "json"])

    p = sub.add_parser("export", help="write the list as an Anki package or a CSV file")
    p.add_argument("-o", "--output", required=True, help="file to write (.apkg or .csv)")
    p.add_argument("--format", choices=FORMATS, help="default: from the output's extension")
    p.add_argument(
        "--deck", default=None, help="Anki deck name (default: French Reader::Vocabulary)"
    )
    p.add_argument(
        "--audio",
        nargs="?",
        const="opus",
        default="none",
        choices=("opus", "mp3", "wav", "none"),
        help="add the spoken word and sentence (Anki): opus (Ogg, the default with --audio), "
        "mp3, wav or none (the default)",
    )
    p.add_argument(
        "--cards",
        default="basic",
        help="Anki card types, comma-separated: basic (word -> meaning), cloze (the "
        "sentence with the word blanked); default basic",
    )
    p.add_argument(
        "--no-gender-colours",
        dest="gender_colours",
        action="store_false",
        help="do not colour nouns by gender on the cards (blue masculine, red feminine)",
    )
    p.add_argument(
        "--no-translation",
        dest="translation",
        action="store_false",
        help="leave out the sentence's rough machine translation (Apertium)",
    )
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    _filters(p)

    p = sub.add_parser("import", help="mark the words of a list, CSV or Anki export as known")
    p.add_argument("file", help="word list (.txt), CSV, or Anki export (.apkg, .colpkg)")

    sub.add_parser(
        "progress",
        help="known lemmas over time, words looked up per article and per day",
    )


def _filters(p) -> None:
    p.add_argument(
        "--status",
        choices=SHOWN_STATUSES,
        help="only words with this status (seen: looked up, never marked)",
    )
    p.add_argument("--article", default=None, help="only words met in this article")
    p.add_argument("--search", default="", help="only words whose lemma, gloss or sentence match")


def open_vocab():
    """The vocabulary list over the user's store."""
    from ..core.statuses import WordStatuses
    from ..core.store import Store
    from ..core.vocab import VocabList

    return VocabList(WordStatuses(Store()))


def run(args) -> int:
    if args.action != "import":  # reading works on a copy when the data folder is unusable
        from ..core.data_folder import use_temporary_data_dir

        notice = use_temporary_data_dir()
        if notice:
            sys.stderr.write(f"warning: {notice}\n")
    vocab = open_vocab()
    if args.action == "list":
        return _list(vocab, args)
    if args.action == "export":
        return _export(vocab, args)
    if args.action == "import":
        return _import(vocab, args)
    return _progress(vocab)


def _selected(vocab, args):
    return vocab.items(search=args.search, status=args.status, source=args.article)


def _list(vocab, args) -> int:
    items = _selected(vocab, args)
    if args.format == "json":
        from dataclasses import asdict

        json.dump([asdict(i) for i in items], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for i in items:
        sys.stdout.write(f"{i.headword}\t{i.shown_status}\t{i.gloss}\t{i.source}\t{i.date}\n")
    counts = {s: sum(1 for i in items if i.shown_status == s) for s in SHOWN_STATUSES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    sys.stderr.write(f"{len(items)} words" + (f" ({summary})" if summary else "") + "\n")
    return 0


def _export(vocab, args) -> int:
    out = Path(args.output)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ReaderError(f"{out.name}: say --format apkg or --format csv")
    check_output(out, args.force)
    items = _selected(vocab, args)
    if not items:
        raise ReaderError("the vocabulary list is empty: nothing to export")
    if fmt == "csv":
        from ..core.exporters.vocab_csv import write_csv

        with replacing(out, args.force) as temp:
            count = write_csv(items, temp)
        sys.stderr.write(f"wrote {count} words to {out}\n")
        return 0
    from ..core.exporters.anki import (
        CARD_TYPES,
        DEFAULT_DECK,
        default_ipa_source,
        default_translation_source,
        export_apkg,
    )

    cards = tuple(c.strip() for c in args.cards.split(",") if c.strip())
    if not cards or any(c not in CARD_TYPES for c in cards):
        raise ReaderError(f"--cards: say basic, cloze or basic,cloze (not {args.cards!r})")
    audio = speech_audio_source(args.audio)
    translate = None
    if args.translation:
        translate, problem = default_translation_source()
        if problem:
            sys.stderr.write(f"note: {problem}\n")
    with replacing(out, args.force) as temp:
        result = export_apkg(
            items,
            temp,
            deck_name=args.deck or DEFAULT_DECK,
            audio=audio,
            cards=cards,
            gender_colours=args.gender_colours,
            ipa=default_ipa_source(),
            translate=translate,
        )
    sys.stderr.write(f"wrote {result.notes} notes ({result.media} audio files) to {out}\n")
    return 0


def _import(vocab, args) -> int:
    from ..core.vocab_import import import_known

    report = import_known(vocab, args.file, lexicon=_lexicon())
    sys.stdout.write(report.summary() + "\n")
    return 0


def _lexicon():
    try:
        from ..core.lexicon import default_lexicon

        return default_lexicon()
    except Exception as exc:  # words are then imported as written
        log.warning("lexicon unavailable: %s", exc)
        return None


def _progress(vocab) -> int:
    sys.stdout.write("# known lemmas over time\n")
    for day, known in vocab.known_over_time():
        sys.stdout.write(f"{day}\t{known}\n")
    sys.stdout.write("# words looked up per article\n")
    for article, count in vocab.lookups_per_article():
        sys.stdout.write(f"{article}\t{count}\n")
    from ..core.progress import lookups_per_day

    sys.stdout.write("# words looked up per day\n")
    for day, count in lookups_per_day(vocab.statuses):
        sys.stdout.write(f"{day}\t{count}\n")
    return 0
