"""`preflight` command line. Progress goes to stderr, results to stdout (`--json` for machines).

Exit codes (README, "Exit codes"): 0 every check passed, 1 something to check (no failure),
2 usage or configuration error (nothing ran), 3 at least one check failed or could not check,
4 the checks ran but the report (`--report`) could not be saved, 130 stopped with Ctrl-C.
Everything that can be checked before a check starts is (the configuration, the check ids, the
language, the report's file name and folder, the speed-test server's address, the device
selectors' syntax): bad input never costs the person a whole run.

Keep the top of this module light: `preflight --version` must answer in well under 0.3 s, so
the engine, psutil, OpenCV, PortAudio and Qt are imported only by the commands that need them.
The CLI never imports QtWidgets (only `preflight` with no command opens the window).
"""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import os
import re
import signal
import sys
import threading
import time
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from preflight import __version__
from preflight.i18n import available_languages, localize, set_language, tr, tr_noop

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.check import RunEvent
    from preflight.engine.report import RunReport

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_WARN, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
# The checks ran and their verdict was printed, but `--report FILE` could not be written (the
# disk filled up, the folder became read-only during the run). Its own code, so that a script
# can tell it from success (0, 1). A failure (3) wins over it: the person needs help more than
# the file, a script treating any code above 1 as "look at this" still sees both, and the last
# line of the output says the report was not saved.
EXIT_REPORT_NOT_SAVED = 4
EXIT_CODES_HELP = (
    "exit codes: 0 every check passed, 1 something to check, 2 usage or configuration error\n"
    "  (nothing ran), 3 a check failed or could not check, 4 the checks ran but the report\n"
    "  could not be saved, 130 stopped with Ctrl-C"
)

# After Ctrl-C, how long the checks get to stop before Preflight leaves without them.
CANCEL_WAIT_S = 1.5


class UsageError(Exception):
    """Bad command-line input: one line for the user, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'preflight --help')")


class _CheckHelp(argparse.Action):
    """`preflight check --help`: the help ends with the check ids --only and --skip take, and
    their titles, read from the registry's descriptors when the help is asked for (not at
    every start: `preflight --version` must stay fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from preflight.engine.present import check_title
        from preflight.engine.registry import default_registry

        ids = default_registry().ids()
        width = max(len(cid) for cid in ids)
        rows = "\n".join(f"  {cid:<{width}}  {check_title(cid)}" for cid in ids)
        parser.epilog = f"checks (for --only and --skip):\n{rows}\n\n{EXIT_CODES_HELP}"
        parser.print_help()
        parser.exit()


def _ids(value: str) -> list[str]:
    ids = [part.strip() for part in value.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("expected comma-separated check ids, e.g. system,camera")
    return ids


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="preflight",
        description="Gets your computer ready for a telehealth video visit. "
        "With no command, opens the Preflight window.",
    )
    parser.add_argument("--version", action="version", version=f"preflight {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=f"language of the messages: {' or '.join(available_languages())} "
        "(default: the system's)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser(
        "check",
        help="run the checks in the terminal",
        description="Run the checks in the terminal.",
        add_help=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the epilog's table as written
    )
    check.add_argument(
        "-h", "--help", action=_CheckHelp, help="show this help (with the check ids) and exit"
    )
    check.add_argument(
        "--only", type=_ids, metavar="IDS", help="comma-separated check ids to run (listed below)"
    )
    check.add_argument(
        "--skip", type=_ids, metavar="IDS", default=[], help="check ids to leave out"
    )
    check.add_argument("--json", action="store_true", help="print the JSON report on stdout")
    check.add_argument("--config", metavar="FILE", help="organisation configuration (TOML)")
    check.add_argument(
        "--non-interactive", action="store_true", help="never ask questions (help desks, scripts)"
    )
    _device_options(check)
    check.add_argument(
        "--all-devices",
        action="store_true",
        help="try every camera, microphone and speaker, and report each one",
    )
    check.add_argument(
        "--speedtest-server",
        metavar="URL",
        help="test bandwidth against this self-hosted server only: Ookla-compatible "
             "(.../upload.php) or LibreSpeed (its folder)",
    )
    check.add_argument(
        "--report", metavar="FILE", help="also save the report (.json, .html or .pdf)"
    )

    devices = sub.add_parser("devices", help="list cameras, microphones and speakers")
    devices.add_argument("--json", action="store_true")
    devices.add_argument("--config", metavar="FILE", help="organisation configuration (TOML)")

    decode = sub.add_parser("decode", help="expand a support code read out by a caller")
    decode.add_argument("code", nargs="+", help="the code, spaces and dashes allowed")
    decode.add_argument("--json", action="store_true")
    decode.add_argument(
        "--config", metavar="FILE", help="organisation configuration (TOML): its thresholds"
    )

    sub.add_parser("logs", help="print the folder where Preflight keeps its log")
    sub.add_parser("config-path", help="print where the user configuration file is read from")
    gui = sub.add_parser("gui", help="open the Preflight window (the default)")
    gui.add_argument("--config", metavar="FILE", help="organisation configuration (TOML)")
    return parser


