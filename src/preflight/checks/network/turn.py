"""The TURN relay test: can call media get through the video service's relay, and how well?

When UDP is blocked, a video call goes through the service's TURN relay (RFC 8656): over UDP
when allowed, else TCP, else TLS on 443. For each configured transport (`[network]
turn_servers`, at most one URL each, all at once, each with its own deadline) we allocate two
relays and send a short, bounded burst from the first to the second: each packet leaves this
computer, crosses the relay server and comes back to this computer, so its time is one round
trip to the relay, measured on one clock. Two allocations, rather than a plain local socket as
the peer, because a peer socket only hears the relay when this computer's UDP is open and its
router keeps the mapping: with UDP blocked (the case the test is for) it would hear nothing.

aioice's TURN client (`create_turn_endpoint`, used by aiortc) builds every message, does the
long-term-credential exchange (401 then an authenticated retry), binds the channels (which
install the permissions) and retransmits; only the timing loop is ours.

Privacy: the relay server sees this computer's public address and the credentials configured
for it (the organisation's own); nothing about either is returned here except whether the
relay worked, its round trip and loss.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import ssl
import statistics
import struct
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from preflight.checks.network import latency
from preflight.config import TurnUrl, parse_turn_url

logger = logging.getLogger(__name__)

TRANSPORTS = ("udp", "tcp", "tls")  # the order a call tries them in
_PAYLOAD_BYTES = 100  # about a small audio packet
# STUN error codes that mean "you may not use this relay" (RFC 8489 15.6, RFC 8656 18):
# Unauthorized (after our authenticated retry), Forbidden, Wrong Credentials, Stale Nonce
# left unresolved, Allocation Quota Reached. Anything else the server answers is its error.
_REFUSED_CODES = frozenset({401, 403, 437, 438, 441, 486})


@dataclass
class RelayProbe:
    """One transport's relay: whether it was allocated, and the burst through it."""

    transport: str  # "udp" | "tcp" | "tls"
    allocated: bool = False
    sent: int = 0
    received: int = 0
    rtts_ms: list[float] = field(default_factory=list)
    # "" (worked) | "refused" (the relay turned our sign-in down) | "server_error" (it
    # answered with another error) | "dns" (its name did not resolve) | "closed" (TCP
    # connection refused: nothing listens) | "tls" (TLS handshake failed) | "timeout" (no
    # answer in time) | "unreachable" (no route) | "cancelled"
    problem: str = ""
    error_code: int | None = None
    elapsed_s: float = 0.0

    @property
    def works(self) -> bool:
        """Allocated, the warm-up passed, and the burst (if any was asked for) got through."""
        return self.allocated and not self.problem and (self.sent == 0 or self.received > 0)

    @property
    def loss_pct(self) -> float | None:
        if not self.allocated or self.sent == 0:
            return None
        return 100.0 * (self.sent - self.received) / self.sent

    @property
    def rtt_ms(self) -> float | None:
        return statistics.median(self.rtts_ms) if self.rtts_ms else None

    @property
    def jitter_ms(self) -> float | None:
        return latency.jitter_ms(self.rtts_ms)


@dataclass
class TurnTest:
    """The whole relay test: one probe per configured transport, or why none could run."""

    probes: dict[str, RelayProbe] = field(default_factory=dict)
    # "" | "credentials" (the organisation's credential service failed) | "no_urls"
    problem: str = ""
    elapsed_s: float = 0.0

    @property
    def configured(self) -> bool:
        return bool(self.probes) or bool(self.problem)


class CredentialError(Exception):
    """The credential service did not hand out a usable credential; str() says why (no
    secrets in it)."""


@dataclass(frozen=True)
class Credentials:
    username: str
    credential: str
    urls: tuple[TurnUrl, ...] = ()


def fetch_credentials(url: str, timeout_s: float) -> Credentials:
    """A time-limited credential from the organisation's HTTPS service (the TURN REST API
    convention, draft-uberti-behave-turn-rest-00 section 2.2, as coturn's use-auth-secret
    expects): JSON with `username` ("<expiry>:<user>"), `password` (WebRTC's `credential`
    accepted too) and optionally `uris`. Through the proxy urllib would use, certificate
    verified."""
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as reply:
            body = reply.read(65536)
    except urllib.error.HTTPError as exc:
        raise CredentialError(f"HTTP {exc.code}") from None
    except (OSError, ValueError) as exc:
        raise CredentialError(type(exc).__name__) from None
    try:
        data = json.loads(body)
    except ValueError:
        raise CredentialError("not JSON") from None
    if not isinstance(data, dict):
        raise CredentialError("not a JSON object")
    username = data.get("username")
    secret = data.get("password", data.get("credential"))
    if not isinstance(username, str) or not username or not isinstance(secret, str) or not secret:
        raise CredentialError("no username and password in the answer")
    urls: list[TurnUrl] = []
    for uri in data.get("uris") or []:
        try:
            urls.append(parse_turn_url(str(uri)))
        except ValueError:
            logger.info("credential service: a uri that is not a TURN URL was left out")
    return Credentials(username, secret, tuple(urls))


