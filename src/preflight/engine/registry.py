"""Registry of checks: their descriptors by id, and their classes when they run.

A registry entry names the module that holds a check's `DESCRIPTOR`
(preflight.engine.findings.Descriptor). Descriptor modules are cheap to import: the check
classes, and with them OpenCV, PortAudio and speedtest-cli, load only when a check is
selected to run, so `preflight --version` and the window start light.

Adding a check is one module with its descriptor and class, one line in BUILTIN_CHECKS and its
config section (docs/adding-a-check.md). Every other part of Preflight reads the descriptor.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable

from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Descriptor, engine_finding
from preflight.engine.result import CheckResult

logger = logging.getLogger(__name__)

# id -> module holding its DESCRIPTOR, in the order the patient meets them and reports list them.
BUILTIN_CHECKS: dict[str, str] = {
    "camera": "preflight.checks.camera",
    "microphone": "preflight.checks.audio.microphone",
    "speaker": "preflight.checks.audio.speaker",
    "network": "preflight.checks.network.connectivity",
    "bandwidth": "preflight.checks.network.bandwidth",
    "call": "preflight.checks.network.call_quality",
    "system": "preflight.checks.system",
}


class UnknownCheckError(ValueError):
    """A check id that is not registered."""


class Registry:
    def __init__(self, entries: dict[str, str] | None = None) -> None:
        self._entries = dict(BUILTIN_CHECKS if entries is None else entries)
        self._descriptors: dict[str, Descriptor] = {}
        self._classes: dict[str, type[Check]] = {}

    def add(self, item: type[Check] | Descriptor) -> None:
        """Register a check directly, by its class or its descriptor (tests and plug-ins)."""
        if isinstance(item, Descriptor):
            descriptor = item
        else:
            descriptor = item.descriptor
            self._classes[descriptor.id] = item
        self._entries[descriptor.id] = f"<registered {descriptor.id}>"
        self._descriptors[descriptor.id] = descriptor

    def descriptor(self, check_id: str) -> Descriptor:
        if check_id not in self._entries:
            raise UnknownCheckError(check_id)
        if check_id not in self._descriptors:
            module_name = self._entries[check_id]
            try:
                found = importlib.import_module(module_name).DESCRIPTOR
                if not isinstance(found, Descriptor) or found.id != check_id:
                    raise TypeError(f"{module_name}.DESCRIPTOR is not the {check_id} descriptor")
            except Exception as exc:  # a broken module must not take the whole app down
                logger.error("check %s could not be loaded", check_id, exc_info=exc)
                found = _broken_descriptor(check_id, exc)
                self._classes[check_id] = _broken_check(found, exc)
            self._descriptors[check_id] = found
        return self._descriptors[check_id]

    def descriptors(self, ids: Iterable[str] | None = None) -> list[Descriptor]:
        return [self.descriptor(cid) for cid in (self.ids() if ids is None else ids)]

    def ids(self) -> list[str]:
        """Ids of every registered check, in presentation order."""
        return list(self._entries)

    def get(self, check_id: str) -> type[Check]:
        """The check's class (imports its module, and what it needs to run)."""
        descriptor = self.descriptor(check_id)
        if check_id not in self._classes:
            try:
                cls = descriptor.check_class()
                if getattr(cls, "descriptor", None) is not descriptor:
                    raise TypeError(f"{descriptor.check} does not use the {check_id} descriptor")
            except Exception as exc:
                logger.error("check %s could not be loaded", check_id, exc_info=exc)
                cls = _broken_check(descriptor, exc)
            self._classes[check_id] = cls
        return self._classes[check_id]

    def select(self, only: Iterable[str] | None = None, skip: Iterable[str] = ()) -> list[str]:
        """Resolve --only/--skip into ids in presentation order; unknown ids raise."""
        wanted = list(only) if only else list(self._entries)
        skipped = list(skip)
        for cid in dict.fromkeys([*wanted, *skipped]):
            if cid not in self._entries:
                raise UnknownCheckError(cid)
        return [cid for cid in self._entries if cid in wanted and cid not in skipped]

    def title(self, check_id: str) -> str:
        """The patient-facing name of a check (English source text; translate with tr)."""
        try:
            return self.descriptor(check_id).title
        except UnknownCheckError:
            return check_id.replace("_", " ").capitalize()


def _broken_descriptor(check_id: str, exc: BaseException) -> Descriptor:
    return Descriptor(
        id=check_id,
        title=check_id.replace("_", " ").capitalize(),
        check=f"<broken {check_id}>",
        findings=(),
        resources=frozenset({check_id}),
    )


def _broken_check(descriptor: Descriptor, exc: BaseException) -> type[Check]:
    """A stand-in for a check that failed to load: it reports an `error` when run."""

    class BrokenCheck(Check):
        def run(self, ctx: CheckContext) -> CheckResult:
            return self.result(
                [engine_finding("not_loaded")], error_type=type(exc).__name__
            )

    BrokenCheck.descriptor = descriptor
    BrokenCheck.id, BrokenCheck.title = descriptor.id, descriptor.title
    BrokenCheck.resources, BrokenCheck.deadline_s = descriptor.resources, descriptor.deadline_s
    return BrokenCheck


_default: Registry | None = None


def default_registry() -> Registry:
    global _default
    if _default is None:
        _default = Registry()
    return _default
