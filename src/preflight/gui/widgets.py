"""Reusable widgets: layout and display only (no engine calls, no signal wiring to checks)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTextBoundaryFinder, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from preflight.engine.present import PENDING, RUNNING, status_word
from preflight.engine.result import CheckResult, Status
from preflight.gui.bidi import keep_left_to_right
from preflight.gui.common import scale_font, spoken_phone, status_icon


def label(text: str = "", *, wrap: bool = True, name: str = "", factor: float = 1.0,
          bold: bool = False, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    if factor != 1.0 or bold:
        scale_font(widget, factor, bold)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class StatusBadge(QWidget):
    """Icon plus word: status is never shown by colour alone."""

    def __init__(self, status: str = PENDING, factor: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._icon = QLabel()
        self._word = label(wrap=False, factor=factor, bold=True)
        layout.addWidget(self._icon)
        layout.addWidget(self._word)
        layout.addStretch(0)
        self._factor = factor
        self.status = ""
        self.set_status(status)

    def set_status(self, status: str) -> None:
        self.status = status
        size = int(self._word.fontMetrics().height() * 1.3)
        self._icon.setPixmap(status_icon(status).pixmap(QSize(size, size)))
        self._word.setText(status_word(status))
        self.setAccessibleName(status_word(status))


class Card(QFrame):
    def __init__(self, name: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(8)


class ResultCard(Card):
    """One check's outcome: title, status, summary sentence and what to do."""

    check_again = Signal(str)

    def __init__(self, check_id: str, title: str, *, with_button: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__("card", parent)
        self.check_id = check_id
        head = QHBoxLayout()
        self.title = label(title, factor=1.2, bold=True)
        self.badge = StatusBadge(PENDING)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        self.body.addLayout(head)
        self.summary = label(selectable=True)
        self.advice = label(selectable=True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.advice)
        self.button: QPushButton | None = None
        if with_button:
            self.button = QPushButton(self.tr("Check again"))
            self.button.setAutoDefault(True)  # Enter presses it, as Space does (see views.py)
            self.button.setAccessibleName(self.tr("Check again: %1").replace("%1", title))
            self.button.setAccessibleDescription(self.tr("Runs this check one more time."))
            self.button.clicked.connect(lambda: self.check_again.emit(self.check_id))
            row = QHBoxLayout()
            row.addWidget(self.button)
            row.addStretch(1)
            self.body.addLayout(row)
        self.setAccessibleName(title)
        self.show_result(None)

    def show_running(self, message: str = "") -> None:
        self.badge.set_status(RUNNING)
        if self.button is not None:
            self.button.setVisible(True)
        self.summary.setText(message or self.tr("Checking now. This takes a few seconds."))
        self.advice.setVisible(False)
        if self.button is not None:
            self.button.setEnabled(False)

    # True on the steps' cards: a check that passed needs no Check again there (the results
    # page's Start over runs it again), and the card is short enough to leave the step's
    # other cards in view at 200% text (tests/a11y/test_verdict_in_view.py).
    hide_button_when_passed = False

    def show_result(self, result: CheckResult | None) -> None:
        if self.button is not None:
            self.button.setEnabled(True)
            self.button.setVisible(not (self.hide_button_when_passed and result is not None
                                        and result.status is Status.PASS))
        if result is None:
            self.badge.set_status(PENDING)
            self.summary.setText(self.tr("Not checked yet."))
            self.advice.setVisible(False)
            return
        self.badge.set_status(result.status.value)
        self.summary.setText(result.summary)
        tips = "\n".join(f"•  {tip}" for tip in result.advice)
        self.advice.setText(tips)
        self.advice.setVisible(bool(tips))
        self.setAccessibleDescription(f"{status_word(result.status.value)}. {result.summary}")


class HotlineCard(Card):
    """Who to call, in large type: shown whenever a check failed or could not run."""

    def __init__(self, hotline: Mapping[str, object], parent: QWidget | None = None) -> None:
        super().__init__("hotlineCard", parent)
        # TRANSLATORS: SAFETY (hotline): plainly, calling gets help; the number stays as written.
        self.heading = label(self.tr("Need help? Call us."), factor=1.3, bold=True)
        self.body.addWidget(self.heading)
        self.label = label(str(hotline.get("label", "")), factor=1.1)
        phone = str(hotline.get("phone", ""))
        self.phone = keep_left_to_right(label(phone, factor=2.2, bold=True, selectable=True))
        # A Tab stop, so a screen-reader user reaches the number without flat review; its name
        # spells the number digit by digit, as a phone number is read out.
        self.phone.setObjectName("phone")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.phone.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags: they reset it
        self.phone.setAccessibleName(self.tr("Phone number: %1").replace("%1",
                                                                        spoken_phone(phone)))
        self.option = label(str(hotline.get("option", "")), factor=1.2)
        self.hours = label(str(hotline.get("hours", "") or ""))
        self.hours.setVisible(bool(hotline.get("hours")))
        self.note = label(str(hotline.get("disconnection_note", "") or ""))
        self.note.setVisible(bool(hotline.get("disconnection_note")))
        for widget in (self.label, self.phone, self.option, self.hours, self.note):
            self.body.addWidget(widget)
        self.setAccessibleName(self.tr("Help line"))
        self.setAccessibleDescription(
            f"{hotline.get('label', '')}: {hotline.get('phone', '')}, {hotline.get('option', '')}"
        )


class RestartCard(Card):
    """The restart recommendation, with "Restart now" (gui/restart_flow.py asks first, then
    restarts the computer and has Preflight open again once after it). The help desk has no
    restart card: it never restarts anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("restartCard", parent)
        self.body.addWidget(  # TRANSLATORS: SAFETY (restart): the card's heading.
            label(self.tr("Restart your computer before your visit"), factor=1.3, bold=True)
        )
        # TRANSLATORS: SAFETY (restart): the patient must understand that unsaved work is lost.
        self.body.addWidget(label(self.tr(
            "Restarting shortly before your visit frees memory and gives the video call the "
            "most bandwidth."
        )))
        self.reasons = label()
        self.body.addWidget(self.reasons)
        self.hint = label(name="muted")
        self.body.addWidget(self.hint)
        self.restart_now = QPushButton(self.tr("Restart now"))
        self.restart_now.setAutoDefault(True)  # Enter presses it, as Space does (see views.py)
        self.restart_now.setAccessibleName(self.tr("Restart now"))
        self.restart_now.setAccessibleDescription(self.tr(
            "Asks first. Then restarts your computer, and Preflight opens again by itself."))
        row = QHBoxLayout()
        row.addWidget(self.restart_now)
        row.addStretch(1)
        self.body.addLayout(row)
        # What happened when Restart now was pressed (restarting, refused, cancelled...).
        self.message = label(factor=1.1, bold=True, selectable=True)
        self.message.setAccessibleName(self.tr("Restart"))
        self.message.setVisible(False)
        self.body.addWidget(self.message)
        # TRANSLATORS: SAFETY (restart): the patient must understand that unsaved work is lost.
        self.setAccessibleName(self.tr("Restart recommended"))
        self.set_restart_offered(True)

    def set_restart_offered(self, offered: bool) -> None:
        """With "Restart now" (this system can be asked), or the words to do it by hand."""
        self.restart_now.setVisible(offered)
        # TRANSLATORS: SAFETY (restart): the patient must understand that unsaved work is lost.
        self.hint.setText(self.tr(
            "Save your work first. Restart now restarts your computer, and Preflight opens "
            "again by itself to check once more.") if offered else self.tr(  # TRANSLATORS: SAFETY
            "Save your work first. Preflight will not restart your computer for you. "
            "After restarting, open Preflight again to check once more."))

    def set_reasons(self, reasons: Sequence[str]) -> None:
        self.reasons.setText("\n".join(f"•  {r}" for r in reasons))
        self.setAccessibleDescription(" ".join(reasons))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class StepList(QFrame):
    """The list of steps down the side, each with its status icon and word."""

    def __init__(self, titles: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        self.rows: dict[str, tuple[QLabel, StatusBadge]] = {}
        for key, title in titles:
            row = QVBoxLayout()
            row.setSpacing(2)
            name = label(title, wrap=False, bold=True)
            badge = StatusBadge(PENDING)
            row.addWidget(name)
            row.addWidget(badge)
            layout.addLayout(row)
            self.rows[key] = (name, badge)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Steps"))

    def set_status(self, key: str, status: str) -> None:
        name, badge = self.rows[key]
        badge.set_status(status)
        name.setAccessibleName(f"{name.text()}: {badge.accessibleName()}")

    def set_current(self, key: str | None) -> None:
        for k, (name, _badge) in self.rows.items():
            font = name.font()
            font.setUnderline(k == key)
            name.setFont(font)


class LevelMeter(QWidget):
    """A horizontal microphone level bar, in words for the patient: no number is painted (the
    level in dBFS is in the step's Details, and in the help desk's measurements)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_dbfs = -100.0
        # The microphone check's own limits (set_limits): below `fail` we hear nothing, below
        # `warn` we hear the person quietly.
        self.fail_dbfs, self.warn_dbfs = -60.0, -45.0
        self.setMinimumHeight(self.fontMetrics().height() * 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))
        self.words = self.tr("We can't hear you yet.")

    def set_limits(self, fail_dbfs: float, warn_dbfs: float) -> None:
        self.fail_dbfs, self.warn_dbfs = float(fail_dbfs), float(warn_dbfs)

    def level_words(self, dbfs: float) -> str:
        if dbfs < self.fail_dbfs:
            return self.tr("We can't hear you yet.")
        if dbfs < self.warn_dbfs:
            return self.tr("We hear you, but quietly.")
        return self.tr("We hear you well.")

    def set_level(self, dbfs: float) -> None:
        self.level_dbfs = max(-100.0, min(0.0, float(dbfs)))
        words = self.level_words(self.level_dbfs)
        if words != self.words or not self.accessibleDescription():
            self.words = words
            self.setAccessibleDescription(words)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(1, 1, -1, -1)
        painter.setPen(QColor("#44474e"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        # Map -60..0 dBFS onto the bar: quieter than -60 is silence for speech purposes.
        share = max(0.0, min(1.0, (self.level_dbfs + 60.0) / 60.0))
        fill = rect.adjusted(2, 2, -2, -2)
        fill.setWidth(int(fill.width() * share))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1a5fb4"))
        painter.drawRoundedRect(fill, 4, 4)
        painter.end()


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps onto more lines, like a word-wrapped label.

    QCheckBox draws its text on one line: at 200% text a checklist item ran ~700 px past the
    window's edge, so the page scrolled sideways (tests/a11y/test_text_scale.py). The style
    draws the box, focus frame and style-sheet border; this class only draws the text wrapped
    in the space to the right of the box, and asks the layout for the height that needs.
    text() stays the whole item, so screen readers and the checklist store see it unchanged.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_rect(self, width: int) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, self.height())
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option,
                                               self)
        return QRect(contents.left(), 0, max(1, width - contents.left() - 12), 100_000)

    def _chrome(self) -> QSize:
        """Room the style needs besides the text (box, spacing, padding, border)."""
        single = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(single.width() - metrics.horizontalAdvance(self.text()),
                     single.height() - metrics.height())

    def _wrapped(self, width: int) -> QRect:
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        return self.fontMetrics().boundingRect(self._text_rect(width), flags, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._wrapped(width).height()
                   + self._chrome().height())

    def minimumSizeHint(self) -> QSize:
        # The widest piece the text cannot break inside, by Unicode's line-break rules (UAX
        # #14, Qt's QTextBoundaryFinder): a word in English, one character in Chinese, whose
        # sentences have no spaces (split() made a whole sentence one "word").
        text = self.text()
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
        breaks = [0]
        while (position := finder.toNextBoundary()) != -1:
            breaks.append(position)
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(text[a:b].strip())
                       for a, b in pairwise(breaks)), default=0)
        return QSize(self._chrome().width() + longest, super().sizeHint().height())

    def sizeHint(self) -> QSize:
        return super().sizeHint()

    def hitButton(self, pos: QPoint) -> bool:  # the whole item, every line, takes the click
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        rect = self._text_rect(self.width())
        rect.setTop((self.height() - self._wrapped(self.width()).height()) // 2)
        rect.setHeight(self.height())
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop)
        self.style().drawItemText(painter, rect, flags, self.palette(), self.isEnabled(),
                                  self.text(), self.foregroundRole())
        painter.end()
