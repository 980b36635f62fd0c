"""Pure decision logic of the network checks: verdicts against `[network]` / `[bandwidth]`,
and the arithmetic the speed figures rest on. No sockets."""

from __future__ import annotations

import pytest

from preflight.checks.network import speedtest_client as sc
from preflight.checks.network.bandwidth import assess as assess_bandwidth
from preflight.checks.network.bandwidth import video_quality
from preflight.checks.network.connectivity import HttpsProbe, Probes
from preflight.checks.network.connectivity import assess as assess_network
from preflight.checks.network.stun import StunBurstResult, parse_host_port
from preflight.engine.result import Status


@pytest.fixture
def bw(config):
    return config.section("bandwidth")


@pytest.fixture
def net(config):
    return config.section("network")


def _bw_metrics(down: float, up: float, cfg, increase: float | None = 10.0) -> dict:
    return {
        "download_mbps": down,
        "upload_mbps": up,
        "quality": video_quality(down, up, cfg),
        "loaded_latency_increase_ms": increase,
    }


@pytest.mark.parametrize(
    ("down", "up", "status", "quality"),
    [
        (50.0, 10.0, Status.PASS, "hd1080"),
        (3.0, 1.5, Status.PASS, "hd720"),  # exactly the pass line
        (2.9, 1.5, Status.WARN, "hd720"),
        (3.0, 1.4, Status.WARN, "hd720"),
        (1.2, 0.6, Status.WARN, "sd"),  # exactly the warn line
        (1.1, 5.0, Status.FAIL, "sd"),
        (5.0, 0.5, Status.FAIL, "audio_only"),
        (0.05, 0.05, Status.FAIL, "none"),
    ],
)
def test_bandwidth_verdicts(bw, config, down, up, status, quality) -> None:
    metrics = _bw_metrics(down, up, bw)
    assert metrics["quality"] == quality
    a = assess_bandwidth(metrics, bw, config.hotline)
    assert a.status is status
    if status is Status.FAIL:
        assert any("phone visit" in line and "800-745-9683" in line for line in a.advice)
    if status is not Status.PASS:
        assert a.advice


def test_bufferbloat_turns_a_pass_into_a_warning(bw, config) -> None:
    a = assess_bandwidth(_bw_metrics(20.0, 5.0, bw, increase=400.0), bw, config.hotline)
    assert a.status is Status.WARN
    assert "slows down" in a.summary
    assert any("Pause other downloads" in line for line in a.advice)
    ok = assess_bandwidth(_bw_metrics(20.0, 5.0, bw, increase=None), bw, config.hotline)
    assert ok.status is Status.PASS


def _good_probes(**stun: object) -> Probes:
    s = StunBurstResult(sent=50, received=50, rtts_ms=[20.0] * 50, reflexive_address_found=True)
    for k, v in stun.items():
        setattr(s, k, v)
    return Probes(dns={"a": True}, https=[HttpsProbe("a", True, True)], stun=s)


def test_network_thresholds(net) -> None:
    assert assess_network(_good_probes(), net).status is Status.PASS
    slow = _good_probes(rtts_ms=[300.0] * 50)
    assert assess_network(slow, net).status is Status.WARN
    very_slow = _good_probes(rtts_ms=[450.0] * 50)
    assert assess_network(very_slow, net).status is Status.FAIL
    jittery = _good_probes(rtts_ms=[10.0, 80.0] * 25)  # 70 ms between neighbours
    a = assess_network(jittery, net)
    assert a.status is Status.WARN and a.metrics["udp_jitter_ms"] == 70.0


def test_dns_partly_failing_but_services_reachable_is_a_warning(net) -> None:
    f = _good_probes()
    f.dns["b"] = False
    a = assess_network(f, net)
    assert a.status is Status.WARN and a.metrics["dns_ok"] is False


