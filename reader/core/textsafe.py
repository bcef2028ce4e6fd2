"""Text from outside (APIs, the clipboard, broken decoders) made safe for the pipeline."""

from __future__ import annotations

import re

from . import gui_turns

_SURROGATE = re.compile("[\ud800-\udfff]")


_STEP = 65_536  # characters searched in one call (~0.5 ms; a 3.8 MB book's one search held
# the GIL 30 ms, an event-loop gap of the window beside the analysis that made it)


def without_surrogates(text: str) -> str:
    """Lone surrogates (not encodable, they crash spaCy) become U+FFFD; the length is kept,
    so every offset into the text stays valid. Searched in steps that give the window's
    turns their way (reader.core.gui_turns)."""
    for start in range(0, len(text), _STEP):
        if start:
            gui_turns.give_way()
        if _SURROGATE.search(text, start, start + _STEP):
            return _SURROGATE.sub("\ufffd", text)
    return text
