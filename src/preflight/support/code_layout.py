"""Support code format 3: the bit layout, built from the registered checks' descriptors.

Payload (124 bits, most significant first), then the CRC-16 (see `preflight.support.code`):

    format version (3) | app version (4) | run stopped (1)
    | for each registered check, in registry order:
          main finding | the descriptor's code_fields in order
    | zero bits up to 124

Format 2 had the same shape in 84 bits; its layout is frozen in `preflight.support.code_v2`.

The *main* field is an index over `not_run, pass, skip, warn, fail, error`, the engine's own
findings (`engine.timed_out`, ...), then every non-PASS finding of the descriptor in order;
its width is ceil(log2(count)). A check's `code_fields` follow: `Flags` 1 bit per finding,
`Buckets` ceil(log2(len(edges) + 2)) bits (index 0 unknown, then one bucket per interval
between the edges, which are resolved from the check's config section), `Choice`
ceil(log2(len(values) + 1)) bits (index 0 unknown). Index 0 is "unknown" (or "not run")
everywhere, so a check that did not run is all zero bits.

Nothing here knows a check by name: a new check, or a plug-in, gets its place from its
descriptor. Run `python -m preflight.support.code_layout` for the layout table of the checks
registered in this build (docs/support.md holds its output).
"""

from __future__ import annotations

import logging
import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from preflight.engine.findings import (
    ENGINE,
    ENGINE_FINDINGS,
    Buckets,
    Choice,
    Flags,
    main_finding,
)
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.findings import CodeField, Descriptor
    from preflight.engine.registry import Registry

logger = logging.getLogger(__name__)

FORMAT_VERSION = 3
VERSION_BITS = 3
APP_BITS = 4
CANCELLED_BITS = 1
HEADER_BITS = VERSION_BITS + APP_BITS + CANCELLED_BITS
# 28 characters x 5 bits, less the 16-bit CRC. Format 2 had 84 (20 characters); issue 18's
# call quality, TURN relay and local-link fields needed more room (docs/support.md).
PAYLOAD_BITS = 124

UNKNOWN = "unknown"
NOT_RUN = "not_run"
# The first values of every main field; then the engine's findings, then the check's own.
STATUS_VALUES = (NOT_RUN, "pass", "skip", "warn", "fail", "error")

# App version field: 0 unknown, else 1 + 5 x major + min(minor, 4) for majors 0 to 2
# ("0.1", ..., "0.4 or later", "1.0", ...). It tells the agent which Preflight (and so which
# set of checks) made the code.
_APP_MAJORS = 3
_APP_MINORS = 5


class CodeLayoutError(ValueError):
    """The registered checks do not fit in a support code (a check's author must trim its
    code_fields or findings); str() names every check's bit count."""


def bits_for(count: int) -> int:
    """Bits for an index over `count` values: ceil(log2(count))."""
    return max(0, count - 1).bit_length()


def field_bits(cf: CodeField) -> int:
    if isinstance(cf, Flags):
        return len(cf.findings)
    if isinstance(cf, Buckets):
        return bits_for(cf.size)
    return bits_for(len(cf.values) + 1)


# -- app version -------------------------------------------------------------------------------


def app_index(version: str) -> int:
    match = re.match(r"\s*(\d+)\.(\d+)", version or "")
    if not match:
        return 0
    major, minor = int(match.group(1)), int(match.group(2))
    if major >= _APP_MAJORS:
        return 0
    return 1 + _APP_MINORS * major + min(minor, _APP_MINORS - 1)


def app_family(index: int) -> str:
    """"0.1", "0.4 or later" or "unknown" (also for values this version never writes)."""
    if not 1 <= index <= _APP_MAJORS * _APP_MINORS:
        return UNKNOWN
    major, minor = divmod(index - 1, _APP_MINORS)
    return f"{major}.{minor}" if minor < _APP_MINORS - 1 else f"{major}.{minor} or later"


# -- bucket labels (English values for machines, and the same in the reader's words) ----------


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _unit(unit: str, translate: bool = False) -> str:
    """A unit as it follows a number; "days" (marked in its Buckets) is a word to translate."""
    shown = tr(unit) if translate else unit
    return shown if unit in ("%", "") else f" {shown}"


def range_label(index: int, edges: Sequence[float], unit: str) -> tuple[str, str]:
    """(English label, label in the reader's words) of bucket `index` over `edges`."""
    if index == 0:
        return UNKNOWN, tr(tr_noop("unknown"))
    u, t = _unit(unit), _unit(unit, translate=True)
    if index == 1:
        edge = number_text(edges[0])
        return f"under {edge}{u}", tr(tr_noop("under {edge}{unit}"), edge=edge, unit=t)
    if index == len(edges) + 1:
        edge = number_text(edges[-1])
        return f"{edge}{u} or more", tr(tr_noop("{edge}{unit} or more"), edge=edge, unit=t)
    low, high = number_text(edges[index - 2]), number_text(edges[index - 1])
    return (
        f"{low} to {high}{u}",
        tr(tr_noop("{low} to {high}{unit}"), low=low, high=high, unit=t),
    )


