"""Internet speed (`bandwidth`): download, upload, latency, jitter and latency under load,
measured by the first of `[bandwidth] providers` that can (speedtest.net's nearest server
through speedtest-cli, then Cloudflare's speed test: `providers`) or, with
`--speedtest-server URL` / `[bandwidth] speedtest_server`, against exactly one self-hosted
server, Ookla-compatible (`upload.php`) or LibreSpeed (then no third party is contacted).

The verdict follows a "video visit" profile in `[bandwidth]`: pass at 3.0 down and 1.5 up,
warn down to 1.2 / 0.6, fail below; and says which picture quality the link supports. A test
that could not measure (the test server or speedtest.net unreachable, the upload refused) is
an error with its own finding, never a slow line. The measuring itself (and every
speedtest-cli defect it works around) is in `speedtest_client`.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from preflight.checks.network.shared import (
    ADVICE_PAUSE,
    ADVICE_RESTART,
    ADVICE_ROUTER,
    ADVICE_VPN,
    CONNECTION_STEP,
)
from preflight.engine.check import Cancelled, Check, CheckContext
from preflight.engine.findings import Buckets, Choice, Descriptor, FindingSpec, MetricSpec
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

if TYPE_CHECKING:
    from preflight.checks.network.speedtest_client import SpeedtestOutcome

logger = logging.getLogger(__name__)

_HD = tr_noop("Your internet speed is good for HD video.")
_TOO_SLOW = tr_noop("Your internet is too slow for a video visit right now.")
_LOWER_QUALITY = tr_noop(
    "Your internet speed is enough for video, but the picture may be lower quality."
)
_SLOW_ADVICE = (ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART)
_NOT_MEASURED = tr_noop(
    "We could not reach the speed test server, so your internet speed was not measured."
)
_NOT_MEASURED_ADVICE = (
    tr_noop("Check that you are connected to the internet, then {check_again}."),
    ADVICE_VPN,
    ADVICE_RESTART,
)
_NO_SERVER_LIST = tr_noop(
    "We could not get the list of speed test servers, so your internet speed was not measured."
)
_NO_SERVER_LIST_ADVICE = (
    tr_noop("{Check_again} in a few minutes."),
    ADVICE_VPN,
    tr_noop("If it happens again, call the support line."),
)
_UPLOAD_NOT_ACCEPTED = tr_noop(
    "We measured your download speed, but the speed test server did not accept the upload "
    "test, so we can't tell how well others will see and hear you."
)
_UPLOAD_ADVICE = (
    tr_noop("{Check_again}."),
    ADVICE_VPN,
    tr_noop("If it happens again, call the support line."),
)
_PHONE_VISIT_HELPDESK = tr_noop(
    "Offer the caller a phone visit if the connection cannot be made faster."
)


_PROVIDER_WORDS = {
    "speedtest": tr_noop("speedtest.net"),
    "cloudflare": tr_noop("Cloudflare"),
    "librespeed": tr_noop("a self-hosted LibreSpeed server"),
}
# Why a provider could not measure, in the help desk's words (`skipped_providers`).
_REASON_WORDS = {
    "config_failed": tr_noop("its settings could not be fetched"),
    "server_list_failed": tr_noop("its list of servers could not be fetched"),
    "server_unreachable": tr_noop("its server could not be reached"),
    "server_not_answering": tr_noop("its server stopped answering"),
    "download_failed": tr_noop("no data arrived"),
    "server_refused": tr_noop("its server refused the test"),
    "rate_limited": tr_noop("it asked us to wait (too many tests)"),
    "certificate_invalid": tr_noop("its security certificate was not accepted"),
    "bad_answer": tr_noop("something else answered"),
}


def lossy_link(network: CheckResult | None, cfg: Mapping[str, Any]) -> bool:
    """Whether the network check, when it ran, lost `lossy_loss_pct` or more of its UDP
    probes: the speed test then measures longer (SpeedtestSettings.lossy)."""
    loss = network.metrics.get("udp_loss_pct") if network is not None else None
    return isinstance(loss, int | float) and loss >= float(cfg["lossy_loss_pct"])


def video_quality(download_mbps: float, upload_mbps: float, cfg: Mapping[str, Any]) -> str:
    """The best picture both directions can carry (a visit sends and receives video)."""
    rate = min(download_mbps, upload_mbps)
    if rate >= cfg["hd1080_upload_mbps"]:
        return "hd1080"
    if rate >= cfg["hd720_upload_mbps"]:
        return "hd720"
    if rate >= cfg["sd_upload_mbps"]:
        return "sd"
    if rate >= cfg["audio_only_mbps"]:
        return "audio_only"
    return "none"


DESCRIPTOR = Descriptor(
    id="bandwidth",
    title=tr_noop("Internet speed"),
    check="preflight.checks.network.bandwidth:BandwidthCheck",
    resources=frozenset({"network"}),
    deadline_s=20.0,
    # The network check's UDP loss, when it ran: a lossy link is measured longer.
    reads=("network",),
    # The support code numbers findings in this order: add new ones at the end.
    findings=(
        # A passing link, by the picture it carries. Below HD only when an organisation sets
        # its pass thresholds under the picture-quality ones.
        FindingSpec("ok", Status.PASS, _HD),
        FindingSpec("ok_sd", Status.PASS,
                    tr_noop("Your internet speed is good for standard-quality video.")),
        FindingSpec("ok_audio_only", Status.PASS,
                    tr_noop("Your internet speed is enough for sound, but probably not for "
                            "video.")),
        FindingSpec("ok_none", Status.PASS,
                    tr_noop("Your internet speed is too slow for a video or audio call.")),
        # The patient's link.
        FindingSpec(
            "loaded_latency_high",  # bufferbloat: the delay rises a lot under load
            Status.WARN,
            tr_noop("Your internet speed is good for HD video, but your connection slows down "
                    "a lot when it is busy."),
            (ADVICE_PAUSE, ADVICE_RESTART),
            tr_noop("The connection slows down a lot when it is busy (the delay rises by more "
                    "than {loaded_latency_increase_warn_ms} ms under load): ask the caller to "
                    "pause other streaming, downloads and backups during the visit, and to "
                    "restart the router."),
        ),
        FindingSpec(
            "download_low",
            Status.WARN,
            _LOWER_QUALITY,
            _SLOW_ADVICE,
            tr_noop("The internet is a little slow (download under {pass_download_mbps} "
                    "Mbit/s): pause other streaming and downloads during the visit; the video "
                    "may be lower quality."),
        ),
        FindingSpec(
            "upload_low",
            Status.WARN,
            _LOWER_QUALITY,
            _SLOW_ADVICE,
            tr_noop("The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): "
                    "pause other streaming and downloads during the visit; the video may be "
                    "lower quality."),
        ),
        FindingSpec(
            "sound_only",  # too slow, and the slower direction still carries sound
            Status.FAIL,
            tr_noop("Your internet is too slow for video; it is enough for sound only."),
            (),
            tr_noop("The connection carries sound but not video (under {sd_upload_mbps} "
                    "Mbit/s one way): plan the visit by phone if it cannot be improved."),
        ),
        FindingSpec(
            "download_too_low",
            Status.FAIL,
            _TOO_SLOW,
            _SLOW_ADVICE,
            tr_noop("The internet is too slow for video (download under {warn_download_mbps} "
                    "Mbit/s): move closer to the router or use a cable, stop other streaming "
                    "and downloads, or plan the visit by phone."),
        ),
        FindingSpec(
            "upload_too_low",
            Status.FAIL,
            _TOO_SLOW,
            _SLOW_ADVICE,
            tr_noop("The internet is too slow for video (upload under {warn_upload_mbps} "
                    "Mbit/s): move closer to the router or use a cable, stop other streaming "
                    "and downloads, or plan the visit by phone."),
        ),
        # With a failing link, the phone visit: by the support line when the organisation
        # gives its number, by the doctor's office otherwise.
        FindingSpec(
            "phone_visit",
            Status.FAIL,
            _TOO_SLOW,
            (tr_noop("A phone visit may be better: call {label} at {phone} to arrange one."),),
            _PHONE_VISIT_HELPDESK,
        ),
        FindingSpec(
            "phone_visit_office",
            Status.FAIL,
            _TOO_SLOW,
            (tr_noop("A phone visit may be better: call your doctor's office to arrange "
                     "one."),),
            _PHONE_VISIT_HELPDESK,
        ),
        # The test itself could not measure: the test server, speedtest.net or the settings,
        # not (as far as we can tell) the patient's link.
        FindingSpec(
            "upload_refused",  # the server answered the upload with errors
            Status.ERROR,
            _UPLOAD_NOT_ACCEPTED,
            _UPLOAD_ADVICE,
            tr_noop("The speed test server refused the upload test, so the upload speed is "
                    "unknown: ask the caller to run Preflight again; if every caller sees "
                    "this, the speed test server needs attention."),
        ),
        FindingSpec(
            "upload_no_answer",  # nothing of the upload was acknowledged
            Status.ERROR,
            _UPLOAD_NOT_ACCEPTED,
            _UPLOAD_ADVICE,
            tr_noop("The speed test server acknowledged none of the upload test, so the upload "
                    "speed is unknown: ask the caller to run Preflight again; a firewall or "
                    "proxy may be blocking uploads."),
        ),
        FindingSpec(
            "server_unreachable",
            Status.ERROR,
            _NOT_MEASURED,
            _NOT_MEASURED_ADVICE,
            tr_noop("The speed test server could not be reached, so the speed was not "
                    "measured: ask the caller to check they are online and run Preflight "
                    "again; if every caller sees this, the speed test server may be down."),
        ),
        FindingSpec(
            "server_not_answering",  # it hung in the latency step or mid-download
            Status.ERROR,
            _NOT_MEASURED,
            _NOT_MEASURED_ADVICE,
            tr_noop("The speed test server stopped answering, so the speed was not measured: "
                    "ask the caller to run Preflight again; if every caller sees this, the "
                    "speed test server may be overloaded or down."),
        ),
        FindingSpec(
            "download_failed",  # the server took the requests but sent no data
            Status.ERROR,
            _NOT_MEASURED,
            _NOT_MEASURED_ADVICE,
            tr_noop("No data arrived from the speed test server, so the speed was not "
                    "measured: ask the caller to run Preflight again; a firewall or proxy may "
                    "be blocking the download."),
        ),
        FindingSpec(
            "config_failed",  # speedtest.net's configuration
            Status.ERROR,
            _NO_SERVER_LIST,
            _NO_SERVER_LIST_ADVICE,
            tr_noop("speedtest.net's settings could not be fetched (it may be blocked on the "
                    "caller's network), so the speed was not measured: ask the caller to try "
                    "again in a few minutes; an organisation that blocks speedtest.net can "
                    "name its own test server ([bandwidth] speedtest_server)."),
        ),
        FindingSpec(
            "server_list_failed",  # speedtest.net's server list: refused, empty or garbage
            Status.ERROR,
            _NO_SERVER_LIST,
            _NO_SERVER_LIST_ADVICE,
            tr_noop("speedtest.net's list of servers could not be fetched (it may be blocked "
                    "on the caller's network), so the speed was not measured: ask the caller "
                    "to try again in a few minutes; an organisation that blocks speedtest.net "
                    "can name its own test server ([bandwidth] speedtest_server)."),
        ),
        FindingSpec(
            "bad_server_url",
            Status.ERROR,
            tr_noop("The speed test server address in the settings is not valid."),
            (tr_noop("Call the support line: the speed test needs to be set up again."),),
            tr_noop("The speed test server address in the settings ([bandwidth] "
                    "speedtest_server, or --speedtest-server) is not an http(s) address: "
                    "correct the configuration."),
        ),
        FindingSpec(
            # speedtest-cli could not be imported: a damaged installation (or its import-time
            # code failing in a windowed app, which import_speedtest guards against).
            "speedtest_unavailable",
            Status.ERROR,
            tr_noop("The internet speed check could not start: part of Preflight is missing."),
            (tr_noop("Reinstall Preflight, or call the support line."),),
            tr_noop("Part of Preflight (the speed test component) is missing on the caller's "
                    "computer: ask them to reinstall Preflight."),
        ),
        # Issue 16: what a provider's server said when it would not measure (each provider
        # gives way to the next while there is time; these are the last one's words).
        FindingSpec(
            "server_refused",  # HTTP 403, 500 ... where the first answer should be
            Status.ERROR,
            _NOT_MEASURED,
            _NO_SERVER_LIST_ADVICE,
            tr_noop("The speed test server refused the test (an HTTP error), so the speed was "
                    "not measured: ask the caller to try again in a few minutes; if every "
                    "caller sees this, the speed test service (see the report's provider) "
                    "needs attention or is blocked on their network."),
        ),
        FindingSpec(
            "rate_limited",  # HTTP 429: too many tests from this address
            Status.ERROR,
            tr_noop("The speed test service is busy, so your internet speed was not measured."),
            _NO_SERVER_LIST_ADVICE,
            tr_noop("The speed test service asked us to wait (too many tests from the "
                    "caller's network, HTTP 429), so the speed was not measured: ask the "
                    "caller to try again in a few minutes."),
        ),
        FindingSpec(
            "certificate_invalid",  # TLS: the server's certificate did not verify
            Status.ERROR,
            tr_noop("We could not make a secure connection to the speed test server, so your "
                    "internet speed was not measured."),
            (tr_noop("Check that your computer's date and time are right, then "
                     "{check_again}."),
             ADVICE_VPN,
             tr_noop("If it happens again, call the support line.")),
            tr_noop("The speed test server's security certificate was not accepted, so the "
                    "speed was not measured: the computer's clock may be wrong, or a proxy or "
                    "firewall on the caller's network inspects secure connections."),
        ),
        FindingSpec(
            "bad_answer",  # answers that are not a speed test server's (a portal, garbage)
            Status.ERROR,
            _NOT_MEASURED,
            _NOT_MEASURED_ADVICE,
            tr_noop("Something other than the speed test server answered (a sign-in page, a "
                    "proxy or a broken server), so the speed was not measured: ask the caller "
                    "whether the network needs a sign-in, then to run Preflight again."),
        ),
    ),
    step=CONNECTION_STEP,
    code_fields=(
        # 9 bits: the three speed-test figures, in buckets whose edges are the [bandwidth]
        # thresholds (with round numbers either side), so the agent knows which side of each
        # the caller was on. The upload's edges are also the picture-quality thresholds.
        Buckets("download_mbps", "download_mbps", tr_noop("download"), "Mbit/s",
                (0.5, "warn_download_mbps", "pass_download_mbps", 5.0, 10.0, 25.0)),
        Buckets("upload_mbps", "upload_mbps", tr_noop("upload"), "Mbit/s",
                ("audio_only_mbps", "warn_upload_mbps", "hd720_upload_mbps", "pass_upload_mbps",
                 "hd1080_upload_mbps", 5.0)),
        # Ping is not judged here (the network check judges the UDP round trip against its
        # own thresholds); these are the bands of format 1's ping field.
        Buckets("ping_ms", "ping_ms", tr_noop("ping"), "ms",
                (50.0, 100.0, 150.0, 250.0, 400.0, 1000.0)),
        # 2 bits (issue 16): the provider that measured (on errors, the last one tried).
        Choice("provider", "provider", tr_noop("speed test by"),
               ("speedtest", "cloudflare", "librespeed"), _PROVIDER_WORDS),
    ),
    metrics=(
        MetricSpec("download_mbps", tr_noop("Download speed"), "Mbit/s", "throughput"),
        MetricSpec("upload_mbps", tr_noop("Upload speed"), "Mbit/s",
                   "throughput (upload counts only bytes the server acknowledged)"),
        MetricSpec("ping_ms", tr_noop("Delay (ping)"), "ms",
                   "idle latency to the test server", digits=0),
        MetricSpec("jitter_ms", tr_noop("Delay variation"), "ms",
                   "variation of the idle latency", digits=0),
        MetricSpec("loaded_latency_ms", tr_noop("Delay while busy"), "ms",
                   "latency while the download and upload run", digits=0),
        MetricSpec("loaded_latency_increase_ms", tr_noop("Extra delay while busy"), "ms",
                   "how much the load adds (bufferbloat)", digits=0),
        MetricSpec("server", tr_noop("Test server"),
                   help="the test server (configured or nearest speedtest.net server); `host` is "
                        "empty when the server was given by IP address, so no address is ever "
                        "recorded",
                   doc_unit="`{name, host, distance_km}`", item="{name} ({distance_km} km)"),
        MetricSpec("bytes_down", tr_noop("Data downloaded"), "MB", "data moved",
                   doc_unit="bytes", scale=1e-6),
        MetricSpec("bytes_up", tr_noop("Data uploaded"), "MB", "data moved",
                   doc_unit="bytes", scale=1e-6),
        MetricSpec("quality", tr_noop("Best video for this connection"),
                   help="best video the upload supports: `hd1080`, `hd720`, `sd`, "
                        "`audio_only`, `none`",
                   doc_unit="code or null",
                   words={
                       "hd1080": tr_noop("HD video (1080p)"),
                       "hd720": tr_noop("HD video (720p)"),
                       "sd": tr_noop("standard video"),
                       "audio_only": tr_noop("sound only"),
                       "none": tr_noop("none"),
                   }),
        MetricSpec("stable", tr_noop("Speed steady during the test"),
                   help="both speeds had settled when their phase ended; false when a phase "
                        "ran out of time with its figure still moving (a lossy or variable "
                        "link), so the figures are less exact: see the spreads",
                   doc_unit="bool"),
        MetricSpec("download_spread_pct", tr_noop("Download speed variation"), "%",
                   "how much the download figure moved over its phase's last second (the "
                   "second half of what was measured, when shorter), as a share of it (null: "
                   "under half a second measured)"),
        MetricSpec("upload_spread_pct", tr_noop("Upload speed variation"), "%",
                   "how much the upload figure moved over its phase's last second (the second "
                   "half of what was measured, when shorter), as a share of it (null: under "
                   "half a second measured)"),
        MetricSpec("upload_counted", tr_noop("Upload counted by"),
                   help="how the upload's bytes were counted: `tcp` (the bytes the server's "
                        "TCP acknowledged, where the system says: Linux, no proxy) or "
                        "`replies` (the server's answer to each upload request); null without "
                        "an upload figure",
                   doc_unit="code or null", shown=False),
        MetricSpec("provider", tr_noop("Speed test by"),
                   help="the provider that measured: `speedtest` (speedtest.net, or a "
                        "self-hosted Ookla-compatible server), `cloudflare`, `librespeed` (a "
                        "self-hosted LibreSpeed server); on errors, the last one tried",
                   doc_unit="code", words=_PROVIDER_WORDS),
        MetricSpec("skipped_providers", tr_noop("Speed tests that could not measure"),
                   help="each provider tried before the one that measured (or every one, on "
                        "errors): `{provider, reason}`, the reason an `error_reason` code",
                   doc_unit="list", item=tr_noop("{provider}: {reason}"),
                   words={**_PROVIDER_WORDS, **_REASON_WORDS}),
        MetricSpec("error_reason", tr_noop("Problem"),
                   help="on errors: `config_failed`, `server_list_failed`, "
                        "`server_unreachable`, `server_not_answering`, `download_failed`, "
                        "`upload_refused`, `upload_no_answer`, `bad_server_url`, "
                        "`speedtest_unavailable`, `server_refused`, `rate_limited`, "
                        "`certificate_invalid`, `bad_answer`; the result's error finding has the "
                        "same name (`bandwidth.server_unreachable` …, see "
                        "[checks/network.md](checks/network.md))",
                   doc_unit="code", shown=False),
    ),
)

# speedtest_client's error reasons (SpeedtestError.reason) that have a finding of their own;
# any other reason reads as "could not reach the speed test server".
_FAILURE_FINDINGS = frozenset(
    {"config_failed", "server_list_failed", "server_unreachable", "server_not_answering",
     "download_failed", "bad_server_url", "speedtest_unavailable", "server_refused",
     "rate_limited", "certificate_invalid", "bad_answer"}
)


def not_measured(reason: str, **metrics: Any) -> CheckResult:
    """The result of a speed test that gave no figures, for one of speedtest_client's error
    reasons (or "bad_server_url", "speedtest_unavailable"); `metrics` name the providers
    tried."""
    name = reason if reason in _FAILURE_FINDINGS else "server_unreachable"
    return DESCRIPTOR.result([DESCRIPTOR.finding(name)], error_reason=reason, **metrics)


def _round(value: float | None, digits: int = 1) -> float | None:
    """Rounded; None for a missing figure and for NaN or infinity (never printed)."""
    if value is None or not math.isfinite(value):
        return None
    return round(value, digits)


def _spread_pct(spread: float | None) -> float | None:
    return _round(None if spread is None else 100.0 * spread, 1)


def outcome_metrics(outcome: SpeedtestOutcome) -> dict[str, Any]:
    """The report's metrics for what one speed test measured (no verdict yet)."""
    increase = None
    if outcome.loaded_latency_ms is not None:
        increase = max(0.0, outcome.loaded_latency_ms - outcome.ping_ms)
    return {
        "download_mbps": _round(outcome.download_mbps, 2),
        "upload_mbps": _round(outcome.upload_mbps, 2),
        "ping_ms": _round(outcome.ping_ms),
        "jitter_ms": _round(outcome.jitter_ms),
        "loaded_latency_ms": _round(outcome.loaded_latency_ms),
        "loaded_latency_increase_ms": _round(increase),
        "server": dict(outcome.server),
        "bytes_down": int(outcome.bytes_down),
        "bytes_up": int(outcome.bytes_up),
        "quality": None,
        # Confidence: False when a phase ran out of time with its figure still moving (a
        # lossy or variable link); the spreads say by how much it moved in its last second.
        "stable": bool(outcome.download_stable and outcome.upload_stable),
        "download_spread_pct": _spread_pct(outcome.download_spread),
        "upload_spread_pct": _spread_pct(outcome.upload_spread),
        "upload_counted": outcome.upload_counted or None,
    }


