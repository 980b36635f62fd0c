"""The `preflight` command, run as a real subprocess: output streams, JSON, exit codes,
usage and configuration errors, and Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import pytest

from tests.conftest import cli_env

PREFLIGHT = [sys.executable, "-m", "preflight"]


def run(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PREFLIGHT, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(**env),
        stdin=subprocess.DEVNULL,
    )


def fast_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "fast.toml"
    path.write_text("[system]\ncpu_sample_s = 0.2\n" + extra, encoding="utf-8")
    return path


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("preflight ")


def test_check_system_json_is_a_valid_report(tmp_path):
    out = run("check", "--only", "system", "--json", "--config", str(fast_config(tmp_path)))
    assert out.returncode in (0, 1), out.stderr
    doc = json.loads(out.stdout)  # stdout holds only the JSON
    assert doc["schema"] == "preflight.report/2"
    assert [c["id"] for c in doc["checks"]] == ["system"]
    assert doc["overall"] in ("pass", "warn")
    assert out.returncode == {"pass": 0, "warn": 1}[doc["overall"]]
    assert "Checking computer" in out.stderr  # progress goes to stderr
    # The progress line's status word is the window's.
    word = {"pass": "Ready", "warn": "Check this"}[doc["checks"][0]["status"]]
    assert f"  Computer: {word}" in out.stderr.splitlines()


def test_human_summary_with_restart_and_hotline(tmp_path):
    # Uptime over 0 days forces a restart reason; a 0.01 s deadline would be too tight to test
    # failure reliably, so force "fail" differently: none here, only the restart path.
    cfg = fast_config(tmp_path, "uptime_max_days = 0\n")
    out = run("check", "--only", "system", "--config", str(cfg))
    assert out.returncode == 1, out.stderr
    assert "We recommend restarting your computer shortly before your visit:" in out.stdout
    assert "Your computer has been on for" in out.stdout
    assert "800-745-9683" not in out.stdout  # a warning is not a failure: no hotline


def test_failure_shows_hotline_and_exit_3(tmp_path):
    cfg = tmp_path / "tight.toml"
    cfg.write_text("[system]\ncpu_sample_s = 5.0\n[deadlines]\nsystem_s = 0.3\n", encoding="utf-8")
    out = run("check", "--only", "system", "--config", str(cfg))
    assert out.returncode == 3, out.stderr
    lines = out.stdout.splitlines()
    assert "[Could not check] Computer: The computer check took too long and was stopped." in lines
    assert (
        "Need help? Call Patient Gateway technical support: 800-745-9683, select option 1."
        in lines
    )
    assert "Let's get you some help" in lines  # present.verdict's sentence, as in the window
    assert "  Computer: Could not check" in out.stderr.splitlines()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["check", "--only", "teleport"], "unknown check 'teleport'"),
        (["check", "--skip", "nope"], "unknown check 'nope'"),
        (["check", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["launch"], "invalid choice"),
        (["check", "--only", ","], "expected comma-separated check ids"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, fragment):
    out = run(*args)
    assert out.returncode == 2
    assert fragment in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
    assert out.stdout == ""


def test_bad_config_exit_2_and_nothing_runs(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[hotline]\nphone = 800\n", encoding="utf-8")
    out = run("check", "--only", "system", "--config", str(bad))
    assert out.returncode == 2
    assert out.stderr.strip() == (
        f"preflight: Configuration file {bad}, line 2: hotline.phone: "
        "must be text in quotes, not a number"
    )
    assert "Checking" not in out.stderr  # nothing else ran


def test_bad_config_from_environment(tmp_path):
    bad = tmp_path / "env.toml"
    bad.write_text("[[[", encoding="utf-8")
    out = run("check", "--only", "system", PREFLIGHT_CONFIG=str(bad))
    assert out.returncode == 2
    assert "not valid TOML" in out.stderr


# -- bad input is found before any check runs ---------------------------------------------------


def _refused_before_any_check(out: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, one line "preflight: ..." on stderr, nothing on stdout, no check started."""
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("preflight: ")
    assert "Checking" not in out.stderr and out.stdout == ""
    return lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--report", "/nonexistent/dir/x.pdf"],
         "The folder /nonexistent/dir does not exist. Choose another folder."),
        (["--report", "{tmp}/visit-check.txt"],
         "Reports can be saved as .json, .html or .pdf files: end the file name with one of "
         "these, for example report.pdf."),
        (["--report", "{tmp}/a-folder.pdf"],
         "{tmp}/a-folder.pdf is a folder. Give the report a file name, such as report.pdf."),
        (["--report", "{tmp}/a-file/report.json"],
         "{tmp}/a-file is not a folder. Choose another place for the report."),
        (["--speedtest-server", "notaurl"],
         "--speedtest-server: not an http(s) URL: 'notaurl' (give the server's http(s) "
         "address, such as https://speed.example.org/speedtest/upload.php)"),
        (["--speedtest-server", "ftp://speed.example.org/upload.php"],
         "--speedtest-server: not an http(s) URL: 'ftp://speed.example.org/upload.php'"),
        (["--speedtest-server", "https://speed.example.org:99999/"],
         "--speedtest-server: not a port number from 1 to 65535 in "
         "'https://speed.example.org:99999/'"),
        (["--mic", ""], "--mic: give a device name (or part of it) or its number"),
        (["--speaker", "  "], "--speaker: give a device name (or part of it) or its number"),
        (["--camera", "-1"],
         "--camera -1: device numbers start at 0 (see 'preflight devices')"),
        (["--mic", "USB\nHeadset"], None),  # any name is fine: the check looks for it
    ],
    ids=["report folder missing", "report ending", "report is a folder",
         "report folder is a file", "server not a URL", "server not http", "server port",
         "mic empty", "speaker blank", "camera negative", "a name with a newline"],
)
def test_bad_input_is_refused_before_any_check_runs(tmp_path, args, expected):
    """Bad input costs no run: a usage error (exit 2) before the first check, one line, where
    before the report's folder was found missing after every check ran (exit 0), and a bad
    speed-test server was shown to the patient as a failed check with the hotline (exit 3)."""
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    (tmp_path / "a-folder.pdf").mkdir()
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    cfg = str(fast_config(tmp_path))
    base = ["check", "--only", "system", "--non-interactive", "--config", cfg]
    out = run(*base, *args)
    if expected is None:
        assert out.returncode in (0, 1), out.stderr
        return
    line = _refused_before_any_check(out)
    assert line.startswith("preflight: " + expected.replace("{tmp}", str(tmp_path))), line
    # Nothing was left behind (the folder was tried with a temporary file, then removed).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "a-folder.pdf", "fast.toml"]


