"""Network accuracy and speed: Preflight's `network` and `bandwidth` checks beside iperf3 (the
reference) and stock speedtest-cli (the peer), on the same shaped lab link (bench/netlab.py).

    sudo .venv/bin/python -m bench.network_bench [--quick]     # prints JSON

For each case ({0.8, 2.5, 12, 50} Mbit/s x {30, 120} ms RTT x {0, 3} % loss each way, issue
16's matrix):
  * iperf3 goodput down (-R) and up, 4 parallel TCP streams, first 1 s omitted (slow start);
    iperf3 UDP loss at 100 kbit/s (client to server, one direction); the ICMP round trip;
  * stock `speedtest-cli --simple`, unmodified: inside the client namespace www.speedtest.net
    and c.speedtest.net resolve to the lab server (a namespace-local /etc/hosts that
    `ip netns exec` bind-mounts), which serves the configuration, the server list and the test
    files on plain http port 80. (Real speedtest.net answers 403 to the plain-http
    configuration; the lab server does not, so the stock tool runs as it was written.)
  * `preflight check --only bandwidth,network --json --non-interactive` with the lab server
    as its speedtest server and a generated configuration pointing DNS, HTTPS, captive-portal
    and STUN probes at the lab server.
The lab server is the network engineer's tests/servers/speedtest_server.py, started inside
the server namespace by `python -m bench.network_bench serve`.
Wall time and peak RSS (each tool's own VmHWM) of every tool: see netlab.run_measured.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import compile_bytecode
from bench.netlab import (
    SERVER_ADDR,
    LabError,
    LinkShape,
    Measured,
    NetLab,
    cleanup_stale,
    lab_available,
)

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
IPERF_PORT = 5201
HTTP_PORT = 80  # stock speedtest-cli asks http://www.speedtest.net/... on port 80
TLS_PORT = 8443
STUN_PORT = 3478
LAB_NAME = "speedtest.lab.test"
SPEEDTEST_URL = f"http://{SERVER_ADDR}:{HTTP_PORT}/speedtest/upload.php"

FULL_CASES = [
    LinkShape(rate, rtt, loss)
    for rate in (0.8, 2.5, 12, 50) for rtt in (30, 120) for loss in (0, 3)
]  # fmt: skip
QUICK_CASES = [LinkShape(12, 120, 0), LinkShape(2.5, 30, 3)]
APP_CASE = LinkShape(5, 80, 0)

# Targets from issues #9 and #16.
TARGET_BANDWIDTH_PCT = 5.0
TARGET_PING_MS = 5.0
TARGET_LOSS_POINTS = 1.0
TARGET_FULL_RUN_S = 6.0  # issue 16 (issue 9 asked 12 s)
TARGET_FULL_RUN_VS_STOCK = 0.6
TARGET_PEAK_RSS_MB = 300.0
# Issue 16: the bandwidth check's median time across the matrix, its peak memory, and the
# whole network section's time.
TARGET_BANDWIDTH_CHECK_S = 5.0
TARGET_BANDWIDTH_RSS_MB = 60.0
TARGET_SECTION_MIN = 25.0
# Preflight runs on a lossy link of the matrix: each row's errors are the medians over them.
# A short measurement on a lossy link is noisy on its own (0.8 Mbit/s / 120 ms / 3 %: single
# runs -7 to +5 % against iperf3, whose 5 s with 4 streams moved 3 % from run to run,
# bench.quick_links 2026-12-02); a clean link's single run is within 1 %.
LOSSY_RUNS = 3


# -- lab server ----------------------------------------------------------------------------------


def _make_cert(folder: Path) -> Path:
    """A throwaway certificate for the lab server's address and name (the test server's own
    helper makes one for loopback only; it reuses an existing cert.pem in its folder)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", f"/CN={LAB_NAME}",
         "-addext", f"subjectAltName=IP:{SERVER_ADDR},DNS:{LAB_NAME}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert


