"""Shared test setup: every test runs with its own empty user folders, so a developer's own
Preflight configuration, log or checklist ticks never leak into (or out of) a test run."""

from __future__ import annotations

import os
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
    yield


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