def test_good_report_path_and_server_pass_the_early_checks(tmp_path):
    target = tmp_path / "visit-check.json"
    out = run("check", "--only", "system", "--non-interactive", "--config",
              str(fast_config(tmp_path)), "--report", str(target),
              "--speedtest-server", "https://speed.example.org/speedtest/", "--camera", "0")
    assert out.returncode in (0, 1), out.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["checks"][0]["id"] == "system"
    assert out.stderr.splitlines()[-1] == f"Report saved to {target}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fast.toml", "visit-check.json"]


@pytest.mark.parametrize(
    "args",
    [["--lang", "fr", "check", "--only", "system"], ["--lang", "fr"], ["--lang", "", "check"]],
    ids=["check", "window", "empty"],
)
def test_a_language_without_messages_is_a_usage_error(args):
    """`--lang fr` fell back to English in silence; now it names the languages there are (and
    is refused before the window or any check starts)."""
    from preflight.i18n import LANGUAGE_NAMES, available_languages

    line = _refused_before_any_check(run(*args))
    have = ", ".join(f"{code} ({LANGUAGE_NAMES[code]})" for code in available_languages())
    assert "pt_BR (Português (Brasil))" in have  # every catalogue, each in its own name
    assert line == f"preflight: --lang: no messages in '{args[1]}' (available: {have})"


def test_a_language_by_its_region_tag_is_accepted(tmp_path):
    cfg = str(fast_config(tmp_path))
    out = run("--lang", "es-MX", "check", "--only", "system", "--config", cfg)
    assert out.returncode in (0, 1), out.stderr
    assert "Revisando computadora…" in out.stderr


def test_check_ids_typo_gets_the_nearest_id():
    line = _refused_before_any_check(run("check", "--only", "camra"))
    assert line.endswith("; did you mean camera?"), line


def test_config_typo_gets_the_nearest_section_from_the_command(tmp_path):
    cfg = tmp_path / "org.toml"
    cfg.write_text('[organization]\nname = "Riverside Health"\n', encoding="utf-8")
    line = _refused_before_any_check(run("check", "--only", "system", "--config", str(cfg)))
    assert line.endswith("; did you mean [organisation]?"), line
    assert f"Configuration file {cfg}, line 1: organization: unknown setting" in line


# -- help that helps -------------------------------------------------------------------------


def test_check_help_lists_the_check_ids_with_their_titles():
    from preflight.engine.registry import default_registry

    out = run("check", "--help")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "checks (for --only and --skip):" in lines
    registry = default_registry()
    width = max(len(cid) for cid in registry.ids())
    for descriptor in registry.descriptors():
        assert f"  {descriptor.id:<{width}}  {descriptor.title}" in lines, out.stdout


