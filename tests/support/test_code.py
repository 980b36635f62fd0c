"""The support code: format 3 from descriptors (round trip, facts, bit budget), formats 2 and 1
still read (codes made by their own encoders), typo detection, fuzzed input, advice and the
decode command.

Pure logic on real RunReports made by the real descriptors (whatever checks are registered)
and by small test descriptors in a test Registry; nothing is mocked.
"""

from __future__ import annotations

import binascii
import json
import random
import re
import string
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.checks.system import DESCRIPTOR as SYSTEM
from preflight.checks.system import SystemSnapshot, assess
from preflight.config import load_config
from preflight.engine.findings import (
    ENGINE_FINDINGS,
    Buckets,
    Choice,
    Descriptor,
    FindingSpec,
    Flags,
    engine_finding,
    main_finding,
)
from preflight.engine.present import check_title, status_word, verdict
from preflight.engine.registry import Registry, default_registry
from preflight.engine.report import overall_status, restart_findings
from preflight.engine.result import CheckResult, Finding, Status
from preflight.support.code import (
    ALPHABET,
    TYPO_MESSAGE,
    CodeLayoutError,
    DecodedCode,
    SupportCodeError,
    decode_code,
    decode_command,
    encode_report,
    summarise_report,
)
from preflight.support.code_layout import (
    HEADER_BITS,
    PAYLOAD_BITS,
    STATUS_VALUES,
    layout_of,
    layout_table,
)
from tests.conftest import REPO, cli_env
from tests.support.demo_checks import DEMO, PLUGIN, demo_registry, with_demo_section
from tests.support.helpers import MIXED, MIXED_SYSTEM_FINDINGS, make_report, report_of
from tests.support.v1_vectors import V1_VECTORS
from tests.support.v2_vectors import V2_VECTORS

CONFIG = load_config()
# The sample in docs/support.md: a camera check whose picture was too dark, nothing else run.
SAMPLE_CODE = "CJSY-0000-0000-0000-0000-0000-1ZZC"
DEMO_CONFIG = with_demo_section(CONFIG)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The bits each built-in check may spend on its code_fields (docs/support.md), besides its
# main field of at most 5 bits (at most 21 non-PASS findings). Issue 18's room: network 7 +
# 8 (TURN relay per transport) + 10 (Wi-Fi and VPN); the call-quality check 10.
BUDGETS = {"camera": 6, "microphone": 4, "speaker": 3, "network": 25, "bandwidth": 11,
           "system": 13, "call": 10}


# -- strategies: results the real descriptors (and the demo's) can make ------------------------

odd_values = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**7), 10**7),
    st.booleans(),
    st.text(max_size=6),
)


def _metric_strategies(descriptor: Descriptor, config) -> dict[str, st.SearchStrategy]:
    section = config.section(descriptor.id)
    out: dict[str, st.SearchStrategy] = {}
    for cf in descriptor.code_fields:
        if isinstance(cf, Buckets):
            edges = list(cf.resolved_edges(section))
            out[cf.metric] = st.one_of(st.sampled_from(edges), st.floats(-1e7, 1e7), odd_values)
        elif isinstance(cf, Choice):
            out[cf.metric] = st.one_of(st.sampled_from([*cf.values, "weird"]), odd_values)
    return out


@st.composite
def check_results(draw, descriptor: Descriptor, config) -> CheckResult:
    metrics = draw(st.fixed_dictionaries({}, optional=_metric_strategies(descriptor, config)))
    kind = draw(st.sampled_from(["status", "engine", "findings", "findings", "raised"]))
    if kind == "status" or not descriptor.findings:  # e.g. a preflight.report/1 result
        status = draw(st.sampled_from(list(Status)))
        return CheckResult(descriptor.id, status, "A summary.", (), metrics)
    if kind == "engine":
        name = draw(st.sampled_from(list(ENGINE_FINDINGS)))
        return descriptor.result([engine_finding(name)], **metrics)
    names = draw(st.lists(st.sampled_from([f.name for f in descriptor.findings]), min_size=1,
                          max_size=4, unique=True))
    found = [descriptor.finding(n) for n in names]
    if kind == "raised":  # a finding at another level than its spec's
        i = draw(st.integers(0, len(found) - 1))
        found[i] = descriptor.finding(names[i], level=draw(st.sampled_from(list(Status))))
    return descriptor.result(found, **metrics)


