"""What the camera check can find, said once: its findings with the patient's and the help-desk
agent's words, its support-code fields and its step in the window.

Cheap to import (no OpenCV, no numpy): the registry, the CLI and the support-code decoder read
this without loading the check.

Finding ids are `camera.<name>`. Most names are the `problem` words saved reports have always
carried (`missing`, `busy`, `black` ...); where one problem is told in more than one sentence
(no camera at all / not the one you chose / no such video file; a camera that never sent a
picture / stopped sending / a file that is not a video; a jerky / a choppy picture) each
sentence is its own finding, and `PROBLEMS` gives the problem word it belongs to.
"""

from __future__ import annotations

import sys

from preflight.checks.other_devices import metric_specs, other_works_finding
from preflight.engine.findings import (
    HD_COULD_NOT_FINISH,
    IF_IT_HAPPENS_AGAIN,
    Buckets,
    Descriptor,
    FindingSpec,
    MetricSpec,
    StepSpec,
)
from preflight.engine.result import Finding, Status
from preflight.i18n import tr_noop

CHECK_ID = "camera"

# Advice several findings share (the preparation guide's lighting tip among them).
LIGHT_ADVICE = tr_noop("Face a window or lamp; don't sit with a bright window behind you.")
_CAMERA_SWITCH = tr_noop(
    "Some laptops have a camera switch or a key with a camera symbol: turn the camera on."
)
_CLOSE_THEN_CHECK = tr_noop(
    "Close other programs that may be using your camera, then check again."
)
_REPLUG = tr_noop("If your camera plugs in, unplug it, wait ten seconds and plug it back in.")
_STILL_RESTART = tr_noop("If it still does not work, restart your computer.")
_CLOSE_UNNEEDED = tr_noop("Close other programs you do not need, especially other video programs.")
_MORE_LIGHT = tr_noop("Turn on more light: many cameras slow down in dim light.")
_MISSING_ADVICE = (
    tr_noop(
        "If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten "
        "seconds, then check again."
    ),
    _CAMERA_SWITCH,
    tr_noop(
        "If you cannot get a camera working, call the support line: you may be able to join "
        "your visit by phone."
    ),
)

# Where this computer's system lets programs use the camera. Chosen for the platform the check
# runs on, which is the platform whose patient reads the advice.
PERMISSION_ADVICE = {
    "win32": tr_noop(
        'Windows: open Settings, then Privacy & security, then Camera, and turn on "Camera '
        'access" and "Let desktop apps access your camera".'
    ),
    "darwin": tr_noop(
        "Mac: open System Settings, then Privacy & Security, then Camera, and turn on the "
        "switch for Preflight (or for your web browser or Terminal)."
    ),
    "other": tr_noop("Check that your user account is allowed to use the camera."),
}


def permission_advice(platform: str = sys.platform) -> str:
    return PERMISSION_ADVICE.get(platform, PERMISSION_ADVICE["other"])


_PERMISSION = permission_advice()

# The help desk's words (what the agent reads after decoding a support code).
_HD_MISSING = tr_noop(
    "No camera was found: check it is plugged in and its privacy switch or cover is open, and "
    "that the computer's privacy settings let apps use the camera."
)
_HD_NO_FRAMES = tr_noop(
    "The camera sent no picture: unplug it and plug it back in (or restart the computer), then "
    "run Preflight again."
)
_HD_LOW_FPS = tr_noop(
    "The video is choppy: close other programs, turn on more light, and restart the computer if "
    "it is busy."
)