def serve_main(argv: Sequence[str]) -> int:
    """Entry point run inside the server namespace: the shared lab server, configured for the
    stock client (plain-http configuration allowed), until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert-dir", required=True)
    args = parser.parse_args(argv)
    from tests.servers.speedtest_server import Behaviour, LabServer

    lab = LabServer(
        host=SERVER_ADDR, http_port=HTTP_PORT, tls_port=TLS_PORT, stun_port=STUN_PORT,
        behaviour=Behaviour(config_http_403=False), cert_dir=args.cert_dir,
    )  # fmt: skip
    lab.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        lab.stop()


def _lab_config(path: Path) -> None:
    """A Preflight configuration whose every network probe targets the lab server."""
    path.write_text(
        "[network]\n"
        f'dns_names = ["{LAB_NAME}"]\n'
        f'https_hosts = ["{SERVER_ADDR}:{TLS_PORT}"]\n'
        f'stun_server = "{SERVER_ADDR}:{STUN_PORT}"\n'
        f'captive_portal_url = "http://{SERVER_ADDR}:{HTTP_PORT}/generate_204"\n'
        "\n[bandwidth]\n"
        f'speedtest_server = "{SPEEDTEST_URL}"\n'
    )


# -- one tool each ---------------------------------------------------------------------------------


def lab_environment(tmpdir: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    """What a Preflight run in the lab needs, made in `tmpdir`: its configuration file
    (`_lab_config`), an environment trusting the lab's certificate with no proxy, no
    configuration of the user's and no PREFLIGHT_CONFIG, and the host names the lab resolves
    to its server (speedtest.net's and the lab's own)."""
    cert = _make_cert(tmpdir)
    config = tmpdir / "lab.toml"
    _lab_config(config)
    env = dict(os.environ)
    env["SSL_CERT_FILE"] = str(cert)
    for var in ("PREFLIGHT_CONFIG", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(var, None)
    env["XDG_CONFIG_HOME"] = str(tmpdir / "xdg")  # no user configuration leaks in
    hosts = {"www.speedtest.net": SERVER_ADDR, "c.speedtest.net": SERVER_ADDR,
             LAB_NAME: SERVER_ADDR}  # fmt: skip
    return config, env, hosts


def _tool(m: Measured) -> dict[str, Any]:
    return {
        "wall_s": round(m.wall_s, 2),
        "max_rss_mb": round(m.max_rss_mb, 1),
        "exit_code": m.returncode,
        "timed_out": m.timed_out,
    }


def run_iperf3(lab: NetLab, quick: bool) -> dict[str, Any]:
    # 5 s after 1 s omitted: TCP is steady within a second on these links (the issue), and 16
    # links x 2 directions of 8 + 2 s left the section no room within its 25 minutes.
    seconds, omit = 5, 1
    out: dict[str, Any] = {}
    wall = 0.0
    rss = 0.0
    for key, extra in (("down_mbps", ["-R"]), ("up_mbps", [])):
        lab.wait_idle()
        m = lab.run(
            lab.client_ns,
            ["iperf3", "-c", SERVER_ADDR, "-p", str(IPERF_PORT), "-P", "4",
             "-t", str(seconds), "-O", str(omit), "-J", *extra],
            timeout_s=seconds + omit + 30,
        )  # fmt: skip
        wall += m.wall_s
        rss = max(rss, m.max_rss_mb)
        try:
            bps = json.loads(m.stdout)["end"]["sum_received"]["bits_per_second"]
            out[key] = round(bps / 1e6, 3)
        except (ValueError, KeyError):
            out[key] = None
            out[f"{key}_error"] = (m.stderr or m.stdout)[-300:]
    lab.wait_idle()
    m = lab.run(
        lab.client_ns,
        ["iperf3", "-c", SERVER_ADDR, "-p", str(IPERF_PORT), "-u", "-b", "100k", "-l", "200",
         "-t", "5", "-J"],
        timeout_s=40,
    )  # fmt: skip
    try:
        end = json.loads(m.stdout)["end"]["sum"]
        out["udp_loss_one_way_pct"] = round(float(end["lost_percent"]), 2)
        out["udp_packets"] = int(end["packets"])
    except (ValueError, KeyError):
        out["udp_loss_one_way_pct"] = None
    out["wall_s"] = round(wall, 2)  # the two TCP runs, as a patient would wait for them
    out["max_rss_mb"] = round(max(rss, m.max_rss_mb), 1)
    return out


_SIMPLE = re.compile(r"^(Ping|Download|Upload):\s+([\d.]+)", re.MULTILINE)


def run_speedtest_cli(lab: NetLab) -> dict[str, Any]:
    lab.wait_idle()
    m = lab.run(
        lab.client_ns, [str(VENV_BIN / "speedtest-cli"), "--simple", "--timeout", "10"], 150
    )
    values = {k.lower(): float(v) for k, v in _SIMPLE.findall(m.stdout)}
    out = _tool(m)
    # Data the tool left in its socket buffers keeps the link busy after it exits.
    out["link_busy_after_exit_s"] = lab.wait_idle()
    out.update(
        ping_ms=values.get("ping"), down_mbps=values.get("download"), up_mbps=values.get("upload")
    )
    if m.returncode != 0 or not values:
        out["error"] = (m.stderr or m.stdout).strip()[-300:]
    return out


def run_preflight(
    lab: NetLab, config: Path, env: dict[str, str], only: str = "bandwidth,network",
    timeout_s: float = 90,
) -> dict[str, Any]:
    lab.wait_idle()
    argv = [str(VENV_BIN / "preflight"), "check", "--json", "--non-interactive",
            "--speedtest-server", SPEEDTEST_URL, "--config", str(config)]  # fmt: skip
    if only:
        argv[2:2] = ["--only", only]
    m = lab.run(lab.client_ns, argv, timeout_s, env=env)
    out = _tool(m)
    out["link_busy_after_exit_s"] = lab.wait_idle()
    try:
        doc = json.loads(m.stdout)
    except ValueError:
        out["error"] = (m.stderr or m.stdout).strip()[-300:]
        return out
    out["overall"] = doc.get("overall")
    for r in doc.get("checks", []):
        out[r["id"]] = {
            "status": r["status"],
            "summary": r["summary"],
            "duration_s": r.get("duration_s"),
            "metrics": r.get("metrics", {}),
        }
    return out


# -- comparison ----------------------------------------------------------------------


def _err_pct(value: Any, ref: Any) -> float | None:
    if value is None or not ref:
        return None
    return round((float(value) - float(ref)) / float(ref) * 100.0, 1)


def _diff(value: Any, ref: Any) -> float | None:
    if value is None or ref is None:
        return None
    return round(float(value) - float(ref), 1)


def preflight_runs(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The row's Preflight runs: `LOSSY_RUNS` on a lossy link, else its one."""
    return case.get("preflight_runs") or [case["preflight"]]


def compare(case: dict[str, Any]) -> dict[str, Any]:
    """The row's errors; on a lossy link each the median over its runs (`LOSSY_RUNS`)."""
    each = [_compare_run(case, pf) for pf in preflight_runs(case)]
    if len(each) == 1:
        return each[0]
    case["errors_each_run"] = each
    out: dict[str, Any] = {}
    for key in each[0]:
        med = _median([e[key] for e in each if e.get(key) is not None])
        out[key] = None if med is None else round(med, 1)
    return out


