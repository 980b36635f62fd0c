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
    check; `face_detector`: another detector (an earlier one) for the comparison. Two clocks:
    wall time, and this thread's CPU time (the cost on one core without the time spent waiting
    for it: the benchmark machine's two cores are shared with other work)."""
    from tests.camera.scenes import read_video

    from preflight.checks.camera.analysis import FACE_DETECTOR, FrameAnalyzer

    frames, times = read_video(path)
    with _OneCore():
        analyzer = FrameAnalyzer(config.section("camera"),
                                 face_detector=face_detector or FACE_DETECTOR)  # fmt: skip
        all_ms, face_ms, plain_ms, cpu_ms, cpu_face_ms = [], [], [], [], []
        for frame, t in zip(frames, times, strict=True):
            start, cpu = time.perf_counter(), time.thread_time()
            stats = analyzer.analyse(frame, t)
            took = (time.perf_counter() - start) * 1000
            cpu_took = (time.thread_time() - cpu) * 1000
            all_ms.append(took)
            cpu_ms.append(cpu_took)
            (face_ms if stats.face_checked else plain_ms).append(took)
            if stats.face_checked:
                cpu_face_ms.append(cpu_took)
    return {
        "frame_size": f"{frames[0].shape[1]}x{frames[0].shape[0]}",
        "all_frames_ms": _summary(all_ms),
        "mean_ms": round(statistics.fmean(all_ms), 2),
        "cpu_median_ms": round(statistics.median(cpu_ms), 2),
        "cpu_mean_ms": round(statistics.fmean(cpu_ms), 2),
        "cpu_face_detection_frame_ms": round(statistics.median(cpu_face_ms), 1),
        "frames_with_face_detection_ms": _summary(face_ms),
        "frames_without_face_detection_ms": _summary(plain_ms),
        "cpu_ms_per_second_at_30fps": round(sum(cpu_ms) / (len(cpu_ms) / 30.0), 1),
    }


def _pct(hits: int, n: int) -> float:
    return round(100.0 * hits / n, 1) if n else 0.0


# The detectors compared, newest first: the check's, the first one of issue 17 (the alt cascade
# at 216 px without the small-face search), and the one before issue 17 (240 px wide).
def _detectors() -> dict[str, Any]:
    from preflight.checks.camera.analysis import (
        ALT_216_DETECTOR,
        FACE_DETECTOR,
        LEGACY_FACE_DETECTOR,
    )

    return {"new": FACE_DETECTOR, "alt216": ALT_216_DETECTOR, "old240": LEGACY_FACE_DETECTOR}


GROUPS = ("faces", "size", "light", "pose", "glasses", "skin tone", "place", "portrait",
          "backdrop", "no face", "stress (not counted)", "hard (not counted)")  # fmt: skip


