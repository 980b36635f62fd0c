"""The support code: a run's essentials in 20 characters a caller can read aloud over the phone.

Layout (format 1), most significant bit first; see `_FIELDS` and docs/support.md:
84 payload bits (format version, app version family, verdicts, restart flags, metric buckets),
then a CRC-16 of the payload: 100 bits = 20 Crockford base32 characters, shown in groups of 4.

Why CRC-16 (CCITT polynomial 0x1021, stdlib `binascii.crc_hqx`) and not a base32 check
character: one character carries 5 bits, so a mistyped character changes at most 5 adjacent
bits and swapping two neighbouring characters at most 10; a CRC of degree 16 detects *every*
error burst of up to 16 bits, so both are always caught. Its (x+1) factor also catches every
odd number of flipped bits, and any other mistake slips through with odds of 1 in 65,536.
A single mod-37 check character (Crockford's own) would have caught substitutions but let one
in 37 other errors through. Hand-written packing because no maintained library packs
bit fields into Crockford base32 with a CRC; the code is small and fully property-tested.

Every format keeps two things fixed so an old Preflight can recognise a newer code: the first
3 bits are the format version and the last 16 bits are the CRC-16 of everything before them
(left-padded with zero bits to whole bytes, initial value 0xFFFF).

Privacy: only statuses and coarse buckets go in; no names, addresses, device names or serials.
"""

from __future__ import annotations

import binascii
import json
import logging
import math
import re
import sys
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from preflight.engine.report import RunReport

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_ALIASES = {"I": "1", "L": "1", "O": "0"}
CODE_LENGTH = 20  # characters, without the dashes
GROUP = 4
_CRC_BITS = 16
_VERSION_BITS = 3

# The six checks, in report order; their slots in the code never move.
CHECK_IDS = ("camera", "microphone", "speaker", "network", "bandwidth", "system")
CHECK_TITLES = {
    "camera": "Camera",
    "microphone": "Microphone",
    "speaker": "Speakers",
    "network": "Internet connection",
    "bandwidth": "Internet speed",
    "system": "Computer",
}
STATUSES = ("not_run", "pass", "warn", "fail", "skip", "error")
STATUS_WORDS = {
    "not_run": "Not run",
    "pass": "OK",
    "warn": "Check",
    "fail": "Problem",
    "skip": "Skipped",
    "error": "Problem (the check could not finish)",
}
OVERALLS = ("pass", "warn", "fail")
RESTART_FLAGS = ("cpu", "memory", "swap", "uptime")
RESTART_WORDS = {
    "cpu": "other programs keep the processor busy",
    "memory": "memory is short",
    "swap": "the computer is using the disk as memory",
    "uptime": "the computer has been on for over a week",
}
CAMERA_PROBLEMS = (
    "unknown",
    "none",
    "missing",
    "busy",
    "no_frames",
    "black",
    "frozen",
    "low_fps",
    "dark",
    "bright",
    "backlit",
    "blurry",
    "no_face",
    "low_resolution",
    "other",  # a problem name this version does not know
)
SPEAKER_METHODS = ("unknown", "loopback", "user_confirmed", "not_confirmed")
TRI_STATE = ("unknown", "no", "yes")
RESOLUTIONS = ("unknown", "below 480p", "480p", "720p", "1080p or more")
BATTERY_STATES = ("none", "charging", "ok", "low")
UNKNOWN = "unknown"

TYPO_MESSAGE = "This code has a typo — ask the caller to read it again."


class SupportCodeError(ValueError):
    """A code that cannot be read; str() is a sentence for the help-desk agent."""


@dataclass(frozen=True)
class Scale:
    """Numbers quantised into readable buckets: index 0 is "unknown", then one bucket per
    interval [edge_i, edge_i+1), the first open below and the last open above."""

    unit: str
    edges: tuple[float, ...]

    @property
    def size(self) -> int:
        return len(self.edges) + 2

    def index(self, value: float | None) -> int:
        if value is None:
            return 0
        return 1 + bisect_right(self.edges, value)

    def label(self, index: int) -> str:
        if index == 0:
            return UNKNOWN
        e = self.edges
        unit = self.unit if self.unit == "%" else f" {self.unit}"
        if index == 1:
            return f"under {e[0]:g}{unit}"
        if index == len(e) + 1:
            return f"{e[-1]:g}{unit} or more"
        return f"{e[index - 2]:g} to {e[index - 1]:g}{unit}"

    def upper(self, index: int) -> float:
        """The bucket's upper edge (inf for the last); used to judge a bucket as a whole."""
        return self.edges[index - 1] if 1 <= index <= len(self.edges) else math.inf

    def lower(self, index: int) -> float:
        return self.edges[index - 2] if index >= 2 else -math.inf


