"""Fault-injection matrix, in process, through the real Runner (docs/robustness.md).

Real components wherever they exist here: OpenCV on a missing camera index and on generated
video files, PortAudio on the PulseAudio lab's virtual devices, the network checks against the
loopback lab server and sockets made to misbehave. The only stand-in is a camera driver whose
read blocks or stops (cannot exist without camera hardware), named in its test.

Each case runs the faulty check beside the `system` check (which must still complete), then
runs again to show the app recovers.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from preflight.engine.result import Status
from tests.camera.stand_ins import StallingCapture
from tests.network.lab_helpers import bandwidth_overrides, closed_port, network_overrides
from tests.robustness.matrix import assert_clear_problem, assert_fault_case, run_checks

pytestmark = pytest.mark.timeout(120)


# -- camera ------------------------------------------------------------------------------------


def test_no_camera(config):
    for _ in range(2):  # the second run shows nothing was left open or broken
        report, _took = run_checks(config, ["camera", "system"], {"camera": "0"})
        assert_fault_case(report, "camera", problem="missing")


@pytest.fixture
def stalling_camera(monkeypatch) -> Iterator[StallingCapture]:
    """`--camera stall` opens a StallingCapture; any other camera is the real OpenCV path."""
    from preflight.checks.camera import capture as camera  # the device seam FrameSource calls

    box: list[StallingCapture] = []
    real_resolve, real_open = camera.resolve_camera, camera.open_capture

    def resolve(spec, names=None):
        if spec == "stall":
            return camera.CameraTarget("Cam", 0)
        return real_resolve(spec, names)

    def open_capture(target, cfg):
        if target.name == "Cam" and box:
            return box[-1]
        return real_open(target, cfg)

    monkeypatch.setattr(camera, "resolve_camera", resolve)
    monkeypatch.setattr(camera, "open_capture", open_capture)

    def make(frames: int) -> StallingCapture:
        box.append(StallingCapture(frames))
        return box[-1]

    yield make  # type: ignore[misc]
    for cap in box:
        cap.unblock.set()


@pytest.mark.parametrize(
    ("frames", "summary"),
    [
        (0, "Your camera opened but did not send any pictures."),
        (20, "Your camera stopped sending pictures during the check."),
    ],
    ids=["opens-but-no-frames", "stops-mid-capture"],
)
def test_camera_without_frames(config, stalling_camera, tmp_path, frames, summary):
    cap = stalling_camera(frames)
    report, _ = run_checks(config, ["camera", "system"], {"camera": "stall"})
    assert_fault_case(report, "camera", problem="no_frames")
    assert report.result("camera").summary == summary
    # The driver's read returns; the camera is released and a working camera checks fine.
    cap.unblock.set()
    assert cap.released.wait(3.0)
    from tests.camera.scenes import make_case

    video = make_case(tmp_path, "normal", fps=30.0, width=640, height=480, seconds=3.5)
    again, _ = run_checks(config, ["camera"], {"camera": str(video)})
    assert again.result("camera").status is Status.PASS, again.result("camera")


# -- audio (PulseAudio lab) --------------------------------------------------------------------


@pytest.fixture
def mic(audio_lab):
    audio_lab.reset()
    yield audio_lab
    audio_lab.reset()


def _speech(seconds: float = 12.0):
    from preflight.checks.audio import dsp

    return dsp.speech_like(48000, seconds, -20.0)


@pytest.mark.audio
def test_audio_device_vanishes_mid_recording(config, mic):
    """The microphone's PulseAudio module is unloaded while the check records."""
    threading.Timer(1.0, mic.unplug_mic).start()
    with mic.play_into_mic(_speech()):
        report, _ = run_checks(config, ["microphone", "system"])
    result = report.result("microphone")
    # PulseAudio may move the stream to another source that still hears the speech: then the
    # honest verdict is a pass; otherwise a clear failure (the vanished device, or silence
    # when the recording started after the device had gone).
    if result.status is not Status.PASS:
        assert_fault_case(report, "microphone")
    mic.plug_mic()
    time.sleep(1.0)  # PortAudio's ALSA backend needs a moment between streams (field notes)
    with mic.play_into_mic(_speech()):
        again, _ = run_checks(config, ["microphone"])
    assert again.result("microphone").status is Status.PASS, again.result("microphone")


