"""Privacy guarantees, tested (docs/robustness.md):

* checks other than `network`/`bandwidth` open no Python-level sockets; the network checks
  connect only to the configured hosts (the loopback lab server);
* no file is opened for writing while the checks run (no picture or sound reaches the disk),
  except Preflight's own log;
* reports (JSON, HTML, PDF text), the log and the support code contain no IP address, host
  name, user name, MAC address or machine id;
* configuration files cannot run code; report and log files are readable by the user only.

Real checks on the lab devices: a generated video file as the camera, the PulseAudio lab's
virtual microphone and speaker, the loopback speedtest/HTTPS/STUN server. The checks run in a
subprocess under `sys.addaudithook` (tests/privacy/audit_run.py), with a distinctive user name
and, where `unshare --uts` works (root), a distinctive host name, so a leak cannot hide behind
a common word like "root" or "vm".
"""

from __future__ import annotations

import ast
import ipaddress
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from preflight.engine.registry import Registry
from tests.conftest import REPO, cli_env
from tests.robustness.test_cli_faults import write_config

pytestmark = [pytest.mark.timeout(300), pytest.mark.audio]

USER = "pfpatient7315"
HOST = "patient-laptop-4821"
# Every registered check (the call check too: it only reads the others' results, and must open
# no socket of its own).
ALL_CHECKS = Registry().ids()
NETWORK_CHECKS = {"network", "bandwidth"}


def _host_wrapper() -> list[str]:
    """Run under a private UTS namespace with HOST as the host name, when possible."""
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(
        ["unshare", "--uts", "sh", "-c", 'hostname "$0" && hostname', HOST],
        capture_output=True, text=True,
    )
    if probe.returncode != 0 or probe.stdout.strip() != HOST:
        return []
    return ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', HOST]


@pytest.fixture
def world(tmp_path, net_lab, audio_lab) -> dict[str, Any]:
    """A private home, temp and working folder, the lab servers and devices, and a config."""
    from tests.camera.scenes import make_case
    from tests.network.lab_helpers import bandwidth_overrides, network_overrides

    home = tmp_path / "home" / USER
    work, temp = tmp_path / "work", tmp_path / "temp"
    for folder in (home, work, temp):
        folder.mkdir(parents=True)
    video = make_case(tmp_path, "normal", fps=30.0, width=640, height=480, seconds=3.5)
    config = write_config(
        tmp_path / "org.toml", network_overrides(net_lab) | bandwidth_overrides(net_lab)
    )
    wrapper = _host_wrapper()
    env = cli_env(
        SSL_CERT_FILE=str(net_lab.cert_path), HOME=str(home), USER=USER, LOGNAME=USER,
        TMPDIR=str(temp), PYTHONPATH=str(REPO / "src") + os.pathsep + str(REPO),
        QT_QPA_PLATFORM="offscreen", **audio_lab.env,
    )
    return {
        "lab": net_lab, "home": home, "work": work, "temp": temp, "video": video,
        "config": config, "env": env, "wrapper": wrapper,
        "host": HOST if wrapper else __import__("socket").gethostname(),
        "watched": [home, work, temp, *(Path(os.environ[v]) for v in (
            "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"))],
    }


def _listing(folders: list[Path]) -> set[str]:
    return {str(p) for folder in folders for p in folder.rglob("*") if p.is_file()}


def _is_log(path: str) -> bool:
    """Preflight's log file, the null device, or the standard output and error descriptors
    (speedtest-cli re-opens descriptor 1 as UTF-8 text when it is imported)."""
    return Path(path).name.startswith("preflight.log") or path in (os.devnull, "1", "2")


def test_checks_open_only_their_sockets_and_write_nothing(world):
    before = _listing(world["watched"])
    out = subprocess.run(
        [*world["wrapper"], sys.executable, "-m", "tests.privacy.audit_run",
         str(world["config"]), str(world["video"]), *ALL_CHECKS],
        capture_output=True, text=True, env=world["env"], cwd=world["work"], timeout=240,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("AUDIT-JSON: ")][-1]
    audit = json.loads(line.removeprefix("AUDIT-JSON: "))
    assert set(audit["exit_codes"]) == set(ALL_CHECKS)
    lab = world["lab"]
    lab_ports = {lab.http_port, lab.tls_port, lab.stun_port}
    for phase, entries in audit["events"].items():
        for entry in entries:
            if entry["event"] == "open-for-writing":
                # Only Preflight's own log (and /dev/null, where PortAudio's start-up chatter
                # goes); never a picture, a recording or a temp file.
                assert _is_log(entry["path"]), (phase, entry)
                continue
            if entry["event"] in ("socket.connect", "socket.sendto"):
                if entry["family"] == "AF_UNIX":
                    continue  # a local service (e.g. the sound server), not the network
                assert phase in NETWORK_CHECKS, f"{phase} opened a network socket: {entry}"
                host, port = ast.literal_eval(entry["address"])[:2]
                assert ipaddress.ip_address(host).is_loopback, (phase, entry)
                assert port in lab_ports, (phase, entry)
            if entry["event"] == "socket.getaddrinfo":
                assert phase in NETWORK_CHECKS, f"{phase} looked up a name: {entry}"
                assert ast.literal_eval(entry["host"]) in ("localhost", "127.0.0.1", "::1"), entry
    network_events = [e for p in NETWORK_CHECKS for e in audit["events"].get(p, [])]
    assert any(e["event"] == "socket.connect" for e in network_events), "hook saw nothing"
    new_files = _listing(world["watched"]) - before
    # libpulse (C) creates its client cookie on first contact with a sound server: an
    # authentication token of PulseAudio's, not data Preflight captured.
    new_files = {p for p in new_files if not p.endswith(os.path.join("pulse", "cookie"))}
    assert all(_is_log(p) for p in new_files), sorted(new_files)


