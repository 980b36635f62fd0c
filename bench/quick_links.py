"""Quick runs on chosen lab links: iperf3 (4 streams, the reference) beside Preflight's bandwidth
check, a line per run. Not the benchmark table (`python -m bench --only network` is), a tool
for trying a change on the links it is about in a minute or two. Needs root (network
namespaces), as the benchmark does.

    sudo .venv/bin/python -m bench.quick_links 12/120/3 50/120/0 --reps 2
    sudo .venv/bin/python -m bench.quick_links 2.5/30/3 --timing    # SpeedtestRunner's steps
    sudo .venv/bin/python -m bench.quick_links 50/120/3 --timing --settings '{"lossy": true}'
    sudo .venv/bin/python -m bench.quick_links 5/80/0 --full --reps 3   # every check, as the table

A link is RATE/RTT/LOSS: Mbit/s, round trip in ms, loss % each way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import compile_bytecode
from bench import network_bench as nb
from bench.netlab import (
    SERVER_ADDR,
    LinkShape,
    NetLab,
    cleanup_stale,
    install_signal_handlers,
    lab_available,
)

# Run in the client namespace: the runner's own step times (no CLI, no other checks).
_TIMING = """
import json, sys, time
from preflight.checks.network.speedtest_client import SpeedtestRunner, SpeedtestSettings
t = time.monotonic()
r = SpeedtestRunner(SpeedtestSettings(server_url=sys.argv[1], **json.loads(sys.argv[2])),
                    deadline=t + 20)
o = r.run()
print(json.dumps({"total_s": round(time.monotonic() - t, 3), **r.timings,
                  "down": o.download_mbps, "up": o.upload_mbps, "ping_ms": o.ping_ms,
                  "upload_counted": o.upload_counted}))
"""


def _err(value: Any, ref: Any) -> float | None:
    return None if value is None or not ref else round(100 * (value - ref) / ref, 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("links", nargs="+", help="RATE/RTT/LOSS, e.g. 12/120/3")
    parser.add_argument("--reps", type=int, default=1, help="Preflight runs per link")
    parser.add_argument("--no-iperf", action="store_true", help="skip the iperf3 reference")
    parser.add_argument("--timing", action="store_true",
                        help="SpeedtestRunner's step times instead of the CLI check")
    parser.add_argument("--settings", default="{}", metavar="JSON",
                        help='with --timing: SpeedtestSettings fields to change, e.g. '
                             '\'{"lossy": true, "upload_tcp_workers": 6}\'')
    parser.add_argument("--full", action="store_true",
                        help="the full automated run (every check), as the benchmark's table")
    args = parser.parse_args(argv)
    try:
        shapes = [LinkShape(*(float(v) for v in link.split("/"))) for link in args.links]
    except (TypeError, ValueError):
        parser.error("a link is RATE/RTT/LOSS, e.g. 12/120/3")
    reason = lab_available()
    if reason:
        print(f"quick_links: needs a Linux network lab: {reason}", file=sys.stderr)
        return 2
    install_signal_handlers()
    cleanup_stale()
    compile_bytecode()  # as an installed copy starts
    with tempfile.TemporaryDirectory(prefix="preflight-quick-") as tmp:
        tmpdir = Path(tmp)
        config, env, hosts = nb.lab_environment(tmpdir)
        with NetLab(shapes[0], hosts=hosts) as lab, open(tmpdir / "server.log", "w") as log:
            lab.start(lab.server_ns, ["iperf3", "-s", "-B", SERVER_ADDR,
                                      "-p", str(nb.IPERF_PORT)])
            lab.start(lab.server_ns, [sys.executable, "-m", "bench.network_bench", "serve",
                                      "--cert-dir", str(tmpdir)], log=log)
            if not (lab.wait_port(nb.IPERF_PORT) and lab.wait_port(nb.HTTP_PORT, 20)):
                print("quick_links: the lab servers did not start", file=sys.stderr)
                return 1
            for shape in shapes:
                lab.set_shape(shape)
                ref = {} if args.no_iperf else nb.run_iperf3(lab, False)
                for _ in range(args.reps):
                    if args.timing:
                        lab.wait_idle()
                        m = lab.run(lab.client_ns, [sys.executable, "-c", _TIMING,
                                                    nb.SPEEDTEST_URL, args.settings], 60, env=env)
                        try:
                            got = json.loads(m.stdout)
                        except ValueError:
                            print(shape.label(), m.stderr.strip()[-300:], flush=True)
                            continue
                        got["error_pct"] = [_err(got.get("down"), ref.get("down_mbps")),
                                            _err(got.get("up"), ref.get("up_mbps"))]
                        print(shape.label(), json.dumps(got), flush=True)
                        continue
                    if args.full:
                        pf = nb.run_preflight(lab, config, env, only="", timeout_s=150)
                        print(json.dumps({
                            "link": shape.label(), "wall_s": pf.get("wall_s"),
                            **{cid: pf[cid].get("duration_s") for cid in pf
                               if isinstance(pf[cid], dict) and "duration_s" in pf[cid]},
                            "load_1m": round(os.getloadavg()[0], 2),
                        }), flush=True)
                        continue
                    # The network check first, as in a full run: the speed test reads its
                    # loss (a lossy link is measured longer).
                    pf = nb.run_preflight(lab, config, env, only="network,bandwidth")
                    bw = pf.get("bandwidth", {})
                    m = bw.get("metrics", {})
                    print(json.dumps({
                        "link": shape.label(),
                        "iperf3": [ref.get("down_mbps"), ref.get("up_mbps")],
                        "preflight": [m.get("download_mbps"), m.get("upload_mbps")],
                        "error_pct": [_err(m.get("download_mbps"), ref.get("down_mbps")),
                                      _err(m.get("upload_mbps"), ref.get("up_mbps"))],
                        "check_s": bw.get("duration_s"),
                        "ping_ms": m.get("ping_ms"),  # the link's round trip: shape.rtt_ms
                        "udp_loss_pct": pf.get("network", {}).get("metrics", {}).get(
                            "udp_loss_pct"),
                        "upload_counted": m.get("upload_counted"),
                        "stable": m.get("stable"),
                        "link_busy_after_s": pf.get("link_busy_after_exit_s"),
                        "load_1m": round(os.getloadavg()[0], 2),
                    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