FINDINGS = (
    FindingSpec("ok", Status.PASS, tr_noop("Your camera works and the picture looks good.")),
    # -- before any picture can be judged ---------------------------------------------------
    FindingSpec("missing", Status.FAIL, tr_noop("No camera found."), _MISSING_ADVICE, _HD_MISSING),
    FindingSpec(
        "not_found",
        Status.FAIL,
        tr_noop("We could not find the camera you chose."),
        _MISSING_ADVICE,
        _HD_MISSING,
    ),
    FindingSpec(
        "file_not_found",
        Status.FAIL,
        tr_noop("We could not find that video file."),
        (tr_noop("Check the file name and folder, then try again."),),
        tr_noop("The video file was not found: check its name and folder, then run Preflight "
                "again."),
    ),
    FindingSpec(
        "busy",
        Status.FAIL,
        tr_noop(
            "We could not open your camera: another program such as Zoom or Teams may be using "
            "your camera - close it."
        ),
        (
            # TRANSLATORS: {program} is a program's name, e.g. "Zoom".
            tr_noop("{program} is using your camera. Close {program}, then {check_again}."),
            # TRANSLATORS: {possible_program} is a program's name, e.g. "Zoom" (macOS cannot
            # tell which program holds the camera: this one is running and may be).
            tr_noop("{possible_program} may be using your camera. Close {possible_program}, "
                    "then {check_again}."),
            tr_noop(
                "Close other programs that may be using your camera, such as Zoom, Teams, Skype "
                "or a web browser tab with a video call, then check again."
            ),
            _PERMISSION,
            _STILL_RESTART,
        ),
        tr_noop(
            "Another program is using the camera: close Zoom, Teams, Skype and browser tabs "
            "with video, then run Preflight again."
        ),
    ),
    *(
        FindingSpec(
            name,
            Status.FAIL,
            summary,
            (
                tr_noop(
                    "Close other programs that may be using your camera, such as Zoom or Teams, "
                    "then check again."
                ),
                _REPLUG,
                _PERMISSION,
                _STILL_RESTART,
            ),
            _HD_NO_FRAMES,
        )
        for name, summary in (
            ("no_frames", tr_noop("Your camera opened but did not send any pictures.")),
            ("frames_stopped", tr_noop("Your camera stopped sending pictures during the check.")),
        )
    ),
    FindingSpec(
        "file_unreadable",
        Status.FAIL,
        tr_noop("We could not read any pictures from this video file."),
        (tr_noop("Check that the file is a video (for example .avi or .mp4) and is not damaged."),),
        tr_noop("The video file could not be read: check that it is a video (for example .avi or "
                ".mp4) and is not damaged."),
    ),
    # -- the picture: failures (the first one found is the verdict) ---------------------------
    FindingSpec(
        "black",
        Status.FAIL,
        tr_noop("Your camera shows a black picture: check the lens cover or privacy shutter."),
        (
            tr_noop(
                "Slide open the camera's cover or privacy shutter, and remove any sticker or "
                "tape over the lens."
            ),
            _CAMERA_SWITCH,
            _CLOSE_THEN_CHECK,
        ),
        tr_noop(
            "The picture is black: open the camera's privacy cover or switch and check nothing "
            "covers the lens."
        ),
    ),
    FindingSpec(
        "frozen",
        Status.FAIL,
        tr_noop("Your camera's picture is frozen: it shows the same image over and over."),
        (
            tr_noop("Close other programs that may be using your camera, such as Zoom or Teams."),
            _REPLUG,
            tr_noop("If it is still frozen, restart your computer and check again."),
        ),
        tr_noop("The picture froze: unplug the camera and plug it back in, or restart the "
                "computer."),
    ),
    FindingSpec(
        "very_low_fps",
        Status.FAIL,
        tr_noop(
            "Your camera sends only {fps} pictures a second, so the doctor would see a very "
            "jerky picture."
        ),
        (
            _CLOSE_UNNEEDED,
            _MORE_LIGHT,
            tr_noop("If your camera plugs in, plug it directly into the computer, not into a hub."),
        ),
        _HD_LOW_FPS,
    ),
    # -- the picture: warnings (all are told; the first gives the summary) --------------------
    FindingSpec(
        "low_fps",
        Status.WARN,
        tr_noop(
            "Your camera sends only {fps} pictures a second, so your video may look choppy."
        ),
        (_CLOSE_UNNEEDED, _MORE_LIGHT),
        _HD_LOW_FPS,
    ),
    FindingSpec(
        "dark",
        Status.WARN,
        tr_noop("Your picture is too dark for the doctor to see you well."),
        (
            LIGHT_ADVICE,
            tr_noop("Turn on a light in the room, in front of you."),
            tr_noop("If something is covering the camera, remove it."),
        ),
        tr_noop("The picture is too dark: turn on a light in front of the caller."),
    ),
    FindingSpec(
        "bright",
        Status.WARN,
        tr_noop("Your picture is too bright, so the doctor may not see your face clearly."),
        (
            tr_noop(
                "Move out of direct sunlight, or turn away a very bright lamp shining on you."
            ),
            LIGHT_ADVICE,
        ),
        tr_noop("The picture is too bright: move away from direct sunlight or a bright lamp."),
    ),
    FindingSpec(
        "backlit",
        Status.WARN,
        tr_noop("The light behind you makes your face too dark to see."),
        (
            LIGHT_ADVICE,
            tr_noop("Close the curtains behind you, or turn so the window is in front of you."),
        ),
        tr_noop("The caller is backlit: sit facing the window or lamp, not with it behind them."),
    ),
    FindingSpec(
        "blurry",
        Status.WARN,
        tr_noop("Your picture looks blurry."),
        (
            tr_noop("Gently wipe the camera lens with a soft, dry cloth."),
            tr_noop("Sit about an arm's length from the camera."),
        ),
        tr_noop("The picture is blurry: wipe the camera lens with a soft cloth."),
    ),
    FindingSpec(
        "low_resolution",
        Status.WARN,
        tr_noop(
            "Your camera sends a small picture ({width}x{height}), so the doctor will see you "
            "less clearly."
        ),
        (
            tr_noop(
                "If you have another camera (for example a newer USB webcam), choose it instead."
            ),
        ),
        tr_noop("The camera gives a small picture: use a better or external camera if there is "
                "one."),
    ),
    FindingSpec(
        # Never a failure: some patients choose not to be seen during the check.
        "no_face",
        Status.WARN,
        tr_noop("We couldn't see a face - sit centred in front of the camera."),
        (
            tr_noop(
                "Sit facing the camera, about an arm's length away, with your whole face in the "
                "picture."
            ),
            tr_noop("If you chose not to be seen during this check, you can ignore this."),
        ),
        tr_noop("No face was seen: ask the caller to sit centred in front of the camera."),
    ),
    # -- the check itself went wrong (logged with the exception for support) -----------------
    FindingSpec(
        "capture_error",
        Status.ERROR,
        tr_noop("Something went wrong while checking your camera."),
        (
            _CLOSE_THEN_CHECK,
            IF_IT_HAPPENS_AGAIN,
        ),
        HD_COULD_NOT_FINISH,
    ),
    # -- added later (new findings go at the end: support codes index them in this order) ----
    FindingSpec(
        # A face in some searched frames, but fewer than face_min_fraction: the detector is
        # unsure (a turned head, a hand in front of the face). A gentle tip; never lowers the
        # status by itself.
        "face_unsure",
        Status.PASS,
        tr_noop("We could see your face only some of the time."),
        (tr_noop("If you can, sit facing the camera with your whole face in the picture."),),
    ),
    # Another camera works while the chosen one failed (checks/other_devices.py).
    other_works_finding(CHECK_ID),
    # The system does not let Preflight use the camera (issue 17, item 6): Linux, the device
    # node is not open to this user; Windows, the privacy switch is off; macOS, the window's
    # QCameraPermission answer (permission_restricted: Screen Time, parental controls or a
    # management profile, which the person cannot change). The window offers the settings
    # page for permission_denied (preflight.privacy_settings).
    FindingSpec(
        "permission_denied",
        Status.FAIL,
        tr_noop("Your computer's privacy settings are blocking the camera."),
        (_PERMISSION, tr_noop("Then close Preflight, open it again, and {check_again}.")),
        tr_noop("The computer's privacy settings block the camera: walk the caller through "
                "Settings > Privacy & security > Camera (Windows) or System Settings > Privacy "
                "& Security > Camera (Mac), then ask them to check again."),
    ),
    FindingSpec(
        "permission_restricted",
        Status.FAIL,
        tr_noop("A rule on this computer does not allow programs to use the camera."),
        (
            tr_noop("Ask the person who looks after this computer to allow the camera (for "
                    "example in Screen Time), then {check_again}."),
            tr_noop("If that cannot be done today, call the support line: you may be able to "
                    "join your visit by phone."),
        ),
        tr_noop("Camera use is restricted on this Mac (Screen Time, parental controls or a "
                "management profile): the caller cannot switch it on; whoever manages the Mac "
                "must allow it."),
    ),
)

