"""Support tests render PDFs with Qt: use the offscreen platform (no display here)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
