"""Anki package size for 500 words with spoken audio: WAV (before) against Ogg Opus and MP3.

    .venv/bin/python benchmarks/bench_anki.py [--words 500]

Takes distinct words of the French sample (tests/fixtures) with the sentence each was met in,
then frequent French words (wordfreq) paired with the sample's sentences up to --words;
synthesises the word and the sentence
once with espeak-ng, then writes the same deck three times: WAV media (what the export wrote
before), Ogg Opus (16 kHz mono, the default now) and MP3 (16 kHz). Prints each package's size,
its ratio to the WAV package measured in the same run, and, as a clarity check, the waveform
correlation between the original speech and the Opus/MP3 audio decoded back (1.0 = identical).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _words(count: int):
    from reader.core.vocab_item import VocabItem

    text = (ROOT / "tests/fixtures/debian-reference-ch01.fr.txt").read_text(encoding="utf-8")
    sentences = [
        " ".join(s.split())
        for s in re.split(r"(?<=[.!?])\s+", text)
        if 20 <= len(" ".join(s.split())) <= 200
    ]
    seen: dict[str, VocabItem] = {}
    for i, sentence in enumerate(sentences * 20):
        for word in re.findall(r"[^\W\d_]{3,}", sentence):
            key = word.lower()
            if key not in seen:
                seen[key] = VocabItem(
                    lemma=key, surface=word, sentence=sentence, source=f"s{i}", gloss="-"
                )
            if len(seen) == count:
                return list(seen.values())
    # A short sample: frequent French words, each with one of the sample's sentences.
    from wordfreq import top_n_list

    for i, word in enumerate(w for w in top_n_list("fr", 5000) if re.fullmatch(r"[^\W\d_]{3,}", w)):
        if word not in seen:
            seen[word] = VocabItem(
                lemma=word, surface=word, sentence=sentences[i % len(sentences)], gloss="-"
            )
        if len(seen) == count:
            break
    return list(seen.values())


def _correlation(wav: bytes, encoded: bytes) -> float:
    import numpy as np
    import soundfile

    from reader.speech.encode import resample, wav_to_pcm

    pcm, rate = wav_to_pcm(wav)
    ref = resample(pcm, rate, 16000)
    got, _ = soundfile.read(io.BytesIO(encoded), dtype="float32")
    n = min(ref.size, got.size)
    return float(np.corrcoef(ref[:n], got[:n])[0, 1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args()

    from reader.core.exporters.anki import export_apkg
    from reader.speech.clips import speech_audio_source
    from reader.speech.encode import encode_wav

    speak = speech_audio_source("wav")
    if speak is None:
        print("espeak-ng is not available: no audio to measure")
        return 1
    items = _words(args.words)
    start = time.perf_counter()
    clips: dict[str, bytes] = {}
    for item in items:
        for text in (item.headword, item.sentence):
            if text not in clips:
                clips[text] = speak(text) or b""
    synth = time.perf_counter() - start
    print(f"{len(items)} words, {len(clips)} distinct clips synthesised in {synth:.1f} s")

    sizes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("wav", "opus", "mp3"):
            start = time.perf_counter()
            cache: dict[str, bytes] = {}

            def audio(text: str, fmt=fmt, cache=cache) -> bytes:
                if text not in cache:
                    cache[text] = encode_wav(clips[text], fmt)
                return cache[text]

            out = Path(tmp) / f"deck-{fmt}.apkg"
            result = export_apkg(items, out, audio=audio, timestamp=1_750_000_000.0)
            took = time.perf_counter() - start
            sizes[fmt] = out.stat().st_size
            clarity = ""
            if fmt != "wav":
                sample = max(clips, key=len)
                clarity = f", clarity (waveform correlation) {_correlation(clips[sample], audio(sample)):.3f}"
            print(
                f"{fmt:>4}: {result.notes} notes, {result.media} media, "
                f"{sizes[fmt] / 1e6:7.2f} MB = {100 * sizes[fmt] / sizes['wav']:5.1f}% of WAV "
                f"(export {took:.1f} s{clarity})"
            )
    print(
        f"before (WAV) {sizes['wav'] / 1e6:.1f} MB -> after (Opus, default) "
        f"{sizes['opus'] / 1e6:.2f} MB: {100 * sizes['opus'] / sizes['wav']:.1f}% of the bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
