"""Whether the Preflight window can open here, and what to say when it cannot (no Qt).

Without a usable display Qt aborts the whole process (SIGABRT, exit 134) after printing advice
that misleads ("xcb-cursor0 ... is needed", "Reinstalling the application may fix this
problem"). Preflight says instead, in one line, what to run, and exits 2 (README: exit codes):

* before Qt loads, when nothing names a display (`has_display`; the CLI and `preflight-gui`);
* when Qt's platform plugin fails anyway: a display is named but nothing answers there (a stale
  DISPLAY of an SSH session), or the plugin cannot load (`preflight.gui.platform_guard`).

Plain Python: `preflight` without a display must not load Qt to say so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from preflight.i18n import tr_noop

# The exit code when the window cannot open: a usage error, as in the CLI (EXIT_USAGE).
EXIT_NO_WINDOW = 2

NO_DISPLAY = tr_noop(
    "No display found: the Preflight window cannot open here. "
    "Run 'preflight check' to check your computer in the terminal."
)
NO_PLATFORM = tr_noop(
    "The Preflight window cannot open here: the system's display libraries did not load "
    "(the log says which). Run 'preflight check' to check your computer in the terminal."
)


def has_display(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a window may open here. Windows and macOS always have a display; elsewhere a
    display must be named (X11, Wayland), or QT_QPA_PLATFORM must name a platform that needs
    none (offscreen, vnc...). A named display may still be unusable: the platform guard finds
    that out when Qt tries it."""
    if sys.platform in ("win32", "darwin"):
        return True
    env = os.environ if environ is None else environ
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
