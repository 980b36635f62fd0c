"""The support code: round trip, typo detection, fuzzed input, buckets and the decode command.

Pure logic on real RunReports; nothing is mocked.
"""

from __future__ import annotations

import binascii
import json
import re
import string
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.checks.system import SystemSnapshot, assess
from preflight.config import load_config
from preflight.engine.result import CheckResult, Status
from preflight.support import code as sc
from preflight.support.code import (
    ALPHABET,
    TYPO_MESSAGE,
    DecodedCode,
    SupportCodeError,
    decode_code,
    decode_command,
    encode_report,
    summarise_report,
)
from tests.conftest import cli_env
from tests.support.helpers import MIXED, make_report

CONFIG = load_config()
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- strategies ------------------------------------------------------------------------------

odd_values = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**7), 10**7),
    st.booleans(),
    st.text(max_size=6),
)
numbers = st.one_of(st.floats(-1e7, 1e7), st.integers(0, 10**4), odd_values)
flags = st.one_of(st.booleans(), odd_values)

METRIC_STRATEGIES = {
    "camera": {
        "width": numbers,
        "height": numbers,
        "fps": numbers,
        "problem": st.one_of(st.sampled_from([*sc.CAMERA_PROBLEMS[1:-1], "weird"]), odd_values),
        "face_found": flags,
        "device_name": st.text(max_size=10),
    },
    "microphone": {"rms_dbfs": numbers, "clipping": flags, "silent": flags},
    "speaker": {
        "method": st.one_of(st.sampled_from(sc.SPEAKER_METHODS), odd_values),
        "tone_detected": flags,
        "echo": flags,
    },
    "network": {
        "udp_ok": flags,
        "udp_loss_pct": numbers,
        "udp_rtt_ms": numbers,
        "https_ok": flags,
        "dns_ok": flags,
    },
    "bandwidth": {"download_mbps": numbers, "upload_mbps": numbers, "ping_ms": numbers},
    "system": {
        "cpu_percent": numbers,
        "memory_available_gb": numbers,
        "memory_used_percent": numbers,
        "swap_used_percent": numbers,
        "uptime_days": numbers,
        "battery_percent": numbers,
        "on_battery": flags,
        "restart_reasons": st.lists(st.text(max_size=8), max_size=4),
    },
}


@st.composite
def reports(draw):
    checks = {}
    for cid, fields in METRIC_STRATEGIES.items():
        if draw(st.booleans()) or (cid == "system" and draw(st.booleans())):
            status = draw(st.sampled_from([s.value for s in Status]))
            metrics = draw(st.fixed_dictionaries({}, optional=fields))
            checks[cid] = (status, metrics)
    version = draw(
        st.one_of(
            st.sampled_from(["0.1.0", "1.12.3", "9.0", "", "dev"]),
            st.from_regex(r"\d{1,2}\.\d{1,2}(\.\d)?", fullmatch=True),
        )
    )
    return make_report(CONFIG, checks, cancelled=draw(st.booleans()), app_version=version)


def _code_chars(code: str) -> str:
    return code.replace("-", "")


# -- round trip ------------------------------------------------------------------------------


@SETTINGS
@given(reports())
def test_any_report_round_trips_to_the_same_statuses_and_buckets(report):
    code = encode_report(report)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}", code)
    decoded = decode_code(code)
    assert decoded == summarise_report(report)
    assert decoded.overall == report.overall
    assert decoded.cancelled == report.cancelled
    for cid in sc.CHECK_IDS:
        result = report.result(cid)
        assert decoded.statuses[cid] == (result.status.value if result else "not_run")
    assert all(decoded.buckets[name] in labels for name, labels in sc.BUCKET_LABELS.items())


@SETTINGS
@given(reports(), st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=20)))
def test_extra_metrics_never_change_the_code(report, extra):
    """Names, addresses or serials a check might add (in other metrics) cannot leak in."""
    extra = {
        k: v
        for k, v in extra.items()
        if not any(k in fields for fields in METRIC_STRATEGIES.values())
    }
    more = make_report(
        CONFIG,
        {r.id: (r.status.value, {**r.metrics, **extra}) for r in report.results},
        cancelled=report.cancelled,
        app_version=report.app_version,
    )
    assert encode_report(more) == encode_report(report)