@st.composite
def reports(draw, registry: Registry | None = None, config=CONFIG):
    reg = registry or default_registry()
    results = [draw(check_results(d, config)) for d in reg.descriptors() if draw(st.booleans())]
    if results and draw(st.integers(0, 9)) == 0:
        results.append(CheckResult("not_a_check", Status.FAIL, "From a newer Preflight."))
    version = draw(
        st.one_of(
            st.sampled_from(["0.1.0", "1.12.3", "2.4", "9.0", "", "dev"]),
            st.from_regex(r"\d{1,2}\.\d{1,2}(\.\d)?", fullmatch=True),
        )
    )
    return report_of(results, config, cancelled=draw(st.booleans()), app_version=version)


# -- independent oracles for what a code must say ------------------------------------------------


def expected_findings(descriptor: Descriptor, result: CheckResult) -> tuple[str, ...]:
    """The main finding when it is not PASS and at its spec's level, then each Flags finding."""
    out: list[str] = []
    main = main_finding(result.findings)
    if main is not None and main.level is result.status and main.level is not Status.PASS:
        try:
            if descriptor.spec(main.id).level is main.level:
                out.append(main.id)
        except KeyError:
            pass
    for cf in descriptor.code_fields:
        if isinstance(cf, Flags):
            for name in cf.findings:
                fid = f"{descriptor.id}.{name}"
                if result.has(fid) and fid not in out:
                    out.append(fid)
    return tuple(out)


def _shown(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def expected_label(edges: list[float], unit: str, value) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return "unknown"
    u = unit if unit == "%" else f" {unit}"
    below = [e for e in edges if e <= value]
    if not below:
        return f"under {_shown(edges[0])}{u}"
    if len(below) == len(edges):
        return f"{_shown(edges[-1])}{u} or more"
    return f"{_shown(below[-1])} to {_shown(edges[len(below)])}{u}"


def assert_code_says(report, decoded: DecodedCode, registry: Registry, config) -> None:
    by_id: dict[str, CheckResult] = {}
    for r in report.results:
        by_id.setdefault(r.id, r)
    assert list(decoded.statuses) == registry.ids()
    assert decoded.cancelled == report.cancelled
    # A result of a check this Preflight does not have has no place in the code.
    known = [r for r in report.results if r.id in registry.ids()]
    assert decoded.overall == overall_status(known, report.cancelled)
    for d in registry.descriptors():
        result = by_id.get(d.id)
        assert decoded.statuses[d.id] == (result.status.value if result else "not_run")
        if result is None:
            assert decoded.findings[d.id] == ()
            continue
        assert decoded.findings[d.id] == expected_findings(d, result)
        fields = {f.name: f.value for f in decoded.fields if f.check_id == d.id}
        for cf in d.code_fields:
            raw = result.metrics.get(cf.metric) if not isinstance(cf, Flags) else None
            if isinstance(cf, Buckets):
                edges = list(cf.resolved_edges(config.section(d.id)))
                assert fields[cf.name] == expected_label(edges, cf.unit, raw), (cf.name, raw)
            elif isinstance(cf, Choice):
                assert fields[cf.name] == (raw if raw in cf.values else "unknown")


def _chars(code: str) -> str:
    return code.replace("-", "")


CODE_PATTERN = r"([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}"


# -- format 3: round trip and facts ----------------------------------------------------------


@SETTINGS
@given(reports())
def test_any_report_of_the_real_checks_round_trips(report):
    code = encode_report(report)
    assert re.fullmatch(CODE_PATTERN, code)
    decoded = decode_code(code, CONFIG)
    assert decoded.format_version == 3
    assert decoded == summarise_report(report)
    assert_code_says(report, decoded, default_registry(), CONFIG)
    json.dumps(decoded.to_dict())
    decoded.render()


@SETTINGS
@given(reports(demo_registry(), DEMO_CONFIG))
def test_any_report_of_a_test_registry_round_trips(report):
    registry = demo_registry()
    code = encode_report(report, registry)
    decoded = decode_code(code, DEMO_CONFIG, registry)
    assert decoded == summarise_report(report, DEMO_CONFIG, registry)
    assert_code_says(report, decoded, registry, DEMO_CONFIG)


@SETTINGS
@given(reports(), st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=20)))
def test_extra_metrics_never_change_the_code(report, extra):
    """Names, addresses or serials a check might add (in other metrics) cannot leak in."""
    read = {cf.metric for d in default_registry().descriptors() for cf in d.code_fields
            if not isinstance(cf, Flags)}
    extra = {k: v for k, v in extra.items() if k not in read}
    more = report_of(
        [CheckResult(r.id, r.status, r.summary, r.advice, {**r.metrics, **extra},
                     findings=r.findings) for r in report.results],
        CONFIG, cancelled=report.cancelled, app_version=report.app_version,
    )
    assert encode_report(more) == encode_report(report)


