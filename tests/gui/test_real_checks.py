"""The window with real checks: the real system check (psutil), and the real app start-up
in a subprocess (lazy imports, quitting cleanly)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.conftest import REPO, cli_env

pytestmark = pytest.mark.timeout(90)


def test_real_system_check_in_the_window(qtbot, no_thread_left, config):
    from preflight.gui.main_window import MainWindow

    window = MainWindow(config, check_ids=["system"])  # the real registry, the real check
    qtbot.addWidget(window)
    window.show()
    p = window.patient
    assert [s.key for s in p.steps] == ["computer"]
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "system" in window.session.results, timeout=20_000)
    result = window.session.results["system"]
    assert result.status.value in ("pass", "warn")
    card = p.steps[0].view.cards["system"]
    assert card.summary.text() == result.summary
    assert card.badge.status == result.status.value
    qtbot.mouseClick(p.steps[0].view.next, Qt.MouseButton.LeftButton)
    verdict = p.results.verdict.text()
    if result.status.value == "pass":
        assert verdict == "You're ready for your visit"
    else:
        assert verdict.startswith("Almost ready")
    assert not p.results.hotline.isVisible()
    assert window.shutdown()


def test_real_system_check_in_helpdesk_shows_metrics(qtbot, config):
    from preflight.gui.main_window import MainWindow

    window = MainWindow(config, check_ids=["system"])
    qtbot.addWidget(window)
    window.show_helpdesk()
    view = window.helpdesk_view
    qtbot.mouseClick(view.run_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "system" in window.session.results and not window.session.busy,
                    timeout=20_000)
    view.table.selectRow(0)
    keys = {view.metrics.item(r, 0).text() for r in range(view.metrics.rowCount())}
    assert {"cpu_percent", "memory_available_gb"} <= keys
    assert window.shutdown()


def test_app_starts_without_heavy_modules_and_quits():
    """`preflight` (no command) opens the window without loading OpenCV, PortAudio or
    speedtest-cli, and quits cleanly (exit 0)."""
    code = (
        "import sys\n"
        "from preflight import cli\n"
        "rc = cli.main([])\n"
        "heavy = [m for m in ('cv2', 'sounddevice', 'speedtest') if m in sys.modules]\n"
        "print('HEAVY', heavy, 'RC', rc)\n"
    )
    env = cli_env(QT_QPA_PLATFORM="offscreen", PREFLIGHT_QUIT_AFTER_SHOWN="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=env, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "preflight-window-shown" in out.stderr
    assert "HEAVY [] RC 0" in out.stdout


def test_bad_config_is_reported_not_a_traceback(tmp_path):
    bad = tmp_path / "org.toml"
    bad.write_text("[hotline]\nphone = 5\n", encoding="utf-8")
    env = cli_env(QT_QPA_PLATFORM="offscreen")
    # The error dialog waits for a click: a timer closes it, as the person would.
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([])\n"
        "QTimer.singleShot(300, lambda: [w.close() for w in app.topLevelWidgets()])\n"
        "from preflight.gui.app import main\n"
        f"raise SystemExit(main(['--config', {str(bad)!r}]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=env, cwd=REPO)
    assert out.returncode == 2
    assert "hotline.phone" in out.stderr
    assert "Traceback" not in out.stderr


def test_window_collects_garbage_only_on_the_ui_thread(qtbot):
    """Automatic (any-thread) collection is off while a window exists; the UI thread's timer
    still collects cycles."""
    import gc
    import weakref

    from preflight.config import load_config
    from preflight.gui.main_window import MainWindow

    window = MainWindow(load_config(), check_ids=["system"])
    qtbot.addWidget(window)
    assert not gc.isenabled()

    class Node:
        pass

    cycles = []
    for _ in range(3000):  # well past generation 0's threshold
        a, b = Node(), Node()
        a.other, b.other = b, a
        cycles.append(weakref.ref(a))
    del a, b
    qtbot.waitUntil(lambda: all(ref() is None for ref in cycles), timeout=5000)
