"""CLI start-up and the computer check, timed as whole commands (medians over repeated runs),
beside a bare `python -c pass` measured in the same run as the reference.

    python -m bench.cli_bench [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from bench import compile_bytecode

TARGETS = {"version_s": 0.3, "system_check_s": 3.0}


def _median_wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run_cli_bench(runs: int = 7) -> dict:
    compile_bytecode()  # as an installed copy starts
    py = sys.executable
    python_pass = _median_wall([py, "-c", "pass"], runs)
    version = _median_wall([py, "-m", "preflight", "--version"], runs)
    system = _median_wall(
        [py, "-m", "preflight", "check", "--only", "system", "--json"], max(3, runs // 2)
    )
    return {
        "runs": runs,
        "python_startup_s": round(python_pass, 3),
        "version_s": round(version, 3),
        "version_vs_python_startup": round(version / python_pass, 2),
        "system_check_s": round(system, 3),
        "targets": TARGETS,
        "met": {
            "version_s": version <= TARGETS["version_s"],
            "system_check_s": system <= TARGETS["system_check_s"],
        },
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    print(json.dumps(run_cli_bench(parser.parse_args().runs), indent=2))
