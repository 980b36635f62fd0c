"""Saved reports (.json, .html, .pdf) and the plain-text "Copy details".

Files are written atomically (a temporary file in the same folder, then os.replace) with mode
0o600: a report is about the patient's computer and is theirs to share, nobody else's.
The PDF is the HTML report laid out by Qt's own QTextDocument and QPdfWriter (QtGui only, no
extra dependency), imported inside `render_pdf` so the CLI and engine stay Qt-free; its paper
is `[report] page_size` ("auto": the computer's region's, Letter or A4).

Each metric is shown with its label and unit from the check's descriptor (`MetricSpec`, the
same catalogue docs/metrics.md is generated from): "Free memory: 5.4 GB".
"""

from __future__ import annotations

import errno
import html
import json
import logging
import math
import os
import sys
import tempfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from preflight.engine.findings import ENGINE_METRICS, fill_if_complete
from preflight.engine.present import check_title, status_word, verdict
from preflight.i18n import bcp47, current_language, is_rtl, isolate, localize, tr, tr_noop
from preflight.resources import bundled_fonts
from preflight.support.code import CodeLayoutError, encode_report

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.findings import MetricSpec
    from preflight.engine.report import RunReport
    from preflight.engine.result import CheckResult

logger = logging.getLogger(__name__)

FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".pdf": "pdf"}

_STATUS_COLOURS = {
    "pass": "#1b6e20",
    "warn": "#8a5300",
    "fail": "#b00020",
    "error": "#b00020",
    "skip": "#555555",
}
_TITLE = tr_noop("Preflight report")


class ReportError(Exception):
    """A report that could not be saved; str() is one plain sentence for the person."""


# -- content shared by every format -------------------------------------------------------------


def report_document(report: RunReport) -> dict[str, Any]:
    """The `preflight.report/2` JSON document, with its support code."""
    document = report.to_dict()
    try:
        document["support_code"] = encode_report(report)
    except CodeLayoutError:  # a plug-in made the checks too big for a code: report without one
        logger.exception("could not make the support code")
    return document


def verdict_sentence(report: RunReport) -> str:
    """The overall verdict, in the words of the CLI summary and the results screen."""
    return verdict(report.results, cancelled=report.cancelled).sentence


def _when(started: datetime) -> str:
    # Shown in the computer's own time zone: that is the clock the patient and agent read.
    local = started.astimezone() if started.tzinfo else started
    zone = local.tzname() or ""
    return f"{local:%Y-%m-%d %H:%M} {zone}".strip()


_YES, _NO, _NONE, _UNKNOWN = tr_noop("yes"), tr_noop("no"), tr_noop("none"), tr_noop("unknown")


