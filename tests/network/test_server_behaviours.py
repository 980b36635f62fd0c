"""The speed test against servers that behave differently, all correctly (issue 16): kept
alive or closed after every response, headers and body in one segment or in two writes with
Nagle on, Content-Length or chunked, HTTP or HTTPS, directly or through an HTTP proxy (CONNECT
for HTTPS). The figures must not depend on which: a patient gets the nearest server, and
whatever proxy sits in between. Loopback only; each run is bounded (short phases, a deadline).

On loopback there is no round trip for Nagle or a new connection to wait on, so the lab
server's `body_delay_ms` (the body after the headers) and `reply_delay_ms` (every answer)
stand in for them: they make a client that times the end of the body, or waits idle for every
reply, read wrong here as it does on a real link (bench/network_bench.py measures the real
thing on shaped links)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from preflight.checks.network.speedtest_client import (
    SpeedtestOutcome,
    SpeedtestRunner,
    SpeedtestSettings,
    _LatencyProber,
)
from tests.servers.speedtest_server import ForwardProxy, LabServer

MBIT = 1e6 / 8
RATE = 4.0  # Mbit/s, the lab server's own shared limit each way


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy(("127.0.0.1", 0), allowed={"127.0.0.1"}) as p:
        yield p


def _measure(lab: LabServer, tls: bool) -> tuple[SpeedtestOutcome, float]:
    settings = SpeedtestSettings(server_url=lab.upload_url(tls=tls), phase_min_s=2.0,
                                 phase_max_s=3.0, target_s=6.5)
    start = time.monotonic()
    out = SpeedtestRunner(settings, deadline=start + 12).run()
    return out, time.monotonic() - start


def _raw_get(lab: LabServer, path: str, requests: int = 1) -> list[bytes]:
    """Each answer to `requests` GETs on one connection, as the bytes of its first recv
    (what one segment of the answer carried) and the rest, up to the server closing."""
    with socket.create_connection(("127.0.0.1", lab.http_port), timeout=3) as sock:
        answers = []
        for _ in range(requests):
            try:
                sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                answers.append(sock.recv(65536))
            except OSError:  # the server had closed the connection
                answers.append(b"")
                continue
            time.sleep(0.25)  # a delayed body has arrived by now
            try:
                sock.settimeout(0.3)
                rest = sock.recv(65536)
            except (TimeoutError, OSError):
                rest = b""
            if rest:
                answers[-1] += b"|" + rest
        return answers


def test_the_servers_switches_do_what_they_say(lab: LabServer) -> None:
    """One segment: headers and body in one recv. Two writes with a held body: the headers
    alone first. Chunked framing instead of Content-Length. Close: `Connection: close`, and
    the connection ends after the answer."""
    one = _raw_get(lab, "/speedtest/latency.txt")[0]
    assert one.startswith(b"HTTP/1.1 200") and one.endswith(b"test=test\n"), one
    assert b"Content-Length: 10" in one and b"|" not in one
    lab.behaviour.writes, lab.behaviour.body_delay_ms = "two_nagle", 150
    lab.behaviour.chunked = True
    two = _raw_get(lab, "/speedtest/latency.txt")[0]
    head, _, body = two.partition(b"|")
    assert head.endswith(b"\r\n\r\n") and b"Transfer-Encoding: chunked" in head, two
    assert body == b"a\r\ntest=test\n\r\n0\r\n\r\n"
    lab.behaviour.writes, lab.behaviour.body_delay_ms, lab.behaviour.chunked = "one", 0, False
    lab.behaviour.keep_alive = False
    first, second = _raw_get(lab, "/speedtest/latency.txt", requests=2)
    assert b"Connection: close" in first and first.endswith(b"test=test\n")
    assert second == b""  # the server closed after its first answer


def test_ping_is_the_time_to_the_first_byte_not_to_the_end_of_the_body(lab: LabServer) -> None:
    """A kept-alive server that writes headers and body in two writes with Nagle on: the body
    waits for the ACK of the headers, a second round trip (here 120 ms of body delay)."""
    lab.behaviour.writes, lab.behaviour.body_delay_ms = "two_nagle", 120
    prober = _LatencyProber(lab.upload_url(tls=False), timeout_s=2.0)
    try:
        samples = [prober.probe() for _ in range(4)]
    finally:
        prober.close()
    assert all(v is not None for v in samples), samples
    assert max(v for v in samples if v is not None) < 60, samples
    assert prober.failures == 0


# Each case: the lab server's switches, HTTPS or not, a proxy or not.
CASES = {
    "close-per-response": (dict(keep_alive=False, reply_delay_ms=40), False, ""),
    "two-writes-nagle-chunked-https": (
        dict(writes="two_nagle", body_delay_ms=60, chunked=True), True, ""),
    "close-per-response-https": (dict(keep_alive=False, reply_delay_ms=40), True, ""),
    "http-proxy": (dict(reply_delay_ms=20), False, "http"),
    "connect-proxy-https-close": (dict(keep_alive=False), True, "https"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_figures_do_not_depend_on_how_the_server_answers(
    lab: LabServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    switches, tls, via = CASES[case]
    for key, value in switches.items():
        setattr(lab.behaviour, key, value)
    lab.behaviour.rate_bytes_per_s = RATE * MBIT
    if via:
        monkeypatch.setenv(f"{via}_proxy", proxy.url)
    out, elapsed = _measure(lab, tls)
    assert out.download_mbps is not None and out.upload_mbps is not None, out
    assert RATE * 0.9 <= out.download_mbps <= RATE * 1.1, out
    assert RATE * 0.9 <= out.upload_mbps <= RATE * 1.1, out
    delay = float(switches.get("reply_delay_ms", 0.0))  # every answer waits this long
    assert 0 < out.ping_ms < delay + 25, out
    assert out.upload_problem == ""
    assert elapsed < 10
    if via == "http":
        assert proxy.requests.get("POST", 0) > 0 and proxy.requests.get("GET", 0) > 0
        assert "CONNECT" not in proxy.requests
    elif via == "https":
        assert proxy.requests.get("CONNECT", 0) > 0 and "POST" not in proxy.requests
    assert lab.upload_bound() >= out.bytes_up > 0


def test_a_phase_that_never_settles_says_so(lab: LabServer) -> None:
    """A zero tolerance stands in for a link whose rate never settles: the figures are still
    reported, with `stable` False and their spread (finite numbers, never NaN)."""
    import json
    import math

    from preflight.checks.network.bandwidth import outcome_metrics

    lab.behaviour.rate_bytes_per_s = RATE * MBIT
    settings = SpeedtestSettings(server_url=lab.upload_url(tls=False), phase_min_s=1.5,
                                 phase_max_s=3.0, target_s=6.0, stable_tolerance_fraction=0.0)
    out = SpeedtestRunner(settings, deadline=time.monotonic() + 10).run()
    m = outcome_metrics(out)
    assert m["stable"] is False
    for key in ("download_spread_pct", "upload_spread_pct"):
        assert m[key] is not None and math.isfinite(m[key]) and 0 <= m[key] < 50, m
    json.dumps(m, allow_nan=False)
    # The same link with the usual tolerance settles.
    settled = SpeedtestRunner(SpeedtestSettings(server_url=lab.upload_url(tls=False),
                                                phase_min_s=1.5, phase_max_s=3.0,
                                                target_s=7.0),
                              deadline=time.monotonic() + 12).run()
    assert outcome_metrics(settled)["stable"] is True, settled


# A server in its own process (so a busy test process cannot slow its answers): each GET on
# a kept-alive connection answered `latency.txt`'s way after 30 ms.
_DELAYED_SERVER = r"""
import socket, sys, threading, time
srv = socket.create_server(("127.0.0.1", 0))
print(srv.getsockname()[1], flush=True)
def serve(conn):
    with conn:
        buf = b""
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buf += data
            while b"\r\n\r\n" in buf:
                _, buf = buf.split(b"\r\n\r\n", 1)
                time.sleep(0.03)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\ntest=test\n")
