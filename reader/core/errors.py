"""Errors the core raises with a message meant for the user."""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: str(error) is a one-line message a user can act on."""


class ImportFailure(ReaderError):
    """A file could not be opened as text (empty, binary, damaged, too large...)."""
