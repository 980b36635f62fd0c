"""Pure decision logic of the network checks: findings and verdicts against `[network]` /
`[bandwidth]`, and the arithmetic the speed figures rest on. No sockets."""

from __future__ import annotations

import pytest

from preflight.checks.network import latency
from preflight.checks.network import speedtest_client as sc
from preflight.checks.network.bandwidth import DESCRIPTOR as BANDWIDTH
from preflight.checks.network.bandwidth import assess as assess_bandwidth
from preflight.checks.network.bandwidth import not_measured, video_quality
from preflight.checks.network.connectivity import DESCRIPTOR as NETWORK
from preflight.checks.network.connectivity import HttpsProbe, Probes
from preflight.checks.network.connectivity import assess as assess_network
from preflight.checks.network.shared import (
    ADVICE_PAUSE,
    ADVICE_ROUTER,
    ADVICE_VPN,
)
from preflight.checks.network.shared import ADVICE_RESTART as RESTART_TEMPLATE
from preflight.checks.network.stun import StunBurstResult, parse_host_port
from preflight.engine.result import Status
from preflight.engine.surface import action_fields

# As the window says it (the default surface): "... then press Check again."
ADVICE_RESTART = RESTART_TEMPLATE.format(**action_fields())


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
    ("down", "up", "status", "quality", "ids"),
    [
        (50.0, 10.0, Status.PASS, "hd1080", ("ok",)),
        (3.0, 1.5, Status.PASS, "hd720", ("ok",)),  # exactly the pass line
        (2.9, 1.5, Status.WARN, "hd720", ("download_low",)),
        (3.0, 1.4, Status.WARN, "hd720", ("upload_low",)),
        (1.2, 0.6, Status.WARN, "sd", ("download_low", "upload_low")),  # exactly the warn line
        (1.1, 5.0, Status.FAIL, "sd", ("download_too_low", "phone_visit")),
        (5.0, 0.5, Status.FAIL, "audio_only", ("sound_only", "upload_too_low", "phone_visit")),
        (0.05, 0.05, Status.FAIL, "none", ("download_too_low", "upload_too_low", "phone_visit")),
    ],
)
def test_bandwidth_verdicts(bw, config, down, up, status, quality, ids) -> None:
    metrics = _bw_metrics(down, up, bw)
    assert metrics["quality"] == quality
    a = assess_bandwidth(metrics, bw, config.hotline)
    assert a.status is status
    assert a.finding_ids == tuple(f"bandwidth.{name}" for name in ids)
    assert a.metrics["quality"] == quality
    if status is Status.FAIL:
        assert any("phone visit" in line and "800-745-9683" in line for line in a.advice)
        # The phone visit comes last, after what the patient can try first.
        assert a.advice == (ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART, a.advice[-1])
        expected = ("Your internet is too slow for video; it is enough for sound only."
                    if quality == "audio_only"
                    else "Your internet is too slow for a video visit right now.")
        assert a.summary == expected
    if status is Status.WARN:
        assert a.summary == ("Your internet speed is enough for video, but the picture may be "
                             "lower quality.")
        assert a.advice == (ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART)
    if status is not Status.PASS:
        assert a.advice
    else:
        assert a.summary == "Your internet speed is good for HD video." and a.advice == ()


def test_bandwidth_findings_carry_the_figures_and_the_thresholds(bw, config) -> None:
    a = assess_bandwidth(_bw_metrics(1.1, 1.0, bw), bw, config.hotline)
    down, up, phone = a.findings
    assert (down.id, down.level) == ("bandwidth.download_too_low", Status.FAIL)
    assert down.values == {"download_mbps": 1.1} and down.limits == {"warn_download_mbps": 1.2}
    assert (up.id, up.level) == ("bandwidth.upload_low", Status.WARN)
    assert up.values == {"upload_mbps": 1.0} and up.limits == {"pass_upload_mbps": 1.5}
    assert phone.values == {"label": "Patient Gateway technical support", "phone": "800-745-9683"}


