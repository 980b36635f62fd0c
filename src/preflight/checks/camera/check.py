"""The camera check (`camera`): open the camera the way the visit will, look at about 3 s of
real frames and say what to change. A FrameSource does the work; a preview the window already
runs is taken over instead of opening the camera a second time."""

from __future__ import annotations

from preflight.checks.camera.descriptor import DESCRIPTOR
from preflight.checks.camera.problems import no_frames
from preflight.checks.camera.settings import CameraSettings
from preflight.checks.camera.source import SHARED_PREVIEW_KEY, FrameSource
from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult
from preflight.i18n import tr


class CameraCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        settings = CameraSettings.from_mapping(ctx.config.section("camera"))
        device = ctx.options.get("camera")
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
                    return result
                if not source.running and source.result is None:
                    # Ended without a verdict (cannot happen by design); never hang.
                    return no_frames(source.device_name).to_result()
                ctx.raise_if_cancelled()
                ctx.progress(source.progress, "")
        finally:
            if owned:
                source.stop()
