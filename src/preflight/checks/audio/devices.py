"""Audio devices through sounddevice/PortAudio: listing, choosing, opening with retries, and
turning every PortAudio failure into plain words.

The device failures (no device, busy, blocked by the privacy settings, no sound system ...) are
findings of both the microphone and the speaker check. `device_findings(check_id)` defines them
once, in each check's words; an `AudioProblem` names one of them, and its `summary` and `advice`
are read from the same definitions.

sounddevice is imported inside functions: importing it loads PortAudio and scans the devices.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from preflight.checks.audio import pulse
from preflight.engine.findings import FindingSpec, fill_if_complete
from preflight.engine.present import summary_sentence
from preflight.engine.result import Status
from preflight.engine.surface import action_fields
from preflight.i18n import tr, tr_noop

if TYPE_CHECKING:
    from preflight.engine.check import CheckContext
    from preflight.engine.findings import Descriptor
    from preflight.engine.result import CheckResult

logger = logging.getLogger(__name__)

# Rates to try when a device refuses its own default rate: 48 kHz is what video apps use,
# 44.1 kHz what most consumer hardware runs at, 16 kHz the minimum for wideband speech.
FALLBACK_RATES = (48000, 44100, 32000, 22050, 16000)
# Opening a stream within about 1 s of closing another sometimes fails in PortAudio's ALSA
# backend (field notes: 1-3 failures in 8 tries at 0.3 s): retry this often, this far apart.
OPEN_ATTEMPTS = 5
OPEN_RETRY_S = 0.35

# PortAudio error codes (portaudio.h PaErrorCode).
PA_NOT_INITIALIZED = -10000
PA_UNANTICIPATED_HOST_ERROR = -9999
PA_INVALID_CHANNEL_COUNT = -9998
PA_INVALID_SAMPLE_RATE = -9997
PA_INVALID_DEVICE = -9996
PA_DEVICE_UNAVAILABLE = -9985
PA_SAMPLE_FORMAT_NOT_SUPPORTED = -9994

# The check that uses each kind of device, and back.
CHECK_OF_KIND = {"input": "microphone", "output": "speaker"}
KIND_OF_CHECK = {check: kind for kind, check in CHECK_OF_KIND.items()}

# -- the device failures, said once ------------------------------------------------------------

# The privacy-settings advice names the settings page; the page's name is the finding's `what`.
# Only the steps of the system Preflight runs on: the patient reads them on this computer (the
# help desk's text, read on another computer after decoding a code, names both).
PRIVACY_STEPS = {
    "win32": tr_noop("Windows: open Settings > Privacy & security > {what}, and turn on access "
                     "for desktop apps."),
    "darwin": tr_noop("Mac: open System Settings > Privacy & Security > {what}, and turn on "
                      "Preflight."),
    "other": tr_noop("Check that your user account is allowed to use the computer's sound "
                     "devices."),
}


def privacy_advice(platform: str = sys.platform) -> tuple[str, ...]:
    return (
        PRIVACY_STEPS.get(platform, PRIVACY_STEPS["other"]),
        tr_noop("Then close Preflight, open it again, and {check_again}."),
    )


_PRIVACY_ADVICE = privacy_advice()
# The name of the page in the system's privacy settings, for each kind of device.
PRIVACY_PAGE = {"input": tr_noop("Microphone"), "output": tr_noop("Sound")}


def device_findings(check_id: str) -> tuple[FindingSpec, ...]:
    """The findings for a device that can't be found or used, in the words of `check_id`
    ("microphone" or "speaker"). Their names are the `problem` metric's codes. Every sentence
    is whole for each kind of device: each language agrees its words its own way."""
    mic = KIND_OF_CHECK[check_id] == "input"
    fail = Status.FAIL
    return (
        FindingSpec(
            "no_device",
            fail,
            tr_noop("We could not find a microphone on this computer.") if mic
            else tr_noop("We could not find speakers or headphones on this computer."),
            (
                tr_noop("If you use a headset or webcam with a microphone, plug it in and wait "
                        "a few seconds, then {check_again}."),
                tr_noop("If your computer has a built-in microphone, make sure it is switched "
                        "on and not disabled in your sound settings."),
            ) if mic else (
                tr_noop("Plug in your headphones or speakers, or turn them on, then "
                        "{check_again}."),
                tr_noop("Make sure sound is not disabled in your computer's sound settings."),
            ),
            tr_noop("No microphone was found: ask the caller to plug in the headset or webcam "
                    "microphone, or to switch on the built-in one in the sound settings.")
            if mic
            else tr_noop("No speakers or headphones were found: ask the caller to plug them "
                         "in or switch them on, and check that sound is not disabled in the "
                         "sound settings."),
        ),
        FindingSpec(
            "device_not_found",
            fail,
            # TRANSLATORS: {choice} is what the person typed or chose, e.g. "USB" or "2".
            tr_noop("We could not find the microphone you chose ({choice}).") if mic
            # TRANSLATORS: {choice} is what the person typed or chose, e.g. "USB" or "2".
            else tr_noop("We could not find the speaker you chose ({choice})."),
            (
                # TRANSLATORS: {choices} is a list of device names, e.g. "Built-in, USB Audio".
                tr_noop("Choose one of these: {choices}."),
                tr_noop("Run 'preflight devices' to see every microphone and speaker."),
            ),
            tr_noop("The microphone chosen for the check is not on this computer: ask the "
                    "caller to choose one from the list, or the default.") if mic
            else tr_noop("The speaker chosen for the check is not on this computer: ask the "
                         "caller to choose one from the list, or the default."),
        ),
        FindingSpec(
            "audio_system_missing",
            fail,
            tr_noop("Preflight could not start your computer's sound system."),
            (
                tr_noop("Restart your computer, then run Preflight again."),
                tr_noop("If it happens again, reinstall Preflight, or call the support line."),
            ),
            tr_noop("Preflight could not start the computer's sound system (PortAudio): ask "
                    "the caller to restart the computer; if it happens again, to reinstall "
                    "Preflight."),
        ),
        FindingSpec(
            "device_busy",
            fail,
            tr_noop("Your microphone is being used by another program.") if mic
            else tr_noop("Your speakers are being used by another program."),
            (
                # TRANSLATORS: {program} is a program's name, e.g. "Zoom" or "Firefox".
                *((tr_noop("{program} is using your microphone. Close {program}, then "
                           "{check_again}."),
                   # TRANSLATORS: {possible_program} is a program's name, e.g. "Zoom" (macOS
                   # cannot tell which program holds the microphone: this one may).
                   tr_noop("{possible_program} may be using your microphone. Close "
                           "{possible_program}, then {check_again}.")) if mic else ()),
                tr_noop("Close other programs that may use it (video calls, voice recorders, "
                        "web browsers with a call open), then {check_again}."),
                tr_noop("If that does not help, restart your computer."),
            ),
            tr_noop("Another program is using the microphone: ask the caller to close video "
                    "calls, voice recorders and browser tabs with a call open, then run "
                    "Preflight again.") if mic
            else tr_noop("Another program is using the speakers: ask the caller to close video "
                         "calls, music players and browser tabs with sound, then run "
                         "Preflight again."),
        ),
        FindingSpec(
            "permission_denied",
            fail,
            tr_noop("Your computer's privacy settings are blocking the microphone.") if mic
            else tr_noop("Your computer's privacy settings are blocking the speakers."),
            _PRIVACY_ADVICE,
            tr_noop("The computer's privacy settings block the microphone: walk the caller "
                    "through Settings > Privacy & security > Microphone (Windows) or System "
                    "Settings > Privacy & Security > Microphone (Mac), then ask them to "
                    "reopen Preflight.") if mic
            else tr_noop("The computer's privacy settings block the speakers: walk the caller "
                         "through Settings > Privacy & security > Sound (Windows) or System "
                         "Settings > Privacy & Security > Sound (Mac), then ask them to "
                         "reopen Preflight."),
        ),
        FindingSpec(
            "unsupported_sample_rate",
            fail,
            tr_noop("Your microphone does not work with any of the sound settings video calls "
                    "use.") if mic
            else tr_noop("Your speakers do not work with any of the sound settings video calls "
                         "use."),
            (
                tr_noop("Choose another microphone in your computer's sound settings, or "
                        "unplug it and plug it back in.") if mic
                else tr_noop("Choose other speakers in your computer's sound settings, or "
                             "unplug them and plug them back in."),
                tr_noop("If it happens again, call the support line."),
            ),
            tr_noop("The microphone works with none of the usual sound settings: ask the "
                    "caller to choose another microphone, or to unplug it and plug it back "
                    "in.") if mic
            else tr_noop("The speakers work with none of the usual sound settings: ask the "
                         "caller to choose other speakers, or to unplug them and plug them "
                         "back in."),
        ),
        FindingSpec(
            "device_vanished",
            fail,
            tr_noop("Your microphone stopped sending sound during the test. It may have been "
                    "unplugged.") if mic
            else tr_noop("Your speakers or headphones stopped working during the test. They "
                         "may have been unplugged."),
            (
                tr_noop("Plug your microphone or headset back in (or switch it on), then "
                        "{check_again}.") if mic
                else tr_noop("Plug your speakers or headphones back in (or switch them on), "
                             "then {check_again}."),
                tr_noop("If you use Bluetooth, check that it is connected and charged."),
            ),
            tr_noop("The microphone stopped sending sound during the test (unplugged, or "
                    "Bluetooth dropped): ask the caller to plug it back in or reconnect it, "
                    "then run Preflight again.") if mic
            else tr_noop("The speakers stopped during the test (unplugged, or Bluetooth "
                         "dropped): ask the caller to plug them back in or reconnect them, "
                         "then run Preflight again."),
        ),
        FindingSpec(
            "device_error",
            fail,
            tr_noop("Your microphone stopped working while we tested it.") if mic
            else tr_noop("Your speakers stopped working while we tested them."),
            (
                tr_noop("Check that your microphone is plugged in and switched on, then "
                        "{check_again}.") if mic
                else tr_noop("Check that your speakers are plugged in and switched on, then "
                             "{check_again}."),
                tr_noop("If it happens again, restart your computer, or call the support "
                        "line."),
            ),
            tr_noop("The microphone stopped working during the test: ask the caller to check "
                    "it is plugged in and switched on and run Preflight again, and to restart "
                    "the computer if it happens again.") if mic
            else tr_noop("The speakers stopped working during the test: ask the caller to "
                         "check they are plugged in and switched on and run Preflight again, "
                         "and to restart the computer if it happens again."),
        ),
    )


# The `problem` codes, in the order of device_findings.
DEVICE_FAILURES = tuple(spec.name for spec in device_findings("microphone"))


@functools.cache
def _failure_specs(kind: str) -> dict[str, FindingSpec]:
    return {spec.name: spec for spec in device_findings(CHECK_OF_KIND[kind])}


class AudioProblem(Exception):
    """An audio device that can't be found or used. `kind` is one of DEVICE_FAILURES (the
    finding's name and the `problem` metric); `values` fill its sentences. `device_kind`
    ("input" or "output") chooses the words of `summary` and `advice`: those of the microphone
    or the speaker check's finding."""

    def __init__(self, kind: str, device_kind: str = "input", **values: Any) -> None:
        if kind not in DEVICE_FAILURES:
            raise ValueError(f"unknown audio problem {kind!r}")
        super().__init__(kind, device_kind)
        self.kind = kind
        self.device_kind = device_kind
        self.values: dict[str, Any] = values

    @property
    def spec(self) -> FindingSpec:
        return _failure_specs(self.device_kind)[self.kind]

    @property
    def _fields(self) -> dict[str, Any]:
        # As Descriptor.fields: the words for checking again on this surface, then the values.
        return {**action_fields(), **self.values}

    @property
    def summary(self) -> str:
        # Shown as it is (the live preview): never a raw "{field}" (engine/present.py).
        return summary_sentence(CHECK_OF_KIND[self.device_kind], self.spec.summary,
                                self._fields, self.spec.level)

    @property
    def advice(self) -> tuple[str, ...]:
        lines = (fill_if_complete(tr(text), self._fields) for text in self.spec.advice)
        return tuple(line for line in lines if line is not None)

    def __str__(self) -> str:
        return f"{self.kind}: {self.summary}"