def median_metric(case: dict[str, Any], check: str, key: str) -> Any:
    """A Preflight metric of the row: on a lossy link the median over its runs."""
    values = [r[check]["metrics"][key] for r in preflight_runs(case)
              if isinstance(r.get(check), dict) and r[check].get("metrics", {}).get(key)
              is not None]  # fmt: skip
    return _median(values)


def check_s(case: dict[str, Any]) -> float | None:
    """The bandwidth check's time on the row's link: on a lossy link the median of its runs."""
    return _median([r["bandwidth"]["duration_s"] for r in preflight_runs(case)
                    if isinstance(r.get("bandwidth"), dict)
                    and r["bandwidth"].get("duration_s") is not None])  # fmt: skip


def _compare_run(case: dict[str, Any], pf: dict[str, Any]) -> dict[str, Any]:
    shape = case["shape"]
    ref = case["iperf3"]
    stock = case["speedtest_cli"]
    bw = pf.get("bandwidth", {}).get("metrics", {})
    net = pf.get("network", {}).get("metrics", {})
    # The ICMP round trip measured on the idle link (issue 16); the configured delay when the
    # ICMP probe got no answer.
    icmp = case.get("icmp", {}).get("median_ms") or shape["rtt_ms"]
    return {
        "preflight_down_err_pct": _err_pct(bw.get("download_mbps"), ref.get("down_mbps")),
        "preflight_up_err_pct": _err_pct(bw.get("upload_mbps"), ref.get("up_mbps")),
        "stock_down_err_pct": _err_pct(stock.get("down_mbps"), ref.get("down_mbps")),
        "stock_up_err_pct": _err_pct(stock.get("up_mbps"), ref.get("up_mbps")),
        "preflight_ping_err_ms": _diff(bw.get("ping_ms"), icmp),
        "preflight_udp_rtt_err_ms": _diff(net.get("udp_rtt_ms"), icmp),
        "stock_ping_err_ms": _diff(stock.get("ping_ms"), icmp),
        "preflight_udp_loss_err_points": _diff(
            net.get("udp_loss_pct"), shape["round_trip_loss_pct"]
        ),
    }


def _worst(cases: list[dict[str, Any]], key: str) -> tuple[float | None, int, int]:
    values = [c["errors"][key] for c in cases if c["errors"].get(key) is not None]
    missing = sum(1 for c in cases if c["errors"].get(key) is None)
    if not values:
        return None, 0, missing
    worst = max(values, key=abs)
    return worst, len(values), missing


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Every network target of issue #9 with the measured value and a plain met/missed."""
    cases = result["cases"]
    rows: list[dict[str, Any]] = []

    def within(key: str, limit: float, unit: str, target: str, why_missed: str) -> None:
        worst, _n, missing = _worst(cases, key)
        inside = sum(1 for c in cases if c["errors"].get(key) is not None
                     and abs(c["errors"][key]) <= limit)  # fmt: skip
        if worst is None:
            rows.append({"target": target, "measured": "not measured", "met": None,
                         "note": "the check gave no value in any case"})  # fmt: skip
            return
        met = inside == len(cases)
        note = f"{inside} of {len(cases)} cases within"
        if missing:
            note += f"; no value in {missing}"
        if not met:
            note += f". {why_missed}"
        rows.append({"target": target, "measured": f"worst {worst:+g} {unit}", "met": met,
                     "note": note})  # fmt: skip

    within("preflight_down_err_pct", TARGET_BANDWIDTH_PCT, "%",
           "Download within ±5% of iperf3 (all cases)", _why_bandwidth(cases, "down"))
    within("preflight_up_err_pct", TARGET_BANDWIDTH_PCT, "%",
           "Upload within ±5% of iperf3 (all cases)", _why_bandwidth(cases, "up"))
    within("preflight_ping_err_ms", TARGET_PING_MS, "ms",
           "Ping (speed test) within ±5 ms of the ICMP round trip", _why_ping(cases))
    within("preflight_udp_rtt_err_ms", TARGET_PING_MS, "ms",
           "UDP round trip (STUN) within ±5 ms of the ICMP round trip", _why_ping(cases))
    rows += speed_targets(result)
    within("preflight_udp_loss_err_points", TARGET_LOSS_POINTS, "points",
           "UDP loss within ±1 point of the link's round-trip loss", _why_loss(cases))
    if result.get("behaviours", {}).get("cases"):
        rows += behaviour_targets(result["behaviours"])
    app = result.get("full_run")
    if app and app.get("preflight", {}).get("wall_s") is not None:
        wall = app["preflight"]["wall_s"]
        stock = app.get("speedtest_cli", {}).get("wall_s")
        rows.append({
            "target": f"Full automated run ≤ {TARGET_FULL_RUN_S:g} s (5 Mbit/s, 80 ms)",
            "measured": f"{wall:.1f} s", "met": wall <= TARGET_FULL_RUN_S,
            "note": _why_full_run(app),
        })  # fmt: skip
        rss = app["preflight"].get("max_rss_mb")
        if rss is not None:
            rows.append({
                "target": "Peak RSS ≤ 300 MB during the full automated run (CLI)",
                "measured": f"{rss:.0f} MB", "met": rss <= TARGET_PEAK_RSS_MB,
                "note": "kernel maximum resident set size of `preflight check`",
            })  # fmt: skip
        if stock:
            ratio = wall / stock
            rows.append({
                "target": "Full automated run ≤ 0.6× stock speedtest-cli alone",
                "measured": f"{ratio:.2f}× ({wall:.1f} s vs {stock:.1f} s)",
                "met": ratio <= TARGET_FULL_RUN_VS_STOCK, "note": "",
            })  # fmt: skip
    return rows


