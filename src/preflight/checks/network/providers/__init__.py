"""Speed test providers, tried in order (`[bandwidth] providers`, issue 16).

A provider is one speed test service behind a small interface: it finds its server, and names
the endpoints its server answers for the latency probes, the downloads and the upload
(`Provider.endpoints`). The measuring itself (latency, download, upload, each phase ending once
its rate is stable, all within the check's deadline) is `speedtest_client.SpeedtestRunner`'s,
the same for every provider, so a change to how phases are timed applies to all of them.

* `speedtest` (`speedtest.py`): speedtest.net's nearest server through speedtest-cli, or one
  self-hosted Ookla-compatible server (`upload.php`).
* `cloudflare` (`cloudflare.py`): Cloudflare's speed test endpoints (`__down`, `__up`).
* `librespeed` (`librespeed.py`): an organisation's own LibreSpeed backend; only ever the
  server named in `[bandwidth] speedtest_server` / `--speedtest-server`.

`measure` tries them in order. A provider that cannot measure (its settings or server list
blocked, its server down, refusing, rate limiting, a certificate that does not verify) hands
over to the next while there is time; the result names the provider that measured and, for
each one skipped, why (a short code the report says in words, never a traceback).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from preflight.checks.network import speedtest_client as sc

logger = logging.getLogger(__name__)

# Names `[bandwidth] providers` may list (config.py checks them).
PROVIDER_NAMES = ("speedtest", "cloudflare")
# `[bandwidth] speedtest_server_kind`: what the configured server speaks.
SERVER_KINDS = ("auto", "ookla", "librespeed")
# A provider after a failed one starts only with this much of the deadline left: a latency
# step and two phases of at least a second each, plus the verdict (a shorter run would give a
# figure too rough to judge by; the patient is better served by "could not measure").
NEXT_PROVIDER_MIN_S = 5.0
# Reasons after which the next provider is not tried: nothing a different service would change.
_FINAL_REASONS = frozenset({"cancelled", "bad_server_url", "speedtest_unavailable"})


class Provider(ABC):
    """One speed test service: find its server, then latency, download and upload through
    `SpeedtestRunner` (`run`)."""

    name: ClassVar[str]  # the `provider` metric's code

    @abstractmethod
    def endpoints(self) -> sc.Endpoints | None:
        """The service's endpoints; None for speedtest.net's own protocol (speedtest-cli's
        server list, `latency.txt`, `random{N}x{N}.jpg`, `upload.php`)."""

    def server_url(self) -> str:
        """The one server to measure against ("" for speedtest.net's nearest)."""
        return ""

    def runner(
        self,
        settings: sc.SpeedtestSettings,
        *,
        cancel: threading.Event,
        deadline: float,
        progress: sc.ProgressFn | None = None,
    ) -> sc.SpeedtestRunner:
        """A runner for this service's server, to `prepare` ahead or to `run`."""
        return sc.SpeedtestRunner(dataclasses.replace(settings, server_url=self.server_url()),
                                  cancel=cancel, deadline=deadline, progress=progress,
                                  endpoints=self.endpoints())

    def run(
        self,
        settings: sc.SpeedtestSettings,
        *,
        cancel: threading.Event,
        deadline: float,
        progress: sc.ProgressFn,
        prepared: sc.SpeedtestRunner | None = None,
    ) -> sc.SpeedtestOutcome:
        """Measure; with `prepared` (this service's runner, its `prepare` done ahead) from
        where that left off."""
        if prepared is not None and prepared.prepared:
            prepared.hand_over(dataclasses.replace(settings, server_url=self.server_url()),
                               cancel=cancel, deadline=deadline, progress=progress)
            return prepared.run()
        return self.runner(settings, cancel=cancel, deadline=deadline, progress=progress).run()


@dataclass
class Measured:
    """What `measure` gives: the outcome, who measured it, and who was skipped and why."""

    outcome: sc.SpeedtestOutcome
    provider: str
    skipped: list[dict[str, str]] = field(default_factory=list)


class ProvidersFailed(sc.SpeedtestError):
    """No provider could measure: `error` is the last one's, `skipped` every provider tried."""

    def __init__(self, error: sc.SpeedtestError, skipped: list[dict[str, str]]) -> None:
        super().__init__(str(error))
        self.error = error
        self.reason = error.reason
        self.skipped = skipped


def measure(
    providers: Sequence[Provider],
    settings: sc.SpeedtestSettings,
    *,
    cancel: threading.Event,
    deadline: float,
    progress: sc.ProgressFn,
    on_skip: Callable[[str, str], None] | None = None,
    prepared: sc.SpeedtestRunner | None = None,
) -> Measured:
    """The first provider that measures, in order; `prepared` is the first one's runner,
    prepared ahead (`Provider.runner`, `SpeedtestRunner.prepare`). Raises SpeedtestCancelled,
    or SpeedtestUnavailableError (speedtest-cli missing: every provider measures through it),
    or ProvidersFailed when none could."""
    skipped: list[dict[str, str]] = []
    for n, provider in enumerate(providers):
        try:
            outcome = provider.run(settings, cancel=cancel, deadline=deadline, progress=progress,
                                   prepared=prepared if n == 0 else None)
            return Measured(outcome, provider.name, skipped)
        except sc.SpeedtestCancelled:
            raise
        except sc.SpeedtestError as exc:
            if cancel.is_set():
                raise sc.SpeedtestCancelled("cancelled") from None
            logger.warning("speed test provider %s could not measure: %s (%s)",
                           provider.name, exc.reason, exc)
            skipped.append({"provider": provider.name, "reason": exc.reason})
            left = deadline - time.monotonic()
            last = n == len(providers) - 1
            if last or exc.reason in _FINAL_REASONS or left < NEXT_PROVIDER_MIN_S:
                raise ProvidersFailed(exc, skipped) from exc
            if on_skip is not None:
                on_skip(provider.name, exc.reason)
    raise ProvidersFailed(sc.UnreachableError("no provider configured"), skipped)


def from_config(
    names: Sequence[str], *, server_url: str, server_kind: str, cloudflare_url: str,
    timeout_s: float = 2.0,
) -> list[Provider]:
    """The providers to try. A configured server is the only one: an organisation that names
    its own test server keeps its patients' tests on it (no third party is contacted)."""
    from preflight.checks.network.providers.cloudflare import CloudflareProvider
    from preflight.checks.network.providers.librespeed import LibreSpeedProvider
    from preflight.checks.network.providers.librespeed import server_kind as kind_of
    from preflight.checks.network.providers.speedtest import SpeedtestProvider

    if server_url:
        if kind_of(server_url, server_kind_setting=server_kind,
                       timeout_s=timeout_s) == "librespeed":
            return [LibreSpeedProvider(server_url)]
        return [SpeedtestProvider(sc.normalise_server_url(server_url))]
    chosen: list[Provider] = []
    for name in names:
        if name == "speedtest":
            chosen.append(SpeedtestProvider(""))
        elif name == "cloudflare":
            chosen.append(CloudflareProvider(cloudflare_url))
    return chosen
