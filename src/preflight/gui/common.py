"""Small shared pieces of the window: status words and icons, fonts derived from the system
font, and the patient-facing names of steps and checks."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from preflight.resources import resource_path

logger = logging.getLogger(__name__)

# Extra display states besides the engine's statuses.
RUNNING = "running"
PENDING = "pending"


def tr(text: str, context: str = "Preflight") -> str:
    return QCoreApplication.translate(context, text)


def status_word(status: str) -> str:
    """The word shown next to every status icon (status is never conveyed by colour alone)."""
    words = {
        "pass": QCoreApplication.translate("Status", "Ready"),
        "warn": QCoreApplication.translate("Status", "Check this"),
        "fail": QCoreApplication.translate("Status", "Problem"),
        "error": QCoreApplication.translate("Status", "Could not check"),
        "skip": QCoreApplication.translate("Status", "Not checked"),
        RUNNING: QCoreApplication.translate("Status", "Checking…"),
        PENDING: QCoreApplication.translate("Status", "Not started"),
    }
    return words.get(status, status)


@cache
def status_icon(status: str) -> QIcon:
    path = resource_path("icons", f"{status}.svg")
    if not path.is_file():
        logger.warning("missing icon %s", path.name)
        return QIcon()
    return QIcon(str(path))


def app_icon() -> QIcon:
    return status_icon("app")


def check_title(check_id: str) -> str:
    """Patient-facing name of a check (kept here so the window need not import check modules)."""
    titles = {
        "camera": QCoreApplication.translate("Checks", "Camera"),
        "microphone": QCoreApplication.translate("Checks", "Microphone"),
        "speaker": QCoreApplication.translate("Checks", "Speakers"),
        "network": QCoreApplication.translate("Checks", "Internet connection"),
        "bandwidth": QCoreApplication.translate("Checks", "Internet speed"),
        "system": QCoreApplication.translate("Checks", "Computer"),
    }
    return titles.get(check_id, check_id.replace("_", " ").capitalize())


# The window's text is this much larger than the system's standard size: patients are often
# older and read from further away. Everything else derives from it, so the system text-size
# setting still scales the whole window.
BASE_FONT_FACTOR = 1.15


def apply_base_font(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * BASE_FONT_FACTOR)
    app.setFont(font)


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Size a widget's text relative to the system font, so it follows the user's text size."""
    base = QApplication.font()
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)
