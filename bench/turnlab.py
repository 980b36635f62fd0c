"""A real TURN server (coturn, Debian's `coturn`) in the server namespace of the shaped lab
link (`bench.netlab.NetLab`), for the TURN tests and the benchmark.

    client namespace 198.18.0.1  <-- TUN relay: delay, loss -->  server namespace 198.18.0.2
    (the check runs here)                                         coturn: UDP+TCP 3478, TLS 443;
                                                                  a second coturn with the REST
                                                                  API secret on 3480; openssl
                                                                  s_server on 5349, the stand-in
                                                                  for the visit's HTTPS services

The check runs in this process, in a thread moved into the client namespace with setns(2)
(`in_namespace`): a thread's network namespace is its own, threads it starts inherit it, and
sockets keep the namespace they were made in. So the real runner, with its deadlines and its
own threads, runs unchanged, and the test reads its CheckResult directly.

Firewalls are nftables rules in the server namespace (`block`): dropped, not rejected, as a
real firewall does. Only 198.18.0.0/15 addresses, only namespaces made here; `close` removes
everything (NetLab's teardown also runs at exit and on signals).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bench.netlab import SERVER_ADDR, LabError, LinkShape, NetLab, lab_available

T = TypeVar("T")

CLONE_NEWNET = 0x40000000
USER, PASSWORD, REALM = "patient", "lab-password-1", "preflight.lab"
REST_SECRET = "lab-rest-secret"
REST_PORT = 3480
TLS_PORT = 443
HTTPS_STAND_IN_PORT = 5349
LAB_NAME = "turn.preflight.lab"
_libc = ctypes.CDLL(None, use_errno=True)


def turn_lab_unavailable() -> str | None:
    """None when the TURN lab can run here, else why not."""
    reason = lab_available()
    if reason:
        return reason
    for tool in ("turnserver", "nft", "openssl"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (scripts/setup-system.sh test)"
    return None


def in_namespace(ns: str, fn: Callable[[], T], timeout_s: float = 60.0) -> T:
    """`fn()` in a new thread that joined network namespace `ns` first; its value or error."""
    out: dict[str, Any] = {}

    def body() -> None:
        try:
            fd = os.open(f"/run/netns/{ns}", os.O_RDONLY)
            try:
                if _libc.setns(fd, CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), f"setns into {ns} failed")
            finally:
                os.close(fd)
            out["value"] = fn()
        except BaseException as exc:  # handed back to the caller
            out["error"] = exc

    thread = threading.Thread(target=body, name=f"in-{ns}", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if thread.is_alive():
        raise TimeoutError(f"still running in {ns} after {timeout_s} s")
    if "error" in out:
        raise out["error"]
    return out["value"]  # type: ignore[no-any-return]


def make_lab_certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for both lab addresses (openssl CLI)."""
    cert, key = folder / "turn-cert.pem", folder / "turn-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=turn.preflight.lab",
         "-addext", "subjectAltName=IP:198.18.0.1,IP:198.18.0.2,DNS:turn.preflight.lab",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key


class TurnLab:
    """The lab link with coturn running in its server namespace. A context manager."""

    def __init__(self, shape: LinkShape | None = None) -> None:
        # `turn.preflight.lab` is the lab server in the client namespace's /etc/hosts (for
        # commands run with `ip netns exec`); other names are asked of the lab's resolver
        # address, where nothing answers.
        self.net = NetLab(shape or LinkShape(rate_mbit=50.0, rtt_ms=10.0),
                          hosts={LAB_NAME: SERVER_ADDR})
        self.folder = Path(tempfile.mkdtemp(prefix="preflight-turnlab-"))
        self.cert, self.key = make_lab_certificate(self.folder)
        self.logs: list[Path] = []

    # -- addresses -------------------------------------------------------------------------
    @staticmethod
    def urls(port: int = 3478, tls_port: int = TLS_PORT) -> list[str]:
        return [
            f"turn:{SERVER_ADDR}:{port}?transport=udp",
            f"turn:{SERVER_ADDR}:{port}?transport=tcp",
            f"turns:{SERVER_ADDR}:{tls_port}?transport=tcp",
        ]

    @property
    def client_ns(self) -> str:
        return self.net.client_ns

    # -- life cycle ------------------------------------------------------------------------
    def __enter__(self) -> TurnLab:
        self.net.__enter__()
        try:
            self._start_coturn("main", [
                "listening-port=3478", f"tls-listening-port={TLS_PORT}",
                "lt-cred-mech", f"user={USER}:{PASSWORD}", "min-port=49152", "max-port=49999",
            ])  # fmt: skip
            # coturn's use-auth-secret turns static users off, so the REST API convention
            # (time-limited credentials) gets an instance of its own.
            self._start_coturn("rest", [
                f"listening-port={REST_PORT}", "no-tls", "use-auth-secret",
                f"static-auth-secret={REST_SECRET}", "min-port=50000", "max-port=50999",
            ])  # fmt: skip
            # The visit's HTTPS services: any TLS server with the lab's certificate will do
            # (the check connects and verifies the certificate only).
            self.net.start(self.net.server_ns, [
                "openssl", "s_server", "-accept", f"{SERVER_ADDR}:{HTTPS_STAND_IN_PORT}",
                "-cert", str(self.cert), "-key", str(self.key), "-www", "-quiet",
            ])  # fmt: skip
            for port in (3478, TLS_PORT, HTTPS_STAND_IN_PORT, REST_PORT):
                if not self.net.wait_port(port, timeout_s=10.0):
                    raise LabError(f"coturn does not listen on {port}: see {self.logs}")
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.net.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _start_coturn(self, name: str, options: list[str]) -> None:
        conf = self.folder / f"{name}.conf"
        lines = [
            f"listening-ip={SERVER_ADDR}", f"relay-ip={SERVER_ADDR}", f"realm={REALM}",
            f"cert={self.cert}", f"pkey={self.key}", "fingerprint", "no-cli", "no-dtls",
            "no-multicast-peers", f"userdb={self.folder / name}.sqlite",
            f"pidfile={self.folder / name}.pid", "log-file=stdout", "simple-log", *options,
        ]  # fmt: skip
        conf.write_text("\n".join(lines) + "\n")
        log_path = self.folder / f"{name}.log"
        self.logs.append(log_path)
        log = log_path.open("w")
        self.net.start(self.net.server_ns, ["turnserver", "-c", str(conf)], log=log)

    # -- firewall and link -----------------------------------------------------------------
    def block(self, *rules: str) -> None:
        """Replace the server namespace's firewall with `rules` (nft, e.g. "udp dport 3478"),
        each dropping what it matches on the way in. No rules: nothing is blocked."""
        script = ["flush ruleset", "table inet preflight_lab {",
                  "  chain input { type filter hook input priority 0; policy accept;"]
        script += [f"    {rule} drop" for rule in rules]
        script += ["  }", "}"]  # fmt: skip
        subprocess.run(
            [*self.net.exec_prefix(self.net.server_ns), "nft", "-f", "-"],
            input="\n".join(script) + "\n", text=True, check=True, capture_output=True,
            timeout=10,
        )  # fmt: skip

    def set_shape(self, shape: LinkShape) -> None:
        self.net.set_shape(shape)
        time.sleep(0.05)  # the relay reads its new shape between packets
