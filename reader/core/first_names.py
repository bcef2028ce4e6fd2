"""Common French first names (assets/first-names-fr.txt, built by tools/build_first_names.py
from Faker's fr_FR provider): evidence that a capitalised noun opening a sentence (Pierre,
Olivier, Claire) is a person."""

from __future__ import annotations

from functools import cache

NAMES_FILE = "first-names-fr.txt"


@cache
def _names() -> frozenset[str]:
    from .paths import asset

    text = asset(NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_first_name(word: str) -> bool:
    """Whether `word` (as written, capitalised) is a common French first name."""
    return word in _names()
