"""Camera check benchmark (issue #4 targets), on generated MJPG files read through the real
OpenCV capture path (no camera exists on the benchmark machines).

    .venv/bin/python -m bench.camera_bench [--quick]

Measures: the camera check's duration on a 720p 30 fps file (target <= 4 s), per-frame analysis
cost at 720p on one core (target <= 10 ms), face detection on real photographs beside the old
detector (issue 17: found in >= 95 % of frames with a face, none in >= 98 % without), fps and
resolution against ffprobe (fps within 10%, resolution exact), `--camera 0` failing on a machine
without a camera (target <= 3 s), and 20 open/close cycles leaving no file descriptors or
threads behind.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # tests.camera.scenes generates the videos
    sys.path.insert(0, str(REPO))

logger = logging.getLogger(__name__)


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": round(statistics.median(ordered), 3),
        "min": round(ordered[0], 3),
        "max": round(ordered[-1], 3),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "n": len(ordered),
    }


def ffprobe_stream(path: Path) -> dict[str, Any] | None:
    """width, height and r_frame_rate of the first video stream, by ffprobe (None without it)."""
    if shutil.which("ffprobe") is None:
        return None
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
         "stream=width,height,r_frame_rate", "-of", "json", str(path)],
        capture_output=True, text=True, timeout=30, check=True,
    )  # fmt: skip
    stream = json.loads(out.stdout)["streams"][0]
    return {
        "width": int(stream["width"]),
        "height": int(stream["height"]),
        "fps": float(Fraction(stream["r_frame_rate"])),
    }


def _run_check(config: Any, device: str) -> tuple[Any, float]:
    from preflight.engine.runner import Runner

    start = time.monotonic()
    result = Runner(config, options={"camera": device}).run(["camera"]).results[0]
    return result, time.monotonic() - start


class _OneCore:
    """OpenCV on one thread and this process pinned to one core, for the block's duration."""

    def __enter__(self) -> None:
        import cv2

        self.threads = cv2.getNumThreads()
        self.affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        cv2.setNumThreads(1)
        if self.affinity:
            os.sched_setaffinity(0, {min(self.affinity)})

    def __exit__(self, *exc: object) -> None:
        import cv2

        cv2.setNumThreads(self.threads)
        if self.affinity:
            os.sched_setaffinity(0, self.affinity)


def _analysis_cost(config: Any, path: Path, face_detector: Any = None) -> dict[str, Any]:
    """Per-frame FrameAnalyzer cost on decoded 720p frames, OpenCV on one thread, this process
    pinned to one core. Face detection runs at most every `interval_s` (0.5 s), as in the
    check; `face_detector`: another detector (the old one) for the comparison."""
    from tests.camera.scenes import read_video

    from preflight.checks.camera.analysis import FACE_DETECTOR, FrameAnalyzer

    frames, times = read_video(path)
    with _OneCore():
        analyzer = FrameAnalyzer(config.section("camera"),
                                 face_detector=face_detector or FACE_DETECTOR)  # fmt: skip
        all_ms, face_ms, plain_ms = [], [], []
        for frame, t in zip(frames, times, strict=True):
            start = time.perf_counter()
            stats = analyzer.analyse(frame, t)
            took = (time.perf_counter() - start) * 1000
            all_ms.append(took)
            (face_ms if stats.face_checked else plain_ms).append(took)
    return {
        "frame_size": f"{frames[0].shape[1]}x{frames[0].shape[0]}",
        "all_frames_ms": _summary(all_ms),
        "mean_ms": round(statistics.fmean(all_ms), 2),
        "frames_with_face_detection_ms": _summary(face_ms),
        "frames_without_face_detection_ms": _summary(plain_ms),
        "cpu_ms_per_second_at_30fps": round(sum(all_ms) / (len(all_ms) / 30.0), 1),
    }


def _pct(hits: int, n: int) -> float:
    return round(100.0 * hits / n, 1) if n else 0.0