# Edges include the thresholds of resources/preflight.toml and the field notes, so a bucket
# tells the agent which side of each threshold the caller was on.
# Mbit/s: 0.6 / 1.2 warn (Zoom HQ / 720p), 0.75 (doxy.me), 1.5 / 3.0 pass, 1.8 (Zoom 1080p),
# 2.5 (Vonage 720p30).
MBPS = Scale("Mbit/s", (0.25, 0.5, 0.6, 0.75, 1.2, 1.5, 1.8, 2.5, 3.0, 5.0, 10, 25, 50, 100))
# Ping: Twilio good/suboptimal/poor at 100/250/400 ms; speedtest-cli's unreachable = 1,800,000.
PING_MS = Scale("ms", (50, 100, 150, 250, 400, 1000))
# Microphone RMS: fail below -60, warn below -45 (WebRTC troubleshooter / [microphone]);
# speech reads -35 to -15; above -6 is close to clipping.
RMS_DBFS = Scale("dBFS", (-60, -45, -35, -15, -6))
# Frame rate: fail below 5, warn below 15 ([camera]); 24-29 film/webcam rates, 30 normal.
FPS = Scale("fps", (1, 5, 10, 15, 24, 29))
# Processor use by other programs: restart reason at 80% ([system] cpu_busy_percent).
CPU_PERCENT = Scale("%", (25, 50, 80, 95))
# Free memory: restart reason below 1 GB ([system] memory_available_min_gb).
MEMORY_GB = Scale("GB", (0.5, 1, 2, 4, 8))
# Uptime: restart reason over 7 days ([system] uptime_max_days).
UPTIME_DAYS = Scale("days", (1, 3, 7, 14, 30))
# UDP loss: Twilio 1/3/8 %; 100% means UDP is blocked. Index 0 unknown, 1 none, 7 blocked.
LOSS_EDGES = (1.0, 3.0, 8.0, 20.0)
LOSS_LABELS = (
    UNKNOWN,
    "0%",
    "under 1%",
    "1 to 3%",
    "3 to 8%",
    "8 to 20%",
    "20 to 99%",
    "100% (UDP blocked)",
)
# Microphone level has one extra bucket for digital silence (every sample ~0).
RMS_LABELS = (UNKNOWN, "silent", *(RMS_DBFS.label(i) for i in range(1, RMS_DBFS.size)))

SCALES: dict[str, Scale] = {
    "download_mbps": MBPS,
    "upload_mbps": MBPS,
    "ping_ms": PING_MS,
    "fps": FPS,
    "cpu_percent": CPU_PERCENT,
    "memory_available_gb": MEMORY_GB,
    "uptime_days": UPTIME_DAYS,
}

# Every bucketed field: name -> the labels its values decode to (index = value in the code).
BUCKET_LABELS: dict[str, tuple[str, ...]] = {
    **{name: tuple(s.label(i) for i in range(s.size)) for name, s in SCALES.items()},
    "udp_loss_pct": LOSS_LABELS,
    "rms_dbfs": RMS_LABELS,
    "dns_ok": TRI_STATE,
    "https_ok": TRI_STATE,
    "clipping": TRI_STATE,
    "method": SPEAKER_METHODS,
    "echo": TRI_STATE,
    "resolution": RESOLUTIONS,
    "problem": CAMERA_PROBLEMS,
    "face_found": TRI_STATE,
    "battery": BATTERY_STATES,
}

