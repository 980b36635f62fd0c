"""Bad input never crashes Preflight: malformed configuration files and support codes, fuzzed
with hypothesis through the real command line in process (`preflight.cli.main`). Always exit 2
with one plain line on stderr, never a traceback (docs/robustness.md)."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from preflight.config import ConfigError, default_config_path, load_config

pytestmark = pytest.mark.timeout(600)

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def run_main(argv: list[str]) -> tuple[int, str, str]:
    from preflight.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)  # any exception escaping here fails the test with its traceback
    return code, out.getvalue(), err.getvalue()


def assert_one_line_usage_error(code: int, stdout: str, stderr: str) -> str:
    assert code == 2, (code, stdout, stderr)
    assert "Traceback" not in stderr and "Traceback" not in stdout
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1 and lines[0].startswith("preflight: "), stderr
    assert len(lines[0]) < 600, "a message, not a dump"
    return lines[0]


# -- configuration ------------------------------------------------------------------------------

_SCHEMA = load_config().data
_KEYS = [(section, key) for section, values in _SCHEMA.items() for key in values]

toml_scalars = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(
        lambda f: {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(repr(f), repr(f))
    ),
    st.sampled_from(["1e400", "-0.0", "true", "false", "1979-05-27T07:32:00Z", "07:32:00",
                     "0x7fffffff", "0o777", "0b1", "''", '""', "'''x'''", '"\\u0000"']),
    st.text(max_size=40).map(json.dumps),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), inner, max_size=3).map(
            lambda d: "{" + ", ".join(f"{k} = {v}" for k, v in d.items()) + "}"
        ),
    ),
    max_leaves=8,
)
names = st.one_of(
    st.sampled_from(sorted(_SCHEMA)),
    st.text(max_size=12).map(json.dumps),  # quoted keys may hold any character
)


@st.composite
def schema_edits(draw: st.DrawFn) -> str:
    """Valid TOML that breaks the schema: a known key with another value, or unknown names."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            section, key = draw(st.sampled_from(_KEYS))
        else:
            section, key = draw(names), draw(names)
        lines.append(f"[{section}]\n{key} = {draw(toml_values)}")
    return "\n".join(lines)


def _valid_text() -> str:
    return default_config_path().read_text(encoding="utf-8")


@st.composite
def damaged_defaults(draw: st.DrawFn) -> str:
    """The default file with a slice cut out, replaced or doubled: real-looking damage."""
    text = _valid_text()
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start, min(len(text), start + 80)))
    middle = draw(st.one_of(st.just(""), st.text(max_size=20), st.just(text[start:end] * 2)))
    return text[:start] + middle + text[end:]


def _check_config_text(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "org.toml"
        path.write_bytes(data)
        try:
            load_config(path)
            valid = True
        except ConfigError:
            valid = False
        # Any other exception from load_config escapes here: that is a bug the fuzz found.
        # An unknown check id makes `check` stop right after loading the configuration.
        code, stdout, stderr = run_main(["check", "--only", "nosuch", "--config", str(path)])
    line = assert_one_line_usage_error(code, stdout, stderr)
    if valid:
        assert "unknown check" in line, line
    else:
        assert line.startswith("preflight: Configuration file "), line


@FUZZ
@given(schema_edits())
@example("[network]\ndns_names = " + "[" * 50 + "1" + "]" * 50)
@example('[system]\ncpu_busy_percent = nan')
@example('[deadlines]\ncamera_s = inf')
@example('["hotline\\nfoo"]\n"a\\nb" = 1')
def test_config_that_breaks_the_schema(text):
    _check_config_text(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.one_of(st.text(max_size=300), damaged_defaults()))
@example("import os\nos.system('touch /tmp/pwned')\n")
@example("[organisation]\nname = __import__('os').getcwd()\n")
def test_config_text_of_any_kind(text):
    _check_config_text(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=300))
@example(b"\xff\xfe[\x00s\x00]\x00")
@example(b"[organisation]\nname = \"\xe9\"\n")
def test_config_bytes_of_any_kind(data):
    _check_config_text(data)


def test_deep_nesting_is_a_message_not_a_crash():
    _check_config_text(b"[network]\ndns_names = " + b"[" * 5000 + b"]" * 5000 + b"\n")


def test_config_path_that_is_a_folder_or_missing(tmp_path):
    for path in (tmp_path, tmp_path / "missing.toml"):
        code, stdout, stderr = run_main(["check", "--only", "nosuch", "--config", str(path)])
        line = assert_one_line_usage_error(code, stdout, stderr)
        assert line.startswith("preflight: Configuration file "), line


# -- support codes ------------------------------------------------------------------------------


def _real_code() -> str:
    from preflight.support.code import encode_report
    from tests.support.helpers import MIXED, make_report

    return encode_report(make_report(load_config(), MIXED))


REAL_CODE = _real_code()


@st.composite
def damaged_codes(draw: st.DrawFn) -> str:
    """A real support code misheard: characters dropped, changed, swapped or added."""
    chars = list(REAL_CODE)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(chars) - 1))
        op = draw(st.sampled_from(["drop", "change", "swap", "add"]))
        if op == "drop" and len(chars) > 1:
            chars.pop(i)
        elif op == "change":
            chars[i] = draw(st.characters(min_codepoint=32, max_codepoint=0x2FFF))
        elif op == "swap" and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars.insert(i, draw(st.sampled_from("0123456789ABCDEFGHJKMNPQRSTVWXYZ-  ")))
    return "".join(chars)


def test_the_real_code_decodes():
    code, stdout, stderr = run_main(["decode", REAL_CODE])
    assert code == 0, stderr
    assert stdout.strip()


@FUZZ
@given(st.one_of(st.text(min_size=1, max_size=80), damaged_codes()))
@example("\x00")
@example("-" * 500)
@example("9" * 5000)
@example("ZZZZ-ZZZZ-ZZZZ-ZZZZ")
def test_support_code_of_any_kind(text):
    assume(text.strip() and not text.startswith("-"))  # argparse reads "-x" as an option
    code, stdout, stderr = run_main(["decode", text])
    if code == 0:  # a misheard code can still be a valid one (its check digits match)
        assert stdout.strip() and not stderr.strip(), stderr
        return
    assert_one_line_usage_error(code, stdout, stderr)


@FUZZ
@given(damaged_codes())
def test_support_code_as_json(text):
    assume(not text.startswith("-"))
    code, stdout, stderr = run_main(["decode", "--json", text])
    if code == 0:
        json.loads(stdout)
        return
    assert_one_line_usage_error(code, stdout, stderr)
    assert not stdout.strip()