def number(value: Any) -> float | None:
    """A finite-or-infinite number, or None for missing, NaN, booleans and text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    result = float(value)
    return None if math.isnan(result) else result


def resolved_edges(cf: Buckets, section: Mapping[str, Any]) -> tuple[float, ...] | None:
    """The bucket edges from the check's config section; None (and a logged error) when the
    descriptor names a key the section does not have: the field then reads "unknown"."""
    try:
        return cf.resolved_edges(section)
    except KeyError as exc:
        logger.error("support code field %s: %s", cf.name, exc)
        return None


# -- the layout ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecodedField:
    """One code field of a decoded check: its agent-facing name and value."""

    check_id: str
    name: str
    label: str  # the agent's name for the field (English source text; tr to show)
    value: str  # English: a bucket label ("1.2 to 3 Mbit/s"), a choice value, or "unknown"
    words: str  # the value in the reader's words

    @property
    def known(self) -> bool:
        return self.value != UNKNOWN


@dataclass(frozen=True)
class CheckSlice:
    """What one check's bits say: its status, finding ids and fields."""

    status: str  # a Status value or "not_run"
    findings: tuple[Finding, ...]  # id and level only: a code carries no numbers
    fields: tuple[DecodedField, ...]


@dataclass(frozen=True)
class CheckLayout:
    descriptor: Descriptor
    main: tuple[str, ...]  # STATUS_VALUES, engine finding ids, non-PASS finding ids
    fields: tuple[tuple[CodeField, int], ...]

    @property
    def check_id(self) -> str:
        return self.descriptor.id

    @property
    def main_bits(self) -> int:
        return bits_for(len(self.main))

    @property
    def field_bits(self) -> int:
        return sum(bits for _, bits in self.fields)

    @property
    def bits(self) -> int:
        return self.main_bits + self.field_bits

    # -- writing -----------------------------------------------------------------------------
    def values(self, result: CheckResult | None, section: Mapping[str, Any]) -> list[int]:
        """The field values (main first) for `result`; all zero when the check did not run.
        Never raises for odd metric values: they are "unknown"."""
        if result is None:
            return [0] * len(self.widths())
        out = [self._main_index(result)]
        metrics = result.metrics
        for cf, _ in self.fields:
            if isinstance(cf, Flags):
                for name in cf.findings:
                    out.append(int(result.has(f"{self.check_id}.{name}")))
            elif isinstance(cf, Buckets):
                edges = resolved_edges(cf, section)
                value = number(metrics.get(cf.metric))
                out.append(0 if edges is None or value is None else 1 + bisect_right(edges, value))
            else:
                raw = metrics.get(cf.metric)
                out.append(cf.values.index(raw) + 1 if isinstance(raw, str) and raw in cf.values
                           else 0)
        return out

    def _main_index(self, result: CheckResult) -> int:
        main = main_finding(result.findings)
        if main is not None and main.level is result.status and main.id in self.main:
            try:
                spec_level = self.descriptor.spec(main.id).level
            except KeyError:
                spec_level = None
            # A finding raised to another level than its spec's would decode to the wrong
            # status: the status itself is what the agent must see.
            if spec_level is main.level:
                return self.main.index(main.id)
        return STATUS_VALUES.index(result.status.value)

    # -- reading -----------------------------------------------------------------------------
    def read(self, values: Sequence[int], section: Mapping[str, Any]) -> CheckSlice | None:
        """The check's facts from its field values; None when a value is impossible (not a
        code this layout wrote)."""
        main_index, rest = values[0], list(values[1:])
        if main_index >= len(self.main):
            return None
        main = self.main[main_index]
        findings: list[Finding] = []
        if main_index < len(STATUS_VALUES):
            status = main
        else:
            level = self.descriptor.spec(main).level
            status = level.value
            findings.append(Finding(main, level))
        fields: list[DecodedField] = []
        for cf, _ in self.fields:
            if isinstance(cf, Flags):
                for name in cf.findings:
                    if rest.pop(0):
                        fid = f"{self.check_id}.{name}"
                        if all(f.id != fid for f in findings):
                            findings.append(Finding(fid, self.descriptor.spec(fid).level))
                continue
            index = rest.pop(0)
            if isinstance(cf, Buckets):
                if index >= cf.size:
                    return None
                edges = resolved_edges(cf, section) if index else ()
                if edges is None:
                    edges, index = (), 0
                value, words = range_label(index, edges, cf.unit)
            else:
                if index > len(cf.values):
                    return None
                value, words = _choice_label(cf, index)
            fields.append(DecodedField(self.check_id, cf.name, cf.label, value, words))
        if status == NOT_RUN and (findings or any(f.known for f in fields)):
            return None  # a check that did not run has nothing else to say
        return CheckSlice(status, tuple(findings), tuple(fields))

    def widths(self) -> list[int]:
        out = [self.main_bits]
        for cf, bits in self.fields:
            out.extend([1] * bits if isinstance(cf, Flags) else [bits])
        return out


