"""Configuration: the default organisation profile plus an organisation's overrides.

The default TOML in resources/ *is* the schema: an override may only name keys that exist
there, with values of the same type, in the range the key's name implies (see the header of
resources/preflight.toml). TOML is data, never code, so a config file cannot run anything.

A check whose section is not in that file (a plug-in's, or a test's, registered with
`Registry.add`) brings its own: its descriptor's `config_defaults` is the TOML of its
`[<check id>]` section, merged into the schema, so its thresholds are validated and overridden
like every other (`schema()`); its deadline becomes `[deadlines] <check id>_s` likewise.
"""

from __future__ import annotations

import copy
import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from preflight.resources import resource_path

if TYPE_CHECKING:
    from preflight.engine.findings import Descriptor
    from preflight.engine.registry import Registry

ENV_VAR = "PREFLIGHT_CONFIG"
DEFAULT_FILE = "preflight.toml"

# Ranges implied by a key's suffix: (minimum, maximum, minimum is exclusive).
_SUFFIX_RANGES: list[tuple[str, float, float, bool]] = [
    ("_percent", 0.0, 100.0, False),
    ("_pct", 0.0, 100.0, False),
    ("_fraction", 0.0, 1.0, False),
    ("_dbfs", -150.0, 0.0, False),
    ("_s", 0.0, 600.0, True),
]
# Lists of tables whose items must have exactly these string keys.
_TABLE_LISTS: dict[str, set[str]] = {
    "help.numbers": {"label", "phone"},
    "help.faq": {"question", "answer"},
}
# Texts that must be one of a few words.
# Any key ending in "url" ([portal].url, [visit].join_url, [network].captive_portal_url): a
# link the window opens or the network check fetches, so only a web address with a host.
_WEB_ADDRESS = re.compile(r"https?://[^\s/?#]+[^\s]*\Z", re.IGNORECASE)
_CHOICES: dict[str, tuple[str, ...]] = {
    "report.page_size": ("auto", "letter", "a4"),
    # preflight.checks.network.providers.SERVER_KINDS (no import: config loads first)
    "bandwidth.speedtest_server_kind": ("auto", "ookla", "librespeed"),
}
# preflight.checks.network.providers.PROVIDER_NAMES
_BANDWIDTH_PROVIDERS = ("speedtest", "cloudflare")


@dataclass(frozen=True)
class TurnUrl:
    """One `turn:` / `turns:` URL (RFC 7065), as the `network` check's relay test uses it.
    `transport` is how we reach the relay: "udp", "tcp" or "tls" (`turns:` over TCP)."""

    url: str
    host: str
    port: int
    transport: str


_TURN_URL = re.compile(
    r"^(?P<scheme>turns?):(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(?P<port>\d{1,5}))?"
    r"(?:\?transport=(?P<transport>[A-Za-z]+))?$"
)


def parse_turn_url(text: str) -> TurnUrl:
    """A TURN URL checked against RFC 7065's grammar; ValueError with the plain problem.
    Default ports 3478 (turn:) and 5349 (turns:); default transport UDP for turn:, TCP for
    turns:. DTLS (`turns:` with transport=udp) is refused: aioice's client has no DTLS."""
    match = _TURN_URL.match(text.strip())
    if not match:
        raise ValueError(
            f'"{text}" is not a TURN address; write it like '
            '"turn:turn.example.org:3478?transport=udp" or '
            '"turns:turn.example.org:443?transport=tcp"'
        )
    scheme, host = match["scheme"], match["host"].strip("[]")
    transport = (match["transport"] or ("tcp" if scheme == "turns" else "udp")).lower()
    if transport not in ("udp", "tcp"):
        raise ValueError(f'"{text}": transport must be udp or tcp, not "{transport}"')
    if scheme == "turns" and transport == "udp":
        raise ValueError(f'"{text}": TURN over DTLS is not supported; use transport=tcp')
    port = int(match["port"] or (5349 if scheme == "turns" else 3478))
    if not 0 < port < 65536:
        raise ValueError(f'"{text}": the port must be between 1 and 65535')
    return TurnUrl(text.strip(), host, port, "tls" if scheme == "turns" else transport)


