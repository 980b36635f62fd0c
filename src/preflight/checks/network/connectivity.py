"""Connectivity (`network`): can this computer reach the video visit's services, and does the
fast kind of video traffic (UDP) get through?

Sub-checks, run at the same time, each with its own timeout, the whole check bounded by
`[network] check_max_s` (the issue's promise: at most 6 s even when everything is blocked):
DNS names resolve; HTTPS (TCP + TLS handshake, certificate verified) to each configured host,
through the proxy when one is set; a proxy in use; a captive portal (a known-answer URL); and
a burst of STUN requests for UDP round trip, jitter and loss. When UDP is blocked but TCP 443
works, video still goes through a relay: that is a warning, not a failure.

Each problem is a finding of its own (`DESCRIPTOR`), judged by the pure `assess`; a STUN test
that could not be sent at all (`udp_not_tested`: no server set, or its name did not resolve)
is told apart from UDP being blocked, although the patient reads the same words for both.

Privacy: no addresses of this computer in metrics or logs (the STUN answer's reflexive address
is reduced to `reflexive_address_found`); only the organisation's configured host names.
"""

from __future__ import annotations

import functools
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

from preflight.checks.network import link
from preflight.checks.network.link import VPN_KINDS, LinkInfo
from preflight.checks.network.shared import (
    ADVICE_PAUSE,
    ADVICE_RESTART,
    ADVICE_ROUTER,
    ADVICE_VPN,
    CONNECTION_STEP,
)
from preflight.checks.network.stun import StunBurstResult, parse_host_port, stun_burst
from preflight.checks.network.turn import (
    TRANSPORTS,
    RelayProbe,
    TurnTest,
    one_per_transport,
    run_turn_test,
)
from preflight.config import parse_turn_url
from preflight.engine.check import Check, CheckContext
from preflight.engine.deadline import Task, start
from preflight.engine.findings import (
    Buckets,
    Choice,
    Descriptor,
    FindingSpec,
    Flags,
    MetricSpec,
)
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

_TIMED_OUT = object()


def _start_all(tasks: Mapping[str, Callable[[], Any]]) -> dict[str, Task[Any]]:
    """Each sub-check in its own daemon thread. Daemon threads, not an executor: a name lookup
    stuck in the system resolver cannot be interrupted, and must neither delay the verdict nor
    the exit."""
    return {name: start(fn, name=f"network-{name}") for name, fn in tasks.items()}


def _collect(
    running: Mapping[str, Task[Any]], until: float, cancel: threading.Event
) -> dict[str, Any]:
    """What each sub-check returned once all are done, `time.monotonic()` passes `until`, or
    `cancel` is set. One still running reads as `_TIMED_OUT`; one that raised, as its
    exception (a sub-check's bug is one failed sub-check)."""
    for task in running.values():
        task.wait(until, cancel)
    results: dict[str, Any] = {}
    for name, task in running.items():
        if not task.done:
            results[name] = _TIMED_OUT
        elif task.error is not None:
            logger.warning("network sub-check %s failed: %s", name, type(task.error).__name__)
            results[name] = task.error
        else:
            results[name] = task.value
    return results


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
class Probes:
    """What the sub-checks found, for `assess`."""

    dns: dict[str, bool] = field(default_factory=dict)
    https: list[HttpsProbe] = field(default_factory=list)
    proxy: bool = False
    captive_portal: bool | None = None
    stun: StunBurstResult | None = None
    turn: TurnTest | None = None  # None: no relay configured
    link: LinkInfo = field(default_factory=LinkInfo)  # the Wi-Fi and VPN (absent: unknown)


