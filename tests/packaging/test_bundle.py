"""Builds the real PyInstaller bundle once (about a minute) and runs the frozen executables.

Nothing is mocked: real PyInstaller, the real frozen `preflight-cli`, the real frozen window on
Qt's offscreen platform, real OpenCV decoding a generated video inside the bundle, and real
PortAudio on the PulseAudio virtual devices (tests/audio_lab.py) when PulseAudio can run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/Preflight built from build.spec into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (it comes with requirements-dev)")
    root = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(root / "dist"),
            "--workpath",
            str(root / "work"),
            str(REPO / "build.spec"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if proc.returncode != 0:
        pytest.fail(f"PyInstaller failed:\n{proc.stderr[-4000:]}")
    folder = root / "dist" / "Preflight"
    assert folder.is_dir()
    return folder


def _frozen_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFLIGHT_CONFIG", None)
    env.pop("PYTHONPATH", None)  # the frozen app must stand on its own
    env.update(extra)
    return env


def _run(exe: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_frozen_env(**env),
        check=False,
    )


def test_bundle_has_both_executables_and_resources(bundle: Path) -> None:
    for name in ("Preflight", "preflight-cli"):
        assert os.access(bundle / name, os.X_OK), name
    internal = bundle / "_internal"
    assert (internal / "resources" / "preflight.toml").is_file()
    assert (internal / "resources" / "schema" / "report.schema.json").is_file()
    assert (internal / "resources" / "icons" / "app.svg").is_file()
    assert (internal / "cv2" / "data" / "haarcascade_frontalface_alt.xml").is_file()
    # Lean: the Qt modules Preflight doesn't use are not there.
    qt_libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert "libQt6Widgets.so.6" in qt_libs
    assert not {n for n in qt_libs if re.match(r"libQt6(Quick|Qml|WebEngine|3D)", n)}


def test_frozen_cli_version_matches_pyproject(bundle: Path) -> None:
    proc = _run(bundle / "preflight-cli", "--version", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"preflight {VERSION}"


def test_frozen_cli_system_check_json(bundle: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    proc = _run(bundle / "preflight-cli", "check", "--only", "system", "--json")
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    document = json.loads(proc.stdout)
    schema = json.loads((REPO / "resources" / "schema" / "report.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert document["schema"] == "preflight.report/2"
    assert document["app_version"] == VERSION
    [system] = document["checks"]
    assert system["id"] == "system" and system["status"] in ("pass", "warn")
    assert system["metrics"]["cpu_count"] >= 1


def test_frozen_camera_check_decodes_video_with_bundled_opencv(
    bundle: Path, tmp_path: Path
) -> None:
    """OpenCV, its FFmpeg, numpy (and its OpenBLAS) and the face cascade load in the bundle."""
    cv2 = pytest.importorskip("cv2")
    import numpy as np

    video = tmp_path / "camera.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, (640, 480))
    rng = np.random.default_rng(1)
    for i in range(45):  # a moving, textured picture: not black, not frozen
        frame = rng.integers(60, 200, (480, 640, 3), dtype=np.uint8)
        cv2.putText(frame, str(i), (50, 240), cv2.FONT_HERSHEY_SIMPLEX, 4, (255, 255, 255), 8)
        writer.write(frame)
    writer.release()
    proc = _run(
        bundle / "preflight-cli",
        "check",
        "--only",
        "camera",
        "--camera",
        str(video),
        "--json",
        "--non-interactive",
    )
    assert "Traceback" not in proc.stderr
    [camera] = json.loads(proc.stdout)["checks"]
    assert camera["status"] != "error", camera
    assert camera["metrics"]["frames"] > 0
    assert camera["metrics"]["width"] == 640


def test_frozen_app_survives_without_std_streams(bundle: Path, tmp_path: Path) -> None:
    """With stdout/stderr closed, Python starts with sys.stdout = None, as a windowed app does
    on Windows and macOS; speedtest-cli (imported by the bandwidth check) prints at import.
    The speed test server is a closed loopback port: the check fails, but it must fail on the
    network, not on importing speedtest-cli."""
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [
            "/bin/sh",
            "-c",
            'exec "$@" >&- 2>&-',
            "sh",
            str(bundle / "preflight-cli"),
            "check",
            "--only",
            "bandwidth",
            "--non-interactive",
            "--speedtest-server",
            "http://127.0.0.1:9/upload.php",
            "--report",
            str(report),
        ],
        timeout=120,
        env=_frozen_env(),
        check=False,
    )
    assert proc.returncode in (1, 3)
    [bandwidth] = json.loads(report.read_text(encoding="utf-8"))["checks"]
    assert bandwidth["id"] == "bandwidth"
    assert bandwidth["metrics"].get("error_reason") != "speedtest_unavailable", bandwidth
    assert bandwidth["status"] in ("fail", "error")


def test_frozen_window_opens_offscreen(bundle: Path) -> None:
    gui = bundle / "Preflight"
    if not (REPO / "src" / "preflight" / "gui" / "app.py").exists():
        # Documented fallback (docs/packaging.md): a build without the window says so.
        proc = _run(gui, timeout=60)
        assert proc.returncode == 2
        assert "window is not available" in proc.stderr
        return
    proc = _run(gui, timeout=60, QT_QPA_PLATFORM="offscreen", PREFLIGHT_QUIT_AFTER_SHOWN="1")
    assert proc.returncode == 0, proc.stderr
    assert "preflight-window-shown" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_frozen_window_keeps_running(bundle: Path) -> None:
    if not (REPO / "src" / "preflight" / "gui" / "app.py").exists():
        pytest.skip("this build has no window yet (see test_frozen_window_opens_offscreen)")
    proc = subprocess.Popen(
        [str(bundle / "Preflight")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_frozen_env(QT_QPA_PLATFORM="offscreen"),
    )
    try:
        time.sleep(4)
        still_running = proc.poll() is None
        if still_running:
            proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert still_running or proc.returncode == 0, stderr
    assert "Traceback" not in stderr


@pytest.mark.audio
def test_frozen_cli_finds_audio_devices_through_portaudio(bundle: Path) -> None:
    from tests.audio_lab import lab_or_skip

    lab = lab_or_skip()
    try:
        proc = _run(bundle / "preflight-cli", "devices", "--json", timeout=60, **lab.env)
    finally:
        lab.stop()
    assert proc.returncode == 0, proc.stderr
    listing = json.loads(proc.stdout)
    assert listing["problems"] == []
    kinds = {d["kind"] for d in listing["devices"]}
    assert {"input", "output"} <= kinds, listing


def test_no_bundled_file_needs_a_library_the_spec_dropped(bundle: Path) -> None:
    """build.spec removes some Qt plugins and the libraries only they use; nothing left may
    still list one of those as a dependency (it would fail to load on a clean machine)."""
    present = {p.name for p in bundle.rglob("*.so*")}
    missing: dict[str, set[str]] = {}
    for lib in bundle.rglob("*.so*"):
        out = subprocess.run(
            ["objdump", "-p", str(lib)], capture_output=True, text=True, check=False
        ).stdout
        for needed in re.findall(r"NEEDED\s+(\S+)", out):
            dropped_by_spec = re.match(
                r"lib(Qt6|atk-|gtk-3|gdk-3|cairo|gdk_pixbuf|pango|pixman|thai|datrie|fribidi)",
                needed,
            )
            if dropped_by_spec and needed not in present:
                missing.setdefault(needed, set()).add(lib.name)
    assert missing == {}


def test_frozen_window_screenshot_under_xvfb(bundle: Path, tmp_path: Path) -> None:
    """The frozen window on a real X server (Xvfb, Qt's xcb platform): the screenshot must show
    a window, not an empty screen. PREFLIGHT_SCREENSHOT_DIR keeps a copy for docs/."""
    import shutil

    if not (shutil.which("Xvfb") and shutil.which("import")):
        pytest.skip("needs Xvfb and imagemagick's import")
    if not (REPO / "src" / "preflight" / "gui" / "app.py").exists():
        pytest.skip("this build has no window yet")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    gui = None
    try:
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        assert display != ":", "Xvfb did not start"
        env = _frozen_env(DISPLAY=display)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        gui = subprocess.Popen(
            [str(bundle / "Preflight")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        time.sleep(6)  # window start plus first paint; a generous margin on a busy machine
        assert gui.poll() is None, gui.communicate(timeout=5)[1]
        shot = tmp_path / "frozen-window.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True, timeout=30)
        colours = subprocess.run(
            ["/usr/bin/convert", str(shot), "-format", "%k", "info:"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout
        assert int(colours) > 20, "the screen is (almost) one colour: no window was drawn"
        keep = os.environ.get("PREFLIGHT_SCREENSHOT_DIR")
        if keep:
            shutil.copy(shot, Path(keep) / shot.name)
    finally:
        if gui is not None:
            gui.terminate()
            try:
                _, stderr = gui.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                gui.kill()
                _, stderr = gui.communicate()
            assert "Traceback" not in (stderr or "")
        xvfb.terminate()
        xvfb.wait(10)
