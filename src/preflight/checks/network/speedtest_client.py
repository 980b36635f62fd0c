"""speedtest-cli 2.1.3 as Preflight's bandwidth client, with its known defects worked around.

speedtest-cli is unmaintained (last release 2021) but still speaks the protocol every
speedtest.net (Ookla) and self-hosted "speedtest mini" server understands. We keep its protocol
code path: its configuration and server-list parsing, its server selection by latency
(`get_best_server`), its request builder, HTTP(S) opener (with proxy support) and download
worker threads, and the same URLs (`latency.txt`, `random{N}x{N}.jpg`, POSTs to `upload.php`).
We replace only what its design gets wrong (field notes; sivel/speedtest-cli issues):

* importing it crashes when sys.stdout is None (windowed or frozen app)   -> `import_speedtest`
* `Speedtest()` always fetches speedtest.net's config, even for one known server
                                                            -> `get_config` overridden
* a failed server list surfaces as "Unable to connect to servers"       -> `ServerListError`
* an unreachable server is "1,800,000 ms ping, 0 Mbit/s", no exception  -> `UnreachableError`
* its latency step hard-codes a 10 s timeout per request (a hung server cost 30 s)
                                                  -> run in a daemon thread under our deadline
* fixed 10 s phases                          -> our phase loop ends once the rate is stable
* upload pre-allocates ~177 MB                         -> `_StreamingUploadData` (no copies)
* upload counts bytes handed to the socket, not bytes the server received (+55 % at 1 Mbit/s),
  and counts them even when the server answers 500 (thousands of Mbit/s)
                                   -> we count only what the server acknowledged (`size=N`)
* cancellation: its worker threads poll a shutdown event        -> `_StopSignal` (ours + cancel)

And what made our own figures depend on how the server answers (issue 16):
* ping timed to the end of the body (2x RTT against a two-write server with Nagle on)
                                              -> `_TimedResponse`: to the answer's first byte
* upload POSTs sized from their own time, reply wait included (shrank to the floor against
  Nagle and close-per-response servers: -51 %, -75 %)  -> sending rate + reply wait; closing
  servers: 2x POSTs, a spare connection, twice the connections
* probes and POSTs ignored the proxy / paid a CONNECT per POST        -> `_Route` (kept alive)
* each upload connection idled a round trip after every POST, waiting for the reply that
  counted it (-15 to -63 % on long and lossy links)   -> on Linux, without a proxy, the bytes
  the server's TCP acknowledged count (`tcp_bytes_acked`): one long POST per connection
"""

from __future__ import annotations

import dataclasses
import http.client
import ipaddress
import itertools
import logging
import os
import re
import socket
import ssl
import statistics
import struct
import sys
import threading
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from preflight.checks.network import latency
from preflight.engine.deadline import Task, call_with_deadline
from preflight.i18n import tr

logger = logging.getLogger(__name__)

T = TypeVar("T")

_import_lock = threading.Lock()
# Kept open for the life of the process: speedtest-cli wraps the file descriptor of whatever
# sys.stdout was at import time, so the stand-in must outlive the import.
_devnull_for_import: Any = None


class SpeedtestUnavailableError(Exception):
    """speedtest-cli cannot be imported (a damaged installation)."""


def import_speedtest() -> types.ModuleType:
    """Import speedtest-cli even when sys.stdout/stderr are None (a windowed or frozen app).

    speedtest-cli wraps sys.stdout's file descriptor at import time and raises AttributeError
    on None (sivel/speedtest-cli#562). We lend it os.devnull for the import only.
    """
    global _devnull_for_import
    with _import_lock:
        if "speedtest" in sys.modules:
            return sys.modules["speedtest"]
        saved = (sys.stdout, sys.stderr)
        try:
            if sys.stdout is None or sys.stderr is None:
                if _devnull_for_import is None:
                    _devnull_for_import = open(os.devnull, "w", encoding="utf-8")
                if sys.stdout is None:
                    sys.stdout = _devnull_for_import
                if sys.stderr is None:
                    sys.stderr = _devnull_for_import
            import speedtest
        except Exception as exc:  # ImportError, or its import-time code failing
            raise SpeedtestUnavailableError(str(exc)) from exc
        finally:
            sys.stdout, sys.stderr = saved
        module: types.ModuleType = speedtest
        return module


# -- errors the bandwidth check turns into plain words --------------------------------------
class SpeedtestError(Exception):
    """A speed test that could not give an honest figure. `reason` is a stable short code."""

    reason = "failed"


class ConfigFetchError(SpeedtestError):
    reason = "config_failed"


class ServerListError(SpeedtestError):
    reason = "server_list_failed"


class UnreachableError(SpeedtestError):
    reason = "server_unreachable"


class ServerHungError(SpeedtestError):
    reason = "server_not_answering"


class DownloadFailedError(SpeedtestError):
    reason = "download_failed"


class SpeedtestCancelled(SpeedtestError):
    reason = "cancelled"


# What a provider's server said when it would not measure (`_reach`; issue 16's faults).
class RefusedError(SpeedtestError):
    """An HTTP error (403, 500 ...) where the provider's first answer should be."""

    reason = "server_refused"


class RateLimitedError(SpeedtestError):
    """HTTP 429: the provider asks us to wait (`retry_after_s`, from Retry-After, if given)."""

    reason = "rate_limited"

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class CertificateError(SpeedtestError):
    """The server's TLS certificate did not verify (a proxy inspecting HTTPS, a wrong clock,
    or not the server we asked for): nothing was measured through it."""

    reason = "certificate_invalid"


class BadAnswerError(SpeedtestError):
    """The server answered, but not as a speed test server does (a portal's or proxy's
    page, garbage)."""

    reason = "bad_answer"


@dataclass(frozen=True)
class Endpoints:
    """A speed test service other than speedtest.net's protocol (`preflight.checks.network.
    providers`): where its server answers the latency probes, the downloads and the upload
    POSTs, and how its answers read. Everything else (the phases, when they end, what counts)
    is `SpeedtestRunner`'s, the same for every provider."""

    label: str  # the service's name in the report ("Cloudflare", "Self-hosted")
    latency_url: str
    download_urls: tuple[str, ...]
    upload_url: str
    # True when a latency answer (status, first bytes of its body) is the service's.
    latency_ok: Callable[[int, bytes], bool]
    # Bytes a POST of `size` got acknowledged, from the reply's status and body; None when the
    # reply is not the service's (counted as a bad reply).
    upload_acked: Callable[[int, bytes, int], int | None]
    # The server's own time in an answer, in ms (Cloudflare's `Server-Timing: ...;dur=`), taken
    # off the round trip; 0 when it does not say.
    server_time_ms: Callable[[http.client.HTTPResponse], float] = lambda _response: 0.0


# speedtest-cli reports a failed latency probe as 3600 s per request (1,800,000 ms average).
_UNREACHABLE_PING_MS = 1_000_000.0


@dataclass
class SpeedtestOutcome:
    """What one run measured. Rates in Mbit/s (10^6 bit/s), times in ms."""

    server: dict[str, Any]
    ping_ms: float
    jitter_ms: float | None = None
    download_mbps: float | None = None
    upload_mbps: float | None = None
    bytes_down: int = 0
    bytes_up: int = 0
    loaded_latency_ms: float | None = None
    # Why the upload figure is missing, if it is: "refused" (the server answered errors),
    # "no_answer" (nothing acknowledged), or "" when measured.
    upload_problem: str = ""
    upload_http_errors: int = 0
    download_s: float = 0.0
    upload_s: float = 0.0
    # Confidence: whether each phase ended because its figure had settled (False: it ran out
    # of time still moving, e.g. on a lossy link), and how much the figure moved over the
    # phase's last second, as a fraction of it (None: too short to tell).
    download_stable: bool = False
    upload_stable: bool = False
    download_spread: float | None = None
    upload_spread: float | None = None
    # How the upload's bytes were counted: "tcp" (the server's TCP acknowledgements, where the
    # system tells: Linux, no proxy) or "replies" (its answer to each POST); "" with none.
    upload_counted: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class SpeedtestSettings:
    """How to run. `server_url` is a speedtest server's .../upload.php URL, or "" for
    speedtest.net's nearest server."""

    server_url: str = ""
    # The early-exit rule (docs/checks/network.md, "When a phase ends"), the same for every
    # provider's download and upload: a phase measures from the end of TCP's start-up (a few
    # round trips after its first byte, `_grace_s`), for at least `phase_min_s`, and ends as
    # soon as its figure has been steady over the last `stable_window_s` (the figure as it
    # stood at the window's start, middle and end within `stable_tolerance_fraction`), at the
    # latest after `phase_max_s`. Issue 16 asked for the whole check in half its 7-9 s: on the
    # lab matrix (0.8-50 Mbit/s x 30/120 ms x 0/3 % loss) 1 s after start-up and a 0.5 s window
    # kept the figures within the ±5 % of iperf3 that 3 s and a 1 s window had given.
    phase_max_s: float = 3.0
    # The whole measurement aims to end this long after it starts. A download that never looks
    # steady stops early enough to leave the upload its `phase_min_s`; the upload takes what is
    # left, at least 1 s.
    target_s: float = 5.0
    phase_min_s: float = 1.0
    stable_window_s: float = 0.5
    stable_tolerance_fraction: float = 0.03
    # Socket timeout for speedtest-cli's own requests (config, server list, downloads).
    request_timeout_s: float = 4.0
    # Time allowed to pick the server before we give up; the candidates of speedtest.net's
    # list are probed at once, and those that have not answered within `probe_deadline_s`
    # are left out (speedtest-cli asks them one after the other, 3 requests each).
    latency_budget_s: float = 4.0
    probe_deadline_s: float = 1.5
    idle_probes: int = 5
    # Download files from this size up (speedtest-cli's random{N}x{N}.jpg, N = 350 ... 4000).
    # Each file is a new connection (speedtest-cli closes them) with its own slow start; the
    # small files cost the most (20 Mbit/s, 80 ms: -3 to -5 % from 350, about 0 % from 1000).
    # Bytes are counted as they arrive, so big files are fine on slow links too.
    download_first_size: int = 1000
    upload_workers: int = 6
    # ... and on a link whose download is below `slow_link_mbps` (the upload is rarely faster
    # than the download), this many: each connection's share is then bigger, so its POSTs
    # are acknowledged often enough to settle within the short phase.
    slow_link_upload_workers: int = 3
    slow_link_mbps: float = 4.0
    # ... whose upload may also run this much past `phase_max_s` and the target before it
    # gives its figure (its acknowledgements come seldom: `_ack_granularity`).
    slow_link_upload_extra_s: float = 1.5
    # Each upload POST is sized to take about this long, so acknowledgements come often.
    upload_post_s: float = 0.25
    # Where the system counts the bytes the server's TCP acknowledged (Linux, no proxy:
    # `tcp_bytes_acked`), the upload runs this many connections, each one POST as long as the
    # phase, as iperf3's 4 streams, and one more with a small POST whose answer shows the
    # server takes uploads (docs/checks/network.md, "Upload counted by TCP").
    upload_tcp_workers: int = 4
    # ... and this many where the download reached `fast_link_mbps`: at 50 Mbit/s / 120 ms
    # (a 750 kB path) 4 connections were still in slow start after the start-up allowance,
    # and on a lossy one never recovered within the phase (-4 % and -13 % against iperf3).
    fast_link_upload_tcp_workers: int = 8
    fast_link_mbps: float = 20.0
    # A lossy link (the network check lost `[bandwidth] lossy_loss_pct` or more of its UDP
    # probes: `bandwidth.lossy_link`) is measured longer. A lost segment holds what follows
    # it in the receiver's queue until it is sent again, and that queue is longest during
    # start-up, so a phase that ends 1 s after start-up reads high (0.8 Mbit/s / 120 ms / 3 %:
    # +4 to +16 % against iperf3; a 2-2.5 s one -5 to +5 %, docs/checks/network.md, "A lossy
    # link is measured longer"). Such a phase measures at least `lossy_round_trips` round
    # trips after start-up and, where it counts bytes (the download, an upload counted by
    # TCP), `lossy_min_bytes` (a slow link's few segments: one late one is a large share),
    # up to `lossy_phase_max_s`; the whole measurement aims at `lossy_target_s`. Counted in
    # round trips and bytes, not seconds, a lossy but short or fast link (2.5 Mbit/s / 30 ms
    # / 3 %) keeps its ~1 s phases.
    lossy: bool = False
    lossy_round_trips: int = 16
    lossy_min_bytes: int = 250_000
    lossy_phase_max_s: float = 4.5
    lossy_target_s: float = 7.5
    # ... and its upload, counted by TCP on a fast link (`fast_link_mbps`), runs this many
    # connections: each lossy connection's window stays small, and 8 read 50 Mbit/s /
    # 120 ms / 3 % -7 to -10 % against iperf3 even over 2.6 s; 16 read -1.3 to +0.7 % (8 runs,
    # `bench.quick_links --timing`, 2026-12-02).
    lossy_fast_link_upload_tcp_workers: int = 16
    # TCP's start-up, left out of a phase's figure: this many idle round trips after the
    # phase's first byte, within [0.25 s, `startup_max_s`] (8 connections from 10 segments
    # each double every round trip, past the 750 kB of a 50 Mbit/s / 120 ms path in 4).
    startup_round_trips: int = 4
    startup_max_s: float = 0.8
    # ... and a lossy link's download: a loss ends slow start early, and each connection
    # then grows its window by about a segment a round trip, so the link fills later. At
    # 50 Mbit/s / 120 ms / 3 % the download still ran at 19-32 Mbit/s 0.8 s after its first
    # byte, and its figure read -0.8 to -5.6 % against iperf3 (median -2.6 %, 9 runs); from
    # 8 round trips on, -7.0 to +3.2 % (median +0.4 %, 7 runs; the -7.0 a dip at the very
    # end). The upload there runs 16 connections and read -1.9 to +1.4 % from 4 round trips
    # (12 runs; `bench.quick_links`, 2026-12-02). The time measured after start-up is kept.
    lossy_download_startup_round_trips: int = 8
    lossy_download_startup_max_s: float = 1.2
    secure: bool = True