def test_mixed_report_decodes_to_what_the_caller_saw():
    decoded = decode_code(encode_report(make_report(CONFIG, MIXED)))
    assert decoded.overall == "fail"
    assert decoded.statuses == {
        "camera": "fail",
        "microphone": "warn",
        "speaker": "pass",
        "network": "warn",
        "bandwidth": "warn",
        "system": "warn",
    }
    assert decoded.restart_reasons == ("cpu", "memory", "uptime")
    b = decoded.buckets
    assert b["resolution"] == "720p"
    assert b["fps"] == "29 fps or more"
    assert b["problem"] == "busy"
    assert b["face_found"] == "no"
    assert b["rms_dbfs"] == "-60 to -45 dBFS"
    assert b["method"] == "loopback" and b["echo"] == "yes"
    assert b["udp_loss_pct"] == "3 to 8%"
    assert b["download_mbps"] == "1.8 to 2.5 Mbit/s"
    assert b["upload_mbps"] == "0.6 to 0.75 Mbit/s"
    assert b["ping_ms"] == "under 50 ms"
    assert b["cpu_percent"] == "80 to 95%"
    assert b["memory_available_gb"] == "0.5 to 1 GB"
    assert b["uptime_days"] == "7 to 14 days"
    assert b["battery"] == "low"
    text = decoded.render()
    for words in (
        "Camera: Problem",
        "camera in use by another program",
        "Restart recommended",
        "close Zoom",
        "plug in the charger",
        "Microphone: Check",
    ):
        assert words in text


def test_an_empty_run_is_all_not_run_and_unknown():
    decoded = decode_code(encode_report(make_report(CONFIG, {})))
    assert set(decoded.statuses.values()) == {"not_run"}
    assert set(decoded.buckets.values()) <= {"unknown", "none"}
    assert decoded.overall == "warn"  # nothing checked is never "ready"
    assert "Camera: Not run" in decoded.render()


@pytest.mark.parametrize(
    ("check", "metrics", "bucket", "label"),
    [
        ("bandwidth", {"download_mbps": 3.0}, "download_mbps", "3 to 5 Mbit/s"),
        ("bandwidth", {"download_mbps": 2.99}, "download_mbps", "2.5 to 3 Mbit/s"),
        ("bandwidth", {"download_mbps": 0.0}, "download_mbps", "under 0.25 Mbit/s"),
        ("bandwidth", {"upload_mbps": 250}, "upload_mbps", "100 Mbit/s or more"),
        # speedtest-cli reports an unreachable server as 1,800,000 ms (field notes)
        ("bandwidth", {"ping_ms": 1_800_000}, "ping_ms", "1000 ms or more"),
        ("bandwidth", {"ping_ms": float("nan")}, "ping_ms", "unknown"),
        ("bandwidth", {"ping_ms": "fast"}, "ping_ms", "unknown"),
        ("microphone", {"rms_dbfs": float("-inf")}, "rms_dbfs", "under -60 dBFS"),
        ("microphone", {"rms_dbfs": -60.0}, "rms_dbfs", "-60 to -45 dBFS"),
        ("microphone", {"rms_dbfs": -20.0, "silent": True}, "rms_dbfs", "silent"),
        ("microphone", {"rms_dbfs": -3.0}, "rms_dbfs", "-6 dBFS or more"),
        ("network", {"udp_ok": False}, "udp_loss_pct", "100% (UDP blocked)"),
        ("network", {"udp_loss_pct": 0}, "udp_loss_pct", "0%"),
        ("network", {"udp_loss_pct": 0.5}, "udp_loss_pct", "under 1%"),
        ("network", {"udp_loss_pct": 8.0}, "udp_loss_pct", "8 to 20%"),
        ("network", {"dns_ok": False}, "dns_ok", "no"),
        ("camera", {"width": 640, "height": 480}, "resolution", "480p"),
        ("camera", {"width": 640, "height": 360}, "resolution", "below 480p"),
        ("camera", {"width": 1920, "height": 1080}, "resolution", "1080p or more"),
        ("camera", {"width": 720, "height": 1280}, "resolution", "720p"),
        ("camera", {"width": 0, "height": 0}, "resolution", "unknown"),
        ("camera", {"fps": 4.9}, "fps", "1 to 5 fps"),
        ("camera", {"problem": "frozen"}, "problem", "frozen"),
        ("camera", {"problem": "lens_cap_v2"}, "problem", "other"),
        ("speaker", {"method": "user_confirmed"}, "method", "user_confirmed"),
        ("speaker", {"method": "telepathy"}, "method", "unknown"),
        ("system", {"battery_percent": 50, "on_battery": False}, "battery", "charging"),
        ("system", {"battery_percent": 50, "on_battery": True}, "battery", "ok"),
        ("system", {"battery_percent": 19, "on_battery": True}, "battery", "low"),
        ("system", {}, "battery", "none"),
        ("system", {"uptime_days": 0.2}, "uptime_days", "under 1 days"),
        ("system", {"memory_available_gb": 16.0}, "memory_available_gb", "8 GB or more"),
    ],
)
def test_metric_buckets(check, metrics, bucket, label):
    report = make_report(CONFIG, {check: ("pass", metrics)})
    assert decode_code(encode_report(report)).buckets[bucket] == label


