"""Speakers (`speaker`): plays a short chime with a known signature through the chosen output
while recording from the microphone, and listens for it (matched filter plus a check of each
note). Heard: the speakers work. Not heard: the person may wear headphones (good) or the
speakers are off, so we ask. Heard loudly: the doctor would hear an echo, so we recommend
headphones with a microphone. The verdict is the pure `judge` (findings in DESCRIPTOR).

Thresholds are in `[speaker]` of the configuration.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from preflight.checks.audio.capture import Capture, close_quietly, wait_for_frames
from preflight.checks.audio.devices import (
    DEVICE_FAILURES,
    AudioDevice,
    AudioProblem,
    candidate_rates,
    device_failure,
    device_findings,
    import_sounddevice,
    open_stream,
    resolve,
)
from preflight.checks.audio.dsp import Chime, Detection, detect_chime, make_chime
from preflight.checks.audio.others import others_to_try, play_on_others
from preflight.checks.other_devices import (
    Trial,
    metric_specs,
    other_works_finding,
    with_trials,
)
from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Choice, Descriptor, FindingSpec, MetricSpec, StepSpec
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

# Silence before the chime: lets the streams settle, and no echo can arrive before the chime.
PREROLL_S = 0.15
# How long after the chime ends we keep listening: round-trip latency is 10-80 ms on wired
# devices (field notes) and up to ~300 ms over Bluetooth; 0.6 s covers both with margin.
LISTEN_AFTER_S = 0.6
QUESTION = tr_noop("Did you hear the test sound?")

# How the sound was confirmed (the `method` metric).
LOOPBACK, USER_CONFIRMED, NOT_CONFIRMED = "loopback", "user_confirmed", "not_confirmed"

DESCRIPTOR = Descriptor(
    id="speaker",
    title=tr_noop("Speakers"),
    check="preflight.checks.audio.speaker:SpeakerCheck",
    resources=frozenset({"audio"}),
    deadline_s=45.0,
    findings=(
        FindingSpec(
            "heard",
            Status.PASS,
            tr_noop("Your speakers work: we heard the test sound through your microphone."),
        ),
        FindingSpec(
            "confirmed",
            Status.PASS,
            tr_noop("Your speakers or headphones work."),
        ),
        FindingSpec(
            "echo",
            Status.WARN,
            tr_noop("Your speakers work, but your microphone picks them up loudly, so the "
                    "doctor may hear an echo."),
            (
                tr_noop("Use headphones with a microphone if you have them."),
                tr_noop("If not, turn your speaker volume down a little."),
            ),
            tr_noop("The microphone hears the speakers loudly: suggest headphones, or lower the "
                    "speaker volume, so the doctor hears no echo."),
        ),
        FindingSpec(
            "not_heard",
            Status.FAIL,
            tr_noop("You could not hear the test sound."),
            (
                tr_noop("Turn up the volume and check that sound is not muted (look for the "
                        "speaker icon near the clock, or the volume keys on your keyboard)."),
                tr_noop("If you use headphones, check that they are plugged in, switched on "
                        "and chosen as the output in your computer's sound settings."),
                tr_noop("Then {check_again}."),
            ),
            tr_noop("The caller did not hear the test sound: check the volume and mute, and "
                    "that the right speakers or headphones are chosen."),
        ),
        FindingSpec(
            "not_confirmed",
            Status.WARN,
            tr_noop("We played a test sound, but could not confirm that it can be heard."),
            (
                tr_noop("If you wear headphones, that is expected: make sure you heard a short "
                        "chime."),
                tr_noop("If you did not hear it, turn up the volume and check that sound is "
                        "not muted, then {check_again}."),
            ),
            tr_noop("Nobody confirmed that the test sound was heard (headphones, or no "
                    "answer): ask the caller whether they heard a short chime; if not, check "
                    "the volume and mute, and that the right speakers or headphones are "
                    "chosen."),
        ),
        *device_findings("speaker"),
        other_works_finding("speaker"),
    ),
    step=StepSpec(
        key="speaker",
        title=tr_noop("Speakers"),
        intro=tr_noop("We will play a short sound. Turn your volume up so you can hear it."),
        guided=True,
        device_kind="output",
        option="speaker",
        picker=tr_noop("Speaker:"),
    ),
    code_fields=(
        # 2 bits. The main finding already tells an echo, a "no" and no answer apart; this
        # tells a pass heard through the microphone from one the caller confirmed. A result
        # without speakers is "not confirmed" too: its words say no more than that.
        Choice(
            "method",
            "method",
            tr_noop("how the sound was confirmed"),
            (LOOPBACK, USER_CONFIRMED, NOT_CONFIRMED),
            {
                LOOPBACK: tr_noop("the microphone heard the speakers"),
                USER_CONFIRMED: tr_noop("the caller answered whether they heard it"),
                NOT_CONFIRMED: tr_noop("not confirmed"),
            },
        ),
    ),
    metrics=(
        MetricSpec("tone_detected", tr_noop("Test sound heard by the microphone"),
                   help="the test chime was heard back through the microphone",
                   doc_unit="bool"),
        MetricSpec("tone_level_dbfs", tr_noop("Level of the test sound heard"), "dBFS",
                   "level of the chime as received", doc_unit="dBFS or null"),
        MetricSpec("delay_ms", tr_noop("Delay of the sound"), "ms", "from playing to hearing",
                   doc_unit="ms or null", digits=0),
        MetricSpec("decision_s", tr_noop("Time to hear it"), "s",
                   "time to decide after the chime started", digits=2),
        MetricSpec("detection_score", tr_noop("Detection score"),
                   help="matched-filter score", doc_unit="0–1", digits=2, shown=False),
        MetricSpec("method", tr_noop("How the sound was confirmed"),
                   help="`loopback` (heard automatically), `user_confirmed` (the person said "
                        "they heard it), `not_confirmed`",
                   doc_unit="code",
                   words={
                       LOOPBACK: tr_noop("the microphone heard it"),
                       USER_CONFIRMED: tr_noop("your answer"),
                       NOT_CONFIRMED: tr_noop("not confirmed"),
                   }),
        MetricSpec("user_heard", tr_noop("You heard the test sound"),
                   help="the person's answer, when asked", doc_unit="bool"),
        MetricSpec("echo", tr_noop("Echo"),
                   help="the chime came back loudly: headphones recommended", doc_unit="bool"),
        MetricSpec("device", tr_noop("Speakers"), help="output device name", doc_unit="text"),
        MetricSpec("input_device", tr_noop("Microphone that listened"),
                   help="input device name", doc_unit="text"),
        MetricSpec("sample_rate", tr_noop("Sample rate"), "Hz", "the rate it played at",
                   digits=0),
        MetricSpec("problem", tr_noop("Problem"),
                   help="as for the microphone (finding `speaker.<problem>`)", doc_unit="code",
                   shown=False),
        *metric_specs("speaker output"),
    ),
)

# What other speakers could fix: the chosen ones failed as a device (not "no speakers at all"
# or a missing sound system). "Not heard" is the person's answer about the chosen speakers.
# Not a refused permission either: the system decides it for every output at once.
TRY_OTHERS = frozenset(DEVICE_FAILURES) - {"no_device", "audio_system_missing",
                                           "permission_denied"}


@dataclass
class LoopbackResult:
    detection: Detection | None  # None: no microphone to listen with
    delay_ms: float | None
    decision_s: float | None  # from the chime reaching the speaker to our decision
    samplerate: int
    input_device: str


def _output_channels(sd: Any, device: int) -> int:
    try:
        return max(1, min(2, int(sd.query_devices(device)["max_output_channels"])))
    except Exception:
        return 1


def play_and_listen(
    ctx: CheckContext, sd: Any, out_index: int, in_index: int | None, level_dbfs: float,
    route: Mapping[str, str] | None = None, out_route: Mapping[str, str] | None = None,
) -> tuple[Capture, Chime, int, Any]:
    """Open the streams and start the chime; returns (capture, chime, rate, streams). `route`
    routes the full-duplex stream (speaker and microphone), `out_route` the speaker alone (see
    devices.AudioDevice.route)."""
    out_channels = _output_channels(sd, out_index)
    made: dict[str, Any] = {}

    def duplex(rate: int) -> Any:
        chime = make_chime(rate, level_dbfs)
        capture = Capture(play=chime.samples, start_after=int(PREROLL_S * rate))
        stream = sd.Stream(
            device=(in_index, out_index),
            samplerate=rate,
            channels=(1, out_channels),
            dtype=("int16", "float32"),
            callback=capture.on_duplex,
        )
        made.update(chime=chime, capture=capture)
        return stream

    def output_only(rate: int) -> Any:
        chime = make_chime(rate, level_dbfs)
        capture = Capture(play=chime.samples, listens=False)
        stream = sd.OutputStream(
            device=out_index,
            samplerate=rate,
            channels=out_channels,
            dtype="float32",
            callback=capture.on_output,
        )
        made.update(chime=chime, capture=capture)
        return stream

    rates = candidate_rates(sd, out_index, "output")
    if in_index is not None:
        try:
            stream, rate = open_stream(ctx, duplex, rates, "output", route)
            return made["capture"], made["chime"], rate, stream
        except AudioProblem as problem:
            # The microphone may be the part that failed: still play the chime, then ask.
            logger.info("full-duplex stream failed (%s); playing without listening", problem)
    stream, rate = open_stream(ctx, output_only, rates, "output", out_route)
    return made["capture"], made["chime"], rate, stream


def judge(
    heard: LoopbackResult, answer: bool | None, cfg: Mapping[str, Any], device: str = ""
) -> CheckResult:
    """Pure decision logic: what the microphone heard (and, when it heard nothing, the
    person's answer to "did you hear it?", None for no answer) against `[speaker]`."""
    d = heard.detection
    metrics: dict[str, Any] = {
        "tone_detected": bool(d and d.detected),
        "tone_level_dbfs": round(d.level_dbfs, 2) if d and d.detected else None,
        "delay_ms": round(heard.delay_ms, 1) if heard.delay_ms is not None else None,
        "decision_s": round(heard.decision_s, 3) if heard.decision_s is not None else None,
        "detection_score": round(d.correlation, 3) if d else None,
        "echo": False,
        "device": device,
        "input_device": heard.input_device,
        "sample_rate": heard.samplerate,
    }
    finding: Finding
    if d is not None and d.detected:
        metrics["method"] = LOOPBACK
        echo_dbfs = float(cfg["echo_warn_dbfs"])
        metrics["echo"] = d.level_dbfs > echo_dbfs
        finding = DESCRIPTOR.finding(
            "echo" if metrics["echo"] else "heard",
            limits={"echo_warn_dbfs": cfg["echo_warn_dbfs"]},
            tone_level_dbfs=metrics["tone_level_dbfs"],
            delay_ms=metrics["delay_ms"],
        )
    elif answer is None:
        metrics["method"] = NOT_CONFIRMED
        finding = DESCRIPTOR.finding("not_confirmed")
    else:
        metrics.update(method=USER_CONFIRMED, user_heard=answer)
        finding = DESCRIPTOR.finding("confirmed" if answer else "not_heard")
    return DESCRIPTOR.result([finding], **metrics)


class SpeakerCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("speaker")
        device_name = ""
        out: AudioDevice | None = None
        try:
            sd = import_sounddevice()
            out = resolve("output", ctx.options.get("speaker"))
            device_name = out.name
            mic: AudioDevice | None
            try:
                mic = resolve("input", ctx.options.get("mic"))
            except AudioProblem as problem:
                logger.info("speaker check without a microphone: %s", problem)
                mic = None
            heard = self._play(ctx, sd, out, mic, float(cfg["chime_level_dbfs"]))
        except Exception as exc:
            failed = device_failure(DESCRIPTOR, exc, device_name, tone_detected=False,
                                    method=NOT_CONFIRMED)
            return self._try_others(ctx, cfg, out, failed)
        answer = None
        if not (heard.detection is not None and heard.detection.detected):
            answer = ctx.ask(tr(QUESTION))
        result = judge(heard, answer, cfg, device_name)
        logger.info("speaker check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        return self._try_others(ctx, cfg, out, result)

    def _try_others(self, ctx: CheckContext, cfg: Mapping[str, Any],
                    chosen: AudioDevice | None, result: CheckResult) -> CheckResult:
        """The other speakers, each playing (silence) for a moment at the same time, when the
        chosen ones failed as a device (or all of them with the all_devices option). A device
        that plays is "not confirmed": only the person can say they hear it (Check again on
        it plays the chime and asks)."""
        found = others_to_try(ctx, result, TRY_OTHERS, "output", chosen,
                              int(cfg["others_max"]))
        if found is None:
            return result
        sd, others = found
        ctx.progress(None, tr("Trying your other speakers…"))
        trials = []
        for device, outcome in play_on_others(ctx, sd, others, float(cfg["others_s"])):
            if isinstance(outcome, AudioProblem):
                finding = DESCRIPTOR.finding(outcome.kind, **outcome.values)
                trial = DESCRIPTOR.result([finding], problem=outcome.kind, device=device.name)
            else:
                trial = judge(LoopbackResult(None, None, None, outcome.rate, ""), None, cfg,
                              device.name)
            trials.append(Trial(device.name, trial))
        combined = with_trials(DESCRIPTOR, result, chosen.name if chosen else "", trials,
                               ctx.options)
        logger.info("speaker check, other speakers: %s", combined.metrics.get("devices"))
        return combined

    def _play(
        self,
        ctx: CheckContext,
        sd: Any,
        out: AudioDevice,
        mic: AudioDevice | None,
        level_dbfs: float,
    ) -> LoopbackResult:
        ctx.instruct(tr("Listen: we will play a short chime."))
        ctx.progress(0.05, tr("Playing a short test sound…"))
        stream = None
        try:
            out_route = out.route("output")
            route = {**out_route, **mic.route("input")} if mic is not None else out_route
            capture, chime, rate, stream = play_and_listen(
                ctx, sd, out.index, mic.index if mic is not None else None, level_dbfs, route,
                out_route)
            listening = isinstance(stream, sd.Stream)
            tail = len(chime.samples) + int(LISTEN_AFTER_S * rate)
            found: list[Detection] = []
            decided_at: list[float] = []

            def listen() -> bool:
                play_at = capture.play_at
                if play_at is None:
                    return False
                if not listening:
                    return capture.frames_out >= play_at + tail
                detection = detect_chime(capture.mono(), chime, min_lag=play_at)
                if detection.detected:
                    found.append(detection)
                    decided_at.append(time.monotonic())
                    return True
                return capture.frames_in >= play_at + tail

            try:
                wait_for_frames(ctx, stream, capture, None, "output", on_poll=listen)
            except AudioProblem as problem:
                if not (listening and capture.play_at is None):
                    raise
                # The microphone never delivered audio, so the chime was not played yet: play
                # it without listening and ask instead (the speakers are not at fault).
                logger.info("microphone silent in the speaker check (%s); playing only", problem)
                close_quietly(stream)
                stream = None
                return self._play(ctx, sd, out, None, level_dbfs)
        finally:
            if stream is not None:
                close_quietly(stream)
        if not listening:
            return LoopbackResult(None, None, None, rate, "")
        play_at = capture.play_at or 0
        detection = found[0] if found else detect_chime(capture.mono(), chime, min_lag=play_at)
        delay_ms = decision_s = None
        if detection.detected:
            delay_ms = max(0.0, (detection.lag - play_at) / rate * 1000.0)
            if decided_at and capture.play_started_at is not None:
                decision_s = max(0.0, decided_at[0] - capture.play_started_at)
        return LoopbackResult(detection, delay_ms, decision_s, rate,
                              mic.name if mic is not None else "")
