"""Pure numpy measurements of audio signals: levels, noise floor, clipping, and the speaker
test chime with its detector. No device access here, so all of it is unit-tested on synthetic
arrays.

Signals are float arrays scaled so that full scale is 1.0 (16-bit samples divided by 32768).
Levels are dBFS: 0 dBFS is a full-scale square wave's RMS (a full-scale sine reads -3.01).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy import ndarray  # the array type where `np` is the lazily imported module

# Reported instead of minus infinity (JSON has no infinity): below any real device's noise
# and at the bottom of the configuration's dBFS range.
DBFS_FLOOR = -150.0
# The largest 16-bit sample, as a fraction of full scale: a sample this large is "at full scale".
FULL_SCALE = 32767 / 32768
# Short-window length for levels and the noise floor: 20 ms is the usual speech analysis frame
# (ITU-T P.56 and most voice-activity detectors work on 10-30 ms frames).
WINDOW_S = 0.02
# ITU-T P.56 counts a frame as speech when it is within 15.9 dB of the active speech level.
P56_MARGIN_DB = 15.9
# The quietest stretch is the 10th percentile of frame levels: the plain minimum would pick a
# single dropout frame, and speech leaves more than 10% pauses in "testing one, two, three".
NOISE_PERCENTILE = 10.0


def _np() -> Any:
    import numpy

    return numpy


def to_dbfs(power_or_amplitude: float, *, power: bool = False) -> float:
    """dBFS of an RMS amplitude (or of a mean power), never below DBFS_FLOOR."""
    import math

    value = float(power_or_amplitude)
    if value <= 0.0 or math.isnan(value):
        return DBFS_FLOOR
    db = (10.0 if power else 20.0) * math.log10(value)
    return max(DBFS_FLOOR, db)


def rms_dbfs(x: np.ndarray) -> float:
    """RMS level of the whole signal."""
    np = _np()
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return DBFS_FLOOR
    return to_dbfs(float(np.mean(x * x)), power=True)


def peak_dbfs(x: np.ndarray) -> float:
    np = _np()
    x = np.asarray(x)
    if x.size == 0:
        return DBFS_FLOOR
    return to_dbfs(float(np.max(np.abs(x))))


def frame_powers(x: np.ndarray, samplerate: float, window_s: float = WINDOW_S) -> np.ndarray:
    """Mean power of consecutive non-overlapping windows (a trailing partial window is dropped)."""
    np = _np()
    x = np.asarray(x, dtype=np.float64)
    n = max(1, round(samplerate * window_s))
    frames = x.size // n
    powers: ndarray
    if frames == 0:
        powers = np.array([float(np.mean(x * x))]) if x.size else np.zeros(0)
    else:
        blocks = x[: frames * n].reshape(frames, n)
        powers = np.mean(blocks * blocks, axis=1)
    return powers


def frame_levels_dbfs(x: np.ndarray, samplerate: float, window_s: float = WINDOW_S) -> list[float]:
    """Short-window levels in dBFS (what a level meter shows)."""
    return [to_dbfs(float(p), power=True) for p in frame_powers(x, samplerate, window_s)]


def noise_floor_dbfs(x: np.ndarray, samplerate: float) -> float:
    """Level of the quietest stretch: the 10th percentile of 20 ms frame levels."""
    np = _np()
    powers = frame_powers(x, samplerate)
    if powers.size == 0:
        return DBFS_FLOOR
    return to_dbfs(float(np.percentile(powers, NOISE_PERCENTILE)), power=True)


def active_speech_level_dbfs(x: np.ndarray, samplerate: float) -> float:
    """The speech level, leaving out pauses: a simplified ITU-T P.56 active speech level.

    Start from the overall level and repeatedly average the power of the frames within
    15.9 dB of the current estimate. A steady sound gives its plain RMS; speech with pauses
    gives the level of the speech itself, which is what the doctor will hear.
    """
    np = _np()
    powers = frame_powers(x, samplerate)
    if powers.size == 0 or float(np.max(powers)) <= 0.0:
        return DBFS_FLOOR
    level = float(np.mean(powers))
    ratio = 10 ** (-P56_MARGIN_DB / 10)
    for _ in range(20):
        active = powers[powers >= level * ratio]
        new_level = float(np.mean(active))
        if abs(new_level - level) <= level * 1e-6:
            break
        level = new_level
    return to_dbfs(level, power=True)


def is_digital_silence(x: np.ndarray, threshold: float) -> bool:
    """True when no sample exceeds `threshold` of full scale (WebRTC: 1/32767)."""
    np = _np()
    x = np.asarray(x)
    return x.size == 0 or bool(np.max(np.abs(x)) <= threshold)


def clipping_stats(x: np.ndarray, full_scale: float = FULL_SCALE) -> tuple[float, int]:
    """(share of samples at full scale, longest run of consecutive full-scale samples)."""
    np = _np()
    x = np.asarray(x)
    if x.size == 0:
        return 0.0, 0
    at_full = np.abs(x) >= full_scale
    count = int(np.count_nonzero(at_full))
    if count == 0:
        return 0.0, 0
    # Run lengths from the edges of the boolean mask (vectorised: recordings are ~150k samples).
    padded = np.concatenate(([0], at_full.view(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    longest = int(np.max(edges[1::2] - edges[0::2]))
    return count / x.size, longest


@dataclass(frozen=True)
class MicMeasurement:
    rms_dbfs: float
    peak_dbfs: float
    noise_floor_dbfs: float
    speech_to_noise_db: float
    clipped_fraction: float
    longest_clip_run: int
    silent: bool


def measure_recording(x: np.ndarray, samplerate: float, silence_threshold: float) -> MicMeasurement:
    """Everything the microphone check reports about one mono recording."""
    rms = active_speech_level_dbfs(x, samplerate)
    noise = noise_floor_dbfs(x, samplerate)
    fraction, run = clipping_stats(x)
    return MicMeasurement(
        rms_dbfs=rms,
        peak_dbfs=peak_dbfs(x),
        noise_floor_dbfs=noise,
        speech_to_noise_db=max(0.0, rms - noise),
        clipped_fraction=fraction,
        longest_clip_run=run,
        silent=is_digital_silence(x, silence_threshold),
    )


# -- the speaker test chime ----------------------------------------------------------------

# A rising major triad (C6, E6, G6): pleasant, familiar from doorbells and notification sounds,
# in the band every laptop speaker and microphone reproduces well (1-1.6 kHz), and three
# different notes in a fixed order are a signature room noise, speech or a hum does not have.
CHIME_NOTES_HZ = (1046.5, 1318.5, 1568.0)
CHIME_NOTE_S = 0.14
# Each note rings this much longer than its slot, fading under the next (a softer, bell-like
# sound); the fade time constant keeps the tail short.
CHIME_DECAY_S = 0.05


@dataclass(frozen=True)
class Chime:
    """The test sound and what the detector needs to know about it."""

    samples: Any  # np.ndarray, float32, peak-normalised and scaled to `level_dbfs` RMS
    samplerate: int
    level_dbfs: float
    note_starts: tuple[int, ...]  # sample offsets of each note
    note_length: int

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.samplerate


def make_chime(samplerate: int, level_dbfs: float = -12.0) -> Chime:
    """Three short notes with soft attacks and decays, at `level_dbfs` RMS over the chime."""
    np = _np()
    n_note = round(CHIME_NOTE_S * samplerate)
    total = n_note * len(CHIME_NOTES_HZ) + round(0.1 * samplerate)
    out = np.zeros(total, dtype=np.float64)
    t = np.arange(total - 0) / samplerate
    starts = []
    for i, freq in enumerate(CHIME_NOTES_HZ):
        start = i * n_note
        starts.append(start)
        tt = t[: total - start]
        # 5 ms attack (no click), then an exponential bell decay after the slot.
        env = np.minimum(1.0, tt / 0.005)
        env = env * np.where(tt < CHIME_NOTE_S, 1.0, np.exp(-(tt - CHIME_NOTE_S) / CHIME_DECAY_S))
        out[start:] += env * np.sin(2 * np.pi * freq * tt)
    # Fade the very end to zero so the sound never stops with a click.
    fade = int(0.01 * samplerate)
    out[-fade:] *= np.linspace(1.0, 0.0, fade)
    rms = float(np.sqrt(np.mean(out * out)))
    out *= (10 ** (level_dbfs / 20)) / rms
    peak = float(np.max(np.abs(out)))
    if peak > FULL_SCALE:  # a level so high it would clip: keep the shape, lower the level
        out *= FULL_SCALE / peak
        level_dbfs = rms_dbfs(out)
    return Chime(out.astype(np.float32), samplerate, level_dbfs, tuple(starts), n_note)


def tone_power(x: np.ndarray, samplerate: float, freq: float) -> float:
    """Mean power of `x` at `freq` (Goertzel's single DFT bin, Hann-windowed).

    Goertzel's recurrence only pays off sample by sample; on a whole numpy array the same bin is
    one dot product with a complex exponential, which is what this computes.
    """
    np = _np()
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    if n == 0:
        return 0.0
    window = np.hanning(n)
    phase = np.exp(-2j * np.pi * freq * np.arange(n) / samplerate)
    amplitude = 2.0 * abs(np.dot(x * window, phase)) / np.sum(window)
    return float(amplitude * amplitude / 2.0)  # a sine of amplitude A has power A^2 / 2


@dataclass(frozen=True)
class Detection:
    detected: bool
    correlation: float  # normalised cross-correlation at the best lag, 0-1
    lag: int  # samples from the start of the recording to the chime
    level_dbfs: float  # RMS level of the chime as received
    note_shares: tuple[float, ...]  # share of each note slot's power at that note's frequency


# Detection thresholds. The matched filter's normalised correlation for white noise over a
# 0.5 s chime is about 0.01 (1/sqrt(samples)); 0.3 leaves a wide margin yet accepts a chime
# received 10 dB below equal-loudness room noise. Each note must also carry a clear share of
# its time slot's power, so a single hum or whistle that matches one note is rejected.
MIN_CORRELATION = 0.3
MIN_NOTE_SHARE = 0.15


def detect_chime(recording: np.ndarray, chime: Chime, min_lag: int = 0) -> Detection:
    """Find the chime in a mono recording with a matched filter, then confirm each note.

    Only lags where the whole chime fits in the recording so far are considered, so this can be
    called repeatedly while recording and decides as soon as the chime has been heard.
    """
    np = _np()
    r = np.asarray(recording, dtype=np.float64)
    s = np.asarray(chime.samples, dtype=np.float64)
    n = s.size
    none = Detection(False, 0.0, 0, DBFS_FLOOR, tuple(0.0 for _ in CHIME_NOTES_HZ))
    if r.size - min_lag < n:
        return none
    segment = r[min_lag:]
    lags = segment.size - n + 1
    size = 1 << int(np.ceil(np.log2(segment.size + n)))
    # Cross-correlation by FFT: sum_k r[lag + k] * s[k] for every lag at once.
    corr = np.fft.irfft(np.fft.rfft(segment, size) * np.conj(np.fft.rfft(s, size)), size)[:lags]
    energy = np.concatenate(([0.0], np.cumsum(segment * segment)))
    window_energy = energy[n : n + lags] - energy[:lags]
    s_energy = float(np.dot(s, s))
    with np.errstate(divide="ignore", invalid="ignore"):
        ncc = np.where(window_energy > 1e-20, corr / np.sqrt(window_energy * s_energy), 0.0)
    best = int(np.argmax(np.abs(ncc)))
    correlation = float(abs(ncc[best]))
    aligned = segment[best : best + n]
    # What the microphone heard while the chime played. (The matched filter's least-squares
    # gain would under-read it: speaker and microphone clocks drift apart by a fraction of a
    # percent, which turns the chime's phase within half a second.)
    level = to_dbfs(float(window_energy[best]) / n, power=True)
    shares = []
    for start, freq in zip(chime.note_starts, CHIME_NOTES_HZ, strict=True):
        slot = aligned[start : start + chime.note_length]
        power = float(np.mean(slot * slot)) if slot.size else 0.0
        shares.append(tone_power(slot, chime.samplerate, freq) / power if power > 0 else 0.0)
    detected = correlation >= MIN_CORRELATION and min(shares) >= MIN_NOTE_SHARE
    return Detection(detected, correlation, min_lag + best, level, tuple(shares))


# -- signals for tests and the benchmark -------------------------------------------------------


def speech_like(samplerate: int, seconds: float, level_dbfs: float, seed: int = 0) -> np.ndarray:
    """Syllable-like bursts of voiced sound with pauses, at `level_dbfs` active speech level.

    Each ~200 ms syllable is a 120-240 Hz buzz with harmonics up to 3 kHz (a voice's pitch and
    bandwidth), separated by 80-150 ms of silence, like "testing, one, two, three".
    """
    np = _np()
    rng = np.random.default_rng(seed)
    total = round(samplerate * seconds)
    out = np.zeros(total)
    pos = 0
    while pos < total:
        length = int(samplerate * rng.uniform(0.16, 0.26))
        pitch = rng.uniform(120, 240)
        t = np.arange(length) / samplerate
        burst = sum(
            np.sin(2 * np.pi * pitch * k * t + rng.uniform(0, 2 * np.pi)) / k
            for k in range(1, int(3000 / pitch) + 1)
        )
        ramp = min(length // 2, int(0.01 * samplerate))
        env = np.ones(length)
        env[:ramp] = np.linspace(0, 1, ramp)
        env[-ramp:] = np.linspace(1, 0, ramp)
        burst = burst * env / np.sqrt(np.mean(burst * burst))
        end = min(total, pos + length)
        out[pos:end] = burst[: end - pos]
        pos = end + int(samplerate * rng.uniform(0.08, 0.15))
    voiced = out[np.abs(out) > 0]
    out *= 10 ** (level_dbfs / 20) / np.sqrt(np.mean(voiced * voiced))
    speech: ndarray = out.astype(np.float32)
    return speech