@pytest.mark.parametrize(
    ("version", "family"),
    [("0.1.0", "0.1"), ("2.9.1", "2.7 or later"), ("10.0", "unknown"), ("dev", "unknown")],
)
def test_app_version_family(version, family):
    report = make_report(CONFIG, {}, app_version=version)
    assert decode_code(encode_report(report)).app_family == family


snapshots = st.builds(
    SystemSnapshot,
    cpu_percent=st.one_of(st.none(), st.floats(0, 100)),
    cpu_count=st.just(2),
    memory_total_gb=st.just(8.0),
    memory_available_gb=st.one_of(st.none(), st.floats(0, 16)),
    memory_used_percent=st.one_of(st.none(), st.floats(0, 100)),
    swap_used_percent=st.one_of(st.none(), st.floats(0, 100)),
    uptime_days=st.one_of(st.none(), st.floats(0, 60)),
)


@SETTINGS
@given(snapshots)
def test_restart_flags_agree_with_the_system_check(snap):
    """The flags come from metrics and thresholds; they must match what the patient was told
    (the real system check's decision logic, including its rounding of metrics)."""
    a = assess(snap, CONFIG.section("system"))
    result = CheckResult("system", a.status, a.summary, a.advice, a.metrics)
    report = make_report(CONFIG, {})
    report.results.append(result)
    flags = decode_code(encode_report(report)).restart_reasons
    reasons = a.metrics["restart_reasons"]
    assert bool(flags) == bool(reasons)
    assert len(flags) == len(reasons)


def test_restart_flags_follow_the_configured_thresholds():
    strict = CONFIG.with_overrides({"system": {"uptime_max_days": 2.0}})
    snap = SystemSnapshot(cpu_percent=10, cpu_count=2, uptime_days=3.0)
    a = assess(snap, strict.section("system"))
    report = make_report(strict, {"system": (a.status.value, a.metrics)})
    assert decode_code(encode_report(report)).restart_reasons == ("uptime",)


# -- typos and bad input ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(reports())
def test_every_single_character_change_is_detected(report):
    chars = _code_chars(encode_report(report))
    for pos in range(len(chars)):
        for ch in ALPHABET:
            if ch == chars[pos]:
                continue
            typo = chars[:pos] + ch + chars[pos + 1 :]
            with pytest.raises(SupportCodeError) as err:
                decode_code(typo)
            assert str(err.value) == TYPO_MESSAGE


@settings(max_examples=100, deadline=None)
@given(reports())
def test_every_swap_of_neighbouring_characters_is_detected(report):
    chars = _code_chars(encode_report(report))
    for pos in range(len(chars) - 1):
        if chars[pos] == chars[pos + 1]:
            continue
        swapped = chars[:pos] + chars[pos + 1] + chars[pos] + chars[pos + 2 :]
        with pytest.raises(SupportCodeError, match="typo"):
            decode_code(swapped)


def test_a_mistyped_code_never_decodes_to_a_wrong_report():
    """Two wrong characters: the CRC lets through at most about 1 in 65,536."""
    import random

    rng = random.Random(7)
    chars = _code_chars(encode_report(make_report(CONFIG, MIXED)))
    accepted = 0
    for _ in range(3000):
        a, b = rng.sample(range(len(chars)), 2)
        typo = list(chars)
        typo[a] = rng.choice(ALPHABET.replace(chars[a], ""))
        typo[b] = rng.choice(ALPHABET.replace(chars[b], ""))
        try:
            decode_code("".join(typo))
            accepted += 1
        except SupportCodeError:
            pass
    assert accepted <= 1


def test_reading_is_forgiving():
    code = encode_report(make_report(CONFIG, MIXED))
    chars = _code_chars(code)
    spoken = " ".join(chars[i : i + 2] for i in range(0, 20, 2)).lower()
    assert decode_code(spoken) == decode_code(code)
    assert decode_code("  " + code + "\n").code == code
    # Crockford aliases: O for 0, I and L for 1
    zero_one = chars.replace("0", "O").replace("1", "l")
    assert decode_code(zero_one) == decode_code(code)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "enter the support code"),
        ("  -- ", "enter the support code"),
        ("ABCD-EFGH", "too short"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01", "too long"),
        ("ABCD-EFGH-JKMN-PQRS-TVWU", "“U”"),
        ("ABCD-EFGH-JKMN-PQRS-TVW!", "“!”"),
    ],
)
def test_bad_input_gets_a_plain_message(text, message):
    with pytest.raises(SupportCodeError) as err:
        decode_code(text)
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
        decoded = decode_code(text)
    except SupportCodeError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded, DecodedCode)
        decoded.render()
        json.dumps(decoded.to_dict())