def _median(values: list[float]) -> float | None:
    import statistics

    return statistics.median(values) if values else None


def speed_targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 16's time and memory rows: the bandwidth check's median time across the matrix
    (and across the server behaviours, shown apart), its peak memory, the section's time."""
    rows: list[dict[str, Any]] = []
    cases = result.get("cases", [])
    # Each link's time (on a lossy link the median over its runs), then the median of those.
    per_link = [(c, check_s(c)) for c in cases]
    times = [t for _, t in per_link if t is not None]
    med = _median(times)
    if med is not None:
        slow = [f"{_label(c['shape'])}: {t:g} s" for c, t in per_link
                if t is not None and t > TARGET_BANDWIDTH_CHECK_S]
        rows.append({
            "target": f"Bandwidth check ≤ {TARGET_BANDWIDTH_CHECK_S:g} s median across the "
                      "matrix (issue 16)",
            "measured": f"median {med:.2f} s (min {min(times):.2f}, max {max(times):.2f})",
            "met": med <= TARGET_BANDWIDTH_CHECK_S,
            "note": f"{len(times)} links; over {TARGET_BANDWIDTH_CHECK_S:g} s: "
                    + ("; ".join(slow) if slow else "none"),
        })  # fmt: skip
    beh_times = [r["duration_s"] for c in result.get("behaviours", {}).get("cases", [])
                 for rs in c.get("behaviours", {}).values() for r in rs
                 if r.get("duration_s") is not None]  # fmt: skip
    bmed = _median(beh_times)
    if bmed is not None:
        rows.append({
            "target": f"Bandwidth check ≤ {TARGET_BANDWIDTH_CHECK_S:g} s median, server "
                      "behaviours (issue 16)",
            "measured": f"median {bmed:.2f} s (min {min(beh_times):.2f}, "
                        f"max {max(beh_times):.2f})",
            "met": bmed <= TARGET_BANDWIDTH_CHECK_S, "note": f"{len(beh_times)} runs",
        })  # fmt: skip
    rss = [r.get("max_rss_mb") for c in cases for r in preflight_runs(c)] + [
        r.get("max_rss_mb") for c in result.get("behaviours", {}).get("cases", [])
        for rs in c.get("behaviours", {}).values() for r in rs]
    rss_values = [float(v) for v in rss if v is not None]
    if rss_values:
        rows.append({
            "target": f"Peak memory ≤ {TARGET_BANDWIDTH_RSS_MB:g} MB, bandwidth runs "
                      "(issue 16)",
            "measured": f"{max(rss_values):.1f} MB",
            "met": max(rss_values) <= TARGET_BANDWIDTH_RSS_MB,
            "note": "peak RSS (VmHWM) of each `preflight check` process of the matrix and the "
                    "server behaviours (the matrix's also runs the network check)",
        })  # fmt: skip
    section_s = result.get("section_s")
    if section_s is not None:
        rows.append({
            "target": f"Network section ≤ {TARGET_SECTION_MIN:g} min (issue 16)",
            "measured": f"{section_s / 60:.1f} min", "met": section_s / 60 <= TARGET_SECTION_MIN,
            "note": "matrix, full run and server behaviours, iperf3 and stock speedtest-cli "
                    "included; load average at the start and end: "
                    f"{result.get('load_at_start')} / {result.get('load_at_end')}",
        })  # fmt: skip
    return rows


def _why_bandwidth(cases: list[dict[str, Any]], direction: str) -> str:
    key = f"preflight_{direction}_err_pct"
    bad = [c for c in cases
           if c["errors"].get(key) is not None
           and abs(c["errors"][key]) > TARGET_BANDWIDTH_PCT]  # fmt: skip
    if not bad:
        return ""
    lossy = sum(1 for c in bad if c["shape"]["loss_pct"] > 0)
    errs = [c["errors"][key] for c in bad]
    parts = [f"Missed on: {', '.join(_label(c['shape']) for c in bad)} (rate/RTT/loss)."]
    if all(v < 0 for v in errs):
        parts.append("Preflight reads low there.")
    elif all(v > 0 for v in errs):
        parts.append("Preflight reads high there.")
    if lossy == len(bad):
        parts.append("All misses are on lossy links, where TCP goodput depends on how many "
                     "connections a tool opens and for how long (iperf3: 4 streams, steady state).")
    return " ".join(parts)


def _why_ping(cases: list[dict[str, Any]]) -> str:
    return ("Slow links add serialization and queueing time (a 1,500-byte packet takes 12 ms at "
            "1 Mbit/s), and measurements right after a load see a draining queue.")


def _why_loss(cases: list[dict[str, Any]]) -> str:
    # The burst's size on a lossy link: it goes on to `stun_requests_lossy` once one is lost.
    from preflight.config import load_config

    n = int(load_config().section("network")["stun_requests_lossy"])
    worst_sd = max(
        (100 * math.sqrt(c["shape"]["round_trip_loss_pct"] / 100
                         * (1 - c["shape"]["round_trip_loss_pct"] / 100) / n)
         for c in cases),
        default=0.0,
    )  # fmt: skip
    return (f"With {n} STUN requests (a lossy link's burst) one lost request is {100 / n:.2g} "
            f"points and the random spread alone is ±{worst_sd:.1f} points (one standard "
            f"deviation) at the lossy cases' round-trip loss, so ±1 point cannot be met every "
            f"time by a burst of that size.")


def _why_full_run(app: dict[str, Any]) -> str:
    pf = app.get("preflight", {})
    parts = []
    for cid in ("camera", "microphone", "speaker", "network", "bandwidth", "system"):
        if cid in pf and isinstance(pf[cid], dict):
            parts.append(f"{cid} {pf[cid].get('duration_s')} s ({pf[cid].get('status')})")
    return "Per check: " + ", ".join(parts) if parts else ""


