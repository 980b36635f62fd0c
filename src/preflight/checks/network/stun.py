"""UDP reachability and quality with a burst of STUN Binding requests (RFC 5389).

Messages are built and parsed with aioice's `stun` module (maintained, used by aiortc); only
the timing loop is ours. We send on one plain UDP socket from one thread, because we need
exact send and receive times for many overlapping requests rather than aioice's
retransmitting transactions (a retransmission would hide exactly the loss we measure).

The reflexive (public) address in the answers is never returned: only whether one came.

The burst is sequential: `count` requests, and when some of them are already lost (and some
answered) as many more as bring it to `extend_to`, time permitting. A link without loss is done
after `count`; on a lossy one, where the call's grade turns on the loss figure, twice the sample
halves its variance (docs/checks/network.md, "How many STUN requests").
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
    # The send number of each answered request (aligned with rtts_ms), and how many send
    # numbers apart two requests are that are 20 ms apart, the spacing of a call's packets.
    indices: list[int] = field(default_factory=list)
    jitter_gap: int = 1

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
        if len(self.indices) == len(self.rtts_ms):
            paired = latency.jitter_at_gap_ms(dict(zip(self.indices, self.rtts_ms, strict=True)),
                                              self.jitter_gap)
            if paired is not None:
                return paired
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
    count: int = 150,
    interval_s: float = 0.01,
    timeout_s: float = 1.0,
    cancel: threading.Event | None = None,
    extend_to: int | None = None,
    max_s: float | None = None,
    call_spacing_s: float = 0.02,
) -> StunBurstResult:
    """Send `count` Binding requests `interval_s` apart to `server` ("host:port"), then wait up
    to `timeout_s` for late answers. When the `count`-th is sent and an earlier one is lost
    while another was answered, go on to `extend_to` requests. Everything (the name lookup
    too) ends within `max_s`: an extension is cut to what fits, and the wait for late answers
    too. Jitter pairs requests `call_spacing_s` apart (a call's 20 ms packets). Never raises
    for network trouble: it is in the result."""
    from aioice import stun

    cancel = cancel or threading.Event()
    began = time.perf_counter()
    deadline = began + max_s if max_s is not None else float("inf")
    result = StunBurstResult(jitter_gap=max(1, round(call_spacing_s / interval_s))
                             if interval_s > 0 else 1)
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
        limit = count
        while not cancel.is_set():
            now = time.perf_counter()
            if result.sent < limit and now >= next_send and now + timeout_s > deadline \
                    and result.sent > 0:
                # No time left to wait for another answer (a slow name lookup ate it): stop
                # sending, and wait for the ones out until the deadline.
                limit = result.sent
                end = deadline
            if result.sent < limit and now >= next_send:
                request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
                try:
                    sock.sendto(bytes(request), address)
                    sent_at[request.transaction_id] = (result.sent, time.perf_counter())
                except OSError:  # e.g. no route: counts as sent and lost
                    pass
                result.sent += 1
                next_send = start + result.sent * interval_s
                if result.sent == count and extend_to is not None and extend_to > count:
                    limit = _extended(count, extend_to, sent_at, rtts, interval_s, timeout_s,
                                      deadline)
                if result.sent == limit:
                    end = min(time.perf_counter() + timeout_s, deadline)
                continue
            if end is not None and (now >= end or len(rtts) == result.sent):
                break
            wait = (next_send if result.sent < limit else (end or now)) - now
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
    result.indices = sorted(rtts)
    result.rtts_ms = [rtts[i] for i in result.indices]
    logger.debug("stun burst: sent %d, answered %d", result.sent, result.received)
    return result


def _extended(count: int, extend_to: int, sent_at: dict[bytes, tuple[int, float]],
              rtts: dict[int, float], interval_s: float, timeout_s: float,
              deadline: float) -> int:
    """How many requests the burst sends in all, decided when the `count`-th is out: more
    (up to `extend_to`, as many as end with their wait before `deadline`) only when some
    answered and one is already lost: unanswered for over twice the slowest answer so far
    (at least 0.2 s). A loss-free link, or UDP blocked, stops at `count`."""
    if not rtts:
        return count
    now = time.perf_counter()
    horizon = now - max(0.2, 2.0 * max(rtts.values()) / 1000.0)
    if not any(i not in rtts and t < horizon for i, t in sent_at.values()):
        return count
    room = int((deadline - now - timeout_s) / interval_s) if interval_s > 0 else extend_to
    return count + max(0, min(extend_to - count, room))