def _face_detection(config: Any, quick: bool) -> dict[str, Any]:
    """Face found per frame, for the check's detector beside the earlier two, on frames
    composed from real public-domain photographs (tests/camera/photos.py) at 480p and 720p: per
    size, light, pose, glasses, skin-tone, place, portrait and backdrop bucket, on face-less
    scenes, on a stress variant and hard cases no target counts (a darkened person; tilted 20
    degrees; a man turned sideways behind a camera), and each search's CPU time. OpenCV on one
    thread, one core."""
    import cv2
    import numpy as np
    from tests.camera.photos import (
        APPROXIMATE_POSES,
        HARD_POSES,
        PORTRAITS,
        FaceCase,
        empty_scene,
        face_cases,
        face_scene,
        faceless_scenes,
        stress_cases,
    )

    from preflight.checks.camera.analysis import SHARPNESS_WIDTH, FrameAnalyzer, _scale_to_width

    cfg = config.section("camera")
    detectors = _detectors()
    analyzers = {k: FrameAnalyzer(cfg, face_detector=d) for k, d in detectors.items()}
    per_scene = 2 if quick else 4
    resolutions = {"480p": (640, 480), "720p": (1280, 720)}
    hard = [FaceCase(who, size, pose=pose) for who in PORTRAITS for size in (0.3, 0.45)
            for pose in HARD_POSES] + [FaceCase("camera", 0.3)]  # fmt: skip

    def frames(fn: Any) -> list[Any]:
        # As the check does: gray, then scaled to the sharpness width (analyse's `mid`).
        rng = np.random.default_rng(7)
        return [_scale_to_width(cv2.cvtColor(fn(i * 5, rng), cv2.COLOR_BGR2GRAY),
                                SHARPNESS_WIDTH) for i in range(per_scene)]  # fmt: skip

    # (resolution, group, bucket) -> detector -> [hits, n]; cost: detector -> CPU ms per search
    tally: dict[tuple[str, str, str], dict[str, list[int]]] = {}
    cost: dict[str, dict[str, list[float]]] = {k: {"480p": [], "720p": []} for k in detectors}

    def count(res: str, buckets: list[tuple[str, str]], grays: list[Any], face: bool) -> None:
        for name, analyzer in analyzers.items():
            hits = 0
            for gray in grays:
                start = time.thread_time()
                found = analyzer.find_face(gray) is not None
                cost[name][res].append((time.thread_time() - start) * 1000)
                hits += found if face else not found
            for bucket in buckets:
                cell = tally.setdefault((res, *bucket), {}).setdefault(name, [0, 0])
                cell[0] += hits
                cell[1] += len(grays)

    def pose_name(pose: str) -> str:
        return f"{pose} (approximated)" if pose in APPROXIMATE_POSES else pose

    with _OneCore():
        for res, (width, height) in resolutions.items():
            for case in face_cases():
                portrait = PORTRAITS[case.who]
                grays = frames(face_scene(case, width, height))
                count(res, [("faces", "all"), ("size", f"{round(case.size * 100)}%"),
                            ("light", case.light), ("pose", pose_name(case.pose)),
                            ("glasses", "glasses" if portrait.glasses else "no glasses"),
                            ("skin tone", portrait.skin), ("place", case.place),
                            ("portrait", case.who), ("backdrop", case.backdrop)],
                      grays, True)  # fmt: skip
            for kind, light in faceless_scenes():
                grays = frames(empty_scene(kind, width, height, light))
                count(res, [("no face", "all"), ("no face", f"{kind} ({light})")], grays, False)
            for case in stress_cases():
                count(res, [("stress (not counted)", "darkened person, all"),
                            ("stress (not counted)",
                             f"darkened, {round(case.size * 100)}%, {case.light}")],
                      frames(face_scene(case, width, height)), True)  # fmt: skip
            for case in hard:
                count(res, [("hard (not counted)", case.name)],
                      frames(face_scene(case, width, height)), True)  # fmt: skip

    rates: dict[str, str] = {}
    table: list[dict[str, Any]] = []
    summary: dict[str, dict[str, float]] = {}
    ordered = sorted(tally.items(), key=lambda item: (item[0][0], GROUPS.index(item[0][1])))
    for (res, group, bucket), cells in ordered:
        what = "no face seen" if group == "no face" else "face found"
        per = " / ".join(f"{name} {_pct(*cells[name])} %" for name in detectors)
        rates[f"{res} {group}: {bucket}"] = f"{what} {per} of {cells['new'][1]} frames"
        if bucket == "all":
            for name in detectors:
                summary.setdefault(res, {})[f"{group}_{name}_pct"] = _pct(*cells[name])
    # One row per bucket, both resolutions side by side (the doc's table).
    keys = sorted({(g, b) for _, g, b in tally},
                  key=lambda k: (GROUPS.index(k[0]), not k[1].endswith("all")))  # fmt: skip
    for group, bucket in keys:
        row: dict[str, Any] = {"group": group, "bucket": bucket}
        for res in resolutions:
            cells = tally.get((res, group, bucket))
            for name in detectors:
                row[f"{res} {name}"] = None if cells is None else _pct(*cells[name])
            row[f"{res} frames"] = None if cells is None else cells["new"][1]
        table.append(row)
        if (group, bucket) == ("skin tone", "light"):  # said, not hidden (photos.py's note)
            table.append({"group": "skin tone", "bucket": "medium to dark: not measured, no "
                          "public-domain photograph ships in any package"})
    search_ms = {f"{name} {res}": _summary(values)
                 for name, by_res in cost.items() for res, values in by_res.items()}  # fmt: skip
    described = {
        k: {"cascade": d.cascade, "work_size": f"{d.height} px high" if d.height
            else f"{d.width} px wide", "min_face_px": d.min_px,
            "min_face_fraction": d.min_fraction, "scale_factor": d.scale_factor,
            "min_neighbors": d.min_neighbors, "interval_s": d.interval_s,
            "small_face_search": None if d.small is None else
            f"{d.small.height} px high, region {d.small.region}, faces {d.small.min_px}-"
            f"{d.small.max_px} px, {d.small.min_neighbors} neighbours, when nothing was found"}
        for k, d in detectors.items()
    }  # fmt: skip
    return {
        "frames_per_scene": per_scene,
        "detectors": described,
        "summary": summary,
        "table": table,
        "rates": rates,
        "search_cpu_ms": search_ms,
    }


