"""Every screen in one language at 1x and 2x text, in one process on a real X display (Xvfb):
the window is built at the normal application font, every screen rendered and measured, then
built again at twice the font (a window takes its fonts when it builds its pages). Run by
test_text_scale_languages.py as

    python -m tests.a11y.render_languages --lang ar --out DIR

with DISPLAY set; prints one JSON object: {"platform", "direction", "scales": {"1": {screen:
{...}}, "2": {...}}}, each screen as render_screens.py reports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.a11y.render_screens import (
    WINDOW_SIZE,
    _wait,
    combo_problems,
    table_problems,
    text_problems,
)

SCALES = (1.0, 2.0)


def render(app, language: str, scale: float, out: Path, base_font) -> dict:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFont

    from preflight.config import load_config
    from preflight.gui.main_window import MainWindow
    from tests.a11y.screens import PLANS, screens
    from tests.gui.fakes import make_registry

    font = QFont(base_font)
    font.setPointSizeF(base_font.pointSizeF() * scale)
    app.setFont(font)
    registry, _plans = make_registry(dict(PLANS))
    window = MainWindow(load_config(), registry=registry)
    window.resize(*WINDOW_SIZE)
    window.show()
    wait = _wait(app)
    wait(window.isVisible, 5000)
    found = {}
    for name, page in screens(window, wait):
        for _ in range(10):
            app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        path = out / f"{scale:g}x-{language}-{name}.png"
        window.grab().save(str(path))
        problems = text_problems(page, window) + combo_problems(page, window)
        if window.step_list_host.isVisible():
            problems += [f"step list: {p}" for p in text_problems(window.step_list_host, window)]
        if name == "helpdesk":
            problems += table_problems(page.table)
        found[name] = {
            "screenshot": path.name,
            "problems": problems,
            "sideways_scroll_px": page.horizontalScrollBar().maximum(),
            "content_height_px": page.widget().height(),
            "viewport_height_px": page.viewport().height(),
        }
    window.shutdown()
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from preflight.gui.common import apply_base_font
    from preflight.gui.i18n_qt import install_language
    from preflight.gui.main_window import load_style

    app = QApplication([sys.argv[0]])
    install_language(args.lang)
    apply_base_font(app)
    app.setStyleSheet(load_style(False))
    base = QFont(app.font())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report = {"platform": app.platformName(),
              "direction": QGuiApplication.layoutDirection().name, "scales": {}}
    for scale in SCALES:
        report["scales"][f"{scale:g}"] = render(app, args.lang, scale, out, base)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
