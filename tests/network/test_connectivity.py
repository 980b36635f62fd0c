"""The `network` check end to end against the lab server on loopback: real DNS lookups of
`localhost` and reserved `.invalid` names, real TLS handshakes with a test certificate, real
STUN over UDP (aioice messages), a real captive-portal probe and a real CONNECT proxy."""

from __future__ import annotations

import json
import socket
import time

import pytest

from preflight.checks.network.stun import stun_burst
from preflight.engine.findings import main_finding
from preflight.engine.result import Status
from tests.network.lab_helpers import closed_port, network_overrides, run_check
from tests.servers.speedtest_server import LabServer


def test_everything_reachable_passes(lab: LabServer, config) -> None:
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    m = result.metrics
    assert result.status is Status.PASS, result
    assert result.finding_ids == ("network.ok",)
    assert m["dns_ok"] and m["https_ok"] and m["https_failed"] == []
    assert m["udp_ok"] and m["reflexive_address_found"] and m["tcp_fallback_ok"]
    assert m["udp_loss_pct"] == 0.0
    assert 0 <= m["udp_rtt_ms"] < 100 and m["udp_jitter_ms"] is not None
    assert m["captive_portal"] is False and m["proxy"] is False
    # stun_requests (default 150): a loss-free burst does not go on to stun_requests_lossy.
    assert lab.stun is not None and lab.stun.received == 150
    # Privacy: the reflexive address (here 127.0.0.1 and our UDP port) is never reported.
    text = json.dumps(result.to_dict())
    assert "127.0.0.1" not in text
    # The local link: this machine has no Wi-Fi, and its route (when it has one) no VPN.
    assert m.get("vpn", "none") == "none"
    assert set(m) - {"vpn"} == {
        "dns_ok",
        "https_ok",
        "https_failed",
        "proxy",
        "captive_portal",
        "udp_ok",
        "reflexive_address_found",
        "udp_rtt_ms",
        "udp_jitter_ms",
        "udp_loss_pct",
        "tcp_fallback_ok",
    }


def test_stun_loss_is_measured_exactly(lab: LabServer, config) -> None:
    lab.behaviour.stun_drop_fraction = 0.04  # the responder ignores exactly 12 of 300
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.metrics["udp_loss_pct"] == 4.0
    # Lost requests among the first 150: the burst went on to stun_requests_lossy (300).
    assert lab.stun is not None and lab.stun.received == 300 and lab.stun.dropped == 12
    assert result.status is Status.WARN  # loss_warn_pct 3 <= 4 < loss_fail_pct 8
    assert "unsteady" in result.summary
    assert any("router" in a for a in result.advice)
    loss = next(f for f in result.findings if f.id == "network.udp_loss_high")
    assert loss.values == {"udp_loss_pct": 4.0} and loss.limits == {"loss_warn_pct": 3.0}


def test_heavy_loss_fails(lab: LabServer, config) -> None:
    lab.behaviour.stun_drop_fraction = 0.2
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.metrics["udp_loss_pct"] == 20.0
    assert result.status is Status.FAIL
    assert main_finding(result.findings).id == "network.udp_loss_too_high"
    assert main_finding(result.findings).limits == {"loss_fail_pct": 8.0}


def test_lossy_burst_goes_on_only_as_far_as_its_time_allows(lab: LabServer) -> None:
    lab.behaviour.stun_drop_fraction = 0.1
    burst = stun_burst(f"127.0.0.1:{lab.stun_port}", count=40, interval_s=0.01,
                       timeout_s=0.3, extend_to=200, max_s=0.9)
    # When the 40th goes out (0.39 s), request 10 has been unanswered for over 0.2 s: lost, so
    # the burst goes on, but only as far as leaves the 0.3 s wait for late answers within
    # 0.9 s: about (0.9 - 0.3) / 0.01 = 60 requests in all, never 200.
    assert 40 < burst.sent <= 61, burst.sent
    assert burst.sent == lab.stun.received and burst.received == burst.sent - lab.stun.dropped


def test_blocked_udp_does_not_lengthen_the_burst(config) -> None:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))  # bound but never read: no answer at all
    try:
        burst = stun_burst(f"127.0.0.1:{udp.getsockname()[1]}", count=20, interval_s=0.01,
                           timeout_s=0.3, extend_to=200)
    finally:
        udp.close()
    assert burst.sent == 20 and burst.received == 0  # nothing answered: nothing to sample


def test_stun_delay_shows_as_round_trip(lab: LabServer) -> None:
    lab.behaviour.stun_delay_ms = 60.0
    burst = stun_burst(f"127.0.0.1:{lab.stun_port}", count=10, interval_s=0.02, timeout_s=1.0)
    assert burst.received == 10
    assert 55.0 <= burst.rtt_ms <= 120.0  # a timer thread adds a little, never less


def test_udp_blocked_with_tcp_443_working_is_a_warning(lab: LabServer, config) -> None:
    lab.behaviour.stun_silent = True
    start = time.monotonic()
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    m = result.metrics
    assert result.status is Status.WARN
    assert not m["udp_ok"] and m["tcp_fallback_ok"] and not m["reflexive_address_found"]
    assert m["udp_loss_pct"] == 100.0 and m["udp_rtt_ms"] is None
    assert "backup route" in result.summary
    assert any("VPN" in a for a in result.advice)
    assert result.finding_ids == ("network.udp_blocked",)
    assert time.monotonic() - start < 6.0