def _forge(version: int, payload_bits: int, body: int = 0) -> str:
    """A code with a valid checksum and the given format version (a "newer" Preflight)."""
    payload = (version << (payload_bits - 3)) | body
    crc = binascii.crc_hqx(payload.to_bytes((payload_bits + 7) // 8, "big"), 0xFFFF)
    number = (payload << 16) | crc
    n = (payload_bits + 16) // 5
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(n)))


@pytest.mark.parametrize("payload_bits", [84, 94, 104])
def test_a_code_from_a_newer_format_says_so(payload_bits):
    with pytest.raises(SupportCodeError, match="newer version of Preflight"):
        decode_code(_forge(2, payload_bits))


def test_forged_code_with_impossible_values_is_refused():
    # Version 1 with every field at its maximum: overall 3 and status 7 do not exist.
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(1, 84, (1 << 81) - 1))
    # Version 0 was never issued.
    with pytest.raises(SupportCodeError, match="not a Preflight support code"):
        decode_code(_forge(0, 84))


def test_random_codes_are_almost_always_refused():
    import random

    rng = random.Random(3)
    accepted = sum(
        1 for _ in range(20000) if _decodes("".join(rng.choice(ALPHABET) for _ in range(20)))
    )
    assert accepted <= 3  # expected about 20000 / 65536 x (share of valid field values)


def _decodes(text: str) -> bool:
    try:
        decode_code(text)
    except SupportCodeError:
        return False
    return True


# -- fixes and the decode command --------------------------------------------------------------


def test_all_good_needs_no_fixes():
    checks = {cid: ("pass", {}) for cid in sc.CHECK_IDS}
    checks["camera"] = ("pass", {"problem": "none", "width": 1280, "height": 720, "fps": 30})
    checks["speaker"] = ("pass", {"method": "loopback", "echo": False})
    decoded = decode_code(encode_report(make_report(CONFIG, checks)))
    assert decoded.overall == "pass"
    assert decoded.likely_fixes() == []
    assert "Nothing to fix." in decoded.render()


@pytest.mark.parametrize(
    ("checks", "words"),
    [
        ({"microphone": ("fail", {"silent": True})}, "not muted"),
        ({"speaker": ("fail", {"method": "not_confirmed"})}, "did not hear"),
        ({"network": ("fail", {"udp_ok": False, "https_ok": True})}, "UDP"),
        ({"network": ("fail", {"https_ok": False})}, "Wi-Fi sign-in page"),
        ({"bandwidth": ("fail", {"download_mbps": 0.4, "upload_mbps": 0.2})}, "too slow"),
        ({"camera": ("fail", {"problem": "black"})}, "privacy cover"),
        ({"camera": ("error", {})}, "could not finish"),
        ({"camera": ("fail", {})}, "Ask the caller what the screen says"),
    ],
)
def test_problems_come_with_a_likely_fix(checks, words):
    decoded = decode_code(encode_report(make_report(CONFIG, checks)))
    assert any(words in fix for fix in decoded.likely_fixes()), decoded.likely_fixes()


def test_decode_command(capsys):
    code = encode_report(make_report(CONFIG, MIXED))
    assert decode_command(code, as_json=False) == 0
    out = capsys.readouterr().out
    assert "Camera: Problem" in out and code in out
    assert decode_command(code.lower(), as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checks"]["camera"] == "fail"
    assert data["buckets"]["download_mbps"] == "1.8 to 2.5 Mbit/s"
    assert data["support_code"] == code
    bad = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert decode_command(bad, as_json=False) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "typo" in captured.err


def test_preflight_decode_in_a_real_process():
    code = encode_report(make_report(CONFIG, MIXED))
    groups = code.split("-")
    run = [sys.executable, "-m", "preflight", "decode", *groups]
    ok = subprocess.run(run, capture_output=True, text=True, timeout=60, env=cli_env())
    assert ok.returncode == 0, ok.stderr
    assert "Internet speed: Check" in ok.stdout
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
    code = encode_report(make_report(CONFIG, MIXED))
    assert not set(code) & set("ILOU")
    assert len(_code_chars(code)) <= 20
    assert set(_code_chars(code)) <= set(string.digits + string.ascii_uppercase)