def _https_url_or_empty(text: str) -> None:
    """The TURN credential endpoint: empty (none), or an https:// URL (a credential must not
    travel in clear text)."""
    if text and not re.match(r"^https://[^/\s?#]+", text):
        raise ValueError(f'"{text}" must be an https:// address (or empty)')


def _bandwidth_provider(text: str) -> None:
    if text not in _BANDWIDTH_PROVIDERS:
        words = ", ".join(f'"{word}"' for word in _BANDWIDTH_PROVIDERS)
        raise ValueError(f'"{text}" is not a speed test provider (known: {words})')


# Texts (or each text of a list) that must parse: the rule raises ValueError with the problem.
_TEXT_RULES: dict[str, Any] = {
    "bandwidth.providers": _bandwidth_provider,
    "network.turn_servers": parse_turn_url,
    "network.turn_credential_url": _https_url_or_empty,
}


def _combination_problem(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """Settings that only make sense together, judged on the merged configuration: (key,
    problem) or None. A relay test needs a sign-in: a username and credential, or the
    organisation's credential service."""
    bandwidth = data.get("bandwidth")
    if isinstance(bandwidth, Mapping):
        names = bandwidth.get("providers")
        if isinstance(names, list) and not names:
            return "bandwidth.providers", 'needs at least one provider, such as ["speedtest"]'
        if isinstance(names, list) and len(set(names)) != len(names):
            return "bandwidth.providers", "names a provider twice"
        if isinstance(names, list) and "cloudflare" in names and not bandwidth.get(
                "cloudflare_url"):
            return "bandwidth.cloudflare_url", 'the "cloudflare" provider needs its address'
    network = data.get("network")
    if not isinstance(network, Mapping):
        return None
    user, secret = network.get("turn_username", ""), network.get("turn_credential", "")
    if bool(user) != bool(secret):
        missing = "network.turn_credential" if user else "network.turn_username"
        return missing, "turn_username and turn_credential are set together (one is empty)"
    if network.get("turn_servers") and not user and not network.get("turn_credential_url"):
        return ("network.turn_servers",
                "a TURN relay needs turn_username and turn_credential, or turn_credential_url")
    return None


class ConfigError(Exception):
    """A configuration file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path: Path | str, problem: str, key: str = "", line: int | None = None):
        self.path, self.problem, self.key, self.line = str(path), problem, key, line
        where = self.path
        if line is not None:
            where += f", line {line}"
        what = f"{key}: " if key else ""
        # One line whatever the file holds: TOML's quoted keys and strings may contain
        # newlines and other control characters, shown escaped.
        message = f"Configuration file {where}: {what}{problem}"
        super().__init__(re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m[0]):02x}", message))


@dataclass(frozen=True)
class Config:
    """Read-only merged configuration. `get("system.cpu_busy_percent")` or `section("system")`."""

    data: Mapping[str, Any]
    sources: tuple[str, ...] = ()

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return default
            node = node[part]
        return node

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        return self.section(name)

    @property
    def hotline(self) -> Mapping[str, Any]:
        return self.section("hotline")

    @property
    def organisation_name(self) -> str:
        return str(self.get("organisation.name", ""))

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "<overrides>") -> Config:
        """A copy with `overrides` (a nested dict) validated and merged in; used by tests too."""
        _validate(overrides, self.data, Path(source), "")
        merged = _merge(self.data, overrides)
        problem = _combination_problem(merged)
        if problem is not None:
            raise ConfigError(source, problem[1], problem[0])
        return Config(merged, (*self.sources, source))


def default_config_path() -> Path:
    return resource_path(DEFAULT_FILE)


def user_config_path() -> Path:
    """`config.toml` in the user's config folder (platformdirs), which may not exist."""
    from platformdirs import user_config_dir  # small, but only needed here

    return Path(user_config_dir("preflight", appauthor=False)) / "config.toml"


def load_config(
    explicit: str | os.PathLike[str] | None = None, *, registry: Registry | None = None
) -> Config:
    """Defaults, then the user config file, then $PREFLIGHT_CONFIG, then `explicit`.

    The defaults are `schema(registry)`: the default profile plus the sections the registry's
    checks declare (the default registry when None; reading descriptors is cheap, no check
    class is imported). Raises ConfigError naming the file, the key and the line for any
    problem.
    """
    config = Config(schema(registry), (str(default_config_path()),))
    layers: list[Path] = []
    user_path = user_config_path()
    if user_path.is_file():
        layers.append(user_path)
    if os.environ.get(ENV_VAR):
        layers.append(Path(os.environ[ENV_VAR]))
    if explicit is not None:
        layers.append(Path(explicit))
    for path in layers:
        overrides = _read_toml(path)
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            _validate(overrides, config.data, path, "")
        except ConfigError as exc:
            raise ConfigError(path, exc.problem, exc.key, _find_line(text, exc.key)) from None
        config = Config(_merge(config.data, overrides), (*config.sources, str(path)))
    problem = _combination_problem(config.data)
    if problem is not None:  # named in the last file that set one of the two keys, if any
        key, text = problem
        for path in reversed(layers):
            line = _find_line(path.read_text(encoding="utf-8", errors="replace"), key)
            if line is not None:
                raise ConfigError(path, text, key, line)
        raise ConfigError(layers[-1] if layers else default_config_path(), text, key)
    return config


def schema(registry: Registry | None = None) -> dict[str, Any]:
    """The default profile plus every registered check's own section and deadline (what an
    override is validated against)."""
    default_path = default_config_path()
    try:
        data = _read_toml(default_path)
    except ConfigError as exc:  # a damaged installation, not the user's fault
        problem = f"Preflight's own defaults are damaged ({exc.problem})"
        raise ConfigError(default_path, problem) from None
    if registry is None:
        from preflight.engine.registry import default_registry

        registry = default_registry()
    return with_check_sections(data, registry.descriptors())


def with_check_sections(
    data: Mapping[str, Any], descriptors: Iterable[Descriptor]
) -> dict[str, Any]:
    """`data` plus, for each check, the section its descriptor's `config_defaults` declares
    (when `data` has no section of that name: the default profile's words win) and
    `deadlines.<id>_s` (when missing) from the descriptor's deadline."""
    merged = copy.deepcopy(dict(data))
    deadlines = merged.setdefault("deadlines", {})
    for descriptor in descriptors:
        if descriptor.config_defaults and descriptor.id not in merged:
            merged[descriptor.id] = check_defaults(descriptor)
        if isinstance(deadlines, dict):
            deadlines.setdefault(f"{descriptor.id}_s", float(descriptor.deadline_s))
    return merged


def check_defaults(descriptor: Descriptor) -> dict[str, Any]:
    """A check's `config_defaults` (the keys of its section, as TOML) read and checked.

    A mistake there is the check's author's: the message names the check and the line in its
    `config_defaults`, and the defaults must already obey the ranges their names imply."""
    where = f"<the {descriptor.id} check's config_defaults>"
    section = _parse_toml(descriptor.config_defaults, where)
    try:
        _validate(section, section, Path(where), "")
    except ConfigError as exc:
        line = _find_line(descriptor.config_defaults, exc.key)
        raise ConfigError(where, exc.problem, exc.key, line) from None
    return section


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise ConfigError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, "is not UTF-8 text") from None
    return _parse_toml(text, path)