# (field, bits), most significant first. Order and widths are format 1: never change them;
# add fields in a new format version instead.
_FIELDS: tuple[tuple[str, int], ...] = (
    ("version", _VERSION_BITS),
    ("app_major", 3),  # 0-6; 7 = unknown
    ("app_minor", 3),  # 0-6; 7 = 7 or later
    ("overall", 2),
    ("cancelled", 1),
    *((f"status_{cid}", 3) for cid in CHECK_IDS),
    *((f"restart_{flag}", 1) for flag in RESTART_FLAGS),
    ("download_mbps", 4),
    ("upload_mbps", 4),
    ("ping_ms", 3),
    ("udp_loss_pct", 3),
    ("dns_ok", 2),
    ("https_ok", 2),
    ("rms_dbfs", 3),
    ("clipping", 2),
    ("method", 2),
    ("echo", 2),
    ("resolution", 3),
    ("fps", 3),
    ("problem", 4),
    ("face_found", 2),
    ("cpu_percent", 3),
    ("memory_available_gb", 3),
    ("uptime_days", 3),
    ("battery", 2),
)
PAYLOAD_BITS = sum(bits for _, bits in _FIELDS)
assert PAYLOAD_BITS + _CRC_BITS == CODE_LENGTH * 5, "format 1 must fill 20 characters exactly"
assert all(len(BUCKET_LABELS[n]) <= 1 << b for n, b in _FIELDS if n in BUCKET_LABELS)

# Which check each bucket belongs to, for the agent's view.
BUCKETS_BY_CHECK: dict[str, tuple[str, ...]] = {
    "camera": ("resolution", "fps", "problem", "face_found"),
    "microphone": ("rms_dbfs", "clipping"),
    "speaker": ("method", "echo"),
    "network": ("udp_loss_pct", "dns_ok", "https_ok"),
    "bandwidth": ("download_mbps", "upload_mbps", "ping_ms"),
    "system": ("cpu_percent", "memory_available_gb", "uptime_days", "battery"),
}
BUCKET_NAMES = {
    "resolution": "picture size",
    "fps": "frame rate",
    "problem": "problem found",
    "face_found": "face seen",
    "rms_dbfs": "voice level",
    "clipping": "distorted (too loud)",
    "method": "how the sound was confirmed",
    "echo": "speakers heard by the microphone (echo)",
    "udp_loss_pct": "call traffic (UDP) lost",
    "dns_ok": "names look up (DNS)",
    "https_ok": "visit services reachable",
    "download_mbps": "download",
    "upload_mbps": "upload",
    "ping_ms": "ping",
    "cpu_percent": "processor used by other programs",
    "memory_available_gb": "free memory",
    "uptime_days": "time since last restart",
    "battery": "battery",
}


@dataclass(frozen=True)
class DecodedCode:
    """What a support code says: the same statuses and buckets the caller's report showed."""

    format_version: int
    app_family: str  # "0.1", "0.7 or later" or "unknown"
    overall: str  # pass / warn / fail
    cancelled: bool
    statuses: Mapping[str, str]  # check id -> one of STATUSES
    restart_reasons: tuple[str, ...]  # subset of RESTART_FLAGS, in that order
    buckets: Mapping[str, str]  # bucket name -> label from BUCKET_LABELS
    code: str = field(default="", compare=False)

    def likely_fixes(self) -> list[str]:
        return likely_fixes(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "support_code": self.code,
            "format_version": self.format_version,
            "app_family": self.app_family,
            "overall": self.overall,
            "cancelled": self.cancelled,
            "checks": {cid: self.statuses[cid] for cid in CHECK_IDS},
            "restart_reasons": list(self.restart_reasons),
            "buckets": dict(self.buckets),
            "likely_fixes": self.likely_fixes(),
        }

    def render(self) -> str:
        """The agent's view: what the caller saw, then the likely fixes."""
        verdict = {
            "pass": "Ready for the visit.",
            "warn": "Almost ready: some things to check.",
            "fail": "Problems found: the caller needs help.",
        }[self.overall]
        lines = [f"Support code {self.code}" if self.code else "Support code"]
        lines.append(f"Preflight {self.app_family}, code format {self.format_version}")
        lines.append(f"Overall: {verdict}")
        if self.cancelled:
            lines.append("The caller stopped the run before it finished.")
        lines.append("")
        for cid in CHECK_IDS:
            status = self.statuses[cid]
            lines.append(f"{CHECK_TITLES[cid]}: {STATUS_WORDS[status]}")
            if status == "not_run":
                continue
            for name in BUCKETS_BY_CHECK[cid]:
                value = self.buckets[name]
                if value != UNKNOWN and not (name == "battery" and value == "none"):
                    lines.append(f"    {BUCKET_NAMES[name]}: {_bucket_words(name, value)}")
        if self.restart_reasons:
            lines.append("")
            lines.append(
                "Restart recommended: "
                + "; ".join(RESTART_WORDS[r] for r in self.restart_reasons)
                + "."
            )
        fixes = self.likely_fixes()
        lines.append("")
        if fixes:
            lines.append("Likely fixes:")
            lines.extend(f"  - {fix}" for fix in fixes)
        else:
            lines.append("Nothing to fix.")
        return "\n".join(lines)


