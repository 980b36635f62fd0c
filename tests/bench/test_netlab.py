"""The benchmark's network lab, for real: namespaces, TUN relay, tbf, iperf3 (needs root)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

import pytest
from bench.netlab import SERVER_ADDR, LinkShape, NetLab, lab_available

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(lab_available() is not None, reason=f"no network lab: {lab_available()}"),
    pytest.mark.timeout(90),
]

CONNECT_RTT = """
import socket, statistics, time
samples = []
for _ in range(7):
    t = time.perf_counter()
    socket.create_connection(("198.18.0.2", 5201), timeout=3).close()
    samples.append((time.perf_counter() - t) * 1000)
    time.sleep(0.1)
print(statistics.median(samples))
"""


def _netns_names() -> set[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.strip()}


def _links() -> str:
    return subprocess.run(["ip", "-br", "link"], capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("iperf3") is None, reason="iperf3 is not installed")
def test_lab_shapes_rate_and_delay_then_tears_down() -> None:
    """5 Mbit/s comes out within 10% by iperf3, a TCP handshake takes the configured RTT, and
    closing the lab leaves no namespace, interface or process behind."""
    with NetLab(LinkShape(5, 60, 0)) as lab:
        names = {lab.client_ns, lab.server_ns}
        assert names <= _netns_names()
        relay = lab._relay
        server = lab.start(lab.server_ns, ["iperf3", "-s", "-B", SERVER_ADDR, "-p", "5201"])
        assert lab.wait_port(5201)
        m = lab.run(
            lab.client_ns,
            ["iperf3", "-c", SERVER_ADDR, "-p", "5201", "-t", "4", "-O", "1", "-J", "-R"],
            timeout_s=30,
        )
        mbps = json.loads(m.stdout)["end"]["sum_received"]["bits_per_second"] / 1e6
        assert 4.5 <= mbps <= 5.5, mbps
        time.sleep(1.0)  # let the queue drain before timing handshakes
        rtt = lab.run(lab.client_ns, [sys.executable, "-c", CONNECT_RTT], timeout_s=20)
        assert 58 <= float(rtt.stdout) <= 75, rtt.stdout
    assert not names & _netns_names()
    assert lab.client_ns not in _links() and lab.server_ns not in _links()
    assert relay is not None and relay.poll() is not None
    assert server.poll() is not None


def test_reshaping_adds_loss_and_namespace_has_no_way_out() -> None:
    """Reshaped to 20% loss, UDP loss shows up; the client namespace has no route but the one
    to the lab server, so nothing started in it can leave the lab."""
    with NetLab(LinkShape(20, 10, 0)) as lab:
        lab.set_shape(LinkShape(20, 10, 20))
        probe = """
import socket
rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); rx.bind(("198.18.0.2", 9999))
rx.settimeout(1.0)
"""
        # A UDP echo through the lab: count round trips that come back.
        echo = lab.start(lab.server_ns, [sys.executable, "-c", probe + """
while True:
    try:
        data, addr = rx.recvfrom(2048)
    except TimeoutError:
        continue
    rx.sendto(data, addr)
"""])
        time.sleep(0.5)
        client = """
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(0.3)
got = 0
for i in range(200):
    s.sendto(b"x", ("198.18.0.2", 9999))
    try:
        s.recvfrom(16); got += 1
    except TimeoutError:
        pass
print(got)
"""
        m = lab.run(lab.client_ns, [sys.executable, "-c", client], timeout_s=80)
        # 20% each way: 36% round-trip loss expected (128 of 200 back); wide bounds, no flakes.
        assert 90 <= int(m.stdout) <= 160, m.stdout
        assert echo.poll() is None
        # Checked from the routing table, without sending anything anywhere else.
        routes = subprocess.run(["ip", "-n", lab.client_ns, "route", "show", "table", "all"],
                                capture_output=True, text=True).stdout
        assert "default" not in routes
        assert "198.18.0.2" in routes


HOLD_LAB = """
import sys, time
from bench.netlab import LinkShape, NetLab, install_signal_handlers
install_signal_handlers()
with NetLab(LinkShape(5, 20, 0)) as lab:
    lab.start(lab.server_ns, ["sleep", "60"])
    print(lab.client_ns, lab.server_ns, flush=True)
    time.sleep(60)
"""


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _hold_lab(
    code: str = HOLD_LAB, sigint_ignored: bool = False
) -> tuple[subprocess.Popen[str], list[str]]:
    """A process that builds a lab and holds it. `sigint_ignored`: started as a background job
    of a shell without job control is (`make test &`): SIGINT inherited as "ignore"."""
    from pathlib import Path

    from bench.netlab import __file__ as netlab_file

    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=str(Path(netlab_file).resolve().parents[1]),
                            start_new_session=True,
                            preexec_fn=_ignore_sigint if sigint_ignored else None)
    assert proc.stdout is not None
    names = proc.stdout.readline().split()
    assert len(names) == 2 and set(names) <= _netns_names()
    return proc, names


@pytest.mark.parametrize(
    ("sig", "how"),
    [
        ("SIGTERM", "normal"),
        ("SIGINT", "normal"),
        # Started as `make test &` starts it: SIGINT inherited ignored, by an owner that calls
        # install_signal_handlers() or by one that only uses `with NetLab(...)`.
        ("SIGINT", "background"),
        ("SIGINT", "background_no_handlers"),
    ],
    ids=["SIGTERM", "SIGINT", "SIGINT-background", "SIGINT-background-plain-owner"],
)
def test_lab_is_torn_down_when_its_owner_is_stopped(sig: str, how: str) -> None:
    """Ctrl-C or a kill: the owner unwinds and deletes namespaces, TUN devices, the relay, the
    processes it started and the namespace's /etc/netns folder, however it was started."""
    import signal
    from pathlib import Path

    code = HOLD_LAB
    if how == "background_no_handlers":
        code = HOLD_LAB.replace("install_signal_handlers()\n", "")
        assert "install_signal_handlers()\n" not in code
    proc, names = _hold_lab(code, sigint_ignored=how != "normal")
    proc.send_signal(getattr(signal, sig))
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.terminate()  # its SIGTERM handler still tears the lab down
        proc.wait(20)
        pytest.fail(f"the lab's owner ignored {sig} ({how})")
    assert not set(names) & _netns_names()
    assert not any(n in _links() for n in names)
    assert not any(Path("/etc/netns", n).exists() for n in names)
    leftovers = subprocess.run(["pgrep", "-f", f"bench.netlab relay {names[0]}"],
                               capture_output=True, text=True).stdout
    assert leftovers == ""


def test_a_killed_owner_leaves_nothing_that_cleanup_stale_does_not_remove() -> None:
    """SIGKILL can't be caught: the relay sees its stdin close and exits (the TUN devices go
    with it); the namespaces stay until the next run's cleanup_stale()."""
    from bench.netlab import cleanup_stale

    proc, names = _hold_lab()
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10
    while any(n in _links() for n in names) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(n in _links() for n in names)
    removed = cleanup_stale()
    assert set(names) <= set(removed)
    assert not set(names) & _netns_names()
