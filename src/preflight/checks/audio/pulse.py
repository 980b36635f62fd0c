"""What the Linux sound server knows and PortAudio does not: the real names of microphones and
speakers, which of them are Bluetooth headsets, and which programs are recording.

On Linux with PulseAudio (or PipeWire's PulseAudio server), PortAudio lists only ALSA's `pulse`
and `default` devices. Here the server's sources and sinks are read through `pulsectl`
(libpulse by ctypes), with their descriptions ("USB headset", "Built-in Audio Analog Stereo");
a stream opened on PortAudio's `pulse` device is routed to one of them with `route()`, which
sets PULSE_SOURCE / PULSE_SINK while the stream opens (libpulse reads them when ALSA's pulse
plugin creates its context). Without a server, without libpulse or without pulsectl, every
function here answers "nothing known" (None or an empty list), never raises: the caller keeps
PortAudio's own listing.

Which program holds the microphone: other processes' recording streams on the server
(`application.name`), and processes that opened an ALSA capture device (`/dev/snd/pcm*c`)
directly, read from `/proc/*/fd`. Only program names, never window titles or anything else.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from preflight.devices_os import friendly_program
from preflight.devices_os import programs_holding as programs_holding_path
from preflight.engine.deadline import call_with_deadline

logger = logging.getLogger(__name__)

# A sound server answers in milliseconds; one that does not is treated as absent.
QUERY_BUDGET_S = 2.0
PA_INVALID_INDEX = 0xFFFFFFFF
# Card profiles of a Bluetooth headset's two-way (phone-quality) mode: PulseAudio's and
# PipeWire's names for HSP/HFP.
HEADSET_PROFILES = ("headset_head_unit", "headset-head-unit", "handsfree_head_unit",
                    "handsfree-head-unit")
# The ALSA capture devices a program opens to record without the sound server.
PCM_CAPTURE = re.compile(r"^/dev/snd/pcmC\d+D\d+c$")
# Processes that hold the sound card on everyone's behalf: never "the program using it".
SOUND_SERVERS = frozenset({"pulseaudio", "pipewire", "pipewire-pulse", "wireplumber", "jackd",
                           "jackdbus", "pipewire-media-session"})

# Routing sets process-wide environment variables for the moment a stream opens: one at a time.
_ROUTE_LOCK = threading.Lock()


@dataclass(frozen=True)
class PulseDevice:
    kind: str  # "input" (a source) or "output" (a sink)
    name: str  # the server's name, e.g. "alsa_input.usb-Jabra...", what PULSE_SOURCE takes
    description: str  # what people read: "Jabra Evolve 65", "Built-in Audio Analog Stereo"
    default: bool
    bluetooth: bool


_IMPORT_LOCK = threading.Lock()


def _pulsectl() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    if "pulsectl" in sys.modules:
        return sys.modules["pulsectl"]
    import ctypes.util

    # pulsectl 24.12 loads libpulse with find_library("libpulse"), which never matches (it
    # looks for "liblibpulse"), so ctypes falls back to compiling with gcc through a temporary
    # file (slow, and a file written) before loading "libpulse.so.0" anyway: name the library
    # by its soname, the stable name of its ABI, for the moment of the import.
    real = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        return "libpulse.so.0" if name == "libpulse" else real(name)

    with _IMPORT_LOCK:
        ctypes.util.find_library = find_library
        try:
            import pulsectl  # type: ignore[import-untyped,unused-ignore]
        except Exception as exc:  # not installed, or libpulse missing (OSError from ctypes)
            logger.info("pulsectl unavailable: %s", exc)
            return None
        finally:
            ctypes.util.find_library = real
    return pulsectl


def _query(fn: Any, name: str) -> Any:
    """fn(pulse) on a fresh connection, in a daemon thread bounded by QUERY_BUDGET_S; None when
    there is no server, pulsectl is missing, or anything goes wrong."""
    pulsectl = _pulsectl()
    if pulsectl is None:
        return None

    def run() -> Any:
        # Pulse.connect(timeout=...) waits its whole timeout even when the server answers at
        # once (pulsectl 24.12, measured: 2.0 s): the deadline thread bounds the wait instead.
        with pulsectl.Pulse("preflight") as pulse:
            return fn(pulse)

    task = call_with_deadline(run, QUERY_BUDGET_S, name=f"pulse-{name}")
    if not task.done:
        logger.warning("the sound server did not answer within %.1f s", QUERY_BUDGET_S)
        return None
    if task.error is not None:
        logger.info("asking the sound server failed: %s", task.error)
        return None
    return task.value


def is_bluetooth(proplist: Mapping[str, Any], card_proplist: Mapping[str, Any] | None = None,
                 card_profile: str = "", name: str = "") -> bool:
    """A Bluetooth device, from what PulseAudio/PipeWire say about it and its card."""
    for props in (proplist, card_proplist or {}):
        if str(props.get("device.bus", "")).lower() == "bluetooth":
            return True
        if str(props.get("device.api", "")).lower().startswith("bluez"):
            return True
    profile = card_profile.lower()
    return name.startswith("bluez_") or any(p in profile for p in HEADSET_PROFILES)


def _is_monitor(source: Any) -> bool:
    monitor_of = getattr(source, "monitor_of_sink", PA_INVALID_INDEX)
    return (monitor_of not in (None, PA_INVALID_INDEX)
            or str(source.proplist.get("device.class", "")) == "monitor")


def _devices(pulse: Any) -> list[PulseDevice]:
    info = pulse.server_info()
    cards: dict[int, tuple[Mapping[str, Any], str]] = {}
    for card in pulse.card_list():
        profile = getattr(card, "profile_active", None)
        cards[int(card.index)] = (dict(card.proplist), str(getattr(profile, "name", "") or ""))
    found: list[PulseDevice] = []
    for kind, items, default in (
        ("input", pulse.source_list(), info.default_source_name),
        ("output", pulse.sink_list(), info.default_sink_name),
    ):
        for item in items:
            if kind == "input" and _is_monitor(item):
                continue  # "Monitor of ..." records what the speakers play: not a microphone
            card_props, profile = cards.get(int(getattr(item, "card", PA_INVALID_INDEX)),
                                            ({}, ""))
            found.append(PulseDevice(
                kind=kind,
                name=str(item.name),
                description=str(item.description or item.name),
                default=item.name == default,
                bluetooth=is_bluetooth(dict(item.proplist), card_props, profile, str(item.name)),
            ))
    return found


def list_devices() -> list[PulseDevice] | None:
    """The server's microphones (sources that are not monitors) and speakers (sinks), or None
    when there is no PulseAudio/PipeWire server to ask (Windows, macOS, none running)."""
    devices = _query(_devices, "devices")
    return list(devices) if devices is not None else None


@contextlib.contextmanager
def route(env: Mapping[str, str] | None) -> Iterator[None]:
    """Within the block, streams opened on PortAudio's `pulse` device use the given source or
    sink ({"PULSE_SOURCE": name} and/or {"PULSE_SINK": name}); the environment is restored
    after. Nothing to route: a no-op (no lock taken)."""
    if not env:
        yield
        return
    with _ROUTE_LOCK:
        saved = {key: os.environ.get(key) for key in env}
        os.environ.update(env)
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def program_name(raw: str) -> str:
    """A program's name as patients know it ("zoom" -> "Zoom"); unknown names as they are.
    One table for the camera's and the sound server's names: devices_os.PROGRAM_NAMES."""
    return friendly_program(raw)


def _recording_streams(pulse: Any) -> list[str]:
    monitors = {int(s.index) for s in pulse.source_list() if _is_monitor(s)}
    names: list[str] = []
    for stream in pulse.source_output_list():
        props = dict(stream.proplist)
        if str(props.get("application.process.id", "")) == str(os.getpid()):
            continue  # our own stream
        if int(getattr(stream, "source", PA_INVALID_INDEX)) in monitors:
            continue  # recording what the speakers play, not the microphone
        if str(props.get("media.role", "")) == "abstract" or "peak" in str(
                props.get("media.name", "")).lower():
            continue  # a volume meter (pavucontrol's peak detection)
        name = str(props.get("application.name") or props.get("application.process.binary")
                   or "")
        if name:
            names.append(program_name(name))
    return names


def recording_programs() -> list[str]:
    """Names of the other programs recording from a microphone through the sound server."""
    return _query(_recording_streams, "streams") or []


def programs_holding(pattern: re.Pattern[str] = PCM_CAPTURE, proc: Path = Path("/proc"),
                     ignore: frozenset[str] = SOUND_SERVERS) -> list[str]:
    """Names of the processes (other than this one and the sound servers) that have a file
    open whose path matches `pattern`: by default an ALSA capture device. The /proc scan is the
    camera's (devices_os.programs_holding): one reader, one table of names."""
    return programs_holding_path(lambda path: bool(pattern.match(path)), proc=proc,
                                 skip_names=ignore)


def microphone_user() -> str:
    """The program most likely holding the microphone, or "" when none can be named: a process
    with an ALSA capture device open, else a program recording through the sound server."""
    if not sys.platform.startswith("linux"):
        return ""
    for name in [*programs_holding(), *recording_programs()]:
        if name:
            return name
    return ""