def _device_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mic", metavar="DEVICE", help="microphone: name (or part of it) or index")
    p.add_argument("--speaker", metavar="DEVICE", help="speaker: name (or part of it) or index")
    p.add_argument("--camera", metavar="DEVICE", help="camera: name, index, or a video file")


def main(argv: Sequence[str] | None = None) -> int:
    _guard_std_streams()
    try:
        if threading.current_thread() is threading.main_thread():
            # From here on Ctrl-C is a KeyboardInterrupt that the handlers below turn into 130.
            signal.signal(signal.SIGINT, signal.default_int_handler)
        return _main(argv)
    except UsageError as exc:
        print(f"preflight: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\n" + tr("Stopped."), file=sys.stderr)
        return EXIT_INTERRUPTED


def _one_line(message: str) -> str:
    """A message as one line whatever the input held (a file or device name with a newline)."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m[0]):02x}", message)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang is not None:  # else PREFLIGHT_LANG or the system locale (preflight.i18n)
        # The window follows it too.
        os.environ["PREFLIGHT_LANG"] = set_language(_language(args.lang))
    _setup_logging(args.verbose)
    if args.lang is None:
        _say_unknown_language_env()
    if args.command is None or args.command == "gui":
        return _open_gui(getattr(args, "config", None))
    if args.command == "config-path":
        from preflight.config import user_config_path

        print(user_config_path())
        return EXIT_OK
    if args.command == "logs":
        return _logs()
    config = _load_config(args.config)
    if args.command == "decode":
        return _decode(" ".join(args.code), args.json, config)
    if args.command == "devices":
        return _devices(args.json)
    return _check(args, config)


def _language(code: str) -> str:
    """`--lang CODE` as a language Preflight has messages in ("es-MX" is "es"), else a usage
    error naming those it has (English is never silently chosen instead)."""
    from preflight.i18n import LANGUAGE_NAMES, normalize

    languages = available_languages()
    wanted = normalize(code)
    if wanted is None or wanted not in languages:
        have = ", ".join(f"{c} ({LANGUAGE_NAMES[c]})" if c in LANGUAGE_NAMES else c
                         for c in languages)
        raise UsageError(f"--lang: no messages in '{code}' (available: {have})")
    return wanted


def _say_unknown_language_env() -> None:
    """PREFLIGHT_LANG naming a language Preflight has no messages in: said on stderr (it was
    set on purpose, so English must not look like the setting being ignored), then English.
    Not through tr(): it is shown exactly when no catalogue fits."""
    from preflight.i18n import LANG_ENV, LANGUAGE_NAMES, normalize

    value = os.environ.get(LANG_ENV, "")
    code = normalize(value)
    languages = available_languages()
    if code and code not in languages:
        have = ", ".join(f"{c} ({LANGUAGE_NAMES[c]})" if c in LANGUAGE_NAMES else c
                         for c in languages)
        print(_one_line(f"preflight: {LANG_ENV}={value}: no messages in that language; "
                        f"using English (available: {have})"), file=sys.stderr)


def _guard_std_streams() -> None:
    """A windowed or frozen app has sys.stdout/stderr = None; libraries that print (speedtest-cli
    does at import) must not crash on that."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _setup_logging(verbose: bool) -> None:
    from preflight.support.logs import setup_logging

    setup_logging(verbose=verbose)


def _load_config(path: str | None) -> Config:
    from preflight.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _open_gui(config_path: str | None) -> int:
    from preflight.display import EXIT_NO_WINDOW, NO_DISPLAY, has_display

    if not has_display():  # said before Qt loads (preflight.display)
        print(tr(NO_DISPLAY), file=sys.stderr)
        return EXIT_NO_WINDOW
    from preflight.gui.app import main as gui_main

    argv = ["--config", config_path] if config_path else []
    return int(gui_main(argv) or 0)