def _bucket_words(name: str, value: str) -> str:
    words = {
        "method": {
            "loopback": "the microphone heard the speakers",
            "user_confirmed": "the caller said they heard it",
            "not_confirmed": "not confirmed: the caller did not hear it",
        },
        "problem": {
            "none": "none",
            "missing": "no camera found",
            "busy": "camera in use by another program",
            "no_frames": "camera sent no picture",
            "black": "picture is black",
            "frozen": "picture froze",
            "low_fps": "video too choppy",
            "dark": "picture too dark",
            "bright": "picture too bright",
            "backlit": "caller is backlit",
            "blurry": "picture blurry",
            "no_face": "no face seen",
            "low_resolution": "picture too small",
            "other": "a problem this version cannot name",
        },
        "battery": {
            "charging": "plugged in",
            "ok": "on battery, enough charge",
            "low": "on battery, low",
        },
    }
    return words.get(name, {}).get(value, value)


# -- from a report to the values the code carries ---------------------------------------------


def _number(value: Any) -> float | None:
    """A finite-or-infinite number, or None for missing, NaN, booleans and text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return None if math.isnan(value) else value


def _tri(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return UNKNOWN


def _app_family(version: str) -> str:
    match = re.match(r"\s*(\d+)\.(\d+)", version or "")
    if not match:
        return UNKNOWN
    major, minor = int(match.group(1)), int(match.group(2))
    if major > 6:
        return UNKNOWN
    return f"{major}.{minor}" if minor < 7 else f"{major}.7 or later"


def _resolution(width: Any, height: Any) -> str:
    w, h = _number(width), _number(height)
    if w is None or h is None or w <= 0 or h <= 0:
        return UNKNOWN
    short = min(w, h)  # a portrait camera is still 720p when its short side is 720
    if short < 480:
        return "below 480p"
    if short < 720:
        return "480p"
    if short < 1080:
        return "720p"
    return "1080p or more"


def _loss_label(loss: Any, udp_ok: Any) -> str:
    value = _number(loss)
    if value is None:
        return LOSS_LABELS[7] if udp_ok is False else UNKNOWN
    if value <= 0:
        return LOSS_LABELS[1]
    if value >= 100:
        return LOSS_LABELS[7]
    return LOSS_LABELS[2 + bisect_right(LOSS_EDGES, value)]


def _rms_label(rms: Any, silent: Any) -> str:
    if silent is True:
        return "silent"
    value = _number(rms)
    if value is None:
        return UNKNOWN
    return RMS_LABELS[1 + RMS_DBFS.index(value)]


def _restart_flags(metrics: Mapping[str, Any], cfg: Mapping[str, Any]) -> tuple[str, ...]:
    """The system check's restart reasons as flags, from its metrics and `[system]` thresholds
    (the same tests as checks/system.py `assess`; its reasons are sentences for people, not
    something to parse).

    `assess` compares unrounded values but reports rounded metrics (0.1 % and 0.01 GB/day), so
    a value just past a threshold can round back onto it. The reasons list decides *whether*
    a restart was recommended; when the strict tests find fewer flags than reasons, the test is
    repeated allowing for that rounding.
    """
    reasons = metrics.get("restart_reasons")
    if not isinstance(reasons, (list, tuple)) or not reasons:
        return ()

    def number(name: str) -> float | None:
        return _number(metrics.get(name))

    def limit(key: str, default: float) -> float:
        value = _number(cfg.get(key, default))
        return default if value is None else value

    def flags(slack: float) -> dict[str, bool]:
        # slack = how far a rounded metric may sit on the wrong side of its threshold
        cpu, used = number("cpu_percent"), number("memory_used_percent")
        swap, up = number("swap_used_percent"), number("uptime_days")
        avail = number("memory_available_gb")
        mem_min = limit("memory_available_min_gb", 1.0)
        return {
            "cpu": cpu is not None and cpu >= limit("cpu_busy_percent", 80.0) - 0.05 * slack,
            "memory": (avail is not None and avail < mem_min + 0.005 * slack)
            or (used is not None and used > limit("memory_used_max_percent", 90.0) - 0.05 * slack),
            "swap": swap is not None and swap > limit("swap_used_max_percent", 50.0) - 0.05 * slack,
            "uptime": up is not None and up > limit("uptime_max_days", 7.0) - 0.005 * slack,
        }

    found = flags(0)
    if sum(found.values()) < len(reasons):
        found = flags(1)
    return tuple(f for f in RESTART_FLAGS if found[f])


def _battery(metrics: Mapping[str, Any], cfg: Mapping[str, Any]) -> str:
    percent = _number(metrics.get("battery_percent"))
    on_battery = metrics.get("on_battery")
    if percent is None or not isinstance(on_battery, bool):
        return "none"
    if not on_battery:
        return "charging"
    low = _number(cfg.get("battery_low_percent", 20.0))
    return "low" if low is not None and percent < low else "ok"


def summarise_report(report: RunReport) -> DecodedCode:
    """What the support code of `report` carries (and what decoding it gives back)."""
    by_id: dict[str, Any] = {}
    for result in report.results:
        by_id.setdefault(result.id, result)

    def metrics(cid: str) -> Mapping[str, Any]:
        result = by_id.get(cid)
        return result.metrics if result is not None else {}

    statuses = {cid: (by_id[cid].status.value if cid in by_id else "not_run") for cid in CHECK_IDS}
    system_cfg = report.config.section("system") if report.config is not None else {}
    cam, mic, spk = metrics("camera"), metrics("microphone"), metrics("speaker")
    net, bw, sysm = metrics("network"), metrics("bandwidth"), metrics("system")

    problem = cam.get("problem")
    if problem is None:
        problem_label = UNKNOWN
    elif isinstance(problem, str) and problem in CAMERA_PROBLEMS[1:-1]:
        problem_label = problem
    else:
        problem_label = "other"
    method = spk.get("method")
    buckets = {
        "download_mbps": MBPS.label(MBPS.index(_number(bw.get("download_mbps")))),
        "upload_mbps": MBPS.label(MBPS.index(_number(bw.get("upload_mbps")))),
        "ping_ms": PING_MS.label(PING_MS.index(_number(bw.get("ping_ms")))),
        "udp_loss_pct": _loss_label(net.get("udp_loss_pct"), net.get("udp_ok")),
        "dns_ok": _tri(net.get("dns_ok")),
        "https_ok": _tri(net.get("https_ok")),
        "rms_dbfs": _rms_label(mic.get("rms_dbfs"), mic.get("silent")),
        "clipping": _tri(mic.get("clipping")),
        "method": method if method in SPEAKER_METHODS[1:] else UNKNOWN,
        "echo": _tri(spk.get("echo")),
        "resolution": _resolution(cam.get("width"), cam.get("height")),
        "fps": FPS.label(FPS.index(_number(cam.get("fps")))),
        "problem": problem_label,
        "face_found": _tri(cam.get("face_found")),
        "cpu_percent": CPU_PERCENT.label(CPU_PERCENT.index(_number(sysm.get("cpu_percent")))),
        "memory_available_gb": MEMORY_GB.label(
            MEMORY_GB.index(_number(sysm.get("memory_available_gb")))
        ),
        "uptime_days": UPTIME_DAYS.label(UPTIME_DAYS.index(_number(sysm.get("uptime_days")))),
        "battery": _battery(sysm, system_cfg),
    }
    return DecodedCode(
        format_version=FORMAT_VERSION,
        app_family=_app_family(report.app_version),
        overall=report.overall,
        cancelled=bool(report.cancelled),
        statuses=statuses,
        restart_reasons=_restart_flags(sysm, system_cfg),
        buckets=buckets,
    )


# -- packing -------------------------------------------------------------------------------


def _app_fields(family: str) -> tuple[int, int]:
    match = re.match(r"(\d)\.(\d)", family)
    if not match:
        return 7, 0
    return int(match.group(1)), int(match.group(2))


def _crc(payload: int, bits: int) -> int:
    return binascii.crc_hqx(payload.to_bytes((bits + 7) // 8, "big"), 0xFFFF)


def encode(decoded: DecodedCode) -> str:
    """Pack decoded values into the grouped code (the inverse of `decode_code`)."""
    major, minor = _app_fields(decoded.app_family)
    values: dict[str, int] = {
        "version": FORMAT_VERSION,
        "app_major": major,
        "app_minor": minor,
        "overall": OVERALLS.index(decoded.overall),
        "cancelled": int(decoded.cancelled),
    }
    for cid in CHECK_IDS:
        values[f"status_{cid}"] = STATUSES.index(decoded.statuses[cid])
    for flag in RESTART_FLAGS:
        values[f"restart_{flag}"] = int(flag in decoded.restart_reasons)
    for name, labels in BUCKET_LABELS.items():
        values[name] = labels.index(decoded.buckets[name])
    payload = 0
    for name, bits in _FIELDS:
        payload = (payload << bits) | values[name]
    number = (payload << _CRC_BITS) | _crc(payload, PAYLOAD_BITS)
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def encode_report(report: RunReport) -> str:
    """The support code for a finished run, e.g. "1A2B-3C4D-5E6F-7G8H-9J0K".

    Never raises for odd metric values (they encode as "unknown"): it is called at the end of
    every run, and a support code is worth more than a crash.
    """
    return encode(summarise_report(report))


# -- unpacking -------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.]+")


def normalise_code(code: str) -> str:
    """Upper case, separators removed, Crockford's look-alikes (I, L -> 1; O -> 0) mapped."""
    if not isinstance(code, str):
        raise SupportCodeError("Please enter the support code.")
    text = _SEPARATORS.sub("", code).upper()
    if not text:
        raise SupportCodeError("Please enter the support code.")
    out = []
    for ch in text:
        ch = _ALIASES.get(ch, ch)
        if ch not in ALPHABET:
            shown = ch if ch.isprintable() else "?"
            raise SupportCodeError(
                f"Support codes never contain “{shown}”: ask the caller to read the code again."
            )
        out.append(ch)
    return "".join(out)