def _face_detection(config: Any, quick: bool) -> dict[str, Any]:
    """Face found per frame, for the new detector beside the old one, on frames composed from
    real public-domain photographs (tests/camera/photos.py) at 480p and 720p: per size, light,
    pose, place, portrait and backdrop bucket, on face-less scenes, on hard cases no target
    counts (tilted 20 degrees; a man turned sideways behind a camera), and the search's cost.
    OpenCV on one thread, one core."""
    import cv2
    import numpy as np
    from tests.camera.photos import (
        HARD_POSES,
        PORTRAITS,
        FaceCase,
        empty_scene,
        face_cases,
        face_scene,
        faceless_scenes,
    )

    from preflight.checks.camera.analysis import (
        FACE_DETECTOR,
        LEGACY_FACE_DETECTOR,
        FrameAnalyzer,
    )

    cfg = config.section("camera")
    detectors = {"new": FACE_DETECTOR, "old": LEGACY_FACE_DETECTOR}
    analyzers = {k: FrameAnalyzer(cfg, face_detector=d) for k, d in detectors.items()}
    per_scene = 3 if quick else 6
    resolutions = {"480p": (640, 480), "720p": (1280, 720)}
    hard = [FaceCase(who, size, pose=pose) for who in PORTRAITS for size in (0.3, 0.45)
            for pose in HARD_POSES] + [FaceCase("camera", 0.3)]  # fmt: skip

    def frames(fn: Any) -> list[Any]:
        rng = np.random.default_rng(7)
        return [cv2.cvtColor(fn(i * 5, rng), cv2.COLOR_BGR2GRAY) for i in range(per_scene)]

    # (resolution, group, bucket) -> detector -> [hits, n]; cost: detector -> ms per search
    tally: dict[tuple[str, str, str], dict[str, list[int]]] = {}
    cost: dict[str, dict[str, list[float]]] = {k: {"480p": [], "720p": []} for k in detectors}

    def count(res: str, buckets: list[tuple[str, str]], grays: list[Any], face: bool) -> None:
        for name, analyzer in analyzers.items():
            hits = 0
            for gray in grays:
                start = time.perf_counter()
                found = analyzer.find_face(gray) is not None
                cost[name][res].append((time.perf_counter() - start) * 1000)
                hits += found if face else not found
            for bucket in buckets:
                cell = tally.setdefault((res, *bucket), {}).setdefault(name, [0, 0])
                cell[0] += hits
                cell[1] += len(grays)

    with _OneCore():
        for res, (width, height) in resolutions.items():
            for case in face_cases():
                grays = frames(face_scene(case, width, height))
                count(res, [("faces", "all"), ("size", f"{round(case.size * 100)}%"),
                            ("light", case.light), ("pose", case.pose), ("place", case.place),
                            ("portrait", case.who), ("backdrop", case.backdrop)],
                      grays, True)  # fmt: skip
            for kind, light in faceless_scenes():
                grays = frames(empty_scene(kind, width, height, light))
                count(res, [("no face", "all"), ("no face", f"{kind} ({light})")], grays, False)
            for case in hard:
                count(res, [("hard (not counted)", case.name)],
                      frames(face_scene(case, width, height)), True)  # fmt: skip

    rates: dict[str, str] = {}
    summary: dict[str, dict[str, float]] = {}
    groups = ["faces", "size", "light", "pose", "place", "portrait", "backdrop", "no face",
              "hard (not counted)"]  # fmt: skip
    ordered = sorted(tally.items(), key=lambda item: (item[0][0], groups.index(item[0][1])))
    for (res, group, bucket), cells in ordered:
        new, old = cells["new"], cells["old"]
        what = "no face seen" if group == "no face" else "face found"
        rates[f"{res} {group}: {bucket}"] = (
            f"{what} new {_pct(*new)} % / old {_pct(*old)} % of {new[1]} frames")
        if bucket == "all":
            summary.setdefault(res, {})[f"{group}_new_pct"] = _pct(*new)
            summary[res][f"{group}_old_pct"] = _pct(*old)
    search_ms = {f"{name} {res}": _summary(values)
                 for name, by_res in cost.items() for res, values in by_res.items()}  # fmt: skip
    described = {
        k: {"cascade": d.cascade, "work_size": f"{d.height} px high" if d.height
            else f"{d.width} px wide", "min_face_px": d.min_px,
            "min_face_fraction": d.min_fraction, "scale_factor": d.scale_factor,
            "min_neighbors": d.min_neighbors, "interval_s": d.interval_s}
        for k, d in detectors.items()
    }  # fmt: skip
    return {
        "frames_per_scene": per_scene,
        "detectors": described,
        "summary": summary,
        "rates": rates,
        "search_ms": search_ms,
    }


