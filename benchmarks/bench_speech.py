"""Read-aloud responsiveness: GUI event-loop stalls and the delay from Play to first audio.

    .venv/bin/python benchmarks/bench_speech.py [--seconds 30] [--first 8]

Reads the sample article with SpeechPlayer (libespeak-ng) for --seconds and prints, next to
baselines measured in the same run:
- the longest GUI stall (a 5 ms timer's lateness) while reading, against an idle event loop;
- the delay from Play to first audio, cold (sentence not yet synthesised), prepared (the
  next sentence, synthesised during the previous one) and after a rate change, against a
  bare QMediaPlayer playing a WAV that already exists (the floor of the playback stack).
QMediaPlayer reports its position only every ~100 ms, so first audio is estimated as
(time of the first position report) - (position reported).
Also prints synthesis time per sentence and the French words per minute actually produced.
Targets: stall < 50 ms, Play to first audio < 150 ms.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

TICK_MS = 5


class StallMeter:
    """A 5 ms timer on the GUI thread; its lateness is how long the event loop was stuck."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self.hooks: list = []
        self._last = None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000 - TICK_MS)
        self._last = now
        for hook in list(self.hooks):
            hook(now)

    def start(self):
        self.gaps.clear()
        self._last = None
        self.timer.start()

    def stop(self):
        self.timer.stop()

    def summary(self) -> tuple[float, float]:
        gaps = sorted(self.gaps) or [0.0]
        return gaps[-1], gaps[int(0.99 * (len(gaps) - 1))]


def run_loop(app, ms: int) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(ms, app.quit)
    app.exec()


class FirstAudio:
    """Watches a QMediaPlayer after Play: the first position report dates the first audio."""

    def __init__(self, media, meter: StallMeter):
        self.media = media
        self.meter = meter
        self.result: float | None = None

    def arm(self) -> None:
        self.t0 = time.perf_counter()
        self.result = None
        self.meter.hooks.append(self._check)

    def _check(self, now: float) -> None:
        pos = self.media.position()
        if pos > 0:
            self.result = (now - self.t0) * 1000 - pos
            self.meter.hooks.remove(self._check)


