"""Saved reports: JSON against the schema, well-formed escaped HTML, PDFs that really render
(poppler's pdftoppm / pdftotext), atomic private writes, and plain errors for bad places.

Real components throughout: Qt's PDF writer, poppler, jsonschema, and real read-only and full
file systems (small tmpfs mounts; skipped where mounting is not allowed).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from preflight.checks.system import DESCRIPTOR as SYSTEM
from preflight.engine.present import check_title, status_word, verdict
from preflight.engine.report import RunReport
from preflight.engine.result import Status
from preflight.support.code import decode_code
from preflight.support.reports import (
    ReportError,
    render_html,
    render_text,
    report_document,
    save_report,
)
from tests.conftest import REPO, cli_env
from tests.support.helpers import MIXED, MIXED_SYSTEM_FINDINGS, make_report

SCHEMA = json.loads((REPO / "resources" / "schema" / "report.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture
def report(config):
    return make_report(
        config,
        MIXED,
        summary='Camera <b>busy</b> & "in use" by Tom\'s app',
        advice=("Close Zoom & Teams, then <try> again.",),
        findings={"system": [SYSTEM.finding(n, limits={"uptime_max_days": 7.0}, days=9)
                             if n == "uptime_long" else SYSTEM.finding(n)
                             for n in MIXED_SYSTEM_FINDINGS]},
    )


SYSTEM_FINDINGS_LINE = (
    "Findings: system.cpu_busy, system.memory_low, system.uptime_long, system.battery_low"
)


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# -- JSON ------------------------------------------------------------------------------------


def test_json_report_validates_against_the_schema(report, tmp_path):
    path = save_report(report, tmp_path / "report.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    VALIDATOR.validate(document)
    assert document["schema"] == "preflight.report/2"
    assert document["support_code"] == report_document(report)["support_code"]
    assert [c["id"] for c in document["checks"]] == list(MIXED)
    system = document["checks"][-1]
    assert [f["id"] for f in system["findings"]] == [f"system.{n}" for n in MIXED_SYSTEM_FINDINGS]
    assert system["findings"][2] == {"id": "system.uptime_long", "level": "warn",
                                     "values": {"days": 9}, "limits": {"uptime_max_days": 7.0}}
    assert document["restart_findings"] == ["system.cpu_busy", "system.memory_low",
                                            "system.uptime_long"]
    assert document["cancelled"] is False
    # What the report says and what its support code says agree.
    decoded = decode_code(document["support_code"], report.config)
    assert decoded.restart_findings() == document["restart_findings"]
    assert decoded.statuses["camera"] == document["checks"][0]["status"]


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.update(overall="ready"),
        lambda d: d["checks"][0].update(status="ok"),
        lambda d: d.pop("hotline"),
        lambda d: d.update(support_code="ILOU-1234"),
        lambda d: d["checks"][0].pop("summary"),
        lambda d: d["checks"][-1].pop("findings"),
        lambda d: d["checks"][-1]["findings"][0].pop("id"),
        lambda d: d["checks"][-1]["findings"][0].update(level="bad"),
        lambda d: d["checks"][-1]["findings"][0].update(id="no dot"),
        lambda d: d.update(restart_findings=["System uptime"]),
        lambda d: d.pop("cancelled"),
        lambda d: d.update(schema="preflight.report/1"),
    ],
)
def test_schema_rejects_broken_documents(report, breakage):
    document = json.loads(json.dumps(report_document(report)))
    VALIDATOR.validate(document)
    breakage(document)
    assert list(VALIDATOR.iter_errors(document))


def test_real_cli_json_and_saved_reports_validate(tmp_path):
    """`preflight check --only system` on this machine, saving all three formats."""
    for ext in ("json", "html", "pdf"):
        target = tmp_path / f"run.{ext}"
        env = cli_env()
        for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(var, None)  # the CLI must find its own way to render a PDF with no screen
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "preflight",
                "check",
                "--only",
                "system",
                "--non-interactive",
                "--json",
                "--report",
                str(target),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert out.returncode in (0, 1), out.stderr
        assert "Traceback" not in out.stderr
        document = json.loads(out.stdout)
        VALIDATOR.validate(document)
        # The agent, given only the code, reads the verdicts and findings the report shows.
        decoded = decode_code(document["support_code"])
        assert decoded.overall == document["overall"]
        system = document["checks"][0]
        assert decoded.statuses["system"] == system["status"]
        assert set(decoded.findings["system"]) <= {f["id"] for f in system["findings"]}
        assert decoded.statuses["camera"] == "not_run"
        assert decoded.restart_findings() == document["restart_findings"]
        assert bool(decoded.restart_findings()) == document["restart_recommended"]
        assert target.is_file(), out.stderr
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    VALIDATOR.validate(json.loads((tmp_path / "run.json").read_text()))
    assert (tmp_path / "run.pdf").read_bytes().startswith(b"%PDF")


# -- HTML ------------------------------------------------------------------------------------


class _StrictParser(HTMLParser):
    """Fails on any unbalanced tag (void elements excepted)."""

    VOID = frozenset({"meta", "br", "img", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def test_html_is_well_formed_escaped_and_complete(report, tmp_path, config):
    path = save_report(report, tmp_path / "report.HTML")  # endings are case-insensitive
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)  # XML-strict: every tag closed, every & escaped
    parser = _StrictParser()
    parser.feed(text)
    parser.close()
    assert parser.stack == []
    assert "b" not in parser.tags and "try" not in parser.tags  # the summary stayed text
    body_text = "".join(root.itertext())
    assert 'Camera <b>busy</b> & "in use" by Tom\'s app' in body_text
    assert "Close Zoom & Teams, then <try> again." in body_text
    code = report_document(report)["support_code"]
    sentence = verdict(report.results).sentence
    assert sentence == "Let's get you some help"  # the window's and the CLI's words
    for words in (
        config.organisation_name,
        "2026-11-27",
        sentence,
        "Camera: Problem",
        "Microphone: Check this",
        "Speakers: Ready",
        "Computer: Check this",
        SYSTEM_FINDINGS_LINE,
        "Download speed:",  # a metric by its label (docs/metrics.md), not its key
        "2 Mbit/s",  # its value, with its unit
        code,
        config.hotline["phone"],
        "We recommend restarting",
        "Your computer has been on for 9 days.",  # the restart reason, from the finding
    ):
        assert words in body_text, words
    for r in report.results:
        assert f"{check_title(r.id)}: {status_word(r.status)}" in body_text
    assert root.get("lang") == "en"


def test_plain_text_details(report, config):
    text = render_text(report)
    code = report_document(report)["support_code"]
    for words in (
        config.organisation_name,
        "Overall: Let's get you some help\n",
        "Camera: Problem",
        "Speakers: Ready",
        "    " + SYSTEM_FINDINGS_LINE + "\n",
        "Problem: busy",  # Copy details has every metric, the help desk's codes too
        "Frame rate: 30 fps",
        "Support code: " + code,
        config.hotline["phone"],
        "Close Zoom & Teams",
    ):
        assert words in text, words
    assert "Findings:" not in text.split("Computer:")[0]  # only checks with findings


def test_reports_speak_the_reader_s_language(report):
    """The status words, titles and verdict are the presentation module's, translated."""
    from preflight import i18n

    i18n.set_language("es")
    try:
        text = render_text(report)
        page = render_html(report)
        body = "".join(ET.fromstring(page).itertext())
        sentence = verdict(report.results).sentence
        assert sentence in text and sentence in body
        for r in report.results:
            line = f"{check_title(r.id)}: {status_word(r.status)}"
            assert line in text and line in body
        assert '<html lang="es" dir="ltr">' in page
    finally:
        i18n.set_language("en")


