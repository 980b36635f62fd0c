""""Your 'Logitech webcam' microphone works. [Use this one]": the row a device step's result
card shows when the chosen device failed and another one works (issue 17, item 5; the finding
is `<check>.other_works`, preflight.checks.other_devices). The sentence is the descriptor's;
the step's controller switches the picker and checks again when the button is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from preflight.checks.other_devices import FINDING, better_device
from preflight.engine.findings import Descriptor
from preflight.engine.result import CheckResult
from preflight.gui.widgets import label


class OtherDeviceRow(QWidget):
    """The sentence and "Use this one"; hidden while there is nothing to offer."""

    use = Signal(str)  # the device's name, as the picker lists it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherDevice")
        self.device = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.sentence = label(factor=1.1, bold=True, selectable=True)
        self.button = QPushButton(self.tr("Use this one"))
        self.button.setAutoDefault(True)  # Enter presses it, as Space does (see views.py)
        self.button.clicked.connect(lambda: self.use.emit(self.device))
        row.addWidget(self.sentence, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_result(self, descriptor: Descriptor, result: CheckResult | None) -> None:
        self.device = better_device(result) if result is not None else ""
        if not self.device or result is None:
            self.setVisible(False)
            return
        finding = next(f for f in result.findings if f.name == FINDING)
        sentence = descriptor.summary([finding])
        self.sentence.setText(sentence)
        self.button.setAccessibleName(self.tr("Use this one: %1").replace("%1", self.device))
        self.button.setAccessibleDescription(sentence)
        self.setVisible(True)