def test_stun_statistics() -> None:
    s = StunBurstResult(sent=4, received=3, rtts_ms=[10.0, 14.0, 12.0])
    assert s.loss_pct == 25.0 and s.rtt_ms == 12.0 and s.jitter_ms == 3.0 and s.udp_ok
    assert StunBurstResult().loss_pct is None and not StunBurstResult().udp_ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stun.example.org:19302", ("stun.example.org", 19302)),
        ("[::1]:3478", ("::1", 3478)),
        ("example.org", ("example.org", 3478)),
        ("::1", ("::1", 3478)),
    ],
)
def test_parse_host_port(text, expected) -> None:
    assert parse_host_port(text, 3478) == expected


def test_server_url_normalisation() -> None:
    assert sc.normalise_server_url("https://s.example.org/speedtest/upload.php") == (
        "https://s.example.org/speedtest/upload.php"
    )
    assert sc.normalise_server_url("https://s.example.org/speedtest/") == (
        "https://s.example.org/speedtest/upload.php"
    )
    with pytest.raises(ValueError):
        sc.normalise_server_url("ftp://s.example.org/")


def test_upload_rate_counts_between_acknowledgements() -> None:
    # Two workers, each acknowledged 100 kB every second after a first ack at t=1:
    # 2 x 100 kB/s = 1.6 Mbit/s. The first ack's bytes (sent before the window) don't count.
    w1 = sc._UploadWorker(acks=[(1.0, 999_999), (2.0, 100_000), (3.0, 100_000)])
    w2 = sc._UploadWorker(acks=[(1.5, 999_999), (2.5, 100_000), (3.5, 100_000)])
    rate, acked = sc._upload_rate_mbps([w1, w2])
    assert rate == pytest.approx(1.6)
    assert acked == 2 * 999_999 + 400_000
    assert sc._upload_rate_mbps([sc._UploadWorker(acks=[(1.0, 5)])]) == (None, 5)


def test_upload_rate_counts_header_bytes_but_bytes_up_does_not() -> None:
    # Each answered POST's request line and headers travel too, as in iperf3's figure: 100 kB
    # bodies with 250-byte heads every second are 100.25 kB/s = 0.802 Mbit/s. `bytes_up`
    # (what the report says was uploaded) stays the bodies only.
    w = sc._UploadWorker(acks=[(1.0, 100_000), (2.0, 100_000), (3.0, 100_000)],
                         heads=[250, 250, 250])
    rate, acked = sc._upload_rate_mbps([w])
    assert rate == pytest.approx(0.802)
    assert acked == 300_000
    # Heads unknown for some acks (e.g. through a proxy): none are counted, never misaligned.
    partial = sc._UploadWorker(acks=[(1.0, 100_000), (2.0, 100_000), (3.0, 100_000)],
                               heads=[250])
    assert sc._upload_rate_mbps([partial]) == (pytest.approx(0.8), 300_000)


def test_upload_rate_window_skips_tcp_start_up() -> None:
    # `after` drops the acks before it (TCP's slow start), unless fewer than two remain.
    w = sc._UploadWorker(acks=[(0.5, 10_000), (1.0, 10_000), (2.0, 100_000), (3.0, 100_000)])
    assert sc._upload_rate_mbps([w], after=1.5)[0] == pytest.approx(0.8)
    assert sc._upload_rate_mbps([w], after=2.5)[0] == pytest.approx(
        sc._mbps(210_000, 2.5))  # one late ack only: the whole series is used


def test_idle_time_counts_only_long_silences() -> None:
    steady = [(t / 10, t * 1000) for t in range(40)]
    assert sc._idle_s(steady) == 0.0
    stalled = [(t / 10, min(t, 10) * 1000) for t in range(40)]  # nothing after t = 1.0 s
    assert sc._idle_s(stalled) == pytest.approx(2.9)


def test_steady_needs_the_minimum_time_and_a_flat_average() -> None:
    settings = sc.SpeedtestSettings(phase_min_s=2.0, stable_tolerance_fraction=0.03)
    flat = [(t / 10, t * 1000) for t in range(1, 30)]
    assert sc._steady(flat, settings)
    assert not sc._steady(flat[:15], settings)  # only 1.4 s since the first byte
    ramp = [(t / 10, t * t * 100) for t in range(1, 30)]  # speeding up: keep measuring
    assert not sc._steady(ramp, settings)