def no_device(kind: str) -> AudioProblem:
    return AudioProblem("no_device", kind)


def portaudio_missing() -> AudioProblem:
    return AudioProblem("audio_system_missing")  # the same words for either kind of device


def import_sounddevice() -> Any:
    """The sounddevice module, or AudioProblem when the PortAudio library is missing or broken
    (sounddevice raises OSError "PortAudio library not found"). sounddevice itself is part of
    Preflight: without it the ImportError propagates, and the check reports an error."""
    try:
        import sounddevice  # type: ignore[import-untyped,unused-ignore]
    except OSError as exc:
        logger.warning("sounddevice could not load PortAudio: %s", exc)
        raise portaudio_missing() from None
    return sounddevice


def _host_api_names(sd: Any) -> list[str]:
    try:
        return [str(h["name"]) for h in sd.query_hostapis()]
    except Exception:
        return []


def _defaults(sd: Any) -> tuple[int, int]:
    try:
        default_in, default_out = sd.default.device
    except Exception:
        return -1, -1

    # sd.default.device holds -1 until PortAudio knows a default.
    def pick(value: Any, kind: str) -> int:
        if isinstance(value, int) and value >= 0:
            return value
        try:
            return int(sd.query_devices(kind=kind)["index"])
        except Exception:
            return -1

    return pick(default_in, "input"), pick(default_out, "output")


