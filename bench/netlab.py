"""A shaped network link between two Linux network namespaces, for benchmarks and netns tests.

    client namespace           relay (this module, root namespace)          server namespace
    198.18.0.1 on TUN "…c" <-> hold each packet RTT/2, drop with p <-> 198.18.0.2 on TUN "…s"
    tc tbf (upload rate)                                                 tc tbf (download rate)

Why this shape: this kernel has no netem (nor fq_codel/cake), so delay and loss come from a small
userspace relay between two TUN devices (measured to work here, see field-notes). The rate is a
`tc tbf` qdisc on the egress of each TUN device, so packets queue at the bottleneck before they
are delayed, as on a real access link. The TUN devices are created by the relay process without
IFF_TUN_PERSIST: when the relay exits, for any reason, the kernel deletes them, and the relay
exits when its stdin closes, i.e. when the process that owns the lab dies.

Safety: the namespaces hold only 198.18.0.0/15 addresses (RFC 2544 benchmarking range) and no
default route, so nothing started inside can reach any other address; name lookups there go to
a namespace-local /etc/hosts and a resolv.conf that points at the lab server.

Teardown runs on context exit, at interpreter exit (atexit), on Ctrl-C (SIGINT; restored to
KeyboardInterrupt when a background job inherited it ignored) and on SIGTERM/SIGHUP when the
caller uses `install_signal_handlers()`; `cleanup_stale()` removes labs left by a killed run.
Everything here needs root and `ip`/`tc` (iproute2).
"""

from __future__ import annotations

import atexit
import fcntl
import heapq
import logging
import os
import random
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

CLIENT_ADDR = "198.18.0.1"
SERVER_ADDR = "198.18.0.2"
PREFIX = 30
NAME_RE = re.compile(r"^pfb(\d+)n\d+[cs]$")
NETNS_ETC = Path("/etc/netns")

# linux/if_tun.h
_TUNSETIFF = 0x400454CA
_IFF_TUN = 0x0001
_IFF_NO_PI = 0x1000


@dataclass(frozen=True)
class LinkShape:
    """One lab link: rate in each direction, round-trip delay added by the relay, random loss
    applied independently in each direction (so round-trip loss is 1 - (1 - p)^2)."""

    rate_mbit: float
    rtt_ms: float
    loss_pct: float = 0.0
    # tbf queue length as time at the rate: a home router's buffer (bufferbloat is real there).
    queue_ms: float = 200.0

    @property
    def round_trip_loss_pct(self) -> float:
        p = self.loss_pct / 100.0
        return 100.0 * (1.0 - (1.0 - p) ** 2)

    def label(self) -> str:
        return f"{self.rate_mbit:g} Mbit/s, {self.rtt_ms:g} ms, {self.loss_pct:g}% loss"


@dataclass
class Measured:
    """A finished command: exit code, output, wall time and its own peak RSS (VmHWM)."""

    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    max_rss_mb: float
    timed_out: bool = False


class LabError(RuntimeError):
    """The lab could not be built (not root, no `ip`, no /dev/net/tun...)."""


def lab_available() -> str | None:
    """None when a lab can be built here, else the plain reason why not."""
    if os.name != "posix" or not sys.platform.startswith("linux"):
        return "network namespaces need Linux"
    if os.geteuid() != 0:
        return "network namespaces need root"
    for tool in ("ip", "tc"):
        if shutil.which(tool) is None:
            return f"'{tool}' (iproute2) is not installed"
    if not os.path.exists("/dev/net/tun"):
        return "/dev/net/tun is missing"
    return None


def _run(argv: Sequence[str], check: bool = True, timeout: float = 15.0) -> str:
    proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise LabError(f"{' '.join(argv)}: {proc.stderr.strip() or proc.returncode}")
    return proc.stdout


def _tbf_args(rate_mbit: float, queue_ms: float) -> list[str]:
    # burst must hold at least one full-size frame and a timer tick's worth of data (HZ may be
    # 100): 10 ms at the rate, never below 4 frames.
    burst_bytes = max(4 * 1514, int(rate_mbit * 1e6 / 8 * 0.010))
    return [
        "tbf", "rate", f"{rate_mbit:g}mbit", "burst", str(burst_bytes),
        "latency", f"{queue_ms:g}ms",
    ]  # fmt: skip


_open_labs: list[NetLab] = []
_seq = 0


