"""speedtest.net (Ookla) through speedtest-cli: the nearest server from speedtest.net's list, or
one self-hosted Ookla-compatible server (its `upload.php`). What speedtest.net receives: the
configuration and server-list requests (our public IP address, as any web request does), then
the chosen server the latency, download and upload requests."""

from __future__ import annotations

from preflight.checks.network import speedtest_client as sc
from preflight.checks.network.providers import Provider


class SpeedtestProvider(Provider):
    name = "speedtest"

    def __init__(self, server_url: str = "") -> None:
        self._server_url = server_url

    def server_url(self) -> str:
        return self._server_url

    def endpoints(self) -> sc.Endpoints | None:
        return None  # speedtest-cli's own protocol (speedtest_client)