def test_the_system_check_s_own_result_decodes_to_its_findings():
    snap = SystemSnapshot(cpu_percent=90, cpu_count=2, memory_total_gb=8.0,
                          memory_available_gb=0.6, memory_used_percent=92.0, uptime_days=9.5,
                          battery_percent=10, battery_plugged=False)
    result = assess(snap, CONFIG.section("system"))
    assert result.status is Status.WARN
    decoded = decode_code(encode_report(report_of([result], CONFIG)), CONFIG)
    assert decoded.statuses["system"] == "warn"
    assert decoded.findings["system"] == (
        "system.cpu_busy", "system.memory_low", "system.uptime_long", "system.battery_low")
    assert decoded.restart_findings() == [
        "system.cpu_busy", "system.memory_low", "system.uptime_long"]
    assert decoded.buckets["memory_available_gb"] == "0.5 to 1 GB"
    assert decoded.buckets["uptime_days"] == "7 to 14 days"
    assert all(s == "not_run" for cid, s in decoded.statuses.items() if cid != "system")
    fixes = decoded.likely_fixes()
    assert fixes == [
        "Ask the caller to restart the computer shortly before the visit, then open only what "
        "the visit needs.",
        "The battery is low: plug in the charger.",
    ]


@pytest.mark.parametrize(
    ("metrics", "field", "label"),
    [
        ({"speed_mbps": 0.5}, "speed_mbps", "under 1 Mbit/s"),
        ({"speed_mbps": 1.0}, "speed_mbps", "1 to 3 Mbit/s"),  # each range holds its lower edge
        ({"speed_mbps": 2.99}, "speed_mbps", "1 to 3 Mbit/s"),
        ({"speed_mbps": 3.0}, "speed_mbps", "3 to 10 Mbit/s"),
        ({"speed_mbps": float("inf")}, "speed_mbps", "10 Mbit/s or more"),
        ({"speed_mbps": float("-inf")}, "speed_mbps", "under 1 Mbit/s"),
        ({"speed_mbps": float("nan")}, "speed_mbps", "unknown"),
        ({"speed_mbps": "fast"}, "speed_mbps", "unknown"),
        ({"speed_mbps": True}, "speed_mbps", "unknown"),
        ({}, "speed_mbps", "unknown"),
        ({"mode": "wifi"}, "mode", "wifi"),
        ({"mode": "telepathy"}, "mode", "unknown"),
        ({"mode": 3}, "mode", "unknown"),
    ],
)
def test_demo_fields(metrics, field, label):
    registry = demo_registry()
    report = report_of([DEMO.result([DEMO.finding("ready")], **metrics)], DEMO_CONFIG)
    decoded = decode_code(encode_report(report, registry), DEMO_CONFIG, registry)
    assert decoded.buckets[field] == label


def test_bucket_edges_come_from_the_check_s_config():
    """The same speed falls in another bucket when the organisation moves the threshold, and
    the label names the organisation's number."""
    registry = demo_registry()
    strict = with_demo_section(CONFIG, speed_warn_mbps=5.0)
    report = report_of([DEMO.result([DEMO.finding("ready")], speed_mbps=4.0)], strict)
    decoded = decode_code(encode_report(report, registry), strict, registry)
    assert decoded.buckets["speed_mbps"] == "1 to 5 Mbit/s"
    assert decode_code(encode_report(report_of(
        [DEMO.result([DEMO.finding("ready")], speed_mbps=4.0)], DEMO_CONFIG), registry),
        DEMO_CONFIG, registry).buckets["speed_mbps"] == "3 to 10 Mbit/s"


def test_choice_words_and_flags_reach_the_agent():
    registry = demo_registry()
    result = DEMO.result([DEMO.finding("slow"), DEMO.finding("flaky")], speed_mbps=2.0,
                         mode="wifi")
    decoded = decode_code(encode_report(report_of([result], DEMO_CONFIG), registry),
                          DEMO_CONFIG, registry)
    assert decoded.findings["demo"] == ("demo.slow", "demo.flaky")
    text = decoded.render()
    assert "    Findings: demo.slow, demo.flaky" in text
    assert "    how it was measured: over Wi-Fi" in text
    assert "    demo speed: 1 to 3 Mbit/s" in text
    report = decoded.to_report()
    demo = report.result("demo")
    assert demo.metrics == {"speed_mbps": "1 to 3 Mbit/s", "mode": "over Wi-Fi"}


