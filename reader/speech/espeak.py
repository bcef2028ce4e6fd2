"""The default backend: libespeak-ng through ctypes, synchronous, with timed word events."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

from ..core.espeak_ipa import ESPEAK_LOCK
from .backend import (
    DEFAULT_RATE,
    Availability,
    SpeechBackend,
    SpeechError,
    SpeechResult,
    Voice,
    WordMark,
    clamp_rate,
    french_first,
)

LIBRARY_ENV = "FRENCH_READER_ESPEAK_LIB"  # full path of libespeak-ng, to override the search
DATA_ENV = "FRENCH_READER_ESPEAK_DATA"  # folder holding espeak-ng-data, when not the built-in one
DEFAULT_VOICE = "roa/fr"

# speak_lib.h / espeak_ng.h constants
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_POS_CHARACTER = 1
_CHARS_UTF8 = 0x1
_ENDPAUSE = 0x1000
_PARAM_RATE = 1
_OUTPUT_SYNCHRONOUS = 0x1
_GENDERS = {1: "male", 2: "female"}
# espeak's rate is calibrated on English; French text at espeak rate R is read at about
# 1.12 R written words per minute, pauses included (measured on the sample article at
# espeak rates 80-350: 1.10-1.16). Our rate means French words per minute, so divide.
FRENCH_WORDS_PER_ESPEAK_WORD = 1.12
_ESPEAK_MIN_RATE = 80


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),  # 1-based, in characters
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # ms since the start of this synthesis
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_int64),  # union of int / const char* / char[8]
    ]


class _Voice(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_void_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


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


class _Engine:
    """The process-wide libespeak-ng state: it is global in C, so one lock guards it all."""

    def __init__(self) -> None:
        self.lock = ESPEAK_LOCK  # shared with reader.core.espeak_ipa (one C library state)
        self.lib = None
        self.sample_rate = 0
        self.error = ""
        self._chunks: list[bytes] = []
        self._marks: list[WordMark] = []
        self._callback = _Callback(self._on_synth)  # kept alive as long as the engine
        self._started = False

    def start(self) -> str:
        """Load and initialise the library once; return "" or why it cannot speak."""
        with self.lock:
            if not self._started:
                self._started = True
                self.error = self._load()
            return self.error

    def _load(self) -> str:
        lib = None
        for name in library_candidates():
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
            lib.espeak_ng_GetStatusCodeMessage.argtypes = [
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_size_t,
            ]
            lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
            lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
            lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
            lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
            lib.espeak_SetSynthCallback.argtypes = [_Callback]
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
        except AttributeError:
            return "the installed espeak library is too old (espeak-ng 1.49 or newer is needed)"
        # The espeak_ng_* initialisation reports missing data instead of calling exit().
        data = os.environ.get(DATA_ENV)
        lib.espeak_ng_InitializePath(data.encode() if data else None)
        context = ctypes.c_void_p()
        status = lib.espeak_ng_Initialize(ctypes.byref(context))
        if status == 0:
            status = lib.espeak_ng_InitializeOutput(_OUTPUT_SYNCHRONOUS, 0, None)
        if status != 0:
            buf = ctypes.create_string_buffer(512)
            lib.espeak_ng_GetStatusCodeMessage(status, buf, len(buf))
            return f"espeak-ng could not start: {buf.value.decode(errors='replace')}"
        lib.espeak_SetSynthCallback(self._callback)
        self.sample_rate = int(lib.espeak_ng_GetSampleRate())
        self.lib = lib
        return ""

    def _on_synth(self, wav, count, events) -> int:
        if count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            ev = events[i]
            if ev.type == _EVENT_WORD:
                self._marks.append(WordMark(ev.text_position - 1, float(ev.audio_position)))
            i += 1
        return 0

    def voices(self) -> list[Voice]:
        with self.lock:
            array = self.lib.espeak_ListVoices(None)
            out = []
            i = 0
            while array[i]:
                v = array[i].contents
                ident = (v.identifier or b"").decode(errors="replace")
                if ident and not ident.startswith("mb/"):  # MBROLA voices need extra software
                    out.append(
                        Voice(
                            id=ident,
                            name=(v.name or b"").decode(errors="replace"),
                            language=_first_language(v.languages),
                            gender=_GENDERS.get(v.gender, ""),
                        )
                    )
                i += 1
            return out

    def synthesize(self, text: str, voice: str, rate: int) -> tuple[bytes, list[WordMark]]:
        data = text.encode("utf-8")
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise SpeechError(f"espeak-ng has no voice {voice!r}")
            self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
            self._chunks, self._marks = [], []
            try:
                status = self.lib.espeak_Synth(
                    data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None
                )
                pcm, marks = b"".join(self._chunks), self._marks
            finally:
                self._chunks, self._marks = [], []
        if status != 0:
            raise SpeechError(f"espeak-ng failed to speak (status {status:#x})")
        return pcm, marks


def _first_language(ptr: int | None) -> str:
    """The first language of an espeak voice: a priority byte, then a NUL-terminated name."""
    if not ptr:
        return ""
    raw = ctypes.string_at(ptr + 1)
    return raw.decode(errors="replace")


_engine = _Engine()


def speakable(text: str) -> str:
    """Text as espeak should read it, with the same length (offsets must not move)."""
    return text.replace("\u2019", "'").replace("\x00", " ")


class EspeakBackend(SpeechBackend):
    """Speaks through libespeak-ng; word marks carry real audio times."""

    name = "espeak-ng"
    gives_word_marks = True

    def __init__(self) -> None:
        self._voices: list[Voice] | None = None

    def available(self) -> Availability:
        error = _engine.start()
        if error:
            return Availability(False, error)
        if not any(v.is_french for v in self.voices()):
            return Availability(False, "espeak-ng is installed but has no French voice")
        return Availability(True)

    def voices(self) -> list[Voice]:
        if _engine.start():
            return []
        if self._voices is None:
            self._voices = french_first(_engine.voices())
        return list(self._voices)

    def default_voice(self) -> str:
        ids = {v.id for v in self.voices()}
        return DEFAULT_VOICE if DEFAULT_VOICE in ids else super().default_voice()

    def synthesize(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> SpeechResult:
        error = _engine.start()
        if error:
            raise SpeechError(error)
        voice = voice or self.default_voice()
        rate = clamp_rate(rate)
        if not text.strip():
            return SpeechResult(text, b"", _engine.sample_rate, (), voice, rate)
        engine_rate = max(_ESPEAK_MIN_RATE, round(rate / FRENCH_WORDS_PER_ESPEAK_WORD))
        pcm, marks = _engine.synthesize(speakable(text), voice, engine_rate)
        return SpeechResult(text, pcm, _engine.sample_rate, tuple(marks), voice, rate)
