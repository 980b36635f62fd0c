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
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr

logger = logging.getLogger(__name__)

GB = 1024**3


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

    snap = SystemSnapshot(cpu_count=psutil.cpu_count() or 1)
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
    snap.own_cpu_percent = float(me.cpu_percent(None)) / snap.cpu_count

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


@dataclass
class Assessment:
    status: Status
    summary: str
    advice: list[str]
    metrics: dict[str, Any]


def _fmt_gb(value: float) -> str:
    return f"{value:.1f}"


def assess(snap: SystemSnapshot, cfg: Mapping[str, Any]) -> Assessment:
    """Pure decision logic: thresholds from `[system]` applied to a snapshot."""
    reasons: list[str] = []
    advice: list[str] = []
    metrics: dict[str, Any] = {}

    others_cpu = None
    if snap.cpu_percent is not None:
        others_cpu = max(0.0, snap.cpu_percent - snap.own_cpu_percent)
        metrics["cpu_percent"] = round(others_cpu, 1)
        metrics["cpu_count"] = snap.cpu_count
        if others_cpu >= cfg["cpu_busy_percent"]:
            reasons.append(
                tr(
                    "Other programs are using {others_cpu}% of the processor.",
                    others_cpu=f"{others_cpu:.0f}",
                )
            )

    if snap.memory_available_gb is not None:
        metrics["memory_total_gb"] = round(snap.memory_total_gb or 0.0, 2)
        metrics["memory_available_gb"] = round(snap.memory_available_gb, 2)
        metrics["memory_used_percent"] = round(snap.memory_used_percent or 0.0, 1)
        if snap.memory_available_gb < cfg["memory_available_min_gb"]:
            reasons.append(
                tr(
                    "Only {gb} GB of memory is free.",
                    gb=_fmt_gb(snap.memory_available_gb),
                )
            )
        elif (snap.memory_used_percent or 0.0) > cfg["memory_used_max_percent"]:
            reasons.append(
                tr(
                    "{memory_used_percent}% of the memory is in use.",
                    memory_used_percent=f"{snap.memory_used_percent:.0f}",
                )
            )

    if snap.swap_used_percent is not None:
        metrics["swap_used_percent"] = round(snap.swap_used_percent, 1)
        if snap.swap_used_percent > cfg["swap_used_max_percent"]:
            reasons.append(tr("The computer is short of memory and is using the disk instead."))

    if snap.uptime_days is not None:
        metrics["uptime_days"] = round(snap.uptime_days, 2)
        if snap.uptime_days > cfg["uptime_max_days"]:
            days = int(snap.uptime_days)
            reasons.append(
                tr("Your computer has been on for {days} day.", days=days)
                if days == 1
                else tr("Your computer has been on for {days} days.", days=days)
            )

    low_battery = False
    if snap.battery_percent is not None:
        metrics["battery_percent"] = round(snap.battery_percent, 0)
        metrics["on_battery"] = snap.battery_plugged is False
        if snap.battery_plugged is False and snap.battery_percent < cfg["battery_low_percent"]:
            low_battery = True
            advice.append(
                tr(
                    "Your battery is at {battery_percent}%. Plug in your charger so "
                    "the computer doesn't switch off during the visit.",
                    battery_percent=f"{snap.battery_percent:.0f}",
                )
            )

    low_disk = False
    if snap.disk_free_gb is not None:
        metrics["disk_free_gb"] = round(snap.disk_free_gb, 1)
        if snap.disk_free_gb < cfg["disk_free_min_gb"]:
            low_disk = True
            advice.append(
                tr(
                    "Your disk has only {gb} GB free. Delete or move some large "
                    "files (videos, downloads) if you can.",
                    gb=_fmt_gb(snap.disk_free_gb),
                )
            )

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
    metrics["restart_reasons"] = reasons

    if reasons:
        advice.insert(
            0,
            tr(
                "Restart your computer shortly before your visit: it frees memory "
                "and gives the video call the most bandwidth. Then open only what "
                "you need for the visit."
            ),
        )
        if to_close:
            advice.insert(
                1,
                tr(
                    "If you can't restart now, close these programs: {programs}.",
                    programs=", ".join(to_close),
                ),
            )
        summary = tr("Your computer is short of resources. A restart is recommended.")
        status = Status.WARN
    elif low_battery:
        status, summary = Status.WARN, tr("Your battery is low. Plug in your charger.")
    elif low_disk:
        status, summary = Status.WARN, tr("Your computer is ready, but its disk is almost full.")
    else:
        status, summary = (
            Status.PASS,
            tr("Your computer has enough free resources for a video visit."),
        )
    return Assessment(status, summary, advice, metrics)


class SystemCheck(Check):
    id = "system"
    title = "Computer"
    resources = frozenset({"system"})
    deadline_s = 6.0

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("system")
        ctx.progress(0.1, tr("Measuring how busy your computer is…"))
        snap = read_snapshot(ctx, float(cfg["cpu_sample_s"]))
        a = assess(snap, cfg)
        logger.info("system check: %s %s", a.status.value, a.metrics)
        return self.result(a.status, a.summary, a.advice, **a.metrics)
