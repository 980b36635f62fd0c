"""Live parts of the guided steps: the camera preview and "Play back my voice".

Both work off the UI thread. The camera's FrameSource (preflight.checks.camera) calls back on
its capture thread; frames hop to the UI as QImages through a signal, and a frame arriving
while the previous one is still waiting to be painted is dropped, so a slow computer sees a
lower preview frame rate, never a frozen window. Frames and recordings stay in memory.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

logger = logging.getLogger(__name__)

MIC_RECORDING_KEY = "microphone_recording"  # preflight.checks.audio.microphone.SHARED_KEY
CAMERA_PREVIEW_KEY = "camera.preview"  # preflight.checks.camera.SHARED_PREVIEW_KEY
# Enough for a smooth-looking preview; the check itself still analyses every frame.
MAX_PREVIEW_FPS = 15.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Live", text)


def live_tip(analysis: Mapping[str, Any], cfg: Mapping[str, Any]) -> str:
    """One calm sentence about the current frame (the check's verdict comes separately)."""
    if analysis.get("black"):
        return _t("We can't see a picture. Is something covering the camera?")
    luma = analysis.get("mean_luma")
    if isinstance(luma, (int, float)):
        if luma < float(cfg.get("dark_luma", 60.0)):
            return _t("It's a bit dark. Turn on a light in front of you.")
        if luma > float(cfg.get("bright_luma", 200.0)):
            return _t("It's very bright. Move away from direct sunlight.")
    ratio = analysis.get("backlight_ratio")
    if isinstance(ratio, (int, float)) and ratio < float(cfg.get("backlit_ratio", 0.6)):
        return _t("There is bright light behind you. Face the light instead.")
    if analysis.get("face_checked") and analysis.get("face_box") is None:
        return _t("Move so your face is in the middle of the picture.")
    return _t("The picture looks good.")


class CameraPreview(QObject):
    """Shows a FrameSource's frames in a QLabel, with a live tip below it."""

    frame_ready = Signal(QImage, dict)
    opened = Signal(object)  # the started FrameSource, or None (start_async)

    def __init__(self, picture: QLabel, tip: QLabel, camera_config: Mapping[str, Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.picture, self.tip, self.cfg = picture, tip, dict(camera_config)
        self.source: Any = None
        self.frames_shown = 0
        self._opener: threading.Thread | None = None
        self._lock = threading.Lock()  # hands `source` over between the opener and stop()
        self._releasers: list[threading.Thread] = []
        # Preview box: the analysis runs on full frames in the source; the window shows a
        # smaller picture in a fixed box (the step page sizes it to the window, at most
        # 480x360), at most MAX_PREVIEW_FPS, to keep painting cheap.
        self.width_px, self.height_px = self._box()
        self._last_sent = 0.0
        self._in_flight = threading.Event()
        self.frame_ready.connect(self._show)

    def start(self, device: str | None) -> Any:
        """Open the camera for the preview; returns the started FrameSource."""
        with self._lock:
            previous, self.source = self.source, None
        if previous is not None:
            previous.stop()
        from preflight.checks.camera import FrameSource

        self.frames_shown = 0
        self._in_flight.clear()
        source = FrameSource(device, self.cfg, preview=True)
        source.start(on_frame=self._on_frame)
        with self._lock:  # only a started source is ever visible to stop()
            self.source = source
        logger.info("camera preview started")
        return source

    def start_async(self, device: str | None) -> None:
        """Like start(), on a helper thread: importing the camera module and starting its
        threads would otherwise hold the UI for ~50 ms. The thread begins once the page has
        been painted (see CheckSession.run: its import competes with that paint for the GIL).
        Ends with `opened(source)`, or `opened(None)` when stopped before it began."""
        from preflight.gui.worker import START_DELAY_MS

        self.stop()
        opener = threading.Thread(target=lambda: self.opened.emit(self._open(device)),
                                  name="camera-preview-open", daemon=True)
        self._opener = opener
        QTimer.singleShot(START_DELAY_MS, self, lambda: self._begin(opener))

    def _begin(self, opener: threading.Thread) -> None:
        if self._opener is opener:
            opener.start()
        elif self._opener is None:  # stopped before it began: nothing was opened
            self.opened.emit(None)

    def _open(self, device: str | None) -> Any:
        from preflight.gui.worker import lower_thread_priority

        lower_thread_priority()  # the capture and analysis threads inherit it
        self.wait_released()  # a camera still being released cannot be opened again yet
        try:
            source = self.start(device)
        except Exception:  # the check itself will report the camera's problem
            logger.exception("camera preview could not start")
            return None
        if source is not None and self._opener is not threading.current_thread():
            # stop(wait=False) came while the camera was opening and did not wait for it:
            # this thread releases what it opened.
            with self._lock:
                mine = self.source is source
                if mine:
                    self.source = None
            if mine:
                self._release(source)
            return None
        return source

    def stop(self, wait: bool = True) -> None:
        """Stop the preview and release the camera. `wait=False` releases it on a helper
        thread and does not wait for a camera still opening (its opener releases it), so a
        camera driver slow to open or to return a frame never holds up the window."""
        opener, self._opener = getattr(self, "_opener", None), None
        if (opener is not None and opener.ident is not None  # started
                and opener is not threading.current_thread()):
            if wait:
                opener.join(3.0)
            else:  # it releases what it opens; the next opener waits for that (wait_released)
                self._releasers.append(opener)
        with self._lock:
            source, self.source = self.source, None
        if source is None:
            return
        if wait:
            self._release(source)
            return
        self._releasers = [t for t in self._releasers if t.is_alive()]
        releaser = threading.Thread(target=self._release, args=(source,),
                                    name="camera-preview-release", daemon=True)
        self._releasers.append(releaser)
        releaser.start()

    def _release(self, source: Any) -> None:
        if not source.stop():
            logger.warning("the camera was not released within 2 s")
        logger.info("camera preview stopped")

    def wait_released(self, timeout_s: float = 3.0) -> None:
        for releaser in list(self._releasers):
            if releaser is not threading.current_thread():
                releaser.join(timeout_s)

    def _on_frame(self, frame: Any, analysis: dict[str, Any]) -> None:
        """On the capture thread: convert (a copy, smaller) and hand over, or drop."""
        now = time.monotonic()
        if self._in_flight.is_set() or now - self._last_sent < 1.0 / MAX_PREVIEW_FPS:
            return
        self._last_sent = now
        try:
            height, width = frame.shape[:2]
            image = QImage(frame.data, width, height, frame.strides[0],
                           QImage.Format.Format_BGR888)
            # scaled() makes the copy we own; the box is fixed, so the page never re-lays out.
            image = image.scaled(self.width_px, self.height_px,
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            if image.constBits() is not None and (image.width(), image.height()) == (width,
                                                                                    height):
                image = image.copy()
        except Exception:  # an odd frame must not stop the preview
            logger.exception("could not convert a camera frame")
            return
        self._in_flight.set()
        self.frame_ready.emit(image, dict(analysis))

    def _box(self) -> tuple[int, int]:
        width, height = self.picture.maximumWidth(), self.picture.maximumHeight()
        if not 0 < width < 10_000 or not 0 < height < 10_000:  # no fixed size set
            return 480, 360
        return width, height

    def _show(self, image: QImage, analysis: dict[str, Any]) -> None:
        # The box may have shrunk with the window since the frame was scaled (UI thread here).
        self.width_px, self.height_px = self._box()
        if image.width() > self.width_px or image.height() > self.height_px:
            image = image.scaled(self.width_px, self.height_px,
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.tip.setText(live_tip(analysis, self.cfg))
        self.frames_shown += 1
        self._in_flight.clear()


class VoicePlayback(QThread):
    """Plays the microphone check's recording on the chosen speaker ("hear yourself"), with
    preflight.checks.audio.live.play_recording, waiting on this thread, never the UI's."""

    problem = Signal(str)

    def __init__(self, shared: Mapping[str, Any], speaker: str | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shared = {MIC_RECORDING_KEY: shared[MIC_RECORDING_KEY]}
        self.speaker = speaker
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        playback = None
        try:
            from preflight.checks.audio.devices import AudioProblem
            from preflight.checks.audio.live import play_recording

            try:
                playback = play_recording(self.shared, self.speaker)
            except AudioProblem as problem:
                self.problem.emit(problem.summary)
                return
            while not playback.wait(0.05) and not self._stop.is_set():
                pass
        except Exception as exc:  # a driver error is a sentence, never a traceback
            logger.warning("voice playback failed: %s", type(exc).__name__)
            self.problem.emit(_t("We could not play your recording. Check your speakers "
                                 "and try again."))
        finally:
            if playback is not None:
                playback.stop()
            self.shared.clear()


class LiveLevel(QObject):
    """The microphone's live level (20 a second) for the meter, while the microphone check
    records. Opening the stream happens on a helper thread; levels arrive from PortAudio's
    audio thread and hop to the UI through `level`. Any problem just hides the meter: the
    check itself reports microphone problems."""

    level = Signal(float)
    unavailable = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meter: Any = None
        self._opener: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()

    def start(self, device: str | None) -> None:
        self.stop()
        self._stopped.clear()
        self._opener = threading.Thread(target=self._open, args=(device,),
                                        name="level-meter-open", daemon=True)
        self._opener.start()

    def _open(self, device: str | None) -> None:
        from preflight.gui.worker import lower_thread_priority

        lower_thread_priority()
        try:
            from preflight.checks.audio.live import LevelMeter

            meter = LevelMeter(device, on_level=self.level.emit)
            meter.start()
        except Exception as exc:  # AudioProblem: no live meter (the check says what is wrong)
            logger.info("live level unavailable: %s", type(exc).__name__)
            self.unavailable.emit()
            return
        with self._lock:
            if self._stopped.is_set():  # stopped while opening: close at once
                meter.stop()
                return
            self.meter = meter

    def stop(self) -> None:
        self._stopped.set()
        opener, self._opener = self._opener, None
        if opener is not None:
            opener.join(3.0)
        with self._lock:
            meter, self.meter = self.meter, None
        if meter is not None:
            meter.stop()
