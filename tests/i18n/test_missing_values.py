"""No raw "{placeholder}" (nor "None") ever reaches a patient or an agent, in any language.

Every finding of every registered check (and the engine's own) is made without the values its
sentences name -- none of them, each one in turn, or None -- as a result read back without its
numbers, a check that could not measure one, or a plug-in's slip would make it. The summary is
then the plain sentence for the finding's level (engine/present.py); advice, help-desk and
restart lines that name a missing value are left out (engine/findings.py)."""

from __future__ import annotations

import pytest

from preflight import i18n
from preflight.engine.findings import (
    ENGINE,
    ENGINE_FINDINGS,
    Descriptor,
    FindingSpec,
    placeholders,
)
from preflight.engine.present import summary_sentence
from preflight.engine.registry import default_registry
from preflight.engine.result import Finding, Status
from preflight.engine.surface import action_fields

LANGUAGES = i18n.available_languages()
# Fields every sentence may name that come from the surface or the descriptor, not the finding.
GIVEN = {"check", *action_fields()}


def _cases(spec: FindingSpec) -> list[dict[str, object]]:
    """The values a finding of `spec` is made with: none at all, each named value missing in
    turn (the others present), and each one None."""
    named = set().union(*(placeholders(t) for t in (spec.summary, *spec.advice, spec.restart,
                                                    spec.helpdesk))) - GIVEN
    cases: list[dict[str, object]] = [{}]
    for name in sorted(named):
        others = {other: "7" for other in named if other != name}
        cases += [others, {**others, name: None}]
    return cases


def _all_findings() -> list[tuple[Descriptor, str, FindingSpec]]:
    """(descriptor, id prefix, spec): each check's findings and the engine's own in each."""
    registry = default_registry()
    out = []
    for cid in registry.ids():
        descriptor = registry.descriptor(cid)
        out += [(descriptor, cid, spec) for spec in descriptor.findings]
        out += [(descriptor, ENGINE, spec) for spec in ENGINE_FINDINGS.values()]
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_placeholder_is_ever_shown_when_values_are_missing(language):
    i18n.set_language(language)
    checked = 0
    for descriptor, prefix, spec in _all_findings():
        for values in _cases(spec):
            finding = Finding(f"{prefix}.{spec.name}", spec.level, values)
            result = descriptor.result([finding])
            shown = [result.summary, *result.advice, *descriptor.helpdesk([finding]),
                     *descriptor.restart_reasons([finding])]
            where = f"{language} {finding.id} {values}"
            assert result.summary.strip(), where
            for line in shown:
                assert "{" not in line and "}" not in line, f"{where}: {line!r}"
                assert "None" not in line, f"{where}: {line!r}"
            checked += 1
    assert checked > 100  # every descriptor's findings were made, not an empty registry


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_complete_finding_keeps_its_own_summary(language):
    """The plain sentence stands in only for a summary that cannot be filled: with every value
    present, each finding says its own sentence (so the test above could fail)."""
    i18n.set_language(language)
    for descriptor, prefix, spec in _all_findings():
        named = placeholders(spec.summary) - GIVEN
        finding = Finding(f"{prefix}.{spec.name}", spec.level, {name: "7" for name in named})
        own = i18n.tr(spec.summary).format_map(descriptor.fields(finding))
        assert descriptor.summary([finding]) == own, finding.id


def test_the_plain_sentence_follows_the_level_and_names_the_check():
    fields = {"check": "video calls"}
    said = {level: summary_sentence("call", "Quality: {resolution}.", fields, level)
            for level in Status}
    assert len(set(said.values())) == len(said)  # one sentence per level, never the same
    for level, sentence in said.items():
        assert "video calls" in sentence and "{" not in sentence, level
    # The call check's passing line without its picture size: the plain sentence, not
    # "Expected video call quality: Excellent ({resolution})."
    call = default_registry().descriptor("call")
    result = call.result([call.finding("excellent")])
    assert result.summary == said[Status.PASS]


def test_a_broken_translation_is_never_shown_raw():
    """A sentence whose braces do not parse (a translator's slip the catalogue tests catch)
    gives the plain sentence, not the text with its braces."""
    line = summary_sentence("call", "Quality: {resolution.", {"check": "video calls",
                                                               "resolution": "720p"},
                            Status.PASS)
    assert "{" not in line and "video calls" in line


def test_an_audio_problem_without_its_values_says_a_plain_sentence():
    """The audio devices' problems (checks/audio/devices.py) are said in the live preview
    from their own spec: the same rule."""
    from preflight.checks.audio.devices import DEVICE_FAILURES, AudioProblem

    for kind in DEVICE_FAILURES:
        for device_kind in ("input", "output"):
            problem = AudioProblem(kind, device_kind)
            assert problem.summary.strip()
            assert "{" not in problem.summary and "None" not in problem.summary, kind