def _label(shape: dict[str, Any]) -> str:
    return f"{shape['rate_mbit']:g}/{shape['rtt_ms']:g}/{shape['loss_pct']:g}"


# -- the bench ----------------------------------------------------------------------


def run_network_bench(quick: bool = False) -> dict[str, Any]:
    """All cases on one lab (reshaped between cases), plus the full automated run."""
    reason = lab_available()
    if reason:
        return {"skipped": f"The network benchmark needs a Linux network lab: {reason}."}
    stale = cleanup_stale()
    if stale:
        logger.warning("removed network labs left by an earlier run: %s", stale)
    cases = QUICK_CASES if quick else FULL_CASES
    compiled = compile_bytecode()  # as an installed copy starts (bench.compile_bytecode)
    section_start = time.monotonic()
    result: dict[str, Any] = {
        "quick": quick,
        "bytecode_compiled": compiled,
        "load_at_start": [round(v, 2) for v in os.getloadavg()],
        "method": {
            "iperf3": "4 TCP streams, -t 5 -O 1 each direction; UDP 100 kbit/s, 200-byte "
                      "packets, 5 s",
            "ping_reference": "ICMP echo (raw socket) median of 10, link idle",
            "speedtest_cli": "stock 2.1.3, --simple --timeout 10, speedtest.net names resolved "
                             "to the lab server",
            "preflight": "preflight check --only bandwidth,network --json --non-interactive; "
                         f"{LOSSY_RUNS} runs on a lossy link, each error the median over them",
            "loss": "applied independently in each direction; round trip = 1-(1-p)^2",
            "tbf_queue_ms": APP_CASE.queue_ms,
        },
        "cases": [],
    }
    with tempfile.TemporaryDirectory(prefix="preflight-bench-") as tmp:
        tmpdir = Path(tmp)
        config, env, hosts = lab_environment(tmpdir)
        try:
            with NetLab(cases[0], hosts=hosts) as lab:
                server_log = open(tmpdir / "server.log", "w")
                lab.start(lab.server_ns, ["iperf3", "-s", "-B", SERVER_ADDR,
                                          "-p", str(IPERF_PORT)])  # fmt: skip
                lab.start(lab.server_ns,
                          [sys.executable, "-m", "bench.network_bench", "serve",
                           "--cert-dir", str(tmpdir)], log=server_log)  # fmt: skip
                ok = lab.wait_port(IPERF_PORT) and lab.wait_port(HTTP_PORT, 20)
                if not ok:
                    server_log.close()
                    tail = (tmpdir / "server.log").read_text()[-400:]
                    return {**result, "error": f"the lab servers did not start: {tail}"}
                for shape in cases:
                    lab.set_shape(shape)
                    logger.info("case %s", shape.label())
                    case: dict[str, Any] = {"shape": _shape_dict(shape)}
                    case["iperf3"] = run_iperf3(lab, quick)
                    case["icmp"] = icmp_rtt_ms(lab)
                    case["speedtest_cli"] = run_speedtest_cli(lab)
                    case["preflight"] = run_preflight(lab, config, env)
                    if shape.loss_pct > 0 and not quick:
                        case["preflight_runs"] = [case["preflight"]] + [
                            run_preflight(lab, config, env) for _ in range(LOSSY_RUNS - 1)]
                    case["errors"] = compare(case)
                    # Other work on this 2-core machine starves the userspace relay and the
                    # tools: keep the load beside the numbers so a noisy case can be spotted.
                    case["load_avg_1m"] = round(os.getloadavg()[0], 2)
                    result["cases"].append(case)
                    print(f"  network: {shape.label()} done", file=sys.stderr, flush=True)
                lab.set_shape(APP_CASE)
                result["full_run"] = {
                    "shape": _shape_dict(APP_CASE),
                    "preflight": run_preflight(lab, config, env, only="", timeout_s=150),
                    "speedtest_cli": run_speedtest_cli(lab),
                }
                server_log.close()
        except LabError as exc:
            return {**result, "error": str(exc)}
    result["behaviours"] = run_behaviour_bench(quick)
    result["section_s"] = round(time.monotonic() - section_start, 1)
    result["load_at_end"] = [round(v, 2) for v in os.getloadavg()]
    result["targets"] = targets(result)
    return result


# -- server behaviours (issue 16) ------------------------------------------------------------------

BEHAVIOUR_CASES = [LinkShape(0.8, 120, 0), LinkShape(12, 120, 0), LinkShape(2.5, 30, 3)]
QUICK_BEHAVIOUR_CASES = [LinkShape(12, 120, 0)]
PROXY_PORT = 3128
# name -> (lab server switches, HTTP port, through the proxy in the client namespace)
BEHAVIOURS: dict[str, tuple[list[str], int, bool]] = {
    "keep-alive, one segment": ([], 8081, False),
    "keep-alive, two writes (Nagle)": (["--writes", "two_nagle"], 8082, False),
    "close per response": (["--close-per-response"], 8083, False),
    "through a proxy (keep-alive, one segment)": ([], 8081, True),
}

# Issue 16 item 3: the other providers against the lab server's emulators of their endpoints,
# on the same servers (so the same behaviours), links and iperf3 reference.
# provider -> (config lines, --speedtest-server URL or None), from the server's port.
PROVIDERS: dict[str, Any] = {
    "cloudflare": lambda port: (
        f'providers = ["cloudflare"]\ncloudflare_url = "http://{SERVER_ADDR}:{port}"\n', None),
    "librespeed": lambda port: ("", f"http://{SERVER_ADDR}:{port}/librespeed/"),
}

