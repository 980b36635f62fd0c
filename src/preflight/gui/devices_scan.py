"""Lists cameras, microphones and speakers off the UI thread (it loads PortAudio and OpenCV)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QThread, Signal

from preflight.i18n import tr

logger = logging.getLogger(__name__)


class DeviceScan(QThread):
    found = Signal(object)  # {"devices": [...], "problems": [...]} from preflight.devices

    def run(self) -> None:
        from preflight.gui.worker import lower_thread_priority

        lower_thread_priority()
        try:
            from preflight.devices import list_devices

            result: dict[str, Any] = list_devices()
        except Exception as exc:  # never let a device driver's error escape the thread
            logger.exception("device scan failed")
            problem = tr("Could not look for devices ({error}).", error=type(exc).__name__)
            result = {"devices": [], "problems": [problem]}
        self.found.emit(result)


def names_for(devices: list[dict[str, Any]], kind: str) -> list[str]:
    """Device names of one kind ("camera", "input", "output"), without duplicates."""
    names: list[str] = []
    for device in devices:
        name = str(device.get("name", ""))
        if device.get("kind") == kind and name and name not in names:
            names.append(name)
    return names
