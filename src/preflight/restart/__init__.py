"""Restart and come back: "Restart now" restarts the computer and Preflight opens again once
after it, to show before / after for what the restart was meant to fix. No Qt here; the window
(`preflight.gui.restart_flow`) asks and shows.

* `autostart`: open Preflight once at the next login (XDG autostart, RunOnce, LaunchAgent);
* `reboot`: ask the system to restart (logind over D-Bus, `shutdown`, System Events);
* `state`: what is kept across the restart, and the comparison after it.

The order in `prepare`: save the state, then register the entry; only then is the restart
asked for. Whatever fails on the way, `abandon` removes both: nothing is left behind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from preflight.engine.result import CheckResult
from preflight.i18n import tr, tr_noop
from preflight.restart import autostart, state
from preflight.restart.autostart import AutostartError

logger = logging.getLogger(__name__)

NO_AUTOSTART = tr_noop(
    "Preflight could not set itself to open again after the restart, so it did not restart "
    "your computer. You can restart it yourself the usual way, then open Preflight again."
)
NOT_RESTARTED = tr_noop(
    "Your computer did not restart. If you still want to, save your work and press Restart "
    "now again."
)
ALREADY_OPEN = tr_noop(
    "Preflight is already open: its window has been brought to the front."
)
# The other Preflight holds the lock but did not answer (still starting, or stuck).
ALREADY_OPEN_ELSEWHERE = tr_noop(
    "Preflight is already open in another window. Please use that window."
)
CONFIRM = tr_noop(
    "Save your work. Your computer will restart, and Preflight will open again by itself to "
    "check once more."
)


class PrepareError(Exception):
    """The entry or the state could not be written: the restart must not be asked for."""

    def words(self) -> str:
        return tr(NO_AUTOSTART)


def prepare(results: Sequence[CheckResult], window_args: Sequence[str] = ()) -> None:
    """Keep the state and register the entry; on any failure remove both and raise."""
    try:
        state.save(state.state_from_results(results))
        autostart.register(autostart.launch_command(window_args))
    except (OSError, AutostartError) as exc:
        logger.warning("cannot set Preflight to open after the restart: %s", exc)
        abandon()
        raise PrepareError(str(exc)) from exc


def abandon() -> None:
    """The restart will not happen (cancelled, refused, failed): remove what `prepare` left."""
    autostart.unregister()
    state.discard()