@pytest.mark.audio
def test_audio_device_stops_delivering_mid_recording(config, mic):
    """The microphone source is suspended mid-recording: no more audio reaches the stream."""
    threading.Timer(1.0, mic.freeze_mic).start()
    with mic.play_into_mic(_speech()):
        report, _ = run_checks(config, ["microphone", "system"])
    assert_fault_case(report, "microphone")
    mic.freeze_mic(False)
    time.sleep(1.0)
    with mic.play_into_mic(_speech()):
        again, _ = run_checks(config, ["microphone"])
    assert again.result("microphone").status is Status.PASS, again.result("microphone")


@pytest.mark.audio
def test_audio_callback_overflow(config, mic, monkeypatch):
    """Input overflow while recording, as on a busy old laptop.

    Two parts. Real: a thread holds the GIL in 0.9 s bursts, so the check's callback cannot
    run for long stretches. Stand-in: PortAudio through ALSA's pulse plugin never reports an
    overflow here (measured: a callback blocked for 1.5 s still got no status flag), so every
    fifth callback is handed PortAudio's real `CallbackFlags` with input_overflow set, around
    the check's real callback. The check must end on time with a verdict, never an `error`.
    """
    import sounddevice as sd

    from preflight.checks.audio import capture

    flags: list[bool] = []
    original = capture.Capture.on_input
    overflow = sd.CallbackFlags(sd._lib.paInputOverflow)

    def overflowing(self, indata, frames, time_info, status):
        flags.append(True)
        if len(flags) % 5 == 0:
            status = overflow
        return original(self, indata, frames, time_info, status)

    monkeypatch.setattr(capture.Capture, "on_input", overflowing)
    old = sys.getswitchinterval()
    stop = threading.Event()

    def hog() -> None:  # bursts of pure-Python work: nobody else gets the GIL meanwhile
        while not stop.wait(0.5):
            end = time.perf_counter() + 0.9
            while time.perf_counter() < end:
                pass

    sys.setswitchinterval(1.0)
    hogger = threading.Thread(target=hog, daemon=True)
    try:
        with mic.play_into_mic(_speech()):
            hogger.start()
            report, _ = run_checks(config, ["microphone", "system"])
    finally:
        stop.set()
        hogger.join(5)
        sys.setswitchinterval(old)
    assert len(flags) >= 5, "the fault was not injected"
    result = report.result("microphone")
    assert result.status is not Status.ERROR, result
    assert result.status is not Status.SKIP, result
    if result.status is Status.FAIL:
        assert_clear_problem(result)
    assert report.result("system").status is not Status.ERROR
    time.sleep(1.0)
    with mic.play_into_mic(_speech()):
        again, _ = run_checks(config, ["microphone"])
    assert again.result("microphone").status is Status.PASS, again.result("microphone")


# -- network (loopback lab server and misbehaving sockets) -------------------------------------


@pytest.fixture
def dead_listener() -> Iterator[int]:
    """A TCP port that completes the handshake in the kernel but whose program never accepts
    nor answers: TLS hangs, HTTP hangs."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


@pytest.fixture
def full_backlog() -> Iterator[int]:
    """A TCP port whose accept backlog is full: new connections get no SYN-ACK, so connect()
    itself hangs (the kernel retries the SYN for minutes)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    port = sock.getsockname()[1]
    fillers = []
    for _ in range(4):  # backlog 0 still admits one or two; fill it
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.setblocking(False)
        c.connect_ex(("127.0.0.1", port))
        fillers.append(c)
    time.sleep(0.2)
    try:
        yield port
    finally:
        for c in fillers:
            c.close()
        sock.close()


def _net_config(config, net_lab, network: dict | None = None, bandwidth: dict | None = None):
    overrides = network_overrides(net_lab, **(network or {}))
    overrides |= bandwidth_overrides(net_lab, **(bandwidth or {}))
    return config.with_overrides(overrides)


