"""A private PulseAudio server with virtual audio devices, for tests and the benchmark.

API (reusable from any test; the GUI's tests too):

    from tests.audio_lab import AudioLab, lab_fixture_or_skip

    lab = AudioLab()            # nothing started yet
    lab.start()                 # raises LabUnavailable (with a reason) if PulseAudio can't run
    lab.env                     # {"XDG_RUNTIME_DIR": ..., "PULSE_SERVER": ...} for subprocesses
    lab.set_loopback(True)      # the virtual microphone hears the virtual speaker
    lab.set_loopback(False)     # ... or not (like wearing headphones)
    lab.set_mic_gain_db(-20.0)  # attenuate everything the microphone hears (0 = unity)
    with lab.play_into_mic(signal, 48000):   # float mono numpy array, full scale 1.0
        ...                     # the virtual microphone hears `signal` (looped until the end)
    lab.unplug_mic() / lab.plug_mic()        # the microphone source disappears / comes back
    lab.freeze_mic()            # the microphone stops delivering audio (pulled out, hung)
    with lab.extra_source("headset_mic", "Jabra Evolve 65", bluetooth=True) as feed:
        with lab.play_into_mic(signal, device=feed): ...  # a second microphone, hearing signal
    with lab.extra_sink("usb_headphones", "USB Headphones"): ...  # a second speaker
    with lab.recording("Zoom"): ...  # another program records from the microphone
    lab.stop()                  # kills the server, restores the environment

The session fixture `audio_lab` (tests/audio/conftest.py) starts one lab for the test session,
applies its environment to this process (os.environ) and re-initialises PortAudio, which scans
devices only when it initialises. Each test gets it with the loopback off and unity gain.

Devices as PortAudio sees them (ALSA's `pulse`/`default` devices through libasound2-plugins):
the default output is the null sink `preflight_speaker`; the default input is
`preflight_mic`, a remap of the monitor of the null sink `preflight_micfeed`, into which
`play_into_mic` plays and the loopback module copies the speaker's output.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SPEAKER = "preflight_speaker"
MIC_FEED = "preflight_micfeed"
MIC = "preflight_mic"
RATE = 48000


class LabUnavailable(RuntimeError):
    """PulseAudio (or its tools) cannot run here; the message says why."""


class AudioLab:
    def __init__(self) -> None:
        self.dir: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.env: dict[str, str] = {}
        self._saved_env: dict[str, str | None] = {}
        self._loopback_id: str | None = None
        self._loopback_latency = 0
        self._loopback_on = False
        self._mic_id: str | None = None
        self._keepalives: list[subprocess.Popen[bytes]] = []

    # -- life cycle -------------------------------------------------------------------------
    def start(self, timeout_s: float = 10.0) -> AudioLab:
        try:
            return self._start(timeout_s)
        except BaseException as exc:
            self.stop()  # never leave a half-started server behind
            if isinstance(exc, (LabUnavailable, KeyboardInterrupt)):
                raise
            raise LabUnavailable(f"the lab could not be set up: {exc}") from exc

    def _start(self, timeout_s: float) -> AudioLab:
        for tool in ("pulseaudio", "pactl", "pacat"):
            if shutil.which(tool) is None:
                raise LabUnavailable(
                    f"{tool} is not installed (apt-get install pulseaudio "
                    "pulseaudio-utils libasound2-plugins)"
                )
        self.dir = Path(tempfile.mkdtemp(prefix="preflight-audio-lab-"))
        runtime = self.dir / "run"
        runtime.mkdir(mode=0o700)
        socket = runtime / "native"
        script = self.dir / "lab.pa"
        script.write_text(
            ".fail\n"  # a module that fails to load stops the server instead of limping on
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
            f"load-module module-null-sink sink_name={SPEAKER} rate={RATE} channels=2 "
            "sink_properties=device.description=Virtual_Speaker\n"
            f"load-module module-null-sink sink_name={MIC_FEED} rate={RATE} channels=1 "
            "sink_properties=device.description=Microphone_Feed\n"
            f"set-default-sink {SPEAKER}\n",
            encoding="utf-8",
        )
        self.env = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{socket}"}
        env = {**os.environ, **self.env, "HOME": str(self.dir)}
        # Foreground (not -D) so we own the process and stop exactly it; -n and the script
        # instead of the system's default.pa (which wants hardware and D-Bus); no PID file, so
        # several labs (or a developer's own server) can run side by side.
        self.proc = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--disable-shm=yes",
                "-F",
                str(script),
                f"--log-target=file:{self.dir / 'pulseaudio.log'}",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        end = time.monotonic() + timeout_s
        while True:
            if self.proc.poll() is not None:
                log = self._log_tail()
                self.stop()
                raise LabUnavailable(f"PulseAudio exited at start: {log}")
            ok = subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5)
            if ok.returncode == 0:
                break
            if time.monotonic() > end:
                log = self._log_tail()
                self.stop()
                raise LabUnavailable(f"PulseAudio did not answer within {timeout_s} s: {log}")
            time.sleep(0.1)
        self.plug_mic()
        # A null sink with no low-latency client renders in ~1.5 s blocks, so its monitor (our
        # microphone, and the loopback from the speaker) would deliver its first audio 1.5 s late;
        # real devices start in tens of ms. Silent low-latency streams keep both sinks running.
        self._keepalives = [
            subprocess.Popen(
                [
                    "pacat",
                    "--playback",
                    f"--device={sink}",
                    "--format=s16le",
                    f"--rate={RATE}",
                    f"--channels={channels}",
                    "--latency-msec=20",
                    "/dev/zero",
                ],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for sink, channels in ((MIC_FEED, 1), (SPEAKER, 2))
        ]
        time.sleep(0.5)
        return self

    def _log_tail(self) -> str:
        try:
            return (self.dir / "pulseaudio.log").read_text()[-500:] if self.dir else ""
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        for keepalive in self._keepalives:
            keepalive.kill()
            keepalive.wait(5)
        self._keepalives = []
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None
        self.restore_env()
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> AudioLab:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- this process's environment and PortAudio -------------------------------------------
    def apply_env(self) -> None:
        """Point this process at the lab and re-scan PortAudio's devices."""
        for key, value in self.env.items():
            self._saved_env.setdefault(key, os.environ.get(key))
            os.environ[key] = value
        reinit_portaudio()

    def restore_env(self) -> None:
        if not self._saved_env:
            return
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()
        reinit_portaudio()

    # -- controls -----------------------------------------------------------------------------
    def pactl(self, *args: str) -> str:
        out = subprocess.run(
            ["pactl", *args],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=10,
        )
        if out.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout.strip()

    def set_loopback(self, on: bool, latency_ms: int = 20) -> None:
        """The microphone hears the speaker (`on`) or not. The loopback module is loaded once
        and then muted and unmuted: a freshly loaded module-loopback delivers its first second
        or so late (its sink latency starts at about 1.3 s and drains at the rate of real time,
        measured), so a chime played at once was heard a second late or not at all (the
        speaker tests' old flake)."""
        if on and self._loopback_id is not None and self._loopback_latency != latency_ms:
            self._unload_loopback()
        if on and self._loopback_id is None:
            self._loopback_id = self.pactl(
                "load-module",
                "module-loopback",
                f"source={SPEAKER}.monitor",
                f"sink={MIC_FEED}",
                f"latency_msec={latency_ms}",
                "source_dont_move=true",
                "sink_dont_move=true",
            )
            self._loopback_latency = latency_ms
            self._wait_loopback_settled(max(0.1, 5 * latency_ms / 1000.0))
        if self._loopback_id is not None and on != self._loopback_on:
            self._set_loopback_mute(not on)
            if not on:
                time.sleep(0.1)  # what the loopback carried is gone from the microphone's feed
        self._loopback_on = on and self._loopback_id is not None

    def _loopback_input(self) -> str:
        """`pactl list sink-inputs`'s block of the loopback module's sink input ("" if none);
        its first line is the sink input's index."""
        owner = f"Owner Module: {self._loopback_id}"
        for block in self.pactl("list", "sink-inputs").split("Sink Input #")[1:]:
            if any(line.strip() == owner for line in block.splitlines()):
                return block
        return ""

    def _wait_loopback_settled(self, latency_s: float, timeout_s: float = 5.0) -> None:
        """Until the loopback's sink latency is below `latency_s` (or `timeout_s` passed)."""
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            block = self._loopback_input()
            for line in block.splitlines():
                line = line.strip()
                if line.startswith("Sink Latency:"):
                    usec = float(line.split(":")[1].split()[0])
                    if usec / 1e6 < latency_s:
                        return
            time.sleep(0.05)

    def _set_loopback_mute(self, mute: bool) -> None:
        block = self._loopback_input()
        if block:
            self.pactl("set-sink-input-mute", block.split("\n", 1)[0].strip(),
                       "1" if mute else "0")

    def _unload_loopback(self) -> None:
        if self._loopback_id is not None:
            self.pactl("unload-module", self._loopback_id)
            self._loopback_id = None
            self._loopback_on = False
            time.sleep(0.5)

    def set_mic_gain_db(self, db: float) -> None:
        self.pactl("set-sink-volume", MIC_FEED, f"{db:+.2f}dB" if db else "100%")

    def unplug_mic(self) -> None:
        if self._mic_id is not None:
            self.pactl("unload-module", self._mic_id)
            self._mic_id = None

    def plug_mic(self) -> None:
        if self._mic_id is None:
            self._mic_id = self.pactl(
                "load-module",
                "module-remap-source",
                f"source_name={MIC}",
                f"master={MIC_FEED}.monitor",
                "channels=1",
                "source_properties=device.description=Virtual_Microphone",
            )
            self.pactl("set-default-source", MIC)

    def freeze_mic(self, frozen: bool = True) -> None:
        """Suspend the microphone: open streams stop receiving audio, as when a device hangs or
        is pulled out mid-recording (unloading it instead lets PulseAudio move the stream to
        another source, and pactl here cannot end a client's stream)."""
        self.pactl("suspend-source", MIC, "1" if frozen else "0")

    @contextlib.contextmanager
    def extra_source(self, name: str, description: str, bluetooth: bool = False,
                     properties: str = "") -> Iterator[str]:
        """A second microphone `name` (a remap of a new null sink's monitor, like MIC) for the
        block; yields the sink to play into (`play_into_mic(..., device=...)`). `bluetooth`
        gives it the properties PulseAudio gives a Bluetooth headset's microphone
        (device.bus, device.api, bluez.profile): the lab cannot create a real bluez card."""
        feed = f"{name}_feed"
        props = f'device.description="{description}" device.class=sound'
        if bluetooth:
            props += (" device.bus=bluetooth device.api=bluez5 device.form_factor=headset "
                      "bluez.profile=headset_head_unit")
        if properties:
            props += " " + properties
        sink_id = self.pactl("load-module", "module-null-sink", f"sink_name={feed}",
                             f"rate={RATE}", "channels=1",
                             f"sink_properties=device.description={feed}")
        source_id = self.pactl("load-module", "module-remap-source", f"source_name={name}",
                               f"master={feed}.monitor", "channels=1",
                               f"source_properties='{props}'")
        keepalive = self._keepalive(feed, 1)
        try:
            time.sleep(0.3)
            yield feed
        finally:
            keepalive.kill()
            keepalive.wait(5)
            self.pactl("unload-module", source_id)
            self.pactl("unload-module", sink_id)

    @contextlib.contextmanager
    def extra_sink(self, name: str, description: str) -> Iterator[str]:
        """A second speaker `name` for the block (nothing it plays reaches a microphone)."""
        sink_id = self.pactl("load-module", "module-null-sink", f"sink_name={name}",
                             f"rate={RATE}", "channels=2",
                             f"sink_properties='device.description=\"{description}\"'")
        keepalive = self._keepalive(name, 2)
        try:
            time.sleep(0.3)
            yield name
        finally:
            keepalive.kill()
            keepalive.wait(5)
            self.pactl("unload-module", sink_id)

    @contextlib.contextmanager
    def recording(self, application: str, source: str = MIC) -> Iterator[subprocess.Popen[bytes]]:
        """Another program, named `application` (PulseAudio's application.name), records from
        `source` for the block: a real `pacat --record` process."""
        proc = subprocess.Popen(
            ["pacat", "--record", f"--device={source}", f"--client-name={application}",
             "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=50",
             "/dev/null"],
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(0.5)
            yield proc
        finally:
            proc.kill()
            proc.wait(5)

    def _keepalive(self, sink: str, channels: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            ["pacat", "--playback", f"--device={sink}", "--format=s16le", f"--rate={RATE}",
             f"--channels={channels}", "--latency-msec=20", "/dev/zero"],
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    def reset(self) -> None:
        self.set_loopback(False)
        self.plug_mic()
        self.freeze_mic(False)
        self.set_mic_gain_db(0.0)

    @contextlib.contextmanager
    def play_into_mic(
        self, signal: Any, samplerate: int = RATE, settle_s: float = 0.3, device: str = MIC_FEED
    ) -> Iterator[None]:
        """Play `signal` (looped) into the virtual microphone (or the feed of an
        `extra_source`) until the block ends."""
        import numpy as np

        data = np.asarray(signal, dtype="<f4").tobytes()
        proc = subprocess.Popen(
            [
                "pacat",
                "--playback",
                f"--device={device}",
                "--format=float32le",
                f"--rate={samplerate}",
                "--channels=1",
                "--latency-msec=30",
            ],
            env={**os.environ, **self.env},
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stop = threading.Event()

        def feed() -> None:
            try:
                while not stop.is_set():
                    assert proc.stdin is not None
                    proc.stdin.write(data)
                    proc.stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        try:
            time.sleep(settle_s)
            yield
        finally:
            stop.set()
            proc.kill()
            proc.wait(5)
            feeder.join(5)


def reinit_portaudio() -> None:
    """PortAudio scans devices when it initialises: re-scan after the server (or env) changed."""
    try:
        import sounddevice
    except (ImportError, OSError):
        return
    sounddevice._terminate()
    sounddevice._initialize()


def lab_or_skip() -> AudioLab:
    """A started lab, or pytest.skip with the reason."""
    import pytest

    try:
        return AudioLab().start()
    except LabUnavailable as exc:
        pytest.skip(f"no PulseAudio lab: {exc}")
        raise  # pragma: no cover - skip raises
