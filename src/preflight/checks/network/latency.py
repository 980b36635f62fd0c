"""Latency statistics shared by the STUN burst (`stun`) and the speed test
(`speedtest_client`): both report jitter the same way."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Mapping, Sequence


def jitter_ms(rtts_ms: Sequence[float]) -> float | None:
    """Mean absolute difference of consecutive round trips, in the order they were sent
    (RFC 3550's interarrival jitter without its 1/16 smoothing, which needs far more than the
    5-50 samples a check takes). None with fewer than two round trips."""
    if len(rtts_ms) < 2:
        return None
    return statistics.fmean(abs(b - a) for a, b in itertools.pairwise(rtts_ms))


def jitter_at_gap_ms(rtts_by_index: Mapping[int, float], gap: int) -> float | None:
    """The same mean absolute difference, of the round trips of requests sent `gap` send
    numbers apart (both answered): with requests 10 ms apart and gap 2, pairs 20 ms apart,
    the spacing of a call's packets, so that a shorter spacing measures the same jitter. A lost
    request leaves its pairs out rather than pairing across the gap. None without a pair."""
    diffs = [abs(rtts_by_index[i + gap] - rtt) for i, rtt in rtts_by_index.items()
             if i + gap in rtts_by_index]
    return statistics.fmean(diffs) if diffs else None
