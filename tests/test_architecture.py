"""The shape of the house, checked by tools (house style: a rule without a check drifts).

Who may import whom is the import-linter contracts in pyproject.toml (`lint-imports`, which
`make test` also runs before pytest): the layers cli > gui > restart > support > checks > config >
engine,
no Qt outside the window, checks that know only the engine, an engine that knows no check.
These tests run the real tool, show that it catches a violation, pin down its one exception,
and run the engine in a process where Qt cannot be imported at all.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from preflight.engine.registry import BUILTIN_CHECKS

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "preflight"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def _contracts() -> list[dict]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["tool"]["importlinter"]["contracts"]


def lint_imports(cwd: Path, src: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` over the package found in `src`, with the contracts of `cwd`."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(src), "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold():
    out = lint_imports(ROOT, ROOT / "src")
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Contracts: {len(_contracts())} kept, 0 broken." in out.stdout
    kinds = sorted(c["type"] for c in _contracts())
    assert kinds == ["forbidden", "forbidden", "forbidden", "forbidden", "layers"]


def test_the_contracts_catch_violations(tmp_path):
    """A copy of the package with three violations: each contract that should see one, does."""
    shutil.copytree(SRC, tmp_path / "src" / "preflight",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    copy = tmp_path / "src" / "preflight"
    with (copy / "engine" / "result.py").open("a", encoding="utf-8") as f:
        f.write("\nimport PySide6.QtCore  # noqa\n")
    with (copy / "checks" / "system.py").open("a", encoding="utf-8") as f:
        f.write("\nfrom preflight.support import logs  # noqa\n")
    with (copy / "config.py").open("a", encoding="utf-8") as f:
        f.write("\nimport preflight.gui  # noqa\n")
    with (copy / "restart" / "state.py").open("a", encoding="utf-8") as f:
        f.write("\nimport PySide6.QtWidgets  # noqa\nimport preflight.gui.app  # noqa\n")
    out = lint_imports(tmp_path, tmp_path / "src")
    assert out.returncode == 1, out.stdout + out.stderr
    text = " ".join(out.stdout.split())  # contract names are wrapped on narrow terminals
    broken = [c["name"] for c in _contracts() if f"{c['name']} BROKEN" in text]
    assert broken == [
        "Layers: the CLI over the window over restart over support over checks over config "
        "over the engine",
        "No Qt outside the window: engine, checks, config, support, devices and i18n run "
        "without it",
        "Checks know only the engine: never the window or the support tools",
    ], out.stdout
    assert "preflight.engine.result -> PySide6" in out.stdout
    assert "preflight.restart.state -> PySide6" in out.stdout  # restart runs without Qt
    assert "preflight.restart.state -> preflight.gui.app" in out.stdout  # below the window


def _qt_imports(path: Path) -> list[tuple[str, ast.AST | None]]:
    """(module, enclosing function or None) for every Qt import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, ast.AST | None]] = []

    def visit(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module:
                names = [child.module]
            found.extend((n, function) for n in names if n.split(".")[0] in QT_MODULES)
            visit(child, inner)

    visit(tree, None)
    return found


def test_the_one_qt_exception_stays_the_pdf_writers():
    """pyproject.toml lets support/reports.py import Qt (import-linter can only name the
    whole PySide6 package): it must stay QtGui and QtCore, inside functions, in that file."""
    (ignored,) = [c for c in _contracts() if c.get("ignore_imports")]
    assert ignored["ignore_imports"] == ["preflight.support.reports -> PySide6"]
    qt = _qt_imports(SRC / "support" / "reports.py")
    assert qt, "the PDF writer no longer uses Qt: drop the exception from pyproject.toml"
    assert {module for module, _ in qt} <= {"PySide6.QtGui", "PySide6.QtCore"}
    assert all(function is not None for _, function in qt)  # saving JSON or HTML loads no Qt
    for path in (SRC / "support").rglob("*.py"):
        if path.name != "reports.py":
            assert _qt_imports(path) == [], path


BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {qt!r}:
            raise ImportError('Qt is not installed in this process: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def test_engine_runs_with_qt_uninstalled():
    """Runs the real system check in a process where importing any Qt binding fails, after
    loading every check's descriptor and class (and so the libraries each check uses)."""
    code = BLOCK_QT.format(qt=QT_MODULES) + (
        "from preflight.config import load_config\n"
        "from preflight.engine.runner import Runner\n"
        "from preflight.engine.registry import default_registry\n"
        "registry = default_registry()\n"
        "broken = []\n"
        "for d in registry.descriptors():\n"
        "    cls = registry.get(d.id)\n"
        "    if cls.__module__ != d.check.partition(':')[0]:\n"  # the registry's stand-in
        "        broken.append(d.id)\n"
        "assert not broken, f'checks that could not load without Qt: {broken}'\n"
        "report = Runner(load_config()).run(['system'])\n"
        "print(report.results[0].status.value, len(registry.ids()))\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    status, count = out.stdout.split()
    assert status in ("pass", "warn")
    assert int(count) == len(BUILTIN_CHECKS)


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


def test_reading_every_descriptor_loads_no_device_library():
    """Descriptors are cheap: the configuration's schema reads them all (load_config), so
    none may pull in OpenCV, PortAudio, speedtest-cli, aioice or Qt."""
    code = (
        "import sys\n"
        "from preflight.config import load_config\n"
        "from preflight.engine.registry import default_registry\n"
        "load_config()\n"
        "print(len(default_registry().descriptors()))\n"
        "print(sorted(m for m in ('cv2', 'sounddevice', 'speedtest', 'aioice', 'PySide6')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [str(len(BUILTIN_CHECKS)), "[]"]
