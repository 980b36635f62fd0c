"""Peak memory of a measured process is its own, not its parent's (bench/memory.py).

Linux carries ru_maxrss across exec, so a small program started by a big parent used to report
the parent's peak: the network client read 477 MB in the full suite and 64 MB alone. These
start a real parent that holds ~300 MB and measure a small child both ways.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")

BIG_PARENT = """
import json, subprocess, sys
sys.path.insert(0, sys.argv[1])
from bench.netlab import run_measured
held = bytearray(300 * 1024 * 1024)
for i in range(0, len(held), 4096):
    held[i] = 1  # touch every page: resident, not just reserved
child = ("import resource, sys, time; sys.path.insert(0, sys.argv[1]);"
         "from bench.memory import peak_rss_mb; time.sleep(0.3);"
         "print(peak_rss_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
out = subprocess.run([sys.executable, "-c", child, sys.argv[1]], capture_output=True,
                     text=True, check=True).stdout.split()
measured = run_measured([sys.executable, "-c", "import time; time.sleep(0.3)"], 20)
grow = ("import time; b = bytearray(150 * 1024 * 1024);"
        "[b.__setitem__(i, 1) for i in range(0, len(b), 4096)]; time.sleep(0.3)")
grown = run_measured([sys.executable, "-c", grow], 20)
print(json.dumps({"own": float(out[0]), "ru_maxrss": float(out[1]),
                  "measured": measured.max_rss_mb, "grown": grown.max_rss_mb}))
"""


@pytest.fixture(scope="module")
def readings() -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", BIG_PARENT, str(ROOT)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_child_of_a_big_parent_reports_its_own_peak(readings) -> None:
    assert readings["own"] < 100  # a bare Python is ~10-20 MB
    # The kernel's figure carries the parent's 300 MB: the reason for VmHWM.
    assert readings["ru_maxrss"] > 250


def test_run_measured_reports_the_commands_own_peak(readings) -> None:
    assert readings["measured"] < 100
    assert 150 <= readings["grown"] < 250


def test_vm_hwm_of_a_gone_process_is_none() -> None:
    from bench.memory import vm_hwm_mb

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert vm_hwm_mb(proc.pid) is None
    assert vm_hwm_mb() is not None and vm_hwm_mb() > 1
