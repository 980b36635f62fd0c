"""Registry of checks by id.

Check modules are imported only when a check is selected, so `preflight --version` and the
window start without loading OpenCV, PortAudio or speedtest-cli. A module that does not exist
yet (a check still being built) simply leaves its id unregistered.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable

from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr

logger = logging.getLogger(__name__)

# id -> "module:Class", in the order the patient meets them and reports list them.
BUILTIN_CHECKS: dict[str, str] = {
    "camera": "preflight.checks.camera:CameraCheck",
    "microphone": "preflight.checks.audio.microphone:MicrophoneCheck",
    "speaker": "preflight.checks.audio.speaker:SpeakerCheck",
    "network": "preflight.checks.network.connectivity:NetworkCheck",
    "bandwidth": "preflight.checks.network.bandwidth:BandwidthCheck",
    "system": "preflight.checks.system:SystemCheck",
}


class UnknownCheckError(ValueError):
    """A check id that is not registered."""


class Registry:
    def __init__(self, entries: dict[str, str] | None = None) -> None:
        self._entries = dict(BUILTIN_CHECKS if entries is None else entries)
        self._loaded: dict[str, type[Check] | None] = {}

    def add(self, check_cls: type[Check]) -> None:
        """Register a check class directly (used by tests and plug-ins)."""
        self._entries[check_cls.id] = f"{check_cls.__module__}:{check_cls.__qualname__}"
        self._loaded[check_cls.id] = check_cls

    def _load(self, check_id: str) -> type[Check] | None:
        if check_id not in self._loaded:
            module_name, _, class_name = self._entries[check_id].partition(":")
            try:
                module = importlib.import_module(module_name)
                self._loaded[check_id] = getattr(module, class_name)
            except ModuleNotFoundError as exc:
                if exc.name is not None and module_name.startswith(exc.name):
                    # The check's own module does not exist: the check is not built.
                    self._loaded[check_id] = None
                else:
                    self._loaded[check_id] = _broken_check(check_id, exc)
            except Exception as exc:  # a broken module must not take the whole app down
                self._loaded[check_id] = _broken_check(check_id, exc)
        return self._loaded[check_id]

    def ids(self) -> list[str]:
        """Ids of every check that exists, in presentation order."""
        return [cid for cid in self._entries if self._load(cid) is not None]

    def get(self, check_id: str) -> type[Check]:
        if check_id not in self._entries:
            raise UnknownCheckError(check_id)
        cls = self._load(check_id)
        if cls is None:
            raise UnknownCheckError(check_id)
        return cls

    def select(self, only: Iterable[str] | None = None, skip: Iterable[str] = ()) -> list[str]:
        """Resolve --only/--skip into ids in presentation order; unknown ids raise."""
        # Only the named checks' modules are loaded (`--only system` stays light).
        wanted = list(only) if only else list(self._entries)
        skipped = list(skip)
        for cid in dict.fromkeys([*wanted, *skipped]):
            if cid not in self._entries or (cid in wanted and self._load(cid) is None):
                raise UnknownCheckError(cid)
        return [
            cid
            for cid in self._entries
            if cid in wanted and cid not in skipped and self._load(cid) is not None
        ]

    def title(self, check_id: str) -> str:
        """The patient-facing name of a check, or its id when it is not built."""
        try:
            return self.get(check_id).title
        except UnknownCheckError:
            return check_id


def _broken_check(check_id: str, exc: BaseException) -> type[Check]:
    """A stand-in for a check whose module failed to load: it reports an `error` when run."""
    logger.error("check %s could not be loaded", check_id, exc_info=exc)

    class BrokenCheck(Check):
        id = check_id
        title = check_id.capitalize()

        def run(self, ctx: CheckContext) -> CheckResult:
            return self.result(
                Status.ERROR,
                tr("The {check} check could not start: part of Preflight is missing or damaged.",
                   check=check_id),
                [tr("Reinstall Preflight, or call the support line below.")],
                error_type=type(exc).__name__,
            )

    return BrokenCheck


_default: Registry | None = None


def default_registry() -> Registry:
    global _default
    if _default is None:
        _default = Registry()
    return _default
