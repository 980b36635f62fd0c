"""Cloudflare's speed test (speed.cloudflare.com), the endpoints Cloudflare's open-source
`cloudflare/speedtest` library measures against (its `src/config/defaultConfig.ts` and
`src/engines/BandwidthEngine/BandwidthEngine.ts`, read for the protocol, no code taken):

* `GET {base}/__down?bytes=N`: N bytes; `bytes=0` is the latency probe. Each answer carries
  `Server-Timing: cfRequestDuration;dur=<ms>`, the server's own time, which the library takes
  off the time to the first byte (so do we).
* `POST {base}/__up`: the server reads the body, then answers; the answer's arrival is the
  library's end of the upload (so our acknowledgement).

No server list, no account, no configuration fetch: Cloudflare's anycast address is the
nearest server. What Cloudflare receives: the requests themselves (our public IP address, as
any web request does) and a cache-busting number; nothing about the patient. The base URL is
`[bandwidth] cloudflare_url` (tests and the lab point it at an emulator).
"""

from __future__ import annotations

import http.client
import re

from preflight.checks.network import speedtest_client as sc
from preflight.checks.network.providers import Provider

# Sizes of the files fetched in turn by the download's connections. Bytes count as they
# arrive, so large files suit slow links too; the first are small so a connection that is
# slow to start does not hold a large file (the library also steps 100 kB, 1, 10, 25, 100 MB).
_DOWNLOAD_SIZES = (1_000_000,) * 2 + (10_000_000,) * 6 + (25_000_000,) * 24 + (100_000_000,) * 32
# An upload's answer is a few bytes at most: a longer body is some other page (a portal's, a
# proxy's), not the endpoint's answer.
_MAX_REPLY_BYTES = 64
_SERVER_TIMING = re.compile(r"(?:^|[;,])\s*dur=([0-9.]+)")


def server_time_ms(response: http.client.HTTPResponse) -> float:
    """The server's own time from `Server-Timing` (`cfRequestDuration;dur=15.9`), in ms."""
    match = _SERVER_TIMING.search(response.getheader("Server-Timing") or "")
    try:
        return float(match.group(1)) if match else 0.0
    except ValueError:
        return 0.0


def _latency_ok(status: int, body: bytes) -> bool:
    return status == 200 and body == b""  # bytes=0 asks for an empty body


def _upload_acked(status: int, body: bytes, size: int) -> int | None:
    return size if status == 200 and len(body) < _MAX_REPLY_BYTES else None


class CloudflareProvider(Provider):
    name = "cloudflare"

    def __init__(self, base_url: str = "https://speed.cloudflare.com") -> None:
        self._base = base_url.rstrip("/")

    def endpoints(self) -> sc.Endpoints:
        base = self._base
        return sc.Endpoints(
            label="Cloudflare",
            latency_url=f"{base}/__down?bytes=0",
            download_urls=tuple(f"{base}/__down?bytes={n}" for n in _DOWNLOAD_SIZES),
            upload_url=f"{base}/__up",
            latency_ok=_latency_ok,
            upload_acked=_upload_acked,
            server_time_ms=server_time_ms,
        )