def test_a_finding_at_another_level_keeps_its_status():
    """A check may raise a finding above its spec's level: the agent must see the status the
    caller saw (the finding itself is not in the main field then)."""
    registry = demo_registry()
    result = DEMO.result([DEMO.finding("slow", level=Status.FAIL)])
    assert result.status is Status.FAIL
    decoded = decode_code(encode_report(report_of([result], DEMO_CONFIG), registry),
                          DEMO_CONFIG, registry)
    assert decoded.statuses["demo"] == "fail"
    assert decoded.findings["demo"] == ()
    assert decoded.likely_fixes() == [
        "Demo link: a problem was found. Ask the caller what the screen says and follow its "
        "advice."]


@pytest.mark.parametrize("name", list(ENGINE_FINDINGS))
def test_engine_findings_travel(name):
    registry = demo_registry()
    result = DEMO.result([engine_finding(name)])
    decoded = decode_code(encode_report(report_of([result], DEMO_CONFIG), registry),
                          DEMO_CONFIG, registry)
    assert decoded.statuses["demo"] == ENGINE_FINDINGS[name].level.value
    assert decoded.findings["demo"] == (f"engine.{name}",)
    expected = ENGINE_FINDINGS[name].helpdesk.replace("{check}", "demo link")
    assert expected in decoded.likely_fixes()


def test_a_check_that_did_not_run_is_all_zero_bits():
    """Index 0 is "not run" / "unknown" in every field: an empty run's payload is the header
    and zeros."""
    for c in layout_of().checks:
        assert c.values(None, {}) == [0] * len(c.widths())
    code = encode_report(report_of([], CONFIG))
    number = int("".join(f"{ALPHABET.index(ch):05b}" for ch in _chars(code)), 2)
    payload = number >> 16
    assert payload >> (PAYLOAD_BITS - 3) == 3  # format version
    assert payload & ((1 << (PAYLOAD_BITS - HEADER_BITS)) - 1) == 0
    decoded = decode_code(code, CONFIG)
    assert set(decoded.statuses.values()) == {"not_run"}
    assert all(f.value == "unknown" for f in decoded.fields)
    assert decoded.overall == "warn"  # nothing checked is never "ready"
    assert STATUS_VALUES[0] == "not_run"


def test_the_app_version_travels_in_families():
    for version, family in [("0.1.0", "0.1"), ("0.9.2", "0.4 or later"), ("1.2", "1.2"),
                            ("2.4.0", "2.4 or later"), ("3.0", "unknown"), ("dev", "unknown")]:
        code = encode_report(report_of([], CONFIG, app_version=version))
        assert decode_code(code, CONFIG).app_family == family, version


# -- the bit budget ------------------------------------------------------------------------------


def test_every_built_in_check_keeps_to_its_budget():
    for c in layout_of().checks:
        assert c.field_bits <= BUDGETS[c.check_id], (c.check_id, c.field_bits)
        non_pass = [f for f in c.descriptor.findings if f.level is not Status.PASS]
        assert len(non_pass) <= 21 and c.main_bits <= 5, c.check_id


def test_the_built_in_checks_leave_room_for_a_plug_in():
    registry = Registry()
    registry.add(PLUGIN)
    layout = layout_of(registry)
    assert layout.check("plugin").main_bits == 4  # 11 fixed values + 3 findings
    assert layout.bits <= PAYLOAD_BITS, layout_table(CONFIG, registry)
    report = report_of([PLUGIN.result([PLUGIN.finding("bad"), PLUGIN.finding("meh")])], CONFIG)
    decoded = decode_code(encode_report(report, registry), CONFIG, registry)
    assert decoded.statuses["plugin"] == "fail"
    assert decoded.findings["plugin"] == ("plugin.bad",)
    assert decoded.likely_fixes() == ["The plug-in says bad."]


def test_too_many_bits_is_a_clear_error():
    registry = Registry({})
    for n in range(9):
        registry.add(Descriptor(
            id=f"big{n}", title=f"Big {n}", check="x:y",
            findings=tuple(FindingSpec(f"f{i}", Status.WARN, "Hm.") for i in range(10)),
            code_fields=(Flags("all", tuple(f"f{i}" for i in range(10))),),
        ))
    with pytest.raises(CodeLayoutError) as err:
        encode_report(report_of([], CONFIG), registry)
    message = str(err.value)
    assert "need 143 bits" in message and "holds 124" in message
    for n in range(9):
        assert f"big{n} 15" in message
    code = encode_report(report_of([], CONFIG))
    with pytest.raises(SupportCodeError, match="need 143 bits"):
        decode_code(code, CONFIG, registry)


