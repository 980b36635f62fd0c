"""`preflight` with no command: open the window.

Only Qt and the engine's light modules load here. OpenCV, PortAudio and speedtest-cli load on
worker threads when their checks start, so the window appears quickly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

logger = logging.getLogger(__name__)

# Benchmarks and smoke tests: print "preflight-window-shown" on stderr once the window has been
# shown and painted, then quit.
QUIT_AFTER_SHOWN_ENV = "PREFLIGHT_QUIT_AFTER_SHOWN"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="preflight", add_help=True)
    parser.add_argument("--config", metavar="FILE")
    parser.add_argument("--high-contrast", action="store_true")
    args, _qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    _guard_std_streams()
    if not logging.getLogger().handlers:  # started as `preflight-gui`, not through the CLI
        from preflight.support.logs import setup_logging

        setup_logging()

    from preflight.display import EXIT_NO_WINDOW, NO_DISPLAY, has_display
    from preflight.i18n import tr

    widgets = sys.modules.get("PySide6.QtWidgets")  # a caller's QApplication already runs
    running = widgets is not None and widgets.QApplication.instance() is not None
    if not running and not has_display():  # before Qt: without one it would abort the process
        print(tr(NO_DISPLAY), file=sys.stderr)
        return EXIT_NO_WINDOW

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from preflight.config import ConfigError, load_config
    from preflight.gui.common import app_icon, apply_base_font
    from preflight.gui.main_window import MainWindow, load_style
    from preflight.gui.platform_guard import exit_if_window_cannot_open

    with exit_if_window_cannot_open():  # a display that does not answer, a broken plugin
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "preflight"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Preflight")
    app.setOrganizationName("Preflight")
    app.setWindowIcon(app_icon())
    from preflight.support.reports import register_bundled_fonts

    register_bundled_fonts()  # Chinese and Arabic letters in the Linux bundle (docs/i18n.md)
    apply_base_font(app)
    app.setStyleSheet(load_style(args.high_contrast))
    from preflight.gui.i18n_qt import install_language, startup_language

    install_language(startup_language())  # before any widget is built with its words
    from preflight.gui.single_instance import SingleInstance
    from preflight.restart import ALREADY_OPEN, ALREADY_OPEN_ELSEWHERE, autostart, state

    instance = SingleInstance()
    if not instance.acquire():  # one window per person (gui/single_instance.py)
        autostart.unregister()  # an autostart entry that opened this one: nothing left behind
        if instance.other_answered:  # its window comes forward: that is what the person sees
            print(tr(ALREADY_OPEN), file=sys.stderr)
        else:  # a windowed app's stderr is seen by no one: say it in a box
            print(tr(ALREADY_OPEN_ELSEWHERE), file=sys.stderr)
            QMessageBox.information(None, "Preflight", tr(ALREADY_OPEN_ELSEWHERE))
        return 0
    # Back after "Restart now"? The open-at-login entry is removed on every start (a stale one
    # of a Preflight closed between registering and restarting too); the state is read once.
    comeback = state.take_pending()
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"preflight: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Preflight", str(exc))
        instance.release()
        return 2
    # The options to open with again after a restart (the organisation's configuration).
    window_args = ["--config", os.path.abspath(args.config)] if args.config else []
    if args.high_contrast:
        window_args.append("--high-contrast")
    window = MainWindow(config, comeback=comeback, window_args=window_args)
    def bring_forward() -> None:  # the window shown now (a language switch rebuilds it)
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        (shown[0] if shown else window).bring_forward()

    instance.show_requested.connect(bring_forward)
    window.show()
    if os.environ.get(QUIT_AFTER_SHOWN_ENV):
        def shown() -> None:
            print("preflight-window-shown", file=sys.stderr, flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, shown)
    code = app.exec()
    window.shutdown()
    instance.release()
    return int(code)


def _guard_std_streams() -> None:
    """A windowed or frozen app has sys.stdout/stderr = None; speedtest-cli prints at import
    and would crash (sivel/speedtest-cli#562)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