def one_per_transport(urls: Sequence[TurnUrl]) -> dict[str, TurnUrl]:
    """The first URL of each transport, in the order a call would try them."""
    chosen: dict[str, TurnUrl] = {}
    for url in urls:
        chosen.setdefault(url.transport, url)
    return {t: chosen[t] for t in TRANSPORTS if t in chosen}


class _Sink(asyncio.DatagramProtocol):
    """What arrives through one relay: our burst's packets by number, with their arrival."""

    def __init__(self, token: bytes) -> None:
        self.token = token
        self.arrivals: dict[int, float] = {}
        self.warm = asyncio.Event()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        now = time.perf_counter()
        if len(data) < 12 or data[:8] != self.token:
            return
        (seq,) = struct.unpack("!I", data[8:12])
        if seq == 0xFFFFFFFF:
            self.warm.set()
        else:
            self.arrivals.setdefault(seq, now)

    def error_received(self, exc: Exception) -> None:  # a send failed; the packet is lost
        logger.debug("relay send failed: %s", type(exc).__name__)


def _classify(exc: BaseException) -> tuple[str, int | None]:
    from aioice import stun

    if isinstance(exc, stun.TransactionFailed):
        code = exc.response.error_code
        return ("refused" if code in _REFUSED_CODES else "server_error"), code
    if isinstance(exc, (stun.TransactionTimeout, asyncio.TimeoutError, TimeoutError)):
        return "timeout", None
    if isinstance(exc, socket.gaierror):
        return "dns", None
    if isinstance(exc, ConnectionRefusedError):
        return "closed", None
    if isinstance(exc, (ssl.SSLError, ssl.CertificateError)):
        return "tls", None
    if isinstance(exc, ConnectionError):  # e.g. an Allocate answer missing its attributes
        return "server_error", None
    if isinstance(exc, OSError):
        return "unreachable", None
    return "server_error", None


async def _probe(
    url: TurnUrl,
    username: str,
    credential: str,
    *,
    packets: int,
    interval_s: float,
    wait_s: float,
    allocate_timeout_s: float,
    cancel: threading.Event,
) -> RelayProbe:
    from aioice.turn import create_turn_endpoint

    probe = RelayProbe(url.transport)
    began = time.perf_counter()
    token = os.urandom(8)
    kind = "udp" if url.transport == "udp" else "tcp"
    context = ssl.create_default_context() if url.transport == "tls" else None
    sinks = (_Sink(token), _Sink(token))
    endpoints: list[Any] = []

    async def allocate(sink: _Sink) -> Any:
        transport, _ = await create_turn_endpoint(
            lambda: sink, (url.host, url.port), username, credential,
            lifetime=60, ssl=context, transport=kind,
        )  # fmt: skip
        endpoints.append(transport)
        return transport

    try:
        try:
            first, second = await asyncio.wait_for(
                asyncio.gather(allocate(sinks[0]), allocate(sinks[1])), allocate_timeout_s
            )
        except BaseException as exc:  # every failure is a finding (cancel re-raised)
            if isinstance(exc, asyncio.CancelledError):
                raise
            probe.problem, probe.error_code = _classify(exc)
            return probe
        probe.allocated = True
        to_first, to_second = first.get_extra_info("sockname"), second.get_extra_info("sockname")
        # Each relay binds a channel to the other (which also installs its permission), then
        # a warm-up packet must get through before the timed burst starts. As long as an
        # allocation may take: on a lossy path a ChannelBind needs aioice's retransmissions
        # (0.5 s, then 1 s later) as much as an Allocate does.
        warm = token + struct.pack("!I", 0xFFFFFFFF)
        second.sendto(warm, to_first)
        warm_until = time.perf_counter() + allocate_timeout_s
        while not sinks[1].warm.is_set() and time.perf_counter() < warm_until:
            first.sendto(warm, to_second)
            try:
                await asyncio.wait_for(sinks[1].warm.wait(), 0.1)
            except TimeoutError:
                pass
        if not sinks[1].warm.is_set():
            probe.problem = "timeout"  # allocated, but nothing passes the relay: all lost
            probe.sent = packets
            return probe
        sent_at: dict[int, float] = {}
        start = time.perf_counter()
        padding = bytes(_PAYLOAD_BYTES - 12)
        for seq in range(packets):
            if cancel.is_set():
                probe.problem = "cancelled"
                break
            delay = start + seq * interval_s - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at[seq] = time.perf_counter()
            first.sendto(token + struct.pack("!I", seq) + padding, to_second)
        probe.sent = len(sent_at)
        late_until = time.perf_counter() + wait_s
        while len(sinks[1].arrivals) < probe.sent and time.perf_counter() < late_until:
            if cancel.is_set():
                break
            await asyncio.sleep(0.01)
        arrivals = dict(sinks[1].arrivals)
        probe.received = len(arrivals)
        probe.rtts_ms = [
            (arrivals[seq] - sent_at[seq]) * 1000.0 for seq in sorted(arrivals) if seq in sent_at
        ]
        return probe
    finally:
        for endpoint in endpoints:
            endpoint.close()  # frees the allocation (Refresh, lifetime 0) when it can
        await asyncio.sleep(0.02)
        probe.elapsed_s = time.perf_counter() - began


