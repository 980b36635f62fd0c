"""The window's pages: layout only. Controllers (controllers.py) connect them to the session."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from preflight.engine.present import RUNNING
from preflight.gui.bidi import keep_left_to_right, point
from preflight.gui.common import scale_font
from preflight.gui.widgets import (
    Card,
    HotlineCard,
    LevelMeter,
    RestartCard,
    ResultCard,
    StatusBadge,
    WrapCheckBox,
    label,
)


def _button(text: str, description: str = "", *, primary: bool = False, link: bool = False,
            name: str = "") -> QPushButton:
    button = QPushButton(text)
    if primary:
        button.setObjectName("primary")
        scale_font(button, 1.4, bold=True)
    elif link:
        button.setObjectName("link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # Enter presses the focused button too, not only Space: what keyboard users expect
    # (outside a dialog Qt ignores Enter on a button unless it is auto-default).
    button.setAutoDefault(True)
    button.setAccessibleName(name or text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    return button


class Page(QScrollArea):
    """A scrollable page, so nothing is cut off at 200% scaling or with large text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes straight to the controls; QScrollArea scrolls the focused one into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setObjectName("page")
        self.content = QVBoxLayout(inner)
        self.content.setContentsMargins(32, 24, 32, 24)
        self.content.setSpacing(14)
        self.setWidget(inner)

    _footer: QWidget | None = None

    def pin_footer(self, layout: QLayout) -> QWidget:
        """Keep `layout` (the way on: Back, Next) at the bottom of the page, over the part
        that scrolls, so it is on screen at any window and text size.

        QScrollArea has no footer. The footer is a child of the viewport beside the scrolled
        widget (so it stays put while the content scrolls, and screen readers find it: Qt's
        accessible scroll area lists only the viewport and the scroll bars, so a widget placed
        in viewport margins was never read out), and the content ends with room for it."""
        footer = QWidget(self.viewport())
        footer.setObjectName("page")  # the page's background and colours
        footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout.setContentsMargins(32, 8, 32, 12)
        footer.setLayout(layout)
        footer.installEventFilter(self)
        self._footer = footer
        self._bottom_margin = self.content.contentsMargins().bottom()
        self._place_footer()
        return footer

    def footer_height(self) -> int:
        return self._footer.height() if self._footer is not None else 0

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab scrolls the focused control into view (QScrollArea does), and clear of the
        pinned footer, which would otherwise cover a control at the bottom of the view."""
        moved = super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        inner = self.widget()
        if moved and self._footer is not None and focused is not None and inner is not None \
                and inner.isAncestorOf(focused):
            # ensureWidgetVisible() does nothing for a control already inside the viewport,
            # even one under the footer: scroll by what the footer covers, plus a margin.
            bottom = focused.mapTo(self.viewport(), QPoint(0, focused.height())).y()
            covered = bottom + 16 - (self.viewport().height() - self.footer_height())
            if covered > 0:
                bar = self.verticalScrollBar()
                bar.setValue(min(bar.maximum(), bar.value() + covered))
        return moved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._footer and event.type() == QEvent.Type.LayoutRequest:
            self._place_footer()
        return super().eventFilter(watched, event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_footer()
        return super().viewportEvent(event)

    def _place_footer(self) -> None:
        footer = self._footer
        if footer is None:
            return
        height = footer.sizeHint().height()
        margins = self.content.contentsMargins()
        if margins.bottom() != self._bottom_margin + height:
            margins.setBottom(self._bottom_margin + height)
            self.content.setContentsMargins(margins)
        viewport = self.viewport().rect()
        footer.setGeometry(0, viewport.bottom() + 1 - height, viewport.width(), height)
        footer.raise_()

    def heading(self, text: str) -> QLabel:
        widget = label(text, factor=1.8, bold=True)
        widget.setAccessibleName(text)
        self.setAccessibleName(text)
        self.content.addWidget(widget)
        return widget


class WelcomeView(Page):
    """`things`: what will be checked (the steps' titles); `minutes`: the longest it can take
    (from the checks' deadlines, gui/steps.py longest_run_s)."""

    def __init__(self, organisation: str, things: Sequence[str] = (), minutes: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addStretch(1)
        self.organisation = label(organisation, factor=1.2, name="muted")
        self.content.addWidget(self.organisation)
        self.heading(self.tr("Welcome to Preflight"))
        self.content.addWidget(label(self.tr(
            "Let's make sure your computer is ready for your virtual visit."), factor=1.3))
        self.things: QLabel | None = None
        if things:
            self.content.addWidget(label(self.tr("We will check:"), factor=1.1, bold=True))
            self.things = label("\n".join(f"•  {thing}" for thing in things), factor=1.1)
            self.content.addWidget(self.things)
        self.duration = label(self.tr("It takes about a minute.") if minutes <= 1 else
                              self.tr("It takes up to %1 minutes.").replace("%1", str(minutes)),
                              factor=1.1)
        self.content.addWidget(self.duration)
        self.start = _button(
            self.tr("Start"), self.tr("Begins checking: %1.").replace("%1", ", ".join(things))
            if things else "", primary=True)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addStretch(1)
        self.content.addLayout(row)
        self.content.addStretch(2)
        links = QHBoxLayout()
        self.helpdesk = _button(self.tr("I'm helping someone (help-desk mode)"),
                                self.tr("Shows every check and its details in a table."),
                                link=True)
        self.contrast = _button(self.tr("High contrast"),
                                self.tr("Switches to black text on white with strong borders."),
                                link=True)
        self.contrast.setCheckable(True)
        # Stacked, not side by side: side by side they left 4 px to spare at 200% text in high
        # contrast (bold), less than any translation adds.
        links.setDirection(QHBoxLayout.Direction.TopToBottom)
        links.addWidget(self.helpdesk, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.contrast, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addLayout(links)


class CheckStepView(Page):
    """One guided step: what to do, live area, progress, the result, and the way on."""

    def __init__(self, key: str, title: str, intro: str, checks: Sequence[tuple[str, str]],
                 picker: str = "", *, device_kind: str = "", restart: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.device_kind = device_kind
        self.heading(title)
        self.content.addWidget(label(intro, factor=1.1))
        self.picker_label: QLabel | None = None
        self.picker: QComboBox | None = None
        if picker:
            # The label above the box, not beside it: at 200% text the box then has the page's
            # full width and "Automatic (your computer's usual device)" is not cut off.
            row = QVBoxLayout()
            row.setSpacing(4)
            self.picker_label = label(picker, wrap=False)
            self.picker = QComboBox()
            self.picker.setAccessibleName(picker)
            self.picker.setMinimumContentsLength(24)
            self.picker_label.setBuddy(self.picker)
            row.addWidget(self.picker_label)
            row.addWidget(self.picker)
            self.content.addLayout(row)
        self.instruction = label(factor=1.4, bold=True)
        self.instruction.setVisible(False)
        self.instruction.setAccessibleName(self.tr("What to do now"))
        self.content.addWidget(self.instruction)
        self.picture: QLabel | None = None
        self.tip: QLabel | None = None
        self.meter: LevelMeter | None = None
        self.meter_words: QLabel | None = None
        self.play_voice: QPushButton | None = None
        self.play_test: QPushButton | None = None
        self.restart: RestartCard | None = None
        if device_kind == "input":
            # The level in words (never dBFS): the bar, and what it means, while the person
            # speaks. The number itself is under Details.
            self.meter_words = label(factor=1.1)
            self.meter = LevelMeter()
            self.meter.setVisible(False)
            self.meter_words.setVisible(False)
            self.content.addWidget(self.meter_words)
            self.content.addWidget(self.meter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)  # no "60%" for the patient: the words are below
        self.progress.setVisible(False)
        self.progress_text = label(name="muted")
        self.progress_text.setVisible(False)
        self.content.addWidget(self.progress)
        self.content.addWidget(self.progress_text)
        # The verdict comes before the live parts, so it is on screen without scrolling at
        # 1000x720 and at 200% text (tests/a11y/test_verdict_in_view.py).
        self.cards: dict[str, ResultCard] = {}
        for check_id, check_title in checks:
            card = ResultCard(check_id, check_title)
            card.hide_button_when_passed = True
            self.cards[check_id] = card
            self.content.addWidget(card)
        # What the step looked at, in words ("6 GB of memory free · on for 2 days").
        self.looked_at = label(factor=1.1)
        self.looked_at.setVisible(False)
        self.content.addWidget(self.looked_at)
        # Live parts of this step (camera preview, voice playback, test sound).
        self.extra = QVBoxLayout()
        self.content.addLayout(self.extra)
        self.live_message = label(name="muted")
        if device_kind == "camera":
            # Shown once there is a picture: without one the problem card takes its place.
            self.picture = QLabel()
            self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.picture.setAccessibleName(self.tr("Camera picture"))
            self.picture.setVisible(False)
            self.tip = label(factor=1.2, bold=True)
            self.tip.setAccessibleName(self.tr("Tip about your picture"))
            self.extra.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignLeft)
            self.extra.addWidget(self.tip)
            self.fit_picture()
        elif device_kind == "input":
            self.play_voice = _button(self.tr("Play back my voice"),
                                      self.tr("Plays what the microphone recorded, so you can "
                                              "hear how you sound."))
            self.play_voice.setEnabled(False)
            self.extra.addWidget(self.play_voice, 0, Qt.AlignmentFlag.AlignLeft)
        elif device_kind == "output":
            self.play_test = _button(self.tr("Play test sound"),
                                     self.tr("Plays a short chime on your speakers."))
            self.extra.addWidget(self.play_test, 0, Qt.AlignmentFlag.AlignLeft)
        if restart:
            self.restart = RestartCard()
            self.restart.setVisible(False)
            self.extra.addWidget(self.restart)
        self.programs = label(factor=1.1)
        self.programs.setVisible(False)
        self.extra.addWidget(self.programs)
        self.extra.addWidget(self.live_message)
        # The numbers behind the words (speeds, levels, memory), for whoever wants them:
        # patients see words; Details shows the measurements.
        self.details_toggle = _button(self.tr("Show details"),
                                      self.tr("Shows the measurements behind this result."),
                                      link=True)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setVisible(False)
        self.details_toggle.toggled.connect(self._show_details)
        self.content.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.numbers = label(factor=1.1, selectable=True)
        self.numbers.setVisible(False)
        self.details = label(selectable=True)
        self.details.setVisible(False)
        self.content.addWidget(self.numbers)
        self.content.addWidget(self.details)
        self.content.addStretch(1)
        nav = QHBoxLayout()
        self.back = point(_button(self.tr("Back"), self.tr("Go to the previous step.")),
                          forward=False)
        self.stop = _button(self.tr("Stop checking"), self.tr("Stops the check that is running."))
        self.next = point(_button(self.tr("Next"), self.tr("Go to the next step."),
                                  primary=True), forward=True)
        nav.addWidget(self.back)
        nav.addWidget(self.stop)
        nav.addStretch(1)
        nav.addWidget(self.next)
        self.pin_footer(nav)

    def set_details(self, numbers: str, details: str) -> None:
        """The step's measurements, shown when the person opens Details."""
        self.numbers.setText(numbers)
        self.details.setText(details)
        self.details_toggle.setVisible(bool(numbers or details))
        self._show_details(self.details_toggle.isChecked())

    def _show_details(self, shown: bool) -> None:
        self.details_toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.details_toggle.setAccessibleName(self.details_toggle.text())
        self.numbers.setVisible(shown and bool(self.numbers.text()))
        self.details.setVisible(shown and bool(self.details.text()))

    def show_picture(self) -> None:
        """The camera preview has a picture: make room for it."""
        if self.picture is not None and not self.picture.isVisibleTo(self):
            self.fit_picture()
            self.picture.setVisible(True)
            self.content.activate()  # place it, then size it to the room left below it
            self.fit_picture()

    def fit_picture(self) -> None:
        """The preview box: 4:3, at most 480x360 and at least 160x120, as tall as the room left
        between the top of the picture and the pinned Next button (a third of the page before
        the page is laid out), so the verdict above and the way on below stay in view."""
        if self.picture is None:
            return
        room = self.viewport().height() - self.footer_height()  # laid out even when hidden
        if room < 200:  # not laid out yet: the room of a 1000x720 window
            room = 600
        height = room // 3
        if self.picture.isVisibleTo(self) and self.tip is not None:
            top = self.picture.y()  # in the page's content, scrolled to its top
            below = self.tip.sizeHint().height() + 2 * self.content.spacing()
            if top > 0:
                height = room - top - below
        width = max(160, min(480, self.viewport().width() - 64, height * 4 // 3))
        if (self.picture.maximumWidth(), self.picture.maximumHeight()) != (width,
                                                                          width * 3 // 4):
            self.picture.setFixedSize(width, width * 3 // 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_picture()


class ResultsView(Page):
    def __init__(self, hotline: Mapping[str, object], visit: Mapping[str, object] | None = None,
                 portal: Mapping[str, object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict_badge = StatusBadge(RUNNING, factor=1.6)
        self.content.addWidget(self.verdict_badge)
        self.verdict = self.heading("")
        self.verdict.setObjectName("verdict")
        scale_font(self.verdict, 2.1, bold=True)
        self.detail = label(factor=1.1)
        self.content.addWidget(self.detail)
        # When every check passed: the organisation's next step ([visit] join link, else the
        # patient portal) and the checklist. Shown by the controller.
        self.next_step = Card("card")
        self.next_step.body.addWidget(label(self.tr("What to do next"), factor=1.3, bold=True))
        self.next_link = _next_step_label(visit or {}, portal or {})
        if self.next_link is not None:
            self.next_step.body.addWidget(self.next_link)
        self.open_checklist = _button(self.tr("Open the checklist"),
                                      self.tr("A short list of things to get ready."))
        self.next_step.body.addWidget(self.open_checklist, 0, Qt.AlignmentFlag.AlignLeft)
        self.next_step.setAccessibleName(self.tr("What to do next"))
        self.next_step.setVisible(False)
        self.content.addWidget(self.next_step)
        self.hotline = HotlineCard(hotline)
        self.content.addWidget(self.hotline)
        self.support_code = label(factor=1.2, bold=True, selectable=True)
        self.support_code.setAccessibleName(self.tr("Support code"))
        self.support_code.setVisible(False)
        self.content.addWidget(self.support_code)
        self.restart = RestartCard()
        self.content.addWidget(self.restart)
        self.problems_box = QVBoxLayout()
        self.content.addLayout(self.problems_box)
        self.good = label(name="muted")
        self.content.addWidget(self.good)
        self.content.addStretch(1)
        # One button per row: a row of four overflowed the window at 1000 px (and any width at
        # 200% text), cutting off the cards above. Created in reading order, so Tab follows it.
        nav = QVBoxLayout()
        self.checklist = _button(self.tr("Before your visit: checklist"),
                                 self.tr("A short list of things to get ready."), primary=True)
        self.help = _button(self.tr("Help and phone numbers"))
        self.save = _button(self.tr("Save a report"),
                            self.tr("Saves these results as a PDF, web page or JSON file, to "
                                    "send to the help desk."))
        self.again = _button(self.tr("Start over"), self.tr("Runs every check again."))
        for button in (self.checklist, self.help, self.save, self.again):
            nav.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addLayout(nav)
        self.save_message = label(name="muted", selectable=True)
        self.save_message.setVisible(False)  # an empty selectable label is an unnamed stop
        self.content.addWidget(self.save_message)
        self.problem_cards: list[ResultCard] = []


class ChecklistView(Page):
    def __init__(self, items: Sequence[str], eligibility: str, portal: Mapping[str, object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading(self.tr("Before your visit"))
        self.content.addWidget(label(self.tr(
            "Tick each item when it is done. Your ticks are kept on this computer until tomorrow."
        ), name="muted"))
        self.boxes: list[QCheckBox] = []
        for item in items:
            box = WrapCheckBox(item)  # wraps at 200% text instead of running off the page
            box.setAccessibleName(item)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.boxes.append(box)
            self.content.addWidget(box)
        if eligibility:
            self.content.addWidget(label(eligibility, factor=1.1, bold=True))
        self.portal = _portal_label(portal)
        if self.portal is not None:
            self.content.addWidget(self.portal)
        self.content.addStretch(1)
        # One button per row: side by side they overflowed the page at 200% text in high
        # contrast (bold), as on the results page.
        nav = QVBoxLayout()
        self.back = _button(self.tr("Back to results"))
        self.help = _button(self.tr("Help and phone numbers"))
        nav.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        nav.addWidget(self.help, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addLayout(nav)


class HelpView(Page):
    def __init__(self, hotline: Mapping[str, object], numbers: Sequence[Mapping[str, str]],
                 faq: Sequence[Mapping[str, str]], portal: Mapping[str, object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading(self.tr("Help"))
        self.content.addWidget(HotlineCard(hotline))
        if numbers:
            self.content.addWidget(label(self.tr("Other numbers"), factor=1.3, bold=True))
            for entry in numbers:
                self.content.addWidget(label(entry["label"]))
                phone = label(entry["phone"], factor=1.5, bold=True, selectable=True)
                self.content.addWidget(keep_left_to_right(phone))
        if faq:
            self.content.addWidget(label(self.tr("Questions about cost and billing"),
                                         factor=1.3, bold=True))
            for entry in faq:
                self.content.addWidget(label(entry["question"], bold=True))
                self.content.addWidget(label(entry["answer"], selectable=True))
        self.portal = _portal_label(portal)
        if self.portal is not None:
            self.content.addWidget(self.portal)
        self.content.addStretch(1)
        nav = QHBoxLayout()
        self.back = _button(self.tr("Back"))
        nav.addWidget(self.back)
        nav.addStretch(1)
        self.content.addLayout(nav)


def _next_step_label(visit: Mapping[str, object],
                     portal: Mapping[str, object]) -> QLabel | None:
    """The link to join the visit ([visit].join_url), or the portal's when there is none."""
    url = str(visit.get("join_url", ""))
    if url:
        name = str(visit.get("join_label", "")) or url
        intro = QCoreApplication.translate("Preflight", "When it is time for your visit:")
        return _link_label(intro, name, url)
    return _portal_label(portal)


def _portal_label(portal: Mapping[str, object]) -> QLabel | None:
    url, name = str(portal.get("url", "")), str(portal.get("name", ""))
    if not url:
        return None
    intro = QCoreApplication.translate("Preflight", "Sign in to your patient portal:")
    return _link_label(intro, name, url)


def _link_label(intro: str, name: str, url: str) -> QLabel:
    text = QLabel()
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setOpenExternalLinks(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    link = f'<a href="{html.escape(url)}">{html.escape(name or url)}</a>'
    text.setText(f"{html.escape(intro)} {link}")
    text.setAccessibleName(f"{intro} {name}")
    text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return text


class HelpDeskView(Page):
    """Everything at once for an agent on the phone: large, readable, copyable."""

    COLUMNS = 4

    def __init__(self, pickers: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None) -> None:
        """`pickers`: (check option, label) of each device picker, from the checks' steps."""
        super().__init__(parent)
        self.heading(self.tr("Help-desk mode"))
        buttons = QHBoxLayout()
        self.run_all = _button(self.tr("Run all checks"), primary=True)
        self.run_selected = _button(self.tr("Run selected check"))
        self.cancel = _button(self.tr("Stop"), self.tr("Stops every running check."))
        self.back = _button(self.tr("Back to patient view"))
        for widget in (self.run_all, self.run_selected):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.content.addLayout(buttons)
        # Two rows: four buttons in one row ran 250 px past the window at 200% text, and the
        # three run buttons together still 5 px in Spanish in high contrast (bold).
        more = QHBoxLayout()
        more.addWidget(self.cancel)
        more.addWidget(self.back)
        more.addStretch(1)
        self.content.addLayout(more)

        grid = QGridLayout()
        self.pickers: dict[str, QComboBox] = {}
        for col, (key, text) in enumerate(pickers):
            combo = QComboBox()
            combo.setAccessibleName(text)
            name = label(text, wrap=False)
            name.setBuddy(combo)
            grid.addWidget(name, 0, col)
            grid.addWidget(combo, 1, col)
            self.pickers[key] = combo
        self.refresh_devices = _button(self.tr("Find devices"),
                                       self.tr("Looks for cameras, microphones and speakers."))
        # Under the pickers, not beside them (room at 200% text).
        grid.addWidget(self.refresh_devices, 2, 0, 1, max(1, len(pickers)),
                       Qt.AlignmentFlag.AlignLeft)
        self.content.addLayout(grid)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Summary"), self.tr("Time")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The check's name and its summary share the room left by status and time, and wrap:
        # with the name on one line, a real summary's longest Spanish word ("computadora")
        # did not fit the summary column at 200% text.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("All checks"))
        # Tab moves on to the next control (arrow keys move between rows): QTableView's
        # default walks every cell with Tab, 24+ presses to get past the table.
        self.table.setTabKeyNavigation(False)
        scale_font(self.table, 1.15)
        icon = self.table.fontMetrics().height()  # status icons grow with the text (200%)
        self.table.setIconSize(QSize(icon, icon))
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 12)
        self.content.addWidget(self.table)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.metrics = QTableWidget(0, 2)
        self.metrics.setHorizontalHeaderLabels([self.tr("Measurement"), self.tr("Value")])
        self.metrics.verticalHeader().setVisible(False)
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.metrics.setAccessibleName(self.tr("Measurements of the selected check"))
        self.metrics.setTabKeyNavigation(False)  # as for the table above
        scale_font(self.metrics, 1.15)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.log.setAccessibleName(self.tr("Live log"))
        self.log.setPlaceholderText(self.tr("The live log appears here."))
        split.addWidget(self.metrics)
        split.addWidget(self.log)
        split.setMinimumHeight(self.table.fontMetrics().height() * 12)
        self.content.addWidget(split)

        self.content.addWidget(label(
            self.tr("View what the patient saw: paste their report (JSON) or support code."),
            bold=True))
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName(self.tr("Report or support code"))
        self.paste.setTabChangesFocus(True)
        self.paste.setMaximumHeight(self.paste.fontMetrics().height() * 5)
        self.content.addWidget(self.paste)
        # One button per row and the message under them: side by side they ran 100 px past
        # the window at 200% text in high contrast (bold) in Spanish.
        self.open_report = _button(self.tr("Show this report"))
        self.back_to_live = _button(self.tr("Show this computer again"))
        self.paste_message = label(name="muted")
        for button in (self.open_report, self.back_to_live):
            self.content.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addWidget(self.paste_message)
