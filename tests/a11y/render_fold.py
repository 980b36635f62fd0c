"""Renders every step at several window sizes on a real X display (Xvfb) and reports whether
each step's verdict and its Next button are on screen without scrolling. Run by
test_verdict_in_view.py as `python -m tests.a11y.render_fold --scale 2 --camera yes --out DIR`
with DISPLAY set; prints JSON. A separate process for the same reasons as render_screens.py
(the platform and the application font are chosen once per process).

"With a camera": the camera step shows a picture the way the live preview does (a frame in the
preview box, which the page sizes to the window); this machine has no camera, so the frame is
a generated test card. "Without": the camera check reports no camera (a real finding of the
camera's descriptor) and there is no picture, so the problem card takes its place.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

SIZES = ((1280, 720), (1366, 768), (1000, 720))


def _wait(app):
    def wait(condition, timeout_ms):
        deadline = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("screen did not reach its state")
            app.processEvents()
            time.sleep(0.01)

    return wait


def visible_rect(page, window):
    """The part of the window where `page`'s scrolled content can be seen: its viewport, less
    the pinned footer, within the window."""
    from PySide6.QtCore import QPoint, QRect

    viewport = page.viewport()
    top_left = viewport.mapTo(window, QPoint(0, 0))
    height = viewport.height() - (page.footer_height() if hasattr(page, "footer_height") else 0)
    return QRect(top_left.x(), top_left.y(), viewport.width(), height) & window.rect()


def outside(widget, area, window) -> str:
    """'' when `widget` is shown entirely inside `area` (window coordinates), else why not."""
    from PySide6.QtCore import QPoint, QRect

    if not widget.isVisibleTo(window):
        return "not shown"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if area.adjusted(-1, -1, 1, 1).contains(rect):
        return ""
    return f"at {rect.getRect()}, visible area {area.getRect()}"


def painted_as_itself(widget, shot, window) -> bool:
    """The window's screenshot shows `widget` where it is, uncovered: where the widget paints
    solid ink (text, icon, its own background), the screenshot has that colour. A widget
    covered by another (the footer) or cut off by the window fails; one that paints nothing
    fails too, so the comparison is never empty."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage, QPainter, QRegion
    from PySide6.QtWidgets import QWidget

    at = widget.mapTo(window, QPoint(0, 0))
    region = shot.copy(at.x(), at.y(), widget.width(), widget.height()).convertToFormat(
        QImage.Format.Format_ARGB32)
    ink = QImage(region.size(), QImage.Format.Format_ARGB32)
    ink.fill(Qt.GlobalColor.transparent)
    painter = QPainter(ink)
    widget.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    solid = same = 0
    for y in range(0, ink.height(), 2):
        for x in range(0, ink.width(), 2):
            pixel = ink.pixel(x, y)
            if pixel >> 24 != 0xFF:
                continue
            solid += 1
            other = region.pixel(x, y)
            if sum(abs(((pixel >> k) & 0xFF) - ((other >> k) & 0xFF)) for k in (0, 8, 16)) < 48:
                same += 1
    return solid > 0 and same / solid > 0.9


def _test_card(view) -> None:
    """A frame in the preview box, as CameraPreview shows one (a generated test card)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

    view.show_picture()
    box = view.picture.maximumSize()
    image = QImage(box.width(), box.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("#5b7fa6"))
    painter = QPainter(image)
    painter.fillRect(box.width() // 3, box.height() // 4, box.width() // 3, box.height() // 2,
                     QColor("#e8c39e"))
    painter.end()
    view.picture.setPixmap(QPixmap.fromImage(image).scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="application font factor")
    parser.add_argument("--camera", choices=("yes", "no"), default="yes")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from preflight.config import load_config
    from preflight.engine.result import Status
    from preflight.gui.common import apply_base_font
    from preflight.gui.main_window import MainWindow, load_style
    from tests.a11y.screens import PLANS
    from tests.gui.fakes import Plan, make_registry

    app = QApplication([sys.argv[0]])
    apply_base_font(app)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    app.setStyleSheet(load_style(False))
    camera = Plan(status=Status.PASS if args.camera == "yes" else Status.FAIL)
    registry, _plans = make_registry(dict(PLANS) | {"camera": camera})
    window = MainWindow(load_config(), registry=registry)
    window.show()
    wait = _wait(app)
    wait(window.isVisible, 5000)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    p, s = window.patient, window.session
    report: dict = {"platform": app.platformName(), "font_pt": font.pointSizeF(), "checks": []}

    def check(name: str, page, verdict_widgets, next_button) -> None:
        for width, height in SIZES:
            window.resize(width, height)
            wait(lambda w=width, h=height: (window.width(), window.height()) == (w, h), 3000)
            page.verticalScrollBar().setValue(0)
            for _ in range(10):
                app.processEvents()
            shot = window.grab().toImage()
            path = out / f"{args.scale:g}x-camera-{args.camera}-{width}x{height}-{name}.png"
            shot.save(str(path))
            area = visible_rect(page, window)
            problems = []
            for widget in verdict_widgets:
                where = outside(widget, area, window)
                if where:
                    problems.append(f"verdict {type(widget).__name__} "
                                    f"{widget.accessibleName()!r}: {where}")
                elif not painted_as_itself(widget, shot, window):
                    problems.append(f"verdict {widget.accessibleName()!r}: not in the picture")
            if next_button is not None:
                where = outside(next_button, window.rect(), window)
                if where:
                    problems.append(f"{next_button.text()!r}: {where}")
                elif not painted_as_itself(next_button, shot, window):
                    problems.append(f"{next_button.text()!r}: not in the picture")
            report["checks"].append({"screen": name, "size": [width, height],
                                     "screenshot": path.name, "problems": problems,
                                     "picture": bool(getattr(page, "picture", None)
                                                     and page.picture.isVisibleTo(window))})

    p.start()
    for index, step in enumerate(p.steps):
        p.go_to_step(index)
        wait(lambda st=step: all(c in s.results for c in st.checks), 10_000)
        wait(lambda st=step: not any(s.is_running(c) for c in st.checks), 5_000)
        view = step.view
        if view.picture is not None and args.camera == "yes":
            _test_card(view)
        verdicts = [w for card in view.cards.values() for w in (card.badge, card.summary)]
        check(f"step-{step.key}", view, verdicts, view.next)
    wait(lambda: not s.busy, 10_000)
    p.show_results()
    check("results", p.results, [p.results.verdict_badge, p.results.verdict], None)
    window.shutdown()
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
