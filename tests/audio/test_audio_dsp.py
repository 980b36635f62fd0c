"""Pure DSP on synthetic arrays: levels, noise floor, clipping, the chime and its detector."""

from __future__ import annotations

import numpy as np
import pytest

from preflight.checks.audio import dsp
from preflight.checks.audio.microphone import judge, muted_advice
from preflight.engine.result import Status

FS = 48000


def sine(freq: float, seconds: float, amplitude: float, fs: int = FS) -> np.ndarray:
    t = np.arange(int(fs * seconds)) / fs
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_full_scale_sine_reads_minus_3_dbfs():
    assert dsp.rms_dbfs(sine(1000, 1, 1.0)) == pytest.approx(-3.01, abs=0.01)
    assert dsp.peak_dbfs(sine(1000, 1, 0.5)) == pytest.approx(-6.02, abs=0.01)


def test_silence_is_the_floor_not_minus_infinity():
    zeros = np.zeros(FS, dtype=np.float32)
    assert dsp.rms_dbfs(zeros) == dsp.DBFS_FLOOR
    assert dsp.active_speech_level_dbfs(zeros, FS) == dsp.DBFS_FLOOR
    assert dsp.is_digital_silence(zeros, 1 / 32767)
    assert dsp.is_digital_silence(np.full(100, 1 / 40000), 1 / 32767)
    assert not dsp.is_digital_silence(np.full(100, 2 / 32767), 1 / 32767)


@pytest.mark.parametrize("level", [-10.0, -20.0, -45.0, -70.0])
def test_active_speech_level_ignores_pauses(level):
    x = dsp.speech_like(FS, 3.0, level)
    assert np.mean(x == 0) > 0.2  # really has pauses
    assert dsp.active_speech_level_dbfs(x, FS) == pytest.approx(level, abs=0.5)
    assert dsp.rms_dbfs(x) < level - 1.0  # the plain RMS would under-read speech


def test_noise_floor_is_the_quiet_stretch():
    rng = np.random.default_rng(1)
    noise = rng.normal(0, 10 ** (-50 / 20), 3 * FS)
    x = dsp.speech_like(FS, 3.0, -20.0) + noise
    assert dsp.noise_floor_dbfs(x, FS) == pytest.approx(-50.0, abs=2.0)
    m = dsp.measure_recording(x, FS, 1 / 32767)
    assert m.speech_to_noise_db == pytest.approx(30.0, abs=2.5)


def test_clipping_runs_and_fraction():
    x = np.zeros(1000, dtype=np.float32)
    x[100:107] = 1.0  # a run of 7
    x[500:503] = -1.0  # a run of 3
    fraction, run = dsp.clipping_stats(x)
    assert run == 7
    assert fraction == pytest.approx(10 / 1000)
    assert dsp.clipping_stats(sine(1000, 0.1, 0.9)) == (0.0, 0)


def test_clipped_speech_is_flagged(config):
    x = np.clip(dsp.speech_like(FS, 3.0, -3.0) * 3.0, -1.0, 1.0)
    m = dsp.measure_recording(x, FS, 1 / 32767)
    assert m.longest_clip_run > 6
    v = judge(m, config.section("microphone"))
    assert v.status is Status.WARN and "distorted" in v.summary
    assert v.has("microphone.clipping") and v.metrics["clipping"] is True


@pytest.mark.parametrize(
    "level,status,finding",
    [
        (-20.0, Status.PASS, "microphone.ok"),
        (-50.0, Status.WARN, "microphone.quiet"),
        (-70.0, Status.FAIL, "microphone.no_speech"),
    ],
)
def test_verdict_by_level(config, level, status, finding):
    m = dsp.measure_recording(dsp.speech_like(FS, 3.0, level), FS, 1 / 32767)
    result = judge(m, config.section("microphone"))
    assert result.status is status
    assert result.finding_ids[0] == finding


def test_noisy_room_warns(config):
    rng = np.random.default_rng(2)
    x = dsp.speech_like(FS, 3.0, -20.0) + rng.normal(0, 10 ** (-32 / 20), 3 * FS)
    v = judge(dsp.measure_recording(x, FS, 1 / 32767), config.section("microphone"))
    assert v.status is Status.WARN
    assert v.finding_ids == ("microphone.noisy",)
    assert any("quieter, private place" in a for a in v.advice)