class NetLab:
    """Two namespaces joined by a shaped, delayed, lossy link. Use as a context manager."""

    def __init__(self, shape: LinkShape, hosts: Mapping[str, str] | None = None) -> None:
        global _seq
        _seq += 1
        base = f"pfb{os.getpid()}n{_seq}"
        self.client_ns = base + "c"
        self.server_ns = base + "s"
        self.shape = shape
        # Names the client resolves to the lab server (namespace-local /etc/hosts).
        self.hosts = dict(hosts or {})
        self._relay: subprocess.Popen[str] | None = None
        self._procs: list[subprocess.Popen[Any]] = []
        self._closed = False
        self._lock = threading.Lock()

    # -- life cycle ----------------------------------------------------------------------------

    def __enter__(self) -> NetLab:
        reason = lab_available()
        if reason:
            raise LabError(reason)
        # Ctrl-C must unwind through __exit__ even in a process that inherited an ignored
        # SIGINT (`make test &`); the relay ignores it on purpose (EOF on its stdin ends it).
        _restore_ctrl_c()
        _open_labs.append(self)
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _build(self) -> None:
        for ns in (self.client_ns, self.server_ns):
            _run(["ip", "netns", "add", ns])
            _run(["ip", "-n", ns, "link", "set", "lo", "up"])
        etc = NETNS_ETC / self.client_ns
        etc.mkdir(parents=True, exist_ok=True)
        lines = ["127.0.0.1 localhost", "::1 localhost"]
        lines += [f"{addr} {name}" for name, addr in self.hosts.items()]
        (etc / "hosts").write_text("\n".join(lines) + "\n")
        # Anything not in hosts is asked of the lab server, where nothing answers DNS: a fast,
        # local failure instead of a query to the machine's real resolver.
        resolv = f"nameserver {SERVER_ADDR}\noptions timeout:1 attempts:1\n"
        (etc / "resolv.conf").write_text(resolv)

        self._relay = subprocess.Popen(
            [sys.executable, "-m", "bench.netlab", "relay", self.client_ns, self.server_ns,
             str(self.shape.rtt_ms / 2.0), str(self.shape.loss_pct)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=str(Path(__file__).resolve().parents[1]),
        )  # fmt: skip
        assert self._relay.stdout is not None
        ready = _readline_with_timeout(self._relay.stdout, 10.0)
        if ready.strip() != "ready":
            raise LabError(f"the link relay did not start ({ready.strip() or 'no answer'})")

        for ns, tun, addr, peer in (
            (self.client_ns, self.client_ns, CLIENT_ADDR, SERVER_ADDR),
            (self.server_ns, self.server_ns, SERVER_ADDR, CLIENT_ADDR),
        ):
            _run(["ip", "link", "set", tun, "netns", ns])
            _run(["ip", "-n", ns, "addr", "add", f"{addr}/32", "peer", f"{peer}/32", "dev", tun])
            _run(["ip", "-n", ns, "link", "set", tun, "up"])
        self._apply_rate()

    def _apply_rate(self) -> None:
        for ns in (self.client_ns, self.server_ns):
            _run(["tc", "-n", ns, "qdisc", "replace", "dev", ns, "root",
                  *_tbf_args(self.shape.rate_mbit, self.shape.queue_ms)])  # fmt: skip

    def set_shape(self, shape: LinkShape) -> None:
        """Reshape the running link (rate, delay and loss) without rebuilding it."""
        self.shape = shape
        self._apply_rate()
        assert self._relay is not None and self._relay.stdin is not None
        self._relay.stdin.write(f"{shape.rtt_ms / 2.0} {shape.loss_pct}\n")
        self._relay.stdin.flush()
        logger.info("lab link is now %s", shape.label())

    def close(self) -> None:
        """Stop everything the lab started and delete its namespaces; safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        for proc in reversed(self._procs):
            _stop(proc)
        if self._relay is not None:
            if self._relay.stdin:
                try:
                    self._relay.stdin.close()  # the relay exits on EOF; its TUNs vanish with it
                except OSError:
                    pass
            _stop(self._relay, grace_s=2.0)
        for ns in (self.client_ns, self.server_ns):
            _delete_ns(ns)
        if self in _open_labs:
            _open_labs.remove(self)

    # -- running things inside -----------------------------------------------------------------

    @staticmethod
    def exec_prefix(ns: str) -> list[str]:
        return ["ip", "netns", "exec", ns]

    def start(
        self, ns: str, argv: Sequence[str], env: Mapping[str, str] | None = None,
        log: IO[Any] | int | None = subprocess.DEVNULL,
    ) -> subprocess.Popen[Any]:
        """A background process (a server) inside a namespace, stopped when the lab closes."""
        proc = subprocess.Popen(
            [*self.exec_prefix(ns), *argv], stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            env=dict(env) if env is not None else None, start_new_session=True,
            cwd=str(Path(__file__).resolve().parents[1]),
        )  # fmt: skip
        self._procs.append(proc)
        return proc

    def run(
        self, ns: str, argv: Sequence[str], timeout_s: float,
        env: Mapping[str, str] | None = None,
    ) -> Measured:
        """Run a command inside a namespace to the end (killed after timeout_s)."""
        return run_measured([*self.exec_prefix(ns), *argv], timeout_s, env)

    def tx_bytes(self) -> int:
        """Bytes sent so far by both ends of the link (kernel interface counters)."""
        import json

        total = 0
        for ns in (self.client_ns, self.server_ns):
            out = _run(["ip", "-n", ns, "-s", "-j", "link", "show", "dev", ns], check=False)
            try:
                total += int(json.loads(out)[0]["stats64"]["tx"]["bytes"])
            except (ValueError, LookupError, TypeError):
                return -1
        return total

    def wait_idle(self, quiet_s: float = 0.6, max_s: float = 30.0) -> float:
        """Wait until the link carries (almost) nothing for quiet_s; returns the seconds waited.

        A tool that exits leaves its unsent socket buffers behind, and the kernel keeps sending
        them: at 1 Mbit/s that loads the link for seconds after the tool has gone, and the next
        measurement would see a full queue (field-notes: ping 44-217 ms right after an upload).
        """
        start = time.monotonic()
        last = self.tx_bytes()
        quiet_since = time.monotonic()
        # Allow a trickle (keep-alives, ARP-free TUN has none): below 2 kB per interval.
        while time.monotonic() - start < max_s:
            time.sleep(0.2)
            now = self.tx_bytes()
            if now < 0 or now - last > 2000:
                quiet_since = time.monotonic()
            last = now
            if time.monotonic() - quiet_since >= quiet_s:
                break
        return round(time.monotonic() - start, 2)

    def wait_port(self, port: int, timeout_s: float = 10.0) -> bool:
        """True once a TCP port answers on the lab server, seen from the client namespace."""
        code = (
            "import socket,sys,time\n"
            f"end=time.monotonic()+{timeout_s}\n"
            "while time.monotonic()<end:\n"
            "  try:\n"
            f"    socket.create_connection(('{SERVER_ADDR}',{port}),timeout=1).close()\n"
            "    sys.exit(0)\n"
            "  except OSError: time.sleep(0.1)\n"
            "sys.exit(1)\n"
        )
        result = self.run(self.client_ns, [sys.executable, "-c", code], timeout_s + 5)
        return result.returncode == 0


def run_measured(
    argv: Sequence[str], timeout_s: float, env: Mapping[str, str] | None = None
) -> Measured:
    """Run a command with wall time and its own peak resident memory.

    `ip netns exec` execs the command in the same process. The peak is the process's VmHWM,
    read every 20 ms while it runs (a high-water mark, so a late read still holds the peak):
    wait4's ru_maxrss would carry this benchmark's own peak across the exec (bench/memory.py).
    Without /proc, ru_maxrss it is.
    """
    import tempfile

    from bench.memory import vm_hwm_mb

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            env=dict(env) if env is not None else None, start_new_session=True,
        )  # fmt: skip
        timed_out = False
        deadline = t0 + timeout_s
        hwm: float | None = None
        while True:
            seen = vm_hwm_mb(proc.pid)  # before wait4: a reaped process has no /proc entry
            if seen is not None:
                hwm = max(hwm or 0.0, seen)
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                _signal_group(proc.pid, signal.SIGKILL)
                pid, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        _signal_group(proc.pid, signal.SIGKILL)  # leftovers of the command, if any
        out.seek(0)
        err.seek(0)
        return Measured(
            list(argv), proc.returncode, out.read(), err.read(), wall,
            hwm if hwm is not None else rusage.ru_maxrss / 1024.0, timed_out,
        )  # fmt: skip


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _stop(proc: subprocess.Popen[Any], grace_s: float = 3.0) -> None:
    if proc.poll() is None:
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.terminate()
            proc.wait(grace_s)
        except subprocess.TimeoutExpired:
            _signal_group(proc.pid, signal.SIGKILL)
            proc.kill()
            proc.wait(5)
    else:
        _signal_group(proc.pid, signal.SIGKILL)


def _delete_ns(ns: str) -> None:
    # Processes keep a namespace alive after `ip netns del`: kill those still inside first.
    pids = _run(["ip", "netns", "pids", ns], check=False).split()
    for pid in pids:
        try:
            os.kill(int(pid), signal.SIGKILL)
        except (ProcessLookupError, ValueError):
            pass
    _run(["ip", "netns", "del", ns], check=False)
    shutil.rmtree(NETNS_ETC / ns, ignore_errors=True)


def _readline_with_timeout(stream: IO[str], timeout_s: float) -> str:
    ready, _, _ = select.select([stream], [], [], timeout_s)
    return stream.readline() if ready else ""


def cleanup_stale() -> list[str]:
    """Delete lab namespaces left behind by a bench process that no longer exists."""
    removed = []
    for line in _run(["ip", "netns", "list"], check=False).splitlines():
        name = line.split()[0] if line.split() else ""
        match = NAME_RE.match(name)
        if not match:
            continue
        owner = int(match.group(1))
        if owner != os.getpid() and not Path(f"/proc/{owner}").exists():
            _delete_ns(name)
            removed.append(name)
    return removed


@atexit.register
def _close_all() -> None:
    for lab in list(_open_labs):
        lab.close()


def install_signal_handlers() -> None:
    """SIGTERM/SIGHUP unwind like Ctrl-C, so context managers and atexit tear labs down; and
    Ctrl-C itself raises KeyboardInterrupt even when this process inherited an ignored SIGINT
    (see `_restore_ctrl_c`)."""

    def _raise(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _raise)
    _restore_ctrl_c()


def _restore_ctrl_c() -> bool:
    """Give SIGINT its default Python handler (KeyboardInterrupt) if it is ignored.

    A job started in the background by a shell without job control (`make test &`, a CI
    script) inherits SIGINT set to "ignore", and Python then installs no KeyboardInterrupt
    handler: Ctrl-C (or `kill -INT`) would leave the lab's namespaces, TUN devices and servers
    behind. A lab owns kernel state, so it must tear down on Ctrl-C however it was started.
    Only the main thread may set handlers; elsewhere nothing changes. True when it changed.
    """
    if threading.current_thread() is not threading.main_thread():
        return False
    try:
        if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            return True
    except (ValueError, OSError):  # not the main interpreter / no signals here
        pass
    return False


# -- the relay (runs as `python -m bench.netlab relay CLIENT_TUN SERVER_TUN DELAY_MS LOSS_PCT`) ---


def _open_tun(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, _TUNSETIFF, struct.pack("16sH", name.encode(), _IFF_TUN | _IFF_NO_PI))
    return fd


def relay_main(argv: Sequence[str]) -> int:
    """Forward IP packets between two TUN devices, each held `delay_ms` and dropped with
    probability `loss_pct`/100 independently. New "DELAY LOSS" lines on stdin reshape it; EOF
    on stdin ends it.

    Hand-written because nothing packaged does this without netem; it is a few lines of
    select() and a heap, fast enough here for 20 Mbit/s (about 1,700 packets a second).
    """
    a_name, b_name, delay_ms, loss_pct = argv[0], argv[1], float(argv[2]), float(argv[3])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the owner's to handle; EOF ends us
    rng = random.Random(20261127)  # fixed seed: a rerun drops the same share of packets
    fd_a, fd_b = _open_tun(a_name), _open_tun(b_name)
    other = {fd_a: fd_b, fd_b: fd_a}
    stdin = sys.stdin.fileno()
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    queue: list[tuple[float, int, int, bytes]] = []
    seq = 0
    pending = b""
    while True:
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, out_fd, packet = heapq.heappop(queue)
            try:
                os.write(out_fd, packet)
            except OSError:  # device not up yet, or its queue is full: the packet is lost
                pass
        timeout = max(0.0, queue[0][0] - now) if queue else 1.0
        readable, _, _ = select.select([fd_a, fd_b, stdin], [], [], timeout)
        if stdin in readable:
            chunk = os.read(stdin, 4096)
            if not chunk:
                return 0
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                parts = line.split()
                if len(parts) == 2:
                    delay_ms, loss_pct = float(parts[0]), float(parts[1])
        due = time.monotonic() + delay_ms / 1000.0
        for fd in (fd_a, fd_b):
            if fd not in readable:
                continue
            for _ in range(256):  # drain a burst, but keep the delivery loop turning
                try:
                    packet = os.read(fd, 65536)
                except BlockingIOError:
                    break
                except OSError:
                    break
                if loss_pct > 0 and rng.random() * 100.0 < loss_pct:
                    continue
                seq += 1
                heapq.heappush(queue, (due, seq, other[fd], packet))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "relay":
        sys.exit(relay_main(sys.argv[2:]))
    print("usage: python -m bench.netlab relay CLIENT_TUN SERVER_TUN DELAY_MS LOSS_PCT")
    sys.exit(2)