def test_every_bucket_edge_resolves_from_the_default_config():
    for d in default_registry().descriptors():
        for cf in d.code_fields:
            if isinstance(cf, Buckets):
                assert len(cf.resolved_edges(CONFIG.section(d.id))) == len(cf.edges)


def test_the_layout_table_in_the_docs_is_current():
    """docs/support.md shows `python -m preflight.support.code_layout`'s output."""
    docs = (REPO / "docs" / "support.md").read_text(encoding="utf-8")
    assert layout_table(CONFIG) in docs, "run python -m preflight.support.code_layout"
    # The sample expansion is what `preflight decode` prints for the sample code.
    sample = decode_code(SAMPLE_CODE, CONFIG)
    assert sample.findings["camera"] == ("camera.dark",)
    assert f"```\n{sample.render()}\n```" in docs, "update the sample in docs/support.md"
    v1 = decode_code("42G0-02G0-0000-002C-8W3Y", CONFIG)
    assert v1.format_version == 1 and v1.findings["system"] == ("system.cpu_busy",)


def test_the_layout_table_prints(capsys):
    from preflight.support import code_layout

    code_layout.main()
    out = capsys.readouterr().out
    assert out == layout_table(load_config())
    assert "| **all** |" in out


# -- format 2 is still read --------------------------------------------------------------------


@pytest.mark.parametrize("name", list(V2_VECTORS))
def test_format_2_codes_decode_to_the_same_facts(name):
    """Codes made by the format-2 encoder before format 3 replaced it (tests/support/
    v2_vectors.py) say what they said then, whatever the descriptors have gained since."""
    vector = V2_VECTORS[name]
    decoded = decode_code(vector["code"], CONFIG)
    assert decoded.format_version == 2
    assert decoded.code == vector["code"]
    assert decoded.overall == vector["overall"]
    assert decoded.cancelled == vector["cancelled"]
    assert decoded.app_family == vector["app_family"]
    ids = ("camera", "microphone", "speaker", "network", "bandwidth", "system")
    assert list(decoded.statuses) == list(ids)
    assert decoded.statuses == {c: vector["statuses"].get(c, "not_run") for c in ids}
    assert decoded.findings == {c: tuple(vector["findings"].get(c, ())) for c in ids}
    fields = {f"{f.check_id}.{f.name}": f.value for f in decoded.fields if f.known}
    assert fields == vector["buckets"]
    assert "code format 2" in decoded.render()
    json.dumps(decoded.to_dict())
    for fix in decoded.likely_fixes():
        assert "{" not in fix


def test_format_2_is_refused_with_a_bit_in_its_padding():
    code = V2_VECTORS["all_good"]["code"]
    number = int("".join(f"{ALPHABET.index(ch):05b}" for ch in _chars(code)), 2)
    payload = (number >> 16) | 1  # the last bit of format 2's padding
    assert decode_code(code, CONFIG).format_version == 2
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(2, 84, payload & ((1 << 81) - 1)), CONFIG)


# -- format 1 is still read --------------------------------------------------------------------


@pytest.mark.parametrize("name", list(V1_VECTORS))
def test_format_1_codes_decode_to_the_same_facts(name):
    vector = V1_VECTORS[name]
    decoded = decode_code(vector["code"], CONFIG)
    assert decoded.format_version == 1
    assert decoded.code == vector["code"]
    assert decoded.overall == vector["overall"]
    assert decoded.cancelled == vector["cancelled"]
    assert decoded.app_family == vector["app_family"]
    ids = ("camera", "microphone", "speaker", "network", "bandwidth", "system")
    assert decoded.statuses == {c: vector["statuses"].get(c, "not_run") for c in ids}
    assert decoded.findings == {c: tuple(vector["findings"].get(c, ())) for c in ids}
    assert {k: v for k, v in decoded.buckets.items() if v != "unknown"} == vector["buckets"]
    json.dumps(decoded.to_dict())
    text = decoded.render()
    assert "code format 1" in text


def test_format_1_advice_comes_from_today_s_descriptors():
    decoded = decode_code(V1_VECTORS["mixed"]["code"], CONFIG)
    fixes = decoded.likely_fixes()
    assert "Ask the caller to restart the computer shortly before the visit, then open only " \
           "what the visit needs." in fixes
    assert "The battery is low: plug in the charger." in fixes
    camera = default_registry().descriptor("camera")
    try:
        helpdesk = camera.spec("camera.busy").helpdesk
    except KeyError:  # no such finding in today's camera check: the generic line instead
        assert any(fix.startswith("Camera: a problem was found") for fix in fixes)
    else:
        assert helpdesk in fixes
    assert decoded.restart_findings() == [
        "system.cpu_busy", "system.memory_low", "system.uptime_long"]
    stopped = decode_code(V1_VECTORS["cancelled_silent_mic"]["code"], CONFIG)
    assert stopped.likely_fixes()[0] == ENGINE_FINDINGS["stopped"].helpdesk
    error = decode_code(V1_VECTORS["udp_blocked_slow"]["code"], CONFIG)
    assert any("could not finish" in fix for fix in error.likely_fixes())


