"""The yes/no question a check asks ("Did you hear the sound?"), shown without blocking the UI:
the check's own thread waits in AskBridge.ask, the dialog answers it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from preflight.gui.common import scale_font
from preflight.gui.widgets import label


class AskDialog(QDialog):
    answered = Signal(object)  # True, False, or None when closed without an answer

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A quick question"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        self.question = label(question, factor=1.5, bold=True)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.yes = QPushButton(self.tr("Yes"))
        self.no = QPushButton(self.tr("No"))
        for button, answer in ((self.yes, True), (self.no, False)):
            scale_font(button, 1.3, bold=True)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(question)
            button.clicked.connect(lambda _=False, a=answer: self._answer(a))
            row.addWidget(button)
        layout.addLayout(row)
        self.yes.setDefault(True)
        self.setAccessibleName(question)
        self._sent = False

    def _answer(self, value: bool | None) -> None:
        if not self._sent:
            self._sent = True
            self.answered.emit(value)
        self.accept()

    def reject(self) -> None:  # Escape or the close box: "no answer", never a guess
        if not self._sent:
            self._sent = True
            self.answered.emit(None)
        super().reject()

    def withdraw(self) -> None:
        """The check stopped waiting: close quietly."""
        self._sent = True
        super().reject()