# -- what Preflight writes and says ----------------------------------------------------------------

IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_CANDIDATE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
MAC = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:])")


def identifiers_in(text: str, host: str) -> list[str]:
    """Every IP address, MAC address, host name, user name or machine id found in `text`."""
    found = []
    for match in IPV4.findall(text):
        try:
            ipaddress.IPv4Address(match)
            found.append(match)
        except ValueError:
            pass
    for match in IPV6_CANDIDATE.findall(text):
        if (match.count(":") >= 2 and "::" in match) or match.count(":") >= 7:
            try:
                ipaddress.IPv6Address(match)
                found.append(match)
            except ValueError:
                pass
    found += MAC.findall(text)
    for word in (host, USER):
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I):
            found.append(word)
    try:
        machine_id = Path("/etc/machine-id").read_text().strip()
    except OSError:
        machine_id = ""
    if machine_id and machine_id in text:
        found.append("machine-id")
    return found


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_reports_log_and_support_code_carry_no_identifiers(world, tmp_path):
    report_json = world["work"] / "report.json"
    out = subprocess.run(
        [*world["wrapper"], sys.executable, "-m", "preflight", "check", "--non-interactive",
         "--json", "--config", str(world["config"]), "--camera", str(world["video"]),
         "--report", str(report_json)],
        capture_output=True, text=True, env=world["env"], cwd=world["work"], timeout=240,
    )
    assert out.returncode in (0, 1, 3), out.stderr[-3000:]
    document = json.loads(out.stdout)
    assert {c["id"] for c in document["checks"]} == set(ALL_CHECKS)
    # The same report as HTML and PDF, rendered by the same code the CLI and window use.
    from preflight.config import load_config
    from preflight.engine.report import RunReport
    from preflight.support.code import decode_code
    from preflight.support.reports import save_report

    report = RunReport.from_dict(json.loads(report_json.read_text()), load_config())
    html, pdf = save_report(report, tmp_path / "r.html"), save_report(report, tmp_path / "r.pdf")
    logs = list(Path(os.environ["XDG_STATE_HOME"]).rglob("preflight.log*"))
    assert logs, "no log file was written"
    texts = {
        "stdout (JSON)": out.stdout,
        "stderr": out.stderr,
        "report.json": report_json.read_text(),
        "report.html": html.read_text(),
        "report.pdf": _pdf_text(pdf),
        "log": "\n".join(p.read_text(errors="replace") for p in logs),
        "support code": json.dumps(decode_code(document["support_code"]).to_dict()),
    }
    leaks = {name: identifiers_in(text, world["host"]) for name, text in texts.items()}
    assert not {name: found for name, found in leaks.items() if found}
    # Files are the user's alone.
    for path in [report_json, html, pdf, *logs]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (path.name, oct(path.stat().st_mode))


def test_identifier_finder_finds_what_it_must():
    """The detector above is itself tested, so a pass means something."""
    text = (f"server 127.0.0.1:8080, fe80::1 and 2001:db8::5, mac 00:1a:2b:3c:4d:5e, "
            f"user {USER}, host {HOST}.")
    assert set(identifiers_in(text, HOST)) >= {
        "127.0.0.1", "fe80::1", "2001:db8::5", "00:1a:2b:3c:4d:5e", USER, HOST}
    assert identifiers_in("at 18:30:00 on 2026-11-27, version 6.12.0, 3.5 Mbit/s", HOST) == []


def test_report_files_are_private_whatever_the_umask(tmp_path, config):
    from preflight.support.reports import save_report
    from tests.support.helpers import MIXED, make_report

    old = os.umask(0)
    try:
        for suffix in (".json", ".html", ".pdf"):
            path = save_report(make_report(config, MIXED), tmp_path / f"r{suffix}")
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, suffix
    finally:
        os.umask(old)


# -- configuration cannot run code ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "import os\nos.system('touch {marker}')\n",
        "__import__('os').system('touch {marker}')\n",
        "[organisation]\nname = __import__('os').system('touch {marker}')\n",
        "#!/usr/bin/env python\nexec(open('{marker}', 'w').write('x'))\n",
    ],
)
def test_config_with_python_in_it_is_refused(tmp_path, text):
    from preflight.config import ConfigError, load_config

    marker = tmp_path / "ran"
    path = tmp_path / "org.toml"
    path.write_text(text.format(marker=marker))
    with pytest.raises(ConfigError):
        load_config(path)
    assert not marker.exists()


def test_python_inside_a_config_string_is_only_text(tmp_path):
    from preflight.config import load_config

    marker = tmp_path / "ran"
    code = f"__import__('os').system('touch {marker}')"
    path = tmp_path / "org.toml"
    path.write_text(f"[organisation]\nname = {json.dumps(code)}\n")
    config = load_config(path)
    assert config.organisation_name == code
    from preflight.cli import render_summary, report_document
    from tests.support.helpers import MIXED, make_report

    report = make_report(config, MIXED)
    assert code in render_summary(report, report_document(report))
    assert not marker.exists()