# -- typos and bad input ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(reports())
def test_every_single_character_change_is_detected(report):
    chars = _chars(encode_report(report))
    for pos in range(len(chars)):
        for ch in ALPHABET:
            if ch == chars[pos]:
                continue
            typo = chars[:pos] + ch + chars[pos + 1 :]
            with pytest.raises(SupportCodeError) as err:
                decode_code(typo, CONFIG)
            assert str(err.value) == TYPO_MESSAGE


@settings(max_examples=100, deadline=None)
@given(reports())
def test_every_swap_of_neighbouring_characters_is_detected(report):
    chars = _chars(encode_report(report))
    for pos in range(len(chars) - 1):
        if chars[pos] == chars[pos + 1]:
            continue
        swapped = chars[:pos] + chars[pos + 1] + chars[pos] + chars[pos + 2 :]
        with pytest.raises(SupportCodeError, match="typo"):
            decode_code(swapped, CONFIG)


def _system_report():
    return make_report(CONFIG, MIXED, findings={
        "system": [SYSTEM.finding(n) for n in MIXED_SYSTEM_FINDINGS]})


def test_a_mistyped_code_never_decodes_to_a_wrong_report():
    """Two wrong characters: the CRC lets through at most about 1 in 65,536."""
    rng = random.Random(7)
    chars = _chars(encode_report(_system_report()))
    accepted = 0
    for _ in range(3000):
        a, b = rng.sample(range(len(chars)), 2)
        typo = list(chars)
        typo[a] = rng.choice(ALPHABET.replace(chars[a], ""))
        typo[b] = rng.choice(ALPHABET.replace(chars[b], ""))
        try:
            decode_code("".join(typo), CONFIG)
            accepted += 1
        except SupportCodeError:
            pass
    assert accepted <= 1


def test_reading_is_forgiving():
    code = encode_report(_system_report())
    chars = _chars(code)
    spoken = " ".join(chars[i : i + 2] for i in range(0, len(chars), 2)).lower()
    assert decode_code(spoken, CONFIG) == decode_code(code, CONFIG)
    assert decode_code("  " + code + "\n", CONFIG).code == code
    # Crockford aliases: O for 0, I and L for 1
    zero_one = chars.replace("0", "O").replace("1", "l")
    assert decode_code(zero_one, CONFIG) == decode_code(code, CONFIG)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "enter the support code"),
        ("  -- ", "enter the support code"),
        ("ABCD-EFGH", "too short"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01", "it has 24 of 28 characters"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67", "too long"),
        ("ABCD-EFGH-JKMN-PQRS-TVWU", "“U”"),
        ("ABCD-EFGH-JKMN-PQRS-TVW!", "“!”"),
    ],
)
def test_bad_input_gets_a_plain_message(text, message):
    with pytest.raises(SupportCodeError) as err:
        decode_code(text, CONFIG)
    assert message in str(err.value)
    assert "Traceback" not in str(err.value)


@SETTINGS
@given(
    st.one_of(
        st.text(max_size=40),
        st.text(alphabet=ALPHABET + "ilo -", min_size=18, max_size=26),
        st.binary(max_size=30).map(lambda b: b.decode("latin-1")),
    )
)
def test_fuzzed_text_only_ever_raises_support_code_error(text):
    try:
        decoded = decode_code(text, CONFIG)
    except SupportCodeError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded, DecodedCode)
        decoded.render()
        decoded.to_report()
        json.dumps(decoded.to_dict())


def _forge(version: int, payload_bits: int, body: int = 0) -> str:
    """A code with a valid checksum and the given format version (a "newer" Preflight)."""
    payload = (version << (payload_bits - 3)) | body
    crc = binascii.crc_hqx(payload.to_bytes((payload_bits + 7) // 8, "big"), 0xFFFF)
    number = (payload << 16) | crc
    n = (payload_bits + 16) // 5
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(n)))


@pytest.mark.parametrize("payload_bits", [84, 94, 124, 144])
def test_a_code_from_a_newer_format_says_so(payload_bits):
    with pytest.raises(SupportCodeError, match=r"newer version of Preflight \(code format 4\)"):
        decode_code(_forge(4, payload_bits), CONFIG)