def lossy_settings(s: SpeedtestSettings, ping_ms: float) -> SpeedtestSettings:
    """`s` for a lossy link whose idle round trip is `ping_ms` (SpeedtestSettings.lossy);
    `s` itself when it is not lossy."""
    if not s.lossy:
        return s
    phase_max = max(s.phase_max_s, s.lossy_phase_max_s)
    # Round trips, capped so that the rule can still end a phase before its maximum.
    rounds = min(phase_max - 1.0, s.lossy_round_trips * ping_ms / 1000.0)
    return dataclasses.replace(
        s, phase_min_s=max(s.phase_min_s, rounds), phase_max_s=phase_max,
        target_s=max(s.target_s, s.lossy_target_s),
        fast_link_upload_tcp_workers=max(s.fast_link_upload_tcp_workers,
                                         s.lossy_fast_link_upload_tcp_workers),
    )


def startup_s(s: SpeedtestSettings, ping_ms: float, download: bool = False) -> float:
    """How long after a phase's first byte TCP's start-up lasts on a link whose idle round
    trip is `ping_ms` (a lossy link's download: longer), left out of the phase's figure."""
    rounds, most = s.startup_round_trips, s.startup_max_s
    if download and s.lossy:
        rounds = max(rounds, s.lossy_download_startup_round_trips)
        most = max(most, s.lossy_download_startup_max_s)
    return min(most, max(0.25, rounds * ping_ms / 1000.0))


ProgressFn = Callable[[float, str], None]


class _StopSignal:
    """An event speedtest-cli's threads poll (`isSet`) that also trips on cancel or deadline."""

    def __init__(self, cancel: threading.Event, deadline: float) -> None:
        self._own = threading.Event()
        self._cancel = cancel
        self._deadline = deadline

    def set(self) -> None:
        self._own.set()

    def is_set(self) -> bool:
        return self._own.is_set() or self._cancel.is_set() or time.monotonic() >= self._deadline

    isSet = is_set

    def pause(self, seconds: float) -> None:
        """Wait, waking early on a cancel (not on our own stop: callers check that next)."""
        self._cancel.wait(seconds)


# speedtest.net's configuration and nearest servers, kept for a few minutes: a patient who
# checks again does not wait for them twice (and speedtest.net is not asked twice).
_CACHE_TTL_S = 600.0
_cache: dict[str, tuple[float, Any]] = {}
_cache_lock = threading.Lock()


def _cache_get(key: str) -> Any:
    with _cache_lock:
        entry = _cache.get(key)
        if entry is None or time.monotonic() - entry[0] > _CACHE_TTL_S:
            return None
        return entry[1]


def _cache_put(key: str, value: Any) -> None:
    with _cache_lock:
        _cache[key] = (time.monotonic(), value)


def clear_cache() -> None:
    """Forget speedtest.net's cached configuration and nearest servers (tests)."""
    with _cache_lock:
        _cache.clear()


def _mbps(nbytes: float, seconds: float) -> float:
    return nbytes * 8.0 / seconds / 1e6 if seconds > 0 else 0.0


def normalise_server_url(url: str) -> str:
    """A self-hosted server given as its folder gets speedtest's usual `upload.php`.

    Raises ValueError (one line naming the problem) for anything the speed test could not
    reach: the bandwidth check's `bad_server_url`, and a usage error of `--speedtest-server`
    before any check runs (the CLI calls this)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:  # a broken [IPv6] address
        hostname = None
    if not hostname or parts.scheme not in ("http", "https"):
        raise ValueError(f"not an http(s) URL: {url!r}")
    try:
        port = parts.port  # urllib reads (and checks) the port only when asked
    except ValueError:
        port = 0
    if port == 0:
        raise ValueError(f"not a port number from 1 to 65535 in {url!r}")
    if not re.search(r"/upload\.[A-Za-z]+$", parts.path):
        url = url.rstrip("/") + "/upload.php"
    return url


def _host_without_address(netloc: str) -> str:
    """The test server's host:port for the report, but never an IP address: reports, logs and
    support codes carry no addresses at all (docs/robustness.md). A name stays."""
    try:
        ipaddress.ip_address(urlsplit(f"//{netloc}").hostname or "")
    except ValueError:
        return netloc
    return ""


def _custom_server(url: str) -> dict[str, Any]:
    """The server dict speedtest-cli's server list would give, built from a URL."""
    parts = urlsplit(url)
    return {
        "url": url,
        "name": parts.hostname or "",
        "sponsor": "Self-hosted",
        "country": "",
        "cc": "",
        "id": "0",
        "host": parts.netloc,
        "lat": "0",
        "lon": "0",
        "d": 0.0,
    }


def _downloader_class(st: types.ModuleType) -> type:
    class Downloader(st.HTTPDownloader):  # type: ignore[name-defined,misc]
        """speedtest-cli's download thread, counting bytes as they arrive: its `read(10240)`
        blocks until 10 KB have come, so at 1 Mbit/s on 8 connections the running count lags
        by up to 80 KB (±7 % of a 5 s phase) and looks unsteady."""

        # The server ended the answer before its announced end (a connection closed early):
        # its bytes are real, but a server doing that to every file is no figure (`_download`).
        cut_short = False

        def run(self) -> None:
            try:
                if (st.timeit.default_timer() - self.starttime) > self.timeout:
                    return
                f = self._opener(self.request)
                read = getattr(f, "read1", f.read)
                while (
                    not self._shutdown_event.isSet()
                    and (st.timeit.default_timer() - self.starttime) <= self.timeout
                ):
                    n = len(read(65536))
                    if n == 0:
                        # read1 returns b"" at a Content-Length answer's early end: no error.
                        self.cut_short = bool(getattr(f, "length", 0))
                        break
                    self.result.append(n)
                f.close()
            except http.client.IncompleteRead:  # a chunked answer's early end
                self.cut_short = not self._shutdown_event.isSet()
            except (OSError, *st.HTTP_ERRORS, http.client.HTTPException):
                pass

    return Downloader


def _client_class(st: types.ModuleType) -> type:
    class PreflightSpeedtest(st.Speedtest):  # type: ignore[name-defined,misc]
        """speedtest-cli's client; `get_config` is overridden because `Speedtest.__init__`
        always fetches speedtest.net's configuration, even when we test one known server."""

        def __init__(self, custom: dict[str, Any] | None, **kwargs: Any) -> None:
            self._custom = custom
            super().__init__(**kwargs)

        def get_config(self) -> dict[str, Any]:
            if self._custom is None:
                cached = _cache_get("config")
                if cached is not None:  # "check again" within minutes: the same settings
                    self.config.update(cached[0])
                    self.lat_lon = cached[1]
                    return self.config  # type: ignore[no-any-return]
                try:
                    config: dict[str, Any] | None = super().get_config()
                except st.SpeedtestException as exc:
                    if "timed out" in str(exc):  # speedtest-cli wraps the socket timeout
                        raise ServerHungError(f"configuration: {exc}") from exc
                    raise ConfigFetchError(str(exc)) from exc
                if config is None:  # it returns None on a non-200 answer
                    raise ConfigFetchError("speedtest.net configuration: HTTP status not 200")
                _cache_put("config", (dict(config), self.lat_lon))
                return config
            # What get_config derives from speedtest.net's XML (download sizes, 4 requests per
            # size, 8 threads), without asking speedtest.net. No client address is stored.
            self.config.update(
                {
                    "client": {"ip": "", "lat": "0", "lon": "0", "isp": "", "country": ""},
                    "ignore_servers": [],
                    "sizes": {
                        "upload": [32768, 65536, 131072, 262144, 524288, 1048576, 7340032],
                        "download": [350, 500, 750, 1000, 1500, 2000, 2500, 3000, 3500, 4000],
                    },
                    "counts": {"upload": 17, "download": 4},
                    "threads": {"upload": 4, "download": 8},
                    "length": {"upload": 10, "download": 10},
                    "upload_max": 51,
                }
            )
            self.lat_lon = (0.0, 0.0)
            own: dict[str, Any] = self.config
            return own

    return PreflightSpeedtest


