"""Recording from a microphone (optionally while playing a sound) with PortAudio callback
streams, watched from the check's thread so nothing ever blocks: a device that stops
delivering audio is noticed within a second and reported as gone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from preflight.checks.audio.devices import (
    OPEN_ATTEMPTS,
    candidate_rates,
    close_quietly,
    open_stream,
    vanished,
)

if TYPE_CHECKING:
    import numpy as np

    from preflight.engine.check import CheckContext

logger = logging.getLogger(__name__)

# No audio callback for this long while a stream should be running: the device has gone
# (unplugged, Bluetooth dropped, another program took it). PortAudio's own buffers are at most
# a few hundred ms, so a healthy stream never pauses this long.
STALL_S = 1.0
POLL_S = 0.05
# A device may take longer to deliver its first audio (Bluetooth headsets wake up; some USB
# microphones need a moment): allow this long before calling a fresh stream dead.
FIRST_DATA_S = 2.5


class Capture:
    """Collects int16 input blocks (and optionally plays a float32 mono signal) in PortAudio's
    callback thread; the check's thread reads them with `frames()` / `mono()`."""

    def __init__(self, play: np.ndarray | None = None, start_after: int = 0,
                 listens: bool = True) -> None:
        self._lock = threading.Lock()
        self._chunks: list[Any] = []
        self.frames_in = 0
        self.live_in = 0  # input frames that were real audio (not a duplex stream's priming)
        self.frames_out = 0
        self.last_callback = time.monotonic()
        # The stream records (an input or full-duplex stream): it is alive while real input
        # arrives. A duplex stream whose microphone delivers nothing keeps calling back, driven
        # by its output, with every input block flagged as an underflow: the callbacks alone
        # do not tell that the microphone is gone (issue 17: a frozen microphone held the
        # speaker check until its 45 s deadline).
        self.listens = listens
        self.last_live = self.last_callback
        self.play = play
        # `play` starts once this many frames of real input arrived, so the microphone is
        # surely listening when the sound comes out (a duplex stream primes its output before
        # the input delivers anything).
        self.start_after = start_after
        self.play_at: int | None = None  # output (= input) frame where `play` started
        self.play_started_at: float | None = None  # monotonic time it reached the speaker
        self.status_problems = 0

    # -- PortAudio callbacks (run on PortAudio's thread: keep them short, never raise) ------
    def on_input(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status:
            self.status_problems += 1
        with self._lock:
            self._chunks.append(indata.copy())
            self.frames_in += frames
            live = not (status and status.input_underflow)
            if live:
                self.live_in += frames
        self.last_callback = time.monotonic()
        if live:
            self.last_live = self.last_callback

    def fill_output(self, outdata: Any, frames: int, time_info: Any = None) -> None:
        outdata.fill(0)
        if self.play is not None:
            if self.play_at is None and self.live_in >= self.start_after:
                self.play_at = self.frames_out
                delay = 0.0
                try:  # time until this buffer reaches the speaker (DAC)
                    delay = max(0.0, time_info.outputBufferDacTime - time_info.currentTime)
                except Exception:
                    delay = 0.0
                self.play_started_at = time.monotonic() + delay
            if self.play_at is not None:
                start = self.frames_out
                lo = max(start, self.play_at)
                hi = min(start + frames, self.play_at + len(self.play))
                if lo < hi:
                    segment = self.play[lo - self.play_at : hi - self.play_at]
                    outdata[lo - start : hi - start, :] = segment[:, None]
        self.frames_out += frames
        self.last_callback = time.monotonic()

    def on_output(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        self.fill_output(outdata, frames, time_info)

    def on_duplex(
        self, indata: Any, outdata: Any, frames: int, time_info: Any, status: Any
    ) -> None:
        # In a full-duplex stream input and output frames share one clock: input frame k was
        # captured while output frame k was being played (plus the device latencies).
        self.on_input(indata, frames, time_info, status)
        self.fill_output(outdata, frames, time_info)

    # -- the check's side ---------------------------------------------------------------------
    def mono(self) -> np.ndarray:
        """Everything recorded so far, as float mono (the loudest channel), full scale 1.0."""
        import numpy as np

        with self._lock:
            chunks = list(self._chunks)
        if not chunks:
            return np.zeros(0, dtype=np.float32)
        data = np.concatenate(chunks).astype(np.float32) / 32768.0
        if data.ndim == 2 and data.shape[1] > 1:
            # A stereo microphone with one dead side must not halve the level: take the loudest.
            loudest = int(np.argmax(np.mean(data * data, axis=0)))
            return np.ascontiguousarray(data[:, loudest])
        return data.reshape(-1)


def _input_channels(sd: Any, device: int) -> list[int]:
    try:
        most = int(sd.query_devices(device)["max_input_channels"])
    except Exception:
        most = 1
    return [1] if most <= 1 else [1, min(2, most)]


def open_input(
    ctx: CheckContext, sd: Any, device: int, capture: Capture,
    route: Mapping[str, str] | None = None, attempts: int = OPEN_ATTEMPTS,
) -> tuple[Any, int, int]:
    """Start recording from `device` (routed with `route`, see devices.AudioDevice.route);
    (stream, sample rate, channels)."""
    chosen: dict[str, int] = {}

    def factory(rate: int) -> Any:
        last: Exception | None = None
        for channels in _input_channels(sd, device):
            try:
                stream = sd.InputStream(
                    device=device,
                    samplerate=rate,
                    channels=channels,
                    dtype="int16",
                    callback=capture.on_input,
                )
            except sd.PortAudioError as exc:
                last = exc
                continue
            chosen["channels"] = channels
            return stream
        assert last is not None
        raise last

    stream, rate = open_stream(ctx, factory, candidate_rates(sd, device, "input"), "input",
                               route, attempts)
    return stream, rate, chosen["channels"]


def wait_for_frames(
    ctx: CheckContext,
    stream: Any,
    capture: Capture,
    needed: int | None,
    kind: str = "input",
    on_poll: Callable[[], bool] | None = None,
) -> None:
    """Wait until `needed` input frames arrived or `on_poll()` returns True, noticing a device
    that stops delivering audio. Raises AudioProblem; cancellation raises Cancelled."""
    capture.last_callback = capture.last_live = time.monotonic()
    while needed is None or capture.frames_in < needed:
        ctx.sleep(POLL_S)
        if on_poll is not None and on_poll():
            return
        allowed = STALL_S if capture.live_in else FIRST_DATA_S
        # A recording stream is watched on its real input, a playing one on its callbacks.
        last = capture.last_live if capture.listens else capture.last_callback
        stalled = time.monotonic() - last > allowed
        try:
            active = bool(stream.active)
        except Exception:
            active = False
        if stalled or not active:
            logger.warning("audio stream stopped (stalled=%s active=%s)", stalled, active)
            raise vanished(kind)
        if ctx.remaining() <= POLL_S:
            raise vanished(kind)


__all__ = ["STALL_S", "Capture", "close_quietly", "open_input", "wait_for_frames"]
