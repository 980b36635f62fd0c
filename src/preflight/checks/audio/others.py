"""Trying the other microphones or speakers briefly (issue 17, item 5; the shared rules are in
preflight.checks.other_devices).

All the others are tried at once: their streams are opened one after another (routing sets the
sound server's environment variables while a stream opens, so opens take turns), then they run
together for `[microphone] others_s` / `[speaker] others_s`, so trying four devices costs about
as long as trying one. A device that cannot be opened, or delivers nothing, is a failed trial
in the same words as the chosen device's failure; nothing is retried for long (two attempts:
a stream just closed can make the next open fail for a moment, field notes).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from preflight.checks.audio.capture import POLL_S, Capture, close_quietly, open_input
from preflight.checks.audio.devices import (
    AudioDevice,
    AudioProblem,
    audio_device,
    candidate_rates,
    describe_error,
    import_sounddevice,
    list_audio_devices,
    open_stream,
    vanished,
)
from preflight.checks.other_devices import should_try, wants_all

if TYPE_CHECKING:
    from preflight.engine.check import CheckContext
    from preflight.engine.result import CheckResult

logger = logging.getLogger(__name__)

TRIAL_ATTEMPTS = 2
# Time to leave at the end of the check's deadline for closing the streams and judging.
MARGIN_S = 1.0


def other_devices(kind: str, chosen: AudioDevice | None, most: int) -> list[AudioDevice]:
    """Up to `most` devices of `kind` ("input"/"output") other than `chosen`, in the listing's
    order, each name once (Windows lists one device under several host APIs)."""
    seen = {chosen.name} if chosen is not None else set()
    found: list[AudioDevice] = []
    for entry in list_audio_devices():
        if entry["kind"] != kind:
            continue
        device = audio_device(entry)
        if device.name in seen or (chosen is not None and device == chosen):
            continue
        seen.add(device.name)
        found.append(device)
    return found[:max(0, most)]


def others_to_try(ctx: CheckContext, result: CheckResult, failures: Collection[str], kind: str,
                  chosen: AudioDevice | None, most: int) -> tuple[Any, list[AudioDevice]] | None:
    """The sound library and the other devices of `kind` to try after `result` (the chosen
    device's), or None when there is nothing to try: the result is not one of `failures`
    (another device could not fix it), the sound system cannot list devices, or there are no
    others and the person did not ask to see every device. The microphone's and the speaker's
    shared first step."""
    if not should_try(result, ctx.options, failures):
        return None
    try:
        sd = import_sounddevice()
        others = other_devices(kind, chosen, most)
    except AudioProblem:
        return None
    if not others and not wants_all(ctx.options):
        return None
    return sd, others


@dataclass
class _Running:
    device: AudioDevice
    capture: Capture
    stream: Any
    rate: int
    channels: int


Outcome = tuple[AudioDevice, "Recorded | AudioProblem"]  # i18n: ignore (a type, not words)


@dataclass(frozen=True)
class Recorded:
    """What one other device delivered: its mono recording (warm-up left out) and its rate."""

    samples: Any
    rate: int
    channels: int
    frames_out: int = 0


def _budget(ctx: CheckContext, seconds: float) -> bool:
    return ctx.remaining() > seconds + MARGIN_S


def _wait_all(ctx: CheckContext, running: list[_Running], done: Callable[[_Running], bool],
              seconds: float) -> None:
    """Wait until every stream is `done`, or `seconds` (plus a little for a slow start) are up,
    or the check's time is nearly over."""
    end = time.monotonic() + seconds + 0.5
    while running and not all(done(r) for r in running):
        if time.monotonic() > end or ctx.remaining() < MARGIN_S:
            return
        ctx.sleep(POLL_S)


def record_others(ctx: CheckContext, sd: Any, devices: list[AudioDevice], seconds: float,
                  warmup_s: float) -> list[Outcome]:
    """Record `seconds` from each device at once; a Recorded or the AudioProblem of each."""
    outcomes: list[Outcome] = []
    running: list[_Running] = []
    try:
        for device in devices:
            if not _budget(ctx, seconds):
                break
            capture = Capture()
            try:
                stream, rate, channels = open_input(ctx, sd, device.index, capture,
                                                    device.route("input"), TRIAL_ATTEMPTS)
            except Exception as exc:
                outcomes.append((device, describe_error(exc, "input")))
                continue
            running.append(_Running(device, capture, stream, rate, channels))

        def enough(r: _Running) -> bool:
            return r.capture.live_in >= int((seconds + warmup_s) * r.rate)

        _wait_all(ctx, running, enough, seconds + warmup_s)
    finally:
        for r in running:
            close_quietly(r.stream)
    for r in running:
        if r.capture.live_in == 0:
            outcomes.append((r.device, vanished("input")))  # opened, but sent nothing
            continue
        warmup = int(warmup_s * r.rate)
        outcomes.append((r.device, Recorded(r.capture.mono()[warmup:], r.rate, r.channels)))
    return outcomes


def play_on_others(ctx: CheckContext, sd: Any, devices: list[AudioDevice],
                   seconds: float) -> list[Outcome]:
    """Run an output stream (silence) on each device at once for `seconds`: a device that
    takes the sound at its own pace can play; one that cannot be opened or stops taking it
    cannot."""
    outcomes: list[Outcome] = []
    running: list[_Running] = []
    try:
        for device in devices:
            if not _budget(ctx, seconds):
                break
            capture = Capture(listens=False)

            def factory(rate: int, capture: Capture = capture, device: AudioDevice = device
                        ) -> Any:
                return sd.OutputStream(device=device.index, samplerate=rate, channels=1,
                                       dtype="float32", callback=capture.on_output)

            try:
                stream, rate = open_stream(ctx, factory,
                                           candidate_rates(sd, device.index, "output"),
                                           "output", device.route("output"), TRIAL_ATTEMPTS)
            except Exception as exc:
                outcomes.append((device, describe_error(exc, "output")))
                continue
            running.append(_Running(device, capture, stream, rate, 1))

        def enough(r: _Running) -> bool:
            return r.capture.frames_out >= int(seconds * r.rate)

        _wait_all(ctx, running, enough, seconds)
    finally:
        for r in running:
            close_quietly(r.stream)
    for r in running:
        # Half the time's worth of sound taken: the device plays (buffers fill at the start,
        # so a stalled device takes at most one buffer).
        if r.capture.frames_out < int(0.5 * seconds * r.rate):
            outcomes.append((r.device, vanished("output")))
            continue
        outcomes.append((r.device, Recorded(None, r.rate, 1, r.capture.frames_out)))
    return outcomes


__all__ = ["AudioProblem", "Recorded", "other_devices", "play_on_others", "record_others"]
