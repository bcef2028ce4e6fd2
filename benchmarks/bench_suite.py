"""Issue 19, point 7: the test suite's wall time now vs before, on the same machine, back to back.

    .venv/bin/python benchmarks/bench_suite.py [--old 2590acf] [--rounds 2] [--new-args "-n auto"]

The old suite is the commit before issue 19's work (2590acf: 613 tests, every CLI test a new
process loading spaCy), checked out in a git worktree made in a temporary folder (removed at
the end). The new suite is this checkout's, run the way tools/bootstrap.sh runs it in CI
(`-n auto --maxschedchunk 2`: pytest-xdist workers, one more than the CPUs as tests/conftest.py
sets it, handed two tests at a time so that the slow files, sent first, spread over them).
Both use this interpreter (the same installed packages) and this environment (printed:
PYTHONDONTWRITEBYTECODE, TMPDIR) with `-q -p no:cacheprovider`,
QT_QPA_PLATFORM=offscreen and CI=true (any skip fails), the rounds alternating old, new, old,
new... so that the machine's load hits both alike (the load average is printed with each run:
other work on the machine slows the suites, the parallel one more).

Prints each run's wall time, tests passed and tests per second, then the ratio of the best
wall times (old / new: the yardstick is the old suite measured in the same run). Nothing here
is used by the tests; figures only.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_COMMIT = "2590acf"
SUMMARY = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")


@dataclass
class Run:
    label: str
    wall_s: float
    passed: int
    failed: int
    skipped: int
    returncode: int
    cpu_s: float = 0.0  # user + system time of the suite's processes (load-independent-ish)

    @property
    def per_second(self) -> float:
        return self.passed / self.wall_s if self.wall_s else 0.0


def parse_summary(output: str) -> dict[str, int]:
    """Counts from pytest's closing line ('1070 passed, 2 warnings in 50.1s')."""
    lines = [line for line in output.splitlines() if " in " in line and "passed" in line]
    counts: dict[str, int] = {}
    for number, word in SUMMARY.findall(lines[-1] if lines else ""):
        counts[word.rstrip("s") if word.startswith("error") else word] = int(number)
    return counts


def run_suite(label: str, cwd: Path, extra: list[str]) -> Run:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CI="true")
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    counts = parse_summary(proc.stdout)
    run = Run(
        label,
        wall,
        counts.get("passed", 0),
        counts.get("failed", 0) + counts.get("error", 0),
        counts.get("skipped", 0),
        proc.returncode,
        cpu,
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"  {label:4} {wall:7.1f} s  {cpu:6.1f} s CPU  {run.passed:5d} passed  {run.failed} failed  "
        f"{run.skipped} skipped  {run.per_second:5.1f} tests/s  (exit {proc.returncode}; "
        f"load average {load:.1f} at the end)",
        flush=True,
    )
    if proc.returncode not in (0, 1):
        print(proc.stdout[-2000:], proc.stderr[-2000:], sep="\n")
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default=OLD_COMMIT, help="the commit measured as 'before'")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each suite, alternated")
    parser.add_argument("--old-args", default="", help="extra pytest arguments for the old suite")
    parser.add_argument(
        "--new-args", default="-n auto --maxschedchunk 2", help="extra pytest arguments, new suite"
    )
    args = parser.parse_args(argv)

    # A `kill` ends the run like Ctrl+C: the running suite is stopped and the worktree removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    runs: dict[str, list[Run]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="bench_suite_") as tmp:
        old_tree = Path(tmp) / "old"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old_tree), args.old],
            check=True,
        )
        try:
            print(f"old: {args.old} in {old_tree}; new: {ROOT}; {os.cpu_count()} CPUs")
            # What the suites' speed depends on beyond their code: whether processes keep
            # bytecode caches (with PYTHONDONTWRITEBYTECODE each compiles from source; the new
            # suite compiles once per run, tests/run_bytecode.py) and where temporary files go
            # (the new suite puts them on /dev/shm when TMPDIR is not set).
            print(
                "PYTHONDONTWRITEBYTECODE="
                f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '(unset)')}; "
                f"TMPDIR={os.environ.get('TMPDIR', '(unset)')}; "
                f"load average {os.getloadavg()[0]:.1f} at the start"
            )
            for _ in range(args.rounds):
                runs["old"].append(run_suite("old", old_tree, shlex.split(args.old_args)))
                runs["new"].append(run_suite("new", ROOT, shlex.split(args.new_args)))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_tree)],
                check=False,
            )
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    old = min(runs["old"], key=lambda r: r.wall_s)
    new = min(runs["new"], key=lambda r: r.wall_s)
    print(
        f"best wall: old {old.wall_s:.1f} s ({old.passed} tests, {old.per_second:.1f}/s), "
        f"new {new.wall_s:.1f} s ({new.passed} tests, {new.per_second:.1f}/s)"
    )
    print(
        f"suite faster: x{old.wall_s / new.wall_s:.2f} wall time "
        f"(x{new.per_second / old.per_second:.2f} in tests per second)  [target: x2 wall]"
    )
    old_cpu = min(r.cpu_s for r in runs["old"])
    new_cpu = min(r.cpu_s for r in runs["new"])
    print(
        f"least CPU: old {old_cpu:.1f} s, new {new_cpu:.1f} s "
        f"(x{old_cpu / new_cpu:.2f}; per test x{(old_cpu / old.passed) / (new_cpu / new.passed):.2f})"
    )
    bad = [r for r in runs["old"] + runs["new"] if r.failed or r.returncode]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
