"""The desktop app: arguments, logging, the global error hook, the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

log = logging.getLogger("reader")
LOG_FILE = "french-reader.log"
# FFmpeg (behind QtMultimedia) prints "Input #0 ..." for every clip read aloud, and the
# symbol resolver lists optional libraries it did not find: noise for a reader.
QUIET_QT_RULES = "qt.multimedia.ffmpeg*=false\nqt.multimedia.symbolsresolver*=false"
GUI_SWITCH_INTERVAL = 0.0001  # seconds


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="french-reader", description="French Reader: read French with help."
    )
    parser.add_argument("path", nargs="?", help="a file to open (default: the sample article)")
    parser.add_argument("--level", help="your level, A1..C2 (remembered)")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme (remembered)")
    parser.add_argument("--debug", action="store_true", help="log more detail")
    return parser.parse_args(argv)


def setup_logging(debug: bool = False) -> Path:
    """Log to a rotating file in the data directory (and warnings to stderr)."""
    from .core.paths import data_dir

    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    try:
        path = data_dir() / LOG_FILE
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:  # no log file (data folder unusable): the console still gets one
        path = Path(os.devnull)
        print(f"French Reader: no log file ({exc.strerror or exc})", file=sys.stderr)
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    return path


def quiet_qt_logs(debug: bool = False) -> None:
    """Silence Qt's multimedia chatter (kept with --debug; QT_LOGGING_RULES still wins)."""
    if debug:
        return
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(QUIET_QT_RULES)


