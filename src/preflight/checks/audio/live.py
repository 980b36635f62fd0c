"""Live microphone level for the window's meter, and "hear yourself" playback.

Pure Python (no Qt): `LevelMeter` opens a PortAudio callback stream and computes one dBFS
level per 50 ms window (20 per second). It never blocks the caller: read levels with
`latest()` / `drain()`, or pass `on_level`, which runs on PortAudio's audio thread (a GUI must
hop to its own thread, e.g. with a Qt signal, and must not do slow work there).
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from preflight.checks.audio.devices import (
    AudioProblem,
    candidate_rates,
    close_quietly,
    describe_error,
    import_sounddevice,
    open_stream,
    resolve,
    with_program,
)
from preflight.checks.audio.dsp import DBFS_FLOOR, to_dbfs

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

# 50 ms windows: 20 updates per second, smooth to the eye and short enough to follow syllables.
METER_WINDOW_S = 0.05


class LevelMeter:
    """Live input level. `start()` raises AudioProblem (plain words) if the microphone can't
    open; afterwards problems only stop the levels (`error` then holds the AudioProblem)."""

    def __init__(
        self,
        device: Any = None,
        on_level: Callable[[float], None] | None = None,
        window_s: float = METER_WINDOW_S,
        history: int = 200,
    ) -> None:
        self.device = device
        self.on_level = on_level
        self.window_s = window_s
        self._levels: collections.deque[float] = collections.deque(maxlen=history)
        self._new = threading.Condition()
        self._stream: Any = None
        self.samplerate: int | None = None
        self.error: AudioProblem | None = None

    def start(self) -> LevelMeter:
        if self._stream is not None:
            return self
        sd = import_sounddevice()
        device = resolve("input", self.device)
        index = device.index

        def factory(rate: int) -> Any:
            return sd.InputStream(
                device=index,
                samplerate=rate,
                channels=1,
                dtype="float32",
                blocksize=max(1, int(rate * self.window_s)),
                callback=self._callback,
            )

        try:
            self._stream, self.samplerate = open_stream(
                None, factory, candidate_rates(sd, index, "input"), "input",
                device.route("input"))
        except AudioProblem as problem:
            raise with_program(problem) from None
        return self

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        # Audio thread: a few microseconds of numpy, then hand the number on.
        level = to_dbfs(float((indata * indata).mean()), power=True) if frames else DBFS_FLOOR
        with self._new:
            self._levels.append(level)
            self._new.notify_all()
        if self.on_level is not None:
            try:
                self.on_level(level)
            except Exception:  # the meter must survive a listener's bug
                logger.exception("level listener failed")

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            close_quietly(stream)
        with self._new:
            self._new.notify_all()

    @property
    def running(self) -> bool:
        try:
            return self._stream is not None and bool(self._stream.active)
        except Exception:
            return False

    def latest(self) -> float | None:
        """The most recent level, or None before the first one."""
        with self._new:
            return self._levels[-1] if self._levels else None

    def drain(self) -> list[float]:
        """Every level since the last drain (oldest first)."""
        with self._new:
            levels = list(self._levels)
            self._levels.clear()
        return levels

    def levels(self, timeout_s: float = 1.0) -> Iterator[float]:
        """Levels as they come; ends when the meter stops or no level arrives in `timeout_s`."""
        while True:
            with self._new:
                if not self._levels:
                    self._new.wait(timeout_s)
                if not self._levels:
                    return
                level = self._levels.popleft()
            yield level

    def __enter__(self) -> LevelMeter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Playback:
    """Non-blocking playback of a recording (the "hear yourself" button)."""

    def __init__(self, recording: np.ndarray, samplerate: int, device: Any = None) -> None:
        import numpy as np

        self.samples = np.ascontiguousarray(recording, dtype=np.float32).reshape(-1)
        self.samplerate = int(samplerate)
        self.device = device
        self.position = 0
        self.finished = threading.Event()
        self._stream: Any = None

    def start(self) -> Playback:
        sd = import_sounddevice()
        device = resolve("output", self.device)
        index = device.index

        def callback(outdata: Any, frames: int, time_info: Any, status: Any) -> None:
            chunk = self.samples[self.position : self.position + frames]
            outdata.fill(0)
            outdata[: len(chunk), :] = chunk[:, None]
            self.position += len(chunk)
            if self.position >= len(self.samples):
                self.finished.set()
                raise sd.CallbackStop

        def factory(rate: int) -> Any:
            return sd.OutputStream(
                device=index,
                samplerate=rate,
                channels=1,
                dtype="float32",
                callback=callback,
                finished_callback=self.finished.set,
            )

        # Only the recording's own rate is right: playing it at another would change the pitch.
        try:
            self._stream, _ = open_stream(None, factory, [self.samplerate], "output",
                                          device.route("output"))
        except AudioProblem:
            raise
        except Exception as exc:
            raise describe_error(exc, "output") from None
        return self

    def wait(self, timeout_s: float | None = None) -> bool:
        """True once the whole recording was played."""
        return self.finished.wait(timeout_s)

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            close_quietly(stream)
        self.finished.set()


def play_recording(shared: dict[str, Any], device: Any = None) -> Playback:
    """Play back the microphone check's recording (kept in memory in `ctx.shared`).

    Raises KeyError when the microphone check has not recorded anything yet, AudioProblem
    when the speakers can't play.
    """
    from preflight.checks.audio.microphone import SHARED_KEY

    recording, samplerate = shared[SHARED_KEY]
    return Playback(recording, samplerate, device).start()
