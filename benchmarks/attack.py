"""Attack the doors at full scale: hostile files, bombs, fuzzed strings, broken stores,
hostile word lists, formula cells and symlinked exports.

Run: .venv/bin/python benchmarks/attack.py [CATEGORY ...]
Prints per category: tried / accepted / clear message / traceback / hang (> 10 s) / peak RSS,
then the formula cells and symlink writes found. Each bomb runs in its own process (its
peak RSS is that process's, imports included: the yardstick line gives the same process
doing nothing but importing the readers). Done when: 0 tracebacks, 0 hangs, every bomb
< 500 MB, 0 formula cells, 0 symlink writes.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import random
import select
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ATTACK_ROOT=/path/to/an/older/checkout attacks that code with the same cases (before/after).
CODE = Path(os.environ.get("ATTACK_ROOT", ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
sys.path.insert(0, str(CODE))

import hostile  # noqa: E402

HANG_SECONDS = 10
MB = 1024 * 1024
GiB = 1024 * MB
FIXTURES = ROOT / "tests" / "core" / "importers" / "fixtures"
LEAKS = ("Traceback", "NoneType", "XML_PARSE_HUGE", "(b'", "object has no attribute", "Errno")


# -- outcomes -------------------------------------------------------------------------------


def judged(exc: BaseException) -> tuple[str, str]:
    from reader.core.errors import ReaderError

    message = str(exc)
    clear = isinstance(exc, ReaderError) and message and "\n" not in message
    clear = clear and not any(leak in message for leak in LEAKS)
    return ("clear" if clear else "traceback"), f"{type(exc).__name__}: {message[:160]}"


def open_bytes(data: bytes, name: str) -> dict:
    from reader.core.importers import load_bytes

    t = time.perf_counter()
    try:
        source = load_bytes(data, name)
    except BaseException as exc:  # noqa: BLE001 - judged, never raised
        outcome, message = judged(exc)
        return {"outcome": outcome, "message": message, "open_s": _since(t)}
    source.text.encode("utf-8")
    return {"outcome": "accepted", "message": f"{len(source.text)} chars", "open_s": _since(t)}


def _since(t: float) -> float:
    return round(time.perf_counter() - t, 2)


def run_cli(argv: list[str], cwd: Path | None = None) -> dict:
    from reader.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    t = time.perf_counter()
    try:
        if cwd:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:  # argparse refusing the arguments: its one-line usage error
        code = exc.code
    except BaseException as exc:  # noqa: BLE001
        return {"outcome": "traceback", "message": f"{type(exc).__name__}: {exc}"[:200]}
    finally:
        os.chdir(here)
    text = err.getvalue().strip()
    lines = [line for line in text.splitlines() if line.startswith("error:")]
    if code == 0:
        result = {"outcome": "accepted", "message": (out.getvalue() or text)[:160]}
    elif code == 2 and len(lines) == 1 and not any(k in text for k in LEAKS):
        result = {"outcome": "clear", "message": lines[0][:200]}
    else:
        result = {"outcome": "traceback", "message": f"exit {code}: {text[-300:]}"}
    result["open_s"] = _since(t)
    return result


# -- cases ------------------------------------------------------------------------------------


def malformed_cases() -> list:
    """~260 malformed files: random bodies behind every magic, damaged real files, oddities."""
    rng = random.Random(15)
    magics = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"WEBVTT\n\n", b"\xff\xfe",
              b"<?xml version='1.0'?>", b"MIME-Version: 1.0\nContent-Type: multipart/related\n",
              b"1\n00:00:01,000 --> 00:00:02,000\n", b"\x89PNG\r\n\x1a\n"]  # fmt: skip
    names = ["x.txt", "x.pdf", "x.epub", "x.docx", "x.html", "x.srt", "x.vtt", "x"]
    cases = []
    for i in range(120):
        magic = magics[i % len(magics)]
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000)))
        cases.append((f"random{i}", magic + body, names[i % len(names)]))
    real = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.stat().st_size > 8)
    for i in range(100):
        path = real[i % len(real)]
        blob = bytearray(path.read_bytes())
        for _ in range(rng.randrange(1, 20)):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        blob = blob[: rng.randrange(len(blob) // 3, len(blob) + 1)]
        cases.append((f"damaged-{path.name}-{i}", bytes(blob), path.name))
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i else b"&lol;" * 10)
        for i in range(1, 10)
    ) + b']><html><body><p>&lol9;</p></body></html>'  # fmt: skip
    xxe = (b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           b"<html><body><p>Bonjour &xxe; le monde entier.</p></body></html>")  # fmt: skip
    traversal = hostile.zip_archive(
        [hostile.stored("mimetype", b"application/epub+zip"),
         hostile.deflated("META-INF/container.xml", hostile._CONTAINER),
         hostile.deflated("OEBPS/content.opf", hostile._OPF.replace(b"ch1.xhtml", b"../../../etc/passwd")),
         hostile.deflated("../../../tmp/evil.xhtml", b"<html><body><p>x</p></body></html>")]
    )  # fmt: skip
    cases += [
        ("empty", b"", "x.txt"),
        ("one-byte-repeated", b"\x00" * 100_000, "x.txt"),
        ("deep-html", b"<div>" * 100_000 + b"Bonjour" + b"</div>" * 100_000, "x.html"),
        ("billion-laughs", laughs, "x.xhtml"),
        ("xxe", xxe, "x.html"),
        ("epub-path-traversal", traversal, "x.epub"),
        ("utf16-no-bom", "Bonjour le monde, ça va très bien.\n".encode("utf-16-le") * 50, "x.txt"),
        ("mixed-encodings", "café\n".encode() * 20 + "élève\n".encode("latin-1") * 20, "x.txt"),
        ("only-controls", bytes(range(1, 32)) * 300, "x.txt"),
        ("srt-bad-timings", b"1\n00:00:0x,000 --> 00:00:02,000\nBonjour.\n", "x.srt"),
    ]
    return [
        ("malformed", name, lambda d=data, n=fname: open_bytes(d, n)) for name, data, fname in cases
    ]


def bomb_cases() -> list:
    def zip_anki(unpacked: int) -> dict:
        data, crc = hostile.deflate_zeros(unpacked)
        blob = hostile.zip_archive([("collection.anki2", data, crc, unpacked, None)])
        path = Path(tempfile.mkdtemp()) / "deck.apkg"
        path.write_bytes(blob)
        return run_cli(["vocab", "import", str(path)])

    return [
        ("bombs", "pdf-flate-1GiB", lambda: open_bytes(hostile.pdf_flate_bomb(GiB), "a.pdf")),
        ("bombs", "pdf-flate-3GiB", lambda: open_bytes(hostile.pdf_flate_bomb(3 * GiB), "a.pdf")),
        ("bombs", "pdf-flate-truncated-1GiB", lambda: open_bytes(_truncated_pdf(), "a.pdf")),
        ("bombs", "epub-honest-5GB", lambda: open_bytes(hostile.epub_bomb(5 * GiB), "a.epub")),
        ("bombs", "docx-honest-5GB", lambda: open_bytes(hostile.docx_bomb(5 * GiB), "a.docx")),
        ("bombs", "epub-lying-1GiB", lambda: open_bytes(hostile.epub_bomb(GiB, 1000), "a.epub")),
        ("bombs", "docx-lying-1GiB", lambda: open_bytes(hostile.docx_bomb(GiB, 1000), "a.docx")),
        ("bombs", "epub-240MB-honest", lambda: open_bytes(hostile.epub_bomb(240 * MB), "a.epub")),
        ("bombs", "docx-30MB-part", lambda: open_bytes(hostile.docx_bomb(30 * MB), "a.docx")),
        ("bombs", "html-200k-attributes",
         lambda: open_bytes(hostile.html_many_attributes(200_000), "a.html")),
        ("bombs", "html-2M-elements",
         lambda: open_bytes(hostile.html_many_elements(2_000_000), "a.html")),
        ("bombs", "html-290k-elements",
         lambda: open_bytes(hostile.html_many_elements(290_000), "a.html")),
        ("bombs", "anki-collection-4GB", lambda: zip_anki(4 * GiB)),
    ]  # fmt: skip


def _truncated_pdf() -> bytes:
    data = hostile.pdf_flate_bomb(GiB)
    end = data.index(b"endstream")
    return data[: end - 40] + b"\n" * 40 + data[end:]


def string_cases() -> list:
    """650 fuzzed strings: surrogates, controls, BiDi, combining marks, long runs."""
    rng = random.Random(9)
    pools = ["\ud800", "\udfff", "\x00", "\u202e", "\u0301", "\ufeff", "’", "œ", "\U0001f600",
             "\x85", "\u2028", "<", "&", "'", "=", " ", "\t", "é", "a", "."]  # fmt: skip

    def fuzz(n: int) -> str:
        return "".join(rng.choice(pools) for _ in range(n))

    def analyze(text: str) -> dict:
        from reader.core.analysis import default_analyzer
        from reader.core.importers import from_clipboard

        try:
            t = time.perf_counter()
            doc = default_analyzer().analyze(text)
            spent = time.perf_counter() - t
            doc.text.encode("utf-8")
            if spent > HANG_SECONDS:  # slow, or just long? French prose of the same length
                prose = (ROOT / "assets" / "sample_article.txt").read_text(encoding="utf-8")
                prose = (prose * (len(text) // len(prose) + 1))[: len(text)]
                t = time.perf_counter()
                default_analyzer().analyze(prose)
                yardstick = time.perf_counter() - t
                if spent <= 2 * yardstick:
                    return {"outcome": "accepted", "long": True,
                            "message": f"{len(doc.tokens)} tokens in {spent:.0f} s; French prose "
                                       f"of the same length {yardstick:.0f} s"}  # fmt: skip
            try:
                from_clipboard(text, f"<p>{text}</p>")
            except BaseException as exc:  # noqa: BLE001
                outcome, message = judged(exc)
                if outcome != "clear":
                    return {"outcome": outcome, "message": message}
        except BaseException as exc:  # noqa: BLE001
            outcome, message = judged(exc)
            return {"outcome": "traceback", "message": message}
        return {"outcome": "accepted", "message": f"{len(doc.tokens)} tokens"}

    texts = [fuzz(rng.randrange(1, 60)) for _ in range(600)]
    texts += ["Le chat " + fuzz(5) + " dort." for _ in range(40)]
    texts += ["\ud800" * 10_000, "é" * 200_000, "mot " * 100_000, "\x00" * 1000]
    texts += ["a\u0301" * 5000, "\u202e" * 1000, "’" * 1000, "<script>" * 1000, "x", ""]
    texts = texts[:650]
    return [("strings", f"s{i}", lambda t=t: analyze(t)) for i, t in enumerate(texts)]


def store_cases() -> list:
    """Damaged, newer, locked, read-only and full stores through `vocab list` and `import`."""

    def scenario(make) -> dict:
        folder = Path(tempfile.mkdtemp(prefix="attack-store-"))
        os.environ["FRENCH_READER_DATA_DIR"] = str(folder)
        words = folder.parent / f"{folder.name}-words.txt"
        words.write_text("maison\nchat\n", encoding="utf-8")
        healthy = make(folder)
        # import first: list may move this process to a temporary data folder (said plainly)
        results = [run_cli(["vocab", "import", str(words)]), run_cli(["vocab", "list"])]
        bad = [r for r in results if r["outcome"] == "traceback"]
        if healthy and any("move it away" in r["message"] for r in results):
            bad.append({"outcome": "traceback", "message": "'move it away' for a healthy file"})
        return bad[0] if bad else results[0]

    def filled(folder: Path) -> Path:
        from reader.core.statuses import WordStatuses
        from reader.core.store import Store

        store = Store(folder / "french-reader.sqlite3")
        WordStatuses(store).set_many([f"mot{i}" for i in range(3000)], "known")
        store.close()
        return folder / "french-reader.sqlite3"

    def corrupt(offset: int, junk: bytes):
        def make(folder: Path) -> bool:
            path = filled(folder)
            data = bytearray(path.read_bytes())
            data[offset : offset + len(junk)] = junk
            path.write_bytes(bytes(data))
            return False

        return make

    def newer(folder: Path) -> bool:
        path = filled(folder)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE schema_versions SET version = 99")
        conn.commit()
        conn.close()
        return True

    def truncated(folder: Path) -> bool:
        path = filled(folder)
        path.write_bytes(path.read_bytes()[:5000])
        return False

    def file_as_folder(folder: Path) -> bool:
        shutil.rmtree(folder)
        folder.write_text("x")
        return True

    def folder_as_db(folder: Path) -> bool:
        (folder / "french-reader.sqlite3").mkdir()
        return True

    def locked(folder: Path) -> bool:
        from reader.core.store import Store

        path = filled(folder)
        Store.busy_timeout = 0.2
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN EXCLUSIVE")
        _HELD.append(holder)
        return True

    makers = {
        "garbage-header": corrupt(0, b"not a database at all!!"),
        "zeroed-page-1": corrupt(100, b"\x00" * 3000),
        "random-page-3": corrupt(8192, bytes(random.Random(3).randrange(256) for _ in range(4096))),
        "bad-page-size": corrupt(16, b"\x00\x03"),
        "truncated": truncated,
        "zero-bytes-tail": corrupt(20_000, b"\x00" * 20_000),
        "text-file": lambda f: (f / "french-reader.sqlite3").write_text("liste\n") and False,
        "newer-schema": newer,
        "file-as-data-folder": file_as_folder,
        "folder-as-database": folder_as_db,
        "locked-by-another": locked,
    }  # fmt: skip
    return [("store", name, lambda m=m: scenario(m)) for name, m in makers.items()]


_HELD: list = []


def mount_cases() -> list:
    """A really read-only data folder and a really full disk (tmpfs mounts in a private
    mount namespace: needs root and unshare; skipped, and said, otherwise)."""

    def mounted(size: str, then) -> dict:
        folder = Path(tempfile.mkdtemp(prefix="attack-mount-"))
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                       check=True)  # fmt: skip
        try:
            os.environ["FRENCH_READER_DATA_DIR"] = str(folder)
            from reader.core.statuses import WordStatuses
            from reader.core.store import Store

            store = Store()
            WordStatuses(store).set_many([f"mot{i}" for i in range(500)], "known")
            store.close()
            words = Path(tempfile.mkdtemp()) / "words.txt"
            words.write_text("\n".join(f"nouveau{i}" for i in range(5000)), encoding="utf-8")
            return then(folder, words)
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)

    def read_only(folder: Path, words: Path) -> dict:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        before = (folder / "french-reader.sqlite3").read_bytes()
        imported = run_cli(["vocab", "import", str(words)])
        listed = run_cli(["vocab", "list"])
        if (folder / "french-reader.sqlite3").read_bytes() != before:
            return {"outcome": "traceback", "message": "the read-only file changed"}
        for r in (imported, listed):
            if r["outcome"] == "traceback" or "move it away" in r["message"]:
                return {"outcome": "traceback", "message": r["message"]}
        return {"outcome": imported["outcome"], "message": imported["message"]}

    def full(folder: Path, words: Path) -> dict:
        filler = folder / "filler"
        with filler.open("wb") as fh:
            with contextlib.suppress(OSError):
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
        result = run_cli(["vocab", "import", str(words)])
        if "move it away" in result["message"] or "damaged" in result["message"]:
            result = {"outcome": "traceback", "message": "healthy file called damaged"}
        return result

    if os.geteuid() != 0 or not shutil.which("unshare"):
        return []
    return [
        ("mounts", "read-only-data-folder", lambda: mounted("4m", read_only)),
        ("mounts", "disk-full", lambda: mounted("1m", full)),
    ]


def import_cases() -> list:
    def vocab_import(name: str, data: bytes) -> dict:
        folder = Path(tempfile.mkdtemp(prefix="attack-import-"))
        os.environ["FRENCH_READER_DATA_DIR"] = str(folder / "data")
        path = folder / name
        path.write_bytes(data)
        result = run_cli(["vocab", "import", str(path)])
        from reader.core.store import Store

        store = Store()
        lemmas = [r[0] for r in store.query("SELECT lemma FROM word_status")] if _has_table(
            store, "word_status"
        ) else []  # fmt: skip
        store.close()
        junk = [w for w in lemmas if len(w) > 100 or "ÿþ" in w or any(ord(c) < 32 for c in w)]
        if junk:
            return {"outcome": "traceback", "message": f"{len(junk)} junk lemmas stored"}
        return result

    def anki_nulls() -> bytes:
        folder = Path(tempfile.mkdtemp())
        db = folder / "c.db"
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
        conn.executemany(
            "INSERT INTO notes(flds) VALUES (?)", [("chat\x1fcat",), (None,), (b"\xff",)]
        )
        conn.commit()
        conn.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.write(db, "collection.anki2")
        return buffer.getvalue()

    cases = {
        "binary.txt": bytes(range(256)) * 400,
        "latin1.csv": "lemma,status\nété,known\n".encode("latin-1"),
        "binary.csv": b"lemma,status\n" + bytes(range(256)) * 400,
        "field-200KB.csv": b'lemma,gloss\nchat,"' + b"x" * 200_000 + b'"\n',
        "utf16.txt": b"\xff\xfe" + "chat\nchien\n".encode("utf-16-le"),
        "utf16-nobom.txt": "chat\nchien\nmaison\n".encode("utf-16-le") * 20,
        "nul.txt": b"chat\nch\x00ien\n",
        "word-20MB.txt": b"chat\n" + b"x" * 20_000_000 + b"\n",
        "lines-1M.txt": "\n".join(f"mot{i % 40000}" for i in range(1_000_000)).encode(),
        "notes-null.apkg": anki_nulls(),
        "not-a-zip.apkg": b"PK\x03\x04garbage",
        "empty.txt": b"",
    }
    return [("vocab-import", n, lambda n=n, d=d: vocab_import(n, d)) for n, d in cases.items()]


def _has_table(store, name: str) -> bool:
    return bool(store.query("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))


HOSTILE_CELLS = ['=HYPERLINK("http://x.example","clic")', "+1+1", "-2+3", "@SUM(1)", "\t=1",
                 "\r=1", " =1", "\uff1d1"]  # fmt: skip


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cases() -> list:
    def formula_cells(path: Path, encoding: str) -> int:
        with path.open(encoding=encoding, newline="") as fh:
            rows = list(csv.reader(fh))[1:]
        return sum(1 for row in rows for c in row if c.lstrip(" \t\r").startswith(FORMULA_STARTS))

    def vocab_export() -> dict:
        from reader.core.statuses import WordStatuses
        from reader.core.store import Store

        folder = Path(tempfile.mkdtemp())
        os.environ["FRENCH_READER_DATA_DIR"] = str(folder / "data")
        store = Store()
        statuses = WordStatuses(store)
        for i, bad in enumerate(HOSTILE_CELLS):
            statuses.set(bad, "known", "NOUN", bad, bad, bad)
            statuses.set(f"mot{i}", "learning", "NOUN", bad, bad, bad)
        store.close()
        out = folder / "out.csv"
        result = run_cli(["vocab", "export", "-o", str(out)])
        result["formula_cells"] = formula_cells(out, "utf-8-sig") if out.exists() else 0
        return result

    def glossary_export() -> dict:
        from reader.core.store import Store
        from reader.core.user_glossary import UserGlossary

        folder = Path(tempfile.mkdtemp())
        glossary = UserGlossary(Store(folder / "s.sqlite3"))
        for i, bad in enumerate(HOSTILE_CELLS):
            glossary.set(f"mot{i}", "NOUN", bad, note=bad)
        out = folder / "g.csv"
        glossary.export(out)
        return {"outcome": "accepted", "message": "", "formula_cells": formula_cells(out, "utf-8")}

    return [("csv", "vocab-export", vocab_export), ("csv", "teacher-glossary", glossary_export)]


def symlink_cases() -> list:
    def attempt(argv_of, suffix: str, force: bool) -> dict:
        from reader.core.statuses import WordStatuses
        from reader.core.store import Store

        folder = Path(tempfile.mkdtemp())
        os.environ["FRENCH_READER_DATA_DIR"] = str(folder / "data")
        store = Store()
        WordStatuses(store).set("maison", "known", "NOUN", "maisons", "Les maisons.", "x")
        store.close()
        target = folder / "precious.txt"
        target.write_bytes(b"my thesis")
        link = folder / f"out.{suffix}"
        link.symlink_to(target)
        result = run_cli(argv_of(link) + (["--force"] if force else []), cwd=folder)
        result["symlink_writes"] = int(target.read_bytes() != b"my thesis")
        existing = folder / f"existing.{suffix}"
        existing.write_bytes(b"keep")
        again = run_cli(argv_of(existing), cwd=folder)
        result["symlink_writes"] += int(existing.read_bytes() != b"keep")  # replaced unasked
        if again["outcome"] == "traceback":
            return again
        return result

    sample = str(CODE / "assets" / "sample_article.txt")
    commands = {
        "vocab-csv": (lambda o: ["vocab", "export", "-o", str(o)], "csv"),
        "vocab-apkg": (lambda o: ["vocab", "export", "-o", str(o)], "apkg"),
        "handout-html": (lambda o: ["handout", sample, "-o", str(o)], "html"),
        "handout-docx": (lambda o: ["handout", sample, "-o", str(o)], "docx"),
        "speak-wav": (lambda o: ["speak", sample, "-o", str(o)], "wav"),
    }
    return [
        ("symlinks", f"{name}{'-force' if force else ''}",
         lambda a=a, s=s, f=force: attempt(a, s, f))
        for name, (a, s) in commands.items()
        for force in (False, True)
    ]  # fmt: skip


CATEGORIES = {
    "malformed": (malformed_cases, False),
    "bombs": (bomb_cases, True),
    "strings": (string_cases, False),
    "store": (store_cases, False),
    "mounts": (mount_cases, False),
    "vocab-import": (import_cases, False),
    "csv": (csv_cases, False),
    "symlinks": (symlink_cases, False),
}


# -- running ------------------------------------------------------------------------------------


def child(category: str, start: int, end: int) -> None:
    """Run cases [start, end) of `category`; their temporary files go when it ends."""
    base = tempfile.mkdtemp(prefix="attack-")
    tempfile.tempdir = base
    try:
        _child(category, start, end)
    finally:
        for held in _HELD:
            held.close()
        shutil.rmtree(base, ignore_errors=True)


def _child(category: str, start: int, end: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)
    if category == "yardstick":
        import docx  # noqa: F401
        import ebooklib.epub  # noqa: F401
        import pdfminer.pdfinterp  # noqa: F401
        import trafilatura  # noqa: F401

        import reader.cli  # noqa: F401
        import reader.core.importers.pdf  # noqa: F401

        print("END " + json.dumps({"outcome": "accepted", "message": "imports only"}), flush=True)
        return
    cases = CATEGORIES[category][0]()
    if category in ("strings", "symlinks"):  # spaCy loads once, before the clock starts
        from reader.core.analysis import default_analyzer

        default_analyzer().analyze("Le chat dort.")
    for _cat, name, run in cases[start:end]:
        print(f"START {name}", flush=True)
        t = time.perf_counter()
        try:
            result = run()
        except BaseException as exc:  # noqa: BLE001
            result = {"outcome": "traceback", "message": f"{type(exc).__name__}: {exc}"[:200]}
        result["seconds"] = round(time.perf_counter() - t, 2)
        result["name"] = name
        print("END " + json.dumps(result), flush=True)


def run_child(category: str, start: int, end: int) -> tuple[list[dict], int]:
    """Results of cases [start, end) and the child's peak RSS (KB); hangs are killed."""
    prefix = ["unshare", "-m", "--propagation", "private"] if category == "mounts" else []
    proc = subprocess.Popen(
        [*prefix, sys.executable, __file__, "--child", category, str(start), str(end)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=CODE,
    )
    results: list[dict] = []
    current = None
    deadline = time.monotonic() + 600
    buffer = ""
    # A long string takes as long as prose of its length: its yardstick decides (below).
    patience = 300 if category == "strings" else HANG_SECONDS
    while True:
        limit = patience if current else 600
        ready, _, _ = select.select([proc.stdout], [], [], limit)
        if not ready or time.monotonic() > deadline:
            proc.kill()
            results.append({"name": current or "?", "outcome": "hang", "message": ""})
            break
        line = proc.stdout.readline()
        if not line:
            if current:
                results.append({"name": current, "outcome": "traceback", "message": "died"})
            break
        buffer = line.rstrip("\n")
        if buffer.startswith("START "):
            current = buffer[6:]
            started = time.monotonic()
        elif buffer.startswith("END "):
            result = json.loads(buffer[4:])
            slow = current and time.monotonic() - started > HANG_SECONDS
            if slow and not result.get("long"):
                result["outcome"] = "hang"
            results.append(result)
            current = None
    _, _, usage = os.wait4(proc.pid, 0)
    return results, usage.ru_maxrss


def run_category(category: str) -> dict:
    make, isolated = CATEGORIES[category]
    total = len(make())
    if not total:
        return {"rows": [], "peaks": [(category, 0)]}
    rows: list[dict] = []
    peaks: list[tuple[str, int]] = []
    start = 0
    while start < total:
        end = start + 1 if isolated else total
        results, rss = run_child(category, start, end)
        rows += results
        peaks += [(r.get("name", "?"), rss) for r in results] if isolated else [(category, rss)]
        start += max(len(results), 1)
    return {"rows": rows, "peaks": peaks}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], int(argv[2]), int(argv[3]))
        return 0
    chosen = argv or list(CATEGORIES)
    _, yardstick = run_child("yardstick", 0, 1)
    print(
        f"yardstick: a process importing the readers (pdfminer, lxml, trafilatura, ebooklib, "
        f"python-docx) peaks at {yardstick // 1024} MB RSS\n"
    )
    print(f"{'category':<13} {'tried':>6} {'accepted':>9} {'clear msg':>10} {'traceback':>10} "
          f"{'hang>10s':>9} {'peak RSS MB':>12}")  # fmt: skip
    failures, formula, symlinks, bombs = [], 0, 0, []
    for category in chosen:
        t = time.perf_counter()
        data = run_category(category)
        rows = data["rows"]
        count = {k: sum(1 for r in rows if r["outcome"] == k) for k in
                 ("accepted", "clear", "traceback", "hang")}  # fmt: skip
        peak = max(rss for _, rss in data["peaks"]) // 1024
        print(f"{category:<13} {len(rows):>6} {count['accepted']:>9} {count['clear']:>10} "
              f"{count['traceback']:>10} {count['hang']:>9} {peak:>12}"
              f"   ({time.perf_counter() - t:.0f} s)", flush=True)  # fmt: skip
        failures += [(category, r) for r in rows if r["outcome"] in ("traceback", "hang")]
        for r in rows:
            if r.get("long"):
                print(f"    long, not hung: {r.get('name')}: {r.get('message')}")
        if os.environ.get("ATTACK_VERBOSE"):
            for r in rows:
                print(f"    {r.get('name')}: {r['outcome']} {r.get('message', '')[:150]}")
        formula += sum(r.get("formula_cells", 0) for r in rows)
        symlinks += sum(r.get("symlink_writes", 0) for r in rows)
        if category == "bombs":
            bombs = [(r, rss) for r, (_, rss) in zip(rows, data["peaks"], strict=False)]
    print(f"\nformula cells in written CSVs: {formula}")
    print(f"writes through a symlink or over a file without --force: {symlinks}")
    if bombs:
        print("\nbombs (each in its own process):")
        for r, rss in bombs:
            print(f"  {r.get('name', '?'):<26} {r['outcome']:<9} opened in "
                  f"{r.get('open_s', '-'):>5} s {rss // 1024:>5} MB  "
                  f"{r.get('message', '')[:80]}")  # fmt: skip
    for category, r in failures:
        print(f"FAILED {category}/{r.get('name')}: {r['outcome']} {r.get('message', '')[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