def _check_newer(text: str) -> None:
    """A code of another length whose checksum holds may come from a newer Preflight."""
    bits = 5 * len(text)
    if bits <= _CRC_BITS + _VERSION_BITS:
        return
    number = 0
    for ch in text:
        number = (number << 5) | ALPHABET.index(ch)
    payload_bits = bits - _CRC_BITS
    payload, crc = number >> _CRC_BITS, number & 0xFFFF
    version = payload >> (payload_bits - _VERSION_BITS)
    if _crc(payload, payload_bits) == crc and version > FORMAT_VERSION:
        raise SupportCodeError(_newer_message(version))


def _newer_message(version: int) -> str:
    return (
        f"This code comes from a newer version of Preflight (code format {version}). "
        "Update Preflight on this computer to read it, or ask the caller to send the report."
    )


def decode_code(code: str) -> DecodedCode:
    """Read a code as typed by an agent. Raises SupportCodeError (and nothing else) with a
    sentence for the agent when the code is mistyped, incomplete or from a newer format."""
    text = normalise_code(code)
    if len(text) != CODE_LENGTH:
        _check_newer(text)
        if len(text) < CODE_LENGTH:
            raise SupportCodeError(
                f"This code is too short: it has {len(text)} of {CODE_LENGTH} characters. "
                "Ask the caller to read it again."
            )
        raise SupportCodeError(
            f"This code is too long: it has {len(text)} characters, support codes have "
            f"{CODE_LENGTH}. Ask the caller to read it again."
        )
    number = 0
    for ch in text:
        number = (number << 5) | ALPHABET.index(ch)
    payload, crc = number >> _CRC_BITS, number & 0xFFFF
    if _crc(payload, PAYLOAD_BITS) != crc:
        raise SupportCodeError(TYPO_MESSAGE)
    values: dict[str, int] = {}
    shift = PAYLOAD_BITS
    for name, bits in _FIELDS:
        shift -= bits
        values[name] = (payload >> shift) & ((1 << bits) - 1)
    version = values["version"]
    if version > FORMAT_VERSION:
        raise SupportCodeError(_newer_message(version))
    # A checksum that holds over impossible values: not a code Preflight made (1 in 65,536
    # random strings); refuse rather than show a wrong report.
    not_ours = SupportCodeError(
        "This is not a Preflight support code. Ask the caller to read it again."
    )
    if version != FORMAT_VERSION or values["overall"] >= len(OVERALLS):
        raise not_ours
    statuses = {}
    for cid in CHECK_IDS:
        index = values[f"status_{cid}"]
        if index >= len(STATUSES):
            raise not_ours
        statuses[cid] = STATUSES[index]
    buckets = {}
    for name, labels in BUCKET_LABELS.items():
        if values[name] >= len(labels):
            raise not_ours
        buckets[name] = labels[values[name]]
    major, minor = values["app_major"], values["app_minor"]
    if major == 7:
        family = UNKNOWN
    else:
        family = f"{major}.{minor}" if minor < 7 else f"{major}.7 or later"
    grouped = "-".join(text[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))
    return DecodedCode(
        format_version=version,
        app_family=family,
        overall=OVERALLS[values["overall"]],
        cancelled=bool(values["cancelled"]),
        statuses=statuses,
        restart_reasons=tuple(f for f in RESTART_FLAGS if values[f"restart_{f}"]),
        buckets=buckets,
        code=grouped,
    )