def test_configured_bandwidth_thresholds_decide_the_finding_and_its_limits(config) -> None:
    """An organisation's stricter [bandwidth] profile: the same 8 Mbit/s down that passes by
    default is "low" against pass_download_mbps = 10, and 5 Mbit/s is "too low" against
    warn_download_mbps = 6. The findings carry the configured numbers, and so do the
    help-desk texts made from them."""
    default = config.section("bandwidth")
    strict_cfg = config.with_overrides(
        {"bandwidth": {"pass_download_mbps": 10.0, "warn_download_mbps": 6.0}}
    )
    strict = strict_cfg.section("bandwidth")
    assert assess_bandwidth(_bw_metrics(8.0, 5.0, default), default, config.hotline).finding_ids \
        == ("bandwidth.ok",)

    low = assess_bandwidth(_bw_metrics(8.0, 5.0, strict), strict, config.hotline)
    assert low.status is Status.WARN and low.finding_ids == ("bandwidth.download_low",)
    assert low.findings[0].limits == {"pass_download_mbps": 10.0}
    assert BANDWIDTH.helpdesk(low.findings) == (
        "The internet is a little slow (download under 10 Mbit/s): pause other streaming and "
        "downloads during the visit; the video may be lower quality.",
    )

    too_low = assess_bandwidth(_bw_metrics(5.0, 5.0, strict), strict, config.hotline)
    assert too_low.status is Status.FAIL
    assert too_low.finding_ids == ("bandwidth.download_too_low", "bandwidth.phone_visit")
    assert too_low.findings[0].limits == {"warn_download_mbps": 6.0}
    assert "download under 6 Mbit/s" in BANDWIDTH.helpdesk(too_low.findings)[0]
    # By default the same 5 Mbit/s passes.
    assert assess_bandwidth(_bw_metrics(5.0, 5.0, default), default, config.hotline).status \
        is Status.PASS


def test_without_a_hotline_number_the_phone_visit_goes_through_the_doctors_office(bw) -> None:
    a = assess_bandwidth(_bw_metrics(0.5, 0.5, bw), bw, {"label": "Help", "phone": " "})
    assert a.finding_ids[-1] == "bandwidth.phone_visit_office"
    assert a.advice[-1] == ("A phone visit may be better: call your doctor's office to arrange "
                            "one.")
    assert not any("800-745-9683" in line or "Help" in line for line in a.advice)
    named = assess_bandwidth(_bw_metrics(0.5, 0.5, bw), bw, {"label": "", "phone": "555-0100"})
    assert named.advice[-1] == ("A phone visit may be better: call the support line at "
                                "555-0100 to arrange one.")


def test_bufferbloat_turns_a_pass_into_a_warning(bw, config) -> None:
    a = assess_bandwidth(_bw_metrics(20.0, 5.0, bw, increase=400.0), bw, config.hotline)
    assert a.status is Status.WARN
    assert "slows down" in a.summary
    assert any("Pause other downloads" in line for line in a.advice)
    assert a.finding_ids == ("bandwidth.loaded_latency_high",)
    assert a.findings[0].values == {"loaded_latency_increase_ms": 400.0}
    assert a.findings[0].limits == {"loaded_latency_increase_warn_ms": 150.0}
    ok = assess_bandwidth(_bw_metrics(20.0, 5.0, bw, increase=None), bw, config.hotline)
    assert ok.status is Status.PASS
    assert ok.finding_ids == ("bandwidth.ok",)
    # On a slower link it is reported too, without changing that link's summary or advice.
    slow = assess_bandwidth(_bw_metrics(2.0, 5.0, bw, increase=400.0), bw, config.hotline)
    assert slow.finding_ids == ("bandwidth.download_low", "bandwidth.loaded_latency_high")
    assert slow.summary.startswith("Your internet speed is enough for video")
    assert slow.advice == (ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART)


