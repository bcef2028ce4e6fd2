"""French IPA from libespeak-ng (espeak_TextToPhonemes), loaded lazily.

The library is shared with the speech backend (reader.core.espeak_lib: one initialisation,
one lock held around every call). Nothing here plays sound.
"""

from __future__ import annotations

import ctypes

from .espeak_lib import ESPEAK_LOCK, open_library

VOICE = b"fr"
_CHARS_UTF8 = 0x1
_PHONEMES_IPA = 0x02


class _Ipa:
    def __init__(self) -> None:
        self.lib = None
        self.error = ""
        self._tried = False

    def clauses(self, text: str) -> list[str] | None:
        """IPA of `text`, one string per clause (words separated by spaces); None if no espeak."""
        with ESPEAK_LOCK:
            if not self._tried:
                self._tried = True
                self.lib, self.error = open_library()
            if self.lib is None:
                return None
            if self.lib.espeak_SetVoiceByName(VOICE) != 0:
                return None
            buf = ctypes.create_string_buffer(text.replace("\x00", " ").encode("utf-8"))
            pointer = ctypes.c_void_p(ctypes.addressof(buf))
            out = []
            while pointer.value:
                raw = self.lib.espeak_TextToPhonemes(
                    ctypes.byref(pointer), _CHARS_UTF8, _PHONEMES_IPA
                )
                out.append((raw or b"").decode("utf-8", errors="replace").strip())
            return out


_ipa = _Ipa()


def espeak_ipa(text: str) -> list[str] | None:
    """espeak-ng's French IPA of `text`, one string per clause; None when espeak is missing."""
    return _ipa.clauses(text)


def espeak_error() -> str:
    """Why espeak-ng IPA is unavailable ("" when it works or was not tried yet)."""
    return _ipa.error
