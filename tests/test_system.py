"""Computer readiness: the restart rule for each reason, missing sensors, battery, disk, heavy
programs - on hand-made snapshots (psutil cannot be made to report 12 days of uptime here) -
and the real psutil path end to end."""

from __future__ import annotations

import pytest

from preflight.checks.system import SystemCheck, SystemSnapshot, assess
from preflight.engine import Status
from preflight.engine.report import restart_reasons
from preflight.engine.runner import Runner


def healthy(**changes) -> SystemSnapshot:
    base = dict(
        cpu_percent=20.0,
        own_cpu_percent=2.0,
        cpu_count=4,
        memory_total_gb=8.0,
        memory_available_gb=4.0,
        memory_used_percent=50.0,
        swap_total_gb=2.0,
        swap_used_percent=5.0,
        uptime_days=1.5,
        battery_percent=80.0,
        battery_plugged=False,
        disk_free_gb=50.0,
        processes=[("Safari", 5.0, 0.5), ("Music", 1.0, 0.2)],
    )
    base.update(changes)
    return SystemSnapshot(**base)


@pytest.fixture
def cfg(config):
    return config.section("system")


def test_healthy_computer_passes(cfg):
    a = assess(healthy(), cfg)
    assert a.status is Status.PASS
    assert restart_reasons([a]) == []
    assert a.advice == ()
    assert a.finding_ids == ("system.ready",)
    assert a.metrics["cpu_percent"] == 18.0  # Preflight's own share is not blamed on others
    assert a.metrics["programs_to_close"] == []


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"uptime_days": 12.4}, "Your computer has been on for 12 days."),
        (
            {"memory_available_gb": 0.6, "memory_used_percent": 92.0},
            "Only 0.6 GB of memory is free.",
        ),
        ({"memory_available_gb": 1.5, "memory_used_percent": 95.0}, "95% of the memory is in use."),
        (
            {"cpu_percent": 95.0, "own_cpu_percent": 2.0},
            "Other programs are using 93% of the processor.",
        ),
        (
            {"swap_used_percent": 75.0},
            "The computer is short of memory and is using the disk instead.",
        ),
    ],
)
def test_each_restart_reason(cfg, changes, reason):
    a = assess(healthy(**changes), cfg)
    assert a.status is Status.WARN
    assert restart_reasons([a]) == [reason]
    assert a.summary == "Your computer is short of resources. A restart is recommended."
    assert a.advice[0].startswith("Restart your computer shortly before your visit")


def test_all_reasons_are_given_together(cfg):
    a = assess(
        healthy(uptime_days=30, memory_available_gb=0.3, cpu_percent=99.0, swap_used_percent=90.0),
        cfg,
    )
    assert len(restart_reasons([a])) == 4


def test_one_day_is_singular(config):
    cfg = config.with_overrides({"system": {"uptime_max_days": 0.5}}).section("system")
    assert restart_reasons([assess(healthy(uptime_days=1.2), cfg)]) == [
        "Your computer has been on for 1 day."
    ]


def test_heavy_programs_named_once_heaviest_first(cfg):
    procs = [
        ("chrome", 30.0, 0.4),
        ("chrome", 25.0, 0.5),  # many processes of one program add up
        ("Dropbox", 1.0, 1.6),
        ("idle", 0.0, 0.01),
    ]
    a = assess(healthy(processes=procs, uptime_days=20), cfg)
    assert a.metrics["programs_to_close"] == ["chrome", "Dropbox"]
    assert a.metrics["top_cpu"][0] == {"name": "chrome", "cpu_percent": 55.0}
    assert a.metrics["top_memory"][0] == {"name": "Dropbox", "memory_gb": 1.6}
    assert "close these programs: chrome, Dropbox." in a.advice[1]


def test_low_battery_only_when_unplugged(cfg):
    unplugged = assess(healthy(battery_percent=12.0, battery_plugged=False), cfg)
    assert unplugged.status is Status.WARN
    assert "Plug in your charger" in unplugged.advice[0]
    assert unplugged.metrics["on_battery"] is True
    plugged = assess(healthy(battery_percent=12.0, battery_plugged=True), cfg)
    assert plugged.status is Status.PASS
    assert plugged.metrics["on_battery"] is False


def test_missing_sensors_give_no_metric_and_no_warning(cfg):
    """A desktop or container: no battery, no swap, unknown uptime and disk."""
    snap = healthy(
        battery_percent=None,
        battery_plugged=None,
        swap_total_gb=None,
        swap_used_percent=None,
        uptime_days=None,
        disk_free_gb=None,
        cpu_percent=None,
        processes=[],
    )
    a = assess(snap, cfg)
    assert a.status is Status.PASS
    for absent in (
        "battery_percent",
        "on_battery",
        "swap_used_percent",
        "uptime_days",
        "disk_free_gb",
        "cpu_percent",
    ):
        assert absent not in a.metrics


def test_low_disk_warns_without_restart(cfg):
    a = assess(healthy(disk_free_gb=0.5), cfg)
    assert a.status is Status.WARN
    assert restart_reasons([a]) == []
    assert "only 0.5 GB free" in a.advice[0]


def test_real_psutil_run(config):
    """The real check on this machine (psutil; no battery or swap here, per field notes)."""
    cfg = config.with_overrides({"system": {"cpu_sample_s": 0.2}})
    report = Runner(cfg).run(["system"])
    (result,) = report.results
    assert result.status in (Status.PASS, Status.WARN)
    m = result.metrics
    assert 0 <= m["cpu_percent"] <= 100
    assert 0 < m["memory_available_gb"] <= m["memory_total_gb"]
    assert m["uptime_days"] >= 0
    assert isinstance(m["programs_to_close"], list)
    assert all(set(p) == {"name", "cpu_percent"} for p in m["top_cpu"])
    assert result.duration_s >= 0.2
    assert SystemCheck().deadline(cfg) == 6.0
