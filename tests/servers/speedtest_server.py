"""A local speedtest.net-compatible server, an HTTPS endpoint and a STUN responder, for tests and
benchmarks. Never shipped with Preflight.

Speaks what speedtest-cli 2.1.3 asks for: `/speedtest-config.php`, the server lists
(`/speedtest-servers-static.php`, `/speedtest-servers.php`), and under `/speedtest/`:
`latency.txt` (`test=test`), `random{N}x{N}.jpg` (about 2*N*N bytes, like Ookla's files) and
`upload.php` (POST; replies `size=N` with the bytes it read). Also `/generate_204` (a captive
portal probe) and `/` on both ports.

Switches (`Behaviour`) reproduce what real servers do wrong: 403 on the plain-http config (as
speedtest.net does today), 429 or an empty server list, 500 on uploads, garbage bodies, a
server that hangs (everything, or mid-download), a captive portal, and a rate limit shared by
all connections (a crude link: the upload side reads slowly so the client's socket buffers
fill, which is what makes stock speedtest-cli over-count).

And how real servers differ while doing nothing wrong (issue 16), each measured to change what
a naive client reads: `keep_alive` False closes the connection after every response (HTTP/1.0
style: every request pays a handshake and slow start); `writes` "two_nagle" sends the headers
and the body in two writes with Nagle's algorithm on, as Python's http.server and many small
servers do (on a kept-alive connection the body then waits for the ACK of the headers: "until
the body arrived" is two round trips); "one" sends a small response in one segment (nginx);
`chunked` answers with `Transfer-Encoding: chunked` instead of `Content-Length`;
`body_delay_ms` holds the body that long after the headers (on loopback, where there is no
round trip for Nagle to wait on, it stands in for one); `reply_delay_ms` holds every answer
that long (a round trip's worth of waiting per request). `ForwardProxy` is an HTTP proxy
(absolute-URI requests kept alive on both sides, and CONNECT tunnels) for the "through a
proxy" case.

Two other providers' endpoints (issue 16), with the same switches: Cloudflare's speed test
(`/__down?bytes=N`, `bytes=0` for latency, `POST /__up`, each answer carrying
`Server-Timing: cfRequestDuration;dur=<ms>` with `reply_delay_ms` as the server's own time)
at the server's root, and a LibreSpeed backend under any folder (`.../backend/empty.php` for
latency and uploads, `.../backend/garbage.php?ckSize=N` for N MiB, `.../backend/getIP.php`,
which Preflight must never ask). Faults for every provider: `refuse` answers every request
with that HTTP status (429 with `Retry-After`), `close_early` ends every download after
64 KB by closing the connection, and the `hang`, `garbage` and `upload` switches above.

From another process (e.g. inside a network namespace):
    python -m tests.servers.speedtest_server --host 198.18.0.1 --port 8080 --tls-port 8443 \
        --stun-port 3478 [--rate-mbps 5] [--stun-drop-fraction 0.1]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

CHUNK = 16384
_RANDOM = os.urandom(1 << 20)  # served repeatedly: random, so compression cannot cheat


@dataclass
class Behaviour:
    """What the server does; change fields at any time (tests flip them between runs)."""

    config_http_403: bool = True  # speedtest.net answers 403 to the plain-http config
    server_list: str = "ok"  # "ok" | "429" | "empty" | "garbage"
    upload: str = "ok"  # "ok" | "500" | "garbage"
    hang: str = "none"  # "none" | "all" | "download" (stall after the first 64 KB)
    garbage: bool = False  # every answer is random bytes
    captive_portal: bool = False  # /generate_204 answers 302 to a sign-in page
    rate_bytes_per_s: float = 0.0  # 0 = unlimited; shared by all connections, each direction
    stun_drop_fraction: float = 0.0  # this exact share of STUN requests gets no answer
    stun_silent: bool = False
    stun_delay_ms: float = 0.0
    # How a server that works answers (see the module docstring).
    keep_alive: bool = True  # False: `Connection: close` and close after every response
    writes: str = "one"  # "one" (headers + small body in one segment) | "two_nagle"
    chunked: bool = False  # Transfer-Encoding: chunked instead of Content-Length
    body_delay_ms: float = 0.0  # the body this long after the headers
    reply_delay_ms: float = 0.0  # every answer this long after its request was read
    # Faults for every provider's endpoints (see the module docstring).
    refuse: int = 0  # answer every request with this HTTP status (403, 429, 500); 0: don't
    close_early: bool = False  # downloads end after 64 KB: the connection is closed
    # A POST whose Content-Length is above this gets 413 and the connection closed with its
    # body unread, as a server with a body limit (nginx's client_max_body_size, 1 MB by
    # default, in front of a self-hosted speed test); 0: no limit.
    max_body: int = 0


class TokenBucket:
    """A shared rate limit: callers block until they may move `n` more bytes."""

    def __init__(self, behaviour: Behaviour, stop: threading.Event) -> None:
        self._b = behaviour
        self._stop = stop
        self._lock = threading.Lock()
        self._next_free = time.monotonic()

    def chunk(self) -> int:
        """Bytes per write: about 10 ms worth when limited, so data flows smoothly (as packets on
        a real link do) instead of in bursts a client would see as an unsteady rate."""
        rate = self._b.rate_bytes_per_s
        return CHUNK if rate <= 0 else int(min(CHUNK, max(1024, rate / 100)))

    def take(self, n: int) -> None:
        rate = self._b.rate_bytes_per_s
        if rate <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_free)
            self._next_free = start + n / rate
            wait = self._next_free - now
        if wait > 0:
            self._stop.wait(wait)


def make_certificate(directory: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / ::1 / localhost (openssl CLI). Returns
    (cert, key). Point SSL_CERT_FILE at the cert to make clients trust it."""
    folder = Path(directory or tempfile.mkdtemp(prefix="preflight-testcert-"))
    cert, key = folder / "cert.pem", folder / "key.pem"
    if not cert.exists():
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
    return cert, key


