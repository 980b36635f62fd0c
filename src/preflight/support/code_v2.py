"""Reading support codes of format 2 (20 characters, 84 payload bits), into the same
`DecodedCode` as format 3.

Format 2 built its layout from the registered descriptors, like format 3 does; it is read,
never written, so its layout is frozen here as it was when format 3 replaced it (Preflight 0.1,
the six built-in checks): each check's main-finding values and code fields, in order. The
findings named here must stay in today's descriptors (findings are only ever added, at the
end), so their words and help-desk texts are today's. A format-2 code from a plug-in check
cannot be read: its layout was never frozen (the caller can send the report).
`tests/support/v2_vectors.py` holds codes made by the format-2 encoder itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from preflight.engine.findings import Buckets, Choice, Flags
from preflight.i18n import tr_noop
from preflight.support.code_layout import STATUS_VALUES, CheckLayout, Layout, field_bits

if TYPE_CHECKING:
    from preflight.engine.findings import CodeField
    from preflight.engine.registry import Registry

FORMAT_VERSION = 2
PAYLOAD_BITS = 84

_ENGINE = ("engine.timed_out", "engine.crashed", "engine.not_loaded", "engine.stopped",
           "engine.not_started")

# check id -> (its non-PASS finding names, in order; its code fields, in order)
_CHECKS: tuple[tuple[str, tuple[str, ...], tuple[CodeField, ...]], ...] = (
    ("camera", (
        "missing", "not_found", "file_not_found", "busy", "no_frames", "frames_stopped",
        "file_unreadable", "black", "frozen", "very_low_fps", "low_fps", "dark", "bright",
        "backlit", "blurry", "low_resolution", "no_face", "capture_error",
    ), (
        Buckets("resolution", "short_side_px", tr_noop("picture size (short side)"), "px",
                ("min_height", 720.0, 1080.0)),
        Buckets("fps", "fps", tr_noop("frame rate"), "fps",
                (1.0, "fail_fps", 10.0, "warn_fps", 24.0, 29.0)),
    )),
    ("microphone", (
        "silent", "no_speech", "quiet", "clipping", "noisy", "no_device", "device_not_found",
        "audio_system_missing", "device_busy", "permission_denied", "unsupported_sample_rate",
        "device_vanished", "device_error", "bluetooth_headset",
    ), (
        Buckets("rms_dbfs", "rms_dbfs", tr_noop("voice level"), "dBFS",
                ("fail_rms_dbfs", "warn_rms_dbfs", -35.0, -15.0, -6.0)),
        Flags("clipping", ("clipping",)),
    )),
    ("speaker", (
        "echo", "not_heard", "not_confirmed", "no_device", "device_not_found",
        "audio_system_missing", "device_busy", "permission_denied", "unsupported_sample_rate",
        "device_vanished", "device_error",
    ), (
        Choice("method", "method", tr_noop("how the sound was confirmed"),
               ("loopback", "user_confirmed", "not_confirmed"), {
                   "loopback": tr_noop("the microphone heard the speakers"),
                   "user_confirmed": tr_noop("the caller answered whether they heard it"),
                   "not_confirmed": tr_noop("not confirmed"),
               }),
    )),
    ("network", (
        "offline", "captive_portal", "https_blocked", "https_tls_failed", "https_via_proxy",
        "udp_blocked", "udp_not_tested", "udp_rtt_too_high", "udp_loss_too_high",
        "udp_rtt_high", "udp_jitter_high", "udp_loss_high", "dns_failed",
    ), (
        Flags("dns", ("dns_failed",)),
        Flags("proxy", ("https_via_proxy",)),
        Buckets("udp_loss_pct", "udp_loss_pct", tr_noop("UDP loss"), "%",
                (1.0, "loss_warn_pct", "loss_fail_pct", 20.0, 100.0)),
        Buckets("udp_rtt_ms", "udp_rtt_ms", tr_noop("UDP round trip"), "ms",
                ("rtt_warn_ms", "rtt_fail_ms")),
    )),
    ("bandwidth", (
        "loaded_latency_high", "download_low", "upload_low", "sound_only", "download_too_low",
        "upload_too_low", "phone_visit", "phone_visit_office", "upload_refused",
        "upload_no_answer", "server_unreachable", "server_not_answering", "download_failed",
        "config_failed", "server_list_failed", "bad_server_url", "speedtest_unavailable",
    ), (
        Buckets("download_mbps", "download_mbps", tr_noop("download"), "Mbit/s",
                (0.5, "warn_download_mbps", "pass_download_mbps", 5.0, 10.0, 25.0)),
        Buckets("upload_mbps", "upload_mbps", tr_noop("upload"), "Mbit/s",
                ("audio_only_mbps", "warn_upload_mbps", "hd720_upload_mbps",
                 "pass_upload_mbps", "hd1080_upload_mbps", 5.0)),
        Buckets("ping_ms", "ping_ms", tr_noop("ping"), "ms",
                (50.0, 100.0, 150.0, 250.0, 400.0, 1000.0)),
    )),
    ("system", (
        "cpu_busy", "memory_low", "memory_used_high", "swap_used_high", "uptime_long",
        "uptime_long_1", "battery_low", "disk_low",
    ), (
        Flags("restart", ("cpu_busy", "memory_low", "memory_used_high", "swap_used_high",
                          "uptime_long", "uptime_long_1")),
        Flags("battery", ("battery_low",)),
        Buckets("memory_available_gb", "memory_available_gb", tr_noop("free memory"), "GB",
                (0.5, "memory_available_min_gb", 2.0, 4.0, 8.0)),
        Buckets("uptime_days", "uptime_days", tr_noop("time since last restart"),
                tr_noop("days"), (1.0, 3.0, "uptime_max_days", 14.0, 30.0)),
    )),
)


def layout_v2(registry: Registry | None = None) -> Layout:
    """Format 2's frozen layout, its findings' specs from `registry`'s descriptors of the
    built-in checks (default: the built-in registry's)."""
    from preflight.engine.registry import UnknownCheckError, default_registry

    checks = []
    for cid, names, fields in _CHECKS:
        try:
            descriptor = (registry or default_registry()).descriptor(cid)
        except UnknownCheckError:
            descriptor = default_registry().descriptor(cid)
        main = (*STATUS_VALUES, *_ENGINE, *(f"{cid}.{name}" for name in names))
        checks.append(CheckLayout(descriptor, main, tuple((cf, field_bits(cf)) for cf in fields)))
    return Layout(tuple(checks), FORMAT_VERSION, PAYLOAD_BITS)