def test_a_report_1_document_still_opens(config):
    """A document saved by Preflight 0.1 (no findings) opens in the help-desk mode."""
    document = {
        "schema": "preflight.report/1", "app_version": "0.1.0",
        "started_at": "2026-11-27T18:57:46+00:00", "overall": "warn",
        "restart_recommended": True,
        "restart_reasons": ["Your computer has been on for 9 days."],
        "hotline": {"label": "Help", "phone": "555-0100", "option": "press 2"},
        "checks": [{"id": "system", "status": "warn",
                    "summary": "Your computer is short of resources. A restart is recommended.",
                    "advice": ["Restart your computer shortly before your visit."],
                    "metrics": {"uptime_days": 9.2,
                                "restart_reasons": ["Your computer has been on for 9 days."]},
                    "duration_s": 1.02}],
        "support_code": "42G0-02G0-0000-002C-8W3Y",
    }
    report = RunReport.from_dict(document, config)
    (system,) = report.results
    assert system.status is Status.WARN and system.findings == ()
    assert system.summary.startswith("Your computer is short of resources")
    assert report.restart_reasons == ["Your computer has been on for 9 days."]
    assert report.overall == "warn" and not report.cancelled
    # Saved again, it is a /2 document (without findings) that the schema accepts.
    again = report_document(report)
    VALIDATOR.validate(again)
    assert again["schema"] == "preflight.report/2"
    assert again["checks"][0]["findings"] == []
    assert "Findings:" not in render_text(report)
    # The code it carried is format 1, and still reads.
    assert decode_code(document["support_code"], config).statuses["system"] == "warn"