_UNREACHABLE = tr_noop("Your computer can't reach the video visit service.")
_UDP_BLOCKED = tr_noop(
    "Your network blocks the fastest kind of video connection, but video can still work "
    "through a backup route."
)
_UDP_BLOCKED_ADVICE = (
    ADVICE_VPN,
    tr_noop("If the video is choppy during the visit, try another network (for example your "
            "home Wi-Fi instead of a work or hotel network)."),
)
_TOO_UNSTEADY = tr_noop(
    "Your connection is too unsteady for video right now; a phone visit may be better."
)
_UNSTEADY = tr_noop("Your connection is a little unsteady, so the video may freeze at times.")
_QUALITY_ADVICE = (ADVICE_ROUTER, ADVICE_PAUSE, ADVICE_RESTART)
# The relay test's infrastructure findings: the video service's own relay, not the patient's
# network (house rule: what is down is said to be down).
# What each transport's relay did, in a word (metrics `turn_udp`, `turn_tcp`, `turn_tls`; the
# support code's relay fields): it worked, nothing answered (blocked, down, not found), or the
# relay answered and refused us (credentials, quota, a server error).
RELAY_OUTCOMES = ("ok", "no_answer", "refused")
_RELAY_WORDS = {
    "ok": tr_noop("works"),
    "no_answer": tr_noop("no answer"),
    "refused": tr_noop("refused us"),
}
_RELAY_LABELS = {
    "udp": tr_noop("Video relay over UDP"),
    "tcp": tr_noop("Video relay over TCP"),
    "tls": tr_noop("Video relay over TLS"),
}
# The local link (issue 18, item 3): the Wi-Fi signal and band, and a VPN in the route.
_VPN_WORDS = {
    link.NO_VPN: tr_noop("none"),
    "wireguard": tr_noop("WireGuard"),
    "openvpn": tr_noop("OpenVPN"),
    "anyconnect": tr_noop("Cisco AnyConnect"),
    "globalprotect": tr_noop("GlobalProtect"),
    "tunnel": tr_noop("a VPN or tunnel"),
}
_BAND_WORDS = {"2.4": tr_noop("2.4 GHz"), "5": tr_noop("5 GHz"), "6": tr_noop("6 GHz")}
# A UDP quality finding, or video only through a slower relay route: what makes the Wi-Fi's
# weak-but-usable signal and a VPN worth mentioning (house rule: no false alarm).
_POOR_QUALITY = frozenset({"udp_rtt_too_high", "udp_loss_too_high", "udp_rtt_high",
                           "udp_jitter_high", "udp_loss_high", "turn_tcp_only"})
_RELAY_OURS_ADVICE = (
    tr_noop("You don't need to change anything for this. If the video does not start during "
            "the visit, call the support line."),
)