def _config_xml(lat: float = 42.36, lon: float = -71.06) -> bytes:
    # The parts of speedtest.net's configuration speedtest-cli reads (values as served in 2021).
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<settings>'
        f'<client ip="192.0.2.1" lat="{lat}" lon="{lon}" isp="Test ISP" country="US"/>'
        '<server-config threadcount="4" ignoreids="" notonmap="" forcepingid="" '
        'preferredserverid=""/>'
        '<download testlength="10" initialtest="250K" mintestsize="250K" threadsperurl="4"/>'
        '<upload testlength="10" ratio="5" initialtest="0" mintestsize="32K" threads="2" '
        'maxchunksize="512K" maxchunkcount="50" threadsperurl="4"/>'
        "</settings>"
    ).encode()


def _servers_xml(url: str, lat: float = 42.36, lon: float = -71.06) -> bytes:
    host = urlsplit(url).netloc
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<settings><servers>'
        f'<server url="{url}" lat="{lat}" lon="{lon}" name="Loopback" country="Testland" '
        f'cc="TL" sponsor="Preflight test server" id="4242" host="{host}"/>'
        "</servers></settings>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like Ookla servers (latency probes rely on it)
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.server.label, *args)

    # -- helpers ------------------------------------------------------------------------------
    @property
    def lab(self) -> LabServer:
        return self.server.lab

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/plain",
        headers: dict[str, str] | None = None,
    ) -> None:
        if self.lab.behaviour.garbage:
            status, body = 200, os.urandom(max(64, len(body)))
        self._head(status, ctype, len(body), headers)
        if self.command == "HEAD":
            self._end_head()
            return
        if self.lab.behaviour.chunked:
            body = (f"{len(body):x}\r\n".encode() + body + b"\r\n" if body else b"") + b"0\r\n\r\n"
        self._end_head(body)

    def _head(
        self, status: int, ctype: str, length: int, headers: dict[str, str] | None = None
    ) -> None:
        """Status line and headers, buffered (sent by `_end_head`), framed by the switches."""
        b = self.lab.behaviour
        if b.reply_delay_ms > 0:
            self.lab.stopping.wait(b.reply_delay_ms / 1000.0)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if b.chunked and self.command != "HEAD":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-cache")
        if not b.keep_alive:
            self.send_header("Connection", "close")
            self.close_connection = True
        for k, v in (headers or {}).items():
            self.send_header(k, v)

    def _end_head(self, first: bytes = b"") -> None:
        """Send the buffered headers and the first part of the body: in one write (one
        segment, as nginx does) or, with `writes` "two_nagle", in two (as http.server does)."""
        b = self.lab.behaviour
        self._headers_buffer.append(b"\r\n")
        if b.writes == "two_nagle" or b.body_delay_ms > 0:
            self.flush_headers()
            if b.body_delay_ms > 0 and first:
                self.lab.stopping.wait(b.body_delay_ms / 1000.0)
            if first:
                self.wfile.write(first)
        else:
            self._headers_buffer.append(first)
            self.flush_headers()

    def _hang(self) -> None:
        self.lab.stopping.wait()
        self.close_connection = True

    def _route(self) -> str:
        path = urlsplit(self.path).path
        # Requests through a speedtest.net URL rewritten to us keep their paths; strip nothing.
        return path

    # -- methods ------------------------------------------------------------------------------
    def _refused(self) -> bool:
        """The `refuse` switch: every request answered with that status (the body read)."""
        status = self.lab.behaviour.refuse
        if not status:
            return False
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        headers = {"Retry-After": "30"} if status == 429 else None
        self._send(status, b"Refused by the lab server's switch", headers=headers)
        return True

    def _server_timing(self) -> dict[str, str]:
        """Cloudflare's header: the server's own time, here the switch's reply delay."""
        return {"Server-Timing": f"cfRequestDuration;dur={self.lab.behaviour.reply_delay_ms:g}"}

    def do_GET(self) -> None:
        b = self.lab.behaviour
        path = self._route()
        self.lab.count(path)
        if b.hang == "all":
            self._hang()
            return
        if self._refused():
            return
        query = urlsplit(self.path).query
        if path.endswith("/__down"):  # Cloudflare
            m = re.search(r"(?:^|&)bytes=(\d+)", query)
            size = min(int(m.group(1)), 1 << 30) if m else 0
            if size == 0:
                self._send(200, b"", "application/octet-stream", headers=self._server_timing())
            else:
                self._download(size, self._server_timing())
        elif path.endswith("/backend/empty.php"):  # LibreSpeed
            self._send(200, b"", "text/html")
        elif path.endswith("/backend/garbage.php"):
            m = re.search(r"(?:^|&)ckSize=(\d+)", query)
            chunks = min(int(m.group(1)) if m and int(m.group(1)) else 4, 1024)
            self._download(chunks << 20)
        elif path.endswith("/backend/getIP.php"):
            self._send(200, b'{"processedString":"192.0.2.1","rawIspInfo":""}', "application/json")
        elif "/librespeed/" in path:  # a LibreSpeed folder has no Ookla files
            self._send(404, b"Not Found")
        elif path.endswith("/speedtest-config.php"):
            if b.config_http_403 and not self.server.tls:
                self._send(403, b"Forbidden")
            else:
                self._send(200, _config_xml(), "application/xml")
        elif path.endswith(("/speedtest-servers-static.php", "/speedtest-servers.php")):
            if b.server_list == "429":
                self._send(429, b"Too Many Requests", headers={"Retry-After": "60"})
            elif b.server_list == "empty":
                self._send(200, b"", "application/xml")
            elif b.server_list == "garbage":
                self._send(200, os.urandom(512), "application/xml")
            else:
                self._send(
                    200, _servers_xml(self.lab.upload_url(tls=self.server.tls)), "application/xml"
                )
        elif path.endswith("/latency.txt"):
            self._send(200, b"test=test\n")
        elif (m := re.search(r"/random(\d+)x(\d+)\.jpg$", path)) is not None:
            self._download(2 * int(m.group(1)) * int(m.group(2)))
        elif path.endswith("/generate_204"):
            if b.captive_portal:
                self._send(302, b"", headers={"Location": "/login"})
            else:
                self._send(204, b"")
        elif path in ("/", "/login"):
            self._send(200, b"<html><body>Preflight test endpoint</body></html>", "text/html")
        else:
            self._send(404, b"Not Found")

    def do_HEAD(self) -> None:
        self.do_GET()

    def _download(self, size: int, headers: dict[str, str] | None = None) -> None:
        b = self.lab.behaviour
        if b.garbage:
            self._send(200, b"garbage")
            return
        self._head(200, "image/jpeg", size, headers)
        head_sent = False
        sent = 0
        try:
            while sent < size:
                if self.lab.stopping.is_set():
                    break
                if b.hang == "download" and sent >= 65536:
                    self._hang()
                    return
                if b.close_early and sent >= 65536:
                    self.close_connection = True  # before the announced end
                    return
                n = min(self.lab.bucket_down.chunk(), size - sent)
                self.lab.bucket_down.take(n)
                offset = sent % (len(_RANDOM) - CHUNK)
                data = _RANDOM[offset : offset + n]
                if b.chunked:
                    data = f"{n:x}\r\n".encode() + data + b"\r\n"
                    if sent + n >= size:
                        data += b"0\r\n\r\n"
                if head_sent:
                    self.wfile.write(data)
                else:
                    self._end_head(data)
                    head_sent = True
                sent += n
                self.lab.add_bytes_down(n)
            if not head_sent:
                self._end_head(b"0\r\n\r\n" if b.chunked else b"")
        except (ConnectionError, TimeoutError, ssl.SSLError, OSError):
            self.close_connection = True

    def do_CONNECT(self) -> None:
        """A minimal HTTPS proxy (for the "proxy in use" tests): tunnels to loopback only."""
        host, _, port = self.path.rpartition(":")
        host = host.strip("[]")
        self.lab.count("CONNECT")
        if host not in ("127.0.0.1", "::1", "localhost") or not port.isdigit():
            self._send(403, b"Forbidden")
            return
        try:
            upstream = socket.create_connection((host, int(port)), timeout=5)
        except OSError:
            self._send(502, b"Bad Gateway")
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True
        _pump_both(self.connection, upstream)

    def do_POST(self) -> None:
        b = self.lab.behaviour
        path = self._route()
        self.lab.count(path)
        if b.hang == "all":
            self._hang()
            return
        if self._refused():
            return
        length = int(self.headers.get("Content-Length") or 0)
        if b.max_body and length > b.max_body:
            self.close_connection = True
            self._send(413, b"Request Entity Too Large", headers={"Connection": "close"})
            return
        got = 0
        try:
            while got < length:
                n = min(self.lab.bucket_up.chunk(), length - got)
                self.lab.bucket_up.take(n)
                chunk = self.rfile.read(n)
                if not chunk:
                    break
                got += len(chunk)
                self.lab.add_bytes_up(len(chunk))
        except (ConnectionError, TimeoutError, ssl.SSLError, OSError):
            self.close_connection = True
            return
        if got < length:
            self.close_connection = True
            return
        cloudflare = path.endswith("/__up")
        if "/librespeed/" in path and not path.endswith("/backend/empty.php"):
            self._send(404, b"Not Found")
            return
        if b.upload == "500":
            # Like a broken upload.php: the body is read, then the script fails.
            self._send(500, b"Internal Server Error")
        elif b.upload == "garbage":
            self._send(200, b"<html><body>An error page, not the upload's answer</body></html>",
                       "text/html")
        elif cloudflare:
            self._send(200, b"", headers=self._server_timing())
        elif path.endswith("/backend/empty.php"):
            self._send(200, b"", "text/html")
        else:
            self._send(200, f"size={got}".encode())


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    lab: LabServer
    tls: bool = False
    label: str = "http"

    def __init__(
        self, address: tuple[str, int], lab: LabServer, context: ssl.SSLContext | None
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.lab = lab
        self.tls = context is not None
        self.label = "https" if self.tls else "http"
        self._context = context

    def server_bind(self) -> None:
        # An Ethernet-sized MSS, announced in the SYN-ACK, as on a real network. Loopback's
        # is ~64 KB, bigger than the few-kB receive buffers a limited rate gets below
        # (`get_request`): those must hold whole segments for the window to move steadily.
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 1448)
        super().server_bind()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        # Nagle's algorithm stays on only when the switch asks for a server that writes
        # headers and body separately with it on (then a kept-alive reply's body waits for
        # the ACK of its headers); otherwise writes go out at once.
        if self.lab.behaviour.writes != "two_nagle":
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        rate = self.lab.behaviour.rate_bytes_per_s
        if rate > 0:
            # A limited rate is a slow link, whose packets (and so the client's TCP
            # acknowledgements) arrive steadily, not a slow reader behind a full receive
            # buffer: with the default buffer (~128 kB) the kernel reopened the window half a
            # buffer at a time, and the client's TCP saw its bytes acknowledged in 0.5 s
            # bursts (+20 % at 1 Mbit/s). About 10 ms of the rate, at least the kernel's
            # minimum (2 kB, which it doubles). The window a connection starts with comes
            # from the listening socket's buffer at its SYN, so that one is set too, for the
            # connections after this one (a run's first are its latency probes): set only on
            # the accepted socket, the upload's first 64 kB per connection went into the
            # default window at once, then drained for 0.4 s at the rate (-17 % at 4 Mbit/s).
            buffer = max(2048, int(rate / 100))
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, buffer)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, buffer)
        if self._context is not None:
            # Handshake in the handler thread (lazily), so one slow client can't block accept.
            sock = self._context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("%s: a client connection failed", self.label, exc_info=True)


