"""SpeechPlayer with the fake backend: real QMediaPlayer, real time, no sound card needed."""

from __future__ import annotations

import time

import pytest

from reader.speech.align import spoken_tokens
from reader.speech.fake import FakeBackend
from reader.speech.service import INSTALL_HINT

import PySide6.QtMultimedia  # noqa: F401  (needs libpulse0, libxrandr2: installed by tools/bootstrap.sh)

RATE = 450  # fake backend: 133 ms a word
TEXT = "Un deux trois. Quatre cinq six.\nSept huit neuf dix."


class Recorder:
    """Collects the player's signals with their time."""

    def __init__(self, player):
        self.events: list[tuple[str, object, float]] = []
        player.sentence_started.connect(
            lambda i: self.events.append(("sentence", i, time.monotonic()))
        )
        player.word_started.connect(lambda i: self.events.append(("word", i, time.monotonic())))
        player.state_changed.connect(lambda s: self.events.append(("state", s, time.monotonic())))
        player.finished.connect(lambda: self.events.append(("finished", None, time.monotonic())))
        player.error.connect(lambda m: self.events.append(("error", m, time.monotonic())))

    def of(self, kind: str) -> list:
        return [v for k, v, _ in self.events if k == kind]

    def when(self, kind: str, value) -> float:
        return next(t for k, v, t in self.events if k == kind and v == value)


@pytest.fixture
def make_player(qtbot, make_doc):
    made = []

    def make(backend=None, text=TEXT):
        from reader.speech.player import SpeechPlayer

        player = SpeechPlayer(backend or FakeBackend())
        player.set_rate(RATE)
        doc = make_doc(text)
        player.set_document(doc)
        made.append(player)
        return player, doc, Recorder(player)

    yield make
    for player in made:
        player.stop()
        player._pool.waitForDone()
        player.deleteLater()


def _duration_ms(doc, index, rate=RATE):
    return len(spoken_tokens(doc, index)) * 60000 / rate + 50


def test_reads_the_article_in_order_in_real_time(qtbot, make_player):
    player, doc, rec = make_player()
    start = time.monotonic()
    with qtbot.waitSignal(player.finished, timeout=10000):
        player.play_from(0)
    elapsed_ms = (time.monotonic() - start) * 1000
    assert rec.of("sentence") == [0, 1, 2]
    words = rec.of("word")
    assert words == sorted(words) and len(set(words)) == len(words)
    all_spoken = [t.index for s in range(3) for t in spoken_tokens(doc, s)]
    assert set(words) <= set(all_spoken)
    assert {spoken_tokens(doc, s)[0].index for s in range(3)} <= set(words)
    assert len(words) >= 0.8 * len(all_spoken)
    assert rec.of("state") == ["playing", "stopped"]
    # No sound card here: QMediaPlayer still plays in real time, so nothing races ahead.
    assert elapsed_ms >= 0.95 * sum(_duration_ms(doc, s) for s in range(3))
    assert player.state == "stopped" and not rec.of("error")


