"""Shared test setup: every test runs with its own empty user folders, so a developer's own
Preflight configuration, log or checklist ticks never leak into (or out of) a test run."""

from __future__ import annotations

import gc
import ipaddress
import os
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("user")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("PREFLIGHT_CONFIG", raising=False)
    # English unless a test asks for another language: a developer's own LANG must not change
    # what the tests read.
    monkeypatch.setenv("PREFLIGHT_LANG", "en")
    yield
    # Free what the test left (closed windows, their widgets) here on the main thread: Qt
    # objects collected later on some worker thread crash the process.
    gc.collect()


@pytest.fixture
def config():
    from preflight.config import load_config

    return load_config()


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for running the `preflight` command in a subprocess."""
    env = dict(os.environ)
    env.pop("PREFLIGHT_CONFIG", None)
    env.update(extra)
    return env


_real_getaddrinfo = socket.getaddrinfo


def _is_local_name(host) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    name = name.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%")[0])
        # The network lab's own namespaces (bench/netlab.py) use the benchmarking range only:
        # an address literal there asks no resolver anything.
        if address in ipaddress.ip_network("198.18.0.0/15"):
            return True
        return address.is_loopback or name in ("0.0.0.0", "::")
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_real_dns():
    """Tests never ask the machine's real resolver (a private address) anything.

    Loopback names and addresses resolve as usual. Names under the reserved `.invalid` TLD get
    the answer a resolver gives for a name that does not exist (EAI_NONAME) from this stand-in,
    without a query leaving the process: the DNS-failure tests exercise the checks' real
    getaddrinfo error path. Any other name is a test bug: it fails the test.
    """
    unexpected: list[str] = []

    def guarded(host, *args, **kwargs):
        if _is_local_name(host):
            return _real_getaddrinfo(host, *args, **kwargs)
        name = host.decode() if isinstance(host, bytes) else str(host)
        if not name.rstrip(".").lower().endswith(".invalid"):
            unexpected.append(name)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    socket.getaddrinfo = guarded
    try:
        yield
    finally:
        socket.getaddrinfo = _real_getaddrinfo
    assert not unexpected, f"test tried to resolve non-local names: {sorted(set(unexpected))}"
