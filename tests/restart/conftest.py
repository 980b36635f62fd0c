"""Fixtures of the restart tests: a private bus with the stand-in logind, and the person's
folders (XDG_CONFIG_HOME for the autostart entry, XDG_STATE_HOME for the saved state) in a
temporary folder, so nothing is written to the real ones."""

from __future__ import annotations

import pytest

from tests.restart.logind import PrivateBus, start_logind, stop_logind


@pytest.fixture(scope="module")
def _logind_module(tmp_path_factory):
    bus = PrivateBus(tmp_path_factory.mktemp("bus"))
    fake, thread = start_logind(bus.address)
    yield fake
    stop_logind(fake, thread)
    bus.stop()


@pytest.fixture
def logind(_logind_module, home, monkeypatch):
    """The stand-in logind, reset, reached as the system bus by Preflight's code."""
    _logind_module.reset()
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", _logind_module.address)
    return _logind_module


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The person's config and state folders, in a temporary folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    # Never the real system bus: a test that forgot the `logind` fixture reaches nothing.
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    return tmp_path
