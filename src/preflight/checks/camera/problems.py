"""The camera check's results, and the failures that happen before a picture can be judged
(no camera, a busy camera, no frames), raised as `CameraProblem` by the capture code."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from preflight.checks.camera.descriptor import DESCRIPTOR, problem_of
from preflight.engine.findings import main_finding
from preflight.engine.result import CheckResult, Finding


def camera_result(findings: Iterable[Finding], **metrics: Any) -> CheckResult:
    """The check's result from its findings. The `problem` metric, which saved reports and
    support codes of format 1 read, is the main finding's problem word."""
    found = tuple(findings)
    main = main_finding(found)
    problem = problem_of(main) if main is not None else None
    if problem is not None:
        metrics = {**metrics, "problem": problem}
    return DESCRIPTOR.result(found, **metrics)


class CameraProblem(Exception):
    """A failure before analysis is possible (missing, busy, no frames); carries its finding."""

    def __init__(self, finding: Finding, device: str = "") -> None:
        self.finding = finding
        self.device = device
        super().__init__(self.summary)

    @property
    def problem(self) -> str:
        """The `problem` metric's word, e.g. "missing"."""
        return problem_of(self.finding) or "error"

    @property
    def summary(self) -> str:
        return DESCRIPTOR.summary([self.finding])

    @property
    def advice(self) -> tuple[str, ...]:
        return DESCRIPTOR.advice([self.finding])

    def to_result(self) -> CheckResult:
        return camera_result([self.finding], device=self.device, frames=0)


def missing(device: str = "", *, looked_for: str = "") -> CameraProblem:
    """No camera at all, or (`looked_for`) none matching what was asked for."""
    return CameraProblem(DESCRIPTOR.finding("not_found" if looked_for else "missing"), device)


def file_missing(device: str) -> CameraProblem:
    return CameraProblem(DESCRIPTOR.finding("file_not_found"), device)


def busy(device: str, program: str = "", *, possible: str = "") -> CameraProblem:
    """The camera exists but cannot be opened; `program`: the one holding it, when known (its
    advice line "Zoom is using your camera..." is left out otherwise); `possible`: a running
    call app that may be holding it, where the system cannot tell (macOS: "Zoom may be
    using your camera...")."""
    values: dict[str, Any] = {
        k: v for k, v in (("program", program), ("possible_program", possible)) if v}
    return CameraProblem(DESCRIPTOR.finding("busy", **values), device)


def blocked(device: str, *, restricted: bool = False) -> CameraProblem:
    """The system does not let Preflight use the camera (`restricted`: and the person cannot
    change that)."""
    name = "permission_restricted" if restricted else "permission_denied"
    return CameraProblem(DESCRIPTOR.finding(name), device)


def no_frames(
    device: str,
    *,
    stopped: bool = False,
    is_file: bool = False,
    no_frames_s: float | None = None,
) -> CameraProblem:
    """Opened, but no picture came (`stopped`: pictures came, then stopped for `no_frames_s`);
    for a video file, none could be read."""
    if is_file:
        name = "file_unreadable"
    else:
        name = "frames_stopped" if stopped else "no_frames"
    limits = {} if no_frames_s is None else {"no_frames_s": no_frames_s}
    return CameraProblem(DESCRIPTOR.finding(name, limits=limits), device)
