"""Errors the core raises with a message meant for the user."""

from __future__ import annotations

import re


class ReaderError(Exception):
    """Base class: str(error) is a one-line message a user can act on."""


class ImportFailure(ReaderError):
    """A file could not be opened as text (empty, binary, damaged, too large...)."""


class MissingComponent(ImportFailure):
    """A part of French Reader itself (a Python package) is missing: not the file's fault."""


class StoreError(ReaderError):
    """The user database cannot be used; the message says why and what to do.

    `kind` is one of: damaged, newer, locked, read-only, disk-full, unavailable, migration.
    """

    def __init__(self, message: str, kind: str = "damaged"):
        super().__init__(message)
        self.kind = kind


REINSTALL_HINT = "reinstall with `bash tools/bootstrap.sh app` or `pip install .`"
_PROJECT = re.compile(r"separate project ([A-Za-z0-9_.-]+)")


def missing_component(exc: ImportError, label: str = "") -> MissingComponent:
    """The one message for a Python package of ours that cannot be imported."""
    name = getattr(exc, "name", None) or ""
    found = _PROJECT.search(str(exc))
    if found:  # lxml >= 5.2: "lxml.html.clean module is now a separate project lxml_html_clean."
        name = found.group(1).rstrip(".")
    name = name or (str(exc).strip().splitlines() or ["unknown"])[0][:60]
    who = f"{label} cannot be opened: " if label else ""
    return MissingComponent(
        f"{who}a component is missing: {name} ({REINSTALL_HINT}). The file is not at fault."
    )
