"""The camera's descriptor and findings: what the check can say, said once.

`assess` is driven here with plain FrameStats (no OpenCV): frame statistics in, the check's
result with its findings out."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

import preflight.checks.camera as camera_pkg
from preflight.checks.camera.analysis import FrameStats, assess
from preflight.checks.camera.descriptor import DESCRIPTOR, PROBLEMS, permission_advice
from preflight.engine.findings import Buckets, placeholders
from preflight.engine.result import CheckResult, Status
from tests.conftest import REPO

WINDOW = [i / 30 for i in range(90)]  # 3 s at 30 fps


def _stats(n: int = 60, *, luma: float = 120.0, sharpness: float = 300.0, contrast: float = 50.0,
           face: bool = True, width: int = 1280, height: int = 720, black: bool = False,
           frozen: bool = False, centre: float | None = None, border: float | None = None
           ) -> list[FrameStats]:  # fmt: skip
    out = []
    for i in range(n):
        checked = i % 8 == 0
        out.append(
            FrameStats(
                t_s=i / 30,
                width=width,
                height=height,
                mean_luma=luma,
                contrast=contrast,
                sharpness=sharpness,
                black=black,
                ssim_prev=None if i == 0 else (0.999 if frozen else 0.9),
                diff_prev=None if i == 0 else (0.0 if frozen else 3.0),
                frozen=frozen and i > 0,
                centre_luma=luma if centre is None else centre,
                border_luma=luma if border is None else border,
                face_checked=checked,
                face_box=(0.4, 0.2, 0.2, 0.3) if checked and face else None,
                face_luma=None,
            )
        )
    return out


def _times(fps: float, seconds: float = 3.0) -> list[float]:
    return [i / fps for i in range(int(seconds * fps))]


# -- cheap to import ---------------------------------------------------------------------------


def test_importing_the_camera_package_loads_no_opencv_or_numpy():
    code = (
        "import sys\n"
        "import preflight.checks.camera as camera\n"
        "from preflight.engine.registry import Registry\n"
        "d = Registry().descriptor('camera')\n"
        "assert d is camera.DESCRIPTOR and d.step.key == 'camera', d\n"
        "import preflight.checks.camera.check\n"  # the class too: OpenCV loads when it runs
        "heavy = sorted(m for m in ('cv2', 'numpy') if m in sys.modules)\n"
        "print(','.join(heavy) or 'none')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, cwd=REPO)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "none"


def test_old_names_still_import_from_the_package():
    """The window and older code import these from preflight.checks.camera (PEP 562)."""
    from preflight.checks.camera import (
        SHARED_PREVIEW_KEY,
        FrameSource,
        list_cameras,
        open_capture,
        resolve_camera,
    )
    from preflight.checks.camera.capture import open_capture as real_open
    from preflight.checks.camera.source import FrameSource as RealSource
    from preflight.devices_os import list_cameras as real_list

    assert FrameSource is RealSource and open_capture is real_open and list_cameras is real_list
    assert SHARED_PREVIEW_KEY == "camera.preview" and callable(resolve_camera)
    for name in camera_pkg.__all__:
        assert getattr(camera_pkg, name) is not None, name
    assert set(camera_pkg.__all__) <= set(dir(camera_pkg))
    with pytest.raises(AttributeError, match="no_such_name"):
        camera_pkg.no_such_name  # noqa: B018


# -- the descriptor ----------------------------------------------------------------------------


def test_descriptor_says_title_step_and_the_check_class_once():
    from preflight.checks.camera.check import CameraCheck
    from preflight.engine.registry import Registry

    assert DESCRIPTOR.title == "Camera"
    step = DESCRIPTOR.step
    assert step is not None
    assert (step.key, step.title, step.guided, step.device_kind, step.option, step.picker) == (
        "camera", "Camera", True, "camera", "camera", "Camera:")  # fmt: skip
    assert step.intro == (
        "We will look at your camera picture for a few seconds. Sit where you will sit for your "
        "visit, facing a light if you can."
    )
    assert Registry().get("camera") is CameraCheck
    assert (CameraCheck.id, CameraCheck.resources, CameraCheck.deadline_s) == (
        "camera", frozenset({"camera"}), 11.0)  # fmt: skip (11 s: other cameras tried too)


def test_every_problem_word_of_saved_reports_has_a_finding():
    words = {PROBLEMS.get(spec.name, spec.name) for spec in DESCRIPTOR.findings}
    assert words - {None} == {
        "none", "missing", "busy", "no_frames", "black", "frozen", "low_fps", "dark", "bright",
        "backlit", "blurry", "no_face", "low_resolution",
    }  # fmt: skip
    non_pass = [s for s in DESCRIPTOR.findings if s.level is not Status.PASS]
    assert len(non_pass) <= 21  # the support code's main field stays within 5 bits
    for spec in non_pass:
        assert spec.helpdesk, spec.name
        assert spec.advice, spec.name


def test_helpdesk_texts_use_only_config_keys(config):
    """The agent decodes ids, not numbers: only the agent's own [camera] values can fill in."""
    keys = set(config.section("camera")) | {"check"}
    for spec in DESCRIPTOR.findings:
        assert placeholders(spec.helpdesk) <= keys, spec.name


