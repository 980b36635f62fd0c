"""What a screen reader hears: the real window read through AT-SPI, as Orca reads it.

The window runs in its own process on a private Xvfb display with Qt's Linux accessibility
bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), in a private D-Bus session with at-spi2-core's
accessibility bus (at-spi-bus-launcher, which starts at-spi2-registryd). A second process in
the system python3 reads the tree and listens for events with pyatspi (Debian python3-pyatspi;
tests/a11y/atspi_reader.py). Nothing is mocked: the checks are the fast fakes of
tests/gui/fakes.py, as in every accessibility test (no camera, sound card or internet here).

Checked on every screen of the patient flow and in help-desk mode: every control has a role
and a name; the step list says each step's status; a finished check's result is announced
(object:announcement, which Orca speaks), not only painted; Tab moves in reading order; the
hotline number is a Tab stop whose name reads digit by digit. The checker is shown to fail on
a screen where a button's name was taken away.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from preflight.config import load_config
from preflight.engine.present import status_word
from preflight.engine.result import Status
from preflight.gui.common import spoken_phone
from tests.a11y.screens import PLANS

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Roles a person operates; each needs a name. (Scroll bars are Qt's own, named by the bridge.)
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box",
                 "text", "entry", "password text", "table", "tree table", "list box",
                 "slider", "spin button", "page tab", "link", "menu item"}
STEP_TITLES = ("Camera", "Microphone", "Speakers", "Connection", "Computer")


def _missing_tools() -> str:
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon (Debian dbus-daemon)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi-bus-launcher (Debian at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "pyatspi for /usr/bin/python3 (Debian python3-pyatspi)"
    return ""


class Line:
    """One JSON line at a time from a child process, with a deadline."""

    def __init__(self, proc: subprocess.Popen, what: str) -> None:
        self.proc, self.what = proc, what

    def ask(self, command: str | None, timeout_s: float = 30.0) -> dict:
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        import selectors

        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            end = time.monotonic() + timeout_s
            while time.monotonic() < end:
                if sel.select(timeout=0.2):
                    line = self.proc.stdout.readline()
                    if not line:
                        break
                    if line.startswith("{"):
                        return json.loads(line)
                elif self.proc.poll() is not None:
                    break
        raise AssertionError(f"{self.what} gave no answer to {command!r}")


@pytest.fixture(scope="module")
def heard(xvfb_display, tmp_path_factory):
    """Walks every screen once and keeps what AT-SPI gave: {screen: {"tree", "events",
    "focus"}}, plus "planted": the tree after a button lost its name."""
    missing = _missing_tools()
    if missing:
        pytest.skip(f"{missing} is not installed (scripts/setup-system.sh test installs it)")
    home = tmp_path_factory.mktemp("atspi")
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_RUNTIME_DIR=str(home), XDG_STATE_HOME=str(home / "state"),
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", NO_AT_BRIDGE="0")
    env.pop("WAYLAND_DISPLAY", None)
    os.chmod(home, 0o700)
    procs: list[subprocess.Popen] = []
    log = open(home / "window.log", "w")  # the window's stderr, shown when a step fails

    def start(command, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(command, env=env, text=True, **kw)
        procs.append(proc)
        return proc

    try:
        bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        start([BUS_LAUNCHER, "--launch-immediately"], stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        reader = Line(start([SYSTEM_PYTHON, str(REPO / "tests/a11y/atspi_reader.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL), "the AT-SPI reader")
        assert reader.ask(None).get("ready")
        app = Line(start([sys.executable, "-m", "tests.a11y.atspi_app"], cwd=REPO,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=log), "the window")
        pid = app.ask(None)["pid"]
        # Qt's bridge learns of the reader's listeners asynchronously and sends no events until
        # then: wait until an announcement gets through before walking the screens.
        for _ in range(50):
            app.ask("ping")
            if any(e["text"] == "preflight-ping" for e in reader.ask(f"dump {pid}")["events"]):
                break
        else:
            raise AssertionError("no AT-SPI event from the window reached the reader")
        got: dict[str, dict] = {}
        while True:
            screen = app.ask("next")["screen"]
            if screen is None:
                break
            seen = reader.ask(f"dump {pid}")
            for _ in range(20):  # the bridge registers the application shortly after start
                if seen["found"] and len(seen["tree"]) > 5:
                    break
                time.sleep(0.2)
                again = reader.ask(f"dump {pid}")
                again["events"] = seen["events"] + again["events"]
                seen = again
            assert seen["found"], "the window never appeared on the accessibility bus"
            app.ask("tab")
            focus = [e for e in reader.ask(f"dump {pid}")["events"]
                     if e["type"].startswith("object:state-changed:focused")]
            got[screen] = {"tree": seen["tree"], "events": seen["events"], "focus": focus}
            if screen == "results":
                app.ask("plant")
                got["planted"] = {"tree": reader.ask(f"dump {pid}")["tree"]}
        for child in (app, reader):
            child.proc.stdin.write("quit\n")
            child.proc.stdin.flush()
            child.proc.wait(10)
        if os.environ.get("PREFLIGHT_ATSPI_DUMP"):
            Path(os.environ["PREFLIGHT_ATSPI_DUMP"]).write_text(json.dumps(got, indent=1))
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    return got


# -- the checker (what Orca needs), used on the real trees and on the planted one ------------

def unnamed_controls(tree: list[dict]) -> list[str]:
    """Controls (and anything that takes focus) a screen reader could not name or place."""
    problems = []
    for node in tree:
        if node["role"] in ("scroll bar",):
            continue
        if node["role"] in CONTROL_ROLES or node["focusable"]:
            if not node["name"].strip():
                problems.append(f"{node['role']} with no name at {node['extents']}")
            if node["role"] in ("unknown", "invalid", ""):
                problems.append(f"{node['name']!r} has no role")
    return problems


def _window_nodes(tree: list[dict]) -> list[dict]:
    return [n for n in tree if n["depth"] > 0]


def test_every_control_has_a_role_and_a_name(heard):
    problems = []
    for screen, seen in heard.items():
        if screen == "planted":
            continue
        assert len(_window_nodes(seen["tree"])) > 10, f"{screen}: the tree is nearly empty"
        controls = [n for n in seen["tree"] if n["role"] in CONTROL_ROLES]
        assert controls, f"{screen}: no controls read"
        problems += [f"{screen}: {p}" for p in unnamed_controls(seen["tree"])]
    assert not problems, "\n".join(problems)


def test_the_checker_finds_a_control_whose_name_was_removed(heard):
    """The planted case: the results page after its first button lost its text and name."""
    problems = unnamed_controls(heard["planted"]["tree"])
    assert len(problems) == 1 and problems[0].startswith("push button with no name"), problems
    assert unnamed_controls(heard["results"]["tree"]) == []


def test_the_step_list_says_each_steps_status(heard):
    words = {status_word(s.value) for s in Status} | {status_word("pending"),
                                                     status_word("running")}
    expected = {"Microphone": Status.WARN, "Connection": Status.FAIL, "Computer": Status.WARN,
                "Camera": Status.PASS, "Speakers": Status.PASS}
    assert set(expected) == set(STEP_TITLES)
    assert {c for c, p in PLANS.items()} <= {"microphone", "bandwidth", "system"}
    for screen in ("step-camera", "step-computer", "results"):
        names = {n["name"] for n in heard[screen]["tree"] if n["role"] == "label"}
        for title in STEP_TITLES:
            said = [n for n in names if n.startswith(f"{title}: ")]
            assert said, f"{screen}: the step list does not say the status of {title}"
            assert said[0].split(": ", 1)[1] in words, said
    names = {n["name"] for n in heard["results"]["tree"]}
    for title, status in expected.items():
        assert f"{title}: {status_word(status.value)}" in names


def test_each_result_is_announced_not_only_painted(heard):
    """Each step's results reach the screen reader as announcements while the person is there
    (a guided check finishing on its page, or the background results when the page opens)."""
    titles = {"step-camera": ["Camera"], "step-microphone": ["Microphone"],
              "step-speaker": ["Speakers"], "step-connection": ["Internet connection",
                                                               "Internet speed"],
              "step-computer": ["Computer"]}
    for screen, checks in titles.items():
        said = " ".join(e["text"] for e in heard[screen]["events"]
                        if e["type"] == "object:announcement")
        assert said, f"{screen}: nothing was announced"
        for check in checks:
            assert re.search(rf"{re.escape(check)}: \w", said), f"{screen}: {said!r}"
    verdict = " ".join(e["text"] for e in heard["results"]["events"]
                       if e["type"] == "object:announcement")
    assert "help" in verdict.lower(), verdict  # "Let's get you some help"


def _placed(focus: list[dict], tree: list[dict]) -> list[dict]:
    """The focus events with their controls' places on the page as first shown (scrolled to
    the top): the page scrolls to follow the focus, so the events' own places move."""
    where: dict[str, list[int]] = {}
    for node in tree:
        if node["focusable"] and node["extents"] and node["name"] not in where:
            where[node["name"]] = node["extents"]
    return [{"name": e["name"], "extents": where.get(e["name"])} for e in focus]


