"""FrameSource: the camera check's capture thread, shared with the window's live preview.

It opens the camera (preflight.checks.camera.capture), analyses every frame
(preflight.checks.camera.analysis), calls `on_frame(frame, analysis)` for a live preview,
produces the check's `CheckResult` after its window, and always releases the camera when it
stops so the next run can open it again. A watchdog thread catches a camera that never sends a
frame or stops sending (a read that blocks in the driver).

Privacy: frames stay in memory, in the capture thread and the `on_frame` callback; nothing is
written to disk or sent anywhere.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from preflight.checks.camera import capture
from preflight.checks.camera.analysis import FrameAnalyzer, FrameStats, assess, measured_fps
from preflight.checks.camera.descriptor import DESCRIPTOR
from preflight.checks.camera.problems import CameraProblem, camera_result, no_frames
from preflight.checks.camera.settings import CameraSettings, as_settings
from preflight.engine.result import CheckResult

if TYPE_CHECKING:
    import numpy as np

    from preflight.checks.camera.capture import CameraTarget

logger = logging.getLogger(__name__)

# Key in CheckContext.shared / Runner.shared under which the GUI may leave a running
# FrameSource (its live preview): the check then takes that source's verdict instead of
# opening the camera a second time (which would fail: most cameras allow one user at a time).
SHARED_PREVIEW_KEY = "camera.preview"
# A video file is read this far behind its own clock (a busy computer): skip analysing frames
# until it catches up (three frames at 30 fps).
MAX_FILE_LAG_S = 0.1

OnFrame = Callable[["np.ndarray", dict[str, Any]], None]
OnResult = Callable[[CheckResult], None]


@dataclass
class _Window:
    """Frames collected for the verdict."""

    timestamps: list[float] = field(default_factory=list)
    stats: list[FrameStats] = field(default_factory=list)


class FrameSource:
    """Captures frames on its own thread, for the check and for the GUI's live preview.

    `start(on_frame)` returns at once; `on_frame(frame_bgr, analysis)` is called on the capture
    thread for every frame (a GUI must hop to its own thread, e.g. with a Qt signal, and must
    not keep `frame_bgr` beyond the call without copying it). `analysis` is the frame's
    `FrameStats.to_dict()` plus "fps" and "frames" so far. After `capture_s` of frames the
    verdict is ready (`result`, `wait_result`, `on_result`); with `preview=True` frames keep
    coming until `stop()`. `stop()` always releases the camera, also after an error, so a
    second run can open it again. A video file plays at its own frame rate: reads are paced by
    the file's timestamps (CAP_PROP_POS_MSEC), and those timestamps are the frame times used
    for fps; for a camera the frame time is when the frame arrived (time.monotonic()).
    """

    def __init__(
        self,
        device: str | int | None = None,
        config: Mapping[str, Any] | CameraSettings | None = None,
        *,
        preview: bool = True,
        names: Sequence[str] | None = None,
    ) -> None:
        if config is None:
            from preflight.config import load_config

            config = load_config().section("camera")
        self.settings = as_settings(config)
        self.device = device
        self.preview = preview
        self._names = list(names) if names else None
        self._stop = threading.Event()
        self._done = threading.Event()  # the verdict is ready
        self._released = threading.Event()
        self._released.set()
        self._lock = threading.Lock()
        self._result: CheckResult | None = None
        self._on_frame: OnFrame | None = None
        self._on_result: OnResult | None = None
        self._worker: threading.Thread | None = None
        self._watchdog: threading.Thread | None = None
        self._opened_at: float | None = None  # monotonic, once the device is open
        self._last_frame_at: float | None = None
        self._frames = 0
        self._target: CameraTarget | None = None
        self.device_name = ""

    # -- public ---------------------------------------------------------------------------------
    def start(self, on_frame: OnFrame | None = None, on_result: OnResult | None = None) -> None:
        if self._worker is not None:
            raise RuntimeError("a FrameSource can be started once; make a new one")
        self._on_frame, self._on_result = on_frame, on_result
        self._released.clear()
        self._worker = threading.Thread(target=self._run, name="camera-capture", daemon=True)
        self._watchdog = threading.Thread(target=self._watch, name="camera-watchdog", daemon=True)
        self._worker.start()
        self._watchdog.start()

    def stop(self, timeout_s: float = 2.0) -> bool:
        """Stop capturing and release the camera. True when it is released within `timeout_s`
        (a camera driver stuck inside a read releases as soon as the read returns)."""
        self._stop.set()
        deadline = time.monotonic() + timeout_s
        for thread in (self._worker, self._watchdog):
            if thread is not None and thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))
        return self._released.is_set()

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    @property
    def target(self) -> CameraTarget | None:
        """What was opened (None until the camera is resolved)."""
        return self._target

    @property
    def released(self) -> bool:
        return self._released.is_set()

    @property
    def result(self) -> CheckResult | None:
        return self._result

    @property
    def progress(self) -> float:
        """0-1 through the capture window (for progress bars)."""
        if self._result is not None:
            return 1.0
        if self._opened_at is None:
            return 0.0
        return min(0.99, (time.monotonic() - self._opened_at) / self.settings.capture_s)

    def wait_result(self, timeout_s: float | None = None) -> CheckResult | None:
        self._done.wait(timeout_s)
        return self._result

    # -- internals ------------------------------------------------------------------------------
    def _finish(self, result: CheckResult) -> None:
        """Publish the verdict once (the capture thread and the watchdog may both try)."""
        with self._lock:
            if self._result is not None:
                return
            self._result = result
        self._done.set()
        logger.info("camera check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        if self._on_result is not None:
            try:
                self._on_result(result)
            except Exception:  # an observer's bug must not stop the capture
                logger.exception("camera on_result observer failed")

    def _watch(self) -> None:
        """Catch a camera that never sends a frame or stops sending (a read that blocks)."""
        limit = self.settings.no_frames_s
        while not self._stop.wait(0.05):
            if self._done.is_set() and not self.running:
                return
            if not self.running and self._released.is_set():
                return
            now = time.monotonic()
            since = self._last_frame_at or self._opened_at
            if since is None or self._done.is_set() or now - since < limit:
                continue
            target = self._target
            is_file = target is not None and target.is_file
            self._finish(no_frames(self.device_name, stopped=self._frames > 0, is_file=is_file,
                                   no_frames_s=limit).to_result())  # fmt: skip
            self._stop.set()  # the capture thread releases the camera when its read returns
            return

    def _run(self) -> None:
        cap = None
        try:
            target = capture.resolve_camera(self.device, self._names)
            self._target = target
            self.device_name = target.name
            cap = capture.open_capture(target, self.settings)
            self._opened_at = time.monotonic()
            self._capture(cap, target)
        except CameraProblem as problem:
            self._finish(problem.to_result())
        except Exception as exc:  # never a traceback for the patient; logged for support
            logger.exception("camera capture failed")
            self._finish(
                camera_result([DESCRIPTOR.finding("capture_error")],
                              error_type=type(exc).__name__, device=self.device_name)
            )
        finally:
            if cap is not None:
                try:
                    cap.release()
                except Exception:
                    logger.exception("releasing the camera failed")
            self._released.set()
            self._stop.set()  # ends the watchdog

    def _capture(self, cap: Any, target: CameraTarget) -> None:
        import cv2

        s = self.settings
        analyzer = FrameAnalyzer(s)
        window = _Window()
        warmup = 0.0 if target.is_file else s.warmup_s
        wall0: float | None = None  # for pacing a file
        stream0: float | None = None
        t0: float | None = None  # the first frame's time
        tried_fallback = target.is_file
        while not self._stop.is_set():
            ok, frame = cap.read()
            if self._stop.is_set():
                break
            if not ok or frame is None:
                if not tried_fallback and self._frames == 0:
                    # The camera accepted 720p but cannot deliver it: ask for 640x480.
                    tried_fallback = True
                    capture.set_fallback_size(cap, s)
                    continue
                self._end_of_stream(window, target)
                return
            now = time.monotonic()
            behind = False
            if target.is_file:
                t = float(cap.get(cv2.CAP_PROP_POS_MSEC)) / 1000.0
                if wall0 is None or stream0 is None:
                    wall0, stream0 = now, t
                # Play the file at its own rate, as a camera would deliver it. On a computer
                # too busy to keep up, drop frames from the analysis like a video player
                # (they still count for fps, which comes from the file's timestamps), so the
                # check still ends after about capture_s instead of running into its deadline.
                lag = now - (wall0 + (t - stream0))
                behind = lag > MAX_FILE_LAG_S
                if lag < 0 and self._stop.wait(-lag):
                    break
                now = time.monotonic()
            else:
                t = now
            self._last_frame_at = now
            self._frames += 1
            if t0 is None:
                t0 = t
            t_rel = t - t0
            in_window = self._result is None and t_rel < s.capture_s
            if in_window:
                window.timestamps.append(t)
            if self._result is None and not in_window:
                self._finish(self._verdict(window))
                if not self.preview:
                    return
            if behind:
                continue
            stats = analyzer.analyse(frame, t_rel)
            if in_window and t_rel >= warmup:
                window.stats.append(stats)
            if self._on_frame is not None:
                info = stats.to_dict()
                info["fps"] = round(measured_fps(window.timestamps), 1)
                info["frames"] = len(window.timestamps)
                # The same backlight rule as the verdict, for a live tip.
                info["backlit"] = (
                    stats.backlight_ratio < s.backlit_ratio
                    and stats.border_luma >= s.backlit_background_luma
                )
                try:
                    self._on_frame(frame, info)
                except Exception:
                    logger.exception("camera on_frame observer failed")
            if self._result is not None and not self.preview:
                return

    def _end_of_stream(self, window: _Window, target: CameraTarget) -> None:
        if self._result is not None:
            return
        if target.is_file and window.stats:
            # A recording shorter than the window: judge what it has.
            self._finish(self._verdict(window))
        else:
            stopped = self._frames > 0
            self._finish(
                no_frames(target.name, stopped=stopped, is_file=target.is_file).to_result()
            )

    def _verdict(self, window: _Window) -> CheckResult:
        return assess(window.stats, window.timestamps, self.settings, device=self.device_name)