def _logs() -> int:
    from preflight.support.logs import log_dir

    print(log_dir())
    return EXIT_OK


def _decode(code: str, as_json: bool, config: Config) -> int:
    from preflight.support.code import decode_command

    return int(decode_command(code, as_json, config))


def _devices(as_json: bool) -> int:
    from preflight.devices import list_devices

    devices = list_devices()
    if as_json:
        print(json.dumps(devices, indent=2))
        return EXIT_OK
    for kind, title in (
        ("camera", tr("Cameras:")),
        ("input", tr("Microphones:")),
        ("output", tr("Speakers:")),
    ):
        entries = [d for d in devices["devices"] if d["kind"] == kind]
        print(title)
        if not entries:
            print("  " + tr("(none found)"))
        for d in entries:
            mark = "  " + tr("(default)") if d.get("default") else ""
            print(f"  [{d['index']}] {d['name']}{mark}")
    for problem in devices.get("problems", []):
        print(tr("Note: {problem}", problem=problem), file=sys.stderr)
    return EXIT_OK


# -- `preflight check` -----------------------------------------------------------------------


class _Progress:
    """Prints one line per event to stderr; prompts are serialised with the progress lines."""

    def __init__(self, stream: TextIO, check_ids: Sequence[str]) -> None:
        from preflight.engine.present import check_title

        self.stream = stream
        self.titles = {cid: check_title(cid) for cid in check_ids}
        self.lock = threading.Lock()

    def __call__(self, event: RunEvent) -> None:
        from preflight.engine.present import status_word

        title = self.titles.get(event.check_id, event.check_id)
        with self.lock:
            if event.kind == "started":
                # TRANSLATORS: {check} is a check's name in lower case, e.g. "computer".
                print(tr("Checking {check}…", check=title.lower()), file=self.stream)
            elif event.kind == "instruction":
                print(f"  >>> {event.message}", file=self.stream)
            elif event.kind == "progress" and event.message:
                print(f"  {title}: {event.message}", file=self.stream)
            elif event.kind == "finished" and event.result is not None:
                print(f"  {title}: {status_word(event.result.status)}", file=self.stream)
            self.stream.flush()

    def ask(self, question: str, timeout_s: float) -> bool | None:
        """Yes/no on the terminal; None on timeout, end of input, no terminal or an answer
        that is neither."""
        if not sys.stdin or not sys.stdin.isatty():
            return None
        with self.lock:
            print(f"  ??? {question} {yes_no_prompt()} ", end="", file=self.stream, flush=True)
            answer = _read_line(timeout_s)
        return None if answer is None else read_yes_no(answer)


# The words a person may type at the terminal's yes/no question, in the language in use: each
# catalogue carries its own ("sim, s" / "não, n"); the first of each is shown in the prompt
# ("[sim/não]"). English y/yes and n/no are understood in every language too (a terminal is
# often typed on a Latin keyboard); case and accents do not matter ("NAO", "khong", "si").
# TRANSLATORS: words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"
YES_WORDS = tr_noop("y, yes")
# TRANSLATORS: words typed for NO at the terminal, comma-separated; first one shown: "no, n"
NO_WORDS = tr_noop("n, no")
_WORD_SEPARATORS = re.compile(r"[,，、،;]")  # also the Chinese and Arabic commas


def _words(text: str) -> list[str]:
    return [w.strip() for w in _WORD_SEPARATORS.split(text) if w.strip()]


def _plain_word(text: str) -> str:
    """Case- and accent-insensitive form of a typed word: 'Não' -> 'nao', 'KHÔNG' -> 'khong',
    'ﻻ' (the lam-alef ligature) -> 'لا'. The standard library's NFKD and casefold do it (a
    transliteration library would be a dependency for a few words); NFKD keeps Vietnamese 'đ'
    whole, so it is read as 'd'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept.replace("đ", "d"))


def yes_no_words() -> tuple[list[str], list[str]]:
    """(yes words, no words) in the language in use, its own first, then English's."""
    yes = _words(tr(YES_WORDS)) or _words(YES_WORDS)
    no = _words(tr(NO_WORDS)) or _words(NO_WORDS)
    return ([*yes, *(w for w in _words(YES_WORDS) if w not in yes)],
            [*no, *(w for w in _words(NO_WORDS) if w not in no)])