def format_metric(value: Any) -> str:
    """A metric value as short readable text (lists of programs, yes/no, numbers), for a
    metric no descriptor describes."""
    if value is None:
        return tr(_UNKNOWN)
    if isinstance(value, bool):
        return tr(_YES) if value else tr(_NO)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {format_metric(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(format_metric(v) for v in value) or tr(_NONE)
    return str(value)


def _number_text(value: float, digits: int) -> str | None:
    """At most `digits` decimals, trailing zeros dropped ("5.4", "20"); None if not finite."""
    if not math.isfinite(value):
        return None
    rounded = round(value, max(0, digits))
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.{max(0, digits)}f}".rstrip("0").rstrip(".")


def _with_unit(number: str, unit: str) -> str:
    if not unit:
        return number
    shown = tr(unit)
    return f"{number}{shown}" if unit == "%" else f"{number} {shown}"


def metric_text(spec: MetricSpec, value: Any) -> str:
    """A metric's value in words, with its unit: "5.4 GB", "python 19.9%, firefox 5.2%",
    "yes", "HD video (720p)". Text that is already words (a support code's bucket, "1.2 to 3
    Mbit/s") is shown as it is."""
    if value is None:
        return tr(_UNKNOWN)
    if isinstance(value, bool):
        return tr(_YES) if value else tr(_NO)
    if isinstance(value, (int, float)):
        number = _number_text(float(value) * spec.scale, spec.digits)
        return tr(_UNKNOWN) if number is None else _with_unit(number, spec.unit)
    if isinstance(value, str):
        words = spec.words.get(value)
        return tr(words) if words else value
    if isinstance(value, Mapping):
        return _item_text(spec, value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_item_text(spec, item) for item in value) or tr(_NONE)
    return str(value)


def _item_text(spec: MetricSpec, item: Any) -> str:
    """One entry of a list metric, or a table metric, through the spec's `item` pattern."""
    if not isinstance(item, Mapping):
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            return _number_text(float(item), spec.digits) or tr(_UNKNOWN)
        return format_metric(item)
    fields = {
        k: (_number_text(float(v), spec.digits)
            if isinstance(v, (int, float)) and not isinstance(v, bool)
            # a code among the spec's words ("works") is said in words
            else tr(spec.words[v]) if isinstance(v, str) and v in spec.words else v)
        for k, v in item.items()
    }
    if spec.item:
        line = fill_if_complete(spec.item, fields)
        if line is not None:
            return line
        if fields.get("name"):  # a server without its distance: its name
            return str(fields["name"])
    return format_metric(item)


def _metric_specs(check_id: str) -> tuple[MetricSpec, ...]:
    """The check's metric specs (and the engine's), from its descriptor; none for a check this
    Preflight does not have (a report from another version)."""
    from preflight.engine.registry import UnknownCheckError, default_registry

    try:
        descriptor = default_registry().descriptor(check_id)
    except UnknownCheckError:
        return tuple(ENGINE_METRICS.values())
    return (*descriptor.metrics, *ENGINE_METRICS.values())


def metric_rows(result: CheckResult, *, everything: bool = False) -> list[tuple[str, str]]:
    """(label, value) for each of the result's metrics, in the order its descriptor lists
    them, then any metric it does not describe (by its key). Unless `everything`, metrics for
    the help desk only (`MetricSpec.shown` False) and values that were not measured (None)
    are left out; an empty text (no device name) always is."""
    metrics = {k: v for k, v in _metrics(result) if v != "" and (everything or v is not None)}
    rows: list[tuple[str, str]] = []
    for spec in _metric_specs(result.id):
        if spec.key not in metrics:
            continue
        value = metrics.pop(spec.key)
        if spec.shown or everything:
            rows.append((tr(spec.label), isolate(metric_text(spec, value))))
    rows.extend((str(key), isolate(format_metric(value))) for key, value in metrics.items())
    return rows


def _findings_line(result: CheckResult) -> str:
    """The finding ids, for the help desk ("Findings: camera.no_face"); "" when none."""
    if not result.findings:
        return ""
    return tr(tr_noop("Findings: {ids}"), ids=", ".join(result.finding_ids))


def _metrics(result: CheckResult) -> list[tuple[str, Any]]:
    # restart_reasons: the sentence list of a preflight.report/1 result (said once, above)
    return [(k, v) for k, v in result.metrics.items() if k != "restart_reasons"]


def _hotline_line(report: RunReport, *, heading: bool = False) -> str:
    """The support line in one sentence; under a "Need help?" heading (`heading`), without
    saying "Need help?" again."""
    # The profile's shipped sentences are translated; an organisation's own words are not.
    hotline = localize(report.config.hotline)
    # TRANSLATORS: SAFETY (hotline): plainly, calling gets help; the number stays as written.
    text = (tr_noop("Call {label}: {phone}, {option}.") if heading
            else "Need help? Call {label}: {phone}, {option}.")
    return tr(text, label=hotline["label"], phone=hotline["phone"], option=hotline["option"])


def _checked_on(report: RunReport) -> str:
    return tr(tr_noop("Checked on {when} with Preflight {version}"),
              when=_when(report.started_at), version=report.app_version)


def _restart_intro() -> str:
    # TRANSLATORS: SAFETY (restart): the patient must understand that unsaved work is lost.
    return tr("We recommend restarting your computer shortly before your visit:")


def render_text(report: RunReport) -> str:
    """Plain text for "Copy details": everything the human report shows."""
    document = report_document(report)
    lines = [
        tr(tr_noop("Preflight report for {organisation}"),
           organisation=report.config.organisation_name),
        _checked_on(report),
        "",
        tr("Overall: {verdict}", verdict=verdict_sentence(report)),
    ]
    for r in report.results:
        lines.append("")
        lines.append(f"{check_title(r.id)}: {status_word(r.status)} - {r.summary}")
        lines.extend(f"  - {tip}" for tip in r.advice)
        if r.findings:
            lines.append(f"    {_findings_line(r)}")
        lines.extend(f"    {label}: {value}" for label, value in metric_rows(r, everything=True))
    if report.restart_recommended:
        lines.append("")
        lines.append(_restart_intro())
        lines.extend(f"  - {reason}" for reason in report.restart_reasons)
    if document.get("support_code"):
        lines.append("")
        lines.append(tr(tr_noop("Support code: {code}"), code=document["support_code"]))
    hotline = localize(report.config.hotline)
    lines.append("")
    lines.append(_hotline_line(report))
    if hotline.get("hours"):
        lines.append(str(hotline["hours"]))
    return "\n".join(lines) + "\n"


_CSS = """
body { font-family: %(fonts)s'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 11pt;
       color: #111; }
h1 { font-size: 18pt; margin-bottom: 3px; }
h2 { font-size: 14pt; margin-top: 18px; }
h3 { font-size: 12pt; margin-top: 22px; margin-bottom: 4px; }
.muted { color: #444; }
.code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 16pt; }
td { padding: %(td_padding)s; vertical-align: top; }
"""
# Fonts that have the language's letters, first: Debian's Noto (the Linux bundle carries them,
# scripts/bundle_fonts.py), then Windows' and macOS's own. Qt's PDF writer and browsers fall
# back through this list, never to empty boxes while one of them is there.
REPORT_FONTS = {
    "zh_CN": "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', ",
    "ar": "'Noto Sans Arabic', 'Segoe UI', 'Geeza Pro', ",
}


def _css() -> str:
    language = current_language()
    return _CSS % {
        "fonts": REPORT_FONTS.get(language, ""),
        # The gap between a metric's label and its value is on the reading side's end.
        "td_padding": "1px 0 1px 10px" if is_rtl(language) else "1px 10px 1px 0",
    }


def render_html(report: RunReport) -> str:
    """A self-contained, well-formed (XHTML-compatible) HTML report; every text is escaped."""
    e = html.escape
    document = report_document(report)
    overall_colour = _STATUS_COLOURS.get(report.overall, "#111")
    title = tr(_TITLE)
    direction = "rtl" if is_rtl() else "ltr"
    out = [
        "<!DOCTYPE html>",
        # Right to left in Arabic: browsers read `dir` on <html>, Qt's rich text (the PDF) on
        # <body>; "ltr" is said too, so a page shown inside a right-to-left one stays as it is.
        f'<html lang="{e(bcp47(current_language()))}" dir="{direction}">',
        "<head>",
        '<meta charset="utf-8" />',
        f"<title>{e(title)} - {e(report.config.organisation_name)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        f'<body dir="{direction}">',
        f"<h1>{e(title)}</h1>",
        f'<p class="muted">{e(report.config.organisation_name)}<br />',
        f"{e(_checked_on(report))}</p>",
        f'<h2 style="color: {overall_colour}">{e(verdict_sentence(report))}</h2>',
    ]
    if report.restart_recommended:
        out.append(f"<p>{e(_restart_intro())}</p>")
        out.append("<ul>")
        out.extend(f"<li>{e(reason)}</li>" for reason in report.restart_reasons)
        out.append("</ul>")
    for r in report.results:
        status = r.status.value
        colour = _STATUS_COLOURS.get(status, "#111")
        out.append(
            f'<h3>{e(check_title(r.id))}: <span style="color: {colour}">'
            f"{e(status_word(r.status))}</span></h3>"
        )
        out.append(f"<p>{e(r.summary)}</p>")
        if r.advice:
            out.append("<ul>")
            out.extend(f"<li>{e(tip)}</li>" for tip in r.advice)
            out.append("</ul>")
        if r.findings:
            out.append(f'<p class="muted findings">{e(_findings_line(r))}</p>')
        rows = metric_rows(r)
        if rows:
            # Width and spacing inline and margins in px: Qt's rich text (the PDF) reads a
            # table's style only there, and drops margins given in pt.
            out.append('<table class="metrics" width="100%" cellspacing="0" cellpadding="1" '
                       'style="margin-top: 4px; margin-bottom: 8px;">')
            out.extend(
                f'<tr><td class="muted" width="50%">{e(label)}:</td>'
                f"<td>{e(value)}</td></tr>"
                for label, value in rows
            )
            out.append("</table>")
    if document.get("support_code"):
        out.append(f"<h2>{e(tr(tr_noop('Support code')))}</h2>")
        # TRANSLATORS: SAFETY (support code): read aloud to the help desk; the code stays as it is.
        out.append(f"<p>{e(tr(tr_noop('If you call for help, read this code to the help desk:')))}"
                   "</p>")
        out.append(f'<p class="code" dir="ltr">{e(document["support_code"])}</p>')
    hotline = localize(report.config.hotline)
    # TRANSLATORS: SAFETY (hotline): plainly, calling gets help; the number stays as written.
    out.append(f"<h2>{e(tr(tr_noop('Need help?')))}</h2>")
    out.append(f"<p>{e(_hotline_line(report, heading=True))}</p>")
    for key in ("hours", "disconnection_note"):
        if hotline.get(key):
            out.append(f"<p>{e(str(hotline[key]))}</p>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# -- PDF (Qt) ------------------------------------------------------------------------------

_gui_app: Any = None  # kept alive for the process: Qt must not lose its application object


def _ensure_gui_app() -> None:
    """QTextDocument needs a QGuiApplication for fonts; make an offscreen one if none exists."""
    global _gui_app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    argv = ["preflight"]
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]  # a terminal over SSH or a CI box has no screen
    _gui_app = QGuiApplication(argv)


# `[report] page_size`: "letter", "a4", or "auto": the paper of the computer's region.
PAGE_SIZES = ("auto", "letter", "a4")
# The regions whose paper is US Letter (Unicode CLDR, supplementalData.xml, "paperSize");
# every other region uses A4.
LETTER_REGIONS = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def locale_region(name: str | None) -> str:
    """The region of a locale name: "en_US.UTF-8" and "es-MX" give "US" and "MX"; a name
    without one ("C", "es") gives ""."""
    tag = (name or "").split(".")[0].split("@")[0].replace("-", "_")
    parts = tag.split("_")
    region = parts[1] if len(parts) > 1 else ""
    return region.upper() if len(region) == 2 and region.isalpha() else ""


def system_region() -> str:
    """The computer's region: the locale variables that choose the paper (LC_ALL, then
    LC_PAPER, then LANG: the first one set decides), else the system's own settings (Qt's
    QLocale.system(), which reads Windows' and macOS's region)."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return locale_region(value)
    try:
        from PySide6.QtCore import QLocale
    except ImportError:
        return ""
    return locale_region(QLocale.system().name())


def paper_size(config: Config, region: str | None = None) -> str:
    """"letter" or "a4": `[report] page_size`, or for "auto" the paper of `region` (default:
    this computer's region, `system_region`)."""
    setting = config.get("report.page_size", "auto")
    if setting in ("letter", "a4"):
        return str(setting)
    if setting != "auto":  # the configuration refuses other values; a Config built in code
        logger.warning("[report] page_size %r is not one of %s: using auto", setting,
                       ", ".join(PAGE_SIZES))
    shown = system_region() if region is None else region
    return "letter" if shown.upper() in LETTER_REGIONS else "a4"


_registered_fonts: set[Path] = set()


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Give Qt the fonts the bundle carries for Chinese and Arabic (Linux: scripts/
    bundle_fonts.py; elsewhere the system has them and the folder is absent). Added once per
    process; returns the families added. The window calls this at start, the PDF report
    before laying out (it may run from the CLI, without the window)."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in bundled_fonts(folder):
        if path in _registered_fonts:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("could not load the bundled font %s", path.name)
            continue
        _registered_fonts.add(path)
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def render_pdf(report: RunReport) -> bytes:
    """The HTML report laid out on pages by Qt, as PDF bytes, on the paper `paper_size` gives
    (Letter or A4)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_gui_app()
    register_bundled_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    letter = paper_size(report.config) == "letter"
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(tr(_TITLE))
    writer.setCreator(f"Preflight {report.app_version}")
    doc = QTextDocument()
    doc.setHtml(render_html(report))
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF"):
        raise ReportError("The PDF report could not be made. Save it as .html instead.")
    return pdf


# -- saving --------------------------------------------------------------------------------


def render_report(report: RunReport, kind: str) -> bytes:
    """The file's bytes for kind "json", "html" or "pdf"."""
    if kind == "json":
        text = json.dumps(report_document(report), indent=2, ensure_ascii=False)
        return (text + "\n").encode("utf-8")
    if kind == "html":
        return render_html(report).encode("utf-8")
    if kind == "pdf":
        try:
            return render_pdf(report)
        except ImportError:  # a build without Qt's GUI module (e.g. a slimmed CLI bundle)
            logger.exception("PDF rendering is not available")
            raise ReportError(
                "PDF reports are not available in this version. Save the report as .html instead."
            ) from None
    raise ReportError("Reports can be saved as .json, .html or .pdf files.")


def _os_message(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            "The disk is full, so the report was not saved. Free some space or choose "
            "another place."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Preflight may not save files in {folder}. Choose another folder, such as your "
            "Documents folder."
        )
    if exc.errno == errno.ENOENT:
        return f"The folder {folder} does not exist. Choose another folder."
    if exc.errno == errno.ENOTDIR:
        return f"{folder} is not a folder. Choose another place for the report."
    if exc.errno == errno.EISDIR:
        return f"{path} is a folder. Give the report a file name, such as report.pdf."
    reason = exc.strerror or type(exc).__name__
    return f"The report could not be saved to {path} ({reason})."


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` in one step (temp file + os.replace), mode 0o600.

    A crash or full disk leaves either the old file or the new one, never half a report.
    """
    try:
        # mkstemp creates the file with mode 0o600 whatever the umask.
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ReportError(_os_message(exc, path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except OSError as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise ReportError(_os_message(exc, path)) from None


def save_report(report: RunReport, path: str | os.PathLike[str]) -> Path:
    """Save the report as .json, .html or .pdf (chosen by the file name's ending).

    Raises ReportError with a plain sentence for a bad name, a missing, read-only or full
    folder. Overwrites an existing file (the GUI asks first; the CLI was told the name).
    """
    target, kind = _target(path)
    data = render_report(report, kind)
    write_atomic(target, data)
    logger.info("report saved (%s, %d bytes)", kind, len(data))
    return target


def check_report_path(path: str | os.PathLike[str]) -> Path:
    """Raise the ReportError `save_report` would raise for this name or folder, before there
    is a report: the CLI asks before any check runs. Tries to create (and removes) a temporary
    file in the folder, as the save will, so a missing, read-only or forbidden folder is found
    now; a disk that fills up in the meantime is still found by `save_report`."""
    target, _ = _target(path)
    try:
        fd, probe = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ReportError(_os_message(exc, target)) from None
    os.close(fd)
    os.unlink(probe)
    return target


def _target(path: str | os.PathLike[str]) -> tuple[Path, str]:
    """The report's file and kind ("json", "html", "pdf") from its name."""
    target = Path(path).expanduser()
    kind = FORMATS.get(target.suffix.lower())
    if kind is None:
        raise ReportError(
            "Reports can be saved as .json, .html or .pdf files: end the file name with one "
            "of these, for example report.pdf."
        )
    if target.is_dir():
        raise ReportError(f"{target} is a folder. Give the report a file name, such as report.pdf.")
    return target, kind