def test_a_format_in_the_other_format_s_length_is_refused():
    """Formats 1 and 2 have 20 characters, format 3 has 28: anything else is not ours."""
    for version, payload_bits in [(3, 84), (2, 124), (1, 124)]:
        with pytest.raises(SupportCodeError, match="not a Preflight support code"):
            decode_code(_forge(version, payload_bits, 2 << (payload_bits - 7)), CONFIG)


def test_forged_codes_with_impossible_values_are_refused():
    # Version 1 with every field at its maximum: overall 3 and status 7 do not exist.
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(1, 84, (1 << 81) - 1), CONFIG)
    # Version 0 was never issued.
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(0, 84), CONFIG)
    # Versions 2 and 3 from this Preflight (app 0.1) with a bit set in the padding.
    app = 2 << 77
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(2, 84, app | 1), CONFIG)
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(3, 124, (2 << 117) | 1), CONFIG)
    # ... and from another version: its checks may differ, so the agent is told so.
    other = 12 << 77  # Preflight 2.1
    with pytest.raises(SupportCodeError, match=r"comes from Preflight 2\.1, whose checks differ"):
        decode_code(_forge(2, 84, other | 1), CONFIG)


def test_random_codes_are_almost_always_refused():
    rng = random.Random(3)
    accepted = sum(
        1 for n in range(20000)
        if _decodes("".join(rng.choice(ALPHABET) for _ in range(20 if n % 2 else 28)))
    )
    assert accepted <= 3  # expected about 20000 / 65536 x (share of valid field values)


def _decodes(text: str) -> bool:
    try:
        decode_code(text, CONFIG)
    except SupportCodeError:
        return False
    return True


# -- what the agent reads ------------------------------------------------------------------


def test_all_good_needs_no_fixes():
    results = []
    for d in default_registry().descriptors():
        passing = [f for f in d.findings if f.level is Status.PASS]
        results.append(d.result([d.finding(passing[0].name)]) if passing
                       else CheckResult(d.id, Status.PASS, "Fine."))
    decoded = decode_code(encode_report(report_of(results, CONFIG)), CONFIG)
    assert decoded.overall == "pass"
    assert decoded.likely_fixes() == []
    assert "Nothing to fix." in decoded.render()


def test_fixes_are_worst_first_with_the_run_stopped_first():
    registry = demo_registry()
    results = [
        SYSTEM.result([SYSTEM.finding("disk_low")]),
        DEMO.result([DEMO.finding("flaky"), DEMO.finding("down")]),
    ]
    decoded = decode_code(encode_report(report_of(results, DEMO_CONFIG, cancelled=True),
                                        registry), DEMO_CONFIG, registry)
    assert decoded.findings["demo"] == ("demo.down", "demo.flaky")
    assert decoded.likely_fixes() == [
        "The run was stopped early: ask the caller to run Preflight again.",
        "The demo link is down: ask the caller to restart the router.",  # fail
        SYSTEM.spec("system.disk_low").helpdesk,  # warn, in registry order
        "The demo link drops out now and then.",
    ]


def test_helpdesk_placeholders_come_from_the_agent_s_config():
    registry = demo_registry()
    report = report_of([DEMO.result([DEMO.finding("slow")])], DEMO_CONFIG)
    code = encode_report(report, registry)
    fixes = decode_code(code, DEMO_CONFIG, registry).likely_fixes()
    assert fixes == ["The demo link is under 3 Mbit/s: ask the caller to move closer to the "
                     "router."]
    org = with_demo_section(CONFIG, speed_warn_mbps=4.5)
    assert decode_code(code, org, registry).likely_fixes() == [
        "The demo link is under 4.5 Mbit/s: ask the caller to move closer to the router."]


def test_render_uses_the_presentation_module_s_words():
    decoded = decode_code(encode_report(_system_report()), CONFIG)
    text = decoded.render()
    report = decoded.to_report()
    assert verdict(report.results, cancelled=decoded.cancelled).sentence in text
    for cid, status in decoded.statuses.items():
        word = status_word(Status.SKIP if status == "not_run" else status)
        assert f"{check_title(cid)}: {word}" in text
    assert "Computer: Check this" in text
    assert "system.cpu_busy, system.memory_low, system.uptime_long, system.battery_low" in text
    assert "Ask the caller to restart the computer" in text  # a restart is recommended


