"""Generated video files for the camera tests (written once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.camera.scenes import make_case

# name -> (scene kind, fps, width, height, seconds)
CASES: dict[str, tuple[str, float, int, int, float]] = {
    "normal": ("normal", 30.0, 640, 480, 3.5),
    "normal_720p": ("normal", 30.0, 1280, 720, 3.5),
    "noface": ("noface", 30.0, 640, 480, 3.5),
    "still": ("still", 30.0, 640, 480, 3.5),
    "black": ("black", 30.0, 640, 480, 3.5),
    "frozen": ("frozen", 30.0, 640, 480, 3.5),
    "dark": ("dark", 30.0, 640, 480, 3.5),
    "bright": ("bright", 30.0, 640, 480, 3.5),
    "backlit": ("backlit", 30.0, 640, 480, 3.5),
    "blurred": ("blurred", 30.0, 640, 480, 3.5),
    "fps3": ("normal", 3.0, 640, 480, 4.0),
    "fps10": ("normal", 10.0, 640, 480, 3.5),
    "lowres": ("normal", 30.0, 320, 240, 3.5),
}

# name -> (status, problem): what the check must say about each generated case.
EXPECTED: dict[str, tuple[str, str]] = {
    "normal": ("pass", "none"),
    "normal_720p": ("pass", "none"),
    "noface": ("warn", "no_face"),
    "still": ("pass", "none"),
    "black": ("fail", "black"),
    "frozen": ("fail", "frozen"),
    "dark": ("warn", "dark"),
    "bright": ("warn", "bright"),
    "backlit": ("warn", "backlit"),
    "blurred": ("warn", "blurry"),
    "fps3": ("fail", "low_fps"),
    "fps10": ("warn", "low_fps"),
    "lowres": ("warn", "low_resolution"),
}

# name -> the main finding (camera.<name>) behind that verdict.
FINDING: dict[str, str] = {
    "normal": "ok",
    "normal_720p": "ok",
    "noface": "no_face",
    "still": "ok",
    "black": "black",
    "frozen": "frozen",
    "dark": "dark",
    "bright": "bright",
    "backlit": "backlit",
    "blurred": "blurry",
    "fps3": "very_low_fps",
    "fps10": "low_fps",
    "lowres": "low_resolution",
}


@pytest.fixture(scope="session")
def videos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("camera_videos")
    out = {}
    for name, (kind, fps, width, height, seconds) in CASES.items():
        path = make_case(directory, kind, fps=fps, width=width, height=height, seconds=seconds)
        out[name] = path.rename(directory / f"{name}.avi")
    return out


@pytest.fixture
def camera_cfg(config):
    return config.section("camera")
