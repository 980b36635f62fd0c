"""The help desk's advice after decoding a support code is the advice for exactly the finding
the patient saw: for every finding of every registered check (and the engine's own), a result
with that finding is encoded, decoded, and the decoded likely fixes are that finding's own
help-desk text from its descriptor, its placeholders filled from the agent's configuration.

Then the cases a help desk met with the first codes: no speakers found is not "did not hear
the test sound", the microphone's "no device" is in the code, and a computer that reached
nothing is offline, not "UDP blocked".
"""

from __future__ import annotations

import binascii

import pytest

from preflight.checks.audio.devices import device_failure, no_device
from preflight.checks.audio.microphone import DESCRIPTOR as MICROPHONE
from preflight.checks.audio.speaker import DESCRIPTOR as SPEAKER
from preflight.checks.audio.speaker import NOT_CONFIRMED
from preflight.checks.network.connectivity import HttpsProbe, Probes
from preflight.checks.network.connectivity import assess as assess_network
from preflight.checks.network.stun import StunBurstResult
from preflight.config import load_config
from preflight.engine.findings import ENGINE_FINDINGS, Flags, engine_finding, fill_if_complete
from preflight.engine.registry import default_registry
from preflight.engine.result import Status
from preflight.support import code_v1
from preflight.support.code import ALPHABET, decode_code, encode_report
from preflight.support.code_layout import layout_of
from tests.support.helpers import report_of

CONFIG = load_config()
REGISTRY = default_registry()


def _every_finding():
    for descriptor in REGISTRY.descriptors():
        for spec in descriptor.findings:
            yield pytest.param(descriptor.id, spec.name, id=f"{descriptor.id}.{spec.name}")
        for name in ENGINE_FINDINGS:
            yield pytest.param(descriptor.id, f"engine.{name}", id=f"{descriptor.id}:engine.{name}")


def _expected(check_id: str, finding_id: str) -> list[str]:
    """The finding's own help-desk text, as its descriptor words it, with the agent's config."""
    descriptor = REGISTRY.descriptor(check_id)
    spec = descriptor.spec(finding_id)
    if not spec.helpdesk:
        return []
    fields = {"check": descriptor.title.lower(), **CONFIG.section(check_id)}
    line = fill_if_complete(spec.helpdesk, fields)
    assert line is not None, f"{finding_id}: its help-desk text names a value the code lacks"
    return [line]


@pytest.mark.parametrize(("check_id", "name"), list(_every_finding()))
def test_each_finding_decodes_to_its_own_help_desk_advice(check_id, name):
    descriptor = REGISTRY.descriptor(check_id)
    if name.startswith("engine."):
        finding = engine_finding(name.partition(".")[2])
    else:
        finding = descriptor.finding(name)
    result = descriptor.result([finding])
    report = report_of([result], CONFIG)
    decoded = decode_code(encode_report(report), CONFIG)

    assert decoded.statuses[check_id] == result.status.value
    spec = descriptor.spec(finding.id)
    if spec.level is Status.PASS:
        # A pass needs no finding in the code: its status says it all, unless a flag carries
        # it (a hint such as network.wifi_band_hint, which the agent should hear).
        flagged = any(isinstance(cf, Flags) and spec.name in cf.findings
                      for cf in descriptor.code_fields)
        assert decoded.findings[check_id] == ((finding.id,) if flagged else ())
    else:
        assert decoded.findings[check_id] == (finding.id,)
    assert decoded.likely_fixes() == _expected(check_id, finding.id)
    # No other check speaks up.
    assert all(s == "not_run" for cid, s in decoded.statuses.items() if cid != check_id)


def test_every_non_pass_finding_has_its_place_in_the_code():
    """Each check's main field can name each of its findings that is not a pass: none of
    them reaches the agent as "a problem was found"."""
    layout = layout_of(REGISTRY)
    for descriptor in REGISTRY.descriptors():
        main = layout.check(descriptor.id).main
        for spec in descriptor.findings:
            if spec.level is not Status.PASS:
                assert f"{descriptor.id}.{spec.name}" in main


# -- the first help desk's cases ----------------------------------------------------------------


def _decode(*results):
    return decode_code(encode_report(report_of(list(results), CONFIG)), CONFIG)


def test_no_speakers_is_not_a_sound_the_caller_did_not_hear():
    result = device_failure(SPEAKER, no_device("output"), "", tone_detected=False,
                            method=NOT_CONFIRMED)
    assert result.finding_ids == ("speaker.no_device",)
    decoded = _decode(result)
    assert decoded.findings["speaker"] == ("speaker.no_device",)
    assert decoded.likely_fixes() == [SPEAKER.spec("speaker.no_device").helpdesk]
    text = decoded.render()
    assert "No speakers or headphones were found" in text
    for wrong in ("did not hear", "no answer", "Nobody confirmed"):
        assert wrong not in text, wrong
    assert "how the sound was confirmed: not confirmed" in text


def test_no_microphone_is_in_the_code_with_its_own_advice():
    result = device_failure(MICROPHONE, no_device("input"), "")
    decoded = _decode(result)
    assert decoded.statuses["microphone"] == "fail"
    assert decoded.findings["microphone"] == ("microphone.no_device",)
    assert decoded.likely_fixes() == [MICROPHONE.spec("microphone.no_device").helpdesk]
    assert "a problem was found" not in decoded.render()


def test_nothing_reachable_is_offline_not_udp_blocked():
    # What the network check measures with no connection at all: no name resolves, no TCP
    # connection, every STUN request unanswered (100% loss).
    probes = Probes(dns={"zoom.us": False}, https=[HttpsProbe("zoom.us", problem="dns")],
                    captive_portal=None, stun=StunBurstResult(sent=10))
    result = assess_network(probes, CONFIG.section("network"))
    assert result.finding_ids == ("network.offline",)
    assert result.metrics["udp_loss_pct"] == 100.0
    decoded = _decode(result)
    assert decoded.findings["network"] == ("network.offline",)
    fixes = decoded.likely_fixes()
    assert fixes == [REGISTRY.descriptor("network").spec("network.offline").helpdesk]
    text = decoded.render()
    assert "UDP" not in " ".join(fixes) and "blocked" not in text


def test_a_format_1_code_of_an_offline_caller_does_not_say_udp_blocked():
    """Format 1 carried no findings; it wrote 100% loss for an offline caller too. With names
    and services both failing, the loss bucket reads "100%", without "(UDP blocked)"."""
    values = {"version": 1, "app_major": 0, "app_minor": 1, "overall": 2, "status_network": 3,
              "udp_loss_pct": 7, "dns_ok": 1, "https_ok": 1}
    decoded = decode_code(v1_code(values), CONFIG)
    assert decoded.statuses["network"] == "fail"
    assert decoded.buckets["udp_loss_pct"] == "100%"
    assert "UDP blocked" not in decoded.render()
    # With the services reachable, 100% loss is still UDP blocked.
    values.update(dns_ok=2, https_ok=2)
    assert decode_code(v1_code(values), CONFIG).buckets["udp_loss_pct"] == "100% (UDP blocked)"


def v1_code(values: dict[str, int]) -> str:
    """A format-1 code with these field values (the others 0), packed by format 1's layout."""
    number = 0
    for name, bits, *_ in code_v1._FIELDS:
        number = (number << bits) | values.get(name, 0)
    crc = binascii.crc_hqx(number.to_bytes((code_v1.PAYLOAD_BITS + 7) // 8, "big"), 0xFFFF)
    number = (number << 16) | crc
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(20)))
