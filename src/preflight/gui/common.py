"""Small shared pieces of the window: status icons, and fonts derived from the system font.

Status words, check titles and the verdict come from `preflight.engine.present`, the one place
the CLI, the reports and the window read them from."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from preflight.resources import resource_path

logger = logging.getLogger(__name__)


@cache
def status_icon(status: str) -> QIcon:
    path = resource_path("icons", f"{status}.svg")
    if not path.is_file():
        logger.warning("missing icon %s", path.name)
        return QIcon()
    return QIcon(str(path))


def app_icon() -> QIcon:
    return status_icon("app")


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