class _TimedResponse(http.client.HTTPResponse):
    """An HTTP response that notes when its first byte arrived.

    The end of the body is not a round trip: a server that writes the headers and the body
    in two writes with Nagle's algorithm on (Python's http.server, many small servers) holds
    the body on a kept-alive connection until the headers are acknowledged, so "until the
    body arrived" read two round trips (62 ms on a 30 ms link, issue 16). The first byte of
    the status line is one round trip after the request, whatever the server does next."""

    first_byte_at = 0.0

    def _read_status(self) -> Any:
        if not self.first_byte_at:
            self.fp.peek(1)  # blocks until the first byte is here (or the socket times out)
            self.first_byte_at = time.perf_counter()
        return super()._read_status()  # type: ignore[misc]


# The kernel's receive time of a packet (SCM_TIMESTAMPNS, Linux; `socket` does not name it,
# and 35 is its value on every architecture Python runs on here).
_SO_TIMESTAMPNS = 35


def _stamp_arrivals(sock: socket.socket) -> bool:
    """Ask the kernel to note when each packet `sock` receives arrived (Linux); False where
    it cannot (then the probe's own clock is read, as before)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        sock.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
    except OSError:
        return False
    return True


def _first_byte_arrival(sock: socket.socket) -> float | None:
    """When (time.time()'s clock) the first byte not yet read arrived, by the kernel's
    timestamp; waits for it, and leaves it to be read (MSG_PEEK). None when the kernel did
    not say. A TLS connection is peeked underneath its TLS layer: the first byte of the
    record that carries the answer arrives when the answer's does (not on a new connection:
    `_LatencyProber`).

    Why the kernel's time: a probe's own clock reads the first byte when its thread gets the
    interpreter back, and while the other checks start (their imports, the computer check)
    that was 2 to 70 ms late: the full run's ping read 82-95 ms on an 80 ms link, once 149
    (its jitter 2.5-40 ms), where the network and speed checks alone read 81-82."""
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return None  # already read by the TLS layer: nothing left to peek
    _data, ancillary, _flags, _addr = socket.socket.recvmsg(
        sock, 1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
    for level, kind, raw in ancillary:
        if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(raw) >= 16:
            sec, nsec = struct.unpack("qq", raw[:16])
            return float(sec + nsec / 1e9)
    return None


def _proxy_auth(proxy: Any) -> dict[str, str]:
    if not proxy.username:
        return {}
    import base64
    from urllib.parse import unquote

    pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode()
    return {"Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}


@dataclass
class _Route:
    """How requests reach the test server: directly, through an HTTP proxy's absolute-URI
    requests (plain http) or through its CONNECT tunnel (https), as urllib (and so
    speedtest-cli's own opener) would go, from the same proxy settings."""

    https: bool
    host: str
    port: int
    target_prefix: str = ""  # "http://host:port" when requests go to a forward proxy
    proxy_host: str = ""
    proxy_port: int = 0
    proxy_headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def to(cls, url: str) -> _Route:
        parts = urlsplit(url)
        https = parts.scheme == "https"
        route = cls(https, parts.hostname or "", parts.port or (443 if https else 80))
        proxy = _proxy_for(url)
        if proxy:
            pp = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
            route.proxy_host, route.proxy_port = pp.hostname or "", pp.port or 80
            route.proxy_headers = _proxy_auth(pp)
            if not https:
                route.target_prefix = f"http://{parts.netloc}"
        return route

    def connection(self, timeout_s: float) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        host, port = (self.proxy_host, self.proxy_port) if self.proxy_host else (
            self.host, self.port)  # fmt: skip
        if self.https:
            conn = http.client.HTTPSConnection(
                host, port, timeout=timeout_s, context=ssl.create_default_context()
            )
            if self.proxy_host:
                conn.set_tunnel(self.host, self.port, headers=self.proxy_headers)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout_s)
        conn.response_class = _TimedResponse
        return conn

    def headers(self) -> dict[str, str]:
        """Headers every request carries (the forward proxy's credentials, if any)."""
        return dict(self.proxy_headers) if self.proxy_host and not self.https else {}


