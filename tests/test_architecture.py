"""The engine is plain Python: no Qt under engine/, checks/, config, devices or the CLI
(house style: a rule without a check drifts)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "preflight"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def _engine_files() -> list[Path]:
    files = [*SRC.glob("engine/**/*.py"), *SRC.glob("checks/**/*.py")]
    files += [SRC / "config.py", SRC / "devices.py", SRC / "cli.py", SRC / "resources.py"]
    return [f for f in files if f.exists()]


def test_engine_and_checks_import_no_qt():
    offenders = {
        str(f.relative_to(SRC)): name
        for f in _engine_files()
        for name in _imports(f)
        if name.split(".")[0] in QT_MODULES
    }
    assert offenders == {}, f"Qt imported outside the GUI layer: {offenders}"
    assert len(_engine_files()) >= 8  # the scan really looked at the engine


def test_cli_never_imports_qtwidgets():
    assert not [n for n in _imports(SRC / "cli.py") if "QtWidgets" in n]


BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {qt!r}:
            raise ImportError('Qt is not installed in this process: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def test_engine_runs_with_qt_uninstalled():
    """Runs the real system check in a process where importing any Qt binding fails."""
    code = BLOCK_QT.format(qt=QT_MODULES) + (
        "from preflight.config import load_config\n"
        "from preflight.engine.runner import Runner\n"
        "from preflight.engine.registry import default_registry\n"
        "ids = default_registry().ids()\n"  # imports every check module that exists
        "report = Runner(load_config()).run(['system'])\n"
        "print(report.results[0].status.value, len(ids))\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    status, count = out.stdout.split()
    assert status in ("pass", "warn")
    assert int(count) >= 1


def test_version_does_not_load_heavy_modules():
    code = (
        "import sys\n"
        "from preflight import cli\n"
        "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('cv2', 'sounddevice', 'speedtest', 'PySide6', 'numpy', 'psutil')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