DESCRIPTOR = Descriptor(
    id="network",
    title=tr_noop("Internet connection"),
    check="preflight.checks.network.connectivity:NetworkCheck",
    resources=frozenset({"network"}),
    deadline_s=7.0,
    # Worst first, in the order `assess` tries them. The support code numbers findings in
    # this order: add new ones at the end.
    findings=(
        FindingSpec(
            "ok",
            Status.PASS,
            tr_noop("Your internet connection can reach the video visit service."),
        ),
        FindingSpec(
            "offline",  # no name resolved, no TCP connection, no UDP answer
            Status.FAIL,
            tr_noop("Your computer doesn't seem to be connected to the internet."),
            (
                tr_noop("Check that Wi-Fi is turned on and connected, or that the network "
                        "cable is plugged in."),
                ADVICE_RESTART,
                ADVICE_VPN,
            ),
            tr_noop("The computer is not connected to the internet: ask the caller to check "
                    "that Wi-Fi is on and connected (or the network cable is plugged in), to "
                    "restart the computer and router, and to try without a VPN."),
        ),
        FindingSpec(
            "captive_portal",
            Status.FAIL,
            tr_noop("Your Wi-Fi network wants you to sign in before you can use the internet."),
            (
                tr_noop("Open your web browser and follow the steps on the page that appears "
                        "(you may need to accept terms or enter a code)."),
                tr_noop("Then {check_again}."),
            ),
            tr_noop("A Wi-Fi sign-in page holds back the internet: ask the caller to open a web "
                    "browser, finish the steps on the page that appears, then run Preflight "
                    "again."),
        ),
        FindingSpec(
            "https_blocked",  # TCP connect or the proxy failed for a configured service
            Status.FAIL,
            _UNREACHABLE,
            (ADVICE_VPN, ADVICE_RESTART),
            tr_noop("The visit's services could not be reached: a Wi-Fi sign-in page, firewall "
                    "or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try "
                    "another network."),
        ),
        FindingSpec(
            "https_tls_failed",  # a TLS handshake failed (certificate not trusted, or cut)
            Status.FAIL,
            _UNREACHABLE,
            (
                tr_noop("Security software or a network filter may be blocking secure "
                        "connections. If you can, try another network (for example your "
                        "phone's hotspot)."),
                ADVICE_VPN,
                ADVICE_RESTART,
            ),
            tr_noop("Secure connections to the visit's services failed their certificate "
                    "check: security software or a network filter may be intercepting them. "
                    "Ask the caller to try another network, such as a phone hotspot."),
        ),
        FindingSpec(
            "https_via_proxy",  # with https_blocked or https_tls_failed, when a proxy is set
            Status.FAIL,
            _UNREACHABLE,
            (tr_noop("Your computer uses a proxy server. Ask whoever manages it to allow the "
                     "video visit service."),),
            tr_noop("The caller's computer uses a proxy server, and the visit's services could "
                    "not be reached through it: whoever manages the proxy needs to allow "
                    "them."),
        ),
        FindingSpec(
            "udp_blocked",  # STUN requests went out, none came back; TCP 443 works
            Status.WARN,
            _UDP_BLOCKED,
            _UDP_BLOCKED_ADVICE,
            tr_noop("Call traffic (UDP) is blocked: the call may fall back to a slower path. If "
                    "video fails, try another network or ask the network's IT to allow UDP."),
        ),
        FindingSpec(
            # No STUN request could be sent: no server configured, or its name did not
            # resolve. The patient hears what they heard before; the agent learns that the
            # test itself, not the caller's network, may be what is missing.
            "udp_not_tested",
            Status.WARN,
            _UDP_BLOCKED,
            _UDP_BLOCKED_ADVICE,
            tr_noop("UDP was not tested: the STUN server in the settings ([network] "
                    "stun_server) is not set or its name could not be looked up. Video may "
                    "still work; if every caller sees this, check the organisation's "
                    "configuration."),
        ),
        FindingSpec(
            "udp_rtt_too_high",
            Status.FAIL,
            _TOO_UNSTEADY,
            _QUALITY_ADVICE,
            tr_noop("The connection has a long delay (a round trip of {rtt_fail_ms} ms or "
                    "more): use a cable or move closer to the router, and restart the router "
                    "if it persists."),
        ),
        FindingSpec(
            "udp_loss_too_high",
            Status.FAIL,
            _TOO_UNSTEADY,
            _QUALITY_ADVICE,
            tr_noop("The connection loses data ({loss_fail_pct}% of packets or more): move "
                    "closer to the Wi-Fi router or use a cable, and pause downloads and "
                    "streaming at home."),
        ),
        FindingSpec(
            "udp_rtt_high",
            Status.WARN,
            _UNSTEADY,
            _QUALITY_ADVICE,
            tr_noop("The connection has a long delay (a round trip of {rtt_warn_ms} ms or "
                    "more): use a cable or move closer to the router, and restart the router "
                    "if it persists."),
        ),
        FindingSpec(
            "udp_jitter_high",
            Status.WARN,
            _UNSTEADY,
            _QUALITY_ADVICE,
            tr_noop("The connection's delay varies a lot ({jitter_warn_ms} ms or more from one "
                    "packet to the next): use a cable or move closer to the router, and pause "
                    "downloads and streaming at home."),
        ),
        FindingSpec(
            "udp_loss_high",
            Status.WARN,
            _UNSTEADY,
            _QUALITY_ADVICE,
            tr_noop("The connection loses data ({loss_warn_pct}% of packets or more): move "
                    "closer to the Wi-Fi router or use a cable, and pause downloads and "
                    "streaming at home."),
        ),
        FindingSpec(
            "dns_failed",  # some configured names did not resolve (the others work)
            Status.WARN,
            tr_noop("Your connection works, but some of the visit's services could not be "
                    "found."),
            (ADVICE_VPN, ADVICE_RESTART),
            tr_noop("Internet names could not be looked up: restart the router, or try another "
                    "network such as a phone hotspot."),
        ),
        # The TURN relay test ([network] turn_servers; silent when none is configured).
        FindingSpec(
            "turn_tcp_only",  # the relay works over TCP or TLS only; UDP to it was tried
            Status.WARN,
            tr_noop("Video will work, but maybe at lower quality: your network lets it through "
                    "only a slower route."),
            _UDP_BLOCKED_ADVICE,
            tr_noop("The video service's relay works only over TCP or TLS; UDP to it is "
                    "blocked. Video will work, maybe at lower quality: if it is poor, "
                    "try without a VPN or another network, or ask the network's IT to allow "
                    "UDP to the relay."),
        ),
        FindingSpec(
            "turn_blocked",  # no transport reached the relay, HTTPS works
            Status.FAIL,
            tr_noop("Your network blocks video calls."),
            (tr_noop("Try another network (for example your phone's hotspot), or ask for a "
                     "phone visit."),),
            tr_noop("The caller's network blocks the video relay on every route tried (UDP, "
                    "TCP, TLS on 443) while web pages work: video cannot connect. Ask them to "
                    "try another network, such as a phone hotspot, or arrange a phone visit. "
                    "If many callers see this at once, check that the relay is up."),
        ),
        FindingSpec(
            "turn_refused",  # the relay answered with an error (credentials, quota, ...)
            Status.ERROR,
            tr_noop("The video service's relay refused us, so we could not test the route video "
                    "takes. This is a problem on our side, not with your network."),
            _RELAY_OURS_ADVICE,
            tr_noop("The video service's relay (TURN) refused Preflight: the relay credentials "
                    "in the settings ([network] turn_username and turn_credential, or the "
                    "service at turn_credential_url) are wrong or expired, or the relay is "
                    "full. This is the organisation's infrastructure, not the caller's "
                    "network: report it to IT."),
        ),
        FindingSpec(
            "turn_unreachable",  # TCP/TLS connections refused: nothing listens (server down)
            Status.ERROR,
            tr_noop("The video service's relay is not answering (it seems to be down), so we "
                    "could not test the route video takes. This is not a problem with your "
                    "network."),
            _RELAY_OURS_ADVICE,
            tr_noop("The video service's relay ([network] turn_servers) refused the "
                    "connection: it appears to be down. Report it to IT; the caller's network "
                    "is not the cause."),
        ),
        FindingSpec(
            "turn_not_found",  # the relay's name did not resolve while the other names did
            Status.ERROR,
            tr_noop("The video service's relay could not be found, so we could not test the "
                    "route video takes. This is not a problem with your network."),
            _RELAY_OURS_ADVICE,
            tr_noop("The relay's name in [network] turn_servers could not be looked up while "
                    "other names could: check the name in the settings and the organisation's "
                    "DNS. The caller's network is not the cause."),
        ),
        FindingSpec(
            "turn_credentials_failed",  # [network] turn_credential_url gave nothing usable
            Status.ERROR,
            tr_noop("We could not get a sign-in for the video service's relay, so we could not "
                    "test the route video takes. This is a problem on our side, not with your "
                    "network."),
            _RELAY_OURS_ADVICE,
            tr_noop("The relay credential service ([network] turn_credential_url) gave "
                    "Preflight no usable credential or relay address (unreachable, an error, "
                    "or an answer without a username and password): check that service. The "
                    "caller's network is not the cause."),
        ),
        # The local link (issue 18, item 3); each absent where its sensor does not exist.
        FindingSpec(
            "wifi_weak",  # signal at or below wifi_poor_dbm, or wifi_weak_dbm with poor quality
            Status.WARN,
            tr_noop("Your Wi-Fi signal is weak where you are, so the video may freeze."),
            (tr_noop("Move closer to your Wi-Fi router, or connect with a network cable if "
                     "you can."),),
            tr_noop("The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video "
                    "calls need about -67 dBm): ask them to move closer to the router, or to "
                    "use a network cable."),
        ),
        FindingSpec(
            "vpn_in_route",  # a VPN or tunnel carries the traffic, and a quality metric is poor
            Status.WARN,
            tr_noop("Your connection goes through a VPN, which can slow down the video."),
            (tr_noop("If you can, turn off the VPN for the visit, then {check_again}."),),
            tr_noop("The caller's traffic goes through a VPN or tunnel, and the connection is "
                    "slow or unsteady: ask them to try without the VPN (or with a split "
                    "tunnel for the video service)."),
        ),
        FindingSpec(
            # On 2.4 GHz while the same network is seen on 5 GHz, or while the signal, the
            # link rate or the connection is poor: a gentle hint, never a warning.
            "wifi_band_hint",
            Status.PASS,
            tr_noop("Your Wi-Fi uses the slower 2.4 GHz band."),
            # A hint (a PASS finding with advice, never the verdict): no help-desk text.
            (tr_noop("If your router also offers a 5 GHz network (its name often ends in "
                     "\"5G\"), connect to that one: it is usually faster and steadier."),),
        ),
    ),
    step=CONNECTION_STEP,
    code_fields=(
        # 7 bits. The main finding says what was worst; these say what came with it: names
        # that did not resolve, a proxy in the way, and the UDP figures in buckets whose edges
        # are the [network] thresholds (loss 100% = UDP blocked).
        Flags("dns", ("dns_failed",)),
        Flags("proxy", ("https_via_proxy",)),
        Buckets("udp_loss_pct", "udp_loss_pct", tr_noop("UDP loss"), "%",
                (1.0, "loss_warn_pct", "loss_fail_pct", 20.0, 100.0)),
        Buckets("udp_rtt_ms", "udp_rtt_ms", tr_noop("UDP round trip"), "ms",
                ("rtt_warn_ms", "rtt_fail_ms")),
        # 8 bits: the TURN relay per transport (unknown = not configured), and the round trip
        # through the first that works, in buckets at the same thresholds as UDP's.
        *(Choice(f"turn_{t}", f"turn_{t}", _RELAY_LABELS[t], RELAY_OUTCOMES, _RELAY_WORDS)
          for t in TRANSPORTS),
        Buckets("turn_rtt_ms", "turn_rtt_ms", tr_noop("Relay round trip"), "ms",
                ("rtt_warn_ms", "rtt_fail_ms")),
        # 10 bits: the local link - the Wi-Fi signal at the [network] thresholds, its band, its
        # link rate, the VPN in the route (unknown: no Wi-Fi, or not known) and the band hint.
        Buckets("wifi_signal_dbm", "wifi_signal_dbm", tr_noop("Wi-Fi signal"), "dBm",
                ("wifi_poor_dbm", "wifi_weak_dbm")),
        Choice("wifi_band_ghz", "wifi_band_ghz", tr_noop("Wi-Fi band"), link.BANDS,
               _BAND_WORDS),
        Buckets("wifi_rate_mbps", "wifi_rate_mbps", tr_noop("Wi-Fi link rate"), "Mbit/s",
                ("wifi_rate_poor_mbps", 54.0)),
        Choice("vpn", "vpn", tr_noop("VPN or tunnel in the route"), (link.NO_VPN, *VPN_KINDS),
               _VPN_WORDS),
        Flags("wifi_band", ("wifi_band_hint",)),
    ),
    metrics=(
        MetricSpec("dns_ok", tr_noop("Names looked up (DNS)"),
                   help="every configured name resolved", doc_unit="bool"),
        MetricSpec("https_ok", tr_noop("Visit services reached"),
                   help="every configured service answered TCP + TLS", doc_unit="bool"),
        MetricSpec("https_failed", tr_noop("Services not reached"),
                   help="configured services that did not", doc_unit="list of host names"),
        MetricSpec("proxy", tr_noop("Proxy server in use"), help="a proxy is configured",
                   doc_unit="bool"),
        MetricSpec("captive_portal", tr_noop("Wi-Fi sign-in page"),
                   help="a sign-in page intercepts web traffic (null: probe unreachable)",
                   doc_unit="bool or null"),
        MetricSpec("udp_ok", tr_noop("Fast video connection (UDP)"),
                   help="whether STUN over UDP works", doc_unit="bool"),
        MetricSpec("reflexive_address_found", tr_noop("Public address found"),
                   help="the STUN server returned our public address (the address itself is "
                        "never recorded)", doc_unit="bool", shown=False),
        MetricSpec("udp_rtt_ms", tr_noop("Round trip (UDP)"), "ms",
                   "round trip over the STUN burst", digits=0),
        MetricSpec("udp_jitter_ms", tr_noop("Delay variation (UDP)"), "ms",
                   "variation of the round trip over the STUN burst", digits=0),
        MetricSpec("udp_loss_pct", tr_noop("Data lost (UDP)"), "%",
                   "the share of STUN requests without an answer", digits=0),
        MetricSpec("tcp_fallback_ok", tr_noop("Backup route for video (TCP 443)"),
                   help="with UDP blocked, TCP 443 still works (video through a relay)",
                   doc_unit="bool"),
        # The TURN relay test: present only when a relay is configured.
        MetricSpec("turn_udp", _RELAY_LABELS["udp"],
                   help="`ok`: a relay was allocated over UDP and the burst came back through "
                        "it; `no_answer`: nothing came back (blocked, down, or not found); "
                        "`refused`: the relay answered with an error (credentials, quota); "
                        "null: no UDP relay configured", doc_unit="code or null",
                   words=_RELAY_WORDS),
        MetricSpec("turn_udp_rtt_ms", tr_noop("Relay round trip (UDP)"), "ms",
                   "median time of the burst's packets from this computer through the relay "
                   "and back", digits=0),
        MetricSpec("turn_udp_loss_pct", tr_noop("Relay data lost (UDP)"), "%",
                   "the share of the burst's packets that did not come back", digits=0),
        MetricSpec("turn_udp_problem", tr_noop("Relay problem (UDP)"),
                   help="why the relay did not work: refused, server_error, dns, closed, tls, "
                        "timeout, unreachable, cancelled (empty: it worked)", doc_unit="text",
                   shown=False),
        MetricSpec("turn_tcp", _RELAY_LABELS["tcp"], help="the same over TCP",
                   doc_unit="code or null", words=_RELAY_WORDS),
        MetricSpec("turn_tcp_rtt_ms", tr_noop("Relay round trip (TCP)"), "ms",
                   "the same over TCP", digits=0),
        MetricSpec("turn_tcp_loss_pct", tr_noop("Relay data lost (TCP)"), "%",
                   "the same over TCP", digits=0),
        MetricSpec("turn_tcp_problem", tr_noop("Relay problem (TCP)"),
                   help="the same over TCP", doc_unit="text", shown=False),
        MetricSpec("turn_tls", _RELAY_LABELS["tls"],
                   help="the same over TLS (turns:, usually port 443)", doc_unit="code or null",
                   words=_RELAY_WORDS),
        MetricSpec("turn_tls_rtt_ms", tr_noop("Relay round trip (TLS)"), "ms",
                   "the same over TLS", digits=0),
        MetricSpec("turn_tls_loss_pct", tr_noop("Relay data lost (TLS)"), "%",
                   "the same over TLS", digits=0),
        MetricSpec("turn_tls_problem", tr_noop("Relay problem (TLS)"),
                   help="the same over TLS", doc_unit="text", shown=False),
        MetricSpec("turn_rtt_ms", tr_noop("Relay round trip"), "ms",
                   "the round trip through the first relay that works, in the order a call "
                   "tries them (UDP, TCP, TLS)", digits=0, shown=False),
        MetricSpec("turn_s", tr_noop("Relay test time"), "s",
                   "how long the relay test took, all transports at once", shown=False),
        # The local link: present only where the sensor exists (a Wi-Fi link in use, a route).
        MetricSpec("wifi_signal_dbm", tr_noop("Wi-Fi signal"), "dBm",
                   "signal strength of the Wi-Fi link in use (iw on Linux; system_profiler "
                   "or wdutil on macOS; netsh on Windows: its Rssi, else its percentage as "
                   "-100 + pct/2); absent without Wi-Fi", digits=0),
        MetricSpec("wifi_band_ghz", tr_noop("Wi-Fi band"),
                   help="`2.4`, `5` or `6` (GHz), from the link's frequency or channel",
                   doc_unit="code", words=_BAND_WORDS),
        MetricSpec("wifi_rate_mbps", tr_noop("Wi-Fi link rate"), "Mbit/s",
                   "the link's bitrate (the slower of receive and transmit when both are "
                   "known): the radio's rate, not the internet speed", digits=0),
        MetricSpec("vpn", tr_noop("VPN or tunnel in the route"),
                   help="what carries the route to the internet: `none`, `wireguard`, "
                        "`openvpn`, `anyconnect`, `globalprotect`, `tunnel` (another VPN or "
                        "tunnel); absent when it could not be read", doc_unit="code",
                   words=_VPN_WORDS),
    ),
)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def assess(p: Probes, cfg: Mapping[str, Any]) -> CheckResult:
    """Pure decision logic: `[network]` thresholds applied to what the sub-checks found.

    Being offline or behind a sign-in page explains everything else, so each is reported
    alone. Otherwise the services' reachability is judged first, then (only when they are
    reachable) UDP and its quality; names that did not resolve are reported with any of them.
    """
    stun = p.stun or StunBurstResult()
    dns_ok = bool(p.dns) and all(p.dns.values())
    https_failed = [probe.host for probe in p.https if not probe.tls_ok]
    https_ok = bool(p.https) and not https_failed
    tcp_fallback_ok = any(probe.tcp_ok for probe in p.https)
    metrics: dict[str, Any] = {
        "dns_ok": dns_ok,
        "https_ok": https_ok,
        "https_failed": https_failed,
        "proxy": p.proxy,
        "captive_portal": p.captive_portal,
        "udp_ok": stun.udp_ok,
        "reflexive_address_found": stun.reflexive_address_found,
        "udp_rtt_ms": _r(stun.rtt_ms),
        "udp_jitter_ms": _r(stun.jitter_ms),
        "udp_loss_pct": _r(stun.loss_pct),
        "tcp_fallback_ok": tcp_fallback_ok,
    }
    found: list[Finding] = []

    def finding(name: str, limit_key: str | None = None, **values: Any) -> None:
        limits = {limit_key: cfg[limit_key]} if limit_key else {}
        found.append(DESCRIPTOR.finding(name, limits=limits, **values))

    if not any(p.dns.values()) and not tcp_fallback_ok and not stun.udp_ok:
        finding("offline")
        return DESCRIPTOR.result(found, **metrics)
    if p.captive_portal:
        finding("captive_portal")
        return DESCRIPTOR.result(found, **metrics)

    if https_failed:
        tls = any(probe.problem == "tls" for probe in p.https if not probe.tls_ok)
        finding("https_tls_failed" if tls else "https_blocked", hosts=https_failed)
        if p.proxy:
            finding("https_via_proxy", hosts=https_failed)
    elif not stun.udp_ok:
        untested = stun.sent == 0 and (bool(stun.error) or not cfg["stun_server"])
        finding("udp_not_tested" if untested else "udp_blocked")
    else:
        rtt, jitter, loss = stun.rtt_ms or 0.0, stun.jitter_ms or 0.0, stun.loss_pct or 0.0
        if rtt >= cfg["rtt_fail_ms"]:
            finding("udp_rtt_too_high", "rtt_fail_ms", udp_rtt_ms=_r(rtt))
        elif rtt >= cfg["rtt_warn_ms"]:
            finding("udp_rtt_high", "rtt_warn_ms", udp_rtt_ms=_r(rtt))
        if loss >= cfg["loss_fail_pct"]:
            finding("udp_loss_too_high", "loss_fail_pct", udp_loss_pct=_r(loss))
        elif loss >= cfg["loss_warn_pct"]:
            finding("udp_loss_high", "loss_warn_pct", udp_loss_pct=_r(loss))
        if jitter >= cfg["jitter_warn_ms"]:
            finding("udp_jitter_high", "jitter_warn_ms", udp_jitter_ms=_r(jitter))

    if not dns_ok:
        finding("dns_failed", names=[name for name, ok in p.dns.items() if not ok])
    if p.turn is not None and p.turn.configured:
        metrics.update(turn_metrics(p.turn))
        if not https_failed:  # unreachable services already explain a relay out of reach
            # The relay is the route video really takes: what it says comes first.
            found[:0] = _assess_turn(p.turn, dns_ok)
    metrics.update(link.metrics_of(p.link))
    found.extend(_assess_link(p.link, found, cfg))
    if all(f.level is Status.PASS for f in found):  # nothing wrong: a hint is not the verdict
        found.insert(0, DESCRIPTOR.finding("ok"))
    return DESCRIPTOR.result(found, **metrics)