class _LatencyProber:
    """Times GETs of the server's latency.txt on one kept-alive connection, from sending the
    request to the first byte of the answer: one round trip each, without the TCP/TLS set-up
    speedtest-cli's own ping includes, and without the server's way of writing the body
    (`_TimedResponse`). Through the same proxy as everything else. Run idle, then in a
    background thread while the download and the upload load the link (bufferbloat)."""

    def __init__(
        self, server_url: str, timeout_s: float, endpoints: Endpoints | None = None
    ) -> None:
        parts = urlsplit(endpoints.latency_url if endpoints else server_url)
        self._route = _Route.to(endpoints.latency_url if endpoints else server_url)
        if endpoints is None:
            path = os.path.dirname(parts.path) + "/latency.txt?"
        else:
            path = parts.path + (f"?{parts.query}&" if parts.query else "?")
        self._path = self._route.target_prefix + path
        self._endpoints = endpoints
        self._timeout = timeout_s
        self._conn: http.client.HTTPConnection | None = None
        self._stamped = False  # the kernel notes when this connection's packets arrive
        self._tls_fresh = False
        self.samples_ms: list[float] = []
        self.failures = 0
        self.server_closes = 0  # answers after which the server closed the connection
        # Why the last probe failed (a SpeedtestError subclass), for `SpeedtestRunner._reach`.
        self.last_problem: SpeedtestError | None = None
        self._aborted = False

    def connect(self) -> None:
        """Open the connection now (its set-up is never timed)."""
        self._connect()

    def _connect(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = self._route.connection(self._timeout)
            self._conn.connect()
            self._stamped = self._conn.sock is not None and _stamp_arrivals(self._conn.sock)
            # TLS 1.3 session tickets come about a round trip after the handshake, so may land
            # just before a new connection's first answer: that answer is timed as before.
            self._tls_fresh = isinstance(self._conn.sock, ssl.SSLSocket)
        return self._conn

    def probe(self) -> float | None:
        """One round trip in ms, or None when the server did not answer in time."""
        for _attempt in range(2):  # a kept-alive connection the server closed: reconnect once
            if self._aborted:
                return None
            try:
                conn = self._connect()  # a new connection's set-up is not timed
                start, sent_wall = time.perf_counter(), time.time()
                conn.request("GET", f"{self._path}x={time.time_ns()}",
                             headers=self._route.headers())
                arrived = (_first_byte_arrival(conn.sock) if self._stamped and not
                           self._tls_fresh and conn.sock is not None else None)
                self._tls_fresh = False
                response = conn.getresponse()
                first = getattr(response, "first_byte_at", 0.0) or time.perf_counter()
                body = response.read(64)
                elapsed_ms = (first - start) * 1000.0
                if arrived is not None and 0.0 < arrived - sent_wall <= first - start + 0.002:
                    # The kernel's arrival time (`_first_byte_arrival`); one from before the
                    # request (a TLS ticket still unread) or after our own reading is not.
                    elapsed_ms = (arrived - sent_wall) * 1000.0
                if self._endpoints is not None:
                    # The server's own time is not the network's (Cloudflare's Server-Timing).
                    server_ms = self._endpoints.server_time_ms(response)
                    elapsed_ms = max(0.01, elapsed_ms - server_ms)
                if response.will_close:
                    self.server_closes += 1
                if response.will_close or not response.isclosed():
                    self.close()
                ok = (self._endpoints.latency_ok(response.status, body) if self._endpoints
                      else response.status == 200 and body.startswith(b"test=test"))
                if not ok:
                    self.failures += 1
                    self.last_problem = _answer_problem(response, body)
                    return None
                self.samples_ms.append(elapsed_ms)
                self.last_problem = None
                return elapsed_ms
            except (OSError, http.client.HTTPException) as exc:
                self.last_problem = _connection_problem(exc)
                self.close()
        self.failures += 1
        return None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except OSError:
                pass
            self._conn = None

    def abort(self) -> None:
        """End a probe in flight from another thread (its wait for an answer returns at
        once): the check does not wait a loaded round trip for a sample it no longer needs."""
        self._aborted = True
        conn = self._conn
        sock = getattr(conn, "sock", None) if conn is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _answer_problem(response: http.client.HTTPResponse, body: bytes) -> SpeedtestError:
    """What an answer that is not the service's says: refused, rate limited or garbage."""
    status = response.status
    if status == 429:
        retry = response.getheader("Retry-After") or ""
        seconds = float(retry) if retry.strip().isdigit() else None
        # The log's technical detail; the patient reads the finding's words.
        detail = f"HTTP 429 (Retry-After: {retry or 'not given'})"  # i18n: ignore (log detail)
        return RateLimitedError(detail, seconds)
    if status != 200:
        return RefusedError(f"HTTP {status}")
    return BadAnswerError(f"an answer that is not the speed test's ({len(body)} bytes)")


def _connection_problem(exc: BaseException) -> SpeedtestError:
    """A failed probe's exception in the bandwidth check's words (never its traceback)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateError(f"certificate not valid: {exc.verify_message}")
    if isinstance(exc, (TimeoutError, http.client.RemoteDisconnected, ConnectionResetError)):
        return ServerHungError(f"no answer ({type(exc).__name__})")
    if isinstance(exc, http.client.HTTPException):  # a status line that is not HTTP
        return BadAnswerError(f"not an HTTP answer ({type(exc).__name__})")
    return UnreachableError(f"{type(exc).__name__}: {exc}")  # refused, DNS failure, no route


class _StreamingUploadData:
    """An upload body of `length` bytes served from one shared pattern: speedtest-cli's
    `HTTPUploaderData` builds each body as a new string (~177 MB for a default run)."""

    _PATTERN = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 1821)[:65536]

    def __init__(self, length: int, stop: _StopSignal, upload_timeout: type[Exception]) -> None:
        self.length = length
        self._pos = 0
        self._stop = stop
        self._timeout = upload_timeout
        self.sent = 0

    def read(self, n: int = 10240) -> bytes:
        if self._stop.is_set():
            raise self._timeout()  # ends the POST; unacknowledged bytes are never counted
        if self._pos == 0:
            chunk = (b"content1=" + self._PATTERN)[: min(n, self.length)]
        else:
            n = min(n, self.length - self._pos, len(self._PATTERN))
            chunk = self._PATTERN[:n]
        self._pos += len(chunk)
        self.sent += len(chunk)
        return chunk

    def __len__(self) -> int:
        return self.length


# Linux's `struct tcp_info` (linux/tcp.h) has `tcpi_bytes_acked` (RFC 4898's
# tcpEStatsAppHCThruOctetsAcked, since Linux 4.1): a u64 at byte 120, the bytes the other end's
# TCP acknowledged. Read with getsockopt, as `ss -i` does; no maintained Python library exposes
# it (psutil does not; pyroute2's sock_diag would find our own sockets by their ports).
_TCPI_BYTES_ACKED_OFFSET = 120
_TCP_INFO_LEN = 232
# Unsent bytes a socket may hold beyond those in flight (TCP_NOTSENT_LOWAT): with POSTs that
# last the whole phase, a default send buffer (up to 4 MB) would hold seconds of a slow
# link's upload when the phase stops.
_NOTSENT_LOWAT = 131072


def tcp_bytes_acked(sock: Any) -> int | None:
    """Bytes of this TCP socket's stream the server acknowledged; None where the system does
    not say (not Linux, a closed socket, a kernel before 4.1)."""
    tcp_info = getattr(socket, "TCP_INFO", None)
    if sys.platform != "linux" or tcp_info is None or sock is None:
        return None
    try:
        raw = sock.getsockopt(socket.IPPROTO_TCP, tcp_info, _TCP_INFO_LEN)
    except (OSError, ValueError):
        return None
    if len(raw) < _TCPI_BYTES_ACKED_OFFSET + 8:
        return None
    return int(struct.unpack_from("=Q", raw, _TCPI_BYTES_ACKED_OFFSET)[0])


def _reset_on_close(sock: Any) -> None:
    """Make closing `sock` a reset that drops what is still queued, not a FIN after it."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass


def _proxy_for(url: str) -> str | None:
    """The proxy urllib (and so speedtest-cli) would use for `url`, if any."""
    import urllib.request

    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy


class _KeepAlivePoster:
    """POSTs upload bodies to upload.php on one connection, kept alive when the server allows.

    speedtest-cli's urllib opener sends `Connection: close`, so each POST pays a TCP (and TLS)
    handshake and restarts TCP slow start. Once we count only acknowledged bytes, that idle
    time shows: on an 80 ms, 5 Mbit/s shaped link uploads read 3.6 against iperf3's 4.7
    Mbit/s. Same URL (with speedtest-cli's cache-busting query), body and reply as
    speedtest-cli. A server (or proxy) that closes after every reply gets a new connection for
    the next POST.
    """

    def __init__(self, url: str, timeout_s: float, user_agent: str) -> None:
        parts = urlsplit(url)
        self._route = _Route.to(url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._path = parts.path + (f"?{parts.query}&" if parts.query else "?")
        self._timeout = timeout_s
        self._user_agent = user_agent
        self._conn: http.client.HTTPConnection | None = None
        self._spare: http.client.HTTPConnection | None = None
        self._spare_thread: threading.Thread | None = None
        self._count = 0
        # Size of the last request's line and headers (see `send`).
        self.last_head_bytes = 0
        self.last_tail_s = 0.0
        self.reconnects = 0
        # TCP-level counting (`tcp_acked`): the bytes the server's TCP acknowledged, over
        # every connection this poster opened. Not through a proxy, whose TCP acknowledges
        # what it buffers, not what the server received.
        self._lock = threading.Lock()
        self._acked_closed = 0
        # The live connection's socket, held here: http.client drops its own reference when
        # the server ends the connection (getresponse), and a connection that left the sum
        # made the total go down (a negative rate, on HTTPS against a closing server).
        self._sock: Any = None
        self._live = 0  # its count when last read
        self.tcp_ok = not self._route.proxy_host and sys.platform == "linux"

    def connect(self) -> None:
        """Open the connection (and the proxy's tunnel) if it is not open: the spare one when
        `prepare_spare` opened it."""
        if self._conn is not None:
            return
        spare_thread, self._spare_thread = self._spare_thread, None
        if spare_thread is not None:
            spare_thread.join(self._timeout)
            spare, self._spare = self._spare, None
            if spare is not None:
                self._adopt(spare)
                return
        conn = self._route.connection(self._timeout)
        conn.connect()
        self._adopt(conn)

    def _adopt(self, conn: http.client.HTTPConnection) -> None:
        if self.tcp_ok:
            try:
                conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT,
                                     _NOTSENT_LOWAT)
            except (OSError, AttributeError):
                pass  # only a smaller send buffer at the stop; the count does not need it
            if tcp_bytes_acked(conn.sock) is None:
                self.tcp_ok = False
        with self._lock:
            self._retire()
            self._conn = conn
            self._sock = conn.sock
            self._live = 0
        self.reconnects += 1

    def _read_live(self) -> int:
        """The live connection's count (under the lock), never less than when last read: a
        socket closed under us keeps its last count."""
        if self._sock is not None:
            self._live = max(self._live, tcp_bytes_acked(self._sock) or 0)
        return self._live

    def _retire(self) -> None:
        """The live connection's count joins the closed ones' (under the lock)."""
        self._acked_closed += self._read_live()
        self._sock, self._live = None, 0

    def tcp_acked(self) -> int | None:
        """Bytes the server's TCP acknowledged on this poster's connections so far (request
        heads and bodies, the TLS records' overhead too), never less than the last answer;
        None when the system cannot say. Safe from another thread: connections change only
        under the same lock."""
        if not self.tcp_ok:
            return None
        with self._lock:
            return self._acked_closed + self._read_live()

    def prepare_spare(self) -> None:
        """Open the next connection now, while this one waits for its reply: against a server
        that closes after every reply, the next POST then does not wait for a handshake."""
        if self._spare_thread is not None or self._spare is not None:
            return

        def open_spare() -> None:
            try:
                conn = self._route.connection(self._timeout)
                conn.connect()
            except (OSError, http.client.HTTPException):
                return
            self._spare = conn

        self._spare_thread = threading.Thread(
            target=open_spare, name="speedtest-upload-connect", daemon=True
        )
        self._spare_thread.start()

    def close_all(self) -> None:
        self.close()
        if self._spare_thread is not None:
            self._spare_thread.join(1.0)
            self._spare_thread = None
        if self._spare is not None:
            try:
                self._spare.close()
            except OSError:
                pass
            self._spare = None

    def send(self, data: _StreamingUploadData, size: int) -> None:
        """Send one POST (returns once its body is handed to the socket)."""
        if self._conn is None:
            self.connect()
        assert self._conn is not None
        self._count += 1
        headers = {
            "User-Agent": self._user_agent,
            "Cache-Control": "no-cache",
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": str(size),
            **self._route.headers(),
        }
        try:
            path = f"{self._path}x={int(time.time() * 1000)}.{self._count}"
            # The request line and headers cross the link too, and a `size=N` reply proves the
            # server read them. iperf3 counts all TCP payload; counting only the body made 8 KB
            # POSTs read ~3 % low at 1 Mbit/s. http.client adds Host and Accept-Encoding.
            # Through a proxy this is what the proxy forwards, give or take its own headers.
            default_port = 443 if self._https else 80
            host = self._host if self._port == default_port else f"{self._host}:{self._port}"
            head = {"Host": host, "Accept-Encoding": "identity", **headers}
            head.pop("Proxy-Authorization", None)
            self.last_head_bytes = (
                len(f"POST {path} HTTP/1.1\r\n")
                + 2
                + sum(len(f"{k}: {v}\r\n") for k, v in head.items())
            )
            self._conn.request(
                "POST", self._route.target_prefix + path, body=data, headers=headers
            )
        except BaseException:
            # Stopped (or failed) mid-body: drop what is still queued instead of leaving the
            # kernel to send it after the phase (the link would stay busy for seconds).
            self.close(abort=True)
            raise

    def receive(self) -> tuple[int, bytes, float]:
        """The reply to the POST sent last: (status, body, time its first byte arrived)."""
        if self._conn is None:
            raise http.client.HTTPException("no request is waiting for a reply")
        try:
            response = self._conn.getresponse()
            with self._lock:
                self._read_live()  # before the server's end of it closes the socket
            arrived = getattr(response, "first_byte_at", 0.0)
            body = response.read(4096)
            if response.will_close or not response.isclosed():
                self.close()  # the reply was not fully read, or the server ends the connection
            # perf_counter and monotonic are the same clock on Linux, not everywhere: convert.
            done = time.monotonic() - (time.perf_counter() - arrived if arrived else 0.0)
            # From the reply's first byte to its end: a round trip more when the server writes
            # it in two parts with Nagle on, idle time for this connection.
            self.last_tail_s = max(0.0, time.monotonic() - done)
            return response.status, body, done
        except BaseException:
            self.close()
            raise

    def interrupt(self) -> None:
        """From another thread, at the stop: end the POST being sent now, with a reset (the
        sending thread, woken, closes the connection: `send`). Without it a thread still
        blocked in sendall when the process exited left the kernel to send up to 128 kB
        per connection after the check (the link busy 1.5 s more at 0.8 Mbit/s)."""
        with self._lock:
            sock = self._sock
            if sock is None:
                return
            _reset_on_close(sock)
            try:
                # The plain socket's shutdown: SSLSocket's would drop its TLS object while
                # the sending thread is inside it.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self, abort: bool = False) -> None:
        with self._lock:
            if self._conn is None:
                return
            sock = self._conn.sock
            self._retire()
            if sock is not None and abort:
                _reset_on_close(sock)
            try:
                self._conn.close()
            except OSError:
                pass
            self._conn = None


# POST sizes: the first, and the floor for the rest. On a 1 Mbit/s lab link each of the 4
# connections gets ~0.25 Mbit/s, so 32 KB first POSTs and a 16 KB floor gave only 3-4
# acknowledgements per connection in a 3 s phase, and the upload read 4-9 % low although the
# link was busy throughout (kernel counters: no idle gaps, no retransmissions). 8 KB POSTs
# double the acknowledgements (-3.5 to -4.9 %); counting their request headers too (see
# `_KeepAlivePoster.post`) brought it to -0.3 to -0.9 % (docs/checks/network.md).
_FIRST_POST_BYTES = 8192
_MIN_POST_BYTES = 8192
_MAX_FIRST_POST_BYTES = 65536
# `_ack_granularity` at most this for the upload's figure to count as settled. Replayed on the
# recorded lab runs (tests/network/fixtures/bandwidth_series.json), the figure at the stop
# against the whole 3.5 s phase's: 0.25 -> -1.3 to +0.3 %, stops at 2.1-3.3 s; 0.3 -> -1.7 to
# +0.3 %, 1.8-3.0 s; 0.4 -> -4.3 to +0.3 %, 1.6-2.6 s.
_MAX_ACK_GRANULARITY = 0.3
# POSTs to a server that closes the connection after every reply last this many times longer.
_CLOSING_SERVER_POST_FACTOR = 2.0
# ... and the upload opens twice the connections (see `_upload`).


@dataclass
class _UploadWorker:
    acks: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes acknowledged)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    # Request line and header bytes of each acknowledged POST (same order as `acks`; empty
    # when unknown, e.g. through a proxy). They count in the rate, not in `bytes_up`.
    heads: list[int] = field(default_factory=list)
    sent: int = 0
    http_errors: int = 0
    bad_replies: int = 0
    net_errors: int = 0
    last_error_code: int = 0
    closing: bool = False  # the server closed the connection after a reply
    # When this connection's POSTs reached their size (their start-up: the first POSTs are
    # small and grow at most 4x each, so the link is not yet full while they do).
    ramped_at: float | None = None
    poster: _KeepAlivePoster | None = field(default=None, repr=False, compare=False)


def _window_acks(w: _UploadWorker, after: float) -> list[tuple[float, int]]:
    """A worker's acknowledgements from `after` on (TCP's start-up excluded) and from when
    its POSTs reached their size (`ramped_at`), or all of them when fewer than two came that
    late."""
    with w.lock:
        acks = sorted(w.acks)
    after = max(after, w.ramped_at if w.ramped_at is not None else after)
    late = [a for a in acks if a[0] >= after]
    return late if len(late) >= 2 else acks


