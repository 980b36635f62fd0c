"""Small shared pieces of the window: status icons, and fonts derived from the system font.

Status words, check titles and the verdict come from `preflight.engine.present`, the one place
the CLI, the reports and the window read them from."""

from __future__ import annotations

import logging
import re
from functools import cache

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QIcon
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


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` now (Qt 6.8+: an AT-SPI `object:announcement`, UIA's
    notification, VoiceOver's announcement), for a change the person did not move to: a check
    finishing while they are on the page. Polite by default: it waits for current speech."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def spoken_phone(number: str) -> str:
    """A phone number as a screen reader should read it: digit by digit, a pause between the
    groups ("800-745-9683" -> "8 0 0, 7 4 5, 9 6 8 3"); read as written, speech engines say
    "eight hundred minus seven hundred forty-five...". Letters (1-800-FLOWERS) are spelled too."""
    groups = [" ".join(group) for group in re.findall(r"[0-9A-Za-z]+", number)]
    return ", ".join(groups) if groups else number
