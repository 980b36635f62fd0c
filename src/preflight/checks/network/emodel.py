"""The ITU-T G.107 E-model in the simplified form voice platforms use, for an expected call
quality from measured round trip, jitter and loss.

    effective one-way delay  d = RTT / 2 + 2 x jitter + 10 ms (codec)
    delay impairment         Id = 0.024 d + 0.11 (d - 177.3) H(d - 177.3)
                             (Cole and Rosenbluth, "Voice over IP performance monitoring",
                             ACM SIGCOMM CCR 31(2), 2001, eq. 9: the G.107 Idd/Idte curve
                             fitted for an echo-free, G.107-default connection)
    loss impairment          Ie,eff = Ie + (95 - Ie) x Ppl / (Ppl / BurstR + Bpl)
                             (ITU-T G.107 (06/2015) eq. 7-29; for G.711 with packet loss
                             concealment Ie = 0 and Bpl = 25.1, ITU-T G.113 (11/2007)
                             Appendix I table I.3; BurstR = 1: random loss)
    R                        = 93.2 - Id - Ie,eff (G.107's default R with every other
                             parameter at its default)
    MOS                      = 1 for R < 0; 1 + 0.035 R + R (R - 60)(100 - R) 7e-6 for
                             0 <= R <= 100; 4.5 above (ITU-T G.107 Annex B, eq. B-4)

Hand-written: the formulas are a dozen lines and no maintained Python package provides the
E-model (the PyPI packages found are unmaintained single-file scripts). Every function returns
None rather than a number it cannot stand behind: NaN, infinite, negative or impossible inputs
(loss above 100 %) give None, never NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

R_DEFAULT = 93.2  # ITU-T G.107 7.7: R with all parameters at their default values
CODEC_DELAY_MS = 10.0  # the simplified model's allowance for packetisation and the codec
IE_G711 = 0.0  # ITU-T G.113 Appendix I: equipment impairment of G.711
BPL_G711_PLC = 25.1  # ITU-T G.113 Appendix I: packet-loss robustness of G.711 with PLC


def _finite(*values: float) -> bool:
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
               for v in values)


def effective_delay_ms(rtt_ms: float, jitter_ms: float) -> float | None:
    """The one-way delay the E-model sees: half the round trip, twice the jitter (the jitter
    buffer) and 10 ms for the codec; None for inputs that are not finite and non-negative."""
    if not _finite(rtt_ms, jitter_ms) or rtt_ms < 0 or jitter_ms < 0:
        return None
    return rtt_ms / 2.0 + 2.0 * jitter_ms + CODEC_DELAY_MS


def delay_impairment(d_ms: float) -> float | None:
    """Id of Cole and Rosenbluth (2001), eq. 9."""
    if not _finite(d_ms) or d_ms < 0:
        return None
    return 0.024 * d_ms + (0.11 * (d_ms - 177.3) if d_ms > 177.3 else 0.0)


def loss_impairment(loss_pct: float, ie: float = IE_G711, bpl: float = BPL_G711_PLC,
                    burst_r: float = 1.0) -> float | None:
    """Ie,eff of ITU-T G.107 eq. 7-29 for `loss_pct` percent of packets lost."""
    if not _finite(loss_pct, ie, bpl, burst_r) or not 0 <= loss_pct <= 100 or bpl <= 0 \
            or burst_r <= 0:
        return None
    return ie + (95.0 - ie) * loss_pct / (loss_pct / burst_r + bpl)


def mos_from_r(r: float) -> float | None:
    """MOS (conversational quality, estimated) from R: ITU-T G.107 Annex B, eq. B-4."""
    if not _finite(r):
        return None
    if r < 0:
        return 1.0
    if r > 100:
        return 4.5
    # The cubic dips a hair under 1 for R below about 6.5: a MOS is never below 1.
    return max(1.0, 1.0 + 0.035 * r + r * (r - 60.0) * (100.0 - r) * 7e-6)


@dataclass(frozen=True)
class Estimate:
    """One E-model estimate and its parts (all finite)."""

    delay_ms: float  # effective one-way delay
    delay_impairment: float  # Id, the round trip's and the jitter's part together
    jitter_impairment: float  # the share of Id that the jitter buffer's 2 x jitter causes
    loss_impairment: float  # Ie,eff
    r: float
    mos: float


def estimate(rtt_ms: float, jitter_ms: float, loss_pct: float) -> Estimate | None:
    """The E-model for a measured round trip, jitter and loss; None when an input is missing,
    not finite, negative, or loss is above 100 %."""
    d = effective_delay_ms(rtt_ms, jitter_ms)
    if d is None:
        return None
    i_d = delay_impairment(d)
    i_e = loss_impairment(loss_pct)
    if i_d is None or i_e is None:
        return None
    # The jitter's share of Id: Id with the jitter, less Id without it.
    no_jitter = delay_impairment(rtt_ms / 2.0 + CODEC_DELAY_MS)
    jitter_part = i_d - (no_jitter if no_jitter is not None else i_d)
    r = R_DEFAULT - i_d - i_e
    mos = mos_from_r(r)
    if mos is None:
        return None
    return Estimate(d, i_d, jitter_part, i_e, r, mos)
