"""Issue 17 item 5 in the window: the device step of a failed microphone or camera ends with
"Your 'X' microphone works. [Use this one]"; the button switches the picker to it and checks
again, and the check passes.

The microphone: the PulseAudio lab (tests/audio_lab.py) with a silent default microphone, a
working second one hearing a voice and a broken (suspended) third, through real PortAudio. The
camera: real OpenCV on generated videos, behind the camera stand-in of tests/camera (no camera
hardware here): a black default camera and a working webcam.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.camera.stand_ins import cameras_from_videos

pytestmark = pytest.mark.timeout(120)

WEBCAM_MIC = "Logitech Webcam"
WEBCAM = "Logitech Webcam C920"


def _window(qtbot, config, ids):
    from preflight.gui.main_window import MainWindow

    window = MainWindow(config, check_ids=ids)  # the real registry and checks
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    """The two generated camera videos this module needs (tests/camera/scenes.py)."""
    from tests.camera.scenes import make_case

    folder = tmp_path_factory.mktemp("other_cameras")
    return {name: make_case(folder, name, seconds=3.5) for name in ("black", "normal")}


@contextlib.contextmanager
def three_microphones(lab):
    from preflight.checks.audio import dsp

    voice = dsp.speech_like(48000, 8.0, -20.0).astype(np.float32)
    with lab.extra_source("webcam_mic", WEBCAM_MIC) as feed, \
            lab.extra_source("broken_mic", "Broken USB Mic"), \
            lab.play_into_mic(voice, device=feed):
        lab.pactl("suspend-source", "broken_mic", "1")
        yield


def _use_the_other_one(qtbot, window, check_id, name, timeout=20_000):
    """The step's result card offers `name`; pressing "Use this one" checks it again."""
    p = window.patient
    step = next(s for s in p.steps if check_id in s.checks)
    first = window.session.results[check_id]
    assert first.status.value == "fail", first
    row = step.others[check_id]
    assert not row.isHidden() and row.device == name
    assert "works" in row.sentence.text() and name in row.sentence.text()
    assert row.button.text() == "Use this one" and row.button.isVisible()  # on screen
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert step.view.picker.currentData() == name
    assert window.session.options[step.step.option] == name
    qtbot.waitUntil(lambda: window.session.results.get(check_id) not in (None, first),
                    timeout=timeout)
    again = window.session.results[check_id]
    assert again.status.value == "pass", again
    assert again.metrics["device"] == name
    assert row.isHidden()  # nothing else to offer now
    return again


@pytest.mark.audio
def test_microphone_step_offers_the_microphone_that_works(qtbot, no_thread_left, config, lab):
    window = _window(qtbot, config, ["microphone"])
    p = window.patient
    with three_microphones(lab):
        qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "microphone" in window.session.results, timeout=30_000)
        card = p.steps[0].view.cards["microphone"]
        assert card.summary.text().startswith("Your microphone is sending no sound")
        assert f"Choose '{WEBCAM_MIC}' as your microphone, then press Check again." in \
            card.advice.text()
        # The help desk's details: one row per microphone tried, in the check's words.
        window.show_helpdesk()
        window.helpdesk_view.table.selectRow(window.helpdesk.rows["microphone"])
        details = window.helpdesk_view.metrics
        rows = {details.item(r, 0).text(): details.item(r, 1).text()
                for r in range(details.rowCount())}
        assert rows["Virtual_Microphone (the one chosen)"].startswith(
            "Problem: Your microphone is sending no sound")
        assert rows[WEBCAM_MIC] == "Ready: Your microphone works and you sound clear."
        assert rows["Broken USB Mic"].startswith("Problem: Your microphone stopped sending")
        window.show_patient()
        p.show_page(p.steps[0].view)
        _use_the_other_one(qtbot, window, "microphone", WEBCAM_MIC)
        assert card.badge.status == "pass"
        assert card.summary.text() == "Your microphone works and you sound clear."
    assert window.shutdown()


def test_camera_step_offers_the_camera_that_works(qtbot, no_thread_left, config, videos,
                                                  tmp_path, monkeypatch):
    cameras_from_videos(monkeypatch, tmp_path / "v4l", [
        ("video0", "Integrated Camera", videos["black"]),
        ("video2", WEBCAM, videos["normal"]),
    ])
    window = _window(qtbot, config, ["camera"])
    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=20_000)
    assert window.session.results["camera"].has("camera.black")
    _use_the_other_one(qtbot, window, "camera", WEBCAM)
    assert window.shutdown()


@pytest.mark.audio
def test_speaker_step_offers_the_speakers_that_play(qtbot, no_thread_left, config, lab):
    """The default speakers take no sound (suspended); so does the lab's microphone feed (a sink
    too, and the microphone with it); "USB Headphones" plays. After "Use this one" the chime
    plays there and, as no microphone can hear it, the person is asked: yes passes."""
    window = _window(qtbot, config, ["speaker"])
    p = window.patient
    with lab.extra_sink("usb_headphones", "USB Headphones"):
        lab.pactl("suspend-sink", "preflight_speaker", "1")
        lab.pactl("suspend-sink", "preflight_micfeed", "1")
        try:
            qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "speaker" in window.session.results, timeout=45_000)
            first = window.session.results["speaker"]
            assert first.has("speaker.device_vanished"), first
            row = p.steps[0].others["speaker"]
            assert row.sentence.text() == "Your computer can play sound on 'USB Headphones'."
            qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
            assert window.session.options["speaker"] == "USB Headphones"
            qtbot.waitUntil(lambda: bool(p._dialogs), timeout=30_000)
            (dialog,) = p._dialogs.values()
            qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: window.session.results.get("speaker") not in (None, first),
                            timeout=15_000)
        finally:
            lab.pactl("suspend-sink", "preflight_micfeed", "0")
            lab.pactl("suspend-sink", "preflight_speaker", "0")
    again = window.session.results["speaker"]
    assert again.status.value == "pass" and again.finding_ids == ("speaker.confirmed",), again
    assert again.metrics["device"] == "USB Headphones"
    assert window.shutdown()
