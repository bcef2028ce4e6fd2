"""The default backend: libespeak-ng through ctypes, synchronous, with timed word events."""

from __future__ import annotations

import ctypes

from ..core.espeak_lib import ESPEAK_LOCK, library_candidates, open_library
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

DEFAULT_VOICE = "roa/fr"

# speak_lib.h / espeak_ng.h constants
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_POS_CHARACTER = 1
_CHARS_UTF8 = 0x1
_ENDPAUSE = 0x1000
_PARAM_RATE = 1
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
        lib, error = open_library(library_candidates())
        if lib is None:
            return error
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        lib.espeak_SetSynthCallback.argtypes = [_Callback]
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
