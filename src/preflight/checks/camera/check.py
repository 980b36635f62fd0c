"""The camera check (`camera`): open the camera the way the visit will, look at about 3 s of
real frames and say what to change. A FrameSource does the work; a preview the window already
runs is taken over instead of opening the camera a second time. When the chosen camera fails
in a way another camera could fix, the other cameras are opened together and judged on a
shorter window (`[camera] others_s`; checks/other_devices.py)."""

from __future__ import annotations

import dataclasses
import logging

from preflight import devices_os
from preflight.checks.camera.descriptor import DESCRIPTOR
from preflight.checks.camera.problems import blocked, no_frames
from preflight.checks.camera.settings import CameraSettings
from preflight.checks.camera.source import SHARED_PREVIEW_KEY, FrameSource
from preflight.checks.other_devices import Trial, should_try, wants_all, with_trials
from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult
from preflight.i18n import tr
from preflight.privacy_settings import blocked_finding

logger = logging.getLogger(__name__)

# What another camera could fix: none found where one was asked for, busy, no picture, a
# black, frozen or very jerky picture.
TRY_OTHERS = frozenset({"missing", "not_found", "busy", "no_frames", "frames_stopped", "black",
                        "frozen", "very_low_fps"})
# Time left at the end of the deadline for releasing the cameras.
MARGIN_S = 0.5


class CameraCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        settings = CameraSettings.from_mapping(ctx.config.section("camera"))
        device = ctx.options.get("camera")
        refused = blocked_finding(ctx.options, DESCRIPTOR.id)
        if refused is not None:
            # The window asked the system (macOS) and it refuses the camera: opening it would
            # only fail ("busy"), and every other camera is refused alike.
            return blocked(str(device or ""),
                           restricted=refused == "permission_restricted").to_result()
        shared = ctx.shared.get(SHARED_PREVIEW_KEY)
        if isinstance(shared, FrameSource) and (shared.running or shared.result is not None):
            # The GUI's preview already holds the camera: take its verdict.
            source, owned = shared, False
        else:
            source, owned = FrameSource(device, settings, preview=False), True
            source.start()
        ctx.progress(0.0, tr("Looking at your camera picture…"))
        try:
            while True:
                result = source.wait_result(0.1)
                if result is not None:
                    break
                if not source.running and source.result is None:
                    # Ended without a verdict (cannot happen by design); never hang.
                    result = no_frames(source.device_name).to_result()
                    break
                ctx.raise_if_cancelled()
                ctx.progress(source.progress, "")
        finally:
            if owned:
                source.stop()
        return self._try_others(ctx, settings, source, result)

    def _try_others(self, ctx: CheckContext, settings: CameraSettings, chosen: FrameSource,
                    result: CheckResult) -> CheckResult:
        if not should_try(result, ctx.options, TRY_OTHERS):
            return result
        target = chosen.target
        cameras = [c for c in devices_os.list_cameras()
                   if target is None or target.is_file or int(c["index"]) != target.index]
        cameras = cameras[:max(0, settings.others_max)]
        if not cameras and not wants_all(ctx.options):
            return result
        ctx.progress(None, tr("Trying your other cameras…"))
        short = dataclasses.replace(settings, capture_s=settings.others_s)
        # Different cameras can be opened at the same time: all of them at once.
        sources = [(str(c["name"]), FrameSource(int(c["index"]), short, preview=False))
                   for c in cameras]
        for _name, source in sources:
            source.start()
        trials: list[Trial] = []
        try:
            for name, source in sources:
                while source.result is None and (source.running
                                                 and ctx.remaining() > MARGIN_S):
                    ctx.raise_if_cancelled()
                    source.wait_result(0.1)
                if source.result is not None:
                    trials.append(Trial(name, source.result))
        finally:
            for _name, source in sources:
                source.stop(timeout_s=max(0.1, min(1.0, ctx.remaining())))
        combined = with_trials(DESCRIPTOR, result, chosen.device_name, trials, ctx.options)
        logger.info("camera check, other cameras: %s (%.1f s left)",
                    combined.metrics.get("devices"), ctx.remaining())
        return combined

