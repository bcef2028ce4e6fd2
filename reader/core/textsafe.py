"""Text from outside (APIs, the clipboard, broken decoders) made safe for the pipeline."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (not encodable, they crash spaCy) become U+FFFD; the length is kept,
    so every offset into the text stays valid."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
