"""Work-arounds for defects of the Qt bindings, applied once when the window package loads."""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

logger = logging.getLogger(__name__)

_PROBES = 4


class _Probe(QObject):
    ping = Signal()


def _emit_takes_a_reference_from_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def patch_signal_emit() -> bool:
    """Give back the reference PySide6 6.12.0's `SignalInstance.emit` takes from `True`.

    6.12.0 returns `True` from emit without a new reference, so every emit takes one from the
    interpreter's `True`; after a few hundred to a few thousand emits (about a minute of camera
    preview, or a few full runs) Python aborts with "bool_dealloc: deallocating True or False"
    (measured here; 6.11.3 does not do it; tests/robustness/test_soak.py). Hand-written
    because no release has the fix yet: applied only when a probe shows the defect, so a
    fixed PySide6 (or a Python whose True is immortal) is left alone. Returns True if applied.
    """
    if getattr(SignalInstance.emit, "_preflight_fixed", False):
        return False
    if not _emit_takes_a_reference_from_true():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    emit._preflight_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign,assignment]
    for _ in range(_PROBES):  # the probe's own emits
        incref(True)
    logger.info("applied the PySide6 signal-emit reference fix")
    return True
