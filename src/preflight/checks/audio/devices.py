"""Audio devices through sounddevice/PortAudio: listing, choosing, opening with retries, and
turning every PortAudio failure into plain words.

sounddevice is imported inside functions: importing it loads PortAudio and scans the devices.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from preflight.i18n import tr

if TYPE_CHECKING:
    from preflight.engine.check import Check, CheckContext
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


class AudioProblem(Exception):
    """An audio failure in words a patient understands. `kind` is a stable code for metrics."""

    def __init__(self, kind: str, summary: str, advice: tuple[str, ...]) -> None:
        super().__init__(kind, summary)
        self.kind = kind
        self.summary = summary
        self.advice = tuple(advice)

    def __str__(self) -> str:
        return f"{self.kind}: {self.summary}"


def _privacy_advice(what: str) -> tuple[str, ...]:
    return (
        tr(
            "Windows: open Settings > Privacy & security > {what}, and turn on "
            "access for desktop apps.",
            what=what,
        ),
        tr(
            "Mac: open System Settings > Privacy & Security > {what}, and turn on "
            "Preflight (or your Terminal).",
            what=what,
        ),
    )


def no_device(kind: str) -> AudioProblem:
    if kind == "input":
        return AudioProblem(
            "no_device",
            tr("We could not find a microphone on this computer."),
            (
                tr(
                    "If you use a headset or webcam with a microphone, plug it in and "
                    "wait a few seconds, then press Check again."
                ),
                tr(
                    "If your computer has a built-in microphone, make sure it is "
                    "switched on and not disabled in your sound settings."
                ),
            ),
        )
    return AudioProblem(
        "no_device",
        tr("We could not find speakers or headphones on this computer."),
        (
            tr("Plug in your headphones or speakers, or turn them on, then press Check again."),
            tr("Make sure sound is not disabled in your computer's sound settings."),
        ),
    )


def portaudio_missing() -> AudioProblem:
    return AudioProblem(
        "audio_system_missing",
        tr("Preflight could not start your computer's sound system."),
        (
            tr("Restart your computer, then run Preflight again."),
            tr("If it happens again, reinstall Preflight, or call the support line."),
        ),
    )


def import_sounddevice() -> Any:
    """The sounddevice module, or AudioProblem when PortAudio is missing or broken."""
    try:
        import sounddevice
    except OSError as exc:  # "PortAudio library not found"
        logger.warning("sounddevice could not load PortAudio: %s", exc)
        raise portaudio_missing() from None
    except ImportError as exc:
        logger.warning("sounddevice is not installed: %s", exc)
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


def list_audio_devices() -> list[dict[str, Any]]:
    """Microphones and speakers: {kind: "input"|"output", index, name, default, host_api}.

    A device with both inputs and outputs appears twice. An empty list when there is no sound
    system (no PortAudio or no devices); never raises for that.
    """
    try:
        sd = import_sounddevice()
        devices = sd.query_devices()
    except AudioProblem:
        return []
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
                }
            )
    return entries


def resolve_device(kind: str, spec: Any = None) -> tuple[int, str]:
    """(index, name) of the device to use: `spec` is None (the system default), an index, or a
    part of the device's name. Raises AudioProblem in plain words."""
    sd = import_sounddevice()
    entries = [d for d in list_audio_devices() if d["kind"] == kind]
    if not entries:
        raise no_device(kind)
    label = "microphone" if kind == "input" else "speaker"
    if spec is None or str(spec).strip() == "":
        chosen = next((d for d in entries if d["default"]), None)
        if chosen is None:
            # No default (some Linux setups): the first usable device is what apps would use.
            chosen = entries[0]
        return int(chosen["index"]), str(chosen["name"])
    text = str(spec).strip()
    if text.isdigit():
        match = next((d for d in entries if d["index"] == int(text)), None)
    else:
        match = next((d for d in entries if text.lower() in d["name"].lower()), None)
    if match is None:
        names = ", ".join(sorted({d["name"] for d in entries}))
        raise AudioProblem(
            "device_not_found",
            f"We could not find the {label} you chose ({text}).",
            (
                f"Choose one of these: {names}.",
                "Run 'preflight devices' to see every microphone and speaker.",
            ),
        )
    del sd
    return int(match["index"]), str(match["name"])


def device_failure(check: Check, exc: Exception, kind: str, device: str,
                   **metrics: Any) -> CheckResult:
    """The microphone's or speaker's `fail` result for an exception raised while finding or
    using its device, in plain words. Anything that is neither an AudioProblem nor a
    PortAudioError is a bug: re-raised, so the runner reports it as an error."""
    from preflight.engine.result import Status

    if not isinstance(exc, AudioProblem) and type(exc).__name__ != "PortAudioError":
        raise exc
    problem = describe_error(exc, kind)
    logger.info("%s check: %s", check.id, problem)
    return check.result(Status.FAIL, problem.summary, problem.advice, problem=problem.kind,
                        device=device, **metrics)


