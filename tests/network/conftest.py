"""Fixtures for the network checks: a local speedtest/HTTPS/STUN lab server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.servers.speedtest_server import Behaviour, LabServer, make_certificate

PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ftp_proxy")


@pytest.fixture(scope="session")
def cert_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cert")
    make_certificate(folder)
    return str(folder)


@pytest.fixture(autouse=True)
def _no_cached_speedtest_net() -> Iterator[None]:
    """Each test finds speedtest.net's settings and servers itself: the client keeps them for
    minutes (a patient's "check again"), and another test's lab server has gone."""
    from preflight.checks.network.speedtest_client import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's or CI runner's proxy settings must not route loopback tests elsewhere."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def trusted_lab(cert_dir: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LabServer]:
    """The lab server, its test certificate trusted through SSL_CERT_FILE (which Python's
    default TLS context, and so speedtest-cli's, reads); stopped after. The body of the `lab`
    fixture here and of `net_lab` in tests/robustness."""
    server = LabServer(behaviour=Behaviour(), cert_dir=cert_dir).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_path))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def lab(cert_dir: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LabServer]:
    yield from trusted_lab(cert_dir, monkeypatch)


@pytest.fixture
def speedtest_net_to(monkeypatch: pytest.MonkeyPatch):
    """Route speedtest-cli's hard-coded speedtest.net URLs to the lab server.

    The only stand-in in these tests: speedtest.net itself cannot be reached offline, so
    `speedtest.build_request` rewrites www.speedtest.net / c.speedtest.net to the lab's
    plain-http or https port, keeping the scheme speedtest-cli chose. Everything else
    (config and server-list parsing, server selection, downloads, uploads) is unchanged.
    """
    from preflight.checks.network.speedtest_client import import_speedtest

    st = import_speedtest()
    original = st.build_request
    seen: list[str] = []

    def install(lab: LabServer) -> list[str]:
        def build_request(url: str, *args: Any, **kwargs: Any) -> Any:
            for host in ("www.speedtest.net", "c.speedtest.net"):
                if f"://{host}/" in url:
                    scheme = "https" if url.startswith("https") else "http"
                    if url.startswith("://"):
                        scheme = "https" if kwargs.get("secure") else "http"
                    port = lab.tls_port if scheme == "https" else lab.http_port
                    url = f"{scheme}://127.0.0.1:{port}/" + url.split(f"://{host}/", 1)[1]
                    seen.append(url)
            return original(url, *args, **kwargs)

        monkeypatch.setattr(st, "build_request", build_request)
        return seen

    return install
