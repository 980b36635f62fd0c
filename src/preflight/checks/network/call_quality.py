"""Expected video call quality (`call`): one grade from what the connection checks measured.

The `network` check's UDP round trip, jitter and loss go into the ITU-T G.107 E-model
(`emodel`: R factor, then MOS), graded in Twilio's bands (excellent, great, good, fair,
degraded); the `bandwidth` check's upload gives the largest picture of a resolution ladder
(180p to 1080p) it carries. The patient reads one line, "Expected video call quality: Good
(720p).", and when the grade is fair or worse the one thing that limits it, in words. When
the delay under load rises far above idle (bufferbloat), other use of the connection will
hurt the call: that is said too (`household_load`). Missing or contradictory inputs give "could
not estimate" (a skip), never a guess and never NaN.

The check does no I/O: it reads the results of `network` and `bandwidth` (Descriptor.needs,
CheckContext.results). It shares their "network" resource so that it runs after them, and the
window runs it again whenever they run again. The decision is `assess` (pure).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from preflight.checks.network import emodel
from preflight.checks.network.link import VPN_KINDS
from preflight.checks.network.shared import CONNECTION_STEP
from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Choice, Descriptor, FindingSpec, Flags, MetricSpec
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

# Grades best first (Twilio PreflightTest.CallQuality), and the ladder (config keys
# video_<rung>_mbps) largest first.
GRADES = ("excellent", "great", "good", "fair", "degraded")
LADDER = ("1080p", "720p", "540p", "360p", "180p")
NO_VIDEO = "none"
# The local link as the limit (the network check's Wi-Fi and VPN findings, issue 18 item 3):
# "it will probably freeze, because your Wi-Fi signal is weak where you are".
LIMITS = ("upload", "loss", "delay", "jitter", "wifi", "vpn")
_LIMIT_WORDS = {
    "upload": tr_noop("upload speed"),
    "loss": tr_noop("lost packets"),
    "delay": tr_noop("round trip"),
    "jitter": tr_noop("jitter"),
    "wifi": tr_noop("weak Wi-Fi signal"),
    "vpn": tr_noop("a VPN"),
}

DESCRIPTOR = Descriptor(
    id="call",
    title=tr_noop("Video calls"),
    check="preflight.checks.network.call_quality:CallQualityCheck",
    resources=frozenset({"network"}),
    deadline_s=2.0,
    needs=("network", "bandwidth"),
    # New findings go at the END (the support code numbers them in order).
    findings=(
        FindingSpec("excellent", Status.PASS,
                    tr_noop("Expected video call quality: Excellent ({resolution}).")),
        FindingSpec("great", Status.PASS,
                    tr_noop("Expected video call quality: Great ({resolution}).")),
        FindingSpec("good", Status.PASS,
                    tr_noop("Expected video call quality: Good ({resolution}).")),
        FindingSpec(
            "fair", Status.WARN,
            tr_noop("Expected video call quality: Fair ({resolution})."),
            (),
            tr_noop("Expected call quality is fair (an estimated MOS from {mos_fair} to "
                    "{mos_good}): sound may break up and the picture may freeze at times. "
                    "The limit found with it is what to fix first."),
        ),
        FindingSpec(
            "degraded", Status.WARN,
            tr_noop("Expected video call quality: Poor ({resolution}). The video will "
                    "probably freeze."),
            (),
            tr_noop("Expected call quality is poor (an estimated MOS under {mos_fair}): the "
                    "video will probably freeze. Fix the limit found with it, or offer a "
                    "phone visit."),
        ),
        # The one thing that limits a fair or poor grade (its advice is the patient's words).
        FindingSpec(
            "limit_upload", Status.WARN,
            tr_noop("Your upload speed limits the picture."),
            (tr_noop("Your upload speed is too low for a clear picture: pause other uploads "
                     "and backups (photos, cloud storage) during the visit."),),
            tr_noop("The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): "
                    "ask the caller to pause uploads and backups, or to move closer to the "
                    "router."),
        ),
        FindingSpec(
            "limit_loss", Status.WARN,
            tr_noop("Some of the call's sound and picture gets lost on the way."),
            (tr_noop("Some of the call's sound and picture gets lost on the way: move "
                     "closer to your router, or connect with a network cable."),),
            tr_noop("Lost packets limit the call (more than {teams_loss_pct}% lost; Teams "
                    "asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to "
                    "the router or use a cable."),
        ),
        FindingSpec(
            "limit_delay", Status.WARN,
            tr_noop("Your connection takes long to reach the video service."),
            (tr_noop("Your connection takes long to reach the video service: connect with a "
                     "network cable, and try without a VPN if you use one."),),
            tr_noop("The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under "
                    "100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try "
                    "without the VPN or on another network."),
        ),
        FindingSpec(
            "limit_jitter", Status.WARN,
            tr_noop("The delay on your connection changes a lot."),
            (tr_noop("The delay on your connection changes a lot: move closer to your "
                     "router or connect with a network cable, and pause other streaming."),),
            tr_noop("Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under "
                    "30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or "
                    "move closer to the router, and to pause other streaming."),
        ),
        # Household load (issue 18, item 3): the delay under load rises far above idle.
        FindingSpec(
            "household_load", Status.WARN,
            tr_noop("Your connection slows down a lot when it is busy."),
            (tr_noop("Your connection slows down a lot when it is busy: other streaming, "
                     "downloads and backups will hurt the call. Pause them during the "
                     "visit."),),
            tr_noop("The delay rises by more than {household_increase_warn_ms} ms when the "
                    "connection is busy (bufferbloat): other streaming, downloads and backups "
                    "at home will hurt the call. Ask the caller to pause them during the visit "
                    "and to restart the router."),
        ),
        FindingSpec(
            "not_estimated", Status.SKIP,
            tr_noop("We could not estimate the video call quality."),
            (tr_noop("The connection checks above say what they found."),),
            tr_noop("The call quality could not be estimated: the connection check or the "
                    "speed check did not measure the round trip, loss or upload (or their "
                    "figures contradict each other). Read those checks' findings."),
        ),
        # The local link behind a loss, jitter or delay limit (at the END: the code numbers
        # findings in order).
        FindingSpec(
            "limit_wifi", Status.WARN,
            tr_noop("Your Wi-Fi signal is weak where you are."),
            (tr_noop("Your Wi-Fi signal is weak where you are: move closer to your router, or "
                     "connect with a network cable."),),
            tr_noop("A weak Wi-Fi signal limits the call (packets lost or late on the "
                    "Wi-Fi): ask the caller to move closer to the router or to use a cable."),
        ),
        FindingSpec(
            "limit_vpn", Status.WARN,
            tr_noop("Your connection goes through a VPN, which slows down the call."),
            (tr_noop("Your connection goes through a VPN, which slows down the call: if you "
                     "can, turn it off for the visit."),),
            tr_noop("A VPN or tunnel in the route limits the call (a long or unsteady round "
                    "trip): ask the caller to try without the VPN."),
        ),
    ),
    step=CONNECTION_STEP,
    code_fields=(
        # 10 bits: the grade (a PASS grade is not in the main field), the picture size, the
        # one limit, and the household load beside them.
        Choice("grade", "grade", tr_noop("expected call quality"), GRADES, {
            "excellent": tr_noop("excellent"),
            "great": tr_noop("great"),
            "good": tr_noop("good"),
            "fair": tr_noop("fair"),
            "degraded": tr_noop("poor"),
        }),
        Choice("resolution", "resolution", tr_noop("picture the upload carries"),
               (*LADDER, NO_VIDEO), {NO_VIDEO: tr_noop("sound only")}),
        Choice("limit", "limit", tr_noop("what limits the call"), LIMITS, _LIMIT_WORDS),
        Flags("household", ("household_load",)),
    ),
    metrics=(
        MetricSpec("grade", tr_noop("Expected call quality"),
                   help="the MOS band (Twilio's): `excellent`, `great`, `good`, `fair`, `degraded` "
                        "(the picture can lower it: below 540p at most `fair`)",
                   doc_unit="code", words={
                       "excellent": tr_noop("excellent"),
                       "great": tr_noop("great"),
                       "good": tr_noop("good"),
                       "fair": tr_noop("fair"),
                       "degraded": tr_noop("poor"),
                   }),
        MetricSpec("resolution", tr_noop("Picture the upload carries"),
                   help="largest rung of the ladder (`1080p` ... `180p`) whose bitrate the "
                        "measured upload carries; `none`: sound only",
                   doc_unit="code", words={NO_VIDEO: tr_noop("sound only")}),
        MetricSpec("limit", tr_noop("What limits the call"),
                   help="the one thing that limits a fair or poor grade: `upload`, `loss`, "
                        "`delay`, `jitter`, or the local link behind them: `wifi` (the network "
                        "check found the Wi-Fi signal weak), `vpn` (a VPN or tunnel carries the "
                        "route)",
                   doc_unit="code or absent", words=_LIMIT_WORDS),
        MetricSpec("mos", tr_noop("Estimated call score (MOS, 1 to 4.5)"),
                   help="the ITU-T G.107 E-model's MOS from the UDP round trip, jitter and loss "
                        "(G.711 with concealment, random loss; the one-way loss taken as "
                        "1 - sqrt(1 - round-trip loss))", doc_unit="1-4.5", digits=2),
        MetricSpec("r_factor", tr_noop("Transmission rating (R)"),
                   help="the E-model's R: 93.2 less the delay and loss impairments",
                   doc_unit="0-100"),
        MetricSpec("effective_delay_ms", tr_noop("Effective delay"), "ms",
                   "the one-way delay the E-model sees: RTT/2 + 2 x jitter + 10 ms codec"),
        MetricSpec("mos_busy", tr_noop("Estimated call score when the connection is busy"),
                   help="the same MOS with the round trip raised by the speed check's extra "
                        "delay under load", doc_unit="1-4.5", digits=2),
    ),
)


def _number(value: Any) -> float | None:
    """A finite number, or None (missing, NaN, infinite, text, true/false)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def grade_of(mos: float, section: Mapping[str, Any]) -> str:
    """Twilio's band for a MOS: above mos_excellent, then at least mos_great, mos_good,
    mos_fair; degraded below."""
    if mos > section["mos_excellent"]:
        return "excellent"
    for grade in ("great", "good", "fair"):
        if mos >= section[f"mos_{grade}"]:
            return grade
    return "degraded"


