"""The expected call quality (`call`): the E-model against published reference values, the
verdict table, never NaN, and the check reading the real network and bandwidth results through
the real runner (Descriptor.needs). Pure logic; the shaped-link comparison is in bench/.

Reference values and where each comes from:
- ITU-T G.107 (06/2015) 7.7: with every parameter at its default, R = 93.2.
- ITU-T G.109 (09/1999) table 1: the lower R of each user-satisfaction category and its MOS
  through G.107 Annex B: R 90 -> 4.34, 80 -> 4.03, 70 -> 3.60, 60 -> 3.10, 50 -> 2.58.
- ITU-T G.107 Annex B eq. B-4: MOS 1 for R < 0, 4.5 for R > 100.
- Cole and Rosenbluth (ACM SIGCOMM CCR 31(2), 2001) eq. 9: Id = 0.024 d below 177.3 ms,
  plus 0.11 (d - 177.3) above: Id(100) = 2.4, Id(177.3) = 4.2552, Id(300) = 20.697.
- ITU-T G.113 (11/2007) Appendix I table I.3: G.711 with PLC, Ie = 0, Bpl = 25.1 (random
  loss); so by G.107 eq. 7-29 Ie,eff = 95 x P / (P + 25.1): 47.5 at P = Bpl, 0 at P = 0.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from preflight.checks.network import emodel
from preflight.checks.network.call_quality import DESCRIPTOR, GRADES, assess, grade_of
from preflight.config import load_config
from preflight.engine.registry import Registry
from preflight.engine.result import CheckResult, Status
from preflight.engine.runner import Runner
from tests.network.lab_helpers import fixed_check

SECTION = load_config().section("call")


@pytest.fixture
def call(config):
    return config.section("call")


def _net(rtt=30.0, jitter=2.0, loss=0.0, **extra) -> CheckResult:
    return CheckResult("network", Status.PASS, "s", (), {
        "udp_ok": True, "udp_rtt_ms": rtt, "udp_jitter_ms": jitter, "udp_loss_pct": loss,
        **extra})


def _bw(upload=10.0, increase=20.0, **extra) -> CheckResult:
    return CheckResult("bandwidth", Status.PASS, "s", (), {
        "upload_mbps": upload, "loaded_latency_increase_ms": increase, **extra})


# -- the E-model against published values -------------------------------------------------------


def test_default_r_is_93_2_and_its_mos():
    """G.107 7.7: R = 93.2 with defaults; no delay and no loss leave it there."""
    assert emodel.R_DEFAULT == 93.2
    assert emodel.loss_impairment(0.0) == 0.0
    assert emodel.mos_from_r(93.2) == pytest.approx(4.41, abs=0.005)


@pytest.mark.parametrize(("r", "mos"), [(90, 4.34), (80, 4.03), (70, 3.60), (60, 3.10),
                                        (50, 2.58)])
def test_mos_at_g109_category_limits(r, mos):
    assert emodel.mos_from_r(r) == pytest.approx(mos, abs=0.01)


@pytest.mark.parametrize(("r", "mos"), [(-5, 1.0), (0, 1.0), (100, 4.5), (120, 4.5)])
def test_mos_ends(r, mos):
    assert emodel.mos_from_r(r) == pytest.approx(mos)


@pytest.mark.parametrize(("d", "id_"), [(0.0, 0.0), (100.0, 2.4), (177.3, 4.2552),
                                        (300.0, 20.697)])
def test_delay_impairment_cole_rosenbluth(d, id_):
    assert emodel.delay_impairment(d) == pytest.approx(id_, abs=1e-3)


@pytest.mark.parametrize(("loss", "ie"), [(0.0, 0.0), (25.1, 47.5), (1.0, 95 / 26.1),
                                          (100.0, 95 * 100 / 125.1)])
def test_loss_impairment_g711_plc(loss, ie):
    assert emodel.loss_impairment(loss) == pytest.approx(ie, abs=1e-6)


def test_a_full_estimate_adds_up():
    """RTT 200 ms, jitter 10 ms, loss 2%: d = 100 + 20 + 10 = 130 ms, Id = 3.12,
    Ie,eff = 95 x 2 / 27.1 = 7.011, R = 83.07, MOS = 4.13 (G.107 Annex B)."""
    e = emodel.estimate(200.0, 10.0, 2.0)
    assert e is not None
    assert e.delay_ms == pytest.approx(130.0)
    assert e.delay_impairment == pytest.approx(3.12)
    assert e.jitter_impairment == pytest.approx(0.024 * 20)
    assert e.loss_impairment == pytest.approx(7.0111, abs=1e-3)
    assert e.r == pytest.approx(83.069, abs=1e-2)
    assert e.mos == pytest.approx(4.13, abs=0.01)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -1.0, None, "12", True])
def test_bad_inputs_give_none(bad):
    assert emodel.estimate(bad, 1.0, 0.0) is None
    assert emodel.estimate(30.0, bad, 0.0) is None
    assert emodel.estimate(30.0, 1.0, bad) is None
    assert emodel.estimate(30.0, 1.0, 101.0) is None


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True),
       st.floats(allow_nan=True, allow_infinity=True))
def test_the_estimate_is_never_nan(rtt, jitter, loss):
    e = emodel.estimate(rtt, jitter, loss)
    if e is not None:
        assert all(math.isfinite(v) for v in (e.delay_ms, e.r, e.mos))
        assert 1.0 <= e.mos <= 4.5


# -- the verdict table ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("rtt", "jitter", "loss", "upload", "increase", "status", "grade", "resolution", "ids"),
    [
        # A good home link: MOS 4.40 (R 92.5).
        (30, 2, 0, 10, 20, Status.PASS, "excellent", "1080p", ["call.excellent"]),
        # 4% of round trips lost (2.02% each way): Ie,eff 7.1, MOS 4.17: great.
        (120, 10, 4, 1.5, 20, Status.PASS, "great", "720p", ["call.great"]),
        # 8% of round trips (4.08% each way): MOS 3.94: good; 1.0 Mbit/s up carries 540p.
        (120, 10, 8, 1.0, 20, Status.PASS, "good", "540p", ["call.good"]),
        # 15% of round trips (7.8% each way): MOS 3.53: fair; the loss takes most off R.
        (120, 10, 15, 5, 20, Status.WARN, "fair", "1080p", ["call.fair", "call.limit_loss"]),
        # 30% of round trips (16.3% each way): MOS 2.76: poor.
        (120, 10, 30, 5, 20, Status.WARN, "degraded", "1080p",
         ["call.degraded", "call.limit_loss"]),
        # A very long round trip with little loss: the delay limits it (R 61.3, MOS 3.17).
        (700, 5, 0.5, 5, 20, Status.WARN, "fair", "1080p", ["call.fair", "call.limit_delay"]),
        (900, 5, 0.5, 5, 20, Status.WARN, "degraded", "1080p",
         ["call.degraded", "call.limit_delay"]),
        # Jitter dominates the delay (RTT 60, jitter 150 ms: d = 340 ms; R 67.1, MOS 3.46).
        (60, 150, 0, 5, 20, Status.WARN, "fair", "1080p", ["call.fair", "call.limit_jitter"]),
        # Sound is excellent but the upload carries only 360p: at most fair, upload limits.
        (30, 2, 0, 0.6, 20, Status.WARN, "fair", "360p", ["call.fair", "call.limit_upload"]),
        # No picture at all.
        (30, 2, 0, 0.1, 20, Status.WARN, "degraded", "none",
         ["call.degraded", "call.limit_upload"]),
        # Household load on an excellent link: the grade line stays, the load is said.
        (30, 2, 0, 10, 400, Status.WARN, "excellent", "1080p",
         ["call.excellent", "call.household_load"]),
        # Household load beside a limit.
        (120, 10, 15, 5, 400, Status.WARN, "fair", "1080p",
         ["call.fair", "call.limit_loss", "call.household_load"]),
    ],
)
def test_verdicts(call, rtt, jitter, loss, upload, increase, status, grade, resolution, ids):
    result = assess(_net(rtt, jitter, loss), _bw(upload, increase), call)
    # The E-model gets the one-way loss of a symmetric link (the burst measures round trips).
    one_way = 100 * (1 - math.sqrt(1 - loss / 100))
    assert result.metrics["mos"] == pytest.approx(emodel.estimate(rtt, jitter, one_way).mos,
                                                  abs=0.005)
    assert result.status is status
    assert [f.id for f in result.findings] == ids
    assert result.metrics["grade"] == grade
    assert result.metrics["resolution"] == resolution
    assert result.summary.startswith("Expected video call quality: ")
    shown = resolution if resolution != "none" else "sound only"
    assert f"({shown})" in result.summary
    assert grade_of(result.metrics["mos"], call) == grade or result.metrics.get("limit") \
        == "upload"
    if status is Status.WARN:
        assert result.advice, "a warning says what to do"
    if "call.household_load" in ids:
        assert any("streaming, downloads and backups" in a for a in result.advice)
        assert result.metrics["mos_busy"] < result.metrics["mos"]


def test_grade_bands_are_twilio_s(call):
    assert [grade_of(m, call) for m in (4.3, 4.2, 4.1, 3.7, 3.69, 3.1, 3.09)] == [
        "excellent", "great", "great", "good", "fair", "fair", "degraded"]


@pytest.mark.parametrize(
    ("network", "bandwidth", "why"),
    [
        (None, _bw(), "did not finish"),
        (_net(), None, "did not finish"),
        (CheckResult("network", Status.ERROR, "s"), _bw(), "did not finish"),
        (_net(udp_ok=False), _bw(), "no UDP"),
        (_net(rtt=None), _bw(), "no UDP"),
        (_net(jitter=math.nan), _bw(), "no UDP"),
        (_net(), _bw(upload=None), "no upload"),
        (_net(), _bw(upload=math.inf), "no upload"),
        (_net(loss=100.0), _bw(), "contradict"),
        (_net(loss=-1.0), _bw(), "contradict"),
        (_net(rtt=-3.0), _bw(), "contradict"),
        (_net(), _bw(upload=-1.0), "contradict"),
        (_net(), _bw(increase=-50.0), "contradict"),
    ],
)
def test_missing_or_contradictory_inputs_could_not_estimate(call, network, bandwidth, why):
    result = assess(network, bandwidth, call)
    assert result.status is Status.SKIP
    assert [f.id for f in result.findings] == ["call.not_estimated"]
    assert why in result.findings[0].values["why"]
    assert result.summary == "We could not estimate the video call quality."
    assert not any(isinstance(v, float) and math.isnan(v) for v in result.metrics.values())


finite_or_not = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                          st.integers(-1000, 10**6), st.booleans(), st.text(max_size=3))


@settings(max_examples=300, deadline=None)
@given(finite_or_not, finite_or_not, finite_or_not, finite_or_not, finite_or_not)
def test_any_inputs_give_a_grade_or_could_not_estimate_never_nan(rtt, jitter, loss, up, inc):
    result = assess(_net(rtt, jitter, loss), _bw(up, inc), SECTION)
    assert result.status in (Status.PASS, Status.WARN, Status.SKIP)
    for value in result.metrics.values():
        assert not (isinstance(value, float) and not math.isfinite(value))
    if result.status is not Status.SKIP:
        assert result.metrics["grade"] in GRADES
    assert "nan" not in result.summary.lower()


# -- through the real runner: the check reads the two results it needs ------------------------


def test_the_runner_hands_the_needed_results_over(config):
    from preflight.checks.network.call_quality import CallQualityCheck

    registry = Registry({})
    registry.add(fixed_check("network", _net(120, 10, 15)))
    registry.add(fixed_check("bandwidth", _bw(5, 400)))
    registry.add(CallQualityCheck)
    report = Runner(config, registry=registry).run(["network", "bandwidth", "call"])
    call = report.results[2]
    assert [f.id for f in call.findings] == ["call.fair", "call.limit_loss",
                                            "call.household_load"]
    # Run alone, it reads results handed over from an earlier run (the window's Check again).
    alone = Runner(config, registry=registry, prior={r.id: r for r in report.results[:2]})
    again = alone.run(["call"]).results[0]
    assert again.findings == call.findings
    nothing = Runner(config, registry=registry).run(["call"]).results[0]
    assert nothing.status is Status.SKIP


def test_descriptor_shape():
    assert DESCRIPTOR.needs == ("network", "bandwidth")
    assert "network" in DESCRIPTOR.resources


# -- a real run: the CLI against the lab's STUN and speed-test servers (loopback only) ---------


def _toml(section: dict) -> str:
    import json

    lines = []
    for name, values in section.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


def test_the_cli_says_the_expected_call_quality_on_a_real_run(lab, tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import REPO, cli_env
    from tests.network.lab_helpers import bandwidth_overrides, network_overrides

    lab.behaviour.rate_bytes_per_s = 5 * 1_000_000 // 8  # 5 Mbit/s: 1080p
    cfg = tmp_path / "lab.toml"
    cfg.write_text(_toml(network_overrides(lab) | bandwidth_overrides(lab)), encoding="utf-8")
    env = cli_env(SSL_CERT_FILE=str(lab.cert_path), PREFLIGHT_LANG="en")
    saved = tmp_path / "report.json"
    argv = [sys.executable, "-m", "preflight", "check", "--only", "network,bandwidth,call",
            "--non-interactive", "--config", str(cfg), "--report", str(saved)]
    text = subprocess.run(argv, capture_output=True, text=True, timeout=90, env=env,
                          cwd=REPO)
    assert "Traceback" not in text.stderr, text.stderr
    line = next(ln for ln in text.stdout.splitlines() if "Video calls:" in ln)
    assert "Expected video call quality: " in line and "(1080p)" in line, text.stdout
    document = json.loads(saved.read_text(encoding="utf-8"))
    call = next(c for c in document["checks"] if c["id"] == "call")
    assert call["metrics"]["grade"] in GRADES
    assert call["metrics"]["resolution"] == "1080p"
    assert 1.0 <= call["metrics"]["mos"] <= 4.5
    # Loopback: no loss, a sub-millisecond round trip: the E-model's best, 4.4.
    assert call["metrics"]["mos"] == pytest.approx(4.4, abs=0.02)
