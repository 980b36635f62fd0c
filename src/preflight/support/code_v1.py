"""Reading support codes of format 1 (Preflight 0.1 before findings), into the same
`DecodedCode` as format 2.

Format 1 had a fixed layout for the six built-in checks: statuses, four restart flags and
metric buckets. It is read, never written. Its facts map onto format 2's shape: the statuses
as they are; the camera problem as the finding `camera.<problem>`; the restart flags as the
system findings `system.cpu_busy`, `system.memory_low` (format 1's "memory" flag also stood
for memory_used_high), `system.swap_used_high` and `system.uptime_long`; a low battery as
`system.battery_low`; every bucket as its label. The layout is in docs/support.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from preflight.i18n import tr, tr_noop
from preflight.support.code_layout import NOT_RUN, UNKNOWN, DecodedField, range_label
from preflight.support.decoded import DecodedCode, SupportCodeError

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.registry import Registry

FORMAT_VERSION = 1
PAYLOAD_BITS = 84

# Format 1's wire tables, by index: frozen with the format (what each value means now comes
# from the descriptors of the findings they map to).

CHECK_IDS = ("camera", "microphone", "speaker", "network", "bandwidth", "system")
STATUSES = (NOT_RUN, "pass", "warn", "fail", "skip", "error")
OVERALLS = ("pass", "warn", "fail")
RESTART_FINDINGS = {
    "cpu": "system.cpu_busy",
    "memory": "system.memory_low",
    "swap": "system.swap_used_high",
    "uptime": "system.uptime_long",
}
_PROBLEM_FIELD = (
    UNKNOWN, "none", "missing", "busy", "no_frames", "black", "frozen", "low_fps", "dark",
    "bright", "backlit", "blurry", "no_face", "low_resolution",
    "other",  # a problem name that Preflight did not know: no finding
)


@dataclass(frozen=True)
class _Ranges:
    """Numbers in buckets: unknown, then `extra` values (e.g. "silent"), then the ranges."""

    unit: str
    edges: tuple[float, ...]
    extra: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return 1 + len(self.extra) + len(self.edges) + 1

    def label(self, index: int) -> tuple[str, str]:
        if 1 <= index <= len(self.extra):
            value = self.extra[index - 1]
            return value, tr(value)
        return range_label(index - len(self.extra) if index else 0, self.edges, self.unit)


@dataclass(frozen=True)
class _Words:
    """A few values by index (index 0 first), with the agent's words for some."""

    values: tuple[str, ...]
    words: Mapping[str, str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.values)

    def label(self, index: int) -> tuple[str, str]:
        value = self.values[index]
        return value, tr(self.words.get(value, value))


_MBPS = _Ranges("Mbit/s", (0.25, 0.5, 0.6, 0.75, 1.2, 1.5, 1.8, 2.5, 3.0, 5, 10, 25, 50, 100))
_TRI = _Words((UNKNOWN, "no", "yes"))
_LOSS = _Words((UNKNOWN, "0%", "under 1%", "1 to 3%", "3 to 8%", "8 to 20%", "20 to 99%",
                "100% (UDP blocked)"))