def test_pass_below_hd_keeps_its_own_summary(config) -> None:
    """Pass thresholds under the picture-quality ones (an organisation's choice): the
    summary still names the picture the link carries."""
    cfg = config.with_overrides(
        {"bandwidth": {"pass_download_mbps": 0.8, "pass_upload_mbps": 0.8,
                       "warn_download_mbps": 0.5, "warn_upload_mbps": 0.5}}
    ).section("bandwidth")
    a = assess_bandwidth(_bw_metrics(1.0, 1.0, cfg), cfg, config.hotline)
    assert a.status is Status.PASS and a.finding_ids == ("bandwidth.ok_sd",)
    assert a.summary == "Your internet speed is good for standard-quality video."


def test_an_upload_without_a_figure_is_an_error_not_a_slow_line(bw, config) -> None:
    metrics = {**_bw_metrics(20.0, 5.0, bw), "upload_mbps": None}
    refused = assess_bandwidth(metrics, bw, config.hotline, upload_problem="refused")
    assert refused.status is Status.ERROR
    assert refused.finding_ids == ("bandwidth.upload_refused",)
    assert refused.metrics["error_reason"] == "upload_refused"
    assert refused.metrics["quality"] is None and refused.metrics["download_mbps"] == 20.0
    silent = assess_bandwidth(metrics, bw, config.hotline, upload_problem="no_answer")
    assert silent.finding_ids == ("bandwidth.upload_no_answer",)
    assert silent.metrics["error_reason"] == "upload_no_answer"
    assert silent.summary == refused.summary


@pytest.mark.parametrize(
    ("reason", "finding", "summary_start"),
    [
        ("server_unreachable", "server_unreachable", "We could not reach the speed test server"),
        ("server_not_answering", "server_not_answering",
         "We could not reach the speed test server"),
        ("download_failed", "download_failed", "We could not reach the speed test server"),
        ("failed", "server_unreachable", "We could not reach the speed test server"),
        ("config_failed", "config_failed", "We could not get the list of speed test servers"),
        ("server_list_failed", "server_list_failed",
         "We could not get the list of speed test servers"),
        ("bad_server_url", "bad_server_url", "The speed test server address in the settings"),
        ("speedtest_unavailable", "speedtest_unavailable",
         "The internet speed check could not start"),
    ],
)
def test_a_test_that_could_not_measure_has_its_own_finding(reason, finding, summary_start) -> None:
    """The test server, speedtest.net or the settings failing is never read as the patient's
    link being slow: an error with its own finding, and no figures."""
    r = not_measured(reason)
    assert r.status is Status.ERROR
    assert r.finding_ids == (f"bandwidth.{finding}",)
    assert r.summary.startswith(summary_start)
    assert dict(r.metrics) == {"error_reason": reason}
    assert r.advice and BANDWIDTH.helpdesk(r.findings)


def _good_probes(**stun: object) -> Probes:
    s = StunBurstResult(sent=50, received=50, rtts_ms=[20.0] * 50, reflexive_address_found=True)
    for k, v in stun.items():
        setattr(s, k, v)
    return Probes(dns={"a": True}, https=[HttpsProbe("a", True, True)], stun=s)


def test_network_thresholds(net) -> None:
    good = assess_network(_good_probes(), net)
    assert good.status is Status.PASS and good.finding_ids == ("network.ok",)
    slow = _good_probes(rtts_ms=[300.0] * 50)
    a = assess_network(slow, net)
    assert a.status is Status.WARN
    assert a.finding_ids == ("network.udp_rtt_high",)
    assert a.findings[0].values == {"udp_rtt_ms": 300.0}
    assert a.findings[0].limits == {"rtt_warn_ms": 250.0}
    very_slow = _good_probes(rtts_ms=[450.0] * 50)
    a = assess_network(very_slow, net)
    assert a.status is Status.FAIL
    assert a.finding_ids == ("network.udp_rtt_too_high",)
    assert a.findings[0].limits == {"rtt_fail_ms": 400.0}
    assert a.summary == ("Your connection is too unsteady for video right now; a phone visit "
                         "may be better.")
    jittery = _good_probes(rtts_ms=[10.0, 80.0] * 25)  # 70 ms between neighbours
    a = assess_network(jittery, net)
    assert a.status is Status.WARN and a.metrics["udp_jitter_ms"] == 70.0
    assert a.finding_ids == ("network.udp_jitter_high",)
    assert a.findings[0].limits == {"jitter_warn_ms": 30.0}
    assert a.summary == "Your connection is a little unsteady, so the video may freeze at times."
    assert a.advice == (ADVICE_ROUTER, ADVICE_PAUSE, ADVICE_RESTART)


