"""Connectivity (`network`): can this computer reach the video visit's services, and does the
fast kind of video traffic (UDP) get through?

Sub-checks, run at the same time, each with its own timeout, the whole check bounded by
`[network] check_max_s` (the issue's promise: at most 6 s even when everything is blocked):
DNS names resolve; HTTPS (TCP + TLS handshake, certificate verified) to each configured host,
through the proxy when one is set; a proxy in use; a captive portal (a known-answer URL); and
a burst of STUN requests for UDP round trip, jitter and loss. When UDP is blocked but TCP 443
works, video still goes through a relay: that is a warning, not a failure.

Privacy: no addresses of this computer in metrics or logs (the STUN answer's reflexive address
is reduced to `reflexive_address_found`); only the organisation's configured host names.
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from preflight.checks.network.stun import StunBurstResult, parse_host_port, stun_burst
from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

_TIMED_OUT = object()

ADVICE_VPN = tr_noop("If you're on a work network or VPN, try without it.")
ADVICE_RESTART = tr_noop("Restart your computer and router, then press Check again.")
ADVICE_ROUTER = tr_noop("Move closer to your router, or connect with a network cable if you can.")
ADVICE_PAUSE = tr_noop("Pause other downloads or streaming (TV, games, backups) during the visit.")


def _run_concurrently(
    tasks: Mapping[str, Callable[[], Any]], budget_s: float, cancel: threading.Event
) -> dict[str, Any]:
    """Run each task in its own daemon thread; after `budget_s` (or a cancel), tasks still
    running read as `_TIMED_OUT`. Daemon threads, not an executor: a name lookup stuck in the
    system resolver cannot be interrupted, and must neither delay the verdict nor the exit."""
    results: dict[str, Any] = {}
    lock = threading.Lock()

    def wrap(name: str, fn: Callable[[], Any]) -> None:
        try:
            value = fn()
        except Exception as exc:  # a sub-check's bug is one failed sub-check
            logger.warning("network sub-check %s failed: %s", name, type(exc).__name__)
            value = exc
        with lock:
            results[name] = value

    threads = [
        threading.Thread(target=wrap, args=(n, f), name=f"network-{n}", daemon=True)
        for n, f in tasks.items()
    ]
    for t in threads:
        t.start()
    end = time.monotonic() + budget_s
    for t in threads:
        while t.is_alive() and not cancel.is_set():
            left = end - time.monotonic()
            if left <= 0:
                break
            t.join(min(left, 0.05))
    with lock:
        return {name: results.get(name, _TIMED_OUT) for name in tasks}


def resolve(name: str) -> bool:
    try:
        return bool(socket.getaddrinfo(name, 443, type=socket.SOCK_STREAM))
    except (OSError, UnicodeError):
        return False


@dataclass
class HttpsProbe:
    host: str
    tcp_ok: bool = False
    tls_ok: bool = False
    problem: str = ""  # "dns" | "connect" | "tls" | "proxy" | "timeout"


def _https_proxy_for(host: str) -> tuple[str, int] | None:
    proxies = urllib.request.getproxies()
    url = proxies.get("https") or proxies.get("all")
    if not url or urllib.request.proxy_bypass(host):
        return None
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or 8080


def probe_https(host_port: str, timeout_s: float) -> HttpsProbe:
    """TCP connect and TLS handshake (certificate and name verified), via the proxy if set."""
    host, port = parse_host_port(host_port, 443)
    probe = HttpsProbe(host)
    context = ssl.create_default_context()
    proxy = _https_proxy_for(host)
    if proxy is not None:
        conn = http.client.HTTPSConnection(proxy[0], proxy[1], timeout=timeout_s, context=context)
        conn.set_tunnel(host, port)
        try:
            conn.connect()  # CONNECT through the proxy, then TLS with the real host
            probe.tcp_ok = probe.tls_ok = True
        except ssl.SSLError:
            probe.tcp_ok, probe.problem = True, "tls"
        except (OSError, http.client.HTTPException):
            probe.problem = "proxy"
        finally:
            conn.close()
        return probe
    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except socket.gaierror:
        probe.problem = "dns"
        return probe
    except TimeoutError:
        probe.problem = "timeout"
        return probe
    except OSError:
        probe.problem = "connect"
        return probe
    probe.tcp_ok = True
    try:
        sock.settimeout(timeout_s)
        with context.wrap_socket(sock, server_hostname=host):
            probe.tls_ok = True
    except (ssl.SSLError, ssl.CertificateError):
        probe.problem = "tls"
    except OSError:
        probe.problem = "timeout"
    finally:
        sock.close()
    return probe


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirect is the answer we look for, not something to follow


def captive_portal(url: str, expected_status: int, timeout_s: float) -> bool | None:
    """True when the known-answer URL answers something else (a sign-in page); None when it
    could not be reached at all (then we cannot tell)."""
    opener = urllib.request.build_opener(_NoRedirect())
    try:
        with opener.open(urllib.request.Request(url, method="GET"), timeout=timeout_s) as reply:
            status = reply.status
            body = reply.read(1024) if status == 204 else b""
    except urllib.error.HTTPError as exc:
        status, body = exc.code, b""
    except (OSError, http.client.HTTPException, ValueError):
        return None
    if status != expected_status:
        return True
    return status == 204 and bool(body)


def proxy_in_use() -> bool:
    """Environment proxy variables, and the system proxy settings urllib reads on Windows and
    macOS (registry / SystemConfiguration)."""
    proxies = {k: v for k, v in urllib.request.getproxies().items() if k != "no" and v}
    return bool(proxies)


@dataclass
class Findings:
    dns: dict[str, bool] = field(default_factory=dict)
    https: list[HttpsProbe] = field(default_factory=list)
    proxy: bool = False
    captive_portal: bool | None = None
    stun: StunBurstResult | None = None


@dataclass
class Assessment:
    status: Status
    summary: str
    advice: list[str]
    metrics: dict[str, Any]


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def assess(f: Findings, cfg: Mapping[str, Any]) -> Assessment:
    """Pure decision logic: `[network]` thresholds applied to what the sub-checks found."""
    stun = f.stun or StunBurstResult()
    dns_ok = bool(f.dns) and all(f.dns.values())
    https_failed = [p.host for p in f.https if not p.tls_ok]
    https_ok = bool(f.https) and not https_failed
    tcp_fallback_ok = any(p.tcp_ok for p in f.https)
    metrics: dict[str, Any] = {
        "dns_ok": dns_ok,
        "https_ok": https_ok,
        "https_failed": https_failed,
        "proxy": f.proxy,
        "captive_portal": f.captive_portal,
        "udp_ok": stun.udp_ok,
        "reflexive_address_found": stun.reflexive_address_found,
        "udp_rtt_ms": _r(stun.rtt_ms),
        "udp_jitter_ms": _r(stun.jitter_ms),
        "udp_loss_pct": _r(stun.loss_pct),
        "tcp_fallback_ok": tcp_fallback_ok,
    }

    nothing_works = not any(f.dns.values()) and not tcp_fallback_ok and not stun.udp_ok
    if nothing_works:
        return Assessment(
            Status.FAIL,
            tr("Your computer doesn't seem to be connected to the internet."),
            [
                tr(
                    "Check that Wi-Fi is turned on and connected, or that the network "
                    "cable is plugged in."
                ),
                ADVICE_RESTART,
                ADVICE_VPN,
            ],
            metrics,
        )
    if f.captive_portal:
        return Assessment(
            Status.FAIL,
            tr("Your Wi-Fi network wants you to sign in before you can use the internet."),
            [
                tr(
                    "Open your web browser and follow the steps on the page that "
                    "appears (you may need to accept terms or enter a code)."
                ),
                tr("Then press Check again."),
            ],
            metrics,
        )
    if https_failed:
        advice = [ADVICE_VPN, ADVICE_RESTART]
        if any(p.problem == "tls" for p in f.https if not p.tls_ok):
            advice.insert(
                0,
                tr(
                    "Security software or a network filter may be blocking secure "
                    "connections. If you can, try another network (for example your "
                    "phone's hotspot)."
                ),
            )
        if f.proxy:
            advice.append(
                tr(
                    "Your computer uses a proxy server. Ask whoever manages it to "
                    "allow the video visit service."
                )
            )
        return Assessment(
            Status.FAIL,
            tr("Your computer can't reach the video visit service."),
            advice,
            metrics,
        )
    if not stun.udp_ok:
        return Assessment(
            Status.WARN,
            tr(
                "Your network blocks the fastest kind of video connection, but "
                "video can still work through a backup route."
            ),
            [
                ADVICE_VPN,
                tr(
                    "If the video is choppy during the visit, try another network (for "
                    "example your home Wi-Fi instead of a work or hotel network)."
                ),
            ],
            metrics,
        )

    rtt, jitter, loss = stun.rtt_ms or 0.0, stun.jitter_ms or 0.0, stun.loss_pct or 0.0
    quality_advice = [ADVICE_ROUTER, ADVICE_PAUSE, ADVICE_RESTART]
    if rtt >= cfg["rtt_fail_ms"] or loss >= cfg["loss_fail_pct"]:
        return Assessment(
            Status.FAIL,
            tr("Your connection is too unsteady for video right now; a phone visit may be better."),
            quality_advice,
            metrics,
        )
    if rtt >= cfg["rtt_warn_ms"] or jitter >= cfg["jitter_warn_ms"] or loss >= cfg["loss_warn_pct"]:
        return Assessment(
            Status.WARN,
            tr("Your connection is a little unsteady, so the video may freeze at times."),
            quality_advice,
            metrics,
        )
    if not dns_ok:
        return Assessment(
            Status.WARN,
            tr("Your connection works, but some of the visit's services could not be found."),
            [ADVICE_VPN, ADVICE_RESTART],
            metrics,
        )
    return Assessment(
        Status.PASS,
        tr("Your internet connection can reach the video visit service."),
        [],
        metrics,
    )


class NetworkCheck(Check):
    id = "network"
    title = "Internet connection"
    resources = frozenset({"network"})
    deadline_s = 7.0

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("network")
        dns_timeout = float(cfg["dns_timeout_s"])
        connect_timeout = float(cfg["connect_timeout_s"])
        budget = max(0.5, min(float(cfg["check_max_s"]), ctx.remaining() - 0.3))
        ctx.progress(0.05, tr("Checking your internet connection…"))

        tasks: dict[str, Callable[[], Any]] = {}
        names = [str(n) for n in cfg["dns_names"]]
        hosts = [str(h) for h in cfg["https_hosts"]]
        for n, name in enumerate(names):
            tasks[f"dns{n}"] = lambda name=name: resolve(name)
        for n, host in enumerate(hosts):
            tasks[f"https{n}"] = lambda host=host: probe_https(host, connect_timeout)
        if cfg["captive_portal_url"]:
            tasks["captive"] = lambda: captive_portal(
                str(cfg["captive_portal_url"]), int(cfg["captive_portal_status"]), connect_timeout
            )
        if cfg["stun_server"]:
            tasks["stun"] = lambda: stun_burst(
                str(cfg["stun_server"]),
                count=int(cfg["stun_requests"]),
                interval_s=float(cfg["stun_interval_ms"]) / 1000.0,
                timeout_s=float(cfg["stun_timeout_s"]),
                cancel=ctx.cancel_event,
            )
        # DNS has its own, shorter timeout: a slow resolver is itself the finding.
        dns_tasks = {k: v for k, v in tasks.items() if k.startswith("dns")}
        other_tasks = {k: v for k, v in tasks.items() if not k.startswith("dns")}
        found: dict[str, Any] = {}
        dns_thread_result: dict[str, Any] = {}
        dns_runner = threading.Thread(
            target=lambda: dns_thread_result.update(
                _run_concurrently(dns_tasks, min(dns_timeout, budget), ctx.cancel_event)
            ),
            name="network-dns",
            daemon=True,
        )
        dns_runner.start()
        found.update(_run_concurrently(other_tasks, budget, ctx.cancel_event))
        dns_runner.join(max(0.0, min(dns_timeout, budget)) + 0.2)
        found.update(dns_thread_result)
        ctx.raise_if_cancelled()

        f = Findings(proxy=proxy_in_use())
        for n, name in enumerate(names):
            f.dns[name] = found.get(f"dns{n}") is True
        for n, host in enumerate(hosts):
            value = found.get(f"https{n}")
            if isinstance(value, HttpsProbe):
                f.https.append(value)
            else:
                f.https.append(HttpsProbe(parse_host_port(host, 443)[0], problem="timeout"))
        captive = found.get("captive")
        f.captive_portal = captive if isinstance(captive, bool) else None
        stun = found.get("stun")
        f.stun = stun if isinstance(stun, StunBurstResult) else StunBurstResult()
        a = assess(f, cfg)
        logger.info("network check: %s %s", a.status.value, a.metrics)
        return self.result(a.status, a.summary, a.advice, **a.metrics)
