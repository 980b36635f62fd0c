"""A self-hosted LibreSpeed backend (github.com/librespeed/speedtest), from its documented
PHP backend (`backend/garbage.php`, `backend/empty.php`; doc.md and the backend's source):

* `GET {base}/backend/empty.php`: an empty answer, the latency probe;
* `GET {base}/backend/garbage.php?ckSize=N`: N chunks of 1 MiB of random data (at most 1024);
* `POST {base}/backend/empty.php`: the server reads the body, then answers (empty).

`backend/getIP.php` (the patient's IP address and ISP) is never asked: we neither send nor
keep an address. What the organisation's server receives: those requests, from the patient's
public IP address. Only ever the server the organisation names (`[bandwidth] speedtest_server`
or `--speedtest-server`); `server_kind` tells it from an Ookla-compatible `upload.php`.
"""

from __future__ import annotations

import http.client
import logging
import re
from urllib.parse import urlsplit, urlunsplit

from preflight.checks.network import speedtest_client as sc
from preflight.checks.network.providers import Provider

logger = logging.getLogger(__name__)

# MiB per download request, in turn (bytes count as they arrive; see cloudflare.py).
_DOWNLOAD_CHUNKS = (1,) * 2 + (10,) * 6 + (25,) * 24 + (100,) * 32
_BACKEND_FILE = re.compile(r"/backend(?:/(?:garbage|empty|getIP)\.php)?/?$")
_MAX_REPLY_BYTES = 64  # empty.php answers nothing: a longer body is some other page


def base_url(url: str) -> str:
    """The LibreSpeed folder: `https://speed.example.org/` from that URL itself, or from its
    `backend/` or one of the backend's files."""
    parts = urlsplit(url.strip())
    path = _BACKEND_FILE.sub("", parts.path).rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _latency_ok(status: int, body: bytes) -> bool:
    return status == 200 and len(body) < _MAX_REPLY_BYTES


def _upload_acked(status: int, body: bytes, size: int) -> int | None:
    return size if status == 200 and len(body) < _MAX_REPLY_BYTES else None


class LibreSpeedProvider(Provider):
    name = "librespeed"

    def __init__(self, url: str) -> None:
        self._base = base_url(url)

    def endpoints(self) -> sc.Endpoints:
        backend = f"{self._base}/backend"
        return sc.Endpoints(
            label="Self-hosted",
            latency_url=f"{backend}/empty.php",
            download_urls=tuple(f"{backend}/garbage.php?ckSize={n}" for n in _DOWNLOAD_CHUNKS),
            upload_url=f"{backend}/empty.php",
            latency_ok=_latency_ok,
            upload_acked=_upload_acked,
        )


def _answers(url: str, timeout_s: float, want: bytes | None) -> bool:
    """True when GET `url` answers 200 (with a body starting `want`, or a short one)."""
    route = sc._Route.to(url)
    parts = urlsplit(url)
    try:
        conn = route.connection(timeout_s)
        try:
            conn.request("GET", route.target_prefix + parts.path + "?x=kind",
                         headers=route.headers())
            response = conn.getresponse()
            body = response.read(64)
        finally:
            conn.close()
    except (OSError, http.client.HTTPException):
        return False
    if response.status != 200:
        return False
    return body.startswith(want) if want is not None else len(body) < _MAX_REPLY_BYTES


def server_kind(url: str, *, server_kind_setting: str = "auto", timeout_s: float = 2.0) -> str:
    """"ookla" or "librespeed" for a configured server: the setting when it names one; the URL
    when it says (`.../upload.php`; `.../backend/...`); else the server's answers (Ookla's
    `latency.txt` says `test=test`, LibreSpeed's `backend/empty.php` answers empty). A server
    that answers neither is taken as Ookla's, as before, and its own errors say what is
    wrong."""
    if server_kind_setting in ("ookla", "librespeed"):
        return server_kind_setting
    path = urlsplit(url.strip()).path
    if re.search(r"/upload\.[A-Za-z]+$", path):
        return "ookla"
    if _BACKEND_FILE.search(path):
        return "librespeed"
    folder = url.strip().rstrip("/")
    if _answers(f"{folder}/latency.txt", timeout_s, b"test=test"):
        return "ookla"
    if _answers(f"{folder}/backend/empty.php", timeout_s, None):
        return "librespeed"
    logger.info("the configured speed test server's kind is unclear: taken as Ookla's")
    return "ookla"
