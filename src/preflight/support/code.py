"""The support code: a run's essentials in 28 characters a caller can read aloud over the phone.

124 payload bits, then a CRC-16 of the payload: 140 bits = 28 Crockford base32 characters,
shown in 7 groups of 4. Format 3's payload is built from the registered checks' descriptors
(`preflight.support.code_layout`): each check's main finding and its own code fields, in
registry order. Codes of format 2 (20 characters, the same shape in 84 bits; its layout
frozen in `preflight.support.code_v2`) and format 1 (`preflight.support.code_v1`) are still
read. All decode into one `DecodedCode` (`preflight.support.decoded`); docs/support.md has the
layouts.

Why CRC-16 (CCITT polynomial 0x1021, stdlib `binascii.crc_hqx`) and not a base32 check
character: one character carries 5 bits, so a mistyped character changes at most 5 adjacent
bits and swapping two neighbouring characters at most 10; a CRC of degree 16 detects *every*
error burst of up to 16 bits, so both are always caught. Its (x+1) factor also catches every
odd number of flipped bits, and any other mistake slips through with odds of 1 in 65,536.
A single mod-37 check character (Crockford's own) would have caught substitutions but let one
in 37 other errors through. Hand-written packing because no maintained library packs
bit fields into Crockford base32 with a CRC; the code is small and fully property-tested.

Every format keeps two things fixed so an old Preflight can recognise a newer code: the first
3 bits are the format version and the last 16 bits are the CRC-16 of everything before them
(left-padded with zero bits to whole bytes, initial value 0xFFFF).

Privacy: only statuses, finding ids and coarse buckets go in; no names, addresses, device
names or serials.
"""

from __future__ import annotations

import binascii
import json
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from preflight import __version__
from preflight.engine.registry import default_registry
from preflight.i18n import tr, tr_noop
from preflight.support.code_layout import (
    APP_BITS,
    CANCELLED_BITS,
    FORMAT_VERSION,
    HEADER_BITS,
    PAYLOAD_BITS,
    VERSION_BITS,
    CheckSlice,
    CodeLayoutError,
    Layout,
    app_family,
    app_index,
    layout_of,
)
from preflight.support.code_v1 import decode_v1
from preflight.support.code_v2 import layout_v2
from preflight.support.decoded import DecodedCode, SupportCodeError

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.registry import Registry
    from preflight.engine.report import RunReport
    from preflight.engine.result import CheckResult

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_ALIASES = {"I": "1", "L": "1", "O": "0"}
CODE_LENGTH = 28  # characters of a format-3 code, without the dashes
OLD_LENGTH = 20  # formats 1 and 2 (84 payload bits), still read
GROUP = 4
_CRC_BITS = 16
_OLD_PAYLOAD_BITS = OLD_LENGTH * 5 - _CRC_BITS
assert PAYLOAD_BITS + _CRC_BITS == CODE_LENGTH * 5

TYPO_MESSAGE = tr_noop("This code has a typo — ask the caller to read it again.")
_NOT_OURS = tr_noop("This is not a Preflight support code. Ask the caller to read it again.")


# -- writing -----------------------------------------------------------------------------------


def _values(report: RunReport, layout: Layout) -> list[tuple[int, int]]:
    """(value, bits) of every payload field, most significant first, padding included."""
    by_id: dict[str, CheckResult] = {}
    for result in report.results:
        by_id.setdefault(result.id, result)  # the first result of a check counts
    out = [
        (layout.format_version, VERSION_BITS),
        (app_index(report.app_version), APP_BITS),
        (int(bool(report.cancelled)), CANCELLED_BITS),
    ]
    for check in layout.checks:
        section = report.config.section(check.check_id) if report.config is not None else {}
        values = check.values(by_id.get(check.check_id), section)
        out.extend(zip(values, check.widths(), strict=True))
    out.append((0, layout.payload_bits - layout.bits))
    return out