def resolution_of(upload_mbps: float, section: Mapping[str, Any]) -> str:
    """The largest rung whose bitrate the upload carries, or "none"."""
    for rung in LADDER:
        if upload_mbps >= section[f"video_{rung}_mbps"]:
            return rung
    return NO_VIDEO


def _worse(a: str, b: str) -> str:
    return a if GRADES.index(a) >= GRADES.index(b) else b


def _usable(result: CheckResult | None) -> bool:
    return result is not None and result.status in (Status.PASS, Status.WARN, Status.FAIL)


def _not_estimated(why: str) -> CheckResult:
    """"Could not estimate", with the reason for the help desk (a finding value, English)."""
    return DESCRIPTOR.result([DESCRIPTOR.finding("not_estimated", why=why)])


def assess(network: CheckResult | None, bandwidth: CheckResult | None,
           section: Mapping[str, Any],
           network_section: Mapping[str, Any] | None = None) -> CheckResult:
    """The expected call quality from the two checks' results (None: did not run).
    `network_section` gives the Wi-Fi threshold for the local link as the limit."""
    if not _usable(network) or not _usable(bandwidth):
        return _not_estimated("a connection check did not finish")
    assert network is not None and bandwidth is not None
    net, bw = network.metrics, bandwidth.metrics
    rtt = _number(net.get("udp_rtt_ms"))
    loss = _number(net.get("udp_loss_pct"))
    jitter = _number(net.get("udp_jitter_ms"))
    upload = _number(bw.get("upload_mbps"))
    increase = _number(bw.get("loaded_latency_increase_ms"))
    if net.get("udp_ok") is False or rtt is None or loss is None or jitter is None:
        return _not_estimated("no UDP round trip, jitter or loss")
    if upload is None:
        return _not_estimated("no upload speed")
    # Contradictions: a round trip with every packet lost, impossible or negative figures.
    if loss >= 100 or loss < 0 or rtt < 0 or jitter < 0 or upload < 0 or (
            increase is not None and increase < 0):
        return _not_estimated("the measurements contradict each other")
    # The STUN burst's loss is of round trips (a request or its answer lost): the call's
    # packets each cross once. Assuming both directions lose alike, one way loses
    # 1 - sqrt(1 - L) (the lab link loses p each way, so L = 1 - (1 - p)^2).
    ppl = 100.0 * (1.0 - math.sqrt(1.0 - loss / 100.0))
    idle = emodel.estimate(rtt, jitter, ppl)
    if idle is None:
        return _not_estimated("the measurements contradict each other")
    busy = emodel.estimate(rtt + increase, jitter, ppl) if increase is not None else None
    resolution = resolution_of(upload, section)
    voice = grade_of(idle.mos, section)
    grade = voice
    good_rung = str(section["video_good_resolution"])
    limits_video = resolution == NO_VIDEO or (
        good_rung in LADDER and LADDER.index(resolution) > LADDER.index(good_rung))
    if resolution == NO_VIDEO:
        grade = "degraded"
    elif limits_video:
        grade = _worse(grade, "fair")
    shown = resolution if resolution != NO_VIDEO else tr(tr_noop("sound only"))
    found: list[Finding] = []
    limit = ""
    household = increase is not None and increase > section["household_increase_warn_ms"]
    if grade in ("fair", "degraded"):
        found.append(DESCRIPTOR.finding(grade, resolution=shown, mos=round(idle.mos, 2)))
        # The picture made it worse than the sound would (or there is no picture): the upload
        # limits the call; else the figure that takes the most off R.
        if resolution == NO_VIDEO or GRADES.index(grade) > GRADES.index(voice):
            limit = "upload"
        else:
            limit = _local_link(_limit(idle, rtt, jitter, ppl, section), net, network_section)
        found.append(DESCRIPTOR.finding(f"limit_{limit}", upload_mbps=upload,
                                        udp_rtt_ms=rtt, udp_jitter_ms=jitter,
                                        udp_loss_pct=loss))
    else:
        # A good grade beside a busy-connection warning is still the line the patient reads.
        level = Status.WARN if household else None
        found.append(DESCRIPTOR.finding(grade, level=level, resolution=shown,
                                        mos=round(idle.mos, 2)))
    if household:
        found.append(DESCRIPTOR.finding("household_load", loaded_latency_increase_ms=increase,
                                        limits={"household_increase_warn_ms":
                                                section["household_increase_warn_ms"]}))
    metrics: dict[str, Any] = {
        "grade": grade,
        "resolution": resolution,
        "mos": round(idle.mos, 2),
        "r_factor": round(idle.r, 1),
        "effective_delay_ms": round(idle.delay_ms, 1),
    }
    if limit:
        metrics["limit"] = limit
    if busy is not None:
        metrics["mos_busy"] = round(busy.mos, 2)
    return DESCRIPTOR.result(found, **metrics)