def test_status_tags_align_in_spanish(config):
    """The advice under "[No se pudo revisar]" starts where the advice under "[Listo]" does:
    each tag is padded to the longest status word of the language in use."""
    from datetime import datetime

    from preflight import i18n
    from preflight.cli import render_summary
    from preflight.engine import CheckResult, RunReport

    results = [
        CheckResult("system", "error", "s1", ("a1", "a2")),
        CheckResult("camera", "pass", "s2", ("a3",)),
        CheckResult("network", "warn", "s3", ("a4",)),
        CheckResult("speaker", "fail", "s4", ("a5",)),
        CheckResult("bandwidth", "skip", "s5", ()),
    ]
    i18n.set_language("es")
    try:
        text = render_summary(RunReport(datetime.now(UTC), results, config), {})
    finally:
        i18n.set_language("en")
    tags = [ln for ln in text.splitlines() if ln.startswith("[")]
    advice = [ln for ln in text.splitlines() if ln.lstrip().startswith("- a")]
    assert [t[: t.index("]") + 1].strip("[] ") for t in tags] == [
        "No se pudo revisar", "Listo", "Revisar", "Problema", "Sin revisar"]
    assert len({t.index("]") for t in tags}) == 1, tags  # every tag ends in the same column
    assert len(advice) == 5
    assert len({a.index("- a") for a in advice}) == 1, advice  # the advice starts in one column
    assert advice[0].index("- a") == tags[0].index("]") + 2


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    cfg = tmp_path / "slow.toml"
    cfg.write_text(
        "[system]\ncpu_sample_s = 20.0\n[deadlines]\nsystem_s = 60.0\n", encoding="utf-8"
    )
    proc = subprocess.Popen(
        [*PREFLIGHT, "check", "--only", "system", "--config", str(cfg)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    # Wait until the check is running, then press Ctrl-C.
    line = proc.stderr.readline()
    assert "Checking computer" in line
    assert time.monotonic() < deadline
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "Stopped." in err


NO_DISPLAY = (
    "No display found: the Preflight window cannot open here. "
    "Run 'preflight check' to check your computer in the terminal."
)
NO_PLATFORM = (
    "The Preflight window cannot open here: the system's display libraries did not load "
    "(the log says which). Run 'preflight check' to check your computer in the terminal."
)


def _free_x_display() -> str:
    """An X display that no server listens on here (a stale DISPLAY of an SSH session)."""
    number = 93
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return f":{number}"


def _without_display(**extra: str) -> dict[str, str]:
    env = cli_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env.update(extra)
    return env


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="these always have a display")
@pytest.mark.parametrize("command", ["preflight", "preflight gui", "preflight-gui"])
@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # Seen before Qt loads: nothing names a display (preflight-gui: Qt finds none).
        ("unset", NO_DISPLAY),
        # Seen when Qt's platform plugin fails: a display is named but nothing answers there
        # (Qt would say "could not connect to display", then blame xcb-cursor0 and abort).
        ("stale DISPLAY", NO_DISPLAY),
        # The plugin itself cannot load (here: a platform that does not exist).
        ("bad plugin", NO_PLATFORM),
    ],
    ids=["unset", "stale DISPLAY", "bad plugin"],
)
def test_window_without_a_usable_display_says_what_to_do(command, case, expected):
    """No usable display (an SSH session, a server): Qt would abort the process (exit 134,
    "Reinstalling the application may fix this problem"); Preflight says what to run instead,
    in one line, and exits 2."""
    extra = {"unset": {}, "stale DISPLAY": {"DISPLAY": _free_x_display()},
             "bad plugin": {"QT_QPA_PLATFORM": "no-such-platform"}}[case]
    argv = {
        "preflight": [*PREFLIGHT],
        "preflight gui": [*PREFLIGHT, "gui"],
        # The installed window entry point (pyproject's gui-scripts), without the CLI.
        "preflight-gui": [sys.executable, "-c",
                          "import sys; from preflight.gui.app import main; sys.exit(main([]))"],
    }[command]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                         env=_without_display(**extra), stdin=subprocess.DEVNULL)
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert out.stderr.strip() == expected
    assert out.stdout == ""


# -- `make run` -------------------------------------------------------------------------------


