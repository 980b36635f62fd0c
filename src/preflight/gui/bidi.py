"""Right to left (Arabic): what Qt's mirrored layout does not do by itself.

`i18n_qt.install_language` sets the application's layout direction, so every layout, scroll
bar and alignment mirrors. Two things need a word more:

* Phone numbers stay left to right and in one piece: "(617) 555-0100" in a right-to-left
  paragraph would otherwise be reordered by the Unicode bidi algorithm (its spaces and
  parentheses take the paragraph's direction). The label is made left to right and aligned to
  the reading side; its text is left exactly as written (copying it gives the number, with no
  invisible marks).
* Icons that point: the step buttons carry Qt's standard Back/Forward arrows (SP_ArrowBack,
  SP_ArrowForward), which Qt turns round in a right-to-left application.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyle


def keep_left_to_right(widget: QLabel) -> QLabel:
    """A phone number (or code): left to right whatever the language, on the reading side."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return widget


def point(button: QAbstractButton, forward: bool) -> QAbstractButton:
    """Give a Back (forward=False) or Next (True) button the arrow of its direction; in a
    right-to-left window Qt's standard arrows point the other way."""
    pixmap = (QStyle.StandardPixmap.SP_ArrowForward if forward
              else QStyle.StandardPixmap.SP_ArrowBack)
    # Without a widget the style asks the application's direction (QCommonStyle).
    button.setIcon(button.style().standardIcon(pixmap))
    if forward:
        # Qt draws a button's icon before its text; "Next" reads best with the arrow after it,
        # so this one button lays out the other way round (a one-line label reads the same).
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        button.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl
                                  else Qt.LayoutDirection.RightToLeft)
    return button
