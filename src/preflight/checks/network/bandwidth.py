"""Internet speed (`bandwidth`): download, upload, latency, jitter and latency under load,
measured with speedtest-cli against the nearest speedtest.net server or, with
`--speedtest-server URL` / `[bandwidth] speedtest_server`, against exactly one
speedtest.net-compatible server (then speedtest.net is never contacted).

The verdict follows a "video visit" profile in `[bandwidth]`: pass at 3.0 down and 1.5 up,
warn down to 1.2 / 0.6, fail below; and says which picture quality the link supports. The
measuring itself (and every speedtest-cli defect it works around) is in `speedtest_client`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from preflight.engine.check import Cancelled, Check, CheckContext
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

ADVICE_ROUTER = tr_noop("Move closer to your router, or connect with a network cable if you can.")
ADVICE_PAUSE = tr_noop("Pause other downloads or streaming (TV, games, backups) during the visit.")
ADVICE_RESTART = tr_noop("Restart your computer and router, then press Check again.")
ADVICE_VPN = tr_noop("If you're on a work network or VPN, try without it.")

# Whole sentences, so each language can say them its own way (translated with tr where used).
QUALITY_SUMMARIES = {
    "hd1080": tr_noop("Your internet speed is good for HD video."),
    "hd720": tr_noop("Your internet speed is good for HD video."),
    "sd": tr_noop("Your internet speed is good for standard-quality video."),
    "audio_only": tr_noop("Your internet speed is enough for sound, but probably not for video."),
    "none": tr_noop("Your internet speed is too slow for a video or audio call."),
}
QUALITY_WORDS = {
    "hd1080": "good for HD video",
    "hd720": "good for HD video",
    "sd": "good for standard-quality video",
    "audio_only": "enough for sound, but probably not for video",
    "none": "too slow for a video or audio call",
}


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


@dataclass
class Assessment:
    status: Status
    summary: str
    advice: list[str]


def _hotline_advice(hotline: Mapping[str, Any]) -> str:
    phone = str(hotline.get("phone", "")).strip()
    label = str(hotline.get("label", "")).strip() or tr("the support line")
    if phone:
        return tr(
            "A phone visit may be better: call {label} at {phone} to arrange one.",
            label=label,
            phone=phone,
        )
    return tr("A phone visit may be better: call your doctor's office to arrange one.")


def assess(
    metrics: Mapping[str, Any], cfg: Mapping[str, Any], hotline: Mapping[str, Any]
) -> Assessment:
    """Pure decision logic for a measured download and upload."""
    down, up = float(metrics["download_mbps"]), float(metrics["upload_mbps"])
    quality = str(metrics["quality"])
    increase = metrics.get("loaded_latency_increase_ms")
    bloated = increase is not None and increase > cfg["loaded_latency_increase_warn_ms"]
    if down >= cfg["pass_download_mbps"] and up >= cfg["pass_upload_mbps"]:
        if bloated:
            return Assessment(
                Status.WARN,
                tr(
                    "Your internet speed is good for HD video, but your connection "
                    "slows down a lot when it is busy."
                ),
                [ADVICE_PAUSE, ADVICE_RESTART],
            )
        return Assessment(
            Status.PASS,
            tr(QUALITY_SUMMARIES[quality]),
            [],
        )
    if down >= cfg["warn_download_mbps"] and up >= cfg["warn_upload_mbps"]:
        advice = [ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART]
        return Assessment(
            Status.WARN,
            tr("Your internet speed is enough for video, but the picture may be lower quality."),
            advice,
        )
    if quality == "audio_only":
        summary = tr("Your internet is too slow for video; it is enough for sound only.")
    else:
        summary = tr("Your internet is too slow for a video visit right now.")
    return Assessment(
        Status.FAIL,
        summary,
        [ADVICE_PAUSE, ADVICE_ROUTER, ADVICE_RESTART, _hotline_advice(hotline)],
    )


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


class BandwidthCheck(Check):
    id = "bandwidth"
    title = "Internet speed"
    resources = frozenset({"network"})
    deadline_s = 20.0

    def run(self, ctx: CheckContext) -> CheckResult:
        from preflight.checks.network import speedtest_client as sc

        cfg = ctx.config.section("bandwidth")
        server_url = str(ctx.options.get("speedtest_server") or cfg["speedtest_server"] or "")
        if server_url:
            try:
                server_url = sc.normalise_server_url(server_url)
            except ValueError:
                return self.result(
                    Status.ERROR,
                    tr("The speed test server address in the settings is not valid."),
                    [tr("Call the support line: the speed test needs to be set up again.")],
                    error_reason="bad_server_url",
                )
        settings = sc.SpeedtestSettings(
            server_url=server_url,
            phase_max_s=float(cfg["phase_max_s"]),
            target_s=float(cfg["target_s"]),
        )
        phase_message = {"": tr("Measuring your internet speed…")}

        def progress(fraction: float, message: str) -> None:
            if message:
                phase_message[""] = message
            ctx.progress(fraction, phase_message[""])

        try:
            runner = sc.SpeedtestRunner(
                settings,
                cancel=ctx.cancel_event,
                deadline=ctx.deadline - 0.5,  # leave time to give the verdict
                progress=progress,
            )
            outcome = runner.run()
        except sc.SpeedtestUnavailableError:
            logger.exception("speedtest-cli could not be imported")
            return self.result(
                Status.ERROR,
                tr("The internet speed check could not start: part of Preflight is missing."),
                [tr("Reinstall Preflight, or call the support line.")],
                error_reason="speedtest_unavailable",
            )
        except sc.SpeedtestCancelled:
            raise Cancelled() from None
        except sc.SpeedtestError as exc:
            ctx.raise_if_cancelled()
            logger.warning("speed test failed: %s (%s)", exc.reason, exc)
            return self._measurement_failed(exc)
        return self._verdict(outcome, cfg, ctx)

    def _measurement_failed(self, exc: Exception) -> CheckResult:
        from preflight.checks.network import speedtest_client as sc

        reason = getattr(exc, "reason", "failed")
        if isinstance(exc, (sc.ConfigFetchError, sc.ServerListError)):
            return self.result(
                Status.ERROR,
                tr(
                    "We could not get the list of speed test servers, so your internet "
                    "speed was not measured."
                ),
                [
                    tr("Press Check again in a few minutes."),
                    ADVICE_VPN,
                    tr("If it happens again, call the support line."),
                ],
                error_reason=reason,
            )
        return self.result(
            Status.ERROR,
            tr(
                "We could not reach the speed test server, so your internet speed was not measured."
            ),
            [
                tr("Check that you are connected to the internet, then press Check again."),
                ADVICE_VPN,
                ADVICE_RESTART,
            ],
            error_reason=reason,
        )

    def _verdict(self, outcome: Any, cfg: Mapping[str, Any], ctx: CheckContext) -> CheckResult:
        increase = None
        if outcome.loaded_latency_ms is not None:
            increase = max(0.0, outcome.loaded_latency_ms - outcome.ping_ms)
        metrics: dict[str, Any] = {
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
        }
        if outcome.upload_mbps is None:
            # speedtest-cli would report thousands of Mbit/s here; we report nothing.
            metrics["error_reason"] = f"upload_{outcome.upload_problem or 'failed'}"
            return self.result(
                Status.ERROR,
                tr(
                    "We measured your download speed, but the speed test server did "
                    "not accept the upload test, so we can't tell how well others will "
                    "see and hear you."
                ),
                [
                    tr("Press Check again."),
                    ADVICE_VPN,
                    tr("If it happens again, call the support line."),
                ],
                **metrics,
            )
        metrics["quality"] = video_quality(outcome.download_mbps, outcome.upload_mbps, cfg)
        a = assess(metrics, cfg, ctx.config.hotline)
        logger.info("bandwidth check: %s %s", a.status.value, metrics)
        return self.result(a.status, a.summary, a.advice, **metrics)
