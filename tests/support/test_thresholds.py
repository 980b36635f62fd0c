"""An organisation's own thresholds: the patient's result, the saved report and the help-desk
advice decoded from the support code all judge against the same number.

The real checks' pure assess functions, the real report writers and the real decoder; the
organisation's configuration goes through `Config.with_overrides`, as an organisation's file
does.
"""

from __future__ import annotations

import json

from preflight.checks.network.bandwidth import assess as assess_bandwidth
from preflight.checks.system import SystemSnapshot
from preflight.checks.system import assess as assess_system
from preflight.config import load_config
from preflight.engine.result import Status
from preflight.support.code import decode_code, encode_report
from preflight.support.reports import render_report, render_text
from tests.support.helpers import report_of

DEFAULTS = load_config()
# Riverside Health asks more of the upload than the default 1.5 Mbit/s (and fails below 1.0).
RIVERSIDE = DEFAULTS.with_overrides(
    {"bandwidth": {"pass_upload_mbps": 2.5, "warn_upload_mbps": 1.0}}, "riverside.toml"
)
MEASURED = {"download_mbps": 30.0, "upload_mbps": 2.0, "ping_ms": 20.0,
            "loaded_latency_increase_ms": 10.0}
LOW_UPLOAD_ADVICE = (
    "The internet is a little slow (upload under {} Mbit/s): pause other streaming and "
    "downloads during the visit; the video may be lower quality."
)


def _bandwidth(config):
    return assess_bandwidth(MEASURED, config.section("bandwidth"), config.hotline)


def test_a_stricter_upload_threshold_is_the_same_number_everywhere():
    # The patient: 2.0 Mbit/s up is under Riverside's 2.5, so "check this", judged against 2.5.
    result = _bandwidth(RIVERSIDE)
    assert result.status is Status.WARN
    assert result.finding_ids == ("bandwidth.upload_low",)
    (finding,) = result.findings
    assert dict(finding.limits) == {"pass_upload_mbps": 2.5}
    assert result.advice  # what the patient can do

    # The saved report: the same finding and limit, and the same status words.
    report = report_of([result], RIVERSIDE)
    document = json.loads(render_report(report, "json"))
    (check,) = document["checks"]
    assert check["status"] == "warn"
    assert check["findings"][0]["limits"] == {"pass_upload_mbps": 2.5}
    text = render_text(report)
    assert "Internet speed: Check this - " + result.summary in text
    assert "Findings: bandwidth.upload_low" in text

    # The help desk, with Riverside's configuration: the same finding, advice naming 2.5, and
    # a bucket that shows the caller just under it.
    decoded = decode_code(document["support_code"], RIVERSIDE)
    assert decoded.statuses["bandwidth"] == "warn"
    assert decoded.findings["bandwidth"] == ("bandwidth.upload_low",)
    assert decoded.likely_fixes() == [LOW_UPLOAD_ADVICE.format("2.5")]
    assert decoded.buckets["upload_mbps"] == "1.8 to 2.5 Mbit/s"
    assert "upload: 1.8 to 2.5 Mbit/s" in decoded.render()

    # The same code read with the default configuration names the default threshold: the
    # agent's Preflight must use the organisation's file (preflight decode --config).
    assert decode_code(document["support_code"], DEFAULTS).likely_fixes() == [
        LOW_UPLOAD_ADVICE.format("1.5")]


def test_the_same_link_passes_under_the_default_threshold():
    result = _bandwidth(DEFAULTS)
    assert result.status is Status.PASS
    assert not any(f.id.endswith("_low") for f in result.findings)
    decoded = decode_code(encode_report(report_of([result], DEFAULTS)), DEFAULTS)
    assert decoded.statuses["bandwidth"] == "pass"
    assert decoded.findings["bandwidth"] == ()
    assert decoded.likely_fixes() == []
    assert decoded.buckets["upload_mbps"] == "1.8 to 5 Mbit/s"


def test_a_shorter_uptime_limit_moves_the_restart_and_the_bucket_together():
    strict = DEFAULTS.with_overrides({"system": {"uptime_max_days": 2.0}}, "strict.toml")
    snap = SystemSnapshot(cpu_percent=10, cpu_count=2, uptime_days=2.5)
    result = assess_system(snap, strict.section("system"))
    assert result.finding_ids == ("system.uptime_long",)
    assert dict(result.findings[0].limits) == {"uptime_max_days": 2.0}
    report = report_of([result], strict)
    assert report.restart_reasons == ["Your computer has been on for 2 days."]
    decoded = decode_code(encode_report(report), strict)
    assert decoded.restart_findings() == ["system.uptime_long"]
    assert decoded.buckets["uptime_days"] == "2 to 3 days"  # 2 is the organisation's limit
    assert decoded.likely_fixes() == [
        "Ask the caller to restart the computer shortly before the visit, then open only what "
        "the visit needs."]
    # Under the default 7 days the same computer needs no restart.
    relaxed = assess_system(snap, DEFAULTS.section("system"))
    assert relaxed.status is Status.PASS
    assert decode_code(encode_report(report_of([relaxed], DEFAULTS)), DEFAULTS).buckets[
        "uptime_days"] == "1 to 3 days"