def _choice_label(cf: Choice, index: int) -> tuple[str, str]:
    if index == 0:
        return UNKNOWN, tr(tr_noop("unknown"))
    value = cf.values[index - 1]
    words = cf.words.get(value)
    return value, tr(words) if words else value


@dataclass(frozen=True)
class Layout:
    """A format's layout for a set of descriptors (format 3's unless told otherwise)."""

    checks: tuple[CheckLayout, ...]
    format_version: int = FORMAT_VERSION
    payload_bits: int = PAYLOAD_BITS

    @property
    def bits(self) -> int:
        return HEADER_BITS + sum(c.bits for c in self.checks)

    def check(self, check_id: str) -> CheckLayout | None:
        return next((c for c in self.checks if c.check_id == check_id), None)

    def require_fit(self) -> None:
        if self.bits <= self.payload_bits:
            return
        parts = ", ".join(f"{c.check_id} {c.bits}" for c in self.checks)
        raise CodeLayoutError(
            f"The registered checks need {self.bits} bits but a support code holds "
            f"{self.payload_bits} ({HEADER_BITS} for the header; {parts}). Trim a check's "
            "code_fields or findings (docs/support.md gives each check's budget)."
        )


def check_layout(descriptor: Descriptor) -> CheckLayout:
    main = (
        *STATUS_VALUES,
        *(f"{ENGINE}.{name}" for name in ENGINE_FINDINGS),
        *(f"{descriptor.id}.{spec.name}" for spec in descriptor.findings
          if spec.level is not Status.PASS),
    )
    fields = tuple((cf, field_bits(cf)) for cf in descriptor.code_fields)
    return CheckLayout(descriptor, main, fields)


def layout_of(registry: Registry | None = None) -> Layout:
    from preflight.engine.registry import default_registry

    reg = registry if registry is not None else default_registry()
    return Layout(tuple(check_layout(d) for d in reg.descriptors()))


# -- the layout table (docs/support.md) -------------------------------------------------------


def _edge_words(cf: Buckets, section: Mapping[str, Any]) -> str:
    shown = []
    for edge in cf.edges:
        if isinstance(edge, str):
            value = number(section.get(edge))
            shown.append(f"`{edge}` ({number_text(value)})" if value is not None else f"`{edge}`")
        else:
            shown.append(number_text(edge))
    return ", ".join(shown)


def layout_table(config: Config, registry: Registry | None = None) -> str:
    """The format-3 layout of the registered checks as a Markdown table, then each check's
    bit count (what docs/support.md shows)."""
    layout = layout_of(registry)
    rows = [
        "| Field | Bits | Values (index 0 first) |",
        "|---|---|---|",
        f"| format version | {VERSION_BITS} | {FORMAT_VERSION} |",
        f"| app version | {APP_BITS} | unknown, then 0.0 to 0.3, 0.4 or later, 1.0 to 1.3, "
        "1.4 or later, 2.0 to 2.3, 2.4 or later |",
        f"| run stopped | {CANCELLED_BITS} | no, yes |",
    ]
    for c in layout.checks:
        cid = c.check_id
        main = ", ".join(v if "." in v else v.replace("_", " ") for v in c.main)
        rows.append(f"| `{cid}` main finding | {c.main_bits} | {main} |")
        section = config.section(cid)
        for cf, bits in c.fields:
            if isinstance(cf, Flags):
                values = "1 bit each: " + ", ".join(f"{cid}.{n}" for n in cf.findings)
                rows.append(f"| `{cid}` {cf.name} | {bits} | {values} |")
            elif isinstance(cf, Buckets):
                values = f"unknown, then split at {_edge_words(cf, section)} {cf.unit}"
                rows.append(f"| `{cid}` {cf.label} (`{cf.metric}`) | {bits} | {values} |")
            else:
                values = "unknown, " + ", ".join(cf.values)
                rows.append(f"| `{cid}` {cf.label} (`{cf.metric}`) | {bits} | {values} |")
    free = PAYLOAD_BITS - layout.bits
    rows.append(f"| zero padding | {max(0, free)} | 0 |")
    budget = [
        "",
        "| Check | Main | Fields | Total |",
        "|---|---|---|---|",
        *(f"| `{c.check_id}` | {c.main_bits} | {c.field_bits} | {c.bits} |" for c in layout.checks),
        f"| header | | | {HEADER_BITS} |",
        f"| **all** | | | **{layout.bits} of {PAYLOAD_BITS}** |",
    ]
    return "\n".join(rows + budget) + "\n"


def main() -> None:
    from preflight.config import load_config

    print(layout_table(load_config()), end="")


if __name__ == "__main__":
    main()