def wait_for(app, predicate, timeout_ms: int = 5000) -> None:
    from PySide6.QtCore import QTimer

    deadline = time.perf_counter() + timeout_ms / 1000
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and app.quit())
    timer.start()
    app.exec()
    timer.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to read the sample")
    parser.add_argument(
        "--first", type=int, default=8, help="sentence to start continuous reading at"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
    from PySide6.QtWidgets import QApplication

    from reader.core.analysis import default_analyzer
    from reader.core.paths import sample_article
    from reader.speech.align import sentence_text, spoken_tokens
    from reader.speech.backend import DEFAULT_RATE
    from reader.speech.espeak import EspeakBackend
    from reader.speech.player import SpeechPlayer

    backend = EspeakBackend()
    state = backend.available()
    if not state:
        print(f"espeak-ng unavailable: {state.reason}")
        return 1
    text = sample_article().read_text(encoding="utf-8")
    doc = default_analyzer().analyze(text)
    app = QApplication.instance() or QApplication([])
    print(f"audio outputs: {[d.description() for d in QMediaDevices.audioOutputs()] or 'none'}")
    meter = StallMeter()
    seconds_ms = int(args.seconds * 1000)

    # Baseline 1: an idle event loop.
    meter.start()
    run_loop(app, seconds_ms)
    meter.stop()
    idle_max, idle_p99 = meter.summary()

    # Baseline 2: a bare QMediaPlayer playing an existing WAV (warm: second play).
    clip = backend.synthesize(sentence_text(doc, 1))
    folder = tempfile.TemporaryDirectory()
    wav = clip.save_wav(Path(folder.name) / "raw.wav")
    media = QMediaPlayer()
    media.setAudioOutput(QAudioOutput(media))
    raw = []
    meter.start()
    for _ in range(3):
        watch = FirstAudio(media, meter)
        watch.arm()
        media.setSource(QUrl.fromLocalFile(str(wav)))
        media.play()
        wait_for(app, lambda w=watch: w.result is not None)
        raw.append(watch.result)
        media.stop()
    meter.stop()

    # Ours: read the sample; measure cold, prepared and rate-change starts.
    player = SpeechPlayer(backend)
    player.set_document(doc)
    watch = FirstAudio(player._media, meter)
    starts: dict[str, list[float]] = {"cold": [], "prepared": [], "rate change": []}
    meter.start()
    for i in (1, 4, 7):  # cold: each starts a sentence not yet synthesised
        watch.arm()
        player.play_sentence(i)
        wait_for(app, lambda: watch.result is not None)
        starts["cold"].append(watch.result)
        player.stop()
    for rate in (DEFAULT_RATE + 20, DEFAULT_RATE):
        watch.arm()
        player.play_from(2)
        wait_for(app, lambda: watch.result is not None)
        watch.arm()
        player.set_rate(rate)
        wait_for(app, lambda: watch.result is not None)
        starts["rate change"].append(watch.result)
    player.stop()
    meter.stop()
    setup_max, _ = meter.summary()

    # Continuous reading: from one sentence's end of media to the next one's first audio.
    def on_status(status):
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            if watch.result is not None:
                starts["prepared"].append(watch.result)
            watch.arm()  # the next sentence starts from this instant

    player._media.mediaStatusChanged.connect(on_status)
    player.finished.connect(app.quit)
    meter.start()
    player.play_from(args.first)
    run_loop(app, seconds_ms)
    meter.stop()
    read_max, read_p99 = meter.summary()
    sentences_read = player.current_sentence - args.first + 1
    worst = ", ".join(f"{g:.0f}" for g in sorted(meter.gaps)[-5:][::-1])
    player.stop()

    # Synthesis cost and the rate actually produced, over the whole sample.
    synth, audio_ms, words = [], 0.0, 0
    for s in doc.sentences:
        if not spoken_tokens(doc, s.index):
            continue
        t0 = time.perf_counter()
        r = backend.synthesize(sentence_text(doc, s.index), rate=DEFAULT_RATE)
        synth.append((time.perf_counter() - t0) * 1000)
        audio_ms += r.duration_ms
        words += len([w for w in sentence_text(doc, s.index).split() if re.search(r"\w", w)])

    def fmt(values):
        return (
            f"median {statistics.median(values):6.1f} ms  max {max(values):6.1f} ms"
            if values
            else "n/a"
        )

    raw_med = statistics.median(raw)
    print(f"\nGUI event-loop stall (5 ms timer lateness), {args.seconds:.0f} s each")
    print(f"  idle event loop (baseline)   max {idle_max:6.1f} ms  p99 {idle_p99:6.1f} ms")
    print(
        f"  reading the sample ({sentences_read} sentences) max {read_max:6.1f} ms  p99 {read_p99:6.1f} ms  ratio max {read_max / max(idle_max, 0.1):.1f}x idle"
    )
    print(f"  worst five while reading: {worst} ms")
    print(f"  start/stop/rate-change phase max {setup_max:6.1f} ms")
    print("\nPlay to first audio")
    print(f"  bare QMediaPlayer, WAV ready (baseline) {fmt(raw)}")
    for kind, values in starts.items():
        ratio = f"  ratio {statistics.median(values) / raw_med:.2f}x" if values else ""
        label = "end of previous sentence -> next audio" if kind == "prepared" else f"Play ({kind})"
        print(f"  {label:38s} {fmt(values)}{ratio}")
    print(
        f"\nSynthesis per sentence (espeak-ng): {fmt(synth)}; real-time factor {sum(synth) / audio_ms:.4f}"
    )
    print(
        f"Rate: asked {DEFAULT_RATE} words/min, produced {words / (audio_ms / 60000):.0f} words/min ({words} words, {audio_ms / 1000:.1f} s)"
    )
    print(
        f"Voice: {player.voice} ({next(v.name for v in backend.voices() if v.id == player.voice)})"
    )
    print("\nTargets: stall < 50 ms, Play to first audio < 150 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