def camera_markdown(result: dict[str, Any]) -> list[str]:
    """The face table (bucket x resolution x detector), then every other number."""
    from bench.__main__ import _table, generic_markdown

    faces = result.get("face_detection") or {}
    table = faces.get("table") or []
    lines: list[str] = []
    if table:
        names = list(faces.get("detectors", {}))
        lines += [
            "### Face detection on real photographs (issue 17)",
            "",
            "Per cent of frames with the face found (\"no face\" rows: with no face seen); "
            f"{faces.get('frames_per_scene')} frames a scene; detectors: "
            + "; ".join(f"**{n}** = {_describe(d)}" for n, d in faces["detectors"].items())
            + ". The yaw poses are approximated by a perspective warp (tests/camera/photos.py); "
            "skin tone: both portraits are light-skinned, no package ships a public-domain "
            "portrait of a darker skin tone; the darkened person is a stress case, not a skin "
            "tone.",
            "",
        ]
        header = ["Group", "Bucket"]
        for res in ("480p", "720p"):
            header += [f"{res} {n}" for n in names] + [f"{res} frames"]
        rows = []

        def order(row: dict[str, Any]) -> tuple[int, bool, float, str]:
            # Group, then its "all" row, then sizes by size, else as measured (stable sort).
            number = row["bucket"].split("%")[0]
            size = float(number) if row["group"] == "size" and number.isdigit() else 0.0
            return GROUPS.index(row["group"]), not row["bucket"].endswith("all"), size, ""

        for row in sorted(table, key=order):
            rows.append([row["group"], row["bucket"],
                         *(_fmt_pct(row.get(h)) for h in header[2:])])  # fmt: skip
        lines += [*_table(header, rows), ""]
    rest = {k: v for k, v in result.items() if k != "face_detection"}
    rest["face_detection"] = {k: v for k, v in faces.items() if k not in ("table", "rates")}
    return lines + generic_markdown(rest)


def _describe(d: dict[str, Any]) -> str:
    text = (f"{d['cascade'].removeprefix('haarcascade_').removesuffix('.xml')} at "
            f"{d['work_size']}, faces from {d['min_face_px']} px")  # fmt: skip
    if d.get("min_face_fraction"):
        text += f" and {round(d['min_face_fraction'] * 100)} % of the height"
    text += f", every {d['interval_s']} s"
    if d.get("small_face_search"):
        text += f", plus a small-face search ({d['small_face_search']})"
    return text


def _fmt_pct(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


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
        noface_hd = make_case(directory, "noface", fps=30.0, width=1280, height=720, seconds=4.0)
        detectors = _detectors()
        result["analysis_cost_720p_one_core"] = _analysis_cost(config, hd)
        # Without a face every search scans every size, and the small-face search runs too:
        # the average's worst case.
        result["analysis_cost_720p_no_face_one_core"] = _analysis_cost(config, noface_hd)
        for name in ("alt216", "old240"):
            result[f"analysis_cost_720p_one_core_{name}"] = _analysis_cost(
                config, hd, detectors[name])  # fmt: skip
            result[f"analysis_cost_720p_no_face_one_core_{name}"] = _analysis_cost(
                config, noface_hd, detectors[name])  # fmt: skip
        result["face_detection"] = _face_detection(config, quick)
        result["reopen"] = _reopen_leaks(config, hd)

    with_face = result["analysis_cost_720p_one_core"]
    no_face = result["analysis_cost_720p_no_face_one_core"]
    cost = max(with_face["cpu_median_ms"], no_face["cpu_median_ms"])
    mean_cost = max(with_face["cpu_mean_ms"], no_face["cpu_mean_ms"])

    def earlier(name: str) -> str:
        a, b = result[f"analysis_cost_720p_one_core_{name}"], result[
            f"analysis_cost_720p_no_face_one_core_{name}"]
        return (f"{name}: {max(a['cpu_median_ms'], b['cpu_median_ms'])} ms median, "
                f"{max(a['cpu_mean_ms'], b['cpu_mean_ms'])} ms mean")  # fmt: skip

    faces = result["face_detection"]["summary"]

    def both(key: str) -> str:
        return "; ".join(
            f"{name} {faces['480p'][f'{key}_{name}_pct']} % (480p), "
            f"{faces['720p'][f'{key}_{name}_pct']} % (720p)" for name in detectors)

    small = {res: next(r[f"{res} new"] for r in result["face_detection"]["table"]
                       if r["group"] == "size" and r["bucket"] == "12%")
             for res in ("480p", "720p")}  # fmt: skip
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
            "measured": f"{cost} ms median, {mean_cost} ms mean, CPU time (worst of a video "
            "with and without a face; a frame with face detection: "
            f"{with_face['cpu_face_detection_frame_ms']} ms with a face, "
            f"{no_face['cpu_face_detection_frame_ms']} ms without). Earlier: "
            f"{earlier('alt216')}; {earlier('old240')}",
            "met": cost <= 10.0 and mean_cost <= 10.0,
            "note": "this thread's CPU time (the shared machine's wall time is in the tables); "
            "face detection at most every 0.5 s (old240 every 0.25 s); OpenCV on one thread, "
            "one core",
        },
        {
            "target": "Face found in ≥ 95% of analysed frames with a face (real photographs, "
            "face 12–60% of the frame's height, normal/dim/side light, tilt ±10°, turned up to "
            "30° (approximated), mirrored, with and without glasses)",
            "measured": both("faces") + f". Face 12 % of the height: new {small['480p']} % "
            f"(480p), {small['720p']} % (720p)",
            "met": min(faces["480p"]["faces_new_pct"], faces["720p"]["faces_new_pct"]) >= 95.0,
            "note": "two public-domain portraits only (light-skinned women): skin tones are NOT "
            "covered (no package ships a darker-skinned public-domain portrait); the head turn "
            "is a perspective warp, not a real turn",
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
