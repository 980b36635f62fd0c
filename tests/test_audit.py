"""The dependency audit's verdicts on pip-audit's JSON (the vulnerability service itself is not
reachable from these machines, so its answers are given here as data)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location(
    "audit", Path(__file__).resolve().parents[1] / "scripts" / "audit.py"
)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_known_vulnerability_is_reported():
    report = {
        "dependencies": [
            {"name": "requests", "version": "2.0.0", "vulns": [{"id": "PYSEC-2014-13"}]},
            {"name": "numpy", "version": "2.4.6", "vulns": []},
        ]
    }
    assert audit.classify(report) == (["requests 2.0.0: PYSEC-2014-13"], [], 2)


def test_unreachable_service_is_inconclusive_not_clean():
    report = {"dependencies": [{"name": "numpy", "skip_reason": "could not be audited"}]}
    vulnerable, skipped, audited = audit.classify(report)
    assert (vulnerable, skipped, audited) == ([], ["numpy"], 0)


def test_locks_pin_every_package_with_a_hash():
    root = Path(__file__).resolve().parents[1]
    for lock in ("requirements.lock", "requirements-dev.lock"):
        text = (root / lock).read_text()
        pins = [ln for ln in text.splitlines() if ln and not ln.startswith((" ", "#"))]
        assert pins, lock
        assert all("==" in ln and ln.rstrip().endswith("\\") for ln in pins), lock
        assert text.count("--hash=sha256:") >= len(pins)
