"""Fast tests of build.spec and the runtime hook, without building the bundle.

build.spec is a Python file PyInstaller runs with its build classes (Analysis, PYZ, EXE,
COLLECT) and SPECPATH/workpath injected. Here those classes are replaced by recorders: the
real build is tested in test_bundle.py (slow), these tests check the spec's own decisions in a
second. PyInstaller's helpers (collect_submodules, collect_data_files) run for real.
"""

from __future__ import annotations

import ctypes.util
import runpy
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any, ClassVar

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "build.spec"
RTHOOK = REPO / "scripts" / "pyi_rthook_stdio.py"

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed")


class _Recorder:
    instances: ClassVar[list[_Recorder]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        type(self).instances.append(self)


class FakeAnalysis(_Recorder):
    instances: ClassVar[list[_Recorder]] = []

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__(scripts, **kwargs)
        # What a real Analysis exposes: (name, path, typecode) tables.
        self.scripts = [("pyiboot01_bootstrap", "/x/boot.py", "PYSOURCE")] + [
            (Path(s).stem, s, "PYSOURCE") for s in scripts
        ]
        self.pure: list[tuple[str, str, str]] = []
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY"),
            (
                "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                "/x/vk.so",
                "BINARY",
            ),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
            ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),
            ("libportaudio.so.2", "/x/libportaudio.so.2", "BINARY"),
            ("libasound.so.2", "/x/libasound.so.2", "BINARY"),
        ]
        self.datas = [
            *[(d, s, "DATA") for d, s in kwargs["datas"]],
            ("PySide6/Qt/translations/qtbase_es.qm", "/x/qtbase_es.qm", "DATA"),
            ("PySide6/Qt/translations/qt_es.qm", "/x/qt_es.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qt_help_es.qm", "/x/qt_help_es.qm", "DATA"),
        ]


class FakePYZ(_Recorder):
    instances: ClassVar[list[_Recorder]] = []


class FakeEXE(_Recorder):
    instances: ClassVar[list[_Recorder]] = []


class FakeCOLLECT(_Recorder):
    instances: ClassVar[list[_Recorder]] = []


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    for cls in (FakeAnalysis, FakePYZ, FakeEXE, FakeCOLLECT):
        cls.instances = []
    return runpy.run_path(
        str(SPEC),
        init_globals={
            "SPECPATH": str(REPO),
            "workpath": str(tmp_path_factory.mktemp("pyi-work")),
            "Analysis": FakeAnalysis,
            "PYZ": FakePYZ,
            "EXE": FakeEXE,
            "COLLECT": FakeCOLLECT,
        },
    )


def test_spec_reads_name_and_version_from_pyproject(spec: dict[str, Any]) -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert spec["PROJECT_NAME"] == project["name"]
    assert spec["VERSION"] == project["version"]


def test_one_folder_two_executables_sharing_files(spec: dict[str, Any]) -> None:
    gui, cli = FakeEXE.instances
    assert gui.kwargs["name"] == "Preflight" and gui.kwargs["console"] is False
    assert cli.kwargs["name"] == "preflight-cli" and cli.kwargs["console"] is True
    assert gui.kwargs["disable_windowed_traceback"] is True  # never a traceback to a patient
    for exe in (gui, cli):
        assert exe.kwargs["exclude_binaries"] is True  # shared files live in the COLLECT
    [collect] = FakeCOLLECT.instances
    assert collect.args[:2] == (gui, cli)
    assert collect.kwargs["name"] == "Preflight"
    # Each executable runs its own entry script after the bootstrap and runtime hooks.
    gui_scripts = [name for name, _, _ in gui.args[1]]
    cli_scripts = [name for name, _, _ in cli.args[1]]
    assert gui_scripts == ["pyiboot01_bootstrap", "entry_gui"]
    assert cli_scripts == ["pyiboot01_bootstrap", "entry_cli"]


def test_analysis_lists_lazy_modules_resources_cascade_and_hook(spec: dict[str, Any]) -> None:
    from preflight.devices import PROVIDERS
    from preflight.engine.registry import BUILTIN_CHECKS

    [analysis] = FakeAnalysis.instances
    kwargs = analysis.kwargs
    hidden = set(kwargs["hiddenimports"])
    # Modules imported by name (registry, device providers): PyInstaller can't see these.
    for target in [*BUILTIN_CHECKS.values(), *PROVIDERS.values()]:
        module = target.partition(":")[0]
        if (REPO / "src" / (module.replace(".", "/") + ".py")).exists():
            assert module in hidden, module
    datas = {dest: src for src, dest in kwargs["datas"]}
    assert datas["resources"] == str(REPO / "resources")
    cascades = [src for src, dest in kwargs["datas"] if dest.startswith("cv2")]
    assert [Path(c).name for c in cascades] == ["haarcascade_frontalface_alt.xml"]
    assert kwargs["runtime_hooks"] == [str(RTHOOK)]
    assert "PySide6.QtQuick" in kwargs["excludes"]
    assert "PySide6.QtWebEngineCore" in kwargs["excludes"]
    for needed in ("PySide6.QtMultimedia", "PySide6.QtSvg", "PySide6.QtGui"):
        assert needed not in kwargs["excludes"]