def _crc(payload: int, bits: int) -> int:
    return binascii.crc_hqx(payload.to_bytes((bits + 7) // 8, "big"), 0xFFFF)


def _group(text: str) -> str:
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def encode_report(report: RunReport, registry: Registry | None = None) -> str:
    """The support code for a finished run, e.g. "CG5Y-3051-18FW-GG2J-0000-0000-0TBP".

    Never raises for odd metric values (they encode as "unknown"): it is called at the end of
    every run, and a support code is worth more than a crash. Raises CodeLayoutError when the
    registered checks need more bits than a code holds (a check's author must trim them).
    """
    layout = layout_of(registry)
    layout.require_fit()
    payload = 0
    for value, bits in _values(report, layout):
        payload = (payload << bits) | value
    number = (payload << _CRC_BITS) | _crc(payload, PAYLOAD_BITS)
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    return _group("".join(chars))


def summarise_report(
    report: RunReport, config: Config | None = None, registry: Registry | None = None
) -> DecodedCode:
    """What the support code of `report` carries: the same as decoding it (tests compare)."""
    layout = layout_of(registry)
    layout.require_fit()
    fields = _values(report, layout)
    payload = 0
    for value, bits in fields:
        payload = (payload << bits) | value
    return _decode_layout(payload, "", config or report.config,
                          registry or default_registry(), layout)


# -- reading -----------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.]+")


def normalise_code(code: str) -> str:
    """Upper case, separators removed, Crockford's look-alikes (I, L -> 1; O -> 0) mapped."""
    if not isinstance(code, str):
        raise SupportCodeError(tr("Please enter the support code."))
    text = _SEPARATORS.sub("", code).upper()
    if not text:
        raise SupportCodeError(tr("Please enter the support code."))
    out = []
    for ch in text:
        ch = _ALIASES.get(ch, ch)
        if ch not in ALPHABET:
            shown = ch if ch.isprintable() else "?"
            raise SupportCodeError(tr(
                "Support codes never contain “{character}”: ask the caller to read the code "
                "again.", character=shown))
        out.append(ch)
    return "".join(out)


def _number(text: str) -> int:
    number = 0
    for ch in text:
        number = (number << 5) | ALPHABET.index(ch)
    return number


def _check_newer(text: str) -> None:
    """A code of another length whose checksum holds may come from a newer Preflight."""
    bits = 5 * len(text)
    if bits <= _CRC_BITS + VERSION_BITS:
        return
    number = _number(text)
    payload_bits = bits - _CRC_BITS
    payload, crc = number >> _CRC_BITS, number & 0xFFFF
    version = payload >> (payload_bits - VERSION_BITS)
    if _crc(payload, payload_bits) == crc and version > FORMAT_VERSION:
        raise SupportCodeError(_newer_message(version))


def _newer_message(version: int) -> str:
    return tr(
        "This code comes from a newer version of Preflight (code format {version}). Update "
        "Preflight on this computer to read it, or ask the caller to send the report.",
        version=version,
    )


def decode_code(
    code: str, config: Config | None = None, registry: Registry | None = None
) -> DecodedCode:
    """Read a code as typed by an agent. Raises SupportCodeError (and nothing else) with a
    sentence for the agent when the code is mistyped, incomplete, from a newer format, or
    made by a Preflight whose checks differ from this one's.

    `config` is the agent's configuration (it words the advice and the buckets; default:
    `load_config()`), `registry` the checks to read format 2 with (default: the built-in
    registry).
    """
    text = normalise_code(code)
    if len(text) not in (CODE_LENGTH, OLD_LENGTH):
        _check_newer(text)
        if len(text) < CODE_LENGTH:
            raise SupportCodeError(tr(
                "This code is too short: it has {count} of {length} characters. Ask the "
                "caller to read it again.", count=len(text), length=CODE_LENGTH))
        raise SupportCodeError(tr(
            "This code is too long: it has {count} characters, support codes have {length}. "
            "Ask the caller to read it again.", count=len(text), length=CODE_LENGTH))
    payload_bits = PAYLOAD_BITS if len(text) == CODE_LENGTH else _OLD_PAYLOAD_BITS
    number = _number(text)
    payload, crc = number >> _CRC_BITS, number & 0xFFFF
    if _crc(payload, payload_bits) != crc:
        raise SupportCodeError(tr(TYPO_MESSAGE))
    version = payload >> (payload_bits - VERSION_BITS)
    if version > FORMAT_VERSION:
        raise SupportCodeError(_newer_message(version))
    # Version 0 was never issued; formats 1 and 2 have 20 characters, format 3 has 28.
    if version == 0 or (version == FORMAT_VERSION) != (payload_bits == PAYLOAD_BITS):
        raise SupportCodeError(tr(_NOT_OURS))
    if config is None:
        from preflight.config import load_config

        config = load_config()
    reg = registry if registry is not None else default_registry()
    grouped = _group(text)
    if version == 1:
        return decode_v1(payload, grouped, config, reg)
    layout = layout_v2(reg) if version == 2 else layout_of(reg)
    try:
        layout.require_fit()
    except CodeLayoutError as exc:
        raise SupportCodeError(str(exc)) from None
    return _decode_layout(payload, grouped, config, reg, layout)


def _decode_layout(
    payload: int, code: str, config: Config, registry: Registry, layout: Layout
) -> DecodedCode:
    """A payload of format 2 or 3 (its CRC checked), read with that format's layout."""
    shift = layout.payload_bits - HEADER_BITS

    def take(bits: int) -> int:
        nonlocal shift
        shift -= bits
        return (payload >> shift) & ((1 << bits) - 1)

    family = app_family((payload >> (shift + CANCELLED_BITS)) & ((1 << APP_BITS) - 1))
    cancelled = bool((payload >> shift) & 1)
    slices: dict[str, CheckSlice] = {}
    for check in layout.checks:
        read = check.read([take(bits) for bits in check.widths()],
                          config.section(check.check_id))
        if read is None:
            raise _mismatch(family)
        slices[check.check_id] = read
    if payload & ((1 << shift) - 1):  # the padding is zero in every code we write
        raise _mismatch(family)
    return DecodedCode(
        format_version=layout.format_version,
        app_family=family,
        cancelled=cancelled,
        statuses={cid: s.status for cid, s in slices.items()},
        findings={cid: tuple(f.id for f in s.findings) for cid, s in slices.items()},
        fields=tuple(f for s in slices.values() for f in s.fields),
        code=code,
        config=config,
        registry=registry,
    )


def _mismatch(family: str) -> SupportCodeError:
    """Values this Preflight's checks never write: a code from a Preflight with other checks,
    or not a Preflight code at all (a random string passes the CRC 1 time in 65,536)."""
    ours = app_family(app_index(__version__))
    if family != ours:
        return SupportCodeError(tr(
            "This code comes from Preflight {theirs}, whose checks differ from this "
            "Preflight's ({ours}). Ask the caller to send the report instead.",
            theirs=family, ours=ours))
    return SupportCodeError(tr(_NOT_OURS))


def decode_command(code: str, as_json: bool, config: Config | None = None) -> int:
    """`preflight decode CODE`: print the expansion; exit 0, or 2 (one line on stderr) for a
    code that can't be read."""
    from preflight.config import ConfigError, load_config

    try:
        decoded = decode_code(code, config if config is not None else load_config())
    except (SupportCodeError, ConfigError) as exc:
        print(f"preflight: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(decoded.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(decoded.render())
    return 0


__all__: Sequence[str] = (
    "ALPHABET",
    "TYPO_MESSAGE",
    "CodeLayoutError",
    "DecodedCode",
    "SupportCodeError",
    "decode_code",
    "decode_command",
    "encode_report",
    "normalise_code",
    "summarise_report",
)