# -- the agent's likely fixes ------------------------------------------------------------------

CAMERA_FIXES = {
    "missing": "No camera was found: check it is plugged in and its privacy switch or cover "
    "is open, and that the computer's privacy settings let apps use the camera.",
    "busy": "Another program is using the camera: close Zoom, Teams, Skype and browser tabs "
    "with video, then run Preflight again.",
    "no_frames": "The camera sent no picture: unplug it and plug it back in (or restart the "
    "computer), then run Preflight again.",
    "black": "The picture is black: open the camera's privacy cover or switch and check "
    "nothing covers the lens.",
    "frozen": "The picture froze: unplug the camera and plug it back in, or restart the computer.",
    "low_fps": "The video is choppy: close other programs, turn on more light, and restart "
    "the computer if it is busy.",
    "dark": "The picture is too dark: turn on a light in front of the caller.",
    "bright": "The picture is too bright: move away from direct sunlight or a bright lamp.",
    "backlit": "The caller is backlit: sit facing the window or lamp, not with it behind them.",
    "blurry": "The picture is blurry: wipe the camera lens with a soft cloth.",
    "no_face": "No face was seen: ask the caller to sit centred in front of the camera.",
    "low_resolution": "The camera gives a small picture: use a better or external camera if "
    "there is one.",
    "other": "The camera reported a problem this version cannot name: ask what the screen says.",
}


