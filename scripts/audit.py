"""Dependency audit for `make test`: pip-audit over the pinned, hashed lock files.

Fails (exit 1) on any known vulnerability. When pip-audit cannot reach its vulnerability data
(this workplace's registry mirror answers PyPI's per-release JSON with 404, so every package
comes back "could not be audited"), the audit is *inconclusive*: it says so loudly and does not
pretend to pass or fail. `--strict` turns inconclusive into a failure (use it where the
vulnerability service is reachable, e.g. a release build).

    python scripts/audit.py [--strict] [LOCK ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def classify(report: dict) -> tuple[list[str], list[str], int]:
    """(vulnerable "name version: ids", skipped names, audited count) from pip-audit's JSON."""
    vulnerable, skipped, audited = [], [], 0
    for dep in report.get("dependencies", []):
        if "skip_reason" in dep:
            skipped.append(dep["name"])
            continue
        audited += 1
        ids = [v.get("id", "?") for v in dep.get("vulns", [])]
        if ids:
            vulnerable.append(f"{dep['name']} {dep.get('version', '')}: {', '.join(ids)}")
    return vulnerable, skipped, audited


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strict", action="store_true", help="fail when the audit can't run")
    parser.add_argument("locks", nargs="*", default=["requirements-dev.lock"])
    args = parser.parse_args(argv)
    exe = Path(sys.executable).with_name("pip-audit")
    status = 0
    for lock in args.locks:
        cmd = [str(exe), "--require-hashes", "--disable-pip", "-r", lock, "-f", "json"]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
            report = json.loads(out.stdout or "{}")
        except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
            print(f"audit: pip-audit could not run on {lock}: {exc}", file=sys.stderr)
            status = max(status, 1 if args.strict else 0)
            continue
        vulnerable, skipped, audited = classify(report)
        if vulnerable:
            print(f"audit: KNOWN VULNERABILITIES in {lock}:", file=sys.stderr)
            for line in vulnerable:
                print(f"  {line}", file=sys.stderr)
            status = 1
        elif audited == 0:
            print(
                f"audit: INCONCLUSIVE for {lock}: the vulnerability service could not be reached "
                f"({len(skipped)} packages not audited). Run `make audit` where PyPI's JSON API is "
                "reachable.",
                file=sys.stderr,
            )
            status = max(status, 1 if args.strict else 0)
        else:
            note = f", {len(skipped)} not audited ({', '.join(skipped)})" if skipped else ""
            print(f"audit: {lock}: {audited} packages, no known vulnerabilities{note}")
    return status


if __name__ == "__main__":
    sys.exit(main())