def _healthy_again(config, net_lab, ids=("network", "bandwidth")) -> None:
    """After the fault, the same process checks a healthy lab server without trouble."""
    from preflight.engine.result import Status as S

    net_lab.behaviour.hang = "none"
    net_lab.behaviour.garbage = False
    net_lab.behaviour.stun_silent = False
    again, _ = run_checks(_net_config(config, net_lab), list(ids))
    for cid in ids:
        assert again.result(cid).status in (S.PASS, S.WARN), again.result(cid)


def _network_and_bandwidth_fail(config, net_lab, network: dict, speedtest_server: str) -> None:
    """With these network settings and speed test server, both network checks report the
    fault (and the computer check still runs); then a healthy lab passes again."""
    cfg = _net_config(config, net_lab, network=network,
                      bandwidth={"speedtest_server": speedtest_server})
    report, _ = run_checks(cfg, ["network", "bandwidth", "system"])
    assert_fault_case(report, ["network", "bandwidth"])
    _healthy_again(config, net_lab)


def test_no_network_at_all(config, net_lab):
    """Nothing answers anywhere: every host is a loopback port with nothing listening."""
    port = closed_port()
    _network_and_bandwidth_fail(
        config,
        net_lab,
        network={
            "dns_names": ["localhost"],
            "https_hosts": [f"127.0.0.1:{port}"],
            "stun_server": f"127.0.0.1:{closed_port(socket.SOCK_DGRAM)}",
            "captive_portal_url": f"http://127.0.0.1:{port}/generate_204",
        },
        speedtest_server=f"http://127.0.0.1:{port}/speedtest/upload.php",
    )


def test_dns_failure(config, net_lab):
    _network_and_bandwidth_fail(
        config,
        net_lab,
        network={
            "dns_names": ["visit.preflight.invalid"],
            "https_hosts": ["visit.preflight.invalid:443"],
            "captive_portal_url": "http://portal.preflight.invalid/generate_204",
            "stun_server": "stun.preflight.invalid:3478",
        },
        speedtest_server="https://speed.preflight.invalid/upload.php",
    )


def test_tcp_connect_hangs(config, net_lab, dead_listener, full_backlog):
    _network_and_bandwidth_fail(
        config,
        net_lab,
        network={
            "https_hosts": [f"127.0.0.1:{full_backlog}", f"127.0.0.1:{dead_listener}"],
            "captive_portal_url": f"http://127.0.0.1:{dead_listener}/generate_204",
        },
        speedtest_server=f"http://127.0.0.1:{full_backlog}/speedtest/upload.php",
    )


def test_speedtest_server_hangs_mid_transfer(config, net_lab):
    net_lab.behaviour.hang = "download"
    report, _ = run_checks(_net_config(config, net_lab), ["bandwidth", "system"])
    assert_fault_case(report, "bandwidth")
    _healthy_again(config, net_lab, ids=("bandwidth",))


def test_server_returns_garbage(config, net_lab):
    net_lab.behaviour.garbage = True
    report, _ = run_checks(_net_config(config, net_lab), ["network", "bandwidth", "system"])
    assert_fault_case(report, ["network", "bandwidth"])
    _healthy_again(config, net_lab)


def test_stun_blocked(config, net_lab):
    net_lab.behaviour.stun_silent = True
    report, _ = run_checks(_net_config(config, net_lab), ["network", "system"])
    result = report.result("network")
    # UDP blocked is not a dead connection: video apps fall back to TCP. It must be named,
    # with advice, and never read as "all good".
    assert result.status in (Status.WARN, Status.FAIL), result
    assert result.advice
    if result.status is Status.FAIL:
        assert_fault_case(report, "network")
    _healthy_again(config, net_lab, ids=("network",))


def test_proxy_misconfigured(config, net_lab, monkeypatch):
    port = closed_port()
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{port}")
    report, _ = run_checks(_net_config(config, net_lab), ["network", "bandwidth", "system"])
    assert_fault_case(report, ["network", "bandwidth"])
    assert any("proxy" in tip.lower() for tip in report.result("network").advice)
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name)
    _healthy_again(config, net_lab)