def test_each_udp_problem_is_its_own_finding_with_one_verdict(net) -> None:
    # 450 ms round trips and 10 % loss: both fail; the patient reads one summary and one
    # set of advice, the report (and the help desk) both reasons.
    lossy = _good_probes(sent=50, received=45, rtts_ms=[450.0] * 45)
    a = assess_network(lossy, net)
    assert a.status is Status.FAIL
    assert a.finding_ids == ("network.udp_rtt_too_high", "network.udp_loss_too_high")
    assert a.findings[1].values == {"udp_loss_pct": 10.0}
    assert a.findings[1].limits == {"loss_fail_pct": 8.0}
    assert a.advice == (ADVICE_ROUTER, ADVICE_PAUSE, ADVICE_RESTART)
    assert len(NETWORK.helpdesk(a.findings)) == 2
    # 4 % loss with fast round trips: a warning.
    a = assess_network(_good_probes(sent=50, received=48, rtts_ms=[20.0] * 48), net)
    assert a.status is Status.WARN and a.finding_ids == ("network.udp_loss_high",)


def test_dns_partly_failing_but_services_reachable_is_a_warning(net) -> None:
    f = _good_probes()
    f.dns["b"] = False
    a = assess_network(f, net)
    assert a.status is Status.WARN and a.metrics["dns_ok"] is False
    assert a.finding_ids == ("network.dns_failed",)
    assert a.findings[0].values == {"names": ["b"]}
    assert a.summary == ("Your connection works, but some of the visit's services could not be "
                         "found.")


def test_unreachable_services_name_what_blocked_them(net) -> None:
    """A failed TLS handshake and a proxy in use each add their advice, in the order the
    patient reads them: the security software first, the proxy last."""
    f = Probes(
        dns={"a": True, "b": False},
        https=[HttpsProbe("a", True, False, "tls"), HttpsProbe("b", problem="dns")],
        proxy=True,
        stun=StunBurstResult(sent=50, received=0),
    )
    a = assess_network(f, net)
    assert a.status is Status.FAIL
    assert a.finding_ids == (
        "network.https_tls_failed", "network.https_via_proxy", "network.dns_failed",
    )
    assert a.findings[0].values == {"hosts": ["a", "b"]}
    assert a.summary == "Your computer can't reach the video visit service."
    assert a.advice[0].startswith("Security software or a network filter")
    assert a.advice[1:3] == (ADVICE_VPN, ADVICE_RESTART)
    assert a.advice[3].startswith("Your computer uses a proxy server.")
    assert len(a.advice) == 4  # the names that failed add nothing the patient is not told
    f.https[0] = HttpsProbe("a", problem="connect")
    f.proxy = False
    a = assess_network(f, net)
    assert a.finding_ids == ("network.https_blocked", "network.dns_failed")
    assert a.advice == (ADVICE_VPN, ADVICE_RESTART)


def test_offline_and_captive_portal_explain_everything_else(net) -> None:
    offline = Probes(dns={"a": False}, https=[HttpsProbe("a", problem="connect")],
                     stun=StunBurstResult(sent=50))
    a = assess_network(offline, net)
    assert a.status is Status.FAIL and a.finding_ids == ("network.offline",)
    portal = _good_probes()
    portal.captive_portal = True
    portal.https = [HttpsProbe("a", True, False, "tls")]
    a = assess_network(portal, net)
    assert a.status is Status.FAIL and a.finding_ids == ("network.captive_portal",)