ICMP_RTT = """
import os, socket, statistics, struct, sys, time
def checksum(b):
    if len(b) % 2: b += b"\\0"
    s = sum(struct.unpack(f"!{len(b)//2}H", b)); s = (s >> 16) + (s & 0xffff); s += s >> 16
    return ~s & 0xffff
sock = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP); sock.settimeout(2)
ident, out = os.getpid() & 0xffff, []
for seq in range(int(sys.argv[2])):
    body = struct.pack("!d", time.perf_counter()) + b"preflight-bench" * 3
    hdr = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    pkt = struct.pack("!BBHHH", 8, 0, checksum(hdr + body), ident, seq) + body
    t = time.perf_counter(); sock.sendto(pkt, (sys.argv[1], 0))
    while True:
        try:
            data, _ = sock.recvfrom(2048)
        except TimeoutError:
            break
        ihl = (data[0] & 15) * 4
        typ, _, _, rid, rseq = struct.unpack("!BBHHH", data[ihl:ihl + 8])
        if typ == 0 and rid == ident and rseq == seq:
            out.append((time.perf_counter() - t) * 1000); break
    time.sleep(0.2)
print(statistics.median(out) if out else "nan", len(out))
"""

PROXY_MAIN = f"""
import time
from tests.servers.speedtest_server import ForwardProxy
ForwardProxy(("127.0.0.1", {PROXY_PORT}), allowed={{"{SERVER_ADDR}"}}).start()
print("ready", flush=True)
while True:
    time.sleep(3600)
"""


def icmp_rtt_ms(lab: NetLab, count: int = 10) -> dict[str, Any]:
    """The link's round trip as ICMP echo sees it (raw socket; no `ping` binary here)."""
    lab.wait_idle()
    m = lab.run(lab.client_ns, [sys.executable, "-c", ICMP_RTT, SERVER_ADDR, str(count)],
                timeout_s=count * 2.5 + 10)  # fmt: skip
    try:
        median, answered = m.stdout.split()
        value = float(median)
        return {"median_ms": round(value, 2) if math.isfinite(value) else None,
                "answered": int(answered), "sent": count}  # fmt: skip
    except ValueError:
        return {"median_ms": None, "error": (m.stderr or m.stdout)[-300:]}