class FinishingBackend(FakeBackend):
    """The fake backend, noting each text whose synthesis has finished."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.finished: list[str] = []

    def synthesize(self, text, *args, **kwargs):
        result = super().synthesize(text, *args, **kwargs)
        self.finished.append(text)
        return result


def test_next_sentence_is_prepared_while_one_plays(qtbot, make_player):
    # Slow synthesis (0.4 s) and the first sentence paused as soon as it starts: it cannot
    # end while paused, so only a player that prepares the next sentence while one plays
    # makes it now (waited for as a condition: no timing margin, which a busy machine broke).
    backend = FinishingBackend(delay_s=0.4)
    player, doc, rec = make_player(backend)
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    player.pause()
    second = "Quatre cinq six."
    qtbot.waitUntil(lambda: second in backend.finished, timeout=10000)
    assert rec.of("sentence") == [0] and player.state == "paused"
    with qtbot.waitSignal(player.finished, timeout=15000):
        player.resume()
    assert rec.of("sentence") == [0, 1, 2]
    # the prepared clip was the one played: the sentence was never synthesised again
    assert backend.texts()[:3] == ["Un deux trois.", second, "Sept huit neuf dix."]
    assert backend.texts().count(second) == 1


def test_play_sentence_speaks_one_sentence(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.play_sentence(1)
    assert rec.of("sentence") == [1]
    assert set(rec.of("word")) <= {t.index for t in spoken_tokens(doc, 1)}


def test_pause_freezes_and_resume_continues(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.word_started, timeout=5000, check_params_cb=lambda i: i == 1):
        player.play_from(0)
    player.pause()
    assert player.state == "paused"
    paused_at = len(rec.events)
    qtbot.wait(600)
    assert rec.events[paused_at:] == [], "nothing may move while paused"
    with qtbot.waitSignal(player.finished, timeout=10000):
        player.resume()
    assert rec.of("state") == ["playing", "paused", "playing", "stopped"]
    assert rec.of("sentence") == [0, 1, 2]
    words = rec.of("word")
    assert words == sorted(words) and 2 in words  # "trois" came after the pause


def test_toggle_pause_is_play_pause_and_restart(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.toggle_pause()  # stopped: start reading
    player.toggle_pause()
    assert player.state == "paused"
    player.toggle_pause()
    assert player.state == "playing"
    player.stop()
    with qtbot.waitSignal(player.sentence_started, timeout=5000) as blocker:
        player.toggle_pause()
    assert blocker.args == [0], "Space after Stop starts again at the same sentence"


def test_stop_is_silent_and_final(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    player.stop()
    count = len(rec.events)
    qtbot.wait(800)
    assert player.state == "stopped"
    assert rec.events[count:] == []
    assert rec.of("finished") == []
    assert rec.of("state") == ["playing", "stopped"]


def test_next_and_previous(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.next_sentence()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.next_sentence()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.previous_sentence()
    assert player.current_sentence == 1
    with qtbot.waitSignal(player.finished, timeout=10000):
        pass
    assert rec.of("sentence") == [0, 1, 2, 1, 2]


def test_sentences_without_words_are_skipped(qtbot, make_player):
    player, doc, rec = make_player(text="Un deux. ... ! Trois quatre.")
    assert len(doc.sentences) == 6
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.play_from(0)
    assert rec.of("sentence") == [0, 5]
    with qtbot.waitSignal(player.sentence_started, timeout=5000) as blocker:
        player.next_sentence()  # from the last sentence there is no next: nothing happens...
        player.previous_sentence()  # ...and previous goes back over the empty ones
    assert blocker.args == [0]


def test_rate_change_resynthesises_the_current_sentence(qtbot, make_player):
    backend = FakeBackend()
    player, doc, rec = make_player(backend)
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    qtbot.wait(150)
    with qtbot.waitSignal(player.sentence_started, timeout=5000) as blocker:
        player.set_rate(200)
    assert blocker.args == [0]
    assert player.rate == 200
    first = "Un deux trois."
    assert (first, "fake/fr", RATE) in backend.requests and (
        first,
        "fake/fr",
        200,
    ) in backend.requests
    start = time.monotonic()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        pass
    heard_ms = (time.monotonic() - start) * 1000
    assert heard_ms >= 0.9 * _duration_ms(doc, 0, rate=200), "sentence 0 played again, slower"
    rates_after = [r for t, _, r in backend.requests[2:] if t != first]
    assert rates_after and set(rates_after) == {200}


def test_rate_change_while_paused_applies_on_resume(qtbot, make_player):
    backend = FakeBackend()
    player, doc, rec = make_player(backend)
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(1)
    player.pause()
    player.set_rate(300)
    qtbot.wait(200)
    assert player.state == "paused"
    with qtbot.waitSignal(player.sentence_started, timeout=5000) as blocker:
        player.resume()
    assert blocker.args == [1]
    assert ("Quatre cinq six.", "fake/fr", 300) in backend.requests


def test_voice_change(qtbot, make_player):
    backend = FakeBackend()
    player, doc, rec = make_player(backend)
    assert [v.id for v in player.voices()] == ["fake/fr", "fake/fr-be"]
    player.set_voice("fake/fr-be")
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.play_sentence(0)
    assert backend.requests[-1] == ("Un deux trois.", "fake/fr-be", RATE)


def test_speak_one_word(qtbot, make_player):
    backend = FakeBackend()
    player, doc, rec = make_player(backend)
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.speak_text("gouvernement")
    assert backend.texts() == ["gouvernement"]
    assert rec.of("sentence") == [] and rec.of("word") == []
    assert rec.of("state") == ["playing", "stopped"]


def test_word_interrupts_the_article(qtbot, make_player):
    player, doc, rec = make_player()
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.speak_text("bonjour")
    assert rec.of("sentence") == [0]


def test_unavailable_engine_disables_everything(qtbot, make_player):
    backend = FakeBackend(
        available=False, reason="the espeak-ng library (libespeak-ng) is not installed"
    )
    player, doc, rec = make_player(backend)
    assert not player.available
    assert (
        "not installed" in player.unavailable_reason and INSTALL_HINT in player.unavailable_reason
    )
    assert player.voices() == []
    for act in (lambda: player.play_from(0), player.toggle_pause, lambda: player.speak_text("mot")):
        act()
    qtbot.wait(100)
    assert backend.requests == []
    assert player.state == "stopped"
    assert rec.of("error") == [player.unavailable_reason] * 3


def test_synthesis_failure_is_reported(qtbot, make_player):
    player, doc, rec = make_player(FakeBackend(fail_on="Quatre"))
    with qtbot.waitSignal(player.error, timeout=5000) as blocker:
        player.play_from(1)
    assert "fake failure" in blocker.args[0]
    assert player.state == "stopped"


def test_new_document_stops_and_resets(qtbot, make_player, make_doc):
    backend = FakeBackend()
    player, doc, rec = make_player(backend)
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(1)
    player.set_document(make_doc("Autre texte ici."))
    assert player.state == "stopped" and player.current_sentence == -1
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.toggle_pause()
    assert backend.texts()[-1] == "Autre texte ici."


class _SilentDeviceBackend(FakeBackend):
    """Audio that ends at a tenth of its announced length, as a broken sound path does."""

    def synthesize(self, text, voice=None, rate=450):
        from reader.speech.backend import SpeechResult

        result = super().synthesize(text, voice, rate)

        class Announced(SpeechResult):
            __slots__ = ()

            @property
            def duration_ms(self):
                return 10 * 1000.0 * self.frames / self.sample_rate

        return Announced(
            result.text, result.pcm, result.sample_rate, result.marks, result.voice, result.rate
        )


def test_audio_that_ends_too_early_stops_instead_of_racing(qtbot, make_player):
    player, doc, rec = make_player(_SilentDeviceBackend())
    with qtbot.waitSignal(player.error, timeout=5000) as blocker:
        player.play_from(0)
    assert "no sound output" in blocker.args[0]
    qtbot.wait(300)
    assert rec.of("sentence") == [0], "it must not race on through the article"
    assert player.state == "stopped" and rec.of("finished") == []


def test_a_book_analysed_part_by_part_is_read_on_without_stopping(qtbot, make_player):
    """Read aloud starts on a book's first analysed part; the next part comes while it
    plays: the reading goes on into it, without a stop."""
    from dataclasses import replace

    player, doc, rec = make_player()
    first_part = replace(doc, sentences=doc.sentences[:1], complete=False)
    player.set_document(first_part)
    with qtbot.waitSignal(player.finished, timeout=10000):
        player.play_from(0)
        qtbot.waitUntil(lambda: rec.of("sentence") == [0], timeout=3000)
        player.extend_document(doc)  # the rest of the book analysed
    assert rec.of("sentence") == [0, 1, 2]
    assert rec.of("state") == ["playing", "stopped"]


def test_play_with_nothing_read_yet_starts_where_the_reader_is(qtbot, make_player):
    player, doc, rec = make_player()
    player.where_to_start = lambda: 2  # the window: the sentence on screen
    with qtbot.waitSignal(player.finished, timeout=10000):
        player.toggle_pause()
    assert rec.of("sentence") == [2]
