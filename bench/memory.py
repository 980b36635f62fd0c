"""Peak resident memory of one process, as its own figure.

Linux carries `getrusage().ru_maxrss` across exec: a program started by a big parent reports
the parent's peak as its own (a client started from the ~480 MB pytest process read 477 MB
while its own peak was 64 MB). The VmHWM line of /proc/<pid>/status is the high-water mark of
the process's current memory map only, which exec replaces, so it is the program's own peak.
"""

from __future__ import annotations

import resource
import sys


def vm_hwm_mb(pid: int | str = "self") -> float | None:
    """VmHWM of a live process in MB; None where /proc has no such line (not Linux, or gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # kB
    except (OSError, ValueError, IndexError):
        return None
    return None


def peak_rss_mb() -> float:
    """This process's own peak resident memory in MB."""
    hwm = vm_hwm_mb()
    if hwm is not None:
        return hwm
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 1024.0 / (1024.0 if sys.platform == "darwin" else 1.0)  # bytes on macOS