def run_behaviour_bench(
    quick: bool = False, runs: int = 2, providers: Sequence[str] = ()
) -> dict[str, Any]:
    """Each server behaviour on the issue's three links: Preflight's bandwidth check (the CLI,
    `runs` times) beside iperf3 (goodput, the truth) and the link's ICMP round trip. With
    `providers` ("cloudflare", "librespeed"), those providers against the lab server's
    emulators of their endpoints instead of speedtest's (`case["providers"]`)."""
    reason = lab_available()
    if reason:
        return {"skipped": f"The network benchmark needs a Linux network lab: {reason}."}
    cleanup_stale()
    compile_bytecode()
    shapes = QUICK_BEHAVIOUR_CASES if quick else BEHAVIOUR_CASES
    runs = 1 if quick else runs
    result: dict[str, Any] = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "sudo .venv/bin/python -m bench.network_bench "
                   + ("--providers" if providers else "--behaviours"),
        "method": {
            "servers": "tests/servers/speedtest_server.py in the server namespace, one per "
                       "behaviour: keep-alive one segment (default), --writes two_nagle, "
                       "--close-per-response; plain HTTP",
            "proxy": "tests/servers/speedtest_server.py's ForwardProxy in the client namespace "
                     "(127.0.0.1:3128, http_proxy), kept alive to the one-segment server",
            "preflight": "preflight check --only bandwidth --json --non-interactive "
                         + ("with [bandwidth] providers = [\"cloudflare\"], cloudflare_url = "
                            "http://198.18.0.2:PORT (the lab's __down/__up); and "
                            "--speedtest-server http://198.18.0.2:PORT/librespeed/ (the lab's "
                            "LibreSpeed backend, kind detected)" if providers else
                            "--speedtest-server http://198.18.0.2:PORT/speedtest/upload.php"),
            "iperf3": "4 TCP streams, -t 5 -O 1, each direction, once per link",
            "ping_reference": "ICMP echo (raw socket) median of 10, link idle",
            "runs": runs,
        },
        "cases": [],
    }
    with tempfile.TemporaryDirectory(prefix="preflight-bench-") as tmp:
        tmpdir = Path(tmp)
        config = tmpdir / "lab.toml"
        config.write_text("[bandwidth]\n")
        env = dict(os.environ)
        for var in ("PREFLIGHT_CONFIG", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                    "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
            env.pop(var, None)
        env["XDG_CONFIG_HOME"] = str(tmpdir / "xdg")
        try:
            with NetLab(shapes[0]) as lab:
                log = open(tmpdir / "servers.log", "w")
                lab.start(lab.server_ns, ["iperf3", "-s", "-B", SERVER_ADDR,
                                          "-p", str(IPERF_PORT)])  # fmt: skip
                for switches, port, _ in {v[1]: v for v in BEHAVIOURS.values()}.values():
                    lab.start(lab.server_ns,
                              [sys.executable, "-m", "tests.servers.speedtest_server",
                               "--host", SERVER_ADDR, "--port", str(port), "--tls-port", "-1",
                               "--stun-port", "-1", *switches], log=log)  # fmt: skip
                lab.start(lab.client_ns, [sys.executable, "-c", PROXY_MAIN], log=log)
                ports = sorted({v[1] for v in BEHAVIOURS.values()})
                if not (lab.wait_port(IPERF_PORT) and all(lab.wait_port(p, 20) for p in ports)):
                    log.close()
                    tail = (tmpdir / "servers.log").read_text()[-400:]
                    return {**result, "error": f"the lab servers did not start: {tail}"}
                for shape in shapes:
                    lab.set_shape(shape)
                    logger.info("behaviours: %s", shape.label())
                    case: dict[str, Any] = {"shape": _shape_dict(shape)}
                    case["iperf3"] = run_iperf3(lab, quick)
                    case["icmp"] = icmp_rtt_ms(lab)
                    case["behaviours"] = {}
                    if providers:
                        case["providers"] = {p: {} for p in providers}
                    for name, (_switches, port, via_proxy) in BEHAVIOURS.items():
                        run_env = dict(env)
                        if via_proxy:
                            run_env["http_proxy"] = f"http://127.0.0.1:{PROXY_PORT}"
                        if not providers:
                            url = f"http://{SERVER_ADDR}:{port}/speedtest/upload.php"
                            case["behaviours"][name] = [
                                _bandwidth_run(lab, config, run_env, url, case)
                                for _ in range(runs)
                            ]
                        for provider in providers:
                            lines, url = PROVIDERS[provider](port)
                            own = tmpdir / f"{provider}-{port}.toml"
                            own.write_text("[bandwidth]\n" + lines)
                            case["providers"][provider][name] = [
                                _bandwidth_run(lab, own, run_env, url, case) for _ in range(runs)
                            ]
                        print(f"  behaviours: {shape.label()} / {name} done", file=sys.stderr,
                              flush=True)  # fmt: skip
                    case["load_avg_1m"] = round(os.getloadavg()[0], 2)
                    result["cases"].append(case)
                log.close()
        except LabError as exc:
            return {**result, "error": str(exc)}
    return result


def _bandwidth_run(
    lab: NetLab, config: Path, env: dict[str, str], url: str | None, case: dict[str, Any]
) -> dict[str, Any]:
    lab.wait_idle()
    argv = [str(VENV_BIN / "preflight"), "check", "--only", "bandwidth", "--json",
            "--non-interactive", *(["--speedtest-server", url] if url else []),
            "--config", str(config)]  # fmt: skip
    m = lab.run(lab.client_ns, argv, 60, env=env)
    out: dict[str, Any] = {"wall_s": round(m.wall_s, 2), "max_rss_mb": round(m.max_rss_mb, 1)}
    out["link_busy_after_exit_s"] = lab.wait_idle()
    try:
        r = next(c for c in json.loads(m.stdout)["checks"] if c["id"] == "bandwidth")
    except (ValueError, KeyError, StopIteration):
        out["error"] = (m.stderr or m.stdout).strip()[-300:]
        return out
    bw = r.get("metrics", {})
    out.update(status=r["status"], duration_s=r.get("duration_s"))
    for key in ("download_mbps", "upload_mbps", "ping_ms", "jitter_ms", "loaded_latency_ms",
                "stable", "download_spread_pct", "upload_spread_pct", "error_reason",
                "provider"):
        if key in bw:
            out[key] = bw[key]
    ref, icmp = case["iperf3"], case["icmp"]
    out["down_err_pct"] = _err_pct(bw.get("download_mbps"), ref.get("down_mbps"))
    out["up_err_pct"] = _err_pct(bw.get("upload_mbps"), ref.get("up_mbps"))
    out["ping_err_ms"] = _diff(bw.get("ping_ms"), icmp.get("median_ms"))
    return out


def behaviour_targets(beh: dict[str, Any], provider: str = "") -> list[dict[str, Any]]:
    """Issue 16's rows: every behaviour on every link within ±5 % / ±5 ms (for `provider`'s
    runs when given, from a `--providers` run)."""
    rows = []
    runs = [(c["shape"], name, r) for c in beh.get("cases", [])
            for name, rs in (c.get("providers", {}).get(provider, {}) if provider
                             else c["behaviours"]).items() for r in rs]  # fmt: skip
    for key, limit, unit, what in (
        ("down_err_pct", TARGET_BANDWIDTH_PCT, "%", "Download"),
        ("up_err_pct", TARGET_BANDWIDTH_PCT, "%", "Upload"),
        ("ping_err_ms", TARGET_PING_MS, "ms", "Ping"),
    ):
        values = [(s, n, r[key]) for s, n, r in runs if r.get(key) is not None]
        missing = len(runs) - len(values)
        target = (f"{what} within ±{limit:g} {unit} of "
                  f"{'the ICMP round trip' if unit == 'ms' else 'iperf3'}, every server "
                  f"behaviour{f', {provider}' if provider else ''} (issue 16)")  # fmt: skip
        if not values:
            rows.append({"target": target, "measured": "not measured", "met": None, "note": ""})
            continue
        worst = max(values, key=lambda v: abs(v[2]))
        bad = [v for v in values if abs(v[2]) > limit]
        note = f"{len(values) - len(bad)} of {len(runs)} runs within"
        if missing:
            note += f"; no value in {missing}"
        if bad:
            note += ". Missed: " + "; ".join(
                f"{_label(s)} {n}: {v:+g}" for s, n, v in bad)  # fmt: skip
        rows.append({"target": target, "measured": f"worst {worst[2]:+g} {unit}",
                     "met": not bad and not missing, "note": note})  # fmt: skip
    return rows


def _dash(value: Any) -> str:
    return "–" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _yes_no(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, "–") if isinstance(value, bool) else "–"


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|")


def behaviours_markdown(
    beh: dict[str, Any] | None, provider: str = "", title: str = "Server behaviours (issue 16)"
) -> list[str]:
    """The behaviour table for docs/benchmarks.md (rendered by bench/__main__.py); for one
    provider's runs of a `--providers` run when `provider` is given."""
    if not beh:
        return []
    lines = ["", f"### {title}", ""]
    if beh.get("skipped") or beh.get("error"):
        return [*lines, f"Not measured: {beh.get('skipped') or beh.get('error')}", ""]
    method = beh.get("method", {})
    lines += [f"Measured {beh.get('measured_at', '?')} with `{beh.get('command', '')}`; "
              f"{method.get('runs', 1)} run(s) of each; Preflight's figure (error vs iperf3 in "
              "brackets; ping error vs the ICMP round trip).", ""]  # fmt: skip
    for k in ("servers", "proxy", "preflight", "iperf3", "ping_reference"):
        if method.get(k):
            lines.append(f"* {k}: {method[k]}")
    lines.append("")
    header = ["Link", "Server", "iperf3 down / up", "ICMP RTT ms", "Preflight down",
              "Preflight up", "Preflight ping ms", "stable (spread % down / up)",
              "bandwidth check s"]  # fmt: skip
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]

    def e(r: dict[str, Any], key: str, err: str, unit: str) -> str:
        v = r.get(key)
        if v is None:
            return "–"
        d = r.get(err)
        return f"{v:g}" if d is None else f"{v:g} ({d:+g}{unit})"

    for c in beh.get("cases", []):
        s, ref = c["shape"], c["iperf3"]
        for name, rs in (c.get("providers", {}).get(provider, {}) if provider
                         else c["behaviours"]).items():
            cells = [
                f"{s['rate_mbit']:g} Mbit/s, {s['rtt_ms']:g} ms, {s['loss_pct']:g}%", name,
                f"{ref.get('down_mbps')} / {ref.get('up_mbps')}",
                str(c["icmp"].get("median_ms")),
                ", ".join(e(r, "download_mbps", "down_err_pct", "%") for r in rs),
                ", ".join(e(r, "upload_mbps", "up_err_pct", "%") for r in rs),
                ", ".join(e(r, "ping_ms", "ping_err_ms", " ms") for r in rs),
                ", ".join(f"{_yes_no(r.get('stable'))} ({_dash(r.get('download_spread_pct'))}"
                          f" / {_dash(r.get('upload_spread_pct'))})" for r in rs),
                ", ".join(str(r.get("duration_s", r.get("error", "–"))) for r in rs),
            ]  # fmt: skip
            lines.append("| " + " | ".join(_md_cell(v) for v in cells) + " |")
    if provider:
        lines += ["", "| Target | Measured | Met | Note |", "|---|---|---|---|"]
        for row in behaviour_targets(beh, provider):
            met = {True: "yes", False: "no"}.get(row["met"], "–")
            lines.append("| " + " | ".join(_md_cell(v) for v in (
                row["target"], row["measured"], met, row["note"])) + " |")
        if beh.get("load_note"):
            lines += ["", beh["load_note"]]
    return [*lines, ""]


