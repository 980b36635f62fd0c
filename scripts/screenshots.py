"""Render every screen of the Preflight window to docs/screenshots/*.png.

Runs on Qt's offscreen platform unless a display is set (e.g. under `xvfb-run`). The results
shown are example results built here, not measured: a screenshot must look the same on every
machine. Usage: python scripts/screenshots.py [--out DIR] [--scale 2] [--lang CODE]
(--lang es writes to docs/screenshots/es/ unless --out is given; the codes are
preflight.i18n's languages). The example results are
made of the checks' real findings by their descriptors, so every sentence is the checks' own,
in the chosen language.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _result(config, check_id: str, findings: dict[str, dict], duration_s: float, **metrics):
    """A result of the check made by its descriptor from these findings (name -> values):
    the check's own sentences, in the window's language, with the thresholds of `config`."""
    from preflight.engine.findings import placeholders
    from preflight.engine.registry import default_registry

    descriptor = default_registry().descriptor(check_id)
    section = config.section(check_id)
    found = []
    for name, values in findings.items():
        spec = descriptor.spec(f"{check_id}.{name}")
        named = set().union(*(placeholders(t) for t in (spec.summary, *spec.advice,
                                                        spec.restart, spec.helpdesk)))
        limits = {key: section[key] for key in named if key in section}
        found.append(descriptor.finding(name, limits=limits, **values))
    return descriptor.result(found, **metrics).with_duration(duration_s)


def example_results(config):
    """Example results with example numbers, made of the checks' real findings."""
    programs = ["Google Chrome", "Steam"]
    examples = {
        "camera": _result(config, "camera", {"ok": {}}, 3.2, width=1280, height=720,
                          fps=29.8, face_found=True),
        "microphone": _result(config, "microphone", {"quiet": {}}, 4.1, rms_dbfs=-48.2,
                              noise_floor_dbfs=-66.0),
        "speaker": _result(config, "speaker", {"heard": {}}, 2.5, tone_detected=True,
                           method="loopback", delay_ms=24.0),
        "network": _result(config, "network", {"ok": {}}, 4.0, udp_rtt_ms=38.0,
                           udp_jitter_ms=3.1, udp_loss_pct=0.0),
        "bandwidth": _result(config, "bandwidth", {"download_too_low": {}}, 12.0,
                             download_mbps=0.9, upload_mbps=0.4, ping_ms=61.0),
        "system": _result(
            config, "system",
            {"uptime_long": {"days": 12, "programs": programs},
             "memory_low": {"memory_available_gb": "0.8", "programs": programs}}, 1.1,
            cpu_percent=86.0, memory_available_gb=0.8, uptime_days=12.4,
            programs_to_close=programs),
    }
    # The call quality is the real decision on the two example connection results above.
    from preflight.checks.network.call_quality import assess

    examples["call"] = assess(examples["network"], examples["bandwidth"],
                              config.section("call")).with_duration(0.01)
    return examples


def passing_results(config, examples):
    """Every check passed (the "ready" screen): each check's first passing finding."""
    from preflight.engine.registry import default_registry
    from preflight.engine.result import Status

    passing = {}
    for cid in default_registry().ids():  # every check, also one with no example above
        example = examples.get(cid)
        if example is not None and example.status == Status.PASS:
            passing[cid] = example
            continue
        spec = next(f for f in default_registry().descriptor(cid).findings
                    if f.level == Status.PASS)
        passing[cid] = _result(config, cid, {spec.name: {}},
                               example.duration_s if example is not None else 1.0)
    # The connection as a passing run measures it, and the call quality as the real decision
    # on it (as in example_results): its line names the picture the upload carries.
    passing["bandwidth"] = _result(config, "bandwidth", {"ok": {}}, 11.2, download_mbps=48.6,
                                   upload_mbps=11.8, ping_ms=21.0, jitter_ms=2.4,
                                   loaded_latency_ms=38.0, loaded_latency_increase_ms=17.0)
    from preflight.checks.network.call_quality import assess

    passing["call"] = assess(passing["network"], passing["bandwidth"], config.section("call"),
                             config.section("network")).with_duration(0.01)
    return passing