def test_to_report_gives_the_help_desk_table_its_rows():
    registry = demo_registry()
    results = [
        SYSTEM.result([SYSTEM.finding("cpu_busy"), SYSTEM.finding("battery_low")],
                      memory_available_gb=3.0),
        DEMO.result([DEMO.finding("down")], speed_mbps=0.2),
    ]
    code = encode_report(report_of(results, DEMO_CONFIG), registry)
    decoded = decode_code(code, DEMO_CONFIG, registry)
    report = decoded.to_report(DEMO_CONFIG)
    assert [r.id for r in report.results] == ["system", "demo"]
    assert report.overall == decoded.overall == "fail"
    assert report.needs_help
    system, demo = report.results
    assert system.status is Status.WARN
    assert system.finding_ids == ("system.cpu_busy", "system.battery_low")
    assert [f.level for f in system.findings] == [Status.WARN, Status.WARN]
    assert system.summary == "Read from a support code."
    assert system.metrics == {"memory_available_gb": "2 to 4 GB"}
    assert system.advice == (
        "Ask the caller to restart the computer shortly before the visit, then open only what "
        "the visit needs.",
        "The battery is low: plug in the charger.",
    )
    assert demo.status is Status.FAIL and demo.finding_ids == ("demo.down",)
    assert demo.metrics == {"speed_mbps": "under 1 Mbit/s"}
    assert demo.advice == ("The demo link is down: ask the caller to restart the router.",)
    assert [f.id for f in restart_findings(report.results)] == ["system.cpu_busy"]


def test_to_dict_shape():
    data = decode_code(encode_report(_system_report()), CONFIG).to_dict()
    assert set(data) == {"support_code", "format_version", "app_family", "overall",
                         "cancelled", "checks", "findings", "restart_findings", "buckets",
                         "likely_fixes"}
    assert data["checks"]["system"] == "warn"
    assert data["findings"]["system"][0] == "system.cpu_busy"
    assert data["restart_findings"] == ["system.cpu_busy", "system.memory_low",
                                        "system.uptime_long"]
    assert data["buckets"]["uptime_days"] == "7 to 14 days"


@SETTINGS
@given(st.dictionaries(st.sampled_from(["speed_mbps", "mode", "other"]), odd_values))
def test_encoding_never_raises_for_odd_metric_values(metrics):
    registry = demo_registry()
    report = report_of([DEMO.result([DEMO.finding("ready")], **metrics)], DEMO_CONFIG)
    decoded = decode_code(encode_report(report, registry), DEMO_CONFIG, registry)
    assert decoded.statuses["demo"] == "pass"


# -- the decode command --------------------------------------------------------------------------


def test_decode_command(capsys):
    code = encode_report(_system_report())
    assert decode_command(code, as_json=False, config=CONFIG) == 0
    out = capsys.readouterr().out
    assert "Camera: Problem" in out and code in out
    assert decode_command(code.lower(), as_json=True) == 0  # config: load_config()
    data = json.loads(capsys.readouterr().out)
    assert data["checks"]["camera"] == "fail"
    assert data["buckets"]["memory_available_gb"] == "0.5 to 1 GB"
    assert data["support_code"] == code
    bad = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert decode_command(bad, as_json=False) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "typo" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_decode_command_with_a_broken_config_is_one_line(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "org.toml"
    bad.write_text("[bandwidth]\nwarn_upload_mbps = 'fast'\n")
    monkeypatch.setenv("PREFLIGHT_CONFIG", str(bad))
    assert decode_command(V1_VECTORS["mixed"]["code"], as_json=False) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "org.toml" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_preflight_decode_in_a_real_process():
    code = encode_report(_system_report())
    groups = code.split("-")
    run = [sys.executable, "-m", "preflight", "decode", *groups]
    ok = subprocess.run(run, capture_output=True, text=True, timeout=60, env=cli_env())
    assert ok.returncode == 0, ok.stderr
    assert "Computer: Check this" in ok.stdout
    assert "system.cpu_busy" in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "preflight", "decode", "HELLO-WORLD"],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(),
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and bad.stderr.strip()


def test_the_code_holds_no_letters_that_look_alike_and_fits_a_phone_call():
    code = encode_report(_system_report())
    assert not set(code) & set("ILOU")
    assert len(_chars(code)) == 28 and re.fullmatch(CODE_PATTERN, code)
    assert set(_chars(code)) <= set(string.digits + string.ascii_uppercase)


def test_findings_of_a_finding_unknown_to_the_check_are_left_out():
    """A result from a newer Preflight, naming a finding this version does not know."""
    result = CheckResult("system", Status.WARN, "Newer.", findings=(
        Finding("system.gpu_hot", Status.WARN),))
    decoded = decode_code(encode_report(report_of([result], CONFIG)), CONFIG)
    assert decoded.statuses["system"] == "warn"
    assert decoded.findings["system"] == ()