# Finding name -> the `problem` metric saved reports carry (preflight.report/1 readers and
# support-code format 1 know these words). Names not listed are their own problem word;
# capture_error has none (as before: an error result carries `error_type` instead).
PROBLEMS: dict[str, str | None] = {
    "ok": "none",
    "not_found": "missing",
    "file_not_found": "missing",
    "frames_stopped": "no_frames",
    "file_unreadable": "no_frames",
    "very_low_fps": "low_fps",
    "capture_error": None,
    "face_unsure": "none",
    "other_works": "none",
    # A refused camera cannot be opened: what readers of the problem word have always been
    # told for that (its own finding says why).
    "permission_denied": "busy",
    "permission_restricted": "busy",
}


def problem_of(finding: Finding) -> str | None:
    """The `problem` word of a camera finding (None for an error)."""
    name = finding.name
    return PROBLEMS.get(name, name)


DESCRIPTOR = Descriptor(
    id=CHECK_ID,
    title=tr_noop("Camera"),
    check="preflight.checks.camera.check:CameraCheck",
    findings=FINDINGS,
    resources=frozenset({"camera"}),
    deadline_s=11.0,  # [deadlines] camera_s: with the other cameras tried (issue 17)
    step=StepSpec(
        key="camera",
        title=tr_noop("Camera"),
        intro=tr_noop(
            "We will look at your camera picture for a few seconds. Sit where you will sit for "
            "your visit, facing a light if you can."
        ),
        guided=True,
        device_kind="camera",
        option="camera",
        picker=tr_noop("Camera:"),
    ),
    code_fields=(
        # 6 bits. The picture's short side (a portrait camera is still 720p when its short side
        # is 720), the lowest edge being the check's own low-resolution threshold; and the
        # measured frame rate, with the fail and warn thresholds as edges and round rates
        # either side (24-29: film and webcam rates, 30 normal).
        Buckets("resolution", "short_side_px", tr_noop("picture size (short side)"), "px",
                ("min_height", 720.0, 1080.0)),
        Buckets("fps", "fps", tr_noop("frame rate"), "fps",
                (1.0, "fail_fps", 10.0, "warn_fps", 24.0, 29.0)),
    ),
    metrics=(
        MetricSpec("device", tr_noop("Camera"),
                   help="camera name, or `video file` (a file's path is never recorded)",
                   doc_unit="text"),
        MetricSpec("width", tr_noop("Picture width"), tr_noop("pixels"),
                   "width of the picture delivered", digits=0),
        MetricSpec("height", tr_noop("Picture height"), tr_noop("pixels"),
                   "height of the picture delivered", digits=0),
        MetricSpec("short_side_px", tr_noop("Picture size (short side)"), tr_noop("pixels"),
                   "the smaller of `width` and `height` (720 for 720p, landscape or portrait); "
                   "the support code's resolution bucket", digits=0, shown=False),
        MetricSpec("fps", tr_noop("Frame rate"), "fps",
                   "measured from frame timestamps, not the driver's claim",
                   doc_unit="frames/s"),
        MetricSpec("frames", tr_noop("Pictures received"),
                   help="frames received in the capture window", doc_unit="count", digits=0),
        MetricSpec("black_fraction", tr_noop("Black pictures"), "%",
                   "share of frames black (mean luma < 20/255)", doc_unit="0–1", scale=100.0),
        MetricSpec("frozen_fraction", tr_noop("Frozen pictures"), "%",
                   "share of frames frozen (SSIM > 0.985 and almost no pixel change)",
                   doc_unit="0–1", scale=100.0),
        MetricSpec("mean_luma", tr_noop("Brightness"), tr_noop("of 255"),
                   "brightness (median over the frames)", doc_unit="0–255", digits=0),
        MetricSpec("contrast", tr_noop("Contrast"), help="the spread of the brightness",
                   doc_unit="0–255", digits=0),
        MetricSpec("sharpness", tr_noop("Sharpness"), help="at 640 px wide",
                   doc_unit="variance of the Laplacian", digits=0),
        MetricSpec("face_found", tr_noop("Face seen"),
                   help="a face was seen (OpenCV's bundled Haar cascade)", doc_unit="bool"),
        MetricSpec("face_box", tr_noop("Where the face is"),
                   help="where the face is, relative to the picture",
                   doc_unit="`{x, y, w, h}` 0–1, or null", shown=False),
        MetricSpec("backlit", tr_noop("Bright light behind you"),
                   help="face (or centre) much darker than a bright background",
                   doc_unit="bool"),
        MetricSpec("problem", tr_noop("Problem"),
                   help="the main finding's problem word, for readers of older reports: "
                        + ", ".join(f"`{word}`" for word in dict.fromkeys(
                            PROBLEMS.get(f.name, f.name) for f in FINDINGS) if word)
                        + " (absent on an `error`); the findings themselves are listed in "
                        "[checks/camera.md](checks/camera.md)",
                   doc_unit="code", shown=False),
        *metric_specs("camera"),
    ),
)