# (field, bits, check, the agent's name for it, its values); values None: not a bucket.
_FIELDS: tuple[tuple[str, int, str, str, _Ranges | _Words | None], ...] = (
    ("version", 3, "", "", None),
    ("app_major", 3, "", "", None),  # 0-6; 7 = unknown
    ("app_minor", 3, "", "", None),  # 0-6; 7 = 7 or later
    ("overall", 2, "", "", None),
    ("cancelled", 1, "", "", None),
    *((f"status_{cid}", 3, cid, "", None) for cid in CHECK_IDS),
    *((f"restart_{flag}", 1, "system", "", None) for flag in RESTART_FINDINGS),
    ("download_mbps", 4, "bandwidth", tr_noop("download"), _MBPS),
    ("upload_mbps", 4, "bandwidth", tr_noop("upload"), _MBPS),
    ("ping_ms", 3, "bandwidth", tr_noop("ping"), _Ranges("ms", (50, 100, 150, 250, 400, 1000))),
    ("udp_loss_pct", 3, "network", tr_noop("call traffic (UDP) lost"), _LOSS),
    ("dns_ok", 2, "network", tr_noop("names look up (DNS)"), _TRI),
    ("https_ok", 2, "network", tr_noop("visit services reachable"), _TRI),
    ("rms_dbfs", 3, "microphone", tr_noop("voice level"),
     _Ranges("dBFS", (-60, -45, -35, -15, -6), ("silent",))),
    ("clipping", 2, "microphone", tr_noop("distorted (too loud)"), _TRI),
    ("method", 2, "speaker", tr_noop("how the sound was confirmed"), _Words(
        (UNKNOWN, "loopback", "user_confirmed", "not_confirmed"),
        {
            # Format 1 wrote user_confirmed for a "no" too, and not_confirmed for no answer
            # and for speakers that could not be used at all: say no more than it knew.
            "loopback": tr_noop("the microphone heard the speakers"),
            "user_confirmed": tr_noop("the caller answered whether they heard it"),
            "not_confirmed": tr_noop("not confirmed"),
        },
    )),
    ("echo", 2, "speaker", tr_noop("speakers heard by the microphone (echo)"), _TRI),
    ("resolution", 3, "camera", tr_noop("picture size"),
     _Words((UNKNOWN, "below 480p", "480p", "720p", "1080p or more"))),
    ("fps", 3, "camera", tr_noop("frame rate"), _Ranges("fps", (1, 5, 10, 15, 24, 29))),
    ("problem", 4, "camera", "", None),  # decoded as a finding
    ("face_found", 2, "camera", tr_noop("face seen"), _TRI),
    ("cpu_percent", 3, "system", tr_noop("processor used by other programs"),
     _Ranges("%", (25, 50, 80, 95))),
    ("memory_available_gb", 3, "system", tr_noop("free memory"),
     _Ranges("GB", (0.5, 1, 2, 4, 8))),
    ("uptime_days", 3, "system", tr_noop("time since last restart"),
     _Ranges("days", (1, 3, 7, 14, 30))),
    ("battery", 2, "system", tr_noop("battery"), _Words(
        ("none", "charging", "ok", "low"),
        {
            "none": tr_noop("no battery, or unknown"),
            "charging": tr_noop("plugged in"),
            "ok": tr_noop("on battery, enough charge"),
            "low": tr_noop("on battery, low"),
        },
    )),
)
assert sum(bits for _, bits, *_ in _FIELDS) == PAYLOAD_BITS


def _nothing_reached(values: Mapping[str, int]) -> bool:
    """Format 1 said "no" to both names looking up and the services answering: the caller
    was offline (or nearly), so the lost UDP packets say nothing about UDP."""
    no = _TRI.values.index("no")
    return values["dns_ok"] == no and values["https_ok"] == no


def decode_v1(payload: int, code: str, config: Config, registry: Registry) -> DecodedCode:
    """A format-1 payload (its CRC already checked) as a DecodedCode; SupportCodeError for
    values format 1 never wrote."""
    values: dict[str, int] = {}
    shift = PAYLOAD_BITS
    for name, bits, *_ in _FIELDS:
        shift -= bits
        values[name] = (payload >> shift) & ((1 << bits) - 1)
    not_ours = SupportCodeError(
        tr("This is not a Preflight support code. Ask the caller to read it again.")
    )
    if values["overall"] >= len(OVERALLS) or values["problem"] >= len(_PROBLEM_FIELD):
        raise not_ours
    statuses: dict[str, str] = {}
    for cid in CHECK_IDS:
        index = values[f"status_{cid}"]
        if index >= len(STATUSES):
            raise not_ours
        statuses[cid] = STATUSES[index]
    findings: dict[str, list[str]] = {cid: [] for cid in CHECK_IDS}
    problem = _PROBLEM_FIELD[values["problem"]]
    if problem not in (UNKNOWN, "none", "other"):
        findings["camera"].append(f"camera.{problem}")
    for flag, fid in RESTART_FINDINGS.items():
        if values[f"restart_{flag}"]:
            findings["system"].append(fid)
    fields: list[DecodedField] = []
    for name, _, cid, label, table in _FIELDS:
        if table is None:
            continue
        if values[name] >= table.size:
            raise not_ours
        value, words = table.label(values[name])
        if name == "udp_loss_pct" and value == _LOSS.values[-1] and _nothing_reached(values):
            value = words = "100%"  # offline: every packet was lost, not "UDP blocked"
        fields.append(DecodedField(cid, name, label, value, words))
        if name == "battery" and value == "low":
            findings["system"].append("system.battery_low")
    major, minor = values["app_major"], values["app_minor"]
    if major == 7:
        family = UNKNOWN
    else:
        family = f"{major}.{minor}" if minor < 7 else f"{major}.7 or later"
    return DecodedCode(
        format_version=FORMAT_VERSION,
        app_family=family,
        cancelled=bool(values["cancelled"]),
        statuses=statuses,
        findings={cid: tuple(ids) for cid, ids in findings.items()},
        fields=tuple(fields),
        code=code,
        config=config,
        registry=registry,
    )