def yes_no_prompt() -> str:
    """ "[y/n]", "[sí/no]", "[是/否]": the first word of each, as the catalogue gives them."""
    yes, no = yes_no_words()
    return f"[{yes[0]}/{no[0]}]"


def read_yes_no(answer: str) -> bool | None:
    """True for a yes word, False for a no word, None for anything else (or a word that is
    both, which a translation must not make)."""
    typed = _plain_word(answer)
    yes, no = (({_plain_word(w) for w in words}) for words in yes_no_words())
    if typed in yes and typed not in no:
        return True
    if typed in no and typed not in yes:
        return False
    return None


def _read_line(timeout_s: float) -> str | None:
    try:
        import select

        ready, _, _ = select.select([sys.stdin], [], [], max(0.0, timeout_s))
        if not ready:
            return None
    except (OSError, ValueError):  # Windows consoles are not selectable: wait without a limit
        pass
    line = sys.stdin.readline()
    return line if line else None


def _check(args: argparse.Namespace, config: Config) -> int:
    from preflight.engine.registry import UnknownCheckError, default_registry
    from preflight.engine.surface import TERMINAL, using_surface

    registry = default_registry()
    try:
        ids = registry.select(args.only, args.skip)
    except UnknownCheckError as exc:
        known = ", ".join(registry.ids())
        wrong = str(exc.args[0])
        hint = difflib.get_close_matches(wrong, registry.ids(), n=1)
        also = f"; did you mean {hint[0]}?" if hint else ""
        raise UsageError(f"unknown check '{wrong}' (known checks: {known}){also}") from None
    if not ids:
        raise UsageError("no checks left to run after --skip")

    # Everything that can be found wrong now is, before the first check starts.
    for option in ("mic", "speaker", "camera"):
        _check_device_selector(option, getattr(args, option))
    if args.speedtest_server is not None:
        _check_speedtest_server(args.speedtest_server)
    if args.report:
        _check_report_path(args.report)
    # The results are read here, in the terminal: "run 'preflight check' again", not "press
    # Check again" (engine/surface.py fills the findings' {check_again}).
    with using_surface(TERMINAL):
        return _run_checks(args, config, ids)


def _run_checks(args: argparse.Namespace, config: Config, ids: list[str]) -> int:
    from preflight.engine import deadline
    from preflight.engine.runner import Runner

    options: dict[str, Any] = {
        k: v
        for k, v in {
            "mic": args.mic,
            "speaker": args.speaker,
            "camera": args.camera,
            "speedtest_server": args.speedtest_server,
        }.items()
        if v is not None
    }
    if args.all_devices:
        from preflight.checks.other_devices import ALL_DEVICES

        options[ALL_DEVICES] = True
    progress = _Progress(sys.stderr, ids)
    interactive = not args.non_interactive and bool(sys.stdin) and sys.stdin.isatty()
    runner = Runner(
        config, options=options, interactive=interactive, on_event=progress, ask=progress.ask
    )
    # The run goes on in a daemon thread so that Ctrl-C reaches this (the main) thread.
    task = deadline.start(lambda: runner.run(ids), name="preflight-run")
    try:
        task.wait()
    except KeyboardInterrupt:
        runner.cancel()
        task.wait(time.monotonic() + CANCEL_WAIT_S)
        print("\n" + tr("Stopped. Nothing was changed on your computer."), file=sys.stderr)
        _exit_if_checks_linger()
        return EXIT_INTERRUPTED
    if task.error is not None or task.value is None:  # the runner itself failed
        logger.error("the run failed", exc_info=task.error)
        print(tr("Preflight could not run the checks."), file=sys.stderr)
        return EXIT_FAILED
    report = task.value
    document = report_document(report)
    if args.json:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(render_summary(report, document))
    sys.stdout.flush()  # the summary first: a report that could not be saved is the last line
    code = int(report.exit_code)
    if args.report and not _save_report(report, args.report) and code in (EXIT_OK, EXIT_WARN):
        return EXIT_REPORT_NOT_SAVED
    return code


def _check_device_selector(option: str, value: str | None) -> None:
    """`--mic`, `--speaker`, `--camera`: what can be wrong without looking at the devices (the
    checks say when nothing matches: that needs the device list). Empty text would silently
    pick the default device (a script's unset variable), and numbers start at 0."""
    if value is None:
        return
    text = value.strip()
    if not text:
        raise UsageError(
            f"--{option}: give a device name (or part of it) or its number "
            "(see 'preflight devices'), or leave the option out for the default"
        )
    if re.fullmatch(r"-\d+", text):
        raise UsageError(f"--{option} {text}: device numbers start at 0 (see 'preflight devices')")