def test_udp_not_tested_is_told_apart_from_udp_blocked(net, config) -> None:
    """No STUN answer because the STUN server's name did not resolve (or none is set): the
    patient reads what a blocked UDP says, the agent learns the test itself is missing."""
    blocked = _good_probes(sent=50, received=0, rtts_ms=[])
    a = assess_network(blocked, net)
    assert a.status is Status.WARN and a.finding_ids == ("network.udp_blocked",)
    assert a.metrics["udp_loss_pct"] == 100.0
    unresolved = _good_probes(sent=0, received=0, rtts_ms=[], error="resolve")
    b = assess_network(unresolved, net)
    assert b.status is Status.WARN and b.finding_ids == ("network.udp_not_tested",)
    assert (b.summary, b.advice) == (a.summary, a.advice)
    assert "backup route" in b.summary
    no_server = config.with_overrides({"network": {"stun_server": ""}}).section("network")
    c = assess_network(Probes(dns={"a": True}, https=[HttpsProbe("a", True, True)]), no_server)
    assert c.finding_ids == ("network.udp_not_tested",)
    # A burst that ran out of time (no answer, nothing recorded) is still "blocked".
    d = assess_network(Probes(dns={"a": True}, https=[HttpsProbe("a", True, True)]), net)
    assert d.finding_ids == ("network.udp_blocked",)


def test_stun_statistics() -> None:
    s = StunBurstResult(sent=4, received=3, rtts_ms=[10.0, 14.0, 12.0])
    assert s.loss_pct == 25.0 and s.rtt_ms == 12.0 and s.jitter_ms == 3.0 and s.udp_ok
    assert StunBurstResult().loss_pct is None and not StunBurstResult().udp_ok


def test_jitter_pairs_requests_a_call_packet_apart() -> None:
    # Requests 10 ms apart (gap 2: pairs 20 ms apart); the round trip climbs 3 ms a request
    # and request 3 is lost. Pairs (0, 2), (2, 4), (4, 6): 6 ms each; pairs across the lost one
    # ((1, 3), (3, 5)) are left out rather than bridged.
    rtts = {0: 10.0, 1: 13.0, 2: 16.0, 4: 22.0, 5: 25.0, 6: 28.0}
    s = StunBurstResult(sent=7, received=6, rtts_ms=list(rtts.values()), indices=list(rtts),
                        jitter_gap=2)
    assert s.jitter_ms == 6.0
    assert latency.jitter_at_gap_ms(rtts, 1) == 3.0  # neighbours only: (0, 1), (1, 2), (4, 5)...
    assert latency.jitter_at_gap_ms({0: 1.0, 2: 5.0}, 1) is None
    # No pair at the gap (every other one lost): the neighbours in order, as before.
    t = StunBurstResult(sent=4, received=2, rtts_ms=[10.0, 16.0], indices=[0, 3], jitter_gap=2)
    assert t.jitter_ms == 6.0


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


def _series(rate_bytes_per_s: float, seconds: float, start: float = 0.2,
            accelerate: float = 0.0) -> list[tuple[float, int]]:
    """A phase's samples every 0.1 s: nothing until `start`, then `rate` (growing by
    `accelerate` × rate per second, for a figure that is still climbing)."""
    out, total, t = [(0.0, 0)], 0.0, 0.0
    while t < seconds - 1e-9:
        t = round(t + 0.1, 3)
        if t > start:
            total += 0.1 * rate_bytes_per_s * (1 + accelerate * (t - start))
        out.append((t, int(total)))
    return out


