"""One list of the computer's cameras, microphones and speakers, from whichever device
checks exist. Each provider returns dicts {kind: "camera"|"input"|"output", index, name,
default}; a provider that fails adds a plain-words problem instead of raising."""

from __future__ import annotations

import importlib
import logging
from typing import Any

logger = logging.getLogger(__name__)

PROVIDERS = {
    "audio": "preflight.checks.audio.devices:list_audio_devices",
    "camera": "preflight.checks.camera:list_cameras",
}


def list_devices() -> dict[str, Any]:
    devices: list[dict[str, Any]] = []
    problems: list[str] = []
    for kind, target in PROVIDERS.items():
        module_name, _, func_name = target.partition(":")
        try:
            provider = getattr(importlib.import_module(module_name), func_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # that check is not built in this version
            problems.append(f"Could not look for {kind} devices ({exc.name} is missing).")
            continue
        try:
            devices.extend(provider())
        except Exception as exc:
            logger.exception("listing %s devices failed", kind)
            problems.append(f"Could not list {kind} devices ({type(exc).__name__}).")
    return {"devices": devices, "problems": problems}