def describe_error(exc: BaseException, kind: str) -> AudioProblem:
    """Plain words for a PortAudio (or OS) error while opening or running a stream."""
    if isinstance(exc, AudioProblem):
        return exc
    mic = kind == "input"  # whole sentences per device: each language agrees them its own way
    code = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
    text = " ".join(str(a) for a in exc.args).lower()
    if (
        "permission" in text
        or "not permitted" in text
        or "access denied" in text
        or (isinstance(exc, PermissionError))
    ):
        # The name of the page in the system's privacy settings.
        what = tr("Microphone") if kind == "input" else tr("Sound")
        return AudioProblem(
            "permission_denied",
            tr("Your computer's privacy settings are blocking the microphone.")
            if mic
            else tr("Your computer's privacy settings are blocking the speakers."),
            (*_privacy_advice(what), tr("Then close Preflight, open it again, and press Check.")),
        )
    if code == PA_DEVICE_UNAVAILABLE or "busy" in text or "unavailable" in text:
        return AudioProblem(
            "device_busy",
            tr("Your microphone is being used by another program.")
            if mic
            else tr("Your speakers are being used by another program."),
            (
                tr(
                    "Close other programs that may use it (video calls, voice "
                    "recorders, web browsers with a call open), then press Check again."
                ),
                tr("If that does not help, restart your computer."),
            ),
        )
    if code == PA_INVALID_SAMPLE_RATE or "sample rate" in text:
        return AudioProblem(
            "unsupported_sample_rate",
            tr("Your microphone does not work with any of the sound settings video calls use.")
            if mic
            else tr("Your speakers do not work with any of the sound settings video calls use."),
            (
                tr(
                    "Choose another microphone in your computer's sound settings, or "
                    "unplug it and plug it back in."
                )
                if mic
                else tr(
                    "Choose other speakers in your computer's sound settings, or "
                    "unplug them and plug them back in."
                ),
                tr("If it happens again, call the support line."),
            ),
        )
    if "error querying device" in text or code in (PA_INVALID_DEVICE, PA_NOT_INITIALIZED):
        if kind == "input":
            return no_device("input")
        return no_device("output")
    return AudioProblem(
        "device_error",
        tr("Your microphone stopped working while we tested it.")
        if mic
        else tr("Your speakers stopped working while we tested them."),
        (
            tr("Check that your microphone is plugged in and switched on, then press Check again.")
            if mic
            else tr(
                "Check that your speakers are plugged in and switched on, then press Check again."
            ),
            tr("If it happens again, restart your computer, or call the support line."),
        ),
    )


def vanished(kind: str) -> AudioProblem:
    if kind == "input":
        return AudioProblem(
            "device_vanished",
            tr(
                "Your microphone stopped sending sound during the test. It may have been unplugged."
            ),
            (
                tr(
                    "Plug your microphone or headset back in (or switch it on), then "
                    "press Check again."
                ),
                tr("If you use Bluetooth, check that it is connected and charged."),
            ),
        )
    return AudioProblem(
        "device_vanished",
        tr(
            "Your speakers or headphones stopped working during the test. They "
            "may have been unplugged."
        ),
        (
            tr(
                "Plug your speakers or headphones back in (or switch them on), "
                "then press Check again."
            ),
            tr("If you use Bluetooth, check that it is connected and charged."),
        ),
    )


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
) -> tuple[Any, int]:
    """Open and start a stream with `factory(rate)`, trying each rate, retrying transient
    failures (device busy, host errors just after another stream closed). Returns
    (stream, rate); raises AudioProblem."""
    last: BaseException | None = None
    for attempt in range(OPEN_ATTEMPTS):
        for rate in rates:
            try:
                stream = factory(rate)
            except Exception as exc:
                last = exc
                problem = describe_error(exc, kind)
                logger.info("opening %s at %d Hz failed: %s", kind, rate, exc)
                if problem.kind == "unsupported_sample_rate":
                    continue  # try the next rate at once
                if problem.kind in ("permission_denied", "no_device"):
                    raise problem from None
                break  # transient: wait and retry from the first rate
            try:
                stream.start()
            except Exception as exc:
                last = exc
                close_quietly(stream)
                logger.info("starting %s stream failed: %s", kind, exc)
                break
            return stream, rate
        if attempt + 1 < OPEN_ATTEMPTS:
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
