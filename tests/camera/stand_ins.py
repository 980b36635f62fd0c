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
