"""Quick local sanity measurement: Preflight's speedtest wrapper and stock speedtest-cli against
the lab server rate-limited to 1, 5 and 20 Mbit/s, on loopback (no shaping, no delay: the
namespace benchmark in bench/ does real links). Prints a Markdown table.

    .venv/bin/python -m tests.servers.sanity [--rates 1,5,20] [--no-stock]

The lab's limit is applied where the server reads and writes, so the client's socket buffers
fill during uploads exactly as on a slow link: that is where stock speedtest-cli over-counts.
Stock speedtest-cli is pointed at the lab by rewriting its speedtest.net URLs (a test tool
only); Preflight's wrapper uses the self-hosted server option.
"""

from __future__ import annotations

import argparse
import resource
import time
from typing import Any

from tests.servers.speedtest_server import Behaviour, LabServer


def _stock(lab: LabServer) -> dict[str, Any]:
    from preflight.checks.network.speedtest_client import import_speedtest

    st = import_speedtest()
    original = st.build_request

    def build_request(url: str, *args: Any, **kwargs: Any) -> Any:
        for host in ("www.speedtest.net", "c.speedtest.net"):
            if f"://{host}/" in url:
                url = f"http://127.0.0.1:{lab.http_port}/" + url.split(f"://{host}/", 1)[1]
        return original(url, *args, **kwargs)

    st.build_request = build_request
    lab.behaviour.config_http_403 = False  # stock client over plain http to the lab
    try:
        start = time.monotonic()
        client = st.Speedtest(timeout=10)
        client.get_best_server([{**_server(lab), "d": 0.0}])
        down = client.download() / 1e6
        up = client.upload() / 1e6
        return {"down": down, "up": up, "ping": client.results.ping, "s": time.monotonic() - start}
    finally:
        st.build_request = original
        lab.behaviour.config_http_403 = True


def _server(lab: LabServer) -> dict[str, Any]:
    return {
        "url": lab.upload_url(),
        "name": "lab",
        "sponsor": "lab",
        "id": "1",
        "host": f"127.0.0.1:{lab.http_port}",
        "lat": "0",
        "lon": "0",
        "country": "",
        "cc": "",
    }


def _ours(lab: LabServer) -> dict[str, Any]:
    from preflight.checks.network.speedtest_client import SpeedtestRunner, SpeedtestSettings

    start = time.monotonic()
    settings = SpeedtestSettings(server_url=lab.upload_url())
    out = SpeedtestRunner(settings, deadline=time.monotonic() + 19.5).run()
    return {
        "down": out.download_mbps,
        "up": out.upload_mbps,
        "ping": out.ping_ms,
        "s": time.monotonic() - start,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="1,5,20")
    parser.add_argument("--no-stock", action="store_true")
    args = parser.parse_args(argv)
    print("| limit Mbit/s | client | down Mbit/s | up Mbit/s | ping ms | time s |")
    print("|---|---|---|---|---|---|")
    for rate in (float(r) for r in args.rates.split(",")):
        with LabServer(
            behaviour=Behaviour(rate_bytes_per_s=rate * 1e6 / 8), with_tls=False, with_stun=False
        ) as lab:
            runs = [("Preflight", _ours)] + ([] if args.no_stock else [("stock", _stock)])
            for name, fn in runs:
                r = fn(lab)
                up = "refused" if r["up"] is None else f"{r['up']:.2f}"
                print(
                    f"| {rate:g} | {name} | {r['down']:.2f} | {up} | {r['ping']:.1f} "
                    f"| {r['s']:.1f} |",
                    flush=True,
                )
                time.sleep(0.5)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"\npeak memory of this process (server included): {peak} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
