"""UDP reachability and quality with a burst of STUN Binding requests (RFC 5389).

Messages are built and parsed with aioice's `stun` module (maintained, used by aiortc); only
the timing loop is ours. We send on one plain UDP socket from one thread, because we need
exact send and receive times for many overlapping requests rather than aioice's
retransmitting transactions (a retransmission would hide exactly the loss we measure).

The reflexive (public) address in the answers is never returned: only whether one came.
"""

from __future__ import annotations

import logging
import select
import socket
import statistics
import threading
import time
from dataclasses import dataclass, field

from preflight.checks.network import latency

logger = logging.getLogger(__name__)


@dataclass
class StunBurstResult:
    """Round trips and loss of one burst. Times in ms; loss in percent of requests sent."""

    sent: int = 0
    received: int = 0
    rtts_ms: list[float] = field(default_factory=list)
    reflexive_address_found: bool = False
    error: str = ""  # "resolve" | "socket" | "" (set when no request could be sent)

    @property
    def udp_ok(self) -> bool:
        return self.received > 0

    @property
    def loss_pct(self) -> float | None:
        if self.sent == 0:
            return None
        return 100.0 * (self.sent - self.received) / self.sent

    @property
    def rtt_ms(self) -> float | None:
        return statistics.median(self.rtts_ms) if self.rtts_ms else None

    @property
    def jitter_ms(self) -> float | None:
        return latency.jitter_ms(self.rtts_ms)


def parse_host_port(value: str, default_port: int) -> tuple[str, int]:
    """ "host:port", "[v6]:port", or a bare host."""
    value = value.strip()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port else default_port
    if value.count(":") == 1:
        host, port = value.split(":")
        return host, int(port)
    return value, default_port


def stun_burst(
    server: str,
    *,
    count: int = 50,
    interval_s: float = 0.02,
    timeout_s: float = 1.0,
    cancel: threading.Event | None = None,
) -> StunBurstResult:
    """Send `count` Binding requests `interval_s` apart to `server` ("host:port"), then wait up
    to `timeout_s` for late answers. Never raises for network trouble: it is in the result."""
    from aioice import stun

    cancel = cancel or threading.Event()
    result = StunBurstResult()
    host, port = parse_host_port(server, 3478)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
    except (OSError, UnicodeError):
        result.error = "resolve"
        return result
    family, _, _, _, address = infos[0]
    try:
        sock = socket.socket(family, socket.SOCK_DGRAM)
    except OSError:
        result.error = "socket"
        return result
    sent_at: dict[bytes, tuple[int, float]] = {}
    rtts: dict[int, float] = {}
    try:
        sock.setblocking(False)
        start = time.perf_counter()
        next_send = start
        end = None
        while not cancel.is_set():
            now = time.perf_counter()
            if result.sent < count and now >= next_send:
                request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
                try:
                    sock.sendto(bytes(request), address)
                    sent_at[request.transaction_id] = (result.sent, time.perf_counter())
                except OSError:  # e.g. no route: counts as sent and lost
                    pass
                result.sent += 1
                next_send = start + result.sent * interval_s
                if result.sent == count:
                    end = time.perf_counter() + timeout_s
                continue
            if end is not None and (now >= end or len(rtts) == result.sent):
                break
            wait = (next_send if result.sent < count else (end or now)) - now
            readable, _, _ = select.select([sock], [], [], max(0.0, min(wait, 0.05)))
            if not readable:
                continue
            while True:
                try:
                    data, _ = sock.recvfrom(2048)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:  # ICMP port unreachable surfaces here on some systems
                    break
                arrived = time.perf_counter()
                try:
                    message = stun.parse_message(data)
                except ValueError:
                    continue
                entry = sent_at.get(message.transaction_id)
                if entry is None or entry[0] in rtts:
                    continue
                if message.message_class != stun.Class.RESPONSE:
                    continue
                rtts[entry[0]] = (arrived - entry[1]) * 1000.0
                if message.attributes.get("XOR-MAPPED-ADDRESS") or message.attributes.get(
                    "MAPPED-ADDRESS"
                ):
                    result.reflexive_address_found = True
    finally:
        sock.close()
    result.received = len(rtts)
    result.rtts_ms = [rtts[i] for i in sorted(rtts)]
    logger.debug("stun burst: sent %d, answered %d", result.sent, result.received)
    return result