def test_code_fields_fit_six_bits_and_follow_the_config_thresholds(config):
    section = dict(config.section("camera"))
    bits = 0
    for cf in DESCRIPTOR.code_fields:
        assert isinstance(cf, Buckets)
        bits += math.ceil(math.log2(cf.size))
    assert bits <= 6
    fps, resolution = (
        next(cf for cf in DESCRIPTOR.code_fields if cf.name == name)
        for name in ("fps", "resolution")
    )
    assert {"fail_fps", "warn_fps"} <= set(fps.edges)  # by key, not copied numbers
    assert fps.resolved_edges(section) == (1.0, 5.0, 10.0, 15.0, 24.0, 29.0)
    assert resolution.resolved_edges(section) == (480.0, 720.0, 1080.0)
    stricter = {**section, "warn_fps": 20.0, "min_height": 600}
    assert 20.0 in fps.resolved_edges(stricter) and 15.0 not in fps.resolved_edges(stricter)
    assert resolution.resolved_edges(stricter)[0] == 600.0


def test_permission_advice_names_the_system_of_this_computer():
    assert permission_advice("win32").startswith("Windows: open Settings")
    assert permission_advice("darwin").startswith("Mac: open System Settings")
    assert permission_advice("linux") == (
        "Check that your user account is allowed to use the camera."
    )


# -- assess: frame statistics in, findings out -------------------------------------------------


def test_a_good_window_passes_with_the_ok_finding(camera_cfg):
    result = assess(_stats(), WINDOW, camera_cfg, device="Cam")
    assert result.status is Status.PASS
    assert result.finding_ids == ("camera.ok",)
    assert result.summary == "Your camera works and the picture looks good."
    assert result.advice == ()
    assert result.metrics["problem"] == "none"
    assert result.metrics["short_side_px"] == 720


def test_several_warnings_are_several_findings_and_the_first_gives_the_summary(camera_cfg):
    result = assess(_stats(luma=40.0, face=False, width=320, height=240), _times(10.0),
                    camera_cfg)  # fmt: skip
    assert result.status is Status.WARN
    assert result.finding_ids == (
        "camera.low_fps", "camera.dark", "camera.low_resolution", "camera.no_face")  # fmt: skip
    assert result.summary == (
        "Your camera sends only 10 pictures a second, so your video may look choppy."
    )
    assert result.metrics["problem"] == "low_fps"  # the main finding, for saved reports
    # Every finding's advice, in the findings' order, each sentence once.
    assert result.advice == (
        "Close other programs you do not need, especially other video programs.",
        "Turn on more light: many cameras slow down in dim light.",
        "Face a window or lamp; don't sit with a bright window behind you.",
        "Turn on a light in the room, in front of you.",
        "If something is covering the camera, remove it.",
        "If you have another camera (for example a newer USB webcam), choose it instead.",
        "Sit facing the camera, about an arm's length away, with your whole face in the picture.",
        "If you chose not to be seen during this check, you can ignore this.",
    )
    by_id = {f.id: f for f in result.findings}
    assert by_id["camera.low_fps"].values == {"fps": 10}
    assert by_id["camera.low_fps"].limits == {"warn_fps": 15.0}
    assert by_id["camera.dark"].values == {"mean_luma": 40.0}
    assert by_id["camera.dark"].limits == {"dark_luma": 60.0}
    assert by_id["camera.low_resolution"].values == {"width": 320, "height": 240}
    assert by_id["camera.low_resolution"].limits == {"min_width": 640, "min_height": 480}
    assert by_id["camera.no_face"].values["face_fraction"] == 0.0