def _check_speedtest_server(url: str) -> None:
    """`--speedtest-server URL`, judged by the bandwidth check's own rule (the same function
    turns a folder URL into its upload.php)."""
    from preflight.checks.network.speedtest_client import normalise_server_url

    try:
        normalise_server_url(url)
    except ValueError as exc:
        raise UsageError(
            f"--speedtest-server: {exc} (give the server's http(s) address, such as "
            "https://speed.example.org/speedtest/upload.php)"
        ) from None


def _check_report_path(path: str) -> None:
    """`--report FILE`: a known ending, a file name (not a folder), and a folder that exists
    and may be written to, tried before any check runs. A disk that fills up meanwhile is
    still found when the report is saved (exit EXIT_REPORT_NOT_SAVED)."""
    from preflight.support.reports import ReportError, check_report_path

    try:
        check_report_path(path)
    except ReportError as exc:
        raise UsageError(str(exc)) from None


def _exit_if_checks_linger() -> None:
    """After Ctrl-C, leave at once if a check's thread is still inside a device library.

    Finalising Python around such a thread crashes or hangs (measured: OpenCV's capture thread
    ended the process with "terminate called without an active exception", exit -6; PortAudio's
    exit handler waited forever on a stream being closed). The operating system releases the
    devices when the process ends; the log is flushed first.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    if not [t for t in threading.enumerate() if t is not threading.main_thread() and t.is_alive()]:
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(EXIT_INTERRUPTED)


def report_document(report: RunReport) -> dict[str, Any]:
    """The JSON report document with its support code (the saved reports' own)."""
    from preflight.support.reports import report_document as document

    return document(report)


def _save_report(report: RunReport, path: str) -> bool:
    """Save the report; False (after saying why, on stderr) when it could not be."""
    from preflight.support.reports import ReportError, save_report

    try:
        save_report(report, path)
    except ReportError as exc:
        print(f"preflight: {_one_line(str(exc))}", file=sys.stderr)
        return False
    print(tr("Report saved to {path}", path=path), file=sys.stderr)
    return True


def render_summary(report: RunReport, document: dict[str, Any]) -> str:
    """The human summary: each check, what to do, restart advice, and the hotline on failure.

    Status words, titles and the verdict come from preflight.engine.present, as in the window
    and the saved reports."""
    from preflight.engine.present import check_title, device_rows, status_word, verdict
    from preflight.engine.result import Status

    width = max(len(status_word(s)) for s in Status)
    lines = [tr("Preflight for {organisation}", organisation=report.config.organisation_name), ""]
    for r in report.results:
        lines.append(f"[{status_word(r.status):>{width}}] {check_title(r.id)}: {r.summary}")
        for tip in r.advice:
            lines.append(f"{'':{width + 3}}- {tip}")
        rows = device_rows(r)  # every device tried (--all-devices, or the chosen one failed)
        if rows:
            lines.append(f"{'':{width + 3}}{tr('Devices tried:')}")
        for name, word, sentence in rows:
            lines.append(f"{'':{width + 5}}* {_one_line(name)}: [{word}] {sentence}".rstrip())
    lines.append("")
    lines.append(verdict(report.results, cancelled=report.cancelled).sentence)
    if report.restart_recommended:
        lines.append("")
        lines.append(tr("We recommend restarting your computer shortly before your visit:"))
        lines.extend(f"  - {reason}" for reason in report.restart_reasons)
    if report.needs_help:
        # The profile's shipped sentences are translated; an organisation's own words are not.
        hotline = localize(report.config.hotline)
        lines.append("")
        lines.append(  # TRANSLATORS: SAFETY (hotline): the number stays as written.
            tr(
                "Need help? Call {label}: {phone}, {option}.",
                label=hotline["label"],
                phone=hotline["phone"],
                option=hotline["option"],
            )
        )
        if hotline.get("hours"):
            lines.append(f"  {hotline['hours']}")
        if hotline.get("disconnection_note"):
            lines.append(f"  {hotline['disconnection_note']}")
    if document.get("support_code"):
        lines.append("")
        lines.append(  # TRANSLATORS: SAFETY (support code): read aloud to the help desk; the code
            tr("Support code (read this to the help desk): {code}", code=document["support_code"])
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