def _reading_order_breaks(focus: list[dict]) -> list[str]:
    """Places where Tab went up the screen (or left within a row) before wrapping around."""
    boxes = [(e["name"], e["extents"]) for e in focus if e["extents"]]
    breaks = []
    wrapped = False
    for (name_a, a), (name_b, b) in itertools.pairwise(boxes):
        same_row = abs(a[1] - b[1]) < max(a[3], b[3]) / 2
        backwards = b[0] < a[0] if same_row else b[1] < a[1]
        if backwards:
            if wrapped:
                breaks.append(f"{name_a!r} at {a} then {name_b!r} at {b}")
            wrapped = True  # once: from the last control back to the first
    return breaks


def test_tab_follows_the_reading_order(heard):
    problems = []
    for screen, seen in heard.items():
        if screen in ("planted", "helpdesk"):
            continue
        assert len(seen["focus"]) >= 2, f"{screen}: Tab moved focus {len(seen['focus'])} times"
        placed = _placed(seen["focus"], seen["tree"])
        unplaced = [e["name"] for e in placed if e["extents"] is None]
        assert not unplaced, f"{screen}: focus went to controls not in the tree: {unplaced}"
        problems += [f"{screen}: {b}" for b in _reading_order_breaks(placed)]
    assert not problems, "\n".join(problems)


def test_the_hotline_number_is_reached_and_read_as_a_phone_number(heard):
    phone = str(load_config().hotline["phone"])
    name = f"Phone number: {spoken_phone(phone)}"
    assert re.fullmatch(r"Phone number: \d( \d)*(, \d( \d)*)*", name), name
    focused = [e["name"] for e in heard["results"]["focus"]]
    assert name in focused, f"Tab never reached the hotline number: {focused}"
    digits = re.sub(r"\D", "", phone)
    assert re.sub(r"\D", "", name) == digits


def test_reading_order_detector_catches_a_jump_back():
    rows = [{"name": n, "extents": [0, y, 100, 30]} for n, y in
            (("a", 0), ("b", 50), ("c", 100), ("a", 0), ("c", 100), ("b", 50))]
    assert _reading_order_breaks(rows[:4]) == []  # down, then wrap to the first
    assert len(_reading_order_breaks(rows)) == 1  # wrapped, then up again
