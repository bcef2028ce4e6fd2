"""French IPA from libespeak-ng (espeak_TextToPhonemes), loaded lazily.

libespeak-ng keeps global state in C, so every caller in the process (this module and the
speech backend) holds ESPEAK_LOCK around it. Nothing here plays sound.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading

ESPEAK_LOCK = threading.Lock()
LIBRARY_ENV = "FRENCH_READER_ESPEAK_LIB"  # same variables as reader/speech/espeak.py
DATA_ENV = "FRENCH_READER_ESPEAK_DATA"
VOICE = b"fr"
_OUTPUT_SYNCHRONOUS = 0x1
_CHARS_UTF8 = 0x1
_PHONEMES_IPA = 0x02


class _Ipa:
    def __init__(self) -> None:
        self.lib = None
        self.error = ""
        self._tried = False

    def _load(self) -> str:
        names = [os.environ[LIBRARY_ENV]] if os.environ.get(LIBRARY_ENV) else []
        found = ctypes.util.find_library("espeak-ng")
        names += [found] if found else []
        names.append("libespeak-ng.so.1")
        lib = None
        for name in names:
            try:
                lib = ctypes.CDLL(name)
                break
            except OSError:
                continue
        if lib is None:
            return "the espeak-ng library (libespeak-ng) is not installed"
        try:
            lib.espeak_ng_InitializePath.argtypes = [ctypes.c_char_p]
            lib.espeak_ng_Initialize.argtypes = [ctypes.c_void_p]
            lib.espeak_ng_InitializeOutput.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p]
            lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
            lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
            lib.espeak_TextToPhonemes.argtypes = [
                ctypes.POINTER(ctypes.c_void_p),
                ctypes.c_int,
                ctypes.c_int,
            ]
        except AttributeError:
            return "the installed espeak library is too old (espeak-ng 1.49 or newer is needed)"
        data = os.environ.get(DATA_ENV)
        lib.espeak_ng_InitializePath(data.encode() if data else None)
        context = ctypes.c_void_p()
        status = lib.espeak_ng_Initialize(ctypes.byref(context))
        if status == 0:
            status = lib.espeak_ng_InitializeOutput(_OUTPUT_SYNCHRONOUS, 0, None)
        if status != 0:
            return f"espeak-ng could not start (status {status:#x})"
        self.lib = lib
        return ""

    def clauses(self, text: str) -> list[str] | None:
        """IPA of `text`, one string per clause (words separated by spaces); None if no espeak."""
        with ESPEAK_LOCK:
            if not self._tried:
                self._tried = True
                self.error = self._load()
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
