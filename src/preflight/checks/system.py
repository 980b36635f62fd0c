"""Computer readiness (`system`): is this computer fit for a video call right now?

Reads processor load, memory, swap, uptime, battery and disk with psutil, recommends a restart
when resources are short (giving every reason), and names heavy programs the patient could
close. Program *names* only: no command lines, paths or user names (privacy).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import (
    Buckets,
    Descriptor,
    FindingSpec,
    Flags,
    LookedAt,
    MetricSpec,
    RestartMeasure,
    StepSpec,
)
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

GB = 1024**3

# Every reason to restart shares one summary and the same advice.
_RESTART_SUMMARY = tr_noop("Your computer is short of resources. A restart is recommended.")
_RESTART_ADVICE = (
    tr_noop("Restart your computer shortly before your visit: it frees memory and gives the "
            "video call the most bandwidth. Then open only what you need for the visit."),
    tr_noop("If you can't restart now, close these programs: {programs}."),
)


def _fmt_gb(value: float) -> str:
    return f"{value:.1f}"


@dataclass
class SystemSnapshot:
    """What psutil could read; None where the sensor does not exist on this computer."""

    cpu_percent: float | None = None  # whole machine, 0-100
    own_cpu_percent: float = 0.0  # Preflight itself, as a share of the whole machine
    cpu_count: int | None = None
    memory_total_gb: float | None = None
    memory_available_gb: float | None = None
    memory_used_percent: float | None = None
    swap_total_gb: float | None = None
    swap_used_percent: float | None = None
    uptime_days: float | None = None
    battery_percent: float | None = None
    battery_plugged: bool | None = None
    disk_free_gb: float | None = None
    # (name, cpu percent of one core, memory GB), heaviest first
    processes: list[tuple[str, float, float]] = field(default_factory=list)


def read_snapshot(ctx: CheckContext, sample_s: float) -> SystemSnapshot:
    """Sample the machine for `sample_s` seconds (cancellable)."""
    import psutil

    cpu_count: int = psutil.cpu_count() or 1
    snap = SystemSnapshot(cpu_count=cpu_count)
    me = psutil.Process()
    procs = []
    for p in psutil.process_iter(["name"]):
        try:
            p.cpu_percent(None)  # prime the per-process counters
            procs.append(p)
        except (psutil.Error, OSError):
            continue
    psutil.cpu_percent(None)
    me.cpu_percent(None)
    ctx.sleep(sample_s)
    snap.cpu_percent = float(psutil.cpu_percent(None))
    snap.own_cpu_percent = float(me.cpu_percent(None)) / cpu_count

    vm = psutil.virtual_memory()
    snap.memory_total_gb = vm.total / GB
    snap.memory_available_gb = vm.available / GB
    snap.memory_used_percent = float(vm.percent)
    try:
        sw = psutil.swap_memory()
        if sw.total > 0:  # no swap configured: no metric, no warning
            snap.swap_total_gb = sw.total / GB
            snap.swap_used_percent = float(sw.percent)
    except (psutil.Error, OSError, RuntimeError):
        pass
    try:
        snap.uptime_days = max(0.0, (time.time() - psutil.boot_time()) / 86400)
    except (psutil.Error, OSError):
        pass
    battery = None
    try:
        if hasattr(psutil, "sensors_battery"):
            battery = psutil.sensors_battery()
    except (psutil.Error, OSError, RuntimeError):
        battery = None
    if battery is not None:
        snap.battery_percent = float(battery.percent)
        snap.battery_plugged = battery.power_plugged
    try:
        snap.disk_free_gb = psutil.disk_usage(os.path.expanduser("~")).free / GB
    except (psutil.Error, OSError):
        pass

    ctx.raise_if_cancelled()
    own_pid = me.pid
    for p in procs:
        if p.pid in (own_pid, 0):
            continue
        try:
            with p.oneshot():
                cpu = float(p.cpu_percent(None))
                rss = p.memory_info().rss / GB
                name = p.info.get("name") or ""
        except (psutil.Error, OSError):
            continue
        if name:
            snap.processes.append((name, cpu, rss))
    return snap


DESCRIPTOR = Descriptor(
    id="system",
    title=tr_noop("Computer"),
    check="preflight.checks.system:SystemCheck",
    resources=frozenset({"system"}),
    deadline_s=6.0,
    findings=(
        FindingSpec(
            "ready",
            Status.PASS,
            tr_noop("Your computer has enough free resources for a video visit."),
        ),
        *(
            FindingSpec(
                name,
                Status.WARN,
                _RESTART_SUMMARY,
                _RESTART_ADVICE,
                tr_noop("Ask the caller to restart the computer shortly before the visit, then "
                        "open only what the visit needs."),
                restart=reason,
            )
            for name, reason in (
                ("cpu_busy", tr_noop("Other programs are using {others_cpu}% of the processor.")),
                ("memory_low", tr_noop("Only {gb} GB of memory is free.")),
                ("memory_used_high",
                 tr_noop("{memory_used_percent}% of the memory is in use.")),
                ("swap_used_high",
                 tr_noop("The computer is short of memory and is using the disk instead.")),
                ("uptime_long", tr_noop("Your computer has been on for {days} days.")),
                ("uptime_long_1", tr_noop("Your computer has been on for {days} day.")),
            )
        ),
        FindingSpec(
            "battery_low",
            Status.WARN,
            tr_noop("Your battery is low. Plug in your charger."),
            (tr_noop("Your battery is at {battery_percent}%. Plug in your charger so the "
                     "computer doesn't switch off during the visit."),),
            tr_noop("The battery is low: plug in the charger."),
        ),
        FindingSpec(
            "disk_low",
            Status.WARN,
            tr_noop("Your computer is ready, but its disk is almost full."),
            (tr_noop("Your disk has only {gb} GB free. Delete or move some large "
                     "files (videos, downloads) if you can."),),
            tr_noop("The disk is almost full: ask the caller to delete or move large files "
                    "after the visit."),
        ),
    ),
    step=StepSpec(
        "computer",
        tr_noop("Computer"),
        tr_noop("We are checking that your computer has enough free memory and processor time "
                "for video."),
        guided=False,
        looked_at=(
            LookedAt("memory_available_gb", tr_noop("{value} GB of memory free"),
                     under_one=tr_noop("less than 1 GB of memory free")),
            LookedAt("uptime_days", tr_noop("on for {value} days"), one=tr_noop("on for 1 day"),
                     under_one=tr_noop("started today")),
            LookedAt("cpu_percent", tr_noop("other programs use {value}% of the processor"),
                     under_one=tr_noop("the processor is free")),
            LookedAt("on_battery", words={
                "false": tr_noop("plugged in"),
                "true": tr_noop("on battery, {battery_percent}% charged")}),
        ),
    ),
    code_fields=(
        # 13 bits: each reason to restart, the battery, and two key numbers in buckets whose
        # edges are the [system] thresholds with round numbers either side. The processor's
        # share needs no bucket: cpu_busy says which side of its threshold it was.
        Flags(
            "restart",
            ("cpu_busy", "memory_low", "memory_used_high", "swap_used_high", "uptime_long",
             "uptime_long_1"),
        ),
        Flags("battery", ("battery_low",)),
        Buckets("memory_available_gb", "memory_available_gb", tr_noop("free memory"), "GB",
                (0.5, "memory_available_min_gb", 2.0, 4.0, 8.0)),
        Buckets("uptime_days", "uptime_days", tr_noop("time since last restart"),
                tr_noop("days"),
                (1.0, 3.0, "uptime_max_days", 14.0, 30.0)),
    ),
    metrics=(
        MetricSpec("cpu_percent", tr_noop("Processor used by other programs"), "%",
                   "processor used by *other* programs (Preflight's own share removed), sampled "
                   "over `system.cpu_sample_s`"),
        MetricSpec("cpu_count", tr_noop("Processors"), help="logical processors",
                   doc_unit="count", digits=0),
        MetricSpec("memory_total_gb", tr_noop("Memory installed"), "GB", "installed memory",
                   doc_unit="GiB"),
        MetricSpec("memory_available_gb", tr_noop("Free memory"), "GB", "available memory",
                   doc_unit="GiB"),
        MetricSpec("memory_used_percent", tr_noop("Memory in use"), "%", "memory in use"),
        MetricSpec("swap_used_percent", tr_noop("Memory on the disk (swap) in use"), "%",
                   "swap in use (absent with no swap)"),
        MetricSpec("uptime_days", tr_noop("Time since last restart"), tr_noop("days"),
                   "time since the computer was started"),
        MetricSpec("battery_percent", tr_noop("Battery charge"), "%",
                   "charge (absent with no battery)", digits=0),
        MetricSpec("on_battery", tr_noop("Running on battery"),
                   help="running on battery (absent with no battery)", doc_unit="bool"),
        MetricSpec("disk_free_gb", tr_noop("Free disk space"), "GB",
                   "free space on the home folder's disk", doc_unit="GiB"),
        MetricSpec("top_cpu", tr_noop("Programs using the most processor"),
                   help="heaviest programs by processor (share of one core), names only",
                   doc_unit="list of `{name, cpu_percent}`", item="{name} {cpu_percent}%"),
        MetricSpec("top_memory", tr_noop("Programs using the most memory"),
                   help="heaviest programs by memory", doc_unit="list of `{name, memory_gb}`",
                   item="{name} {memory_gb} GB"),
        MetricSpec("programs_to_close", tr_noop("Programs you could close"),
                   help="heavy programs the patient could close", doc_unit="list of names"),
    ),
    # What "Restart now" is meant to fix: the window shows these before and after the restart.
    restart_measures=(
        RestartMeasure("uptime_days", ("uptime_long", "uptime_long_1")),
        RestartMeasure("memory_available_gb", ("memory_low", "memory_used_high",
                                               "swap_used_high")),
        RestartMeasure("cpu_percent", ("cpu_busy",)),
    ),
)


def assess(snap: SystemSnapshot, cfg: Mapping[str, Any]) -> CheckResult:
    """Pure decision logic: thresholds from `[system]` applied to a snapshot."""
    found: list[Finding] = []
    metrics: dict[str, Any] = {}

    def finding(name: str, limit_key: str | None = None, **values: Any) -> None:
        limits = {limit_key: cfg[limit_key]} if limit_key else {}
        found.append(DESCRIPTOR.finding(name, limits=limits, **values))

    if snap.cpu_percent is not None:
        others_cpu = max(0.0, snap.cpu_percent - snap.own_cpu_percent)
        metrics["cpu_percent"] = round(others_cpu, 1)
        metrics["cpu_count"] = snap.cpu_count
        if others_cpu >= cfg["cpu_busy_percent"]:
            finding("cpu_busy", "cpu_busy_percent", others_cpu=round(others_cpu))

    if snap.memory_available_gb is not None:
        metrics["memory_total_gb"] = round(snap.memory_total_gb or 0.0, 2)
        metrics["memory_available_gb"] = round(snap.memory_available_gb, 2)
        metrics["memory_used_percent"] = round(snap.memory_used_percent or 0.0, 1)
        if snap.memory_available_gb < cfg["memory_available_min_gb"]:
            finding("memory_low", "memory_available_min_gb",
                    gb=_fmt_gb(snap.memory_available_gb))
        elif (snap.memory_used_percent or 0.0) > cfg["memory_used_max_percent"]:
            finding("memory_used_high", "memory_used_max_percent",
                    memory_used_percent=round(snap.memory_used_percent or 0.0))

    if snap.swap_used_percent is not None:
        metrics["swap_used_percent"] = round(snap.swap_used_percent, 1)
        if snap.swap_used_percent > cfg["swap_used_max_percent"]:
            finding("swap_used_high", "swap_used_max_percent",
                    swap_used_percent=round(snap.swap_used_percent, 1))

    if snap.uptime_days is not None:
        metrics["uptime_days"] = round(snap.uptime_days, 2)
        if snap.uptime_days > cfg["uptime_max_days"]:
            days = int(snap.uptime_days)
            # English and Spanish tell 1 from the rest: one finding (and sentence) for each.
            finding("uptime_long_1" if days == 1 else "uptime_long", "uptime_max_days", days=days)

    # Heavy programs the patient could close (names only, each once, heaviest first).
    heavy: dict[str, tuple[float, float]] = {}
    for name, cpu, mem in snap.processes:
        c, m = heavy.get(name, (0.0, 0.0))
        heavy[name] = (c + cpu, m + mem)
    top_n = int(cfg["top_processes"])
    by_cpu = sorted(heavy.items(), key=lambda kv: kv[1][0], reverse=True)[:top_n]
    by_mem = sorted(heavy.items(), key=lambda kv: kv[1][1], reverse=True)[:top_n]
    metrics["top_cpu"] = [{"name": n, "cpu_percent": round(c, 1)} for n, (c, _) in by_cpu]
    metrics["top_memory"] = [{"name": n, "memory_gb": round(m, 2)} for n, (_, m) in by_mem]
    to_close = [
        n
        for n, (c, m) in sorted(
            heavy.items(), key=lambda kv: kv[1][0] + kv[1][1] * 25, reverse=True
        )
        if c >= cfg["heavy_process_cpu_percent"] or m >= cfg["heavy_process_memory_gb"]
    ][:top_n]
    metrics["programs_to_close"] = to_close
    if found:  # a restart is recommended: the advice may name programs to close instead
        found = [
            Finding(f.id, f.level, {**f.values, "programs": to_close}, f.limits) for f in found
        ]

    if snap.battery_percent is not None:
        metrics["battery_percent"] = round(snap.battery_percent, 0)
        metrics["on_battery"] = snap.battery_plugged is False
        if snap.battery_plugged is False and snap.battery_percent < cfg["battery_low_percent"]:
            finding("battery_low", "battery_low_percent",
                    battery_percent=round(snap.battery_percent))

    if snap.disk_free_gb is not None:
        metrics["disk_free_gb"] = round(snap.disk_free_gb, 1)
        if snap.disk_free_gb < cfg["disk_free_min_gb"]:
            finding("disk_low", "disk_free_min_gb", gb=_fmt_gb(snap.disk_free_gb))

    return DESCRIPTOR.result(found or [DESCRIPTOR.finding("ready")], **metrics)


class SystemCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("system")
        ctx.progress(0.1, tr("Measuring how busy your computer is…"))
        snap = read_snapshot(ctx, float(cfg["cpu_sample_s"]))
        result = assess(snap, cfg)
        logger.info("system check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        return result
