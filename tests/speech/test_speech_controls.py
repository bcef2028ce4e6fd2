"""The read-aloud controls as a user sees and uses them."""

from __future__ import annotations

import pytest

from reader.speech.fake import FakeBackend

import PySide6.QtMultimedia  # noqa: F401  (needs libpulse0, libxrandr2: installed by tools/bootstrap.sh)


@pytest.fixture
def controls(qtbot, make_doc):
    from PySide6.QtWidgets import QMainWindow

    from reader.speech.player import SpeechPlayer
    from reader.ui.speech_controls import SpeechControls

    def make(backend):
        window = QMainWindow()
        player = SpeechPlayer(backend)
        player.set_document(make_doc("Un deux trois. Quatre cinq six."))
        widget = SpeechControls(player)
        window.addToolBar("Read aloud").addWidget(widget)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        made.append(player)
        return window, widget, player

    made = []
    yield make
    for player in made:
        player.stop()
        player._pool.waitForDone()


def test_play_pause_with_the_button_and_space(qtbot, controls):
    from PySide6.QtCore import Qt

    window, widget, player = controls(FakeBackend())
    assert all(a.isEnabled() for a in widget.actions_list)
    assert widget.play_action.text() == "Read aloud"
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        widget.buttons["play"].click()
    assert player.state == "playing"
    assert widget.play_action.text() == "Pause"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert player.state == "paused"
    assert widget.play_action.text() == "Read aloud"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert player.state == "playing"
    with qtbot.waitSignal(player.sentence_started, timeout=5000) as blocker:
        widget.buttons["next"].click()
    assert blocker.args == [1]
    widget.buttons["stop"].click()
    assert player.state == "stopped" and widget.play_action.text() == "Read aloud"


def test_rate_and_voice(qtbot, controls):
    backend = FakeBackend()
    window, widget, player = controls(backend)
    assert [widget.voice_box.itemText(i) for i in range(widget.voice_box.count())] == [
        "Fake French",
        "Fake Belgian",
    ]
    widget.voice_box.setCurrentIndex(1)
    assert player.voice == "fake/fr-be"
    widget.rate_box.setValue(200)
    assert player.rate == 200
    with qtbot.waitSignal(player.finished, timeout=5000):
        player.play_sentence(0)
    assert backend.requests[-1] == ("Un deux trois.", "fake/fr-be", 200)


def test_no_engine_disables_everything_and_says_how_to_install(qtbot, controls):
    window, widget, player = controls(
        FakeBackend(available=False, reason="the espeak-ng library (libespeak-ng) is not installed")
    )
    assert not any(a.isEnabled() for a in widget.actions_list)
    assert not widget.rate_box.isEnabled() and not widget.voice_box.isEnabled()
    assert not widget.buttons["play"].isEnabled()
    assert "not installed" in widget.message.text()
    assert "sudo apt install espeak-ng" in widget.message.text()
    assert widget.voice_box.count() == 0


def test_message_when_there_is_no_sound_output(qtbot, controls):
    from reader.ui.speech_controls import NO_DEVICE_MESSAGE

    window, widget, player = controls(FakeBackend())
    with qtbot.waitSignal(player.sentence_started, timeout=5000):
        player.play_from(0)
    expected = "" if player.has_audio_device else NO_DEVICE_MESSAGE
    assert widget.message.text() == expected


def test_errors_are_shown(qtbot, controls):
    window, widget, player = controls(FakeBackend(fail_on="Quatre"))
    with qtbot.waitSignal(player.error, timeout=5000):
        player.play_sentence(1)
    assert "fake failure" in widget.message.text()
