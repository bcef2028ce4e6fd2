"""Rough sentence translation (French -> English) with Apertium, run as a separate program.

There is no direct French-English Apertium pair in Debian, so the text goes through Catalan
(`apertium fra-cat | apertium cat-eng`), or Spanish when only that chain is installed. The
result is a *rough* translation and must be labelled as such wherever it is shown. Many
sentences go through one pipeline run, separated by a marker line. No Qt here.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Sequence
from typing import Protocol

log = logging.getLogger(__name__)

# (first pair, second pair): French -> pivot -> English, best first.
CHAINS = (("fra-cat", "cat-eng"), ("fr-es", "spa-eng"))
_SEPARATOR = "¶¶¶"
TIMEOUT_S = 60.0
NOT_INSTALLED = (
    "No rough translation: the Apertium French-Catalan-English pairs are not installed "
    "(Debian packages apertium, apertium-fra-cat and apertium-eng-cat)."
)


class Translator(Protocol):
    """Turns French sentences into rough English ones."""

    name: str

    def translate_many(self, sentences: Sequence[str]) -> list[str]: ...


def _installed_pairs() -> set[str]:
    if shutil.which("apertium") is None:
        return set()
    try:
        out = subprocess.run(
            ["apertium", "-l"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.splitlines() if line.strip()}


class ApertiumTranslator:
    """French -> English through a pivot language with two Apertium pairs in one pipeline."""

    def __init__(self, chain: tuple[str, str]):
        self.chain = chain
        self.name = f"Apertium {chain[0]} + {chain[1]}"

    def translate(self, sentence: str) -> str:
        return self.translate_many([sentence])[0]

    def translate_many(self, sentences: Sequence[str]) -> list[str]:
        """One rough translation per sentence ('' for empty ones); one pipeline for all."""
        if not sentences:
            return []
        text = f"\n{_SEPARATOR}\n".join(" ".join(s.split()) for s in sentences) + "\n"
        first, second = self.chain
        cmd = f"apertium -u {first} | apertium -u {second}"
        try:
            done = subprocess.run(
                ["sh", "-c", cmd],
                input=text,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("apertium failed: %s", exc)
            return [""] * len(sentences)
        if done.returncode != 0:
            log.warning("apertium failed: %s", done.stderr.strip()[:200])
            return [""] * len(sentences)
        parts = [" ".join(p.split()) for p in done.stdout.split(_SEPARATOR)]
        if len(parts) != len(sentences):  # the marker was mangled: do not misalign
            log.warning("apertium output did not keep the sentence markers")
            return [""] * len(sentences)
        return [p if s.strip() else "" for p, s in zip(parts, sentences, strict=True)]


def default_translator() -> ApertiumTranslator | None:
    """The first installed chain, or None (then say NOT_INSTALLED to the user)."""
    pairs = _installed_pairs()
    for chain in CHAINS:
        if set(chain) <= pairs:
            return ApertiumTranslator(chain)
    return None