def likely_fixes(d: DecodedCode) -> list[str]:
    """Plain advice for the agent to read out, most important first."""
    fixes: list[str] = []
    b, s = d.buckets, d.statuses
    if d.cancelled:
        fixes.append("The run was stopped early: ask the caller to run Preflight again.")
    if s["camera"] not in ("not_run", "skip") and b["problem"] in CAMERA_FIXES:
        fixes.append(CAMERA_FIXES[b["problem"]])
    if s["microphone"] not in ("not_run", "skip"):
        if b["rms_dbfs"] == "silent":
            fixes.append(
                "The microphone sends silence: check it is not muted (a button on the headset "
                "or keyboard) and that the computer's privacy settings allow the microphone."
            )
        elif b["rms_dbfs"] in RMS_LABELS[2:4]:
            fixes.append(
                "The microphone is too quiet: check the right microphone is chosen, raise its "
                "input volume, and ask the caller to speak closer to it."
            )
        if b["clipping"] == "yes":
            fixes.append(
                "The microphone is too loud and distorts: lower its input volume or move it "
                "a little away from the mouth."
            )
    if s["speaker"] not in ("not_run", "skip"):
        if b["method"] == "not_confirmed":
            fixes.append(
                "The caller did not hear the test sound: check the volume and mute, and that "
                "the right speakers or headphones are chosen."
            )
        if b["echo"] == "yes":
            fixes.append(
                "The microphone hears the speakers loudly: suggest headphones, or lower the "
                "speaker volume, so the doctor hears no echo."
            )
    if s["network"] not in ("not_run", "skip"):
        if b["dns_ok"] == "no":
            fixes.append(
                "Internet names could not be looked up: restart the router, or try another "
                "network such as a phone hotspot."
            )
        if b["https_ok"] == "no":
            fixes.append(
                "The visit's services could not be reached: a Wi-Fi sign-in page, firewall or "
                "VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try "
                "another network."
            )
        if b["udp_loss_pct"] == LOSS_LABELS[7]:
            fixes.append(
                "Call traffic (UDP) is blocked: the call may fall back to a slower path. If "
                "video fails, try another network or ask the network's IT to allow UDP."
            )
        elif b["udp_loss_pct"] in LOSS_LABELS[4:7]:
            fixes.append(
                "The connection loses data: move closer to the Wi-Fi router or use a cable, "
                "and pause downloads and streaming at home."
            )
    if s["bandwidth"] not in ("not_run", "skip"):
        down = BUCKET_LABELS["download_mbps"].index(b["download_mbps"])
        up = BUCKET_LABELS["upload_mbps"].index(b["upload_mbps"])
        # Judged on the bucket's upper edge against the default warn thresholds (1.2 / 0.6).
        if (down and MBPS.upper(down) <= 1.2) or (up and MBPS.upper(up) <= 0.6):
            fixes.append(
                "The internet is too slow for video: move closer to the router or use a "
                "cable, stop other streaming and downloads, or plan the visit by phone."
            )
        elif (down and MBPS.upper(down) <= 3.0) or (up and MBPS.upper(up) <= 1.5):
            fixes.append(
                "The internet is a little slow: pause other streaming and downloads during "
                "the visit; the video may be lower quality."
            )
        ping = BUCKET_LABELS["ping_ms"].index(b["ping_ms"])
        if ping and PING_MS.lower(ping) >= 400:
            fixes.append(
                "The connection has a long delay: use a cable or move closer to the router, "
                "and restart the router if it persists."
            )
    if d.restart_reasons:
        fixes.append(
            "Ask the caller to restart the computer shortly before the visit, then open only "
            "what the visit needs."
        )
    elif b["cpu_percent"] in BUCKET_LABELS["cpu_percent"][4:]:
        fixes.append("The processor is busy: close programs the visit does not need.")
    if b["battery"] == "low":
        fixes.append("The battery is low: plug in the charger.")
    for cid in CHECK_IDS:
        if s[cid] == "error":
            fixes.append(
                f"The {CHECK_TITLES[cid].lower()} check could not finish: ask the caller to "
                "run Preflight again; if it happens again, ask them to send the report and "
                "the log ('preflight logs' shows where it is)."
            )
        elif s[cid] == "fail" and not any(_about(cid, fix) for fix in fixes):
            fixes.append(
                f"{CHECK_TITLES[cid]}: a problem was found. Ask the caller what the screen "
                "says and follow its advice."
            )
    return fixes


def _about(cid: str, fix: str) -> bool:
    keys = {
        "camera": ("camera", "picture", "video is choppy", "face", "backlit"),
        "microphone": ("microphone",),
        "speaker": ("test sound", "speakers"),
        "network": ("names", "services", "udp", "loses data"),
        "bandwidth": ("too slow", "a little slow", "long delay"),
        "system": ("restart", "processor", "battery"),
    }[cid]
    return any(k in fix.lower() for k in keys)


def decode_command(code: str, as_json: bool) -> int:
    """`preflight decode CODE`: print the expansion; exit 0, or 2 for a code that can't be read."""
    try:
        decoded = decode_code(code)
    except SupportCodeError as exc:
        print(f"preflight: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(decoded.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(decoded.render())
    return 0


__all__: Sequence[str] = (
    "DecodedCode",
    "SupportCodeError",
    "decode_code",
    "decode_command",
    "encode_report",
    "likely_fixes",
    "summarise_report",
)