def _reopen_leaks(config: Any, path: Path, cycles: int = 20) -> dict[str, int]:
    from preflight.checks.camera.source import FrameSource

    def one() -> None:
        got = threading.Event()
        source = FrameSource(str(path), config.section("camera"), preview=True)
        source.start(lambda frame, info: got.set())
        got.wait(5.0)
        source.stop()

    one()
    fds = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else -1
    threads = threading.active_count()
    for _ in range(cycles):
        one()
    after_fds = len(os.listdir("/proc/self/fd")) if fds >= 0 else -1
    return {
        "cycles": cycles,
        "fd_delta": after_fds - fds,
        "thread_delta": threading.active_count() - threads,
    }


def run_camera_bench(quick: bool = False) -> dict[str, Any]:
    from tests.camera.scenes import make_case

    from preflight.config import load_config

    config = load_config()
    runs = 1 if quick else 3
    result: dict[str, Any] = {"runs": runs}
    with tempfile.TemporaryDirectory(prefix="camera_bench_") as tmp:
        directory = Path(tmp)
        hd = make_case(directory, "normal", fps=30.0, width=1280, height=720, seconds=4.0)
        others = [
            make_case(directory, "normal", fps=15.0, width=640, height=480, seconds=4.0),
            make_case(directory, "normal", fps=3.0, width=640, height=480, seconds=4.0),
            make_case(directory, "normal", fps=30.0, width=320, height=240, seconds=4.0),
        ]

        durations, statuses = [], []
        for _ in range(runs):
            check, took = _run_check(config, str(hd))
            durations.append(took)
            statuses.append(check.status.value)
        result["check_720p30_s"] = _summary(durations)
        result["check_720p30_status"] = statuses

        missing = []
        for _ in range(runs):
            check, took = _run_check(config, "0")
            missing.append(took)
        result["camera_0_missing_s"] = _summary(missing)
        result["camera_0_problem"] = check.metrics.get("problem")
        result["camera_0_findings"] = list(check.finding_ids)

        # Cold command-line runs: Python start-up, imports, the check, the report.
        preflight = str(Path(sys.executable).with_name("preflight"))
        cli_hd, cli_missing = [], []
        for _ in range(runs):
            for device, bucket in ((str(hd), cli_hd), ("0", cli_missing)):
                start = time.monotonic()
                subprocess.run(
                    [preflight, "check", "--only", "camera", "--camera", device, "--json"],
                    capture_output=True, timeout=60, check=False,
                )  # fmt: skip
                bucket.append(time.monotonic() - start)
        result["cli_720p30_s"] = _summary(cli_hd)
        result["cli_camera_0_s"] = _summary(cli_missing)

        comparisons = []
        for path in [hd, *others]:
            check, _ = _run_check(config, str(path))
            probe = ffprobe_stream(path)
            m = check.metrics
            row: dict[str, Any] = {
                "file": path.name,
                "measured_fps": m.get("fps"),
                "measured_size": f"{m.get('width')}x{m.get('height')}",
                "verdict": f"{check.status.value}/{m.get('problem')}",
                "findings": list(check.finding_ids),
            }
            if probe is not None:
                row["ffprobe_fps"] = round(probe["fps"], 3)
                row["ffprobe_size"] = f"{probe['width']}x{probe['height']}"
                row["fps_error_pct"] = round(
                    100.0 * abs(float(m.get("fps") or 0.0) - probe["fps"]) / probe["fps"], 2
                )
                row["size_exact"] = row["measured_size"] == row["ffprobe_size"]
            comparisons.append(row)
        result["fps_and_size_vs_ffprobe"] = comparisons
        from preflight.checks.camera.analysis import LEGACY_FACE_DETECTOR

        noface_hd = make_case(directory, "noface", fps=30.0, width=1280, height=720, seconds=4.0)
        result["analysis_cost_720p_one_core"] = _analysis_cost(config, hd)
        # Without a face every search scans every size: the average's worst case.
        result["analysis_cost_720p_no_face_one_core"] = _analysis_cost(config, noface_hd)
        result["analysis_cost_720p_one_core_old_detector"] = _analysis_cost(
            config, hd, LEGACY_FACE_DETECTOR)  # fmt: skip
        result["face_detection"] = _face_detection(config, quick)
        result["reopen"] = _reopen_leaks(config, hd)

    cost = result["analysis_cost_720p_one_core"]["all_frames_ms"]["median"]
    mean_cost = max(result["analysis_cost_720p_one_core"]["mean_ms"],
                    result["analysis_cost_720p_no_face_one_core"]["mean_ms"])  # fmt: skip
    old_cost = result["analysis_cost_720p_one_core_old_detector"]
    faces = result["face_detection"]["summary"]

    def both(key: str) -> str:
        new480, new720 = faces["480p"][key + "_new_pct"], faces["720p"][key + "_new_pct"]
        old480, old720 = faces["480p"][key + "_old_pct"], faces["720p"][key + "_old_pct"]
        return f"new {new480} % (480p), {new720} % (720p); old detector {old480} %, {old720} %"

    no_face_new = min(faces["480p"]["no face_new_pct"], faces["720p"]["no face_new_pct"])
    worst_fps_error = max((r.get("fps_error_pct", 100.0) for r in comparisons), default=100.0)
    reopen = result["reopen"]
    result["targets"] = [
        {
            "target": "Camera check completes in ≤ 4 s (720p 30 fps file)",
            "measured": f"{result['check_720p30_s']['median']} s median, "
            f"{result['check_720p30_s']['max']} s max",
            "met": result["check_720p30_s"]["max"] <= 4.0,
            "note": "in-process runner (OpenCV already imported): face cascade load, file open "
            "and the 3 s window; the cold CLI run is cli_720p30_s",
        },
        {
            "target": "Analysis ≤ 10 ms per 720p frame on one core",
            "measured": f"{cost} ms median, {mean_cost} ms mean (worst of a video with and "
            "without a face; frames with face detection: "
            f"{result['analysis_cost_720p_one_core']['frames_with_face_detection_ms']['median']}"
            f" ms median). Old detector: {old_cost['all_frames_ms']['median']} ms median, "
            f"{old_cost['mean_ms']} ms mean, "
            f"{old_cost['frames_with_face_detection_ms']['median']} ms per detection frame",
            "met": cost <= 10.0 and mean_cost <= 10.0,
            "note": "face detection runs at most every 0.5 s (the old one every 0.25 s); OpenCV "
            "on one thread, one core",
        },
        {
            "target": "Face found in ≥ 95% of analysed frames with a face (real photographs, "
            "face 12–60% of the frame's height, normal/dim/side light, tilt ±10°, mirrored)",
            "measured": both("faces"),
            "met": min(faces["480p"]["faces_new_pct"], faces["720p"]["faces_new_pct"]) >= 95.0,
            "note": "two public-domain portraits only (light-skinned women): skin tones are not "
            "covered; a real head turn is not synthesised (tilt and mirror stand in)",
        },
        {
            "target": "No face in ≥ 98% of face-less frames",
            "measured": both("no face"),
            "met": no_face_new >= 98.0,
            "note": "three backdrops in three lights and nine other photographs (a cat, coins "
            "with heads, text...)",
        },
        {
            "target": "Camera fps within ±10% of ffprobe; resolution exact",
            "measured": f"worst fps error {worst_fps_error}%",
            "met": worst_fps_error <= 10.0 and all(r.get("size_exact") for r in comparisons),
            "note": "fps from the frames' stream timestamps over the 3 s window",
        },
        {
            "target": "--camera 0 without a camera fails in ≤ 3 s",
            "measured": f"{result['cli_camera_0_s']['max']} s max (whole CLI command)",
            "met": result["cli_camera_0_s"]["max"] <= 3.0
            and result["camera_0_findings"] == ["camera.missing"],
            "note": f"in-process check: {result['camera_0_missing_s']['max']} s max",
        },
        {
            "target": "Open/close/reopen 20 times: no leaked handles or threads",
            "measured": f"fd delta {reopen['fd_delta']}, thread delta {reopen['thread_delta']}",
            "met": reopen["fd_delta"] == 0 and reopen["thread_delta"] == 0,
            "note": "",
        },
    ]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run instead of three")
    args = parser.parse_args(argv)
    print(json.dumps(run_camera_bench(quick=args.quick), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