def test_unused_qt_plugins_libraries_and_translations_are_dropped(spec: dict[str, Any]) -> None:
    [analysis] = FakeAnalysis.instances
    kept = {dest for dest, _, _ in analysis.binaries} | {dest for dest, _, _ in analysis.datas}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in kept
    assert "libportaudio.so.2" in kept
    assert "PySide6/Qt/translations/qtbase_es.qm" in kept
    assert "PySide6/Qt/translations/qt_es.qm" in kept
    for dropped in (
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libcairo.so.2",
        "libasound.so.2",  # must match the system's ALSA plugins
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_es.qm",
    ):
        assert dropped not in kept, dropped


def test_runtime_hook_gives_windowed_app_harmless_std_streams(tmp_path: Path) -> None:
    """With stdout and stderr closed, Python starts with sys.stdout/stderr = None, as a
    windowed app on Windows or macOS does; after the hook, printing must not crash."""
    marker = tmp_path / "ok"
    code = (
        "import runpy, sys\n"
        "assert sys.stdout is None and sys.stderr is None\n"
        f"runpy.run_path({str(RTHOOK)!r})\n"
        "print('speedtest-cli prints at import')\n"
        "print('and so does logging', file=sys.stderr)\n"
        f"open({str(marker)!r}, 'w').write('ok')\n"
    )
    proc = subprocess.run(
        ["/bin/sh", "-c", 'exec "$@" >&- 2>&-', "sh", sys.executable, "-c", code],
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert marker.read_text() == "ok"


def test_runtime_hook_falls_back_to_bundled_portaudio_only_when_system_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sys._MEIPASS and the missing system library are simulated: only a frozen app on a
    machine without libportaudio2 has them, and this machine has libportaudio2."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the fallback is for Linux only")
    bundled = tmp_path / "libportaudio.so.2"
    bundled.write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    system = {"portaudio": None, "m": "libm.so.6"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: system.get(name))
    runpy.run_path(str(RTHOOK))
    assert ctypes.util.find_library("portaudio") == str(bundled)
    assert ctypes.util.find_library("m") == "libm.so.6"
    assert ctypes.util.find_library("nothing") is None

    system["portaudio"] = "libportaudio.so.2"  # the system search's answer stands
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: system.get(name))
    runpy.run_path(str(RTHOOK))
    assert ctypes.util.find_library("portaudio") == "libportaudio.so.2"


def test_runtime_hook_changes_nothing_outside_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    before = ctypes.util.find_library
    runpy.run_path(str(RTHOOK))
    assert ctypes.util.find_library is before


def test_macos_app_declares_why_it_uses_camera_and_microphone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS itself can't run here: the spec is read as if on macOS (sys.platform only)."""

    class FakeBUNDLE(_Recorder):
        instances: ClassVar[list[_Recorder]] = []

    for cls in (FakeAnalysis, FakePYZ, FakeEXE, FakeCOLLECT):
        monkeypatch.setattr(cls, "instances", [])  # leave the module's spec fixture intact
    monkeypatch.setattr(sys, "platform", "darwin")
    runpy.run_path(
        str(SPEC),
        init_globals={
            "SPECPATH": str(REPO),
            "workpath": str(tmp_path),
            "Analysis": FakeAnalysis,
            "PYZ": FakePYZ,
            "EXE": FakeEXE,
            "COLLECT": FakeCOLLECT,
            "BUNDLE": FakeBUNDLE,
        },
    )
    [app] = FakeBUNDLE.instances
    assert app.kwargs["name"] == "Preflight.app"
    plist = app.kwargs["info_plist"]
    assert "camera" in plist["NSCameraUsageDescription"]
    assert "microphone" in plist["NSMicrophoneUsageDescription"]
    assert plist["CFBundleShortVersionString"] == app.kwargs["version"]


def test_linux_bundle_carries_fonts_for_chinese_and_arabic(spec: dict[str, Any]) -> None:
    """Linux desktops may lack a CJK font: the bundle carries Noto (scripts/bundle_fonts.py),
    the CJK faces cut to the catalogues' characters; Qt's own words for every language with a
    catalogue (qtbase_ar, qtbase_zh_CN, qtbase_pt_BR) stay in."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Windows and macOS use the system's fonts")
    [analysis] = FakeAnalysis.instances
    fonts = {Path(src).name: Path(src) for src, dest in analysis.kwargs["datas"]
             if dest == "resources/fonts"}
    assert {"PreflightNotoSansSC-Regular.otf", "PreflightNotoSansSC-Bold.otf",
            "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"} <= set(fonts), fonts
    # Cut to what Preflight can show: far below the 16 MB of a whole Noto Sans CJK SC weight.
    assert fonts["PreflightNotoSansSC-Regular.otf"].stat().st_size < 2_000_000
    keep = spec["UNUSED_QT_TRANSLATIONS"]
    for language in ("ar", "zh_CN", "pt_BR", "es"):
        assert not keep.search(f"PySide6/Qt/translations/qtbase_{language}.qm"), language
    assert keep.search("PySide6/Qt/translations/qtbase_de.qm")
