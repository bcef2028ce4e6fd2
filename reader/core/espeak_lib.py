"""libespeak-ng, found, typed and initialised once per process for all its callers.

The library keeps its state in C globals, so the pronunciation (IPA) and the speech backend
share one loaded library, one initialisation and one lock (`ESPEAK_LOCK`), held by every
caller around every call. Nothing here plays sound.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

ESPEAK_LOCK = threading.RLock()
LIBRARY_ENV = "FRENCH_READER_ESPEAK_LIB"  # full path of libespeak-ng, to override the search
DATA_ENV = "FRENCH_READER_ESPEAK_DATA"  # folder holding espeak-ng-data, when not the built-in one
NOT_INSTALLED = "the espeak-ng library (libespeak-ng) is not installed"
TOO_OLD = "the installed espeak library is too old (espeak-ng 1.49 or newer is needed)"
OUTPUT_SYNCHRONOUS = 0x1

# Library file -> (library, "") once initialised, or (None, why it cannot start).
_opened: dict[str, tuple[ctypes.CDLL | None, str]] = {}


def library_candidates() -> list[str]:
    """Where libespeak-ng may be, most specific first."""
    out: list[str] = []
    if os.environ.get(LIBRARY_ENV):
        out.append(os.environ[LIBRARY_ENV])
    found = ctypes.util.find_library("espeak-ng")
    if found:
        out.append(found)
    if sys.platform == "win32":
        for base in (
            os.environ.get("ProgramFiles", r"C:\Program Files"),
            os.environ.get("ProgramFiles(x86)", ""),
        ):
            if base:
                out.append(str(Path(base) / "eSpeak NG" / "libespeak-ng.dll"))
    elif sys.platform == "darwin":
        out += ["/opt/homebrew/lib/libespeak-ng.dylib", "/usr/local/lib/libespeak-ng.dylib"]
    else:
        out.append("libespeak-ng.so.1")
    return out


def open_library(candidates: Iterable[str] | None = None) -> tuple[ctypes.CDLL | None, str]:
    """The first candidate that loads, initialised for synchronous output: (library, "") or
    (None, why not). The same library file is initialised once in the process."""
    names = library_candidates() if candidates is None else list(candidates)
    with ESPEAK_LOCK:
        for name in names:
            if name in _opened:
                return _opened[name]
            try:
                lib = ctypes.CDLL(name)
            except OSError:
                continue
            _opened[name] = _initialise(lib)
            return _opened[name]
    return None, NOT_INSTALLED


def _initialise(lib: ctypes.CDLL) -> tuple[ctypes.CDLL | None, str]:
    try:
        _declare(lib)
    except AttributeError:
        return None, TOO_OLD
    # The espeak_ng_* initialisation reports missing data instead of calling exit().
    data = os.environ.get(DATA_ENV)
    lib.espeak_ng_InitializePath(data.encode() if data else None)
    context = ctypes.c_void_p()
    status = lib.espeak_ng_Initialize(ctypes.byref(context))
    if status == 0:
        status = lib.espeak_ng_InitializeOutput(OUTPUT_SYNCHRONOUS, 0, None)
    if status != 0:
        buf = ctypes.create_string_buffer(512)
        lib.espeak_ng_GetStatusCodeMessage(status, buf, len(buf))
        return None, f"espeak-ng could not start: {buf.value.decode(errors='replace')}"
    return lib, ""


def _declare(lib: ctypes.CDLL) -> None:
    """Argument and result types of every function our callers use."""
    lib.espeak_ng_InitializePath.argtypes = [ctypes.c_char_p]
    lib.espeak_ng_Initialize.argtypes = [ctypes.c_void_p]
    lib.espeak_ng_InitializeOutput.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p]
    lib.espeak_ng_GetStatusCodeMessage.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
    lib.espeak_ng_GetSampleRate.restype = ctypes.c_int
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p,
        ctypes.c_size_t,
        ctypes.c_uint,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_void_p,
        ctypes.c_void_p,
    ]
    lib.espeak_SetSynthCallback  # noqa: B018 (must exist: AttributeError means too old)