def _acked_at(acks: list[tuple[float, int]], t: float) -> float:
    """Bytes a worker had got acknowledged by time `t`, counting each POST's bytes as spread
    evenly from the acknowledgement before it to its own (its sending and its reply's wait)."""
    total = 0.0
    for (t_prev, _), (t_ack, b) in itertools.pairwise(acks):
        if t >= t_ack:
            total += b
        elif t > t_prev:
            total += b * (t - t_prev) / (t_ack - t_prev)
            break
        else:
            break
    return total


def _tcp_window(
    workers: list[_UploadWorker], samples: list[tuple[float, int]], window_from: float
) -> list[tuple[float, int]]:
    """The TCP-counted upload's samples (time, bytes acknowledged since the first) from the
    end of TCP's start-up (`window_from`), once a reply showed the server takes uploads (the
    proof's: `work`); empty until then. Every connection's long POST starts at once, so no
    connection joins late (waiting for a first reply cost up to 1.3 s on a lossy link, where
    one lost packet of a small POST waits for TCP's retransmission timeout). The download's
    early-exit rule (`_steady`) applies as it is: the count grows with every TCP
    acknowledgement, not a POST at a time."""
    if not any(w.acks for w in workers):
        return []
    base = next(((t, b) for t, b in samples if t >= window_from), None)
    if base is None:
        return []
    return [(t, b - base[1]) for t, b in samples if t >= base[0]]


def _upload_estimate_counts(workers: list[_UploadWorker], after: float) -> bool:
    """An upload estimate can take part in the early-exit rule once every connection has
    three acknowledgements in the window and the figure is fine-grained enough
    (`_ack_granularity`)."""
    return (all(len(_window_acks(w, after)) >= 3 for w in workers)
            and _ack_granularity(workers, after) <= _MAX_ACK_GRANULARITY)


def _upload_steady(
    estimates: list[tuple[float, float]], now: float, window_from: float, s: SpeedtestSettings
) -> bool:
    """The early-exit rule for an upload (see `_steady`): `phase_min_s` measured since the end
    of TCP's start-up (`window_from`), and every estimate (time, Mbit/s) over the last
    `stable_window_s` within `stable_tolerance_fraction` of the highest, at least three of
    them (an estimate is taken only when new acknowledgements came)."""
    recent = [r for t, r in estimates if t >= now - s.stable_window_s]
    return (
        now - window_from >= s.phase_min_s
        and len(recent) >= 3
        and (max(recent) - min(recent)) <= s.stable_tolerance_fraction * max(recent)
    )


def _ack_granularity(workers: list[_UploadWorker], after: float) -> float:
    """How coarse the upload's figure still is: the largest POST of each connection in the
    window, summed, as a share of all bytes acknowledged in it (1.0 when nothing is). Each end
    of the window can be off by up to a POST per connection, so a figure is settled only when
    that is small (0.8 Mbit/s / 120 ms: 3 connections of 8-20 kB POSTs; with fewer than about
    five each in the window the figure was off by 6-13 %)."""
    largest = 0
    total = 0
    for w in workers:
        acks = _window_acks(w, after)[1:]
        if acks:
            largest += max(b for _, b in acks)
            total += sum(b for _, b in acks)
    return largest / total if total else 1.0


def _upload_rate_mbps(
    workers: list[_UploadWorker], after: float = float("-inf")
) -> tuple[float | None, int]:
    """The rate the server acknowledged, request headers included, over one window common to
    every connection: from the latest of their first acknowledgements (after `after`, TCP's
    start-up) to the earliest of their last ones, each connection's bytes spread over its
    POSTs' times (`_acked_at`). Both ends are moments the server confirmed receipt, so bytes
    still in socket buffers are never counted (speedtest-cli's +55 % at 1 Mbit/s).

    One window for all: summing each connection's own rate over its own window read up to
    +19 % in a 2 s upload at 0.8 Mbit/s / 120 ms, because the windows cover different moments
    and a connection whose window falls where another waits for its reply has a bigger share
    then. When the common window is shorter than 0.2 s (too few acknowledgements yet), that
    sum is the fallback.
    Returns (rate or None, all bytes acknowledged)."""
    acked = 0
    lanes: list[list[tuple[float, int]]] = []
    for w in workers:
        with w.lock:  # reply threads append to both lists
            own, heads = list(w.acks), list(w.heads)
        acked += sum(b for _, b in own)
        if len(heads) != len(own):
            heads = [0] * len(own)
        # Replies on a lane's two connections may be recorded out of order: sort by time.
        full = sorted((t, b + h) for (t, b), h in zip(own, heads, strict=True))
        acks = _window_acks(_UploadWorker(acks=full, ramped_at=w.ramped_at), after)
        if len(acks) >= 2:
            lanes.append(acks)
    if not lanes:
        return None, acked
    t0 = max(a[0][0] for a in lanes)
    t1 = min(a[-1][0] for a in lanes)
    if t1 - t0 >= 0.2:
        got = sum(_acked_at(a, t1) - _acked_at(a, t0) for a in lanes)
        return _mbps(got, t1 - t0), acked
    rate = 0.0
    for acks in lanes:
        span = acks[-1][0] - acks[0][0]
        if span > 0:
            rate += _mbps(sum(b for _, b in acks[1:]), span)
    return rate, acked


# Silence (no byte on any connection, in runs of at least 0.5 s: `_idle_s`) that makes a
# download a hung server's. 2 s when phases lasted 3-6 s; in a phase of at most 3 s a server
# that stalls after its first bytes is silent for less than that and read as a slow line
# ("too slow for video", a false alarm). Even 24 kbit/s delivers a packet every 0.5 s.
_HUNG_SILENCE_S = 1.0
_TAIL_FACTOR = 3.0
# The idle probes' time at most (5 round trips on two lanes take 3 on a clean link).
_IDLE_BUDGET_S = 2.0