class StunResponder:
    """Answers STUN Binding requests (aioice's `stun` messages) with XOR-MAPPED-ADDRESS."""

    def __init__(self, lab: LabServer, host: str, port: int) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_DGRAM)
        self.sock.bind((host, port))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.lab = lab
        self.received = 0
        self.dropped = 0
        self._thread = threading.Thread(target=self._serve, name="stun-responder", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _drop_this_one(self) -> bool:
        # Deterministic: exactly floor(n * fraction) of the first n requests are dropped.
        f = self.lab.behaviour.stun_drop_fraction
        n = self.received
        return int(n * f) > int((n - 1) * f)

    def _serve(self) -> None:
        from aioice import stun

        while not self.lab.stopping.is_set():
            try:
                data, addr = self.sock.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                request = stun.parse_message(data)
            except ValueError:
                continue
            if (
                request.message_method != stun.Method.BINDING
                or request.message_class != stun.Class.REQUEST
            ):
                continue
            self.received += 1
            b = self.lab.behaviour
            if b.stun_silent or self._drop_this_one():
                self.dropped += 1
                continue
            response = stun.Message(
                stun.Method.BINDING, stun.Class.RESPONSE, transaction_id=request.transaction_id
            )
            response.attributes["XOR-MAPPED-ADDRESS"] = (addr[0], addr[1])
            response.add_fingerprint()
            if b.stun_delay_ms > 0:
                delay = b.stun_delay_ms / 1000.0
                threading.Timer(delay, self._reply, (bytes(response), addr)).start()
            else:
                self._reply(bytes(response), addr)

    def _reply(self, data: bytes, addr: Any) -> None:
        try:
            self.sock.sendto(data, addr)
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()


class _ProxyHandler(BaseHTTPRequestHandler):
    """An HTTP proxy: absolute-URI requests (`GET http://host:port/path`) forwarded on one
    kept-alive upstream connection per client connection, and CONNECT tunnels for HTTPS. Only
    to `server.allowed` hosts (the lab's own), never anywhere else."""

    protocol_version = "HTTP/1.1"
    server: ForwardProxy

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("proxy " + format, *args)

    def _refuse(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _allowed(self, host: str, port: str | int | None) -> bool:
        return host.strip("[]") in self.server.allowed and str(port or "").isdigit()

    def do_CONNECT(self) -> None:
        host, _, port = self.path.rpartition(":")
        self.server.count("CONNECT")
        if not self._allowed(host, port):
            self._refuse(403)
            return
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=10)
        except OSError:
            self._refuse(502)
            return
        upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True
        _pump_both(self.connection, upstream)

    def _forward(self) -> None:
        import http.client

        parts = urlsplit(self.path)
        self.server.count(self.command)
        if parts.scheme != "http" or not self._allowed(parts.hostname or "", parts.port or 80):
            self._refuse(403)
            return
        target = (parts.hostname or "", parts.port or 80)
        # Upstream connections are pooled across client connections, as real proxies do: a
        # client's new connection does not cost the server a new handshake.
        conn = self.server.take(target) or http.client.HTTPConnection(*target, timeout=15)
        length = int(self.headers.get("Content-Length") or 0)
        hop = {"connection", "proxy-connection", "keep-alive", "proxy-authorization", "te",
               "trailer", "transfer-encoding", "upgrade", "host", "content-length"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in hop}
        headers["Via"] = "1.1 preflight-test-proxy"
        body = _LimitedReader(self.rfile, length) if length else None
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            conn.putrequest(self.command, path or "/", skip_accept_encoding=True)
            for k, v in headers.items():
                conn.putheader(k, v)
            if length:
                conn.putheader("Content-Length", str(length))
            conn.endheaders()
            while body is not None and (block := body.read(65536)):
                conn.send(block)
            reply = conn.getresponse()
        except (OSError, http.client.HTTPException):
            conn.close()
            self._refuse(502)
            return
        self.send_response(reply.status, reply.reason)
        for k, v in reply.getheaders():
            if k.lower() not in hop:
                self.send_header(k, v)
        upstream_length = reply.getheader("Content-Length")
        if upstream_length is not None:
            self.send_header("Content-Length", upstream_length)
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            while block := reply.read1(65536):
                if upstream_length is None:
                    block = f"{len(block):x}\r\n".encode() + block + b"\r\n"
                self.wfile.write(block)
            if upstream_length is None:
                self.wfile.write(b"0\r\n\r\n")
            reply.read()  # read1 leaves a finished reply open: the connection's next request
            # would then fail (http.client's CannotSendRequest)
        except OSError:
            self.close_connection = True
            conn.close()
            return
        if reply.will_close:
            conn.close()
        else:
            self.server.give_back(target, conn)

    do_GET = do_POST = do_HEAD = _forward


class _LimitedReader:
    def __init__(self, stream: Any, length: int) -> None:
        self._stream, self._left = stream, length

    def read(self, n: int = 65536) -> bytes:
        if self._left <= 0:
            return b""
        data: bytes = self._stream.read(min(n, self._left))
        self._left -= len(data)
        if not data:
            self._left = 0
        return data


def _pump_both(a: socket.socket, b: socket.socket) -> None:
    def pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    other = threading.Thread(target=pump, args=(b, a), daemon=True)
    other.start()
    pump(a, b)
    other.join(5)
    b.close()


class ForwardProxy(ThreadingHTTPServer):
    """`ForwardProxy(("127.0.0.1", 0), allowed={"127.0.0.1"}).start()`; `url` to use it."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], allowed: set[str]) -> None:
        super().__init__(address, _ProxyHandler)
        self.allowed = set(allowed) | {"127.0.0.1", "::1", "localhost"}
        self.requests: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._idle: dict[tuple[str, int], list[Any]] = {}

    def take(self, target: tuple[str, int]) -> Any:
        """An idle upstream connection to `target`, or None."""
        with self._lock:
            pool = self._idle.get(target, [])
            return pool.pop() if pool else None

    def give_back(self, target: tuple[str, int], conn: Any) -> None:
        with self._lock:
            self._idle.setdefault(target, []).append(conn)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, addr

    def count(self, what: str) -> None:
        with self._lock:
            self.requests[what] = self.requests.get(what, 0) + 1

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ForwardProxy:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.1}, name="lab-proxy",
            daemon=True,
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> ForwardProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("proxy: a client connection failed", exc_info=True)


@dataclass
class LabServer:
    """HTTP + HTTPS speedtest servers and a STUN responder on `host` (loopback by default).

    Ports 0 mean "any free port"; read `http_port`, `tls_port`, `stun_port` after `start()`.
    """

    host: str = "127.0.0.1"
    http_port: int = 0
    tls_port: int = 0
    stun_port: int = 0
    behaviour: Behaviour = field(default_factory=Behaviour)
    cert_dir: str | None = None
    with_tls: bool = True
    with_stun: bool = True
    stopping: threading.Event = field(default_factory=threading.Event)
    requests: dict[str, int] = field(default_factory=dict)
    bytes_down: int = 0
    bytes_up: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._servers: list[_HTTPServer] = []
        self._threads: list[threading.Thread] = []
        self.stun: StunResponder | None = None
        self.cert_path: Path | None = None
        self.bucket_down = TokenBucket(self.behaviour, self.stopping)
        self.bucket_up = TokenBucket(self.behaviour, self.stopping)

    # -- counters -----------------------------------------------------------------------------
    def count(self, path: str) -> None:
        key = re.sub(r"random\d+x\d+", "randomNxN", path.rsplit("/", 1)[-1])
        with self._lock:
            self.requests[key] = self.requests.get(key, 0) + 1

    def add_bytes_down(self, n: int) -> None:
        with self._lock:
            self.bytes_down += n

    def add_bytes_up(self, n: int) -> None:
        with self._lock:
            self.bytes_up += n

    def upload_bound(self, connections: int = 9) -> int:
        """At most the upload bytes a client's TCP can have seen acknowledged (Linux counts
        the upload that way, `tcp_bytes_acked`): what the lab read, plus what its receive
        buffers held when the client reset the connections at the stop (the lab never reads
        those) and the POSTs' request lines and headers (which `bytes_up` leaves out)."""
        rate = self.behaviour.rate_bytes_per_s
        buffer = 2 * max(2048, int(rate / 100)) if rate > 0 else 6 << 20
        posts = sum(n for k, n in self.requests.items() if k in ("upload.php", "__up",
                                                                  "empty.php"))
        return self.bytes_up + connections * buffer + 512 * posts

    # -- URLs ---------------------------------------------------------------------------------
    def _netloc(self, port: int) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{port}"

    def upload_url(self, tls: bool = False) -> str:
        if tls:
            return f"https://{self._netloc(self.tls_port)}/speedtest/upload.php"
        return f"http://{self._netloc(self.http_port)}/speedtest/upload.php"

    def cloudflare_url(self, tls: bool = True) -> str:
        """The base URL of the Cloudflare emulator (`[bandwidth] cloudflare_url`)."""
        return self.url("", tls=tls).rstrip("/")

    def librespeed_url(self, tls: bool = False) -> str:
        """The folder of the LibreSpeed emulator (its `backend/` is below)."""
        return self.url("/librespeed/", tls=tls)

    def url(self, path: str = "/", tls: bool = False) -> str:
        scheme, port = ("https", self.tls_port) if tls else ("http", self.http_port)
        return f"{scheme}://{self._netloc(port)}{path}"

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> LabServer:
        self.stopping.clear()
        http = _HTTPServer((self.host, self.http_port), self, None)
        self.http_port = http.server_address[1]
        self._servers.append(http)
        if self.with_tls:
            cert, key = make_certificate(self.cert_dir)
            self.cert_path = cert
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            https = _HTTPServer((self.host, self.tls_port), self, context)
            self.tls_port = https.server_address[1]
            self._servers.append(https)
        for srv in self._servers:
            t = threading.Thread(
                target=srv.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"lab-{srv.label}",
                daemon=True,
            )
            t.start()
            self._threads.append(t)
        if self.with_stun:
            self.stun = StunResponder(self, self.host, self.stun_port)
            self.stun_port = self.stun.port
            self.stun.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        if self.stun is not None:
            self.stun.close()
        for t in self._threads:
            t.join(2.0)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> LabServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="plain HTTP port (0: any)")
    parser.add_argument("--tls-port", type=int, default=0, help="HTTPS port (0: any; -1: none)")
    parser.add_argument("--stun-port", type=int, default=0, help="STUN UDP port (0: any; -1: none)")
    parser.add_argument("--cert-dir", help="where to keep the test certificate")
    parser.add_argument("--rate-mbps", type=float, default=0.0, help="shared rate limit")
    parser.add_argument("--stun-drop-fraction", type=float, default=0.0)
    parser.add_argument("--stun-delay-ms", type=float, default=0.0)
    parser.add_argument("--upload", default="ok", choices=["ok", "500", "garbage"])
    parser.add_argument("--server-list", default="ok", choices=["ok", "429", "empty", "garbage"])
    parser.add_argument("--hang", default="none", choices=["none", "all", "download"])
    parser.add_argument("--close-per-response", action="store_true",
                        help="close the connection after every response (HTTP/1.0 style)")
    parser.add_argument("--writes", default="one", choices=["one", "two_nagle"],
                        help="headers and body in one segment, or two writes with Nagle on")
    parser.add_argument("--chunked", action="store_true", help="Transfer-Encoding: chunked")
    parser.add_argument("--refuse", type=int, default=0,
                        help="answer every request with this HTTP status (403, 429, 500)")
    parser.add_argument("--close-early", action="store_true",
                        help="end every download after 64 KB by closing the connection")
    parser.add_argument("--proxy-host", default="",
                        help="also run an HTTP/CONNECT proxy here (forwards to --host only)")
    parser.add_argument("--proxy-port", type=int, default=3128)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    behaviour = Behaviour(
        server_list=args.server_list,
        upload=args.upload,
        hang=args.hang,
        rate_bytes_per_s=args.rate_mbps * 1e6 / 8,
        stun_drop_fraction=args.stun_drop_fraction,
        stun_delay_ms=args.stun_delay_ms,
        keep_alive=not args.close_per_response,
        writes=args.writes,
        chunked=args.chunked,
        refuse=args.refuse,
        close_early=args.close_early,
    )
    lab = LabServer(
        host=args.host,
        http_port=args.port,
        tls_port=max(0, args.tls_port),
        stun_port=max(0, args.stun_port),
        behaviour=behaviour,
        cert_dir=args.cert_dir,
        with_tls=args.tls_port >= 0,
        with_stun=args.stun_port >= 0,
    )
    lab.start()
    proxy = None
    if args.proxy_host:
        proxy = ForwardProxy((args.proxy_host, args.proxy_port), allowed={args.host}).start()
    # One line a harness can parse to find the ports.
    print(
        f"ready http={lab.http_port} https={lab.tls_port if lab.with_tls else ''} "
        f"stun={lab.stun_port if lab.with_stun else ''} cert={lab.cert_path or ''}"
        f"{f' proxy={proxy.url}' if proxy else ''}",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        if proxy is not None:
            proxy.stop()
        lab.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