def relay_test(
    urls: Sequence[TurnUrl],
    username: str,
    credential: str,
    *,
    packets: int = 20,
    interval_s: float = 0.02,
    wait_s: float = 0.5,
    allocate_timeout_s: float = 2.0,
    budget_s: float = 5.0,
    cancel: threading.Event | None = None,
) -> dict[str, RelayProbe]:
    """Every transport's probe at once, on one event loop in the calling thread; the whole
    test ends within `budget_s`, a probe still running then reads as timed out."""
    cancel = cancel or threading.Event()
    chosen = one_per_transport(urls)

    async def everything() -> dict[str, RelayProbe]:
        tasks = {
            t: asyncio.ensure_future(_probe(
                url, username, credential, packets=packets, interval_s=interval_s,
                wait_s=wait_s, allocate_timeout_s=allocate_timeout_s, cancel=cancel,
            ))
            for t, url in chosen.items()
        }  # fmt: skip
        end = time.perf_counter() + budget_s
        while not all(task.done() for task in tasks.values()):
            if cancel.is_set() or time.perf_counter() >= end:
                break
            await asyncio.wait(list(tasks.values()), timeout=0.05)
        results: dict[str, RelayProbe] = {}
        for t, task in tasks.items():
            if task.done() and not task.cancelled() and task.exception() is None:
                results[t] = task.result()
            else:
                task.cancel()
                results[t] = RelayProbe(t, problem="cancelled" if cancel.is_set() else "timeout")
        return results

    # Our own loop, not asyncio.run: that waits for the loop's resolver threads at the end,
    # and a name lookup stuck in the system resolver would hold the check past its deadline.
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(everything())
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.wait(pending, timeout=0.2))
        loop.close()


def run_turn_test(cfg: Mapping[str, Any], budget_s: float, cancel: threading.Event) -> TurnTest:
    """The relay test as `[network]` configures it (nothing when it configures no relay)."""
    began = time.perf_counter()
    test = TurnTest()
    urls = [parse_turn_url(str(u)) for u in cfg.get("turn_servers", [])]
    username, credential = str(cfg.get("turn_username", "")), str(cfg.get("turn_credential", ""))
    service = str(cfg.get("turn_credential_url", ""))
    if not urls and not service:
        return test
    if service:
        timeout = min(float(cfg.get("connect_timeout_s", 2.5)), budget_s / 2)
        try:
            fetched = fetch_credentials(service, timeout)
        except CredentialError as exc:
            logger.info("TURN credential service failed: %s", exc)
            test.problem = "credentials"
            test.elapsed_s = time.perf_counter() - began
            return test
        username, credential = fetched.username, fetched.credential
        urls = urls or list(fetched.urls)
    if not urls:
        test.problem = "no_urls"
        return test
    left = budget_s - (time.perf_counter() - began)
    test.probes = relay_test(
        urls, username, credential,
        packets=int(cfg.get("turn_burst_packets", 20)),
        interval_s=float(cfg.get("turn_burst_interval_ms", 20.0)) / 1000.0,
        wait_s=float(cfg.get("turn_burst_wait_s", 0.5)),
        allocate_timeout_s=min(float(cfg.get("turn_allocate_timeout_s", 2.0)), left),
        budget_s=left, cancel=cancel,
    )  # fmt: skip
    test.elapsed_s = time.perf_counter() - began
    logger.info(
        "TURN relay test: %s in %.2f s",
        {t: p.problem or "ok" for t, p in test.probes.items()}, test.elapsed_s,
    )
    return test
