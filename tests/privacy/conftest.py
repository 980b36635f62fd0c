"""The privacy tests reuse the robustness matrix's lab fixtures (audio lab, network lab)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.robustness.conftest import _no_proxies, audio_lab, cert_dir, net_lab  # noqa: F401