def _limit(idle: emodel.Estimate, rtt: float, jitter: float, loss: float,
           section: Mapping[str, Any]) -> str:
    """The figure that takes the most off R, among those that miss Microsoft Teams' targets
    (round trip, jitter, one-way loss); the largest impairment when none misses its target."""
    parts = {
        "delay": idle.delay_impairment - idle.jitter_impairment,
        "jitter": idle.jitter_impairment,
        "loss": idle.loss_impairment,
    }
    misses = {
        "delay": rtt > section["teams_rtt_ms"],
        "jitter": jitter > section["teams_jitter_ms"],
        "loss": loss > section["teams_loss_pct"],
    }
    candidates = [k for k in parts if misses[k]] or list(parts)
    return max(candidates, key=lambda k: parts[k])


def _local_link(limit: str, net: Mapping[str, Any],
                network_section: Mapping[str, Any] | None) -> str:
    """What is behind a loss, jitter or delay limit, when the network check saw it: a weak
    Wi-Fi signal (lost and late packets: loss, jitter) or a VPN in the route (a long or
    unsteady round trip, or loss). The patient can act on these; "lost packets" alone they
    cannot."""
    signal = _number(net.get("wifi_signal_dbm"))
    if (limit in ("loss", "jitter") and signal is not None and network_section is not None
            and signal <= network_section["wifi_weak_dbm"]):
        return "wifi"
    if limit in ("delay", "jitter", "loss") and net.get("vpn") in VPN_KINDS:
        return "vpn"
    return limit


class CallQualityCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        return assess(ctx.results.get("network"), ctx.results.get("bandwidth"),
                      ctx.config.section("call"), ctx.config.section("network"))