def test_dns_failure_names_the_unreachable_service(lab: LabServer, config) -> None:
    result = run_check(
        config.with_overrides(
            network_overrides(
                lab,
                dns_names=["localhost", "preflight-test.invalid"],
                https_hosts=[f"127.0.0.1:{lab.tls_port}", "preflight-test.invalid:443"],
            )
        ),
        "network",
    )
    m = result.metrics
    assert result.status is Status.FAIL
    assert m["dns_ok"] is False and m["https_ok"] is False
    assert m["https_failed"] == ["preflight-test.invalid"]
    assert result.summary == "Your computer can't reach the video visit service."
    assert "If you're on a work network or VPN, try without it." in result.advice
    assert result.finding_ids == ("network.https_blocked", "network.dns_failed")
    assert result.findings[0].values == {"hosts": ["preflight-test.invalid"]}
    assert result.findings[1].values == {"names": ["preflight-test.invalid"]}


def test_everything_blocked_ends_within_six_seconds(config) -> None:
    """Nothing answers: DNS names that do not exist, a TCP listener that never speaks TLS,
    a UDP port nobody reads, and a captive-portal URL on a closed port."""
    mute = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    mute.bind(("127.0.0.1", 0))
    mute.listen(16)  # accepts into the backlog, never answers: TLS handshakes time out
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))  # bound but never read: no answer, no ICMP either
    try:
        cfg = config.with_overrides(
            {
                "network": {
                    "dns_names": ["preflight-test.invalid"],
                    "https_hosts": [f"127.0.0.1:{mute.getsockname()[1]}"],
                    "stun_server": f"127.0.0.1:{udp.getsockname()[1]}",
                    "captive_portal_url": f"http://127.0.0.1:{closed_port()}/generate_204",
                    "connect_timeout_s": 10.0,  # longer than the whole budget on purpose
                    "stun_timeout_s": 10.0,
                }
            }
        )
        start = time.monotonic()
        result = run_check(cfg, "network")
        elapsed = time.monotonic() - start
    finally:
        mute.close()
        udp.close()
    assert elapsed <= 6.0
    assert result.status is Status.FAIL
    assert result.metrics["udp_ok"] is False and result.metrics["https_ok"] is False
    assert result.metrics["captive_portal"] is None  # could not tell, so we do not claim one
    assert result.finding_ids == ("network.offline",)


def test_offline_says_not_connected(config) -> None:
    cfg = config.with_overrides(
        {
            "network": {
                "dns_names": ["preflight-test.invalid"],
                "https_hosts": [f"127.0.0.1:{closed_port()}"],
                "stun_server": f"127.0.0.1:{closed_port(socket.SOCK_DGRAM)}",
                "captive_portal_url": f"http://127.0.0.1:{closed_port()}/generate_204",
            }
        }
    )
    result = run_check(cfg, "network")
    assert result.status is Status.FAIL
    assert result.summary == "Your computer doesn't seem to be connected to the internet."
    assert result.metrics["tcp_fallback_ok"] is False
    assert result.finding_ids == ("network.offline",)


def test_captive_portal_is_detected(lab: LabServer, config) -> None:
    lab.behaviour.captive_portal = True
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.status is Status.FAIL
    assert result.metrics["captive_portal"] is True
    assert "sign in" in result.summary
    assert result.finding_ids == ("network.captive_portal",)


def test_untrusted_certificate_fails_https(
    lab: LabServer, config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TLS-intercepting filter looks like this: the handshake fails verification."""
    monkeypatch.delenv("SSL_CERT_FILE")
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent.pem")
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.status is Status.FAIL
    assert result.metrics["https_ok"] is False and result.metrics["tcp_fallback_ok"] is True
    assert any("Security software" in a for a in result.advice)
    assert main_finding(result.findings).id == "network.https_tls_failed"


def test_proxy_from_environment_is_reported_and_used(
    lab: LabServer, config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("https_proxy", lab.url("/"))
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.metrics["proxy"] is True
    assert result.metrics["https_ok"] is True, result
    assert lab.requests.get("CONNECT", 0) >= 2  # both HTTPS hosts went through the proxy
    assert not any(f.id.startswith("network.https") for f in result.findings)


def test_dead_proxy_is_named_in_the_advice(
    lab: LabServer, config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{closed_port()}")
    result = run_check(config.with_overrides(network_overrides(lab)), "network")
    assert result.metrics["proxy"] is True
    assert result.status is Status.FAIL
    assert any("proxy server" in a for a in result.advice)
    assert result.finding_ids[:2] == ("network.https_blocked", "network.https_via_proxy")


def test_cancel_stops_the_network_check(lab: LabServer, config) -> None:
    lab.behaviour.stun_silent = True
    start = time.monotonic()
    result = run_check(config.with_overrides(network_overrides(lab)), "network", cancel_after_s=0.5)
    assert result.status is Status.SKIP
    assert result.finding_ids == ("engine.stopped",)
    assert time.monotonic() - start < 0.5 + 1.0
