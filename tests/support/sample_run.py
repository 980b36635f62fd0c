"""A failing run made by the real checks' pure decisions from plain measurements (no hardware):
what the report tests and the screenshots in docs/support.md render."""

from __future__ import annotations

from preflight.checks.audio.devices import device_failure, no_device
from preflight.checks.audio.dsp import MicMeasurement
from preflight.checks.audio.microphone import judge as judge_microphone
from preflight.checks.audio.speaker import DESCRIPTOR as SPEAKER
from preflight.checks.audio.speaker import NOT_CONFIRMED
from preflight.checks.camera.analysis import FrameStats
from preflight.checks.camera.analysis import assess as assess_camera
from preflight.checks.network.bandwidth import assess as assess_bandwidth
from preflight.checks.network.connectivity import HttpsProbe, Probes
from preflight.checks.network.connectivity import assess as assess_network
from preflight.checks.network.stun import StunBurstResult
from preflight.checks.system import SystemSnapshot
from preflight.checks.system import assess as assess_system
from preflight.config import Config
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult
from tests.support.helpers import report_of


def camera(config: Config) -> CheckResult:
    """A dim picture at 24 fps in which no face is seen."""
    stats = [
        FrameStats(t_s=n / 24, width=1280, height=720, mean_luma=38.0, contrast=22.0,
                   sharpness=180.0, black=False, ssim_prev=None if n == 0 else 0.93,
                   diff_prev=None if n == 0 else 4.0, frozen=False, centre_luma=40.0,
                   border_luma=36.0, face_checked=n % 6 == 0)
        for n in range(72)
    ]
    return assess_camera(stats, [s.t_s for s in stats], config.section("camera"),
                         device="Integrated Webcam")


def microphone(config: Config) -> CheckResult:
    """A quiet voice in a quiet room."""
    m = MicMeasurement(rms_dbfs=-51.3, peak_dbfs=-24.8, noise_floor_dbfs=-71.2,
                       speech_to_noise_db=19.9, clipped_fraction=0.0, longest_clip_run=0,
                       silent=False)
    return judge_microphone(m, config.section("microphone"), sample_rate=48000, channels=1,
                            device="Built-in Microphone")


def speaker() -> CheckResult:
    """No speakers or headphones at all."""
    return device_failure(SPEAKER, no_device("output"), "", tone_detected=False,
                          method=NOT_CONFIRMED)


def network(config: Config) -> CheckResult:
    """Everything reachable, but 2 of 20 call-traffic packets lost."""
    stun = StunBurstResult(sent=20, received=18, rtts_ms=[38.0 + (n % 5) for n in range(18)],
                           reflexive_address_found=True)
    probes = Probes(dns={"zoom.us": True}, https=[HttpsProbe("zoom.us", True, True)],
                    captive_portal=False, stun=stun)
    return assess_network(probes, config.section("network"))


def bandwidth(config: Config) -> CheckResult:
    """A slow upload."""
    measured = {
        "download_mbps": 23.41, "upload_mbps": 0.93, "ping_ms": 31.0, "jitter_ms": 4.2,
        "loaded_latency_ms": 88.0, "loaded_latency_increase_ms": 57.0,
        "server": {"name": "Boston Speedtest", "host": "speedtest.example.net",
                   "distance_km": 12.3},
        "bytes_down": 41_200_000, "bytes_up": 1_900_000, "quality": None,
    }
    return assess_bandwidth(measured, config.section("bandwidth"), config.hotline)


def system(config: Config) -> CheckResult:
    """A busy computer that has not been restarted for nine days."""
    snap = SystemSnapshot(
        cpu_percent=91.0, own_cpu_percent=3.0, cpu_count=4, memory_total_gb=8.0,
        memory_available_gb=5.43, memory_used_percent=32.1, swap_total_gb=2.0,
        swap_used_percent=4.0, uptime_days=9.4, battery_percent=64.0, battery_plugged=True,
        disk_free_gb=120.5,
        processes=[("python", 19.94, 0.31), ("firefox", 160.0, 1.9), ("Teams", 45.0, 0.8)],
    )
    return assess_system(snap, config.section("system"))


def failing_run(config: Config) -> RunReport:
    """Every built-in check, with something to fix in most of them (the speakers fail)."""
    results = [camera(config), microphone(config), speaker(), network(config),
               bandwidth(config), system(config)]
    return report_of(results, config)


def render_screenshots(folder: str) -> list[str]:
    """The failing run's HTML and PDF reports, saved in `folder` and rendered to PNG: the PDF's
    first and last page by poppler's pdftoppm, the HTML by headless Chromium (the pictures in
    docs/support.md). Returns the PNG files written."""
    import shutil
    import subprocess
    from pathlib import Path

    from PIL import Image, ImageChops

    from preflight.config import load_config
    from preflight.support.reports import save_report

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    report = failing_run(load_config())
    html, pdf = save_report(report, out / "report.html"), save_report(report, out / "report.pdf")
    written = []
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                           timeout=60).stdout
    count = int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages")))
    for page, name in ((1, "report-pdf-first-page"), (count, "report-pdf-last-page")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l",
                        str(page), str(pdf), str(out / name)], check=True, timeout=60)
        written.append(str(out / f"{name}.png"))
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        shot = out / "report-html.png"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", "--window-size=760,4000",
                        f"--screenshot={shot}", html.resolve().as_uri()],
                       check=True, timeout=120, capture_output=True)
        image = Image.open(shot).convert("RGB")
        box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
        if box:  # the page's own height, with a margin
            image = image.crop((0, 0, image.width, min(image.height, box[3] + 16)))
        image.quantize(colors=64).save(shot, optimize=True)  # text: a small palette will do
        written.append(str(shot))
    return written


if __name__ == "__main__":
    import sys

    print("\n".join(render_screenshots(sys.argv[1] if len(sys.argv) > 1 else "report-shots")))