def _parse_toml(text: str, path: Path | str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends "(at line L, column C)"; keep the line, reword the rest.
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(match.group(1)) if match else None
        msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise ConfigError(path, f"not valid TOML ({msg})", line=line) from None
    except RecursionError:  # tomllib recurses per nested array or table (fuzzing found it)
        raise ConfigError(path, "not valid TOML (nested too deeply)") from None


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text in quotes"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _validate(
    overrides: Mapping[str, Any], schema: Mapping[str, Any], path: Path, prefix: str
) -> None:
    for key, value in overrides.items():
        dotted = f"{prefix}{key}"
        if key not in schema:
            known = (
                ", ".join(sorted(schema)) if len(schema) <= 12 else "see resources/preflight.toml"
            )
            hint = _nearest(key, schema, prefix)
            also = f"; did you mean {hint}?" if hint else ""
            raise ConfigError(path, f"unknown setting (known here: {known}){also}", dotted)
        expected = schema[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise ConfigError(path, "must be a table ([section])", dotted)
            _validate(value, expected, path, dotted + ".")
            continue
        _validate_value(dotted, key, value, expected, path)


def _nearest(key: str, schema: Mapping[str, Any], prefix: str) -> str | None:
    """The known name nearest to a mistyped one, as it is written in a file: `[organisation]`
    for a section (`[help.numbers]` for a table inside one), `uptime_max_days` for a key."""
    names = {name.casefold(): name for name in schema}
    match = difflib.get_close_matches(key.casefold(), list(names), n=1, cutoff=0.6)
    if not match:
        return None
    name = names[match[0]]
    return f"[{prefix}{name}]" if isinstance(schema[name], dict) else name


def _validate_value(dotted: str, key: str, value: Any, expected: Any, path: Path) -> None:
    if isinstance(expected, bool):
        ok = isinstance(value, bool)
    elif isinstance(expected, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(expected, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, type(expected))
    if not ok:
        whole = isinstance(expected, int) and not isinstance(expected, bool)
        want = "a whole number" if whole else _type_name(expected)
        raise ConfigError(path, f"must be {want}, not {_type_name(value)}", dotted)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ConfigError(path, "must be a finite number", dotted)
        # A number whose name implies no range is 0 or more, unless its default is negative:
        # then negatives mean something (a check's UTC offset, say) and any number will do.
        low = float("-inf") if expected < 0 else 0.0
        high, exclusive = float("inf"), False
        for suffix, lo, hi, excl in _SUFFIX_RANGES:
            if key.endswith(suffix):
                low, high, exclusive = lo, hi, excl
                break
        if value > high or value < low or (exclusive and value == low):
            bound = f"more than {low:g}" if exclusive else f"at least {low:g}"
            rng = bound if high == float("inf") else f"{bound} and at most {high:g}"
            raise ConfigError(path, f"{value!r} is out of range (must be {rng})", dotted)
    if key.endswith("url") and isinstance(value, str) and value and not _WEB_ADDRESS.match(value):
        raise ConfigError(path, f'must be a web address starting with https:// or http:// '
                          f'(or "" for none), not "{value}"', dotted)
    if dotted in _CHOICES and value not in _CHOICES[dotted]:
        words = ", ".join(f'"{word}"' for word in _CHOICES[dotted])
        raise ConfigError(path, f'must be one of {words}, not "{value}"', dotted)
    if dotted in _TEXT_RULES:
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                raise ConfigError(path, "must be a list of texts in quotes", dotted)
            try:
                _TEXT_RULES[dotted](text)
            except ValueError as exc:
                raise ConfigError(path, str(exc), dotted) from None
    if isinstance(value, list):
        if dotted in _TABLE_LISTS:
            keys = _TABLE_LISTS[dotted]
            for item in value:
                if not isinstance(item, dict) or set(item) != keys:
                    shape = ", ".join(f'{k} = "..."' for k in sorted(keys))
                    raise ConfigError(path, f"each item must be {{ {shape} }}", dotted)
                if not all(isinstance(v, str) for v in item.values()):
                    raise ConfigError(path, "each item's values must be text in quotes", dotted)
        elif not all(isinstance(v, str) for v in value):
            raise ConfigError(path, "must be a list of texts in quotes", dotted)


def _merge(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(dict(base))
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _find_line(text: str, dotted: str) -> int | None:
    """The line where `dotted` is set, for error messages; best effort (tomllib keeps no lines)."""
    if not dotted:
        return None
    *table, leaf = dotted.split(".")
    current: list[str] = []
    header = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
    assign = re.compile(r"^\s*([A-Za-z0-9_.\"' -]+?)\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        m = header.match(line)
        if m:
            current = [p.strip().strip('"') for p in m.group(1).split(".")]
            if current == [*table, leaf]:
                return number
            continue
        m = assign.match(line)
        if m:
            keys = [p.strip().strip('"') for p in m.group(1).split(".")]
            if current + keys == [*table, leaf] or (current + keys)[: len(table) + 1] == [
                *table,
                leaf,
            ]:
                return number
    return None


def iter_keys(data: Mapping[str, Any], prefix: str = "") -> Iterator[str]:
    """Every leaf key, dotted (used to document and test the schema)."""
    for key, value in data.items():
        if isinstance(value, dict):
            yield from iter_keys(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}"
