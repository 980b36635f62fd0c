"""The Preflight window (PySide6). The only package allowed to import Qt."""

from preflight.gui.qt_fixes import patch_signal_emit

patch_signal_emit()  # before any signal is emitted: PySide6 6.12.0 would abort Python