def _example_picture(view) -> None:
    """A drawn example frame (tests/camera/scenes.py) where the live preview goes; this
    machine has no camera."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPixmap

    try:
        sys.path.insert(0, str(ROOT))
        from tests.camera.scenes import scene
    except ImportError:
        return
    import numpy as np

    view.show_picture()  # the page makes room for the picture, as when the preview starts
    box = view.picture.maximumSize()
    frame = np.ascontiguousarray(scene("normal", 480, 270)(0, np.random.default_rng(0)))
    image = QImage(frame.data, 480, 270, frame.strides[0], QImage.Format.Format_BGR888).copy()
    view.picture.setPixmap(QPixmap.fromImage(image).scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
    from PySide6.QtCore import QCoreApplication

    view.tip.setText(QCoreApplication.translate("Live", "The picture looks good."))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", default="1", help="device pixel ratio, e.g. 2 for 200%%")
    from preflight.i18n import LANGUAGE_NAMES, available_languages

    languages = available_languages()
    parser.add_argument(
        "--lang", default="en", choices=languages, metavar="CODE",
        help="language of the window: " + ", ".join(
            f"{code} ({LANGUAGE_NAMES.get(code, code)})" for code in languages)
        + "; not en: written to OUT/CODE/ unless --out is given")
    args = parser.parse_args(argv)
    if args.lang != "en" and "--out" not in (argv if argv is not None else sys.argv):
        args.out = str(Path(args.out) / args.lang)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from preflight.config import load_config
    from preflight.gui.ask_dialog import AskDialog
    from preflight.gui.common import apply_base_font
    from preflight.gui.main_window import MainWindow, load_style

    app = QApplication.instance() or QApplication([])
    apply_base_font(app)
    app.setStyleSheet(load_style())
    from preflight.gui.i18n_qt import install_language
    from preflight.i18n import tr

    install_language(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    config = load_config()
    window = MainWindow(config)
    ids = window.session.check_ids
    window.resize(1000, 720)
    window.show()
    saved: list[str] = []

    def shot(name: str, widget=None) -> None:
        for _ in range(5):
            app.processEvents()
            # Cards replaced on the results page are deleteLater()'d; processEvents() alone
            # leaves them painted over the new ones in the picture.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        saved.append(str(path))

    p, s = window.patient, window.session
    step = {st.key: st for st in p.steps}
    shot("01-welcome")
    examples = example_results(config)
    # Guided steps: show each page as the patient would meet it.
    p.show_page(step["camera"].view)
    _example_picture(step["camera"].view)
    p._on_started("camera")
    p._on_progress("camera", 0.4, tr("Looking at your camera picture…"))
    shot("02-camera-checking")
    p._on_finished("camera", examples["camera"])
    p.show_page(step["microphone"].view)
    s.running.add("microphone")
    p._on_started("microphone")
    p._on_instruction("microphone", tr("Please say: testing one, two, three"))
    p._on_progress("microphone", 0.6, tr("Opening your microphone…"))
    # The live level as the person speaks: the bar and its words (no number).
    step["microphone"].view.meter.set_level(-24.0)
    step["microphone"].live._meter_shown()
    shot("03-microphone-listening")
    s.running.discard("microphone")
    s.results["microphone"] = examples["microphone"]
    p._on_finished("microphone", examples["microphone"])
    shot("04-microphone-result")
    # Issue 17: the chosen microphone is silent and another one works ("Use this one").
    mic_step = step["microphone"]
    mic_step.add_devices([{"kind": "input", "name": "Built-in Microphone"},
                          {"kind": "input", "name": "Logitech Webcam"}])
    other = _result(config, "microphone", {"silent": {}, "other_works": {
        "device": "Logitech Webcam"}}, 5.6, silent=True, rms_dbfs=-120.0,
        device="Built-in Microphone", working_device="Logitech Webcam")
    s.results["microphone"] = other
    p.show_page(mic_step.view)
    p._on_finished("microphone", other)
    shot("16-microphone-other-works")
    s.results["microphone"] = examples["microphone"]
    p._on_finished("microphone", examples["microphone"])
    dialog = AskDialog(tr("Did you hear the test sound?"), window)
    dialog.resize(520, 200)
    dialog.show()
    shot("05-speaker-question", dialog)
    dialog.withdraw()
    for cid in ("camera", "speaker", "network", "system"):
        s.results[cid] = examples[cid]
        p._on_finished(cid, examples[cid])
    p.show_page(step["connection"].view)
    s.running.add("bandwidth")
    p._on_started("bandwidth")
    p._on_progress("bandwidth", 0.55, tr("Measuring upload speed…"))
    shot("06-connection-measuring")
    s.running.discard("bandwidth")
    s.results["bandwidth"] = examples["bandwidth"]
    p._on_finished("bandwidth", examples["bandwidth"])
    s.results["call"] = examples["call"]
    p._on_finished("call", examples["call"])
    shot("07-connection-result")
    p.show_page(step["computer"].view)
    shot("08-computer")
    # Restart now (docs/restart.md): the confirmation, and the Welcome back page after the
    # restart with example numbers from before and the example computer result as "now".
    import time

    from preflight.gui.restart_flow import RestartConfirmDialog
    from preflight.gui.welcome_back import WelcomeBackView
    from preflight.restart import state as restart_state

    confirm = RestartConfirmDialog(window)
    confirm.resize(560, 220)
    confirm.show()
    shot("restart-1-confirm", confirm)
    confirm.reject()
    before_restart = restart_state.SavedState(
        time.time() - 300, time.time() - 12 * 86400, ("system.uptime_long", "system.memory_low"),
        {"system": {"uptime_days": 12.3, "memory_available_gb": 0.7, "cpu_percent": 35.0}})
    after = _result(config, "system", {"ready": {}}, 1.1, uptime_days=0.01,
                    memory_available_gb=5.2, cpu_percent=6.0)
    back = WelcomeBackView()
    back.show_comparison(restart_state.compare(before_restart, [after], now_boot_time=time.time()))
    window.stack.addWidget(back)
    p.show_page(back)
    shot("restart-2-welcome-back")
    p.show_page(step["computer"].view)
    p.show_results()
    shot("09-results-get-help")
    for cid, result in passing_results(config, examples).items():
        s.results[cid] = result
        p._on_finished(cid, result)
    p.show_results()
    shot("10-results-ready")
    s.results["microphone"] = examples["microphone"]
    s.results["system"] = examples["system"]
    p.show_results()
    shot("11-results-almost-ready")
    p.show_page(p.checklist)
    p.checklist.boxes[0].setChecked(True)
    p.checklist.boxes[1].setChecked(True)
    shot("12-checklist")
    p.checklist.boxes[0].setChecked(False)
    p.checklist.boxes[1].setChecked(False)
    p.show_page(p.help)
    shot("13-help")
    s.results.update(examples)
    window.show_helpdesk()
    h = window.helpdesk
    for cid in ids:
        if cid in s.results:  # a check with no example result here keeps its empty row
            h._set_row(cid, s.results[cid])
    window.helpdesk_view.table.selectRow(4)
    # An example log line only: this run's own lines (this machine's audio, today's times)
    # would change the picture on every run.
    window.helpdesk_view.log.clear()
    window.helpdesk_view.log.appendPlainText(
        "19:20:01 INFO preflight.gui.session: starting checks network,bandwidth,system")
    window.resize(1100, 900)
    shot("14-helpdesk")
    window.resize(1000, 720)
    window.set_high_contrast(True)
    p.show_results()
    shot("15-results-high-contrast")
    window.set_high_contrast(False)
    s.results.clear()
    window.shutdown()
    window.close()
    print("\n".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