def providers_markdown(run: dict[str, Any] | None) -> list[str]:
    """The Cloudflare and LibreSpeed tables of a `--providers` run (issue 16 item 3)."""
    if not run:
        return []
    if run.get("skipped") or run.get("error"):
        return ["", "### Other providers (issue 16)", "",
                f"Not measured: {run.get('skipped') or run.get('error')}", ""]
    names = sorted({p for c in run.get("cases", []) for p in c.get("providers", {})})
    lines: list[str] = []
    for name in names:
        lines += behaviours_markdown(run, name, f"Provider: {name} (issue 16), emulated server")
    return lines


def _shape_dict(shape: LinkShape) -> dict[str, Any]:
    return {
        "rate_mbit": shape.rate_mbit,
        "rtt_ms": shape.rtt_ms,
        "loss_pct": shape.loss_pct,
        "round_trip_loss_pct": round(shape.round_trip_loss_pct, 2),
        "queue_ms": shape.queue_ms,
    }


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "serve":
        return serve_main(argv[1:])
    parser = argparse.ArgumentParser(description="Network accuracy benchmark (needs root).")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--providers", action="store_true",
                        help="the server-behaviour matrix for the Cloudflare and LibreSpeed "
                             "providers against the lab's emulators; stored in "
                             "bench/results.json beside the last full network run")
    parser.add_argument("--behaviours", action="store_true",
                        help="only the server-behaviour matrix; stored in bench/results.json "
                             "beside the last full network run (then `python -m bench "
                             "--render`)")  # fmt: skip
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from bench.netlab import install_signal_handlers

    install_signal_handlers()
    if args.providers:
        run = run_behaviour_bench(args.quick, runs=1, providers=tuple(PROVIDERS))
        loads = [c.get("load_avg_1m") for c in run.get("cases", [])]
        run["load_note"] = (f"Machine load (1-minute average) after each link: {loads}, on 2 "
                            "cores shared with other work: rates and the check's time can be "
                            "distorted when it is high.")
        print(json.dumps(run, indent=2))
        _store_behaviours(run, key="providers_run")
        return 0
    if args.behaviours:
        beh = run_behaviour_bench(args.quick)
        print(json.dumps(beh, indent=2))
        _store_behaviours(beh)
        return 0
    print(json.dumps(run_network_bench(args.quick), indent=2))
    return 0


def _store_behaviours(beh: dict[str, Any], key: str = "behaviours") -> None:
    results = REPO / "bench" / "results.json"
    try:
        doc = json.loads(results.read_text())
        net = doc["sections"]["network"]["parts"]["network_bench"]
    except (OSError, ValueError, KeyError):
        logger.warning("bench/results.json has no network run to store the behaviours beside")
        return
    net[key] = beh
    results.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
