"""Shared fixtures: offscreen Qt, one spaCy pipeline per test run, isolated user data."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import run_bytecode  # noqa: E402

# spaCy's load cache of a run on several workers (see _spacy_load_cache): the folder, the file
# the process filling it writes when it is done, and the report of that process's first launch.
SHARED_CACHE_ENV = "READER_TESTS_SPACY_CACHE"
CACHE_READY = ".ready"
FIRST_LAUNCH = "first-launch.json"
_BUILD = """
import json, os, sys
from pathlib import Path
folder, tests = Path(sys.argv[1]), sys.argv[2]
data = folder.parent / "build-data"
(data / "cache").mkdir(parents=True, exist_ok=True)
(data / "cache" / "spacy").symlink_to(folder, target_is_directory=True)
os.environ["FRENCH_READER_DATA_DIR"] = str(data)
sys.path.insert(0, tests)
def ready():
    (folder / ".ready").write_text("done")
try:
    import spacy_launch
    from reader.core.analysis import MODEL
    path, damaged_ignored = spacy_launch.plant_damaged_pattern(folder, MODEL)
    report = spacy_launch.launch(MODEL, folder, loaded=ready)
    report["damaged_ignored"] = damaged_ignored
    tmp = folder.parent / "first-launch.tmp"
    tmp.write_text(json.dumps(report), encoding="utf-8")
    tmp.replace(folder.parent / "first-launch.json")
finally:
    ready()  # also when loading failed: each worker then loads spaCy by itself
