"""The TURN relay test's speed (issue 18): how long the relay test takes with every transport
open and with UDP blocked, and how long the whole `network` check takes when everything is
blocked, on the shaped lab link with a real coturn (bench/turnlab.py).

    sudo .venv/bin/python -m bench --only turn          # into docs/benchmarks.md
    sudo .venv/bin/python -m bench.turn_bench [--runs N] # prints JSON

The relay test runs in this process, moved into the lab's client namespace (`in_namespace`),
exactly as the check calls it (`run_turn_test` with the default `[network]` settings and the
check's 5.2 s budget). The whole check runs as `preflight check --only network` inside the
client namespace (`ip netns exec`, so its name lookups go to the lab's resolver address, which
is blocked too). The relay's round trip is compared with the ICMP round trip of the same link.
Every figure is the median of `runs` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.netlab import SERVER_ADDR, LinkShape
from bench.turnlab import (
    LAB_NAME,
    PASSWORD,
    USER,
    TurnLab,
    in_namespace,
    turn_lab_unavailable,
)

VENV_BIN = Path(sys.executable).parent
SHAPE = LinkShape(rate_mbit=20.0, rtt_ms=50.0)  # a home line to a cloud relay
TARGET_ALL_OPEN_S = 3.0
TARGET_UDP_BLOCKED_S = 5.0
TARGET_CHECK_BLOCKED_S = 6.0
BLOCK_UDP = ("udp dport 3478",)
BLOCK_RELAY = ("udp dport 3478", "tcp dport 3478", "tcp dport 443")
BLOCK_ALL = ("meta l4proto { tcp, udp }",)


def _network_section(**extra: Any) -> dict[str, Any]:
    from preflight.config import load_config

    section = dict(load_config().section("network"))
    section.update(turn_servers=TurnLab.urls(), turn_username=USER, turn_credential=PASSWORD)
    section.update(extra)
    return section


def relay_test_once(lab: TurnLab) -> dict[str, Any]:
    from preflight.checks.network.turn import run_turn_test

    cfg = _network_section()
    began = time.perf_counter()
    test = in_namespace(lab.client_ns, lambda: run_turn_test(cfg, 5.2, threading.Event()))
    wall = time.perf_counter() - began
    out: dict[str, Any] = {"wall_s": round(wall, 3)}
    for transport, probe in test.probes.items():
        out[transport] = {"ok": probe.works,
                          "problem": probe.problem, "rtt_ms": probe.rtt_ms,
                          "loss_pct": probe.loss_pct, "elapsed_s": round(probe.elapsed_s, 3)}
    return out


def icmp_rtt_ms(lab: TurnLab) -> float | None:
    from bench.network_bench import icmp_rtt_ms as ping

    try:
        return ping(lab.net, count=5).get("median_ms")
    except Exception:  # a reference that could not be measured is reported as missing
        return None


def whole_check_once(lab: TurnLab, config: Path, env: dict[str, str]) -> dict[str, Any]:
    argv = [str(VENV_BIN / "preflight"), "check", "--only", "network", "--json",
            "--non-interactive", "--config", str(config)]  # fmt: skip
    m = lab.net.run(lab.client_ns, argv, 60, env=env)
    out: dict[str, Any] = {"cli_wall_s": round(m.wall_s, 3), "returncode": m.returncode}
    try:
        doc = json.loads(m.stdout)
        check = next(r for r in doc["checks"] if r["id"] == "network")
    except (ValueError, KeyError, StopIteration):
        out["error"] = (m.stderr or m.stdout).strip()[-300:]
        return out
    out.update(duration_s=check.get("duration_s"), status=check.get("status"),
               findings=[f["id"] for f in check.get("findings", [])])
    return out


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _relay_case(lab: TurnLab, rules: Sequence[str], runs: int) -> dict[str, Any]:
    lab.block(*rules)
    try:
        samples = [relay_test_once(lab) for _ in range(runs)]
    finally:
        lab.block()
    case: dict[str, Any] = {"blocked": list(rules), "runs": samples,
                            "median_s": _median([s["wall_s"] for s in samples])}
    for transport in ("udp", "tcp", "tls"):
        rtts = [s[transport]["rtt_ms"] for s in samples if s.get(transport, {}).get("ok")]
        case[f"{transport}_ok_runs"] = sum(1 for s in samples if s.get(transport, {}).get("ok"))
        case[f"{transport}_rtt_ms"] = _median([r for r in rtts if r is not None])
    return case


def _check_case(
    lab: TurnLab, rules: Sequence[str], runs: int, folder: Path, dns_name: str
) -> dict[str, Any]:
    config = folder / "network.toml"
    section = {
        "dns_names": [dns_name],
        "https_hosts": [f"{SERVER_ADDR}:5349"],
        "stun_server": f"{SERVER_ADDR}:3478",
        "captive_portal_url": f"http://{SERVER_ADDR}:80/generate_204",
        "turn_servers": TurnLab.urls(), "turn_username": USER, "turn_credential": PASSWORD,
    }  # fmt: skip
    config.write_text("[network]\n" + "".join(
        f"{key} = {json.dumps(value)}\n" for key, value in section.items()))
    env = dict(os.environ, SSL_CERT_FILE=str(lab.cert), PREFLIGHT_LANG="en")
    lab.block(*rules)
    try:
        samples = [whole_check_once(lab, config, env) for _ in range(runs)]
    finally:
        lab.block()
    durations = [s["duration_s"] for s in samples if s.get("duration_s") is not None]
    return {"blocked": list(rules), "runs": samples, "median_s": _median(durations),
            "max_s": max(durations) if durations else None,
            "median_cli_wall_s": _median([s["cli_wall_s"] for s in samples])}


def run_turn_bench(quick: bool = False, runs: int = 5) -> dict[str, Any]:
    reason = turn_lab_unavailable()
    if reason:
        return {"skipped": reason}
    runs = 2 if quick else runs
    previous = os.environ.get("SSL_CERT_FILE")
    with TurnLab(SHAPE) as lab, tempfile.TemporaryDirectory() as folder:
        os.environ["SSL_CERT_FILE"] = str(lab.cert)
        try:
            icmp = icmp_rtt_ms(lab)
            all_open = _relay_case(lab, (), runs)
            udp_blocked = _relay_case(lab, BLOCK_UDP, runs)
            only_tls = _relay_case(lab, BLOCK_RELAY[:2], runs)
            # The relay's ports blocked, the web and names working (`LAB_NAME` is in the
            # namespace's hosts file); then everything, names included (any other name is
            # asked of the lab's resolver address, which drops it too).
            check_relay_blocked = _check_case(lab, BLOCK_RELAY, max(2, runs // 2), Path(folder),
                                              LAB_NAME)
            check_all_blocked = _check_case(lab, BLOCK_ALL, runs, Path(folder),
                                            "visit.preflight.lab")
        finally:
            if previous is None:
                os.environ.pop("SSL_CERT_FILE", None)
            else:
                os.environ["SSL_CERT_FILE"] = previous
    result: dict[str, Any] = {
        "link": SHAPE.label(), "icmp_rtt_ms": icmp, "runs": runs,
        "all_open": all_open, "udp_blocked": udp_blocked, "only_tls_443": only_tls,
        "check_relay_blocked": check_relay_blocked, "check_all_blocked": check_all_blocked,
    }  # fmt: skip
    result["targets"] = targets(result)
    return result


def targets(r: dict[str, Any]) -> list[dict[str, Any]]:
    def row(target: str, value: float | None, limit: float, note: str) -> dict[str, Any]:
        met = None if value is None else value <= limit
        return {"target": target, "measured": "–" if value is None else f"{value:.2f} s",
                "met": met, "note": "" if met else note}

    udp_ok = r["all_open"].get("udp_ok_runs") == r["runs"]
    return [
        row("TURN test, all transports open ≤ 3 s (median)", r["all_open"]["median_s"],
            TARGET_ALL_OPEN_S, "" if udp_ok else "a UDP relay did not work in every run"),
        row("TURN test, UDP blocked ≤ 5 s (median)", r["udp_blocked"]["median_s"],
            TARGET_UDP_BLOCKED_S, "the UDP probe waits turn_allocate_timeout_s"),
        row("Whole network check with TURN, everything blocked ≤ 6 s (slowest run)",
            r["check_all_blocked"]["max_s"], TARGET_CHECK_BLOCKED_S, "see check_max_s"),
    ]


def turn_markdown(r: dict[str, Any]) -> list[str]:
    """The section's tables for docs/benchmarks.md."""
    if r.get("skipped") or r.get("error"):
        return [f"Not measured: {r.get('skipped') or r.get('error')}", ""]

    def ms(value: Any) -> str:
        return "–" if value is None else f"{value:.1f}"

    from bench.__main__ import _table

    lines = [
        f"Link: {r['link']} (ICMP round trip {ms(r.get('icmp_rtt_ms'))} ms), coturn "
        "(Debian's package) in the server namespace with UDP and TCP on 3478 and TLS on 443, "
        "long-term credentials; blocked ports are nftables drop rules there. The relay test "
        "(`run_turn_test`, default `[network]` settings: two allocations per transport, 20 "
        "packets 20 ms apart) runs in-process in the client namespace; the whole check runs as "
        f"`preflight check --only network` there. Medians of {r['runs']} runs.",
        "",
    ]
    rows = []
    for name, key in (("all open", "all_open"), ("UDP blocked", "udp_blocked"),
                      ("only TLS 443", "only_tls_443")):
        c = r[key]
        rows.append([
            name, ", ".join(c["blocked"]) or "nothing", f"{c['median_s']:.2f} s",
            *(f"{c[f'{t}_ok_runs']}/{r['runs']}" for t in ("udp", "tcp", "tls")),
            " / ".join(ms(c.get(f"{t}_rtt_ms")) for t in ("udp", "tcp", "tls")),
        ])
    lines += _table(["Relay test", "Blocked (nftables drop)", "Time (median)", "UDP relay works",
                     "TCP relay works", "TLS relay works", "Round trip UDP / TCP / TLS (ms)"],
                    rows)
    rows = []
    for name, key in (("relay routes blocked, web works", "check_relay_blocked"),
                      ("everything blocked", "check_all_blocked")):
        c = r[key]
        findings = sorted({f for s in c["runs"] for f in s.get("findings", [])})
        rows.append([name, ", ".join(c["blocked"]), f"{c['median_s']} s / {c['max_s']} s",
                     f"{c['median_cli_wall_s']} s", ", ".join(findings)])
    lines += ["", *_table(["Whole `network` check", "Blocked (nftables drop)",
                           "Check time (median / slowest)", "CLI wall (median)", "Findings"],
                          rows), ""]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(run_turn_bench(runs=args.runs), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
