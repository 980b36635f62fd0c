"""PyInstaller runtime hook: runs in the frozen app before any of Preflight's code.

1. A windowed executable (Windows `console=False`, macOS .app) starts with sys.stdout and
   sys.stderr set to None. speedtest-cli writes to them at import (sivel/speedtest-cli#562) and
   logging's last-resort handler writes to stderr, so give both a harmless sink. The CLI and the
   window guard again themselves; this hook also covers code that runs before them.
2. On Linux, sounddevice finds PortAudio with ctypes.util.find_library("portaudio"), which only
   searches the system (ldconfig) and returns None on machines without Debian's libportaudio2,
   although the bundle carries libportaudio.so.2 (the bundle's copy is the one that loads when
   the name is found, as the bundle's folder comes first in the library search path). Answer
   with the bundled copy when the system search finds nothing.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))


def _bundled_portaudio_fallback() -> None:
    import ctypes.util

    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle or not sys.platform.startswith("linux"):
        return
    bundled = os.path.join(bundle, "libportaudio.so.2")
    if not os.path.isfile(bundled):
        return
    system_find_library = ctypes.util.find_library

    def find_library(name: str) -> "str | None":
        found = system_find_library(name)
        if found is None and name == "portaudio":
            return bundled
        return found

    ctypes.util.find_library = find_library


_bundled_portaudio_fallback()