"""


# Where the run's temporary files go when the machine has a RAM disk (see _temporary_files_in_ram).
RAM_DISK = Path("/dev/shm")
RAM_DISK_MIN_FREE = 1 << 30  # bytes free on it, or the run's files stay on the disk
_ram_run_key = pytest.StashKey[Path]()
_ram_lock_key = pytest.StashKey[int]()
_exit_key = pytest.StashKey[int]()


def _temporary_files_in_ram(config) -> None:
    """Every temporary file of the run in RAM (pytest's tmp_path folders, so each test's user
    data folder and its SQLite files; the spaCy load cache; what the app and CLI processes
    tests start write) when /dev/shm is a tmpfs: SQLite syncs every commit to the disk
    (fdatasync, ~19 in a test that opens a store), and on a busy disk each took 5-15 ms of
    waiting. No test asserts anything about the disk. An explicit TMPDIR or --basetemp wins.
    The run's folder (<RAM_DISK>/french-reader-tests-UID/run-*) is removed at the end, or kept
    and named in the summary when something failed (the last KEPT_RUNS of those stay: a run
    holds a lock on its folder, so one still going is never removed); the workers and every
    process a test starts inherit TMPDIR."""
    if os.environ.get("TMPDIR") or config.option.basetemp or not _is_tmpfs(RAM_DISK):
        return
    parent = RAM_DISK / f"french-reader-tests-{os.getuid()}"
    try:
        parent.mkdir(mode=0o700, exist_ok=True)
        info = parent.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            return  # not a private folder of ours: the usual temporary folder
        run = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
        config.stash[_ram_lock_key] = _lock(run)  # held until this process ends
    except OSError:
        return
    _prune_finished_runs(parent)
    os.environ["TMPDIR"] = str(run)
    tempfile.tempdir = None  # tempfile reads TMPDIR again
    config.stash[_ram_run_key] = run


KEPT_RUNS = 3


def _lock(run: Path) -> int:
    """An exclusive lock on `run`'s lock file (its open descriptor); OSError if another
    process holds it."""
    import fcntl  # Linux (only used where /dev/shm is a tmpfs)

    fd = os.open(run / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    return fd


def _prune_finished_runs(parent: Path) -> None:
    """Remove the folders of finished runs (their lock free, untouched for 10 minutes: a run
    of a conftest without the lock may still be going) but the KEPT_RUNS newest."""
    finished = []
    for run in parent.glob("run-*"):
        try:
            finished.append((run.stat().st_mtime, run, _lock(run)))
        except OSError:  # a run still going (or gone meanwhile)
            continue
    finished.sort(reverse=True)
    for i, (mtime, run, fd) in enumerate(finished):
        if i >= KEPT_RUNS and time.time() - mtime > 600:
            shutil.rmtree(run, ignore_errors=True)
        os.close(fd)


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_exit_key] = int(exitstatus)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    run = config.stash.get(_ram_run_key, None)
    if run is not None and int(exitstatus) != 0:
        terminalreporter.write_line(f"temporary files of this run kept in RAM: {run}")


def _is_tmpfs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if not any(
        line.split()[1:3] == [str(path), "tmpfs"] for line in mounts.splitlines() if line.strip()
    ) or not os.access(path, os.W_OK):
        return False
    # A container's /dev/shm is often 64 MB: a run writes more (PDFs, data folders, the load
    # cache), and a full RAM disk would fail tests that have nothing to do with it.
    stat = os.statvfs(path)
    return stat.f_bavail * stat.f_frsize >= RAM_DISK_MIN_FREE


def pytest_configure(config):
    """Temporary files in RAM (_temporary_files_in_ram). On the controller of a run on several
    workers (pytest-xdist), fill spaCy's load cache once, in a process of its own, while the
    workers start and collect the tests: otherwise each worker compiles the tokenizer pattern
    and stores the lemma tables itself (~2.9 s of CPU each). The workers find the folder
    through SHARED_CACHE_ENV (they inherit it). That process is also the first launch
    tests/core/test_nlp_load.py checks (tests/spacy_launch.py: a damaged pattern file in the
    way, then spaCy loaded; its report in FIRST_LAUNCH), which then needs no launch of its own
    compiling the same pattern again (~3 s of CPU)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    _temporary_files_in_ram(config)
    if not getattr(config.option, "numprocesses", 0):
        return
    if config.option.collectonly:
        return
    root = Path(tempfile.mkdtemp(prefix="reader-tests-spacy-"))
    folder = root / "spacy"
    folder.mkdir()
    tests = Path(__file__).resolve().parent
    env = dict(os.environ, PYTHONPATH=str(tests.parent))
    with open(root / "builder.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", _BUILD, str(folder), str(tests)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    os.environ[SHARED_CACHE_ENV] = str(folder)
    config.stash[_builder_key] = (proc, root)
    # While that process starts: the bytecode of reader/ and tests/ compiled once for the
    # run's processes instead of by each of them (tests/run_bytecode.py).
    config.stash[_bytecode_key] = run_bytecode.compile_once(config)


_builder_key = pytest.StashKey[tuple]()
_bytecode_key = pytest.StashKey[list]()


def pytest_unconfigure(config):
    _stop_cache_builder(config)
    run_bytecode.remove(config.stash.get(_bytecode_key, []))
    run = config.stash.get(_ram_run_key, None)
    if run is not None and config.stash.get(_exit_key, 0) == 0:
        shutil.rmtree(run, ignore_errors=True)


def _stop_cache_builder(config) -> None:
    proc, root = config.stash.get(_builder_key, (None, None))
    if proc is None:
        return
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    os.environ.pop(SHARED_CACHE_ENV, None)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def spacy_load_cache(_spacy_load_cache) -> Path:
    """The run's spaCy load cache folder, once the controller's process has filled it (when
    there is one): a process loading spaCy from it then reads it rather than compiling the
    same pattern at the same time. Waits 2 minutes at most."""
    if os.environ.get(SHARED_CACHE_ENV) == str(_spacy_load_cache):
        deadline = time.monotonic() + 120
        while not (_spacy_load_cache / CACHE_READY).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return _spacy_load_cache


@pytest.fixture(scope="session")
def spacy_first_launch(spacy_load_cache) -> tuple[Path, dict] | None:
    """(folder, report) of the first launch the run's spaCy cache builder made in its folder
    (tests/spacy_launch.py), or None in a run without a builder (a single process)."""
    if os.environ.get(SHARED_CACHE_ENV) != str(spacy_load_cache):
        return None
    report = spacy_load_cache.parent / FIRST_LAUNCH
    deadline = time.monotonic() + 120
    while not report.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not report.exists():
        log = spacy_load_cache.parent / "builder.log"
        said = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() else ""
        pytest.fail(f"the spaCy cache builder reported nothing; it said: {said}")
    return spacy_load_cache, json.loads(report.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def glossary():
    """The shipped glossary, one per test module (its lookup caches stay in the module)."""
    from reader.core.glossary import default_glossary

    return default_glossary()


@pytest.fixture(scope="session")
def analyzer(spacy_load_cache):
    """The process-wide analyzer (spaCy loads once per test run)."""
    from reader.core.analysis import default_analyzer

    return default_analyzer()


def _unglossed_nouns():
    """Rare masculine nouns of the lexicon (only nouns), with their plural, that no bundled
    source glosses (rarest first). Found, not written in: the curated table keeps growing (affiquet, a
    trinket, was one until a round of hand-written glosses reached it)."""
    import sqlite3

    from reader.core.glossary import default_glossary
    from reader.core.paths import asset

    glossary = default_glossary()
    con = sqlite3.connect(f"file:{asset('lexicon.sqlite')}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT id, lemma, forms FROM lemma AS a WHERE pos = 'NOUN' AND gender = 'm' "
            "AND length(lemma) >= 6 AND NOT EXISTS (SELECT 1 FROM lemma AS b "
            "WHERE b.lemma = a.lemma AND b.pos != 'NOUN') ORDER BY id DESC LIMIT 5000"
        ).fetchall()
        for rank, word, forms in rows:
            if not (word.isascii() and word.isalpha() and word.islower()):
                continue
            plural = f"{word}s"  # only this noun's plural (not cassons: casser)
            if (
                plural not in forms.split("|")
                or con.execute(
                    "SELECT 1 FROM form WHERE form = ? AND rank != ?", (plural, rank)
                ).fetchone()
            ):
                continue
            if not glossary.lookup(word, "NOUN", word).found and not glossary.lookup(plural).found:
                yield word
    finally:
        con.close()


@pytest.fixture(scope="session")
def unglossed_lemma() -> str:
    """A rare noun no bundled source glosses (its plural is the lemma + s)."""
    word = next(_unglossed_nouns(), None)
    assert word is not None, "every rare noun of the lexicon has a gloss: choose another test"
    return word


@pytest.fixture(scope="session")
def unglossed_noun(analyzer) -> tuple[str, str]:
    """(a sentence, its rare noun that the pop-up cannot gloss there), checked through the
    analysis: the word is a noun in that sentence and nothing glosses it."""
    from reader.core.glossary import default_glossary

    glossary = default_glossary()
    for word in _unglossed_nouns():
        sentence = f"Elle portait un {word} à son chapeau."
        token = next((t for t in analyzer.analyze(sentence).tokens if t.text == word), None)
        if token is not None and token.is_word and token.pos == "NOUN":
            if not glossary.lookup_token(token, sentence).found:
                return sentence, word
    raise AssertionError("every rare noun of the lexicon has a gloss: choose another test")


class CountingAnalyzer:
    """The real analyzer, counting the analyses asked of it and the characters streamed."""

    def __init__(self, inner):
        self.inner = inner
        self.model, self.disable = inner.model, inner.disable
        self.streams = 0
        self.streamed_chars = 0

    @property
    def loaded(self) -> bool:
        return self.inner.loaded

    def version_key(self) -> str:
        return self.inner.version_key()

    def stream(self, source, **kwargs):
        self.streams += 1
        self.streamed_chars += sum(b.end - b.start for b in source.blocks)
        return self.inner.stream(source, **kwargs)


@pytest.fixture
def counting_analyzer(analyzer) -> CountingAnalyzer:
    """The shared analyzer wrapped to count how often (and how much) it analyses."""
    return CountingAnalyzer(analyzer)


class StandInTranslator:
    """Apertium's place in tests that are not about translation (an export's cards, say):
    each sentence comes back at once as "EN <sentence>". One real pipeline run costs ~0.8 s
    of CPU, its dictionaries loaded every time; tests/core/test_translate.py, the sentence-
    help tests about the translation and tests/cli/test_vocab_cli.py::test_apkg_export run
    the real one."""

    name = "stand-in"

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def translate_many(self, sentences) -> list[str]:
        self.asked.append(list(sentences))
        return [f"EN {s}" if s.strip() else "" for s in sentences]

    def translate(self, sentence: str) -> str:
        return self.translate_many([sentence])[0]


@pytest.fixture
def stand_in_translator(monkeypatch) -> StandInTranslator:
    """The rough translator every caller gets (reader.core.translate.default_translator) is a
    StandInTranslator; `.asked` holds the sentences each call was given."""
    from reader.core import translate

    translator = StandInTranslator()
    monkeypatch.setattr(translate, "default_translator", lambda: translator)
    return translator


@pytest.fixture(scope="session")
def sample_text() -> str:
    from reader.core.paths import sample_article

    return sample_article().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc(analyzer, sample_text):
    """The analysed sample article (shared: do not mutate)."""
    return analyzer.analyze(sample_text)


def _isolate_qsettings(path: Path) -> None:
    """Native and INI QSettings of every scope go under `path` (no real user settings)."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(path))


@pytest.fixture(scope="session")
def _spacy_load_cache(tmp_path_factory) -> Path:
    """spaCy's load cache (compiled tokenizer pattern, lemma tables: re-creatable data that
    only makes loading faster, nlp_load.default_folder), built once per test process rather
    than in every test's fresh data directory, which made each app or CLI process a test
    starts compile the pattern again (~2.5 s of CPU). tests/core/test_nlp_load.py tests the
    cache itself in folders of its own. On several workers, the folder the run's controller
    fills once (pytest_configure), shared by all."""
    shared = os.environ.get(SHARED_CACHE_ENV)
    if shared and Path(shared).is_dir():
        return Path(shared)
    return tmp_path_factory.mktemp("spacy-load-cache")


@pytest.fixture(autouse=True)
def _user_data(tmp_path, monkeypatch, _spacy_load_cache) -> Path:
    """Every test gets its own data directory; no test touches the real user's data."""
    path = tmp_path / "userdata"
    path.mkdir()
    (path / "cache").mkdir()
    (path / "cache" / "spacy").symlink_to(_spacy_load_cache, target_is_directory=True)
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if "PySide6.QtCore" in sys.modules:
        _isolate_qsettings(tmp_path / "qsettings")
    return path


@pytest.fixture
def data_dir(_user_data, tmp_path) -> Path:
    """The user's data directory of this test (a fresh temporary folder), QSettings isolated."""
    _isolate_qsettings(tmp_path / "qsettings")
    return _user_data


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On CI (CI=true) a skipped test fails: CI has every engine and library installed by
    tools/bootstrap.sh, so a skip there means something is missing, not optional."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped on CI, which must run it: {reason}"


# Files whose tests take seconds each (processes started, spaCy loaded again, long documents),
# heaviest first. They are handed to the test workers before the rest, so that the end of a run
# is many short tests spread over the workers rather than one worker finishing a long test while
# the others wait. Order only: a file missing here runs in its usual place.
SLOW_FIRST = (
    "tests/core/test_nlp_load.py",
    "tests/ui/test_workers_shutdown.py",
    "tests/reliability/test_data_folder.py",
    "tests/cli/test_smoke_cli.py",
    "tests/test_app.py",
    "tests/ui/test_defects_in_use.py",
    "tests/core/test_loader.py",
    "tests/printing/test_pdf.py",
    "tests/printing/test_worksheet_pdf.py",
    "tests/reliability/test_vocab_import_hostile.py",
)
# Files whose tests mostly wait on a clock (speech played in real time, a server's delay), using
# almost no CPU: their tests are spread evenly through the run. Run one after another (a whole
# file handed out two tests at a time), they had every worker waiting at once, both CPUs idle
# for seconds; spread, each wait overlaps the other workers' work.
CLOCK_BOUND = (
    "tests/speech/test_player.py",
    "tests/speech/test_player_espeak.py",
    "tests/speech/test_speech_controls.py",
    "tests/core/test_fetch.py",
)


def pytest_collection_modifyitems(config, items):
    """Slow files first (whole files, in their own order, so module fixtures are made once);
    the tests of CLOCK_BOUND files spread evenly among the others."""
    rank = {path: i for i, path in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
    clock = [item for item in items if item.nodeid.split("::", 1)[0] in CLOCK_BOUND]
    if not clock or len(clock) == len(items):
        return
    others = [item for item in items if item.nodeid.split("::", 1)[0] not in CLOCK_BOUND]
    step = len(others) / len(clock)  # one clock-bound test every `step` others
    spread, waiting = [], iter(clock)
    placed = 0
    for i, item in enumerate(others):
        while placed < len(clock) and (placed + 0.5) * step <= i:
            spread.append(next(waiting))
            placed += 1
        spread.append(item)
    spread.extend(waiting)
    items[:] = spread


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto` (tools/bootstrap.sh): one worker more than the CPUs, at most 8. A quarter of
    the suite's time is waiting (audio played in real time, processes started, timers), when a
    worker leaves its CPU idle; the extra worker uses it."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return min(cpus + 1, 8)
