"""Latency statistics shared by the STUN burst (`stun`) and the speed test
(`speedtest_client`): both report jitter the same way."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence


def jitter_ms(rtts_ms: Sequence[float]) -> float | None:
    """Mean absolute difference of consecutive round trips, in the order they were sent
    (RFC 3550's interarrival jitter without its 1/16 smoothing, which needs far more than the
    5-50 samples a check takes). None with fewer than two round trips."""
    if len(rtts_ms) < 2:
        return None
    return statistics.fmean(abs(b - a) for a, b in itertools.pairwise(rtts_ms))
