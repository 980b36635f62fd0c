"""Microphone (`microphone`): records a few seconds while the person speaks and measures what
the doctor would hear: speech level, peaks, background noise, clipping and digital silence
(a muted or privacy-blocked microphone sends exact zeros).

The verdict is the pure `judge`: findings (DESCRIPTOR) from a measurement and the
thresholds in `[microphone]` of the configuration, which give their sources.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any

from preflight.checks.audio.capture import Capture, close_quietly, open_input, wait_for_frames
from preflight.checks.audio.devices import (
    DEVICE_FAILURES,
    PRIVACY_PAGE,
    AudioDevice,
    AudioProblem,
    device_failure,
    device_findings,
    import_sounddevice,
    resolve,
)
from preflight.checks.audio.dsp import MicMeasurement, measure_recording
from preflight.checks.audio.others import Recorded, others_to_try, record_others
from preflight.checks.other_devices import (
    Trial,
    metric_specs,
    other_works_finding,
    with_trials,
)
from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import (
    Buckets,
    Descriptor,
    FindingSpec,
    Flags,
    MetricSpec,
    StepSpec,
)
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop
from preflight.privacy_settings import blocked_finding

logger = logging.getLogger(__name__)

# The first moments of a fresh stream can hold the device's start-up zeros or a click; they are
# recorded but left out of the measurement (and of the "hear yourself" playback).
WARMUP_S = 0.25
SHARED_KEY = "microphone_recording"

_CHECK_PLUGGED_IN = tr_noop(
    "Check that your microphone or headset is plugged in, switched on "
    "and not muted (many headsets and laptops have a mute button or "
    "key)."
)
# The steps for the system Preflight runs on only: the patient reads them on this computer.
MUTED_STEPS = {
    "win32": tr_noop(
        "Windows: open Settings > Privacy & security > Microphone and turn "
        "on microphone access for desktop apps; then in Settings > System "
        "> Sound, choose your microphone under Input."
    ),
    "darwin": tr_noop(
        "Mac: open System Settings > Privacy & Security > Microphone and "
        "turn on Preflight; then in System Settings > Sound > Input, choose "
        "your microphone."
    ),
    "other": tr_noop(
        "Open your computer's sound settings, choose your microphone under Input, and check "
        "that it is not muted and its volume is up."
    ),
}
INPUT_VOLUME_STEPS = {
    "win32": tr_noop("Turn up the input volume: Settings > System > Sound > Input."),
    "darwin": tr_noop("Turn up the input volume: System Settings > Sound > Input."),
    "other": tr_noop("Turn up the input volume in your computer's sound settings."),
}


def muted_advice(platform: str = sys.platform) -> tuple[str, ...]:
    return (_CHECK_PLUGGED_IN, MUTED_STEPS.get(platform, MUTED_STEPS["other"]))


def quiet_advice(platform: str = sys.platform) -> tuple[str, ...]:
    return (
        tr_noop("Speak a little louder, or move closer to the microphone."),
        INPUT_VOLUME_STEPS.get(platform, INPUT_VOLUME_STEPS["other"]),
        tr_noop("If you use a headset, check that its mute switch is off."),
    )


MUTED_ADVICE = muted_advice()
QUIET_ADVICE = quiet_advice()
CLIPPING_ADVICE = (
    tr_noop("Move back a little from the microphone, or speak a bit more softly."),
    tr_noop("Turn the input volume down a little in your computer's sound settings."),
)
_QUIET_HELPDESK = tr_noop(
    "The microphone is too quiet: check the right microphone is chosen, raise its input "
    "volume, and ask the caller to speak closer to it."
)
NOISE_ADVICE = (
    tr_noop("Find a quieter, private place for your visit, away from TVs, fans and other people."),
    tr_noop("Headphones with a microphone help the doctor hear you clearly."),
)


DESCRIPTOR = Descriptor(
    id="microphone",
    title=tr_noop("Microphone"),
    check="preflight.checks.audio.microphone:MicrophoneCheck",
    resources=frozenset({"audio"}),
    deadline_s=13.0,  # [deadlines] microphone_s: with the other microphones tried (issue 17)
    findings=(
        FindingSpec(
            "ok",
            Status.PASS,
            tr_noop("Your microphone works and you sound clear."),
        ),
        FindingSpec(
            "silent",
            Status.FAIL,
            tr_noop("Your microphone is sending no sound. It may be muted, switched off, or "
                    "blocked by your privacy settings."),
            MUTED_ADVICE,
            tr_noop("The microphone sends silence: check it is not muted (a button on the "
                    "headset or keyboard) and that the computer's privacy settings allow the "
                    "microphone."),
        ),
        FindingSpec(
            "no_speech",
            Status.FAIL,
            tr_noop("Your microphone is working, but we could hardly hear anything."),
            QUIET_ADVICE,
            _QUIET_HELPDESK,
        ),
        FindingSpec(
            "quiet",
            Status.WARN,
            tr_noop("Your microphone works, but you sound quiet."),
            QUIET_ADVICE,
            _QUIET_HELPDESK,
        ),
        FindingSpec(
            "clipping",
            Status.WARN,
            tr_noop("Your microphone works, but your voice is so loud that it sounds "
                    "distorted."),
            CLIPPING_ADVICE,
            tr_noop("The microphone is too loud and distorts: lower its input volume or move "
                    "it a little away from the mouth."),
        ),
        FindingSpec(
            "noisy",
            Status.WARN,
            tr_noop("Your microphone works, but there is a lot of background noise."),
            NOISE_ADVICE,
            tr_noop("There is a lot of background noise where the caller is: suggest a "
                    "quieter, private place, or headphones with a microphone."),
        ),
        *device_findings("microphone"),
        FindingSpec(
            "bluetooth_headset",
            Status.WARN,
            tr_noop("You are using the microphone of a Bluetooth headset. During a call it "
                    "can make you and the doctor sound like an old telephone, or cut the "
                    "sound."),
            (
                tr_noop("For your visit, choose your computer's own microphone, and keep the "
                        "Bluetooth headset for listening."),
                tr_noop("Or use a headset with a cable."),
            ),
            tr_noop("The caller uses a Bluetooth headset's microphone, which switches the "
                    "headset to phone quality or cuts the sound: suggest the computer's own "
                    "microphone with the headset for listening, or a wired headset."),
        ),
        other_works_finding("microphone"),
        # macOS: the window's QMicrophonePermission answer is "restricted" (Screen Time,
        # parental controls or a management profile): the person cannot switch it on
        # (issue 17, item 6; "denied" is device_findings' permission_denied).
        FindingSpec(
            "permission_restricted",
            Status.FAIL,
            tr_noop("A rule on this computer does not allow programs to use the microphone."),
            (
                tr_noop("Ask the person who looks after this computer to allow the microphone "
                        "(for example in Screen Time), then {check_again}."),
                tr_noop("If that cannot be done today, call the support line: you may be able "
                        "to join your visit by phone."),
            ),
            tr_noop("Microphone use is restricted on this Mac (Screen Time, parental controls "
                    "or a management profile): the caller cannot switch it on; whoever manages "
                    "the Mac must allow it."),
        ),
    ),
    step=StepSpec(
        key="microphone",
        title=tr_noop("Microphone"),
        intro=tr_noop("We will listen to your microphone while you speak for a few seconds."),
        guided=True,
        device_kind="input",
        option="mic",
        picker=tr_noop("Microphone:"),
    ),
    code_fields=(
        # 4 bits. The voice level, in buckets either side of the [microphone] thresholds (normal
        # speech reads -35 to -15 dBFS; above -6 is close to clipping): 7 values, 3 bits.
        # Clipping can come with a quiet voice or a noisy room, so it has its own bit.
        Buckets("rms_dbfs", "rms_dbfs", tr_noop("voice level"), "dBFS",
                ("fail_rms_dbfs", "warn_rms_dbfs", -35.0, -15.0, -6.0)),
        Flags("clipping", ("clipping",)),
    ),
    metrics=(
        MetricSpec("rms_dbfs", tr_noop("Voice level"), "dBFS",
                   "speech level (active speech, pauses left out)"),
        MetricSpec("peak_dbfs", tr_noop("Loudest moment"), "dBFS", "loudest sample"),
        MetricSpec("noise_floor_dbfs", tr_noop("Background noise"), "dBFS",
                   "quietest tenth of 20 ms windows"),
        MetricSpec("speech_to_noise_db", tr_noop("Voice above the background noise"), "dB",
                   "speech above background noise"),
        MetricSpec("clipped_fraction", tr_noop("Distorted sound"), "%",
                   "share of samples at full scale", doc_unit="0–1", scale=100.0, digits=2),
        MetricSpec("longest_clip_run_samples", tr_noop("Longest distorted stretch"),
                   tr_noop("samples"), "longest run of full-scale samples", digits=0),
        MetricSpec("clipping", tr_noop("Too loud (distorted)"),
                   help="clipping found (run > 6 samples or share over the limit)",
                   doc_unit="bool"),
        MetricSpec("silent", tr_noop("No sound at all"), help="digital silence",
                   doc_unit="bool"),
        MetricSpec("sample_rate", tr_noop("Sample rate"), "Hz", "the rate it recorded at",
                   digits=0),
        MetricSpec("channels", tr_noop("Channels"), help="channels recorded", doc_unit="count",
                   digits=0),
        MetricSpec("device", tr_noop("Microphone"), help="input device name", doc_unit="text"),
        MetricSpec("bluetooth", tr_noop("Bluetooth headset"),
                   help="the microphone is a Bluetooth device's", doc_unit="bool"),
        MetricSpec("problem", tr_noop("Problem"),
                   help="on device failures: " + ", ".join(f"`{n}`" for n in DEVICE_FAILURES)
                        + " (also the finding's name, e.g. `microphone.device_busy`)",
                   doc_unit="code", shown=False),
        *metric_specs("microphone"),
    ),
)

# What another microphone could fix: no sound, hardly any, or a device that failed (not "no
# microphone at all" or a missing sound system: there is nothing else to try then; nor a
# refused permission, which the system gives or refuses for every microphone at once).
TRY_OTHERS = frozenset({"silent", "no_speech", *DEVICE_FAILURES}
                       - {"no_device", "audio_system_missing", "permission_denied",
                          "permission_restricted"})


def is_clipping(m: MicMeasurement, cfg: Mapping[str, Any]) -> bool:
    return m.longest_clip_run > int(cfg["clip_run_samples"]) or (
        m.clipped_fraction > float(cfg["clipped_max_fraction"])
    )


def is_noisy(m: MicMeasurement, cfg: Mapping[str, Any]) -> bool:
    return m.noise_floor_dbfs > float(cfg["noise_floor_max_dbfs"]) or (
        m.speech_to_noise_db < float(cfg["min_speech_to_noise_db"])
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


def judge(m: MicMeasurement, cfg: Mapping[str, Any], bluetooth: bool = False,
          **metrics: Any) -> CheckResult:
    """Pure decision logic: `[microphone]` thresholds applied to a measurement, and a warning
    when the microphone is a Bluetooth headset's (`bluetooth`, whatever the sound was).
    `metrics` (sample rate, channels, device) are added to the measurement's own."""
    found: list[Finding] = []

    def finding(name: str, limit_keys: tuple[str, ...], **values: Any) -> None:
        limits = {key: cfg[key] for key in limit_keys}
        found.append(DESCRIPTOR.finding(name, limits=limits, **values))

    rms = round(m.rms_dbfs, 2)
    if m.silent:
        finding("silent", ("silence_fraction",), peak_dbfs=round(m.peak_dbfs, 2))
    elif m.rms_dbfs < float(cfg["fail_rms_dbfs"]):
        finding("no_speech", ("fail_rms_dbfs",), rms_dbfs=rms)
    else:
        if m.rms_dbfs < float(cfg["warn_rms_dbfs"]):
            finding("quiet", ("warn_rms_dbfs",), rms_dbfs=rms)
        if is_clipping(m, cfg):
            finding("clipping", ("clip_run_samples", "clipped_max_fraction"),
                    longest_clip_run_samples=m.longest_clip_run,
                    clipped_fraction=round(m.clipped_fraction, 6))
        if is_noisy(m, cfg):
            finding("noisy", ("noise_floor_max_dbfs", "min_speech_to_noise_db"),
                    noise_floor_dbfs=round(m.noise_floor_dbfs, 2),
                    speech_to_noise_db=round(m.speech_to_noise_db, 2))
    if bluetooth:
        finding("bluetooth_headset", ())
    if not found:
        finding("ok", (), rms_dbfs=rms)
    return DESCRIPTOR.result(found, **metrics_for(m, cfg), bluetooth=bluetooth, **metrics)


class MicrophoneCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("microphone")
        device_name = ""
        device: AudioDevice | None = None
        blocked = blocked_finding(ctx.options, DESCRIPTOR.id)
        if blocked is not None:
            # The window asked the system (macOS) and it refuses the microphone: opening it
            # would only fail, and another microphone is refused alike.
            return DESCRIPTOR.result([DESCRIPTOR.finding(
                blocked, what=tr(PRIVACY_PAGE["input"]))], problem="permission_denied",
                device=device_name)
        try:
            sd = import_sounddevice()
            device = resolve("input", ctx.options.get("mic"))
            device_name = device.name
            recording, rate, channels = self._record(ctx, sd, device, float(cfg["record_s"]))
        except Exception as exc:
            failed = device_failure(DESCRIPTOR, exc, device_name)
            return self._try_others(ctx, cfg, device, failed)
        import numpy as np

        measurement = measure_recording(recording, rate, float(cfg["silence_fraction"]))
        # Memory only: the window's "hear yourself" button plays this back; never written out.
        ctx.shared[SHARED_KEY] = (np.asarray(recording, dtype=np.float32), rate)
        result = judge(measurement, cfg, device.bluetooth, sample_rate=rate, channels=channels,
                       device=device_name)
        logger.info("microphone check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        return self._try_others(ctx, cfg, device, result)

    def _try_others(self, ctx: CheckContext, cfg: Mapping[str, Any],
                    chosen: AudioDevice | None, result: CheckResult) -> CheckResult:
        """The other microphones, recorded together for a moment, when the chosen one failed
        in a way another could fix (or all of them with the all_devices option)."""
        found = others_to_try(ctx, result, TRY_OTHERS, "input", chosen, int(cfg["others_max"]))
        if found is None:
            return result
        sd, others = found
        ctx.instruct(tr("Keep speaking: we are trying your other microphones."))
        ctx.progress(None, tr("Trying your other microphones…"))
        outcomes = record_others(ctx, sd, others, float(cfg["others_s"]), WARMUP_S)
        trials = [Trial(device.name, self._trial_result(device, outcome, cfg))
                  for device, outcome in outcomes]
        combined = with_trials(DESCRIPTOR, result, chosen.name if chosen else "", trials,
                               ctx.options)
        logger.info("microphone check, other microphones: %s", combined.metrics.get("devices"))
        return combined

    @staticmethod
    def _trial_result(device: AudioDevice, outcome: Recorded | AudioProblem,
                      cfg: Mapping[str, Any]) -> CheckResult:
        if isinstance(outcome, AudioProblem):
            finding = DESCRIPTOR.finding(outcome.kind, **outcome.values)
            return DESCRIPTOR.result([finding], problem=outcome.kind, device=device.name)
        measurement = measure_recording(outcome.samples, outcome.rate,
                                        float(cfg["silence_fraction"]))
        return judge(measurement, cfg, device.bluetooth, sample_rate=outcome.rate,
                     channels=outcome.channels, device=device.name)

    def _record(
        self, ctx: CheckContext, sd: Any, device: AudioDevice, seconds: float
    ) -> tuple[Any, int, int]:
        capture = Capture()
        ctx.progress(0.05, tr("Opening your microphone…"))
        stream = None
        try:
            stream, rate, channels = open_input(ctx, sd, device.index, capture,
                                                device.route("input"))
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
