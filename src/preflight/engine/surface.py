"""Where the patient reads a result: the window, which has a Check again button, or the
terminal, where checking again means running the command again.

Findings' sentences name the action as `{check_again}` (mid-sentence) or `{Check_again}` (at
the start of a sentence); `preflight.engine.findings` fills them with the words for the surface
in use, so the terminal never tells anyone to press a button it does not have. The window is
the default; the CLI sets the terminal before it runs checks. Process-wide, like the language.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from preflight.i18n import tr, tr_noop

WINDOW = "window"
TERMINAL = "terminal"

_lock = threading.Lock()
_surface = WINDOW

# (mid-sentence, start of a sentence) for each surface.
_CHECK_AGAIN = {
    WINDOW: (tr_noop("press Check again"), tr_noop("Press Check again")),
    TERMINAL: (tr_noop("run 'preflight check' again"), tr_noop("Run 'preflight check' again")),
}


def set_surface(surface: str) -> None:
    if surface not in _CHECK_AGAIN:
        raise ValueError(f"unknown surface {surface!r}")
    global _surface
    with _lock:
        _surface = surface


@contextmanager
def using_surface(surface: str) -> Iterator[None]:
    """The surface for the duration of a block (the CLI's run), then the one before."""
    before = current_surface()
    set_surface(surface)
    try:
        yield
    finally:
        set_surface(before)


def current_surface() -> str:
    with _lock:
        return _surface


def action_fields() -> dict[str, str]:
    """The `{check_again}` / `{Check_again}` words for the surface in use, translated."""
    mid, start = _CHECK_AGAIN[current_surface()]
    return {"check_again": tr(mid), "Check_again": tr(start)}
