"""The log file: where it lives, what it says at start, rotation, privacy (redaction) and a
quiet terminal. Real logging handlers writing real files under the test's own user folders."""

from __future__ import annotations

import getpass
import logging
import os
import platform
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from preflight import __version__
from preflight.support import logs
from preflight.support.logs import RedactFilter, log_dir, setup_logging
from tests.conftest import cli_env


@pytest.fixture
def logging_setup():
    """Installs Preflight's logging for one test and takes it down again afterwards."""
    root = logging.getLogger()
    level = root.level
    yield setup_logging
    for handler in list(root.handlers):
        if getattr(handler, logs._MARK, False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_dir_is_in_the_users_state_folder():
    assert log_dir().is_relative_to(Path(os.environ["XDG_STATE_HOME"]))
    assert "preflight" in log_dir().parts


def test_log_starts_with_version_and_os_and_is_private(logging_setup):
    path = logging_setup(verbose=False)
    assert path == log_dir() / "preflight.log"
    logging.getLogger("preflight.checks.camera").info("camera metrics: %s", {"fps": 30.0})
    logging.getLogger("tests.support.logs_probe").debug("not in a non-verbose log")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert f"Preflight {__version__} on {platform.system()}" in text
    assert "camera metrics: {'fps': 30.0}" in text
    assert "not in a non-verbose log" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_setting_up_twice_does_not_double_lines(logging_setup):
    logging_setup(verbose=False)
    path = logging_setup(verbose=True)
    logging.getLogger("tests.support.logs_probe").debug("once only")
    _flush()
    assert path.read_text(encoding="utf-8").count("once only") == 1


def test_personal_data_is_redacted_including_tracebacks(logging_setup):
    path = logging_setup(verbose=False)
    home = str(Path.home())
    user = getpass.getuser()
    host = socket.gethostname()
    log = logging.getLogger("tests.support.logs_probe")
    log.warning("STUN reply from 203.0.113.7:19302 via 2001:db8::1 on %s", host)
    log.info("config %s/.config/preflight/config.toml for %s", home, user)
    log.info("interface aa:bb:cc:dd:ee:ff up; version 6.12.0 at 19:04:05")
    try:
        raise OSError(f"cannot open {home}/secret-{user}.wav from 192.0.2.44")
    except OSError:
        log.exception("microphone failed")
    _flush()
    text = path.read_text(encoding="utf-8")
    for secret in ("203.0.113.7", "2001:db8::1", "192.0.2.44", "aa:bb:cc:dd:ee:ff"):
        assert secret not in text
    assert f"{home}/" not in text
    assert f"secret-{user}" not in text and "secret-<user>" in text
    assert host not in text.replace("<computer>", "")
    assert "Traceback" in text and "OSError" in text  # the error is still there for support
    assert "version 6.12.0 at 19:04:05" in text  # times and versions are not addresses
    assert "<ip>" in text and "~/.config/preflight/config.toml" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 10.1.2.3.", "from <ip>."),
        ("[fe80::1%eth0]:443", "<ip>:443"),
        ("::1 and 127.0.0.1", "<ip> and <ip>"),
        ("1.2.3.4.5 is a version", "1.2.3.4.5 is a version"),
        ("user dana logged dana@x", "user <user> logged <user>@x"),
        ("danaide stays", "danaide stays"),
        ("on dana-pc.example.org or DANA-PC", "on <computer> or <computer>"),
        ("/home/dana/Videos", "~/Videos"),
    ],
)
def test_redaction_rules(text, expected):
    f = RedactFilter(home="/home/dana", user="dana", hostname="dana-pc.example.org")
    assert f.redact(text) == expected


def test_rotation_keeps_a_few_small_files(logging_setup, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logging_setup(verbose=False)
    log = logging.getLogger("tests.support.logs_probe")
    for n in range(400):
        log.info("line %d with some padding to fill the file quickly", n)
    _flush()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["preflight.log", *(f"preflight.log.{i}" for i in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 2200 for p in path.parent.iterdir())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in path.parent.iterdir())


def test_terminal_stays_quiet_without_verbose():
    """A patient's terminal never shows a log line or traceback; --verbose shows them."""
    code = (
        "import logging\n"
        "from preflight.support.logs import setup_logging\n"
        "import sys\n"
        "setup_logging(verbose=len(sys.argv) > 1)\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n"
        "    logging.getLogger('preflight.x').exception('check crashed')\n"
    )
    quiet = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=cli_env()
    )
    assert quiet.returncode == 0 and quiet.stderr == ""
    loud = subprocess.run(
        [sys.executable, "-c", code, "-v"],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(),
    )
    assert "check crashed" in loud.stderr and "ZeroDivisionError" in loud.stderr


def test_unwritable_log_folder_falls_back_to_the_terminal(tmp_path):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    code = (
        "import logging\nfrom preflight.support.logs import setup_logging\n"
        "print(setup_logging(verbose=False))\n"
        "logging.getLogger('preflight.x').warning('still heard')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(XDG_STATE_HOME=str(blocker)),
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"
    assert "still heard" in out.stderr and "Traceback" not in out.stderr


def test_preflight_logs_prints_the_folder(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "preflight", "logs"],
        capture_output=True,
        text=True,
        timeout=60,
        env=cli_env(XDG_STATE_HOME=str(tmp_path)),
    )
    assert out.returncode == 0
    assert Path(out.stdout.strip()) == tmp_path / "preflight" / "log"