def test_a_failure_is_the_verdict_alone(camera_cfg):
    """A black picture at 3 fps and without a face: only the black picture is told."""
    result = assess(_stats(luma=5.0, black=True, face=False), _times(3.0), camera_cfg)
    assert result.status is Status.FAIL
    assert result.finding_ids == ("camera.black",)
    assert result.advice[0].startswith("Slide open the camera's cover or privacy shutter")
    jerky = assess(_stats(face=False), _times(3.0), camera_cfg)
    assert jerky.finding_ids == ("camera.very_low_fps",)
    assert jerky.metrics["problem"] == "low_fps"
    assert jerky.summary.startswith("Your camera sends only 3 pictures a second")


def test_frozen_and_backlit_findings_carry_their_numbers_and_thresholds(camera_cfg):
    frozen = assess(_stats(frozen=True), WINDOW, camera_cfg)
    assert frozen.finding_ids == ("camera.frozen",)
    assert frozen.findings[0].values == {"frozen_fraction": 1.0}
    assert set(frozen.findings[0].limits) == {
        "bad_frames_max_fraction", "frozen_ssim", "frozen_max_diff"}  # fmt: skip
    backlit = assess(_stats(luma=120.0, centre=60.0, border=200.0, face=False), WINDOW,
                     camera_cfg)  # fmt: skip
    assert backlit.finding_ids == ("camera.backlit", "camera.no_face")
    assert backlit.summary == "The light behind you makes your face too dark to see."
    assert backlit.findings[0].values == {"backlight_ratio": 0.3, "background_luma": 200.0}


def test_the_organisations_thresholds_decide_and_are_recorded(camera_cfg):
    """An organisation asking for 20 fps: 18 fps is choppy for it, and the finding says 20."""
    strict = {**camera_cfg, "warn_fps": 20.0}
    assert assess(_stats(), _times(18.0), camera_cfg).finding_ids == ("camera.ok",)
    result = assess(_stats(), _times(18.0), strict)
    assert result.finding_ids == ("camera.low_fps",)
    assert result.findings[0].limits == {"warn_fps": 20.0}


def test_no_judged_frames_is_no_frames(camera_cfg):
    result = assess([], WINDOW, camera_cfg, device="Cam")
    assert (result.status, result.finding_ids) == (Status.FAIL, ("camera.no_frames",))
    assert dict(result.metrics) == {"device": "Cam", "frames": 0, "problem": "no_frames"}


def test_findings_survive_the_json_report(camera_cfg):
    result = assess(_stats(luma=40.0), WINDOW, camera_cfg)
    again = CheckResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again.findings == result.findings
    assert again.summary == result.summary and again.advice == result.advice


def _with_faces_in(stats: list[FrameStats], searched_with_face: int) -> list[FrameStats]:
    """The first `searched_with_face` searched frames see a face, the other searched ones none."""
    seen = 0
    for st in stats:
        if st.face_checked:
            seen += 1
            st.face_box = (0.4, 0.2, 0.2, 0.3) if seen <= searched_with_face else None
    return stats


def test_a_face_seen_only_sometimes_is_a_gentle_tip_not_a_warning(camera_cfg):
    """Issue 17: when detection is unsure (a face in some searched frames, fewer than
    face_min_fraction), the advice is gentle and the status is not lowered for it alone."""
    stats = _with_faces_in(_stats(), 1)  # 1 of 8 searched frames
    result = assess(stats, WINDOW, camera_cfg)
    assert result.status is Status.PASS
    assert result.finding_ids == ("camera.ok", "camera.face_unsure")
    assert result.summary == "Your camera works and the picture looks good."
    assert result.advice == (
        "If you can, sit facing the camera with your whole face in the picture.",)
    unsure = result.findings[1]
    assert unsure.values == {"face_fraction": 0.125, "frames_searched": 8}
    assert unsure.limits == {"face_min_fraction": 0.3}
    assert result.metrics["face_found"] is False and result.metrics["problem"] == "none"
    # With another warning, that warning decides; the tip comes after its advice.
    dark = assess(_with_faces_in(_stats(luma=40.0), 1), WINDOW, camera_cfg)
    assert dark.status is Status.WARN and dark.finding_ids == ("camera.dark", "camera.face_unsure")
    assert dark.advice[-1].startswith("If you can, sit facing the camera")
    # No face at all is still the warning it always was; enough frames with one is a face.
    assert assess(_with_faces_in(_stats(), 0), WINDOW, camera_cfg).finding_ids == (
        "camera.no_face",)
    assert assess(_with_faces_in(_stats(), 3), WINDOW, camera_cfg).finding_ids == ("camera.ok",)
