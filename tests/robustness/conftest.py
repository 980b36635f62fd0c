"""Fixtures for the fault-injection matrix: the audio lab (tests/audio_lab.py), the network lab
server (tests/servers/speedtest_server.py) and the GUI's fake checks, reused, not copied."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.audio.conftest import audio_lab  # noqa: F401
from tests.gui.conftest import make_window, no_thread_left  # noqa: F401
from tests.network.conftest import _no_proxies, cert_dir, trusted_lab  # noqa: F401
from tests.servers.speedtest_server import LabServer


@pytest.fixture
def net_lab(cert_dir: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LabServer]:  # noqa: F811
    """The loopback speedtest/HTTPS/STUN lab server; its test certificate trusted."""
    yield from trusted_lab(cert_dir, monkeypatch)