def _assess_link(info: LinkInfo, found: list[Finding], cfg: Mapping[str, Any]) -> list[Finding]:
    """The local link's findings. A weak-but-usable signal and a VPN are mentioned only when a
    quality figure is poor too (no false alarm); a very weak signal always is. Nothing is said
    where the sensor does not exist."""
    poor = any(f.id.partition(".")[2] in _POOR_QUALITY for f in found)
    out: list[Finding] = []
    wifi = info.wifi
    if wifi is not None:
        signal, rate = wifi.signal_dbm, wifi.rate_mbps
        weak = signal is not None and signal <= cfg["wifi_weak_dbm"]
        if signal is not None and (signal <= cfg["wifi_poor_dbm"] or (weak and poor)):
            out.append(DESCRIPTOR.finding("wifi_weak", wifi_signal_dbm=signal,
                                          limits={"wifi_weak_dbm": cfg["wifi_weak_dbm"]}))
        slow = rate is not None and rate < cfg["wifi_rate_poor_mbps"]
        if wifi.band_ghz == "2.4" and (wifi.other_band_seen or weak or slow or poor):
            out.append(DESCRIPTOR.finding("wifi_band_hint", wifi_band_ghz=wifi.band_ghz))
    if info.vpn in VPN_KINDS and poor:
        out.append(DESCRIPTOR.finding("vpn_in_route", vpn=info.vpn))
    return out


