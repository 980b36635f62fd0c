"""Helpers for the network tests: configurations that point the checks at the lab server
(never at a real host), and running a check through the real runner."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from preflight.config import Config
from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Descriptor, FindingSpec
from preflight.engine.result import CheckResult, Status
from preflight.engine.runner import Runner
from tests.servers.speedtest_server import LabServer


def closed_port(kind: int = socket.SOCK_STREAM) -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def network_overrides(lab: LabServer, **changes: Any) -> dict[str, Any]:
    section = {
        "dns_names": ["localhost"],
        "https_hosts": [f"127.0.0.1:{lab.tls_port}", f"localhost:{lab.tls_port}"],
        "stun_server": f"127.0.0.1:{lab.stun_port}",
        "captive_portal_url": lab.url("/generate_204"),
    }
    section.update(changes)
    return {"network": section}


def bandwidth_overrides(lab: LabServer, tls: bool = True, **changes: Any) -> dict[str, Any]:
    section: dict[str, Any] = {"speedtest_server": lab.upload_url(tls=tls)}
    section.update(changes)
    return {"bandwidth": section}


def run_check(
    config: Config,
    check_id: str,
    options: dict[str, Any] | None = None,
    cancel_after_s: float | None = None,
) -> CheckResult:
    """Run one check through the real runner (deadlines and cancellation included)."""
    runner = Runner(config, options=options or {})
    if cancel_after_s is not None:
        timer = threading.Timer(cancel_after_s, runner.cancel)
        timer.daemon = True
        timer.start()
    report = runner.run([check_id])
    return report.results[0]


def wait_until(predicate: Any, timeout_s: float = 5.0) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def fixed_check(
    check_id: str, result: CheckResult, before: Callable[[CheckContext], None] | None = None
) -> type[Check]:
    """A stand-in for a measuring check (on the network resource, so in the network lane)
    that returns a fixed result, after `before(ctx)` when given. The measuring itself is
    tested against real servers in test_connectivity / test_bandwidth; what a test using this
    tests is the runner's hand-over (Descriptor.needs / reads -> CheckContext.results) and
    what runs beside it."""

    class Fixed(Check):
        descriptor = Descriptor(id=check_id, title=check_id, check="x:y",
                                findings=(FindingSpec("ok", Status.PASS, "Fine."),),
                                resources=frozenset({"network"}))

        def run(self, ctx: CheckContext) -> CheckResult:
            if before is not None:
                before(ctx)
            return result

    return Fixed
