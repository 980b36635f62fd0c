"""Plain words for PortAudio failures, and the open/retry logic.

PortAudio's ALSA `pulse` device accepts every rate and is never busy or privacy-blocked, so
those failures cannot be produced on the virtual devices: here the stream factory raises the
real `sounddevice.PortAudioError` with PortAudio's real codes and messages instead.
"""

from __future__ import annotations

import pytest
import sounddevice as sd

from preflight.checks.audio import devices
from preflight.checks.audio.devices import AudioProblem, describe_error, open_stream
from preflight.engine.findings import fill
from preflight.engine.surface import action_fields


class FakeStream:
    def __init__(self, rate):
        self.rate = rate
        self.started = False

    def start(self):
        self.started = True

    def abort(self, ignore_errors=True):
        pass

    def close(self, ignore_errors=True):
        pass


def err(text, code):
    return sd.PortAudioError(text, code)


@pytest.mark.parametrize(
    "exc,kind",
    [
        (err("Error opening InputStream: Device unavailable", -9985), "device_busy"),
        (err("Error opening InputStream: Invalid sample rate", -9997), "unsupported_sample_rate"),
        (err("Error querying device -1", -9996), "no_device"),
        (PermissionError(13, "Permission denied"), "permission_denied"),
        (
            sd.PortAudioError(
                "Error starting stream: Unanticipated host error", -9999, (0, -1, "busy")
            ),
            "device_busy",
        ),
        (err("Error opening Stream: Internal PortAudio error", -9986), "device_error"),
    ],
)
def test_errors_in_plain_words(exc, kind):
    problem = describe_error(exc, "input")
    assert problem.kind == kind
    assert problem.summary.endswith(".")
    assert problem.advice and all(a.endswith(".") for a in problem.advice)
    assert "PortAudio" not in problem.summary and "-99" not in problem.summary


def test_unsupported_rates_are_skipped_until_one_works():
    tried = []

    def factory(rate):
        tried.append(rate)
        if rate != 16000:
            raise err("Error opening InputStream: Invalid sample rate", -9997)
        return FakeStream(rate)

    stream, rate = open_stream(None, factory, [44100, 48000, 16000], "input")
    assert rate == 16000 and stream.started
    assert tried == [44100, 48000, 16000]


def test_no_rate_works_fails_in_plain_words(monkeypatch):
    monkeypatch.setattr(devices, "OPEN_RETRY_S", 0.01)

    def factory(rate):
        raise err("Error opening InputStream: Invalid sample rate", -9997)

    with pytest.raises(AudioProblem) as caught:
        open_stream(None, factory, [48000, 44100], "input")
    assert caught.value.kind == "unsupported_sample_rate"


def test_transient_open_failure_is_retried(monkeypatch):
    monkeypatch.setattr(devices, "OPEN_RETRY_S", 0.01)
    calls = []

    def factory(rate):
        calls.append(rate)
        if len(calls) < 3:
            raise err("Error opening InputStream: Unanticipated host error", -9999)
        return FakeStream(rate)

    stream, _ = open_stream(None, factory, [48000], "input")
    assert stream.started and len(calls) == 3


def test_busy_device_gives_up_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(devices, "OPEN_RETRY_S", 0.01)

    def factory(rate):
        raise err("Error opening InputStream: Device unavailable", -9985)

    with pytest.raises(AudioProblem) as caught:
        open_stream(None, factory, [48000], "output")
    assert caught.value.kind == "device_busy"
    assert "another program" in caught.value.summary


def test_permission_denied_is_not_retried():
    calls = []

    def factory(rate):
        calls.append(rate)
        raise PermissionError(13, "Permission denied")

    with pytest.raises(AudioProblem) as caught:
        open_stream(None, factory, [48000, 44100], "input")
    assert caught.value.kind == "permission_denied"
    assert len(calls) == 1
    # This computer's steps only, with the window's words for checking again.
    assert caught.value.advice == tuple(
        fill(text, action_fields()) for text in devices.privacy_advice()
    )