def _make_run(check_args: str) -> subprocess.CompletedProcess[str]:
    """The README's `make run` for real, with no display (so it checks in the terminal), and
    CHECK_ARGS passed to `preflight check`. `-o` takes the installed venv as up to date: the
    tests run in it, and re-installing it is `make test`'s work, not what is tested here."""
    repo = Path(__file__).resolve().parents[1]
    env = _without_display()
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL"):  # under `make test` (-i, -k, -j...)
        env.pop(name, None)
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed-run", "run",
         f"CHECK_ARGS={check_args}"],
        capture_output=True, text=True, timeout=120, cwd=repo, env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_ends_with_the_verdict_and_exit_0_when_a_check_fails(tmp_path):
    """A problem found is the result of `make run`, not a make failure (it used to end with
    "make: *** [Makefile:32: run] Error 3" and make's exit 2, README's "usage error")."""
    cfg = tmp_path / "tight.toml"
    cfg.write_text("[system]\ncpu_sample_s = 5.0\n[deadlines]\nsystem_s = 0.3\n", encoding="utf-8")
    out = _make_run(f"--only system --non-interactive --config {cfg}")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Let's get you some help" in out.stdout.splitlines()  # the verdict
    assert "[Could not check] Computer:" in out.stdout
    assert out.stderr.splitlines()[-1] == (
        "make run: Preflight ran (a problem was found: see above; exit code 3). "
        "Again: .venv/bin/preflight check"
    )
    assert "make: ***" not in out.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_still_fails_when_preflight_could_not_run():
    """A usage or configuration error is not a verdict: make fails, Preflight's line shown."""
    out = _make_run("--only nope")
    assert out.returncode != 0
    assert "preflight: unknown check 'nope'" in out.stderr
    assert "make run: Preflight ran" not in out.stderr


def test_decode_expands_the_code_a_check_printed(tmp_path):
    out = run("check", "--only", "system", "--json", "--config", str(fast_config(tmp_path)))
    assert out.returncode in (0, 1), out.stderr
    code = json.loads(out.stdout)["support_code"]
    decoded = run("decode", code, "--json")
    assert decoded.returncode == 0, decoded.stderr
    assert json.loads(decoded.stdout)  # a JSON expansion on stdout
    spaced = run("decode", *code.split("-"))  # read out in groups: spaces allowed
    assert spaced.returncode == 0, spaced.stderr
    assert spaced.stdout.strip()
    # The agent's own configuration reaches the decoder: its thresholds are the buckets' edges.
    agent = tmp_path / "agent.toml"
    agent.write_text("[system]\nmemory_available_min_gb = 64\n", encoding="utf-8")
    theirs = run("decode", code, "--config", str(agent))
    assert theirs.returncode == 0, theirs.stderr
    assert "64 GB" in theirs.stdout and "64 GB" not in spaced.stdout


def test_decode_refuses_a_mistyped_code_and_a_bad_config(tmp_path):
    out = run("decode", "ZZZZ-ZZZZ")
    assert out.returncode == 2
    assert out.stderr.startswith("preflight: ")
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr and out.stdout == ""
    bad = tmp_path / "bad.toml"
    bad.write_text("[bandwidth]\nupload_warn_mbps = \"fast\"\n", encoding="utf-8")
    out = run("decode", "ZZZZ", "--config", str(bad))
    assert out.returncode == 2
    assert out.stderr.startswith(f"preflight: Configuration file {bad}, line 2: ")


def test_config_path_command():
    out = run("config-path")
    assert out.returncode == 0
    assert out.stdout.strip().endswith(os.path.join("preflight", "config.toml"))


def test_summary_never_says_ready_when_a_check_did_not_run(config):
    from datetime import datetime

    from preflight.cli import render_summary
    from preflight.engine import CheckResult, RunReport

    results = [
        CheckResult("system", "pass", "Fine."),
        CheckResult("camera", "skip", "Not checked: the check was stopped before it started."),
    ]
    report = RunReport(datetime.now(UTC), results, config)
    assert report.overall == "pass"  # the schema's rule: a skip is neither a warning nor a failure
    text = render_summary(report, report.to_dict())
    assert "You're ready" not in text
    lines = text.splitlines()
    assert "Not every check finished: please check again" in lines
    assert (
        "[    Not checked] Camera: Not checked: the check was stopped before it started." in lines
    )
    assert "[          Ready] Computer: Fine." in lines
    ready = RunReport(datetime.now(UTC), results[:1], config)
    assert "You're ready for your visit" in render_summary(ready, ready.to_dict()).splitlines()


def test_only_loads_the_named_checks(tmp_path):
    """`--only system` reads every check's descriptor (cheap: the config's schema and the
    titles come from them) but loads no other check, nor the libraries they need."""
    cfg = fast_config(tmp_path)
    argv = ["check", "--only", "system", "--non-interactive", "--config", str(cfg)]
    code = (
        "import contextlib, io, sys\n"
        "from preflight import cli\n"
        "quiet = io.StringIO()\n"
        "with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):\n"
        f"    rc = cli.main({argv!r})\n"
        "print(rc)\n"
        "print(sorted(m for m in ('cv2', 'sounddevice', 'speedtest', 'aioice')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=cli_env()
    )
    assert out.returncode == 0, out.stderr
    rc, heavy = out.stdout.splitlines()
    assert rc in ("0", "1")
    assert heavy == "[]"
