"""Checks build their messages in the current language (real system check, real psutil)."""

from __future__ import annotations

from preflight import i18n
from preflight.checks.system import SystemSnapshot, assess
from preflight.engine.report import restart_reasons
from preflight.engine.runner import Runner


def _spanish_values() -> set[str]:
    return set(i18n.load_catalogue(i18n.catalogue_path("es")).values())


def test_real_system_check_reports_in_spanish(config, spanish):
    report = Runner(config).run(["system"])
    result = report.results[0]
    assert result.status.value in ("pass", "warn"), result
    assert result.summary in _spanish_values()
    for tip in result.advice:
        assert not tip.startswith(("Restart", "If you", "Your")), tip


def test_every_system_reason_in_spanish(config, spanish):
    snap = SystemSnapshot(
        cpu_percent=95.0, own_cpu_percent=1.0, cpu_count=4, memory_total_gb=8.0,
        memory_available_gb=0.6, memory_used_percent=92.0, swap_total_gb=2.0,
        swap_used_percent=80.0, uptime_days=12.4, battery_percent=10.0, battery_plugged=False,
        disk_free_gb=0.5, processes=[("chrome", 90.0, 2.0)],
    )
    a = assess(snap, config.section("system"))
    assert a.summary == "A su computadora le faltan recursos. Se recomienda reiniciarla."
    assert "Su computadora lleva 12 días encendida." in restart_reasons([a])
    assert "Solo quedan 0.6 GB de memoria libre." in restart_reasons([a])
    assert "Si no puede reiniciar ahora, cierre estos programas: chrome." in a.advice
    assert any(t.startswith("Su batería está al 10 %") for t in a.advice)
    one_day = assess(SystemSnapshot(uptime_days=1.2), config.section("system") | {
        "uptime_max_days": 0})
    assert "Su computadora lleva 1 día encendida." in restart_reasons([one_day])


def test_english_is_unchanged_without_a_language(config):
    i18n.set_language("en")
    a = assess(SystemSnapshot(uptime_days=12.4), config.section("system"))
    assert "Your computer has been on for 12 days." in restart_reasons([a])