def relay_outcome(probe: RelayProbe) -> str:
    """One of RELAY_OUTCOMES for a transport's probe."""
    if probe.works:
        return "ok"
    return "refused" if probe.problem in ("refused", "server_error") else "no_answer"


def turn_metrics(test: TurnTest) -> dict[str, Any]:
    metrics: dict[str, Any] = {}
    best_rtt = None
    for transport in TRANSPORTS:
        probe = test.probes.get(transport)
        metrics[f"turn_{transport}"] = relay_outcome(probe) if probe else None
        metrics[f"turn_{transport}_rtt_ms"] = _r(probe.rtt_ms) if probe else None
        metrics[f"turn_{transport}_loss_pct"] = _r(probe.loss_pct) if probe else None
        metrics[f"turn_{transport}_problem"] = (probe.problem or "") if probe else None
        if best_rtt is None and probe is not None and relay_outcome(probe) == "ok":
            best_rtt = _r(probe.rtt_ms)
    metrics["turn_rtt_ms"] = best_rtt
    metrics["turn_s"] = round(test.elapsed_s, 2)
    return metrics


def _assess_turn(test: TurnTest, dns_ok: bool) -> list[Finding]:
    """The relay test's verdict: UDP through the relay works -> nothing to say; only TCP or
    TLS -> video works, maybe at lower quality; nothing -> the network blocks video, unless
    the relay itself refused us, is down or cannot be found (the service's problem, not the
    patient's)."""
    if test.problem:  # "credentials" or "no_urls": the credential service gave nothing usable
        return [DESCRIPTOR.finding("turn_credentials_failed")]
    works = [t for t, probe in test.probes.items() if probe.works]
    if "udp" in works:
        return []
    if works:
        if "udp" not in test.probes:  # UDP was not tried: nothing is known to be missing
            return []
        return [DESCRIPTOR.finding("turn_tcp_only", transports=", ".join(works).upper())]
    problems = {probe.problem for probe in test.probes.values()}
    codes = [p.error_code for p in test.probes.values() if p.error_code is not None]
    if problems & {"refused", "server_error"}:
        return [DESCRIPTOR.finding("turn_refused", error_code=codes[0] if codes else None)]
    if problems == {"dns"}:
        # With no name resolving at all, `dns_failed` (or `offline`) says it already.
        return [DESCRIPTOR.finding("turn_not_found")] if dns_ok else []
    if "closed" in problems:
        return [DESCRIPTOR.finding("turn_unreachable")]
    return [DESCRIPTOR.finding("turn_blocked")]


class NetworkCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("network")
        dns_timeout = float(cfg["dns_timeout_s"])
        connect_timeout = float(cfg["connect_timeout_s"])
        budget = max(0.5, min(float(cfg["check_max_s"]), ctx.remaining() - 0.3))
        ctx.progress(0.05, tr("Checking your internet connection…"))

        names = [str(n) for n in cfg["dns_names"]]
        hosts = [str(h) for h in cfg["https_hosts"]]
        dns_tasks: dict[str, Callable[[], Any]] = {}
        other_tasks: dict[str, Callable[[], Any]] = {}
        for n, name in enumerate(names):
            dns_tasks[f"dns{n}"] = functools.partial(resolve, name)
        if cfg["stun_server"]:
            # The burst is the check's longest part (1.5 s on a clean link), so it starts
            # first, with its STUN library already imported: imported on its own thread,
            # beside the link diagnosis' pyroute2 (0.34 s) and the other lanes' imports,
            # aioice (0.08 s alone) started the burst 0.31-0.35 s late (full run, 5 Mbit/s /
            # 80 ms, 2026-12-02).
            import aioice.stun  # noqa: F401

            other_tasks["stun"] = lambda: stun_burst(
                str(cfg["stun_server"]),
                count=int(cfg["stun_requests"]),
                interval_s=float(cfg["stun_interval_ms"]) / 1000.0,
                timeout_s=float(cfg["stun_timeout_s"]),
                cancel=ctx.cancel_event,
                extend_to=int(cfg["stun_requests_lossy"]),
                max_s=max(0.5, budget - 0.3),  # its figures in before the check's verdict
            )
        for n, host in enumerate(hosts):
            other_tasks[f"https{n}"] = functools.partial(probe_https, host, connect_timeout)
        if cfg["captive_portal_url"]:
            other_tasks["captive"] = lambda: captive_portal(
                str(cfg["captive_portal_url"]), int(cfg["captive_portal_status"]), connect_timeout
            )
        if cfg["turn_servers"] or cfg["turn_credential_url"]:
            turn_budget = max(0.3, budget - 0.3)  # its verdict in before the check's own
            other_tasks["turn"] = lambda: run_turn_test(cfg, turn_budget, ctx.cancel_event)
        # The local link (Wi-Fi, VPN): OS tools, each bounded by link_timeout_s.
        other_tasks["link"] = functools.partial(link.diagnose, float(cfg["link_timeout_s"]))
        # Everything starts at once. DNS has its own, shorter timeout: a slow resolver is
        # itself the finding.
        began = time.monotonic()
        dns_running, other_running = _start_all(dns_tasks), _start_all(other_tasks)
        found = _collect(dns_running, began + min(dns_timeout, budget), ctx.cancel_event)
        found.update(_collect(other_running, began + budget, ctx.cancel_event))
        ctx.raise_if_cancelled()

        p = Probes(proxy=proxy_in_use())
        for n, name in enumerate(names):
            p.dns[name] = found.get(f"dns{n}") is True
        for n, host in enumerate(hosts):
            value = found.get(f"https{n}")
            if isinstance(value, HttpsProbe):
                p.https.append(value)
            else:
                p.https.append(HttpsProbe(parse_host_port(host, 443)[0], problem="timeout"))
        captive = found.get("captive")
        p.captive_portal = captive if isinstance(captive, bool) else None
        stun = found.get("stun")
        p.stun = stun if isinstance(stun, StunBurstResult) else StunBurstResult()
        if "turn" in other_tasks:
            turn = found.get("turn")
            p.turn = turn if isinstance(turn, TurnTest) else TurnTest(problem="")
            if not isinstance(turn, TurnTest):  # still running at the check's end, or raised
                urls = one_per_transport([parse_turn_url(str(u)) for u in cfg["turn_servers"]])
                p.turn.probes = {t: RelayProbe(t, problem="timeout") for t in urls or TRANSPORTS}
        diagnosed = found.get("link")
        p.link = diagnosed if isinstance(diagnosed, LinkInfo) else LinkInfo()
        result = assess(p, cfg)
        logger.info("network check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        return result