def test_digital_silence_fails_with_privacy_advice(config):
    v = judge(dsp.measure_recording(np.zeros(3 * FS), FS, 1 / 32767), config.section("microphone"))
    assert v.status is Status.FAIL
    assert v.finding_ids == ("microphone.silent",)
    assert "muted" in v.summary
    # The steps for this computer's system only (issue 17, item 7; tests/audio/
    # test_audio_descriptors.py has every system's).
    assert v.advice == muted_advice()
    assert "sound settings" in v.advice[1] or "Privacy" in v.advice[1]


def test_chime_has_its_level_and_no_click():
    chime = dsp.make_chime(FS, -12.0)
    assert dsp.rms_dbfs(chime.samples) == pytest.approx(-12.0, abs=0.05)
    assert abs(chime.samples[0]) < 1e-3 and abs(chime.samples[-1]) < 1e-3
    assert 0.4 < chime.duration_s < 0.7


def test_chime_found_with_its_delay_and_level():
    chime = dsp.make_chime(FS, -12.0)
    rec = np.zeros(FS)
    delay = 1234
    gain = 10 ** (-18 / 20)  # received 18 dB quieter: -30 dBFS
    rec[delay : delay + len(chime.samples)] += gain * chime.samples
    rng = np.random.default_rng(3)
    rec += rng.normal(0, 10 ** (-50 / 20), rec.size)
    d = dsp.detect_chime(rec, chime)
    assert d.detected
    assert d.lag == delay
    assert d.level_dbfs == pytest.approx(-30.0, abs=0.5)


def test_chime_survives_clock_drift_and_room_noise():
    """Speaker and microphone clocks differ; the room is as loud as the chime."""
    chime = dsp.make_chime(FS, -12.0)
    n = len(chime.samples)
    drifted = np.interp(np.arange(n) * 1.002, np.arange(n), chime.samples)  # 0.2% fast
    rng = np.random.default_rng(4)
    rec = rng.normal(0, 10 ** (-30 / 20), FS)
    rec[2000 : 2000 + n] += 10 ** (-18 / 20) * drifted
    assert dsp.detect_chime(rec, chime).detected


@pytest.mark.parametrize("seed", range(10))
def test_no_chime_in_noise_speech_or_a_single_tone(seed):
    chime = dsp.make_chime(FS, -12.0)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0, 0.1, 2 * FS)
    speech = dsp.speech_like(FS, 2.0, -15.0, seed=seed)
    hum = sine(dsp.CHIME_NOTES_HZ[seed % 3], 2.0, 0.3)
    for rec in (noise, speech, hum, noise + speech):
        assert not dsp.detect_chime(rec, chime).detected


def test_detection_waits_for_the_whole_chime():
    chime = dsp.make_chime(FS, -12.0)
    rec = np.zeros(FS)
    rec[100 : 100 + len(chime.samples)] = chime.samples
    partial = rec[: 100 + len(chime.samples) // 2]
    assert not dsp.detect_chime(partial, chime).detected
    assert dsp.detect_chime(rec, chime, min_lag=50).detected
    # Sound that arrived before the chime was played cannot be the chime.
    assert not dsp.detect_chime(rec, chime, min_lag=100 + len(chime.samples) // 2).detected


def test_tone_power_reads_a_sine():
    x = sine(1318.5, 0.14, 0.5)
    assert dsp.tone_power(x, FS, 1318.5) == pytest.approx(0.125, rel=0.05)
    assert dsp.tone_power(x, FS, 1046.5) < 0.001


def test_frame_levels_for_the_meter():
    x = np.concatenate([np.zeros(FS // 2), sine(440, 0.5, 0.5)])
    levels = dsp.frame_levels_dbfs(x, FS, 0.05)
    assert len(levels) == 20
    assert levels[0] == dsp.DBFS_FLOOR
    assert levels[-1] == pytest.approx(-9.03, abs=0.1)