def test_spread_of_a_short_steady_phase_is_small_not_the_whole_figure() -> None:
    """A phase that stopped 1 s after its start-up (as the early-exit rule stops one): the
    spread is over the second half of what was measured. Taken over a whole second back it
    read 100 % (the figure before its own start), on every link of the 2026-12-02 benchmark."""
    steady = _series(125_000, 1.6)
    spread = sc._spread(steady, 0.25)
    assert spread is not None and spread < 0.02, spread
    climbing = _series(125_000, 1.7, accelerate=1.0)
    assert (sc._spread(climbing, 0.25) or 0) > 0.1
    # Under half a second measured (from the first byte, when too short for a start-up):
    # too short to say.
    assert sc._spread(_series(125_000, 0.7), 0.25) is None
    assert sc._spread([(0.0, 0), (0.1, 0)], 0.25) is None


def test_a_lossy_link_measures_round_trips_and_bytes_not_a_fixed_time() -> None:
    """SpeedtestSettings.lossy: at least 16 round trips after start-up (1.92 s at 120 ms; a
    30 ms link keeps its 1 s minimum), capped 1 s under the phase maximum, and for a download
    at least `lossy_min_bytes` since the baseline."""
    plain = sc.SpeedtestSettings()
    assert sc.lossy_settings(plain, 120.0) is plain  # not lossy: unchanged
    lossy = sc.SpeedtestSettings(lossy=True)
    long = sc.lossy_settings(lossy, 120.0)
    assert long.phase_min_s == pytest.approx(1.92)
    assert (long.phase_max_s, long.target_s) == (4.5, 7.5)
    assert long.fast_link_upload_tcp_workers == 16 > plain.fast_link_upload_tcp_workers
    assert sc.lossy_settings(lossy, 30.0).phase_min_s == 1.0
    assert sc.lossy_settings(lossy, 600.0).phase_min_s == pytest.approx(3.5)
    # 100 kB/s (0.8 Mbit/s), flat: steady after 1 s when clean; lossy, only from 250 kB on.
    slow = _series(100_000, 4.0, start=0.0)
    upto = [[(t, b) for t, b in slow if t <= end] for end in (1.5, 2.4, 2.9)]
    assert sc._steady(upto[0], plain)
    assert not sc._steady(upto[0], lossy) and not sc._steady(upto[1], lossy)
    assert sc._steady(upto[2], lossy)
    # 2.5 Mbit/s: the bytes come within the time minimum, so the phase is as short as before.
    fast = [(t, b) for t, b in _series(312_500, 4.0, start=0.0) if t <= 1.5]
    assert sc._steady(fast, lossy)


def test_a_lossy_links_download_leaves_out_a_longer_start_up() -> None:
    """TCP's start-up, left out of a phase's figure: 4 idle round trips within [0.25, 0.8] s;
    on a lossy link the download's is 8 round trips, up to 1.2 s (a loss ends slow start
    early, so the link fills later), and the upload's stays as it was."""
    plain, lossy = sc.SpeedtestSettings(), sc.SpeedtestSettings(lossy=True)
    assert sc.startup_s(plain, 120.0) == pytest.approx(0.48)
    assert sc.startup_s(plain, 120.0, download=True) == pytest.approx(0.48)
    assert sc.startup_s(plain, 30.0) == 0.25 and sc.startup_s(plain, 600.0) == 0.8
    assert sc.startup_s(lossy, 120.0, download=True) == pytest.approx(0.96)
    assert sc.startup_s(lossy, 120.0) == pytest.approx(0.48)
    assert sc.startup_s(lossy, 30.0, download=True) == 0.25  # a short link: as before
    assert sc.startup_s(lossy, 600.0, download=True) == 1.2
    # What the figure leaves out: a download climbing for its first second reads its
    # plateau only from the longer start-up on.
    ramp = [(round(0.1 * i, 1), int(sum(min(1.0, 0.1 * k) for k in range(i + 1)) * 100_000))
            for i in range(40)]

    def figure(grace_s: float) -> float:
        t0, b0 = sc._baseline(ramp, grace_s)
        return sc._mbps(ramp[-1][1] - b0, ramp[-1][0] - t0)

    assert figure(0.48) < 7.9 and figure(0.96) == pytest.approx(8.0, rel=0.005)