def assess(
    measured: Mapping[str, Any],
    cfg: Mapping[str, Any],
    hotline: Mapping[str, Any],
    *,
    upload_problem: str = "",
) -> CheckResult:
    """Pure decision logic: `[bandwidth]` thresholds applied to a measured download and
    upload (`outcome_metrics`). A missing upload figure (the server did not accept the upload:
    `upload_problem` says how) gives no verdict on the link; speedtest-cli would have reported
    thousands of Mbit/s there."""
    metrics = dict(measured)
    if metrics.get("upload_mbps") is None:
        problem = upload_problem or "failed"
        metrics.update(quality=None, error_reason=f"upload_{problem}")
        name = "upload_refused" if problem == "refused" else "upload_no_answer"
        return DESCRIPTOR.result([DESCRIPTOR.finding(name)], **metrics)

    down, up = float(metrics["download_mbps"]), float(metrics["upload_mbps"])
    quality = video_quality(down, up, cfg)
    metrics["quality"] = quality
    found: list[Finding] = []

    def finding(name: str, limit_key: str | None = None, **values: Any) -> None:
        limits = {limit_key: cfg[limit_key]} if limit_key else {}
        found.append(DESCRIPTOR.finding(name, limits=limits, **values))

    too_slow = down < cfg["warn_download_mbps"] or up < cfg["warn_upload_mbps"]
    if too_slow and quality == "audio_only":
        finding("sound_only", "sd_upload_mbps", quality=quality)
    for direction, rate in (("download", down), ("upload", up)):
        if rate < cfg[f"warn_{direction}_mbps"]:
            finding(f"{direction}_too_low", f"warn_{direction}_mbps", **{f"{direction}_mbps": rate})
        elif rate < cfg[f"pass_{direction}_mbps"]:
            finding(f"{direction}_low", f"pass_{direction}_mbps", **{f"{direction}_mbps": rate})
    if too_slow:
        phone = str(hotline.get("phone", "")).strip()
        if phone:
            label = str(hotline.get("label", "")).strip() or tr("the support line")
            finding("phone_visit", label=label, phone=phone)
        else:
            finding("phone_visit_office")
    increase = metrics.get("loaded_latency_increase_ms")
    if increase is not None and increase > cfg["loaded_latency_increase_warn_ms"]:
        finding("loaded_latency_high", "loaded_latency_increase_warn_ms",
                loaded_latency_increase_ms=increase)
    if not found:
        finding({"hd1080": "ok", "hd720": "ok"}.get(quality, f"ok_{quality}"), quality=quality)
    return DESCRIPTOR.result(found, **metrics)


