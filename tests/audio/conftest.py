"""Fixtures for the audio tests: `audio_lab` (session) is a private PulseAudio server with
virtual speaker and microphone (tests/audio_lab.py documents its API); `lab` is the same lab,
reset for each test (loopback off, unity gain, microphone plugged in).

Other test packages can reuse it: `from tests.audio.conftest import audio_lab  # noqa: F401`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.audio_lab import AudioLab, lab_or_skip


@pytest.fixture(scope="session")
def audio_lab() -> Iterator[AudioLab]:
    lab = lab_or_skip()
    lab.apply_env()
    try:
        yield lab
    finally:
        lab.stop()


@pytest.fixture
def lab(audio_lab: AudioLab) -> AudioLab:
    audio_lab.reset()
    return audio_lab
