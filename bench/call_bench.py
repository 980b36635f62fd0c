"""Expected call quality on the shaped lab link (issue 18): the grade the `call` check gives
from what the network and bandwidth checks measured, beside the E-model computed from the
link's true delay and loss (the relay's settings) in the same run.

    sudo .venv/bin/python -m bench.call_bench        # or: python -m bench --only call

Cases: 0 / 1 / 3 / 8 % loss (each direction, the relay's setting) x 30 / 120 / 300 ms round
trip, 10 Mbit/s each way, on one lab reshaped between cases. Each case runs
`preflight check --only network,bandwidth,call --json` in the client namespace against the lab
server (STUN, HTTPS, speed test) in the server namespace. The reference is
`emodel.estimate(rtt, 0, loss)`: the relay holds every packet RTT/2 (no jitter of its own) and
drops each one with probability `loss` in each direction, which is the one-way loss a call's
packets see. Agreement: the check's E-model grade (its MOS band, before the picture can lower
it) within one band of the reference's. The grade the patient reads (the picture included) is
shown beside it. Bounded: each run at most 60 s, the whole benchmark about 4 minutes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.netlab import LabError, LinkShape, NetLab, cleanup_stale, lab_available
from bench.network_bench import HTTP_PORT, lab_environment, run_preflight

logger = logging.getLogger(__name__)

LOSSES = (0.0, 1.0, 3.0, 8.0)
RTTS = (30.0, 120.0, 300.0)
RATE_MBIT = 10.0
RUN_TIMEOUT_S = 60.0


def _reference(shape: LinkShape) -> dict[str, Any]:
    from preflight.checks.network import emodel
    from preflight.checks.network.call_quality import grade_of
    from preflight.config import load_config

    e = emodel.estimate(shape.rtt_ms, 0.0, shape.loss_pct)
    assert e is not None
    section = load_config().section("call")
    return {"mos": round(e.mos, 2), "r": round(e.r, 1), "grade": grade_of(e.mos, section)}


def _bands_apart(a: str | None, b: str | None) -> int | None:
    from preflight.checks.network.call_quality import GRADES

    if a not in GRADES or b not in GRADES:
        return None
    return abs(GRADES.index(a) - GRADES.index(b))


def run_call_bench(quick: bool = False) -> dict[str, Any]:
    reason = lab_available()
    if reason:
        return {"skipped": f"The call-quality benchmark needs a Linux network lab: {reason}."}
    from preflight.checks.network.call_quality import grade_of
    from preflight.config import load_config

    section = load_config().section("call")
    stale = cleanup_stale()
    if stale:
        logger.warning("removed network labs left by an earlier run: %s", stale)
    shapes = [LinkShape(RATE_MBIT, rtt, loss) for loss in LOSSES for rtt in RTTS]
    if quick:
        shapes = [LinkShape(RATE_MBIT, 120.0, 3.0)]
    result: dict[str, Any] = {
        "quick": quick,
        "method": {
            "preflight": "preflight check --only network,bandwidth,call --json "
                         "--non-interactive",
            "reference": "ITU-T G.107 E-model (preflight.checks.network.emodel) of the relay's "
                         "RTT, no jitter and its per-direction loss",
            "rate_mbit": RATE_MBIT,
        },
        "cases": [],
    }
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="preflight-callbench-") as tmp:
        tmpdir = Path(tmp)
        config, env, hosts = lab_environment(tmpdir)
        env["PREFLIGHT_LANG"] = "en"
        try:
            with NetLab(shapes[0], hosts=hosts) as lab:
                server_log = open(tmpdir / "server.log", "w")
                lab.start(lab.server_ns,
                          [sys.executable, "-m", "bench.network_bench", "serve",
                           "--cert-dir", str(tmpdir)], log=server_log)  # fmt: skip
                if not lab.wait_port(HTTP_PORT, 20):
                    server_log.close()
                    tail = (tmpdir / "server.log").read_text()[-400:]
                    return {**result, "error": f"the lab server did not start: {tail}"}
                for shape in shapes:
                    lab.set_shape(shape)
                    run = run_preflight(lab, config, env, only="network,bandwidth,call",
                                        timeout_s=RUN_TIMEOUT_S)
                    call = run.get("call", {})
                    metrics = call.get("metrics", {})
                    net = run.get("network", {}).get("metrics", {})
                    bw = run.get("bandwidth", {}).get("metrics", {})
                    mos = metrics.get("mos")
                    emodel_grade = grade_of(mos, section) if isinstance(mos, (int, float)) \
                        else None
                    ref = _reference(shape)
                    case = {
                        "shape": {"rate_mbit": shape.rate_mbit, "rtt_ms": shape.rtt_ms,
                                  "loss_pct": shape.loss_pct},
                        "reference": ref,
                        "check": {
                            "status": call.get("status"),
                            "summary": call.get("summary"),
                            "grade": metrics.get("grade"),
                            "emodel_grade": emodel_grade,
                            "mos": mos,
                            "resolution": metrics.get("resolution"),
                            "limit": metrics.get("limit"),
                            # run_preflight keeps metrics, not findings: the check's rule.
                            "household": isinstance(bw.get("loaded_latency_increase_ms"),
                                                    (int, float))
                            and bw["loaded_latency_increase_ms"]
                            > section["household_increase_warn_ms"],
                        },
                        "measured": {
                            "udp_rtt_ms": net.get("udp_rtt_ms"),
                            "udp_jitter_ms": net.get("udp_jitter_ms"),
                            "udp_loss_pct": net.get("udp_loss_pct"),
                            "upload_mbps": bw.get("upload_mbps"),
                            "loaded_latency_increase_ms": bw.get("loaded_latency_increase_ms"),
                        },
                        "inputs": {cid: {"status": run.get(cid, {}).get("status"),
                                         "summary": run.get(cid, {}).get("summary"),
                                         "error_reason": run.get(cid, {}).get("metrics", {})
                                         .get("error_reason")}
                                   for cid in ("network", "bandwidth")},
                        "bands_apart": _bands_apart(emodel_grade, ref["grade"]),
                        "wall_s": run.get("wall_s"),
                        "load_avg_1m": round(os.getloadavg()[0], 2),
                    }
                    if run.get("error"):
                        case["error"] = run["error"]
                    result["cases"].append(case)
                    print(f"  call: {shape.label()}: check {emodel_grade} "
                          f"(patient {metrics.get('grade')}), reference {ref['grade']}",
                          file=sys.stderr, flush=True)
                server_log.close()
        except LabError as exc:
            return {**result, "error": str(exc)}
    result["total_s"] = round(time.monotonic() - started, 1)
    result["targets"] = call_targets(result)
    return result


def call_targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    cases = result.get("cases", [])
    apart = [c.get("bands_apart") for c in cases]
    known = [a for a in apart if a is not None]
    worst = max(known) if known else None
    within = sum(1 for a in known if a <= 1)
    met = bool(cases) and len(known) == len(cases) and within == len(cases)
    why = []
    ungraded = []
    for c in cases:
        if c.get("bands_apart") is None:
            # Which input was missing: the check's own words say why it could not estimate.
            failed = [f"the {cid} check's {i.get('error_reason') or i.get('status')}"
                      for cid, i in (c.get("inputs") or {}).items()
                      if i.get("status") not in ("pass", "warn", "fail")]
            ungraded.append(f"{c['shape']['rtt_ms']:g} ms / {c['shape']['loss_pct']:g} %"
                            + (f" ({', '.join(failed)})" if failed else ""))
        if (c.get("bands_apart") or 0) > 1:
            shape, m = c["shape"], c["measured"]
            true_rt = 100 * (1 - (1 - shape["loss_pct"] / 100) ** 2)
            why.append(f"{shape['rtt_ms']:g} ms / {shape['loss_pct']:g} %: the STUN burst lost "
                       f"{m.get('udp_loss_pct')} % of its round trips, the link {true_rt:.1f} %")
    note = "" if met else (
        f"{within} of {len(cases)} cases within one band"
        + (f"; no grade: {'; '.join(ungraded)}" if ungraded else "")
        + (f". Missed: {'; '.join(why)} (the STUN burst's sampling error: the chance of each "
           "case is in docs/checks/network.md, 'How many STUN requests')" if why else ""))
    return [{
        "area": "call",
        "target": "Expected call quality within one band of the E-model of the link's true "
                  "delay and loss (0/1/3/8 % x 30/120/300 ms)",
        "measured": f"worst {worst} band(s) apart" if worst is not None else "no grade",
        "met": met,
        "note": note,
    }]


def _cell(value: Any) -> str:
    text = "–" if value is None else str(value)
    return text.replace("|", "\\|")


def call_markdown(result: dict[str, Any]) -> list[str]:
    """The side-by-side table for docs/benchmarks.md."""
    lines = [
        "Link: the lab's two namespaces and relay, 10 Mbit/s each way; loss is the relay's "
        "per-direction drop probability. Reference: the E-model of the relay's RTT, no "
        "jitter and that loss. Check: the `call` check's E-model grade from the network "
        "check's STUN burst (its MOS band), and the grade the patient reads (the picture the "
        "measured upload carries can lower it; the limit it names).",
        "",
        "| RTT ms | loss % | reference MOS | reference grade | measured RTT / jitter / "
        "round-trip loss | check MOS | check grade (E-model) | bands apart | patient's line "
        "| limit \\| household |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in result.get("cases", []):
        s, ref, chk, m = c["shape"], c["reference"], c["check"], c["measured"]
        measured = (f"{_cell(m.get('udp_rtt_ms'))} / {_cell(m.get('udp_jitter_ms'))} / "
                    f"{_cell(m.get('udp_loss_pct'))}")
        tail = f"{_cell(chk.get('limit'))} \\| {'yes' if chk.get('household') else 'no'}"
        lines.append(
            f"| {s['rtt_ms']:g} | {s['loss_pct']:g} | {ref['mos']} | {ref['grade']} | "
            f"{measured} | {_cell(chk.get('mos'))} | {_cell(chk.get('emodel_grade'))} | "
            f"{_cell(c.get('bands_apart'))} | {_cell(chk.get('summary'))} | {tail} |"
        )
    if result.get("total_s") is not None:
        lines += ["", f"Whole benchmark: {result['total_s']} s."]
    return lines


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from bench.netlab import install_signal_handlers

    install_signal_handlers()
    quick = "--quick" in sys.argv[1:]
    print(json.dumps(run_call_bench(quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
