"""One list of the computer's cameras, microphones and speakers. Each provider returns dicts
{kind: "camera"|"input"|"output", index, name, default}; a provider that fails (a missing or
broken module included: every provider is part of Preflight) adds a plain-words problem
instead of raising, and the failure is logged."""

from __future__ import annotations

import importlib
import logging
from typing import Any

logger = logging.getLogger(__name__)

# kind -> "module:function". Imported when devices are listed: PortAudio and the system's
# camera query are not needed to start Preflight.
PROVIDERS = {
    "audio": "preflight.checks.audio.devices:list_audio_devices",
    "camera": "preflight.devices_os:list_cameras",
}


def list_devices() -> dict[str, Any]:
    devices: list[dict[str, Any]] = []
    problems: list[str] = []
    for kind, target in PROVIDERS.items():
        module_name, _, func_name = target.partition(":")
        try:
            provider = getattr(importlib.import_module(module_name), func_name)
            devices.extend(provider())
        except ModuleNotFoundError as exc:
            logger.exception("listing %s devices failed", kind)
            problems.append(f"Could not look for {kind} devices ({exc.name} is missing).")
        except Exception as exc:
            logger.exception("listing %s devices failed", kind)
            problems.append(f"Could not list {kind} devices ({type(exc).__name__}).")
    return {"devices": devices, "problems": problems}