def share_the_gil_finely() -> None:
    """Background jobs (Python) and the GUI thread share the GIL: every Qt call releases it
    and getting it back waits up to the switch interval (5 ms by default). A redraw makes
    dozens of Qt calls, so next to a busy job it took 150+ ms; at 1 ms it stays short
    (book key moves 468 -> 52 ms max gap). Set once, at start-up."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def load_before_show() -> None:
    """What opening any text needs, read before the window shows (~30 ms): the plain-text
    importer and the language table. Left to the jobs, they were imported and read next to
    spaCy's import in the preload, and the window waited for the GIL behind both (the
    sample launch's longest gap, 90 ms, had langid._load in a job beside spaCy's import)."""
    from .core import langid
    from .core.importers import txt  # noqa: F401 (imported here, not by the open job)

    try:
        langid.load()
    except Exception:  # a damaged table: the import or the analysis reports it
        log.exception("the language table could not be read")


READ_AHEAD_SUFFIXES = (".sqlite",)  # the glossary and lexicon databases


def read_assets_ahead() -> threading.Thread | None:
    """Ask the system to read the shipped databases into its file cache, in a thread of
    its own, from launch: after a boot they are cold on disk, and the glossary's look-ups
    for the word panel's Meaning column, made on the GUI thread, each waited for the disk
    (110-186 ms gaps of the event loop). The reads happen while the model loads; nothing
    waits for them, and a missing or unreadable asset is left to whoever needs it (it
    reports it as missing). Returns the thread (None when there are no assets)."""
    try:
        from .core.paths import assets_dir

        paths = sorted(p for p in assets_dir().iterdir() if p.suffix in READ_AHEAD_SUFFIXES)
    except OSError:  # no assets folder: the components report what is missing
        return None
    thread = threading.Thread(target=_read_ahead, args=(paths,), name="read-ahead", daemon=True)
    thread.start()
    return thread


_READ_AHEAD_STEP = 4 << 20  # bytes: Linux reads at most ~8 MB ahead for one request


def _read_ahead(paths: list[Path]) -> None:
    for path in paths:
        try:
            with open(path, "rb") as fh:
                if not hasattr(os, "posix_fadvise"):  # read it through (reads drop the GIL)
                    while fh.read(1 << 20):
                        pass
                    continue
                # The kernel reads each step in the background (a few ms for them all).
                size = os.fstat(fh.fileno()).st_size
                for offset in range(0, size, _READ_AHEAD_STEP):
                    os.posix_fadvise(fh.fileno(), offset, _READ_AHEAD_STEP, os.POSIX_FADV_WILLNEED)
        except OSError:
            continue


def preload(session) -> None:
    """Load spaCy in the background from launch: the text to open is read and shown
    meanwhile, and its analysis (which waits for this load) starts with the model ready.
    A failure is only logged here: the analysis reports it to the reader."""
    from .ui import workers

    workers.start(
        lambda _rep: session.warm_up(),
        lambda _none: log.info("analysis pipeline loaded"),
        lambda exc: log.warning("loading the analysis pipeline failed: %s", exc),
        name="preload",
    )


PRELOAD_AT_LATEST_MS = 1000


def preload_once(session, window) -> None:
    """Start `preload` when the first text is on screen, or after PRELOAD_AT_LATEST_MS."""
    from PySide6.QtCore import QTimer

    started: list[bool] = []

    def start() -> None:
        if not started:
            started.append(True)
            preload(session)

    window.document_shown.connect(lambda: window.after_paint(start))  # the text painted
    QTimer.singleShot(PRELOAD_AT_LATEST_MS, start)


def install_excepthook(log_path: Path) -> None:
    """Unexpected errors are logged and shown in a dialog; the app keeps running."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from .ui import messages

        messages.error(
            QApplication.activeWindow(),
            "Something went wrong",
            f"French Reader hit an unexpected error: {exc}\n\n"
            f"Your work is safe. Details were written to {log_path}.",
            details,
        )

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    """Start the app; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from .core.data_folder import use_temporary_data_dir

    data_notice = use_temporary_data_dir()
    log_path = setup_logging(args.debug)
    if data_notice:
        log.warning("%s", data_notice)
    install_excepthook(log_path)
    read_assets_ahead()
    quiet_qt_logs(args.debug)
    share_the_gil_finely()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui import messages, workers
    from .ui.main_window import MainWindow
    from .ui.settings import APPLICATION, ORGANIZATION, Settings
    from .core.session import ReadingSession

    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("French Reader")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setWindowIcon(QIcon.fromTheme("accessories-dictionary"))
    workers.give_the_window_first_turn()
    settings = Settings()
    if args.level:
        settings.set("level", args.level.upper())
    if args.theme:
        settings.set("theme", args.theme)
    session = ReadingSession()
    window = MainWindow(settings, session)
    # Before the window shows: the window paints once the event loop runs, and what
    # happened between (opening the store: imports, migrations, the views it fills)
    # stalled a window on screen.
    store_error = session.open_store()  # the views listen: the word list, the estimate
    load_before_show()
    window.show()
    log.info("window shown; log file %s", log_path)
    notice = "\n\n".join(m for m in (data_notice, store_error) if m)
    if notice:
        title = (
            "Your data folder cannot be used" if data_notice else "Your word list cannot be used"
        )
        QTimer.singleShot(0, lambda: messages.warning(window, title, notice))
    # Once the window's own start-up work is done (it would wait for the GIL behind the
    # import: a 230 ms stall of the event loop when this started before open_store), and
    # once the text is read and shown: the open job and spaCy's import side by side left
    # the window waiting for the GIL behind both (80 and 51 ms gaps at 0.45 and 0.63 s on a
    # 638k-word book). A text still not shown by PRELOAD_AT_LATEST_MS does not wait longer.
    preload_once(session, window)
    if args.path:
        window.open_path(str(Path(args.path).expanduser()))
    else:
        window.open_startup()  # the last document at the reader's place, else the sample
    code = app.exec()
    session.close()
    leave_if_jobs_outlive(code)
    return code


def leave_if_jobs_outlive(code: int) -> None:
    """At quit, jobs are cancelled and get a few seconds to stop (workers.shutdown); one
    still inside a long call (spaCy's model on a batch, loading the model) would run Python
    while the interpreter tears down, and the process crashed (a segmentation fault when
    the window closed 1-3 s after opening a book). What the reader keeps is written by
    then (the store closed, the settings synced): leave at once, without that tear-down."""
    from .ui import workers

    if not workers.busy():
        return
    names = ", ".join(sorted({h.name for h in workers.running()})) or "a job"
    log.info("quitting while %s still runs: leaving without interpreter clean-up", names)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