def _portaudio_devices(sd: Any) -> list[dict[str, Any]]:
    try:
        devices = sd.query_devices()
    except Exception as exc:
        logger.warning("listing audio devices failed: %s", exc)
        return []
    host_apis = _host_api_names(sd)
    default_in, default_out = _defaults(sd)
    entries: list[dict[str, Any]] = []
    for kind, channels_key, default in (
        ("input", "max_input_channels", default_in),
        ("output", "max_output_channels", default_out),
    ):
        for dev in devices:
            if int(dev[channels_key]) <= 0:
                continue
            index = int(dev["index"])
            api = int(dev["hostapi"])
            entries.append(
                {
                    "kind": kind,
                    "index": index,
                    "name": str(dev["name"]),
                    "default": index == default,
                    "host_api": host_apis[api] if 0 <= api < len(host_apis) else "",
                    "bluetooth": False,
                }
            )
    return entries


def _with_server_names(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """On Linux with a PulseAudio/PipeWire server and PortAudio's ALSA `pulse` device: the
    server's microphones and speakers by their real names in place of PortAudio's ALSA devices
    (`pulse`, `default`, and the sound cards the server holds). Each is opened on the `pulse`
    device (`portaudio_index`) and routed to its source or sink (`pulse_name`); its `index`
    numbers it after PortAudio's devices, for --mic/--speaker. Anything else: `entries`."""
    from preflight.checks.audio import pulse

    alsa = [e for e in entries if e["host_api"] == "ALSA"]
    via = {e["kind"]: e["index"] for e in alsa if e["name"] == "pulse"}
    if len(via) < 2:
        return entries  # no ALSA pulse plugin: the server's devices cannot be routed to
    found = pulse.list_devices()
    if not found:
        return entries
    kept = [e for e in entries if e["host_api"] != "ALSA"]
    first = 1 + max((int(e["index"]) for e in entries), default=-1)
    numbered = {"input": first, "output": first}
    for device in found:
        kept.append(
            {
                "kind": device.kind,
                "index": numbered[device.kind],
                "name": device.description,
                "default": device.default,
                "host_api": "PulseAudio",
                "bluetooth": device.bluetooth,
                "pulse_name": device.name,
                "portaudio_index": via[device.kind],
            }
        )
        numbered[device.kind] += 1
    return kept


def list_audio_devices() -> list[dict[str, Any]]:
    """Microphones and speakers: {kind: "input"|"output", index, name, default, host_api,
    bluetooth}; on Linux with a sound server also `pulse_name` and `portaudio_index` (see
    `_with_server_names`).

    A PortAudio device with both inputs and outputs appears twice. An empty list when there is
    no sound system (no PortAudio or no devices); never raises for that.
    """
    try:
        sd = import_sounddevice()
    except AudioProblem:
        return []
    entries = _portaudio_devices(sd)
    if entries and sys.platform.startswith("linux"):
        entries = _with_server_names(entries)
    return entries


@dataclass(frozen=True)
class AudioDevice:
    """The device a check opens: PortAudio's `index`, the `name` people read, and on Linux
    the sound server's source or sink it is routed to (`pulse_name`)."""

    index: int
    name: str
    pulse_name: str = ""
    bluetooth: bool = False

    def route(self, kind: str) -> dict[str, str]:
        """The environment that routes a stream to this device (see pulse.route)."""
        if not self.pulse_name:
            return {}
        return {("PULSE_SOURCE" if kind == "input" else "PULSE_SINK"): self.pulse_name}


def _chosen(entry: dict[str, Any]) -> AudioDevice:
    return audio_device(entry)


def audio_device(entry: dict[str, Any]) -> AudioDevice:
    """The device to open for one entry of `list_audio_devices`."""
    return AudioDevice(
        int(entry.get("portaudio_index", entry["index"])),
        str(entry["name"]),
        str(entry.get("pulse_name", "")),
        bool(entry.get("bluetooth", False)),
    )


def resolve(kind: str, spec: Any = None) -> AudioDevice:
    """The device to use: `spec` is None (the system default), a number from the listing, or
    a part of the device's name (a PortAudio device left out of the listing, such as ALSA's
    `pulse`, is still found by its exact name or PortAudio's number: the listing numbers the
    sound server's devices after PortAudio's). Raises AudioProblem in plain words."""
    sd = import_sounddevice()  # no PortAudio: say so, not "no device"
    entries = [d for d in list_audio_devices() if d["kind"] == kind]
    if not entries:
        raise no_device(kind)
    if spec is None or str(spec).strip() == "":
        chosen = next((d for d in entries if d["default"]), None)
        if chosen is None:
            # No default (some Linux setups): the first usable device is what apps would use.
            chosen = entries[0]
        return _chosen(chosen)
    text = str(spec).strip()
    if text.isdigit():
        match = next((d for d in entries if d["index"] == int(text)), None)
    else:
        match = next((d for d in entries if d["name"] == text), None) or next(
            (d for d in entries if text.lower() in d["name"].lower()), None)
    if match is None:
        hidden = [d for d in _portaudio_devices(sd) if d["kind"] == kind and d not in entries
                  and (d["name"] == text or str(d["index"]) == text)]
        if hidden:
            return _chosen(hidden[0])
        raise AudioProblem("device_not_found", kind, choice=text,
                           choices=sorted({d["name"] for d in entries}))
    return _chosen(match)


def resolve_device(kind: str, spec: Any = None) -> tuple[int, str]:
    """(PortAudio index, name) of the device `resolve` chooses."""
    device = resolve(kind, spec)
    return device.index, device.name


def device_failure(descriptor: Descriptor, exc: BaseException, device: str,
                   **metrics: Any) -> CheckResult:
    """The microphone's or speaker's result for an exception raised while finding or using its
    device: the device-failure finding in plain words, `problem` and `device` among the
    metrics. Anything that is neither an AudioProblem nor a PortAudioError is a bug:
    re-raised, so the runner reports it as an error."""
    if not isinstance(exc, AudioProblem) and type(exc).__name__ != "PortAudioError":
        raise exc
    problem = with_program(refused(describe_error(exc, KIND_OF_CHECK[descriptor.id])))
    logger.info("%s check: %s", descriptor.id, problem)
    finding = descriptor.finding(problem.kind, **problem.values)
    return descriptor.result([finding], problem=problem.kind, device=device, **metrics)


def with_program(problem: AudioProblem) -> AudioProblem:
    """A busy microphone names the program holding it (`program`), when one can be found:
    Linux from the sound server and /proc, Windows from its privacy records; on macOS, which
    cannot tell, a running call app that may hold it (`possible_program`)."""
    if problem.kind == "device_busy" and problem.device_kind == "input" and not (
            {"program", "possible_program"} & set(problem.values)):
        try:
            program, certain = microphone_holder()
        except Exception:  # a diagnosis aid must not turn "busy" into a crash
            logger.warning("could not tell which program holds the microphone", exc_info=True)
            program, certain = "", True
        if program:
            problem.values["program" if certain else "possible_program"] = program
    return problem


def refused(problem: AudioProblem, platform: str | None = None) -> AudioProblem:
    """Windows: a microphone that fails to open while the privacy switch for desktop apps is
    off is refused, not busy or broken (PortAudio's error does not say so)."""
    from preflight import devices_os

    platform = sys.platform if platform is None else platform
    if (platform == "win32" and problem.device_kind == "input"
            and problem.kind in ("device_busy", "device_error", "no_device")):
        try:
            denied = devices_os.windows_denied("microphone")
        except Exception:  # a diagnosis aid must not hide the failure
            logger.warning("could not read the microphone privacy switch", exc_info=True)
            denied = False
        if denied:
            return AudioProblem("permission_denied", "input", what=tr(PRIVACY_PAGE["input"]))
    return problem


def microphone_holder(platform: str | None = None) -> tuple[str, bool]:
    """(program, certain) holding the microphone; ("", True) when none can be named."""
    from preflight import devices_os

    platform = sys.platform if platform is None else platform

    if platform == "win32":
        found = devices_os.windows_holders("microphone")
        return (found[0] if found else ""), True
    if platform == "darwin":
        found = devices_os.possible_holders()
        return (found[0] if found else ""), False
    return pulse.microphone_user(), True


def describe_error(exc: BaseException, kind: str) -> AudioProblem:
    """Plain words for a PortAudio (or OS) error while opening or running a stream."""
    if isinstance(exc, AudioProblem):
        return exc
    code = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
    text = " ".join(str(a) for a in exc.args).lower()
    if (
        "permission" in text
        or "not permitted" in text
        or "access denied" in text
        or (isinstance(exc, PermissionError))
    ):
        return AudioProblem("permission_denied", kind, what=tr(PRIVACY_PAGE[kind]))
    if code == PA_DEVICE_UNAVAILABLE or "busy" in text or "unavailable" in text:
        return AudioProblem("device_busy", kind)
    if code == PA_INVALID_SAMPLE_RATE or "sample rate" in text:
        return AudioProblem("unsupported_sample_rate", kind)
    if "error querying device" in text or code in (PA_INVALID_DEVICE, PA_NOT_INITIALIZED):
        return no_device(kind)
    return AudioProblem("device_error", kind)


def vanished(kind: str) -> AudioProblem:
    return AudioProblem("device_vanished", kind)


def candidate_rates(sd: Any, device: int, kind: str) -> list[int]:
    """The device's own default rate first, then the usual ones."""
    rates: list[int] = []
    try:
        rates.append(round(float(sd.query_devices(device)["default_samplerate"])))
    except Exception:
        pass
    rates += [r for r in FALLBACK_RATES if r not in rates]
    return rates


def open_stream(
    ctx: CheckContext | None,
    factory: Callable[[int], Any],
    rates: list[int],
    kind: str,
    route: Mapping[str, str] | None = None,
    attempts: int = OPEN_ATTEMPTS,
) -> tuple[Any, int]:
    """Open and start a stream with `factory(rate)`, trying each rate, retrying transient
    failures (device busy, host errors just after another stream closed) up to `attempts`
    times. `route` (from `AudioDevice.route`) sends a stream on PortAudio's `pulse` device to
    the chosen source or sink. Returns (stream, rate); raises AudioProblem."""
    last: BaseException | None = None
    for attempt in range(attempts):
        for rate in rates:
            opened = False
            try:
                with pulse.route(route):
                    stream = factory(rate)
                    opened = True
                    stream.start()
            except Exception as exc:
                if opened:
                    last = exc
                    close_quietly(stream)
                    logger.info("starting %s stream failed: %s", kind, exc)
                    break
                last = exc
                problem = describe_error(exc, kind)
                logger.info("opening %s at %d Hz failed: %s", kind, rate, exc)
                if problem.kind == "unsupported_sample_rate":
                    continue  # try the next rate at once
                if problem.kind in ("permission_denied", "no_device"):
                    raise problem from None
                break  # transient: wait and retry from the first rate
            return stream, rate
        if attempt + 1 < attempts:
            if ctx is not None:
                if ctx.remaining() < OPEN_RETRY_S + 1.0:
                    break
                ctx.sleep(OPEN_RETRY_S)
            else:
                time.sleep(OPEN_RETRY_S)
    if last is None:
        raise no_device(kind)
    raise describe_error(last, kind)


def close_quietly(stream: Any, timeout_s: float = 1.0) -> None:
    """Stop and close a stream without ever hanging the check: a stream whose device vanished
    can block in PortAudio's close, so that happens on a helper thread we stop waiting for."""

    def _close() -> None:
        try:
            stream.abort(ignore_errors=True)
        except Exception:
            pass
        try:
            stream.close(ignore_errors=True)
        except Exception:
            logger.debug("closing an audio stream failed", exc_info=True)

    closer = threading.Thread(target=_close, name="audio-close", daemon=True)
    closer.start()
    closer.join(timeout_s)
    if closer.is_alive():
        logger.warning("an audio stream did not close within %.1f s; left behind", timeout_s)
