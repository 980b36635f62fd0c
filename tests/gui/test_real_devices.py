"""The guided steps with the real camera and audio checks: a generated camera video file read
by OpenCV (this machine has no camera), and the PulseAudio virtual devices (tests/audio_lab.py)
through real PortAudio streams. Nothing here is mocked."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def video(tmp_path):
    scenes = pytest.importorskip("tests.camera.scenes")
    path = scenes.make_case(tmp_path, "normal", seconds=6.0)
    # Start OpenCV's own worker-thread pool now (it lives as long as the process), so the
    # thread check sees only threads Preflight starts.
    frames, _ = scenes.read_video(path)
    import cv2

    from preflight.checks.camera import FrameAnalyzer  # noqa: F401 (loads cv2 and the cascade)

    cv2.GaussianBlur(np.concatenate(frames[:8]), (0, 0), 3.0)
    cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml"
                          ).detectMultiScale(cv2.cvtColor(frames[0], cv2.COLOR_BGR2GRAY))
    return path


def _window(qtbot, config, ids):
    from preflight.gui.main_window import MainWindow

    window = MainWindow(config, check_ids=ids)  # the real registry and checks
    qtbot.addWidget(window)
    window.show()
    return window


def test_camera_page_shows_live_preview_and_verdict(qtbot, video, no_thread_left, config):
    window = _window(qtbot, config, ["camera"])
    p = window.patient
    window.session.options["camera"] = str(video)
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    view = p.steps[0].view
    assert p.preview is not None
    qtbot.waitUntil(lambda: p.preview.frames_shown >= 10, timeout=10_000)
    assert view.picture.pixmap() is not None and not view.picture.pixmap().isNull()
    assert view.tip.text()  # a live tip under the picture
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=15_000)
    result = window.session.results["camera"]
    assert result.status.value in ("pass", "warn"), result
    assert result.metrics.get("fps", 0) > 5
    assert view.cards["camera"].summary.text() == result.summary
    # Moving on releases the camera.
    source = p.preview.source
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    assert p.preview.source is None
    qtbot.waitUntil(lambda: source.released, timeout=3000)
    assert window.shutdown()


def test_camera_page_closing_mid_preview_releases_the_camera(qtbot, video, no_thread_left,
                                                             config):
    window = _window(qtbot, config, ["camera"])
    p = window.patient
    window.session.options["camera"] = str(video)
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.preview.frames_shown >= 3, timeout=10_000)
    source = p.preview.source
    window.close()
    assert source.released
    assert not window.session.busy or all(not w.isRunning() for w in window.session._workers)


@pytest.mark.audio
def test_microphone_and_speaker_steps_on_virtual_devices(qtbot, no_thread_left, config, lab):
    from preflight.checks.audio import dsp

    window = _window(qtbot, config, ["microphone", "speaker"])
    p = window.patient
    lab.set_loopback(False)
    levels = []
    with lab.play_into_mic(dsp.speech_like(48000, 12.0, -20.0)):
        p.live_level.level.connect(levels.append)
        qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "microphone" in window.session.results, timeout=20_000)
    mic = window.session.results["microphone"]
    assert mic.status.value == "pass", mic
    mic_view = p.steps[0].view
    # The live meter moved while the person spoke, at a level near the real one.
    assert len(levels) >= 10 and max(levels) > -30.0
    assert mic_view.meter.isVisible()
    qtbot.waitUntil(mic_view.play_voice.isEnabled, timeout=5000)
    # Hear yourself: the recording plays on the virtual speaker (the loopback carries it back).
    qtbot.mouseClick(mic_view.play_voice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.playback is not None and p.playback.isFinished(), timeout=15_000)
    assert "could not" not in mic_view.live_message.text()
    # Speakers with the loopback on: the chime is heard without asking the person.
    lab.set_loopback(True)
    lab.set_mic_gain_db(-25.0)
    qtbot.mouseClick(mic_view.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "speaker" in window.session.results, timeout=30_000)
    speaker = window.session.results["speaker"]
    assert speaker.metrics["method"] == "loopback", speaker
    assert not p._dialogs
    assert window.shutdown()


@pytest.mark.audio
def test_speaker_not_heard_asks_the_person(qtbot, config, lab):
    window = _window(qtbot, config, ["speaker"])
    p = window.patient
    lab.set_loopback(False)  # like headphones: the microphone cannot hear the chime
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(p._dialogs), timeout=30_000)
    (dialog,) = p._dialogs.values()
    assert "hear" in dialog.question.text()
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "speaker" in window.session.results, timeout=10_000)
    result = window.session.results["speaker"]
    assert result.metrics["method"] == "user_confirmed"
    assert result.status.value == "pass"
    assert window.shutdown()


def test_voice_level_is_never_written_to_disk(tmp_path):
    """The playback thread holds the recording only in memory and forgets it after playing."""
    from preflight.gui.live import MIC_RECORDING_KEY, VoicePlayback

    shared = {MIC_RECORDING_KEY: (np.zeros(480, np.float32), 48000)}
    playback = VoicePlayback(shared, "no such speaker")
    problems = []
    playback.problem.connect(problems.append)
    playback.run()  # on this thread: no audio server needed to fail cleanly
    assert playback.shared == {}
    assert problems and "Traceback" not in problems[0]


def test_camera_check_again_reopens_the_released_camera(qtbot, video, no_thread_left, config):
    window = _window(qtbot, config, ["camera"])
    p = window.patient
    window.session.options["camera"] = str(video)
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=15_000)
    qtbot.mouseClick(p.steps[0].view.next, Qt.MouseButton.LeftButton)  # releases the camera
    first = window.session.results["camera"]
    p.check_again("camera")  # e.g. from the results page
    qtbot.waitUntil(lambda: window.session.results.get("camera") not in (None, first),
                    timeout=15_000)
    assert window.session.results["camera"].status.value in ("pass", "warn")
    assert window.shutdown()


def _camera_window(qtbot, config, video):
    """A camera-only window on the video file, and the list of what its preview `opened`."""
    window = _window(qtbot, config, ["camera"])
    window.session.options["camera"] = str(video)
    opened: list = []
    window.patient.preview.opened.connect(opened.append)
    return window, opened


def test_camera_stop_before_the_preview_began_opens_nothing(qtbot, video, no_thread_left,
                                                            config):
    # The preview's opener begins a moment after the page is painted (START_DELAY_MS); a Stop
    # pressed before that must not open the camera, and must leave the step ready to run again.
    window, opened = _camera_window(qtbot, config, video)
    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(p.steps[0].view.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [None], timeout=3000)
    qtbot.wait(200)
    assert p.preview.source is None
    assert not window.session.is_running("camera")
    assert "camera" not in window.session.results
    p.check_again("camera")
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=15_000)
    assert window.session.results["camera"].status.value in ("pass", "warn")
    assert len(opened) == 2 and opened[1] is not None
    assert window.shutdown()


def test_camera_stop_while_a_slow_camera_opens_keeps_the_window_free(
        qtbot, video, no_thread_left, config, monkeypatch):
    # A slow camera driver is simulated (no camera hardware here): the real FrameSource opens
    # the real video file after a 2 s pause. Stop must return at once; the opener releases
    # the camera it opened, and Check again then works.
    import time

    from preflight.checks.camera import FrameSource

    real_start = FrameSource.start
    opened_sources = []

    def slow_start(self, *args, **kwargs):
        time.sleep(2.0)
        opened_sources.append(self)
        return real_start(self, *args, **kwargs)

    monkeypatch.setattr(FrameSource, "start", slow_start)
    window, opened = _camera_window(qtbot, config, video)
    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.preview._opener is not None and p.preview._opener.is_alive(),
                    timeout=3000)
    stop = p.steps[0].view.stop
    assert stop.isEnabled()  # Stop works while the camera opens
    t0 = time.monotonic()
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert time.monotonic() - t0 < 1.0  # the open still has ~2 s to go
    qtbot.waitUntil(lambda: opened == [None], timeout=6000)
    assert len(opened_sources) == 1 and opened_sources[0].released
    assert p.preview.source is None and "camera" not in window.session.results
    assert not stop.isEnabled()
    monkeypatch.setattr(FrameSource, "start", real_start)
    p.check_again("camera")
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=15_000)
    assert window.session.results["camera"].status.value in ("pass", "warn")
    assert window.shutdown()
