"""Microphone (`microphone`): records a few seconds while the person speaks and measures what
the doctor would hear: speech level, peaks, background noise, clipping and digital silence
(a muted or privacy-blocked microphone sends exact zeros).

Thresholds are in `[microphone]` of the configuration, with their sources.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from preflight.checks.audio.capture import Capture, close_quietly, open_input, wait_for_frames
from preflight.checks.audio.devices import device_failure, import_sounddevice, resolve_device
from preflight.checks.audio.dsp import MicMeasurement, measure_recording
from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

# The first moments of a fresh stream can hold the device's start-up zeros or a click; they are
# recorded but left out of the measurement (and of the "hear yourself" playback).
WARMUP_S = 0.25
SHARED_KEY = "microphone_recording"

MUTED_ADVICE = (
    tr_noop(
        "Check that your microphone or headset is plugged in, switched on "
        "and not muted (many headsets and laptops have a mute button or "
        "key)."
    ),
    tr_noop(
        "Windows: open Settings > Privacy & security > Microphone and turn "
        "on microphone access for desktop apps; then in Settings > System "
        "> Sound, choose your microphone under Input."
    ),
    tr_noop(
        "Mac: open System Settings > Privacy & Security > Microphone and "
        "turn on Preflight (or your Terminal); then in System Settings > "
        "Sound > Input, choose your microphone."
    ),
)
QUIET_ADVICE = (
    tr_noop("Speak a little louder, or move closer to the microphone."),
    tr_noop(
        "Turn up the input volume: Windows: Settings > System > Sound > "
        "Input; Mac: System Settings > Sound > Input."
    ),
    tr_noop("If you use a headset, check that its mute switch is off."),
)
CLIPPING_ADVICE = (
    tr_noop("Move back a little from the microphone, or speak a bit more softly."),
    tr_noop("Turn the input volume down a little in your computer's sound settings."),
)
NOISE_ADVICE = (
    tr_noop("Find a quieter, private place for your visit, away from TVs, fans and other people."),
    tr_noop("Headphones with a microphone help the doctor hear you clearly."),
)


@dataclass
class MicVerdict:
    status: Status
    summary: str
    advice: list[str] = field(default_factory=list)


def judge(m: MicMeasurement, cfg: Mapping[str, Any]) -> MicVerdict:
    """Pure decision logic: `[microphone]` thresholds applied to a measurement."""
    if m.silent:
        return MicVerdict(
            Status.FAIL,
            tr(
                "Your microphone is sending no sound. It may be muted, switched "
                "off, or blocked by your privacy settings."
            ),
            list(MUTED_ADVICE),
        )
    if m.rms_dbfs < float(cfg["fail_rms_dbfs"]):
        return MicVerdict(
            Status.FAIL,
            tr("Your microphone is working, but we could hardly hear anything."),
            list(QUIET_ADVICE),
        )
    findings: list[MicVerdict] = []
    if m.rms_dbfs < float(cfg["warn_rms_dbfs"]):
        findings.append(
            MicVerdict(
                Status.WARN, tr("Your microphone works, but you sound quiet."), list(QUIET_ADVICE)
            )
        )
    clipping = m.longest_clip_run > int(cfg["clip_run_samples"]) or m.clipped_fraction > float(
        cfg["clipped_max_fraction"]
    )
    if clipping:
        findings.append(
            MicVerdict(
                Status.WARN,
                tr("Your microphone works, but your voice is so loud that it sounds distorted."),
                list(CLIPPING_ADVICE),
            )
        )
    noisy = m.noise_floor_dbfs > float(cfg["noise_floor_max_dbfs"]) or (
        m.speech_to_noise_db < float(cfg["min_speech_to_noise_db"])
    )
    if noisy:
        findings.append(
            MicVerdict(
                Status.WARN,
                tr("Your microphone works, but there is a lot of background noise."),
                list(NOISE_ADVICE),
            )
        )
    if not findings:
        return MicVerdict(Status.PASS, tr("Your microphone works and you sound clear."))
    advice: list[str] = []
    for f in findings:
        advice += [a for a in f.advice if a not in advice]
    return MicVerdict(Status.WARN, findings[0].summary, advice)


def is_clipping(m: MicMeasurement, cfg: Mapping[str, Any]) -> bool:
    return m.longest_clip_run > int(cfg["clip_run_samples"]) or (
        m.clipped_fraction > float(cfg["clipped_max_fraction"])
    )


def metrics_for(m: MicMeasurement, cfg: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "rms_dbfs": round(m.rms_dbfs, 2),
        "peak_dbfs": round(m.peak_dbfs, 2),
        "noise_floor_dbfs": round(m.noise_floor_dbfs, 2),
        "speech_to_noise_db": round(m.speech_to_noise_db, 2),
        "clipped_fraction": round(m.clipped_fraction, 6),
        "longest_clip_run_samples": m.longest_clip_run,
        "clipping": is_clipping(m, cfg),
        "silent": m.silent,
    }


class MicrophoneCheck(Check):
    id = "microphone"
    title = "Microphone"
    resources = frozenset({"audio"})
    deadline_s = 10.0

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("microphone")
        device_name = ""
        try:
            sd = import_sounddevice()
            index, device_name = resolve_device("input", ctx.options.get("mic"))
            recording, rate, channels = self._record(ctx, sd, index, float(cfg["record_s"]))
        except Exception as exc:
            return device_failure(self, exc, "input", device_name)
        import numpy as np

        measurement = measure_recording(recording, rate, float(cfg["silence_fraction"]))
        verdict = judge(measurement, cfg)
        # Memory only: the window's "hear yourself" button plays this back; never written out.
        ctx.shared[SHARED_KEY] = (np.asarray(recording, dtype=np.float32), rate)
        metrics = metrics_for(measurement, cfg)
        metrics.update(sample_rate=rate, channels=channels, device=device_name)
        logger.info("microphone check: %s %s", verdict.status.value, metrics)
        return self.result(verdict.status, verdict.summary, verdict.advice, **metrics)

    def _record(
        self, ctx: CheckContext, sd: Any, index: int, seconds: float
    ) -> tuple[Any, int, int]:
        capture = Capture()
        ctx.progress(0.05, tr("Opening your microphone…"))
        stream = None
        try:
            stream, rate, channels = open_input(ctx, sd, index, capture)
            ctx.instruct(tr("Please say: testing one, two, three"))
            warmup = int(WARMUP_S * rate)
            needed = warmup + int(seconds * rate)

            def show_progress() -> bool:
                ctx.progress(min(0.95, 0.1 + 0.85 * capture.frames_in / needed))
                return False

            wait_for_frames(ctx, stream, capture, needed, "input", on_poll=show_progress)
        finally:
            if stream is not None:
                close_quietly(stream)
        recording = capture.mono()[warmup:needed]
        return recording, rate, channels