# -- PDF -------------------------------------------------------------------------------------


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")
def test_pdf_renders_to_non_blank_pages(report, tmp_path, qapp):
    import numpy as np
    from PySide6.QtGui import QImage

    path = save_report(report, tmp_path / "report.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 1
    image = QImage(str(pages[0])).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=stride * height)
    pixels = pixels.reshape(height, stride)[:, :width]
    assert pixels.std() > 10  # text on white, not an empty page
    assert (pixels < 128).mean() > 0.005  # a fair amount of ink
    words = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    words = unicodedata.normalize("NFKC", words)  # Qt sets "fl" and "ffi" as ligatures
    assert "Preflight report" in words
    assert report_document(report)["support_code"] in words
    assert "Let's get you some help" in words.replace("’", "'")


def test_a_long_report_flows_onto_more_pages(config, tmp_path, qapp):
    advice = tuple(f"Step {n}: a long piece of advice that takes its own line." for n in range(80))
    long = make_report(config, MIXED, advice=advice)
    path = save_report(long, tmp_path / "long.pdf")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60)
    lines = info.stdout.splitlines()
    pages = int(next(line.split()[-1] for line in lines if line.startswith("Pages")))
    assert pages >= 2


# -- writing ---------------------------------------------------------------------------------


def test_files_are_private_and_replaced_atomically(report, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    save_report(report, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text())["schema"] == "preflight.report/2"
    assert _no_temp_files(tmp_path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.docx", "can be saved as .json, .html or .pdf"),
        ("report", "can be saved as .json, .html or .pdf"),
        ("missing-folder/report.json", "does not exist"),
    ],
)
def test_bad_names_give_plain_errors(report, tmp_path, name, message):
    with pytest.raises(ReportError, match=message):
        save_report(report, tmp_path / name)


def test_a_folder_or_a_file_in_the_way(report, tmp_path):
    (tmp_path / "taken.json").mkdir()
    with pytest.raises(ReportError, match="is a folder"):
        save_report(report, tmp_path / "taken.json")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(ReportError, match="not a folder"):
        save_report(report, tmp_path / "afile" / "report.json")


@pytest.fixture
def tmpfs(tmp_path):
    """A small real file system we can fill up or make read-only."""
    mounts: list[Path] = []

    def mount(options: str) -> Path:
        point = tmp_path / f"mnt{len(mounts)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounts.append(point)
        return point

    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a small file system")
    yield mount
    for point in mounts:
        subprocess.run(["umount", str(point)], check=False)


def test_read_only_folder(report, tmpfs):
    folder = tmpfs("ro,size=64k")
    with pytest.raises(ReportError, match="may not save files in"):
        save_report(report, folder / "report.html")


def test_full_disk_keeps_the_old_file_and_leaves_no_temp(report, tmpfs):
    folder = tmpfs("size=64k")
    old = folder / "report.html"
    old.write_bytes(b"<p>old</p>")
    with open(folder / "filler", "wb", buffering=0) as f:  # fill the disk to the last block
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
    with pytest.raises(ReportError, match="disk is full"):
        save_report(report, old)
    assert old.read_bytes() == b"<p>old</p>"
    assert _no_temp_files(folder)


def test_html_render_is_pure_text(report):
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html


def test_pdf_without_qt_is_a_plain_error(tmp_path):
    """A build without Qt (blocked at import in a real process) says to use .html instead."""
    from tests.test_architecture import BLOCK_QT, QT_MODULES

    code = BLOCK_QT.format(qt=QT_MODULES) + (
        "import sys\n"
        "from preflight.config import load_config\n"
        "from tests.support.helpers import MIXED, make_report\n"
        "from preflight.support.reports import ReportError, save_report\n"
        "try:\n"
        f"    save_report(make_report(load_config(), MIXED), {str(tmp_path / 'r.pdf')!r})\n"
        "except ReportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(),
        cwd=REPO,
    )
    assert out.returncode == 0, out.stderr
    assert "Save the report as .html instead." in out.stdout
    assert not (tmp_path / "r.pdf").exists()
