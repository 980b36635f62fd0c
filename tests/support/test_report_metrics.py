"""Reports for people: every metric with its label and unit from the one metrics catalogue (the
checks' `MetricSpec`s, which docs/metrics.md is generated from), one "Need help?" heading, and
the PDF on the organisation's paper.

Real components: the checks' own pure decisions make the results (tests/support/sample_run.py),
Qt writes the PDF and poppler's pdftotext reads it back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from preflight import i18n
from preflight.checks.camera.problems import missing
from preflight.checks.network.bandwidth import not_measured
from preflight.config import ConfigError, load_config
from preflight.engine.findings import ENGINE_METRICS, MetricSpec, engine_finding
from preflight.engine.registry import default_registry
from preflight.support.code import decode_code, encode_report
from preflight.support.metrics_doc import main as metrics_doc_main
from preflight.support.metrics_doc import metrics_document
from preflight.support.reports import (
    LETTER_REGIONS,
    locale_region,
    metric_text,
    paper_size,
    render_html,
    render_pdf,
    render_text,
)
from tests.conftest import REPO
from tests.support import sample_run
from tests.support.helpers import report_of

CONFIG = load_config()
REGISTRY = default_registry()


@pytest.fixture(scope="module")
def failing():
    return sample_run.failing_run(CONFIG)


def _rows(page: str) -> dict[str, list[tuple[str, str]]]:
    """Check title -> the (label, value) rows of its metrics table, read from the HTML."""
    root = ET.fromstring(page)
    body = root.find("body")
    assert body is not None
    out: dict[str, list[tuple[str, str]]] = {}
    title = ""
    for element in body:
        if element.tag == "h3":
            title = "".join(element.itertext()).split(":")[0]
        elif element.tag == "table":
            out[title] = [
                tuple("".join(td.itertext()) for td in tr.findall("td"))  # type: ignore[misc]
                for tr in element.findall("tr")
            ]
    return out


# -- the catalogue --------------------------------------------------------------------------------


def test_docs_metrics_md_is_generated_from_the_descriptors():
    committed = (REPO / "docs" / "metrics.md").read_text(encoding="utf-8")
    assert committed == metrics_document(), (
        "docs/metrics.md is not what the checks' descriptors say: run "
        "`python -m preflight.support.metrics_doc --write docs/metrics.md`"
    )


def test_the_generator_writes_the_file(tmp_path, capsys):
    target = tmp_path / "metrics.md"
    assert metrics_doc_main(["--write", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == metrics_document()
    assert metrics_doc_main([]) == 0
    assert capsys.readouterr().out == metrics_document()


def _results_of_every_kind():
    """Results the real checks make, on their normal and their failure paths."""
    yield from sample_run.failing_run(CONFIG).results
    yield missing("USB camera").to_result()
    yield not_measured("server_unreachable")
    yield REGISTRY.descriptor("speaker").result([engine_finding("timed_out")], deadline_s=45.0)
    yield REGISTRY.descriptor("system").result([engine_finding("crashed")],
                                               error_type="OSError")


def test_every_metric_the_checks_report_is_described():
    for result in _results_of_every_kind():
        descriptor = REGISTRY.descriptor(result.id)
        for key in result.metrics:
            spec = descriptor.metric(key)
            assert spec is not None, f"{result.id}: metric {key!r} has no MetricSpec"
            assert spec.label and spec.help, f"{result.id}.{key}: a label and a meaning"


def test_every_described_metric_has_a_label_meaning_and_unit_column():
    for descriptor in REGISTRY.descriptors():
        assert descriptor.metrics, f"{descriptor.id} describes no metrics"
        for spec in descriptor.metrics:
            assert spec.label[0].isupper(), f"{descriptor.id}.{spec.key}: {spec.label!r}"
            assert spec.help, f"{descriptor.id}.{spec.key} has no meaning"
            assert spec.doc_units, f"{descriptor.id}.{spec.key} has no unit (or kind)"


def test_two_metrics_of_a_check_may_not_share_a_key():
    from preflight.engine.findings import Descriptor, FindingSpec
    from preflight.engine.result import Status

    with pytest.raises(ValueError, match="share a key"):
        Descriptor("dup", "Dup", "x:Y", (FindingSpec("ok", Status.PASS, "fine"),),
                   metrics=(MetricSpec("a", "A"), MetricSpec("a", "Again")))


@pytest.mark.parametrize(
    ("spec", "value", "shown"),
    [
        (MetricSpec("m", "M", "GB", digits=1), 5.4321, "5.4 GB"),
        (MetricSpec("m", "M", "%"), 19.94, "19.9%"),
        (MetricSpec("m", "M", "%", scale=100.0), 0.125, "12.5%"),
        (MetricSpec("m", "M", "pixels", digits=0), 1280, "1280 pixels"),
        (MetricSpec("m", "M", "MB", scale=1e-6), 41_200_000, "41.2 MB"),
        (MetricSpec("m", "M", "ms", digits=0), 30.0, "30 ms"),
        (MetricSpec("m", "M"), True, "yes"),
        (MetricSpec("m", "M"), False, "no"),
        (MetricSpec("m", "M"), None, "unknown"),
        (MetricSpec("m", "M", "ms"), float("nan"), "unknown"),
        (MetricSpec("m", "M"), [], "none"),
        (MetricSpec("m", "M"), ["firefox", "Teams"], "firefox, Teams"),
        (MetricSpec("m", "M", item="{name} {cpu_percent}%"),
         [{"name": "python", "cpu_percent": 19.94}, {"name": "Teams", "cpu_percent": 5.0}],
         "python 19.9%, Teams 5%"),
        (MetricSpec("m", "M", item="{name} ({distance_km} km)"),
         {"name": "Boston", "host": "", "distance_km": 12.34}, "Boston (12.3 km)"),
        (MetricSpec("m", "M", item="{name} ({distance_km} km)"), {"name": "Boston"}, "Boston"),
        (MetricSpec("m", "M", words={"sd": "standard video"}), "sd", "standard video"),
        (MetricSpec("m", "M", words={"sd": "standard video"}), "other", "other"),
        # A support code's bucket is already words with its unit: shown as it is.
        (MetricSpec("m", "M", "Mbit/s"), "1.2 to 3 Mbit/s", "1.2 to 3 Mbit/s"),
    ],
)
def test_metric_values_read_as_words(spec, value, shown):
    assert metric_text(spec, value) == shown


# -- the HTML and PDF ------------------------------------------------------------------------


def test_html_shows_labels_and_units_grouped_by_check(failing):
    page = render_html(failing)
    rows = _rows(page)
    assert list(rows) == ["Camera", "Microphone", "Speakers", "Internet connection",
                          "Internet speed", "Computer"]
    computer = dict(rows["Computer"])
    assert computer["Free memory:"] == "5.4 GB"
    assert computer["Memory in use:"] == "32.1%"
    assert computer["Time since last restart:"] == "9.4 days"
    assert computer["Programs using the most processor:"] == "firefox 160%, Teams 45%, python 19.9%"
    assert computer["Programs using the most memory:"] == (
        "firefox 1.9 GB, Teams 0.8 GB, python 0.3 GB")
    assert computer["Running on battery:"] == "no"
    assert dict(rows["Internet speed"])["Test server:"] == "Boston Speedtest (12.3 km)"
    assert dict(rows["Internet speed"])["Best video for this connection:"] == "standard video"
    assert dict(rows["Internet speed"])["Upload speed:"] == "0.9 Mbit/s"
    assert dict(rows["Camera"])["Frame rate:"] == "24 fps"
    assert dict(rows["Microphone"])["Voice level:"] == "-51.3 dBFS"
    # In the descriptor's order, each label once.
    labels = [label for label, _ in rows["Computer"]]
    assert labels[:3] == ["Processor used by other programs:", "Processors:", "Memory installed:"]
    assert len(labels) == len(set(labels))
    # No raw keys, and no help-desk codes (the findings line says them).
    text = "".join(ET.fromstring(page).itertext())
    for key in ("memory_used_percent", "top_cpu", "cpu_percent", "download_mbps", "problem",
                "no_device", "short_side_px"):
        assert key not in text.replace("speaker.no_device", ""), key
    # A device with no name (no speakers found) has no empty row.
    assert all(value for _, value in rows["Speakers"])


def test_a_metric_no_descriptor_describes_is_shown_by_its_key(config):
    result = REGISTRY.descriptor("system").result(
        [REGISTRY.descriptor("system").finding("ready")], fan_rpm=2400, memory_available_gb=3.0)
    rows = dict(_rows(render_html(report_of([result], config)))["Computer"])
    assert rows == {"Free memory:": "3 GB", "fan_rpm:": "2400"}


def test_copy_details_has_every_metric_with_its_label(failing):
    text = render_text(failing)
    assert "    Free memory: 5.4 GB\n" in text
    assert "    Problem: no_device\n" in text  # the help desk's codes stay in the details
    assert "    Programs using the most processor: firefox 160%, Teams 45%, python 19.9%\n" in text
    assert "memory_available_gb" not in text


def test_a_decoded_code_s_report_shows_its_buckets_as_words():
    code = encode_report(failing_report := sample_run.failing_run(CONFIG))
    decoded = decode_code(code, CONFIG).to_report(CONFIG)
    rows = _rows(render_html(decoded))
    assert dict(rows["Internet speed"])["Upload speed:"] == "0.6 to 1.2 Mbit/s"
    assert dict(rows["Computer"])["Free memory:"] == "4 to 8 GB"
    assert failing_report.results  # the code was made from the sample run


def test_labels_and_units_speak_the_reader_s_language(failing):
    from preflight.engine.present import check_title

    i18n.set_language("es")
    try:
        rows = dict(_rows(render_html(failing))[check_title("system")])
    finally:
        i18n.set_language("en")
    assert rows["Memoria libre:"] == "5.4 GB"
    assert rows["Tiempo desde el último reinicio:"] == "9.4 días"
    assert rows["Funciona con batería:"] == "no"


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    out = unicodedata.normalize("NFKC", out)  # Qt sets "fl" and "ffi" as ligatures
    return re.sub(r"[ \t]+", " ", out)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_pdf_shows_labels_with_units_and_one_hotline_heading(failing, tmp_path, qapp):
    text = _pdf_text(render_pdf(failing), tmp_path)
    for line in ("Free memory: 5.4 GB", "Time since last restart: 9.4 days",
                 "Download speed: 23.4 Mbit/s", "Voice level: -51.3 dBFS",
                 "Frame rate: 24 fps", "Test server: Boston Speedtest (12.3 km)"):
        assert line in text, line
    assert "memory_available_gb" not in text and "top_cpu" not in text
    assert text.count("Need help?") == 1, text[-600:]
    phone = CONFIG.hotline["phone"]
    assert f"Call Patient Gateway technical support: {phone}, select option 1." in text


def test_html_has_one_need_help(failing):
    page = render_html(failing)
    assert page.count("Need help?") == 1
    assert "<h2>Need help?</h2>" in page
    # The plain text has no heading: it keeps its one sentence.
    assert render_text(failing).count("Need help?") == 1


# -- the paper ---------------------------------------------------------------------------------


def _media_box(pdf: bytes) -> tuple[float, float]:
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
    assert len(boxes) == 1, boxes  # every page the same paper
    ((width, height),) = boxes
    return round(float(width)), round(float(height))


def test_the_default_profile_prints_on_letter(failing, qapp):
    assert CONFIG.get("report.page_size") == "letter"  # a US organisation
    assert _media_box(render_pdf(failing)) == (612, 792)


@pytest.mark.parametrize(
    ("setting", "env", "size"),
    [
        ("a4", {}, (595, 842)),
        ("letter", {"LC_ALL": "de_DE.UTF-8"}, (612, 792)),
        ("auto", {"LC_ALL": "en_US.UTF-8"}, (612, 792)),
        ("auto", {"LC_ALL": "", "LC_PAPER": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}, (612, 792)),
        ("auto", {"LC_ALL": "", "LC_PAPER": "", "LANG": "es_MX.UTF-8"}, (612, 792)),
        ("auto", {"LC_ALL": "de_DE.UTF-8"}, (595, 842)),
        ("auto", {"LC_ALL": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}, (595, 842)),
    ],
)
def test_the_page_size_follows_the_organisation_or_the_region(setting, env, size, monkeypatch,
                                                              qapp):
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    config = CONFIG.with_overrides({"report": {"page_size": setting}}, "org.toml")
    report = report_of(sample_run.failing_run(config).results[:1], config)
    assert _media_box(render_pdf(report)) == size


def test_paper_for_a_region():
    auto = CONFIG.with_overrides({"report": {"page_size": "auto"}})
    for region in ("US", "CA", "MX", "PH", "us"):
        assert paper_size(auto, region) == "letter", region
    for region in ("GB", "DE", "ES", "FR", "IN", "AU", ""):
        assert paper_size(auto, region) == "a4", region
    assert paper_size(CONFIG, "DE") == "letter"  # the organisation's choice wins
    assert {"US", "CA", "MX", "PH"} <= LETTER_REGIONS
    assert [locale_region(n) for n in ("en_US.UTF-8", "es-MX", "fr_CA@euro", "C", "es", None,
                                       "POSIX", "en_US")] == ["US", "MX", "CA", "", "", "", "",
                                                              "US"]


def test_a_page_size_the_organisation_mistyped_is_refused(tmp_path):
    path = tmp_path / "org.toml"
    path.write_text('[report]\npage_size = "legal"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f'Configuration file {path}, line 2: report.page_size: must be one of "auto", '
        '"letter", "a4", not "legal"'
    )


def test_the_engine_metrics_are_described():
    assert set(ENGINE_METRICS) == {"error_type", "deadline_s"}
    assert not any(spec.shown for spec in ENGINE_METRICS.values())