class SpeedtestRunner:
    """Runs one bandwidth measurement. Blocking; every wait honours `cancel` and `deadline`."""

    def __init__(
        self,
        settings: SpeedtestSettings,
        *,
        cancel: threading.Event | None = None,
        deadline: float | None = None,
        progress: ProgressFn | None = None,
        endpoints: Endpoints | None = None,
    ) -> None:
        self.settings = settings
        # Another provider's service (`providers`); None: speedtest.net's protocol.
        self.endpoints = endpoints
        self.cancel = cancel or threading.Event()
        self.deadline = deadline if deadline is not None else time.monotonic() + 60.0
        self._target_end = self.deadline  # set from `target_s` when run() starts
        self._progress = progress or (lambda fraction, message: None)
        self._st = import_speedtest()
        self._client: Any = None
        self._loaded_samples: list[float] = []
        # Per phase: (ended because its figure was steady, spread of the figure over the last
        # second as a fraction of it, or None when too short to tell).
        self.stability: dict[str, tuple[bool, float | None]] = {}
        # What each phase saw, relative to its start: download (s, bytes received so far),
        # upload (s, acknowledged-rate estimate in Mbit/s) - for the debug log and the
        # early-exit rule's recorded fixtures (tests/network/fixtures/).
        self.series: dict[str, list[tuple[float, float]]] = {}
        # Seconds spent in each step of `run` (latency, download, upload).
        self.timings: dict[str, float] = {}
        self._download_mbps: float | None = None
        # Each upload connection's acknowledgements (s from the phase's start, bytes, header
        # bytes), for the same.
        self.upload_acks: list[list[tuple[float, int, int]]] = []
        self.upload_ramped_at: list[float | None] = []
        self.upload_window_from = 0.0
        # How the upload's figure was counted: "tcp" (the server's TCP acknowledgements,
        # `tcp_bytes_acked`) or "replies" (the server's `size=N` answers).
        self.upload_counted = ""
        # Time after a phase's first byte during which TCP is still ramping up (slow start
        # takes a few round trips); set from the idle latency.
        self._grace_s = 0.3
        self._download_grace_s = 0.3
        self._ping_ms = 100.0  # the idle round trip, once measured
        # What `prepare` found: (server, outcome so far, seconds it took); None until then.
        self._prepared: tuple[dict[str, Any], SpeedtestOutcome, float] | None = None
        self._server_closes = False  # the idle probes saw the server close after answering

    # -- helpers ------------------------------------------------------------------------------
    def _remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def _left(self) -> float:
        """Time left before the hard deadline or the soft target (`target_s`), the earlier."""
        return min(self._remaining(), max(0.0, self._target_end - time.monotonic()))

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise SpeedtestCancelled("cancelled")

    def _step(self, fn: Callable[[], T], budget_s: float) -> Task[T]:
        """Run one of speedtest-cli's blocking steps for at most `budget_s` (its own timeouts
        are not honoured everywhere); `task.done` is False when it is still running."""
        task = call_with_deadline(fn, budget_s, name="speedtest-step", cancel=self.cancel)
        self._check_cancel()
        return task

    # -- steps --------------------------------------------------------------------------------
    def _make_client(self) -> Any:
        st = self._st
        s = self.settings
        custom = _custom_server(normalise_server_url(s.server_url)) if s.server_url else None
        if self.endpoints is not None:  # another provider's service: its upload URL as is
            custom = _custom_server(self.endpoints.upload_url)
        cls = _client_class(st)
        stop = _StopSignal(self.cancel, self.deadline)

        def build() -> Any:
            try:
                return cls(
                    custom, timeout=s.request_timeout_s, secure=s.secure, shutdown_event=stop
                )
            except SpeedtestError:
                raise
            except (st.SpeedtestException, OSError) as exc:
                raise ConfigFetchError(str(exc)) from exc

        task = self._step(build, min(self._remaining(), s.latency_budget_s))
        if not task.done:
            raise ServerHungError("the speedtest configuration did not arrive in time")
        return task.result(), custom

    def _pick_server(self, client: Any, custom: dict[str, Any] | None) -> dict[str, Any]:
        st = self._st

        def choose() -> dict[str, Any]:
            best: dict[str, Any]
            if custom is not None:
                best = client.get_best_server([custom])
                return best
            closest = _cache_get("closest")
            if closest is None:
                try:
                    client.get_servers()
                except st.SpeedtestException as exc:
                    raise ServerListError(str(exc)) from exc
                if not client.servers:
                    # speedtest-cli would go on and say "Unable to connect to servers to test
                    # latency", which blames the servers for a list that never arrived.
                    raise ServerListError("the speedtest.net server list was empty or refused")
                closest = client.get_closest_servers()
                _cache_put("closest", closest)
            return self._fastest(closest)

        budget = min(self._remaining(), self.settings.latency_budget_s)
        task = self._step(choose, budget)
        if not task.done:
            raise ServerHungError("the test server did not answer the latency requests in time")
        best, error = task.value, task.error
        if isinstance(error, SpeedtestError):
            raise error
        if isinstance(error, st.SpeedtestBestServerFailure):
            raise UnreachableError(str(error)) from error
        if error is not None:
            raise UnreachableError(f"{type(error).__name__}: {error}") from error
        if not best or float(best.get("latency", _UNREACHABLE_PING_MS)) >= _UNREACHABLE_PING_MS:
            raise UnreachableError("the test server did not answer (no valid latency reply)")
        return best

    def _download(
        self, server: dict[str, Any], limit_s: float, span: tuple[float, float] = (0.0, 1.0)
    ) -> tuple[float, int, float]:
        st = self._st
        # speedtest-cli keeps its opener (proxy and timeout handlers) and the secure flag in
        # private attributes; using them keeps our requests identical to its own.
        client = self._client
        base = os.path.dirname(server["url"])
        urls = list(self.endpoints.download_urls) if self.endpoints is not None else [
            f"{base}/random{size}x{size}.jpg"
            for size in client.config["sizes"]["download"]
            if size >= self.settings.download_first_size
            or size == client.config["sizes"]["download"][-1]
            for _ in range(client.config["counts"]["download"])
        ]
        max_threads = max(1, int(client.config["threads"]["download"]))
        stop = _StopSignal(self.cancel, min(self.deadline, time.monotonic() + limit_s))
        start = time.monotonic()
        # speedtest-cli's threads compare timeit.default_timer() (perf_counter) to their start.
        st_start = st.timeit.default_timer()
        downloader = _downloader_class(st)
        threads: list[Any] = []
        samples: list[tuple[float, int]] = [(start, 0)]
        next_url = 0
        steady = False

        def received() -> int:
            return sum(sum(t.result) for t in threads)

        while True:
            running = sum(1 for t in threads if t.is_alive())
            while not stop.is_set() and next_url < len(urls) and running < max_threads:
                request = st.build_request(urls[next_url], bump=next_url, secure=client._secure)
                t = downloader(
                    next_url, request, st_start, limit_s, opener=client._opener, shutdown_event=stop
                )
                t.daemon = True  # a hung server must not keep the app from exiting
                t.start()
                threads.append(t)
                next_url += 1
                running += 1
            stop.pause(0.1)
            now = time.monotonic()
            samples.append((now, received()))
            self._progress(span[0] + (span[1] - span[0]) * min(1.0, (now - start) / limit_s), "")
            if stop.is_set():
                break
            if next_url >= len(urls) and not any(t.is_alive() for t in threads):
                break
            if _steady(samples, self.settings, self._download_grace_s):
                logger.debug("download steady after %.1f s", now - start)
                steady = True
                break
        # The downloads that had ended on their own: those still running are stopped by us
        # now, and say nothing of how the server ends its answers.
        ended = [t for t in threads if not t.is_alive()]
        stop.set()
        self.stability["download"] = (steady, _spread(samples, self._download_grace_s))
        self.series["download"] = [(round(t - start, 3), b) for t, b in samples]
        self._check_cancel()
        end, total = samples[-1]
        if total > 0 and _idle_s(samples) >= _HUNG_SILENCE_S:
            # Bytes stopped coming for a second or more while requests were open: a server
            # that hangs mid-transfer (its connections time out and new ones stall again), not
            # a slow line, which still trickles.
            raise ServerHungError("the test server stopped sending")
        first = next((t for t, b in samples if b > 0), None)
        if first is None or total == 0:
            raise DownloadFailedError("no data arrived from the test server")
        cut = sum(1 for t in ended if t.cut_short)
        if cut >= 2 and cut * 2 >= len(ended):
            # Most files that ended did so before their announced end: a server (or proxy)
            # dropping the connections, not a line we can put a figure on. Counted over all
            # files, those we stopped counted as whole, it sat on the edge: 8 cut of 16 when
            # the phase ended as the second 8 began, and one late flag gave "good for HD
            # video" (the fresh-clone run of 2026-12-02).
            raise ServerHungError(f"the test server closed {cut} of {len(ended)} downloads early")
        # Measured from the end of TCP's start-up (the grace time after the first byte):
        # connection set-up and slow start are not the line's speed.
        t0, b0 = _baseline(samples, self._download_grace_s)
        rate = _mbps(total - b0, end - t0) if end > t0 else _mbps(total, end - start)
        return rate, total, end - start

    def _upload(
        self, server: dict[str, Any], limit_s: float, span: tuple[float, float] = (0.0, 1.0)
    ) -> tuple[float | None, int, str, int, float]:
        st = self._st
        s = self.settings
        stop = _StopSignal(self.cancel, min(self.deadline, time.monotonic() + limit_s))
        # A server (or proxy) that closes after every reply (seen by the latency probes):
        # each POST restarts TCP's slow start, so each connection carries less, and twice the
        # connections keep the link as full (12 Mbit/s / 120 ms: -20 % with 6, -4.5 % with 12).
        # Decided before the phase: connections joining mid-phase made the others' windows
        # reach back to when they had a bigger share (+13 % on loopback).
        # On a slow link fewer connections, each with a bigger share (see `SpeedtestSettings`).
        slow = self._download_mbps is not None and self._download_mbps < s.slow_link_mbps
        per_lane = s.slow_link_upload_workers if slow else s.upload_workers
        count = max(1, per_lane) * (2 if self._server_closes else 1)
        # Counted by TCP where the system can (`tcp_bytes_acked`, `_tcp_window`); turned off
        # for good when a connection cannot say, the server answers an error, or it resets
        # the long POSTs (the loop below).
        tcp = {"on": sys.platform == "linux" and _proxy_for(server["url"]) is None}
        tcp_tried = tcp["on"]  # counted by TCP at the start (it may give way to replies)
        if tcp_tried:
            fast = self._download_mbps is not None and self._download_mbps >= s.fast_link_mbps
            lanes = s.fast_link_upload_tcp_workers if fast else s.upload_tcp_workers
            count = max(1, lanes) + 1  # and the proof's (`work`)
        workers = [_UploadWorker() for _ in range(count)]
        start = time.monotonic()

        user_agent = st.build_user_agent()

        def reply_wait_s() -> float:
            """A POST's reply comes a round trip after its last byte: the latest median round
            trip under load (the idle one until there is one)."""
            return self._ping_ms / 1000.0

        # The largest POST counted by its reply: 8 MB, until the server answers one "too
        # large" (413), then half of what it refused (`work`).
        body_limit = [8 << 20]

        def next_size(size: int, acked: int, took_s: float, post_s: float, closes: bool) -> int:
            """About `post_s` of sending at the rate this POST was sent at, at most 4x it.

            A POST's time includes the round trip to its reply, which is not sending time:
            sized from the whole time (acked / took_s * post_s), each POST came out smaller
            than the last whenever that wait was a large part of it - a reply written in two
            parts with Nagle on (two round trips), a new connection's slow start against a
            server that closes after every reply - until the floor, and the link sat idle
            between tiny POSTs: -42 to -81 % at 12 Mbit/s / 120 ms (issue 16)."""
            rate_bps = acked / max(took_s, 1e-3)
            if closes:
                # Every POST on a new connection starts TCP's slow start again: longer POSTs
                # spend a smaller share of their time in it (12 Mbit/s / 120 ms: -30 % at 1x,
                # -20 % at 3x; with twice the connections, see `_upload`, 2x: -1 to -8 %).
                post_s *= _CLOSING_SERVER_POST_FACTOR
            target = rate_bps * (post_s + reply_wait_s())
            return int(min(max(target, _MIN_POST_BYTES), 4 * size, body_limit[0]))

        # The first POSTs: a share of what the download got over half a POST's time, 8 to
        # 64 kB (the upload is rarely faster than the download; when it is much slower, the
        # first POST costs at most 64 kB at its rate). From 8 kB, POSTs growing at most 4x each
        # spent a second of a short phase on start-up at 12 Mbit/s / 120 ms.
        share_bps = (self._download_mbps or 0.0) * 1e6 / 8 / count
        first_size = int(min(max(share_bps * s.upload_post_s / 2, _FIRST_POST_BYTES),
                             _MAX_FIRST_POST_BYTES))

        def tcp_size(acked: int = 0, took_s: float = 1.0) -> int:
            """Counted by TCP, a POST need not end for its bytes to count: one POST lasting
            the rest of the phase at the faster of the download's share and the rate of the
            POST before (if any), so the connection never waits for a reply; cut off at the
            stop (`send`). 7 MB at most, speedtest-cli's largest (servers take that)."""
            left = max(0.5, start + limit_s - time.monotonic()) + reply_wait_s()
            rate_bps = max(acked / max(took_s, 1e-3), share_bps)
            return int(min(max(rate_bps * left, _MIN_POST_BYTES), 7 << 20))

        def work(w: _UploadWorker, spread: float, role: str = "") -> None:
            """One upload connection. Counted by TCP, `role` is "long" (one POST as long as
            the phase, from the start) or "proof" (one small POST, whose answer shows the
            server takes uploads: `_tcp_window`); "" for POSTs counted by their replies."""
            post_s = s.upload_post_s * spread
            first = size = max(_FIRST_POST_BYTES, int(first_size * spread))
            if role == "long":
                size = tcp_size()
            elif role == "proof":
                size = _FIRST_POST_BYTES
            poster = _KeepAlivePoster(server["url"], s.request_timeout_s, user_agent)
            w.poster = poster
            try:
                while not stop.is_set():
                    if role == "long" and not tcp["on"]:
                        # The replies count now (`_upload`'s loop): POSTs sized for them,
                        # from the first size again (a body limit may be why).
                        role, size = "", first
                    data = _StreamingUploadData(size, stop, st.SpeedtestUploadTimeout)
                    try:
                        poster.connect()  # a new connection's handshake is not sending time
                        began = time.monotonic()
                        poster.send(data, size)
                        if poster.reconnects > 1:  # the server closes after every reply
                            poster.prepare_spare()
                        status, body, done = poster.receive()
                    except (st.SpeedtestUploadTimeout, OSError, http.client.HTTPException):
                        w.sent += data.sent
                        if not stop.is_set():
                            w.net_errors += 1
                            stop.pause(0.05)
                        continue
                    w.sent += data.sent
                    if status == 413 and size > _MIN_POST_BYTES:
                        # Too large for the server (nginx's client_max_body_size is 1 MB by
                        # default): a body limit, as a reset is, not a refusal of uploads;
                        # the same pause before the next connection as after a reset. POSTs
                        # counted by their replies stay under half that size from now on, on
                        # every connection (they would grow past it again: `next_size`).
                        body_limit[0] = max(_MIN_POST_BYTES, min(body_limit[0], size // 2))
                        size = min(size, body_limit[0])
                        w.net_errors += 1
                        stop.pause(0.05)
                        continue
                    if status != 200:
                        w.http_errors += 1
                        w.last_error_code = status
                        stop.pause(0.05)  # a server refusing everything must not be hammered
                        continue
                    acked = self._acked(status, body, size)
                    if acked is None:
                        w.bad_replies += 1
                        continue
                    with w.lock:
                        w.acks.append((done, acked))
                        w.heads.append(poster.last_head_bytes)
                    w.closing = poster.reconnects > 1
                    if role == "proof":
                        return
                    # A reply whose body comes a round trip after its head (Nagle) leaves the
                    # connection idle that long after each POST, often past TCP's idle
                    # restart of slow start: longer POSTs keep that a small share (12 Mbit/s /
                    # 120 ms: -26 % with 0.25 s POSTs).
                    own_s = post_s + spread * _TAIL_FACTOR * poster.last_tail_s
                    if tcp["on"] and poster.tcp_ok:
                        size = tcp_size(acked, done - began)
                        w.ramped_at = w.ramped_at or done
                        continue
                    grown = next_size(size, acked, done - began, own_s, w.closing)
                    if w.ramped_at is None and grown < 4 * size:
                        # Sized from its rate, no longer growing at its fastest: the POSTs
                        # from here on keep the link full (`_window_acks`).
                        w.ramped_at = done
                    size = grown
            finally:
                poster.close_all()

        threads: list[threading.Thread] = []

        def start_workers(new: list[_UploadWorker]) -> None:
            for n, w in enumerate(new):
                role = "" if not tcp["on"] else "proof" if n == len(new) - 1 else "long"
                thread = threading.Thread(
                    target=work,
                    # Different POST lengths per connection (0.6x to 1.4x upload_post_s): with
                    # equal lengths the connections finish together and all wait a round trip
                    # for their replies at once, idling the link (-15 % at 20 Mbit/s, 80 ms).
                    # The first POSTs and the reply's wait are spread the same way.
                    args=(w, 0.6 + 0.8 * n / max(1, len(new) - 1), role),
                    name=f"speedtest-upload-{len(workers) - len(new) + n}",
                    daemon=True,
                )
                thread.start()
                threads.append(thread)

        start_workers(workers)
        window_from = start + self._grace_s  # acknowledgements count after TCP's start-up
        estimates: list[tuple[float, float]] = []
        acks_seen = 0
        series: list[tuple[float, float]] = []  # every estimate, for the spread
        tcp_samples: list[tuple[float, int]] = [(start, 0)]  # (time, bytes TCP acknowledged)
        steady = False
        while not stop.is_set():
            stop.pause(0.1)
            now = time.monotonic()
            self._progress(span[0] + (span[1] - span[0]) * min(1.0, (now - start) / limit_s), "")
            errors = sum(w.http_errors + w.bad_replies + w.net_errors for w in workers)
            acked_any = any(w.acks for w in workers)
            if errors >= 8 and not acked_any:
                break  # the server refuses (or is gone); more tries will not change that
            if tcp["on"]:
                counts = [w.poster.tcp_acked() if w.poster is not None else 0 for w in workers]
                refusals = sum(w.http_errors + w.bad_replies for w in workers)
                resets = sum(w.net_errors for w in workers)
                # The server said no (an error status, not its answer), or it cuts the long
                # POSTs off (a body limit: each connection reset, or answered 413, on average):
                # the replies count from here (`_upload_rate_mbps`), the POSTs sized for them.
                # A lone reset costs its connection a new handshake; the bytes before it did
                # cross.
                if refusals or resets >= count - 1 or any(c is None for c in counts):
                    tcp["on"] = False
                    logger.debug("upload: counted by replies (refusals %d, resets %d)",
                                 refusals, resets)
                else:
                    tcp_samples.append((now, sum(c or 0 for c in counts)))
                    window = _tcp_window(workers, tcp_samples, window_from)
                    if window:
                        t0, b0 = _baseline(window, 0.0)
                        if now > t0:
                            series.append((now, _mbps(window[-1][1] - b0, now - t0)))
                        if _steady(window, s, 0.0):
                            logger.debug("upload steady after %.1f s (TCP)", now - start)
                            steady = True
                            break
                    continue
            after = window_from
            rate, _ = _upload_rate_mbps(workers, after)
            if rate is not None:
                series.append((now, rate))
            acks_now = sum(len(w.acks) for w in workers)
            if (rate is not None and acks_now > acks_seen
                    and _upload_estimate_counts(workers, after)):
                # Only when acknowledgements came since the last one: the same estimate
                # repeated while none come is no sign of a settled figure.
                acks_seen = acks_now
                estimates.append((now, rate))
                if _upload_steady(estimates, now, window_from, s):
                    logger.debug("upload steady after %.1f s", now - start)
                    steady = True
                    break
        stop.set()
        elapsed = time.monotonic() - start
        # Long POSTs end now, with nothing left queued (`interrupt`); replies still awaited
        # are left to their threads.
        if tcp_tried:
            for w in workers:
                if w.poster is not None:
                    w.poster.interrupt()
            until = time.monotonic() + 0.3
            for thread in threads:
                thread.join(max(0.0, until - time.monotonic()))
        self._check_cancel()
        self.series["upload"] = [(round(t - start, 3), round(r, 4)) for t, r in series]
        self.upload_acks = [
            [(round(t - start, 4), b, h) for (t, b), h in
             zip(w.acks, w.heads if len(w.heads) == len(w.acks) else [0] * len(w.acks),
                 strict=True)]
            for w in workers
        ]
        self.upload_ramped_at = [None if w.ramped_at is None else round(w.ramped_at - start, 4)
                                 for w in workers]
        self.upload_window_from = round(window_from - start, 4)
        recent = [r for t, r in series if t >= series[-1][0] - 1.0] if series else []
        spread = None
        if len(recent) >= 2 and max(recent) > 0:
            spread = (max(recent) - min(recent)) / max(recent)
        self.stability["upload"] = (steady, spread)
        rate, acked = _upload_rate_mbps(workers, window_from)
        self.series["upload_tcp"] = [(round(t - start, 3), b) for t, b in tcp_samples]
        self.upload_counted = "replies"
        window = _tcp_window(workers, tcp_samples, window_from) if tcp["on"] else []
        stalled = bool(window) and _idle_s(tcp_samples) >= _HUNG_SILENCE_S
        if (window and window[-1][0] - window[0][0] >= 0.5 and not stalled
                and window[-1][1] > _baseline(window, 0.0)[1]):
            # Counted by TCP: acknowledged bytes over the window, from where the early-exit
            # rule's figure starts (its first sample with bytes).
            t0, b0 = _baseline(window, 0.0)
            rate = _mbps(window[-1][1] - b0, window[-1][0] - t0)
            acked = max(acked, tcp_samples[-1][1])
            self.stability["upload"] = (steady, _spread(window, 0.0))
            self.upload_counted = "tcp"
        errors = sum(w.http_errors + w.bad_replies for w in workers)
        problem = ""
        if acked == 0:
            problem = "refused" if errors else "no_answer"
            rate = None
        elif errors > sum(len(w.acks) for w in workers):
            # Mostly errors: what little was acknowledged is not a figure to trust.
            problem = "refused"
            rate = None
        elif stalled or (rate is None and tcp_tried):
            # The server stopped taking the upload (its TCP acknowledged nothing for a second
            # or more), or the long POSTs gave way to replies too late for a figure: what was
            # counted says nothing about the line ("too slow" would be a false alarm).
            problem = "no_answer"
            rate = None
        elif rate is None:
            # Too few acknowledgements for a window (a very slow link): acknowledged bytes
            # over the whole phase, which can only under-state the speed.
            rate = _mbps(acked, elapsed)
        return rate, acked, problem, errors, elapsed

    def _acked(self, status: int, body: bytes, size: int) -> int | None:
        """Bytes the server acknowledged for a POST of `size` (speedtest's `size=N`, or the
        provider's rule); None for a reply that is not the server's."""
        if self.endpoints is not None:
            acked = self.endpoints.upload_acked(status, body, size)
            return None if acked is None else min(acked, size)
        match = re.match(rb"size=(\d+)", body.strip())
        return min(int(match.group(1)), size) if match else None

    def _reach(self, custom: dict[str, Any]) -> tuple[dict[str, Any], _LatencyProber]:
        """One known server's "find the server" (another provider's service, or a configured
        speedtest server): its latency endpoint answers, as its service does, within the
        latency budget; else the error that says why not (refused, rate limited, certificate,
        garbage, hung, unreachable). Up to three tries: one lost answer is not a server that
        is down. The prober is returned open: its connection takes the idle probes next (no
        second handshake; speedtest-cli's `get_best_server` opened one per request)."""
        budget_end = time.monotonic() + min(self._remaining(), self.settings.latency_budget_s)
        prober = self._prober(custom["url"], timeout_s=min(2.0, max(0.5, self._remaining())))
        label = self.endpoints.label if self.endpoints is not None else custom["sponsor"]
        try:
            for _ in range(3):
                self._check_cancel()
                latency_ms = prober.probe()
                if latency_ms is not None:
                    return {**custom, "sponsor": label, "latency": latency_ms}, prober
                problem = prober.last_problem
                if not isinstance(problem, (UnreachableError, ServerHungError)):
                    break  # an answer that says no: asking again will not change it
                if time.monotonic() >= budget_end:
                    break
                if self.cancel.wait(0.1):
                    break
        except BaseException:
            prober.close()
            raise
        prober.close()
        self._check_cancel()
        raise prober.last_problem or UnreachableError("the test server did not answer")

    def _fastest(self, servers: list[dict[str, Any]]) -> dict[str, Any]:
        """The candidate with the lowest round trip, all probed at once (two round trips each
        on a kept-alive connection, its set-up not timed), waiting at most `probe_deadline_s`
        for them. speedtest-cli's `get_best_server` asks them one after the other, three
        requests each on new connections, with a 10 s timeout each: 1.8 s on a 120 ms link,
        and 30 s for one hung server."""
        results: dict[int, float] = {}
        probers = [self._prober(server["url"], timeout_s=self.settings.probe_deadline_s)
                   for server in servers]

        def probe(n: int, prober: _LatencyProber) -> None:
            try:
                for _ in range(2):
                    prober.probe()
                if prober.samples_ms:
                    results[n] = min(prober.samples_ms)
            finally:
                prober.close()

        threads = [threading.Thread(target=probe, args=(n, p), name="speedtest-pick",
                                    daemon=True) for n, p in enumerate(probers)]
        for t in threads:
            t.start()
        end = time.monotonic() + self.settings.probe_deadline_s
        for t in threads:
            t.join(max(0.0, end - time.monotonic()))
            if all(n in results for n in range(len(servers))):
                break
        self._check_cancel()
        answered = dict(results)
        if not answered:
            raise UnreachableError("no test server answered the latency requests in time")
        n = min(answered, key=lambda k: answered[k])
        return {**servers[n], "latency": answered[n]}

    def _idle_latency(
        self, url: str, first: _LatencyProber | None, rough_ms: float
    ) -> list[float]:
        """Idle latency: `idle_probes` round trips on kept-alive connections, two lanes at
        once (the second half a round trip behind the first, so their requests do not queue
        together on a slow link), in the order sent. Back to back on one connection, a lost
        packet's retransmission (a second at 3 % loss) or a server that sends its answer's body
        a round trip after its head (Nagle) held up every probe after it."""
        s = self.settings
        timeout = min(2.0, max(0.5, self._remaining()))
        lanes = [first or self._prober(url, timeout), self._prober(url, timeout)]
        got: list[tuple[float, float]] = [(0.0, v) for v in lanes[0].samples_ms]
        lock = threading.Lock()
        enough = threading.Event()
        if len(got) >= s.idle_probes:
            enough.set()

        def lane(n: int, prober: _LatencyProber) -> None:
            try:
                if n:
                    prober.connect()
                    if enough.wait(rough_ms / 2000.0):
                        return
                while not enough.is_set() and prober.failures < s.idle_probes:
                    sent = time.monotonic()
                    value = prober.probe()
                    if value is None or enough.is_set():
                        continue
                    with lock:
                        got.append((sent, value))
                        if len(got) >= s.idle_probes:
                            enough.set()
            except (OSError, http.client.HTTPException):
                pass  # the other lane's samples do
            finally:
                prober.close()

        threads = [threading.Thread(target=lane, args=(n, p), name="speedtest-idle", daemon=True)
                   for n, p in enumerate(lanes)]
        for t in threads:
            t.start()
        budget = min(max(0.0, self._remaining() - 1.0), _IDLE_BUDGET_S)
        end = time.monotonic() + budget
        while not enough.is_set() and time.monotonic() < end:
            if self.cancel.wait(0.02) or not any(t.is_alive() for t in threads):
                break
        enough.set()
        for prober in lanes:
            prober.abort()
        for t in threads:
            t.join(0.5)
        # The server closed the connection after answering: it will after every upload POST.
        self._server_closes = any(p.server_closes for p in lanes)
        with lock:
            return [v for _, v in sorted(got)]

    def _prober(self, url: str, timeout_s: float) -> _LatencyProber:
        return _LatencyProber(url, timeout_s=timeout_s, endpoints=self.endpoints)

    def _loaded_prober(
        self, server: dict[str, Any], stop: threading.Event
    ) -> tuple[threading.Thread, _LatencyProber]:
        """Latency under load: probes every 0.25 s on their own connection, in the background
        while the download and the upload run (not after them), so the check spends no time
        of its own on it."""
        prober = self._prober(server["url"], timeout_s=2.0)

        def loop() -> None:
            try:
                while not stop.wait(0.25):
                    value = prober.probe()
                    if value is not None and not stop.is_set():
                        self._loaded_samples.append(value)
            finally:
                prober.close()

        thread = threading.Thread(target=loop, name="speedtest-loaded-latency", daemon=True)
        thread.start()
        return thread, prober

    # -- the run ------------------------------------------------------------------------------
    def prepare(self) -> None:
        """The light first step: the server, found and reached, and the idle round trip (a
        few small requests, no load). `run` does it when it has not been done; done ahead,
        while another check measures (`BandwidthCheck.prepare`), it takes that long off the
        speed test. Raises as `run` does; a failed preparation leaves nothing behind."""
        self._prepared = None
        started = time.monotonic()
        self._progress(0.02, tr("Finding a speed test server…"))
        self._client, custom = self._make_client()
        self._check_cancel()
        began = time.monotonic()
        prober: _LatencyProber | None = None
        if custom is not None:
            best, prober = self._reach(custom)
        else:
            best = self._pick_server(self._client, custom)
        parts = urlsplit(best["url"])
        server = {
            "name": str(best.get("sponsor") or best.get("name") or parts.hostname or ""),
            "host": _host_without_address(str(best.get("host") or parts.netloc)),
            "distance_km": round(float(best.get("d", 0.0) or 0.0), 1),
        }
        outcome = SpeedtestOutcome(server=server, ping_ms=float(best["latency"]))

        idle = self._idle_latency(best["url"], prober, float(best["latency"]))
        self.timings["latency_s"] = round(time.monotonic() - began, 3)
        self._check_cancel()
        if idle:
            outcome.ping_ms = statistics.median(idle)
            outcome.jitter_ms = latency.jitter_ms(idle)
        self._prepared = (best, outcome, time.monotonic() - started)

    @property
    def prepared(self) -> bool:
        return self._prepared is not None

    def hand_over(
        self, settings: SpeedtestSettings, *, cancel: threading.Event, deadline: float,
        progress: ProgressFn | None = None,
    ) -> None:
        """Measure with these from now on: a runner prepared ahead (`prepare`) by a task with
        its own cancel and deadline is run by the check's, with what the check has learnt
        since (`SpeedtestSettings.lossy`)."""
        self.settings, self.cancel, self.deadline = settings, cancel, deadline
        self._progress = progress or (lambda fraction, message: None)

    def run(self) -> SpeedtestOutcome:
        s = self.settings
        if self._prepared is None:
            self.prepare()
        assert self._prepared is not None
        best, outcome, took_s = self._prepared
        self._prepared = None  # one measurement per preparation
        self._ping_ms = outcome.ping_ms
        if s.lossy:  # measured longer, in round trips of this link (SpeedtestSettings.lossy)
            s = self.settings = lossy_settings(s, outcome.ping_ms)
            logger.debug("lossy link: phases of %.1f-%.1f s", s.phase_min_s, s.phase_max_s)
        self._grace_s = startup_s(s, outcome.ping_ms)
        self._download_grace_s = startup_s(s, outcome.ping_ms, download=True)
        # The target counts from the start of the preparation, which may have been earlier
        # (prepared ahead): the phases keep the same share of it either way.
        self._target_end = time.monotonic() - took_s + s.target_s

        load_stop = threading.Event()
        load_thread, load_prober = self._loaded_prober(best, load_stop)
        try:
            # Split what is left between the two phases, keeping a little for the verdict; and
            # within the target, keep the upload its start-up and minimum (plus the pause).
            # The download keeps at least its first bytes (two round trips), start-up and
            # minimum: a slow latency step (a Nagle server's) must not cut it short of them.
            upload_min = self._grace_s + s.phase_min_s + 0.2
            download_min = (2 * self._ping_ms / 1000.0 + self._download_grace_s + s.phase_min_s
                            + 0.3)
            limit = min(s.phase_max_s, max(1.0, (self._remaining() - 0.8) / 2),
                        max(download_min, self._left() - 0.3 - upload_min))
            self._progress(0.2, tr("Measuring download speed…"))
            outcome.download_mbps, outcome.bytes_down, outcome.download_s = self._download(
                best, limit, (0.2, 0.6)
            )
            self._download_mbps = outcome.download_mbps
            self.timings["download_s"] = round(outcome.download_s, 3)
            # Let the download's queues drain before the upload starts (field notes).
            if self.cancel.wait(0.2):
                self._check_cancel()
            # The upload takes what is left of the target, but at least its start-up and
            # minimum plus 1.5 s (a server whose replies come late, or a slow link, whose
            # acknowledgements come seldom: `_ack_granularity`); a slow link may take more.
            slow = (outcome.download_mbps or 0.0) < s.slow_link_mbps
            extra = s.slow_link_upload_extra_s if slow else 0.0
            floor = self._grace_s + s.phase_min_s + 1.5
            limit = min(s.phase_max_s + extra, max(1.0, self._remaining() - 0.5),
                        max(floor, self._left() - 0.3) + extra)
            self._progress(0.6, tr("Measuring upload speed…"))
            up, acked, problem, errors, outcome.upload_s = self._upload(best, limit, (0.6, 0.98))
            outcome.upload_mbps, outcome.bytes_up = up, acked
            self.timings["upload_s"] = round(outcome.upload_s, 3)
            outcome.upload_problem, outcome.upload_http_errors = problem, errors
            outcome.download_stable, outcome.download_spread = self.stability.get(
                "download", (False, None))
            outcome.upload_stable, outcome.upload_spread = self.stability.get(
                "upload", (False, None))
            outcome.upload_counted = self.upload_counted if up is not None else ""
        finally:
            load_stop.set()
            load_prober.abort()
            load_thread.join(0.5)
        if self._loaded_samples:
            outcome.loaded_latency_ms = statistics.median(self._loaded_samples)
        return outcome


def _idle_s(samples: list[tuple[float, int]], min_run_s: float = 0.5) -> float:
    """Seconds after the first byte during which nothing arrived on any connection, counting
    only silences of at least `min_run_s` (a working link delivers a packet far more often:
    even 24 kbit/s is one 1500-byte packet every 0.5 s)."""
    idle = 0.0
    run_start: float | None = None
    started = False
    for (t_prev, b_prev), (_t, b) in itertools.pairwise(samples):
        if b_prev > 0:
            started = True
        if not started:
            continue
        if b == b_prev:
            run_start = t_prev if run_start is None else run_start
        else:
            if run_start is not None and t_prev - run_start >= min_run_s:
                idle += t_prev - run_start
            run_start = None
    if run_start is not None and samples[-1][0] - run_start >= min_run_s:
        idle += samples[-1][0] - run_start
    return idle


def _baseline(samples: list[tuple[float, int]], grace_s: float) -> tuple[float, int]:
    """The sample `grace_s` after the first byte (the first byte's own sample when the phase
    was too short for that to leave a second of measuring)."""
    first = next(((t, b) for t, b in samples if b > 0), samples[0])
    end = samples[-1][0]
    if end - (first[0] + grace_s) < 1.0:
        return first
    return next(((t, b) for t, b in samples if t >= first[0] + grace_s), first)


def _running_averages(
    samples: list[tuple[float, int]], grace_s: float, backs: tuple[float, ...] = (0.0, 0.5, 1.0)
) -> list[float]:
    """The reported figure (average rate since the baseline, `_baseline`) as it stood `backs`
    seconds before the last sample; empty before the first byte."""
    first = next((t for t, b in samples if b > 0), None)
    if first is None:
        return []
    now = samples[-1][0]
    t0, b0 = _baseline(samples, grace_s)

    def average_at(t: float) -> float:
        tb, bb = t0, b0
        for ts, b in samples:
            if ts < t0:
                continue
            if ts > t:
                break
            tb, bb = ts, b
        return (bb - b0) / (tb - t0) if tb > t0 else 0.0

    return [average_at(now - back) for back in backs]


def _spread(samples: list[tuple[float, int]], grace_s: float = 0.0) -> float | None:
    """How much the figure moved over the last second, as a fraction of it; over the second
    half of what was measured when that is shorter than two seconds (None: no figure yet, or
    under half a second of it). Taken back a whole second, a phase that stopped 1-1.5 s after
    its start-up read "100 %": the figure before its own start (benchmark, 2026-12-02)."""
    if not any(b > 0 for _, b in samples):
        return None
    t0, _ = _baseline(samples, grace_s)
    measured = samples[-1][0] - t0
    if measured < 0.5:
        return None
    back = min(1.0, measured / 2)
    rates = _running_averages(samples, grace_s, (0.0, back / 2, back))
    top = max(rates, default=0.0)
    return (top - min(rates)) / top if top > 0 else None


def _steady(samples: list[tuple[float, int]], s: SpeedtestSettings, grace_s: float = 0.0) -> bool:
    """The early-exit rule for a download: True when the phase has measured `phase_min_s`
    since the end of TCP's start-up (`grace_s` after the first byte) and the figure we report
    (the average rate since then, `_baseline`) stood within `stable_tolerance_fraction` at the
    start, middle and end of the last `stable_window_s` - "more time would not change it".
    On a lossy link, also `lossy_min_bytes` counted since then (SpeedtestSettings.lossy)."""
    first = next((t for t, b in samples if b > 0), None)
    if first is None:
        return False
    if samples[-1][0] - (first + grace_s) < s.phase_min_s:
        return False
    if s.lossy and samples[-1][1] - _baseline(samples, grace_s)[1] < s.lossy_min_bytes:
        return False
    w = s.stable_window_s
    rates = _running_averages(samples, grace_s, (0.0, w / 2, w))
    top = max(rates)
    return top > 0 and (top - min(rates)) <= s.stable_tolerance_fraction * top