class BandwidthCheck(Check):
    descriptor = DESCRIPTOR

    def __init__(self) -> None:
        # The first provider's runner, its server found and idle round trip measured ahead
        # (`prepare`), with the chain it was made for; None until then, or when that failed.
        self._prepared: tuple[list[Any], Any] | None = None

    @staticmethod
    def _chain(ctx: CheckContext) -> list[Any] | None:
        """The providers to try, in order; None for a server URL that is no speed test's."""
        from preflight.checks.network import providers as pv
        from preflight.checks.network import speedtest_client as sc

        cfg = ctx.config.section("bandwidth")
        server_url = str(ctx.options.get("speedtest_server") or cfg["speedtest_server"] or "")
        try:
            if server_url:
                sc.normalise_server_url(server_url)
            return pv.from_config(
                list(cfg["providers"]), server_url=server_url.strip(),
                server_kind=str(cfg["speedtest_server_kind"]),
                cloudflare_url=str(cfg["cloudflare_url"]),
                timeout_s=min(2.0, max(0.5, ctx.deadline - time.monotonic() - 4.0)),
            )
        except ValueError:
            return None

    def prepare(self, ctx: CheckContext) -> None:
        """While the network check runs (its STUN burst: small packets, no load), find the
        first provider's server and measure the idle round trip: 0.4-0.7 s the speed test
        then does not spend (docs/checks/network.md, "The speed test's first step ahead").
        Nothing is kept open: the runner holds the server and the round trips only."""
        from preflight.checks.network import speedtest_client as sc

        chain = self._chain(ctx)
        if not chain:
            return
        try:
            runner = chain[0].runner(sc.SpeedtestSettings(), cancel=ctx.cancel_event,
                                     deadline=ctx.deadline - 0.5)
            runner.prepare()
        except sc.SpeedtestError as exc:  # the check tries again, and says what failed
            logger.info("bandwidth check: preparing failed: %s", exc.reason)
            return
        self._prepared = (chain, runner)

    def run(self, ctx: CheckContext) -> CheckResult:
        from preflight.checks.network import providers as pv
        from preflight.checks.network import speedtest_client as sc

        cfg = ctx.config.section("bandwidth")
        prepared, self._prepared = self._prepared, None
        chain = prepared[0] if prepared is not None else self._chain(ctx)
        if chain is None:
            return not_measured("bad_server_url")
        lossy = lossy_link(ctx.results.get("network"), cfg)
        settings = sc.SpeedtestSettings(
            phase_max_s=float(cfg["phase_max_s"]),
            target_s=float(cfg["target_s"]),
            lossy=lossy,
            lossy_phase_max_s=float(cfg["lossy_phase_max_s"]),
            lossy_target_s=float(cfg["lossy_target_s"]),
        )
        if lossy:
            logger.info("bandwidth check: the network check lost probes; measuring longer")
        phase_message = {"": tr("Measuring your internet speed…")}

        def progress(fraction: float, message: str) -> None:
            if message:
                phase_message[""] = message
            ctx.progress(fraction, phase_message[""])

        def next_provider(_name: str, _reason: str) -> None:
            progress(0.02, tr("Trying another speed test…"))

        try:
            measured = pv.measure(
                chain, settings,
                cancel=ctx.cancel_event,
                deadline=ctx.deadline - 0.5,  # leave time to give the verdict
                progress=progress,
                on_skip=next_provider,
                prepared=prepared[1] if prepared is not None else None,
            )
        except sc.SpeedtestUnavailableError:
            logger.exception("speedtest-cli could not be imported")
            return not_measured("speedtest_unavailable")
        except sc.SpeedtestCancelled:
            raise Cancelled() from None
        except pv.ProvidersFailed as exc:
            ctx.raise_if_cancelled()
            logger.warning("speed test failed: %s (%s)", exc.reason, exc)
            last = exc.skipped[-1]["provider"] if exc.skipped else None
            return not_measured(exc.reason, provider=last, skipped_providers=exc.skipped)
        metrics = {**outcome_metrics(measured.outcome), "provider": measured.provider,
                   "skipped_providers": measured.skipped}
        result = assess(metrics, cfg, ctx.config.hotline,
                        upload_problem=measured.outcome.upload_problem)
        logger.info("bandwidth check: %s %s %s", result.status.value, result.finding_ids,
                    dict(result.metrics))
        return result
