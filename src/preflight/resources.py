"""Find files under resources/ whether Preflight runs from a checkout, an install or a
PyInstaller bundle (after vorta's get_asset)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data files here; build.spec puts resources/ at the top
        return Path(frozen_root) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():  # a wheel install carries a copy inside the package
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"  # src/preflight -> checkout root


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def bundled_fonts(folder: Path | None = None) -> list[Path]:
    """The font files the bundle carries (resources/fonts/, made by scripts/bundle_fonts.py for
    the Linux bundle; absent in a checkout, where the system's fonts are used)."""
    where = resource_path("fonts") if folder is None else folder
    try:
        return sorted(p for p in where.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    except OSError:
        return []
