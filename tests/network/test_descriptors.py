"""The network checks' descriptors: what the support code, the help desk and the window read
about them, checked against the rules every descriptor follows (issue 14) and against the
default `[network]` / `[bandwidth]` sections."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from preflight.checks.network import bandwidth, connectivity
from preflight.checks.network.shared import CONNECTION_STEP
from preflight.engine.findings import (
    ENGINE_FINDINGS,
    Buckets,
    Choice,
    Descriptor,
    Flags,
    placeholders,
)
from preflight.engine.registry import Registry
from preflight.engine.result import Status

# Support code format 2: bits each check's own fields may use (besides its main finding).
BUDGET_BITS = {"network": 25, "bandwidth": 11}  # docs/support.md: each check's budget
DESCRIPTORS = {"network": connectivity.DESCRIPTOR, "bandwidth": bandwidth.DESCRIPTOR}


def _bits(field: Flags | Buckets | Choice) -> int:
    if isinstance(field, Flags):
        return len(field.findings)
    if isinstance(field, Buckets):
        return math.ceil(math.log2(len(field.edges) + 2))
    return math.ceil(math.log2(len(field.values) + 1))


@pytest.mark.parametrize("check_id", sorted(DESCRIPTORS))
def test_the_registry_serves_these_descriptors(check_id: str) -> None:
    assert Registry().descriptor(check_id) is DESCRIPTORS[check_id]


def test_titles_are_the_ones_patients_know() -> None:
    assert connectivity.DESCRIPTOR.title == "Internet connection"
    assert bandwidth.DESCRIPTOR.title == "Internet speed"
    assert connectivity.NetworkCheck.title == "Internet connection"
    assert bandwidth.BandwidthCheck.id == "bandwidth"


def test_both_checks_share_one_connection_step() -> None:
    assert connectivity.DESCRIPTOR.step is CONNECTION_STEP
    assert bandwidth.DESCRIPTOR.step is CONNECTION_STEP
    assert CONNECTION_STEP.key == "connection" and CONNECTION_STEP.guided is False
    assert CONNECTION_STEP.title == "Connection"


@pytest.mark.parametrize("check_id", sorted(DESCRIPTORS))
def test_code_fields_fit_the_budget_and_read_the_own_thresholds(check_id: str, config) -> None:
    d: Descriptor = DESCRIPTORS[check_id]
    section = config.section(check_id)
    assert sum(_bits(f) for f in d.code_fields) <= BUDGET_BITS[check_id]
    non_pass = [s for s in d.findings if s.level is not Status.PASS]
    assert len(non_pass) <= 21  # the main field stays within 5 bits
    assert math.ceil(math.log2(6 + len(ENGINE_FINDINGS) + len(non_pass))) <= 5
    for f in d.code_fields:
        if isinstance(f, Buckets):
            assert len(f.edges) <= 6, f.name  # 3 bits
            f.resolved_edges(section)  # every key names a number of the check's own section
            keys = [e for e in f.edges if isinstance(e, str)]
            assert all(k in section for k in keys), f.name


def test_bucket_edges_follow_an_organisations_thresholds(config) -> None:
    """Edges are config keys, never copied numbers: a stricter profile moves them."""
    download = next(f for f in bandwidth.DESCRIPTOR.code_fields if f.name == "download_mbps")
    default = download.resolved_edges(config.section("bandwidth"))
    assert {1.2, 3.0} <= set(default)
    strict = config.with_overrides({"bandwidth": {"pass_download_mbps": 8.0}})
    assert 8.0 in download.resolved_edges(strict.section("bandwidth"))
    loss = next(f for f in connectivity.DESCRIPTOR.code_fields if f.name == "udp_loss_pct")
    assert {3.0, 8.0, 100.0} <= set(loss.resolved_edges(config.section("network")))


@pytest.mark.parametrize("check_id", sorted(DESCRIPTORS))
def test_every_problem_has_helpdesk_advice_in_the_agents_own_numbers(check_id: str,
                                                                       config) -> None:
    """A support code carries finding ids, not numbers: the agent's text may name only keys of
    the check's config section, filled from the agent's own configuration."""
    d = DESCRIPTORS[check_id]
    section = config.section(check_id)
    for spec in d.findings:
        if spec.level is Status.PASS:
            # A PASS finding is no problem: no help-desk text; advice only for a hint (the
            # network check's wifi_band_hint: "if your router offers 5 GHz ..."), never the
            # verdict because `assess` puts `ok` before it.
            assert not spec.helpdesk, spec.name
            assert not spec.advice or spec.name.endswith("_hint"), spec.name
            continue
        assert spec.helpdesk, spec.name
        assert placeholders(spec.helpdesk) <= set(section), spec.name
        assert spec.summary, spec.name


def test_helpdesk_texts_say_the_configured_thresholds(config) -> None:
    """Filled from an organisation's [bandwidth] the way a decoded code fills them: the
    numbers are that configuration's, not the ones the defaults happen to hold."""
    section = dict(config.with_overrides(
        {"bandwidth": {"warn_upload_mbps": 0.9, "pass_upload_mbps": 2.0}}
    ).section("bandwidth"))
    d = bandwidth.DESCRIPTOR
    found = [d.finding("upload_too_low", limits=section), d.finding("upload_low", limits=section)]
    lines = d.helpdesk(found)
    assert "upload under 0.9 Mbit/s" in lines[0]
    assert "upload under 2 Mbit/s" in lines[1]
    net = dict(config.section("network"))
    line = connectivity.DESCRIPTOR.helpdesk([connectivity.DESCRIPTOR.finding(
        "udp_loss_high", limits=net)])[0]
    assert "(3% of packets or more)" in line


def test_descriptors_import_without_speedtest_or_aioice() -> None:
    """The CLI and the window read descriptors at start-up: speedtest-cli and aioice load only
    when a check runs."""
    code = (
        "import sys\n"
        "import preflight.checks.network.connectivity, preflight.checks.network.bandwidth\n"
        "print(sorted(m for m in ('speedtest', 'aioice') if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
