"""Python's cyclic garbage collector runs on whichever thread happens to allocate. When it
frees Qt wrappers (a closed window's widgets in a reference cycle) on a check's worker thread,
Qt crashes: a test run died with a segmentation fault in "Garbage-collecting" on the system
check's thread. So while a window exists, automatic collection is off and the UI thread
collects on a timer, generation by generation with Python's own thresholds (a few ms each,
well inside the 50 ms stall budget). Reference counting still frees everything acyclic at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        """Collect the generations Python itself would have collected by now."""
        count0, count1, count2 = gc.get_count()
        if count0 > self.thresholds[0]:
            gc.collect(0)
            if count1 > self.thresholds[1]:
                gc.collect(1)
                if count2 > self.thresholds[2]:
                    gc.collect(2)