while True:
    c, _ = srv.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kernel timestamps: Linux")
def test_ping_is_read_off_the_kernels_arrival_time_while_the_app_is_busy() -> None:
    """The other checks start while the speed test's idle probes run (Check.prepare): their
    imports and the computer check keep the interpreter busy, and a probe's own clock read
    the first byte only when its thread got the interpreter back. The kernel's arrival time
    (SO_TIMESTAMPNS) does not wait for that. Here a busy thread holds the interpreter 30 ms at
    a time (sys.setswitchinterval), and the server answers after 30 ms: every probe reads about
    30 ms (by the probe's own clock, half of them read 60)."""
    server = subprocess.Popen([sys.executable, "-c", _DELAYED_SERVER], stdout=subprocess.PIPE,
                              text=True)
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))

    interval = sys.getswitchinterval()
    prober = None
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        prober = _LatencyProber(f"http://127.0.0.1:{port}/speedtest/upload.php", timeout_s=2.0)
        prober.connect()
        hog = threading.Thread(target=busy, daemon=True)
        sys.setswitchinterval(0.03)
        hog.start()
        samples = [prober.probe() for _ in range(8)]
    finally:
        stop.set()
        sys.setswitchinterval(interval)
        if prober is not None:
            prober.close()
        server.kill()
        server.wait(5)
    assert all(v is not None for v in samples), samples
    values = sorted(v for v in samples if v is not None)
    assert 29.0 <= values[0] and values[-1] < 40.0, values
