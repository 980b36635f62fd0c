"""Stand-ins for camera drivers, for the cases no real camera exists for here."""

from __future__ import annotations

import threading
import time

import numpy as np


class StallingCapture:
    """Stand-in for a camera driver (no camera hardware exists here): delivers `frames` noisy
    frames, then its read blocks until released, as a hung or unplugged USB camera's does."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.unblock = threading.Event()
        self.released = threading.Event()

    def read(self):
        if self.frames > 0:
            self.frames -= 1
            time.sleep(1 / 30)
            rng = np.random.default_rng(self.frames)
            return True, rng.integers(0, 255, (480, 640, 3), dtype=np.uint8)
        self.unblock.wait(10.0)
        return False, None

    def set(self, *args) -> bool:
        return True

    def get(self, prop) -> float:
        return 0.0

    def isOpened(self) -> bool:
        return True

    def release(self) -> None:
        self.released.set()


class PacedVideoCamera:
    """Stand-in for a camera driver (no camera hardware or v4l2loopback exists here): a real
    OpenCV capture of a generated video file, read at the file's own frame rate and looped, so
    it delivers frames the way a camera does (one every 1/fps s, never ending). For the tests
    that need several cameras at once (issue 17: try every camera)."""

    def __init__(self, path) -> None:
        import cv2

        self.path = str(path)
        self.cap = cv2.VideoCapture(self.path, cv2.CAP_FFMPEG)
        self.period = 1.0 / (self.cap.get(cv2.CAP_PROP_FPS) or 30.0)
        self.next_at = time.monotonic()
        self.released = threading.Event()

    def read(self):
        import cv2

        if self.released.is_set():
            return False, None
        delay = self.next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self.next_at = max(self.next_at + self.period, time.monotonic() - self.period)
        ok, frame = self.cap.read()
        if not ok:  # the end of the file: start again, as a camera never ends
            self.cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self.cap.read()
        return ok, frame

    def set(self, *args) -> bool:
        return True

    def get(self, prop) -> float:
        return self.cap.get(prop)

    def isOpened(self) -> bool:
        return self.cap.isOpened()

    def release(self) -> None:
        self.released.set()
        self.cap.release()


def cameras_from_videos(monkeypatch, root, cameras) -> None:
    """This machine's cameras become `cameras`: [(sysfs node, name, video file)]. The sysfs
    listing (preflight.devices_os) is a folder like /sys/class/video4linux, and opening a camera
    index (checks/camera/capture.open_capture, the hardware seam) gives a PacedVideoCamera of
    its file; a video file chosen by path still opens as a file."""
    from pathlib import Path

    from preflight import devices_os
    from preflight.checks.camera import capture

    files = {}
    for node, name, path in cameras:
        (Path(root) / node).mkdir(parents=True)
        (Path(root) / node / "name").write_text(name + "\n")
        (Path(root) / node / "index").write_text("0\n")
        files[int(node.removeprefix("video"))] = path
    monkeypatch.setattr(devices_os, "SYSFS_V4L", Path(root))
    real_open = capture.open_capture

    def open_capture(target, cfg):
        if target.is_file:
            return real_open(target, cfg)
        return PacedVideoCamera(files[int(target.index or 0)])

    monkeypatch.setattr(capture, "open_capture", open_capture)
