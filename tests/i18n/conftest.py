"""Translation tests: the language is process-wide, so every test leaves it as it found it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from preflight import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restore_language(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    before = i18n.current_language()
    yield
    i18n.set_language(before)
    i18n.clear_cache()


@pytest.fixture
def spanish():
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def load_extractor():
    """scripts/i18n_extract.py as a module (scripts/ is not a package)."""
    name = "i18n_extract"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n_extract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
