"""One controller per step of the patient's flow, made from the step's descriptors.

`StepController` shows its checks' progress, instructions and results, with Check again;
`BackgroundStepController` is a step whose checks start at Start (connection, computer);
`DeviceStepController` adds the device picker, and the live part its kind of device needs
while the check runs (`LIVE_BY_KIND`, keyed on `StepSpec.device_kind`): the camera preview,
the microphone's live level and "Play back my voice", the speakers' "Play test sound".

No engine work here: checks run through the session (RunWorkers), devices open on helper
threads (gui/live.py). The flow controller (controllers.py) owns the pages, the navigation and
the one-at-a-time order of the guided checks.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from preflight.engine.present import status_word
from preflight.engine.report import restart_reasons
from preflight.engine.result import CheckResult
from preflight.gui.common import announce
from preflight.gui.devices_scan import names_for
from preflight.gui.live import (
    CAMERA_PREVIEW_KEY,
    MIC_RECORDING_KEY,
    CameraPreview,
    LiveLevel,
    VoicePlayback,
)
from preflight.gui.other_device import OtherDeviceRow
from preflight.gui.privacy_page import PermissionGate, PrivacyRow, RecheckOnReturn
from preflight.gui.steps import Step, looked_at_words, step_status
from preflight.gui.views import CheckStepView
from preflight.privacy_settings import permission_option
from preflight.support.reports import metric_rows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from preflight.gui.controllers import PatientController

logger = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


def numbers_text(results: list[CheckResult]) -> str:
    """Download, upload and delay in simple words, from whichever of the step's results
    measured them (the metrics are named in docs/metrics.md)."""
    metrics: dict[str, Any] = {}
    for result in results:
        metrics.update(result.metrics)
    lines = []
    for key, text in (("download_mbps", _t("Download (the doctor's video to you)")),
                      ("upload_mbps", _t("Upload (your video to the doctor)"))):
        if _is_number(metrics.get(key)):
            lines.append(f"{text}: {metrics[key]:.1f} Mbit/s")
    if _is_number(metrics.get("ping_ms")):
        lines.append(_t("Delay: %1 ms").replace("%1", f"{metrics['ping_ms']:.0f}"))
    return "\n".join(lines)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class StepController(QObject):
    """A guided step: its checks run one after another as the patient reaches the page (the
    flow's queue), each shown on its result card with Check again."""

    def __init__(self, step: Step, flow: PatientController) -> None:
        super().__init__(flow)
        self.step = step
        self.flow = flow
        self.session = flow.session
        self.view = CheckStepView(
            step.key, step.title, step.intro,
            [(c, self.session.title(c)) for c in step.checks], step.picker,
            device_kind=step.device_kind, restart=step.restart)
        for card in self.view.cards.values():
            card.check_again.connect(flow.check_again)
        self.view.stop.clicked.connect(lambda: self.stop())

    # -- what the flow asks ----------------------------------------------------------------
    @property
    def key(self) -> str:
        return self.step.key

    @property
    def checks(self) -> tuple[str, ...]:
        return self.step.checks

    @property
    def guided(self) -> bool:
        return self.step.guided

    @property
    def opening(self) -> bool:
        """A device is being opened for one of this step's checks (the check starts after)."""
        return False

    @property
    def busy(self) -> bool:
        return any(self.session.is_running(c) for c in self.checks) or self.opening

    def entered(self) -> None:
        """The patient reached this page: queue its checks that have no result yet."""
        for check_id in self.checks:
            if check_id not in self.session.results:
                self.flow.queue(check_id)

    def run_again(self, check_id: str) -> None:
        self.flow.queue(check_id)

    def launch(self, check_id: str) -> None:
        """Start one of this step's checks now (the flow's queue decided it is its turn)."""
        self.session.run([check_id])

    def stop(self) -> None:
        """Stop checking: this step's running and queued checks."""
        self.flow.unqueue(self.checks)
        self.session.cancel(self.checks)

    def page_shown(self, page: QWidget) -> None:
        """The flow now shows `page` (this step's or another)."""

    def reset(self) -> None:
        for card in self.view.cards.values():
            card.show_result(None)

    def release(self) -> None:
        """The window is closing: let go of any device this step holds."""

    def refresh(self) -> None:
        self.flow.step_list.set_status(
            self.key, step_status(self.checks, self.session.results, self.session.running))
        self.view.stop.setEnabled(self.busy)

    # -- the session's events for this step's checks ----------------------------------------
    def on_started(self, check_id: str) -> None:
        view = self.view
        view.cards[check_id].show_running()
        view.progress.setVisible(True)
        view.progress.setRange(0, 0)  # busy until the check reports a fraction

    def on_progress(self, check_id: str, fraction: float | None, message: str) -> None:
        view = self.view
        if fraction is None:
            view.progress.setRange(0, 0)
        else:
            view.progress.setRange(0, 100)
            view.progress.setValue(int(max(0.0, min(1.0, fraction)) * 100))
        if message:
            view.progress_text.setText(message)
            view.progress_text.setVisible(True)

    def on_instruction(self, check_id: str, message: str) -> None:
        self.view.instruction.setText(message)
        self.view.instruction.setVisible(bool(message))

    def on_finished(self, check_id: str, result: CheckResult) -> None:
        view = self.view
        view.cards[check_id].show_result(result)
        # Said, not only painted: a screen reader announces the result where the person is.
        if self.flow.current_page() is view:
            announce(view.cards[check_id], self.result_words(check_id))
        if not any(self.session.is_running(c) for c in self.checks):
            view.progress.setVisible(False)
            view.progress_text.setText("")
            view.progress_text.setVisible(False)
            view.instruction.setVisible(False)
        self.show_details()

    def result_words(self, check_id: str) -> str:
        """"Camera: Ready. Your camera works well." ("" before the check has a result)."""
        result = self.session.results.get(check_id)
        if result is None:
            return ""
        return _t("%1: %2. %3").replace("%1", self.session.title(check_id)).replace(
            "%2", status_word(result.status.value)).replace("%3", result.summary)

    def page_words(self) -> str:
        """What a screen reader says when the page comes up: its title, and the results that
        are already in (the background steps' checks are often done by then)."""
        said = [self.view.accessibleName()] + [self.result_words(c) for c in self.checks]
        return " ".join(t if t.endswith((".", "!", "?")) else f"{t}." for t in said if t)

    def show_details(self) -> None:
        """The step's results in simple words: speeds, reasons to restart, programs to close."""
        view = self.view
        results = [self.session.results[c] for c in self.checks if c in self.session.results]
        view.set_details(numbers_text(results), "\n".join(
            f"{name}: {value}" for r in results for name, value in metric_rows(r)))
        view.fit_picture()  # the result card above the picture may have grown
        words = looked_at_words(self.step, results)
        view.looked_at.setText(_t("We looked at: %1").replace("%1", words) if words else "")
        view.looked_at.setVisible(bool(words))
        if view.restart is not None:
            reasons = restart_reasons(results)
            view.restart.set_reasons(reasons)
            view.restart.setVisible(bool(reasons))
        programs = [str(p) for r in results for p in r.metrics.get("programs_to_close", ()) or ()]
        view.programs.setText(_t("Programs you could close during the visit: %1")
                              .replace("%1", ", ".join(programs)))
        view.programs.setVisible(bool(programs))


class BackgroundStepController(StepController):
    """A step whose checks start at Start and run while the patient goes through the others
    (`StepSpec.guided` is False); Check again runs at once."""

    def entered(self) -> None:
        pass  # already started (or done) since Start

    def run_again(self, check_id: str) -> None:
        self.session.run([check_id])


class DeviceLive(QObject):
    """What a kind of device shows while its check runs; the plain one shows nothing."""

    def __init__(self, step: DeviceStepController) -> None:
        super().__init__(step)
        self.step = step
        self.session = step.session
        self.view = step.view

    @property
    def opening(self) -> bool:
        """The device is being opened for the check (Stop works; the next check waits)."""
        return False

    def launch(self, check_id: str) -> bool:
        """True when this starts the check itself, once its device is open."""
        return False

    def started(self, check_id: str) -> None:
        pass

    def finished(self, check_id: str, result: CheckResult) -> None:
        pass

    def stopped(self) -> None:
        pass

    def page_shown(self, page: QWidget) -> None:
        pass

    def release(self) -> None:
        pass


class CameraLive(DeviceLive):
    """The live preview, opened before the check (off the UI thread); the check then takes its
    verdict from the same frames (most cameras allow one user at a time)."""

    def __init__(self, step: DeviceStepController) -> None:
        super().__init__(step)
        self.preview: CameraPreview | None = None
        self._check_id = ""
        self._opening = False
        self._stopped_while_opening = False
        view = self.view
        if view.picture is not None and view.tip is not None and self.session.real_checks:
            section = self.session.config.section(step.checks[0])
            self.preview = CameraPreview(view.picture, view.tip, section, self)
            self.preview.opened.connect(self._opened)
            self.preview.frame_ready.connect(self._frame)

    @property
    def opening(self) -> bool:
        return self._opening

    def launch(self, check_id: str) -> bool:
        if self.preview is None:
            return False
        self._check_id = check_id
        self._opening = True
        self.preview.start_async(self.session.options.get(self.step.step.option))
        return True

    def _frame(self, *_frame: Any) -> None:
        """A picture came (queued to the UI thread): the page makes room for the preview."""
        self.view.show_picture()

    def _opened(self, source: Any) -> None:
        self._opening = False
        if self._stopped_while_opening:  # Stop was pressed while the camera was opening
            self._stopped_while_opening = False
            if self.preview is not None:
                self.preview.stop()
            self.step.flow.pump()
            self.step.flow.refresh_all()
            return
        # Without a preview (the camera failed to open for it), the check opens it itself.
        shared = {CAMERA_PREVIEW_KEY: source} if source is not None else None
        self.session.run([self._check_id], shared=shared)
        self.step.flow.refresh_all()

    def stopped(self) -> None:
        if self.preview is not None:
            self._stopped_while_opening = self._opening
            self.preview.stop(wait=False)

    def finished(self, check_id: str, result: CheckResult) -> None:
        if self.preview is not None and self.step.flow.current_page() is not self.view:
            self.preview.stop(wait=False)

    def page_shown(self, page: QWidget) -> None:
        # Release the camera as soon as the person moves on.
        if (self.preview is not None and page is not self.view
                and not any(self.session.is_running(c) for c in self.step.checks)):
            self.preview.stop(wait=False)

    def release(self) -> None:
        if self.preview is not None:
            try:
                self.preview.stop()
                self.preview.wait_released()
            except Exception:  # releasing must go on for the other steps
                logger.exception("could not stop the camera preview")


class InputLive(DeviceLive):
    """The microphone's live level while its check records, the level it measured after, and
    "Play back my voice" (the recording stays in memory, session.shared)."""

    def __init__(self, step: DeviceStepController) -> None:
        super().__init__(step)
        self.live_level: LiveLevel | None = None
        self.playback: VoicePlayback | None = None
        view = self.view
        meter = view.meter
        if meter is not None:
            section = self.session.config.section(step.checks[0])
            meter.set_limits(float(section.get("fail_rms_dbfs", meter.fail_dbfs)),
                             float(section.get("warn_rms_dbfs", meter.warn_dbfs)))
        if meter is not None and self.session.real_checks:
            self.live_level = LiveLevel(self)
            self.live_level.level.connect(meter.set_level)
            self.live_level.level.connect(lambda _l: self._meter_shown())
        if view.play_voice is not None:
            view.play_voice.clicked.connect(lambda: self.play_voice())
            self.session.shared_changed.connect(self._voice_ready)

    def _meter_shown(self) -> None:
        view = self.view
        if view.meter is not None and view.meter_words is not None:
            view.meter.setVisible(True)
            view.meter_words.setVisible(True)
            running = any(self.session.is_running(c) for c in self.step.checks)
            view.meter_words.setText(
                _t("Speak now: the bar moves when we hear you.") if running
                else view.meter.words)

    def started(self, check_id: str) -> None:
        if self.live_level is not None:
            self.live_level.start(self.session.options.get(self.step.step.option))

    def finished(self, check_id: str, result: CheckResult) -> None:
        if self.live_level is not None:
            self.live_level.stop()
        level = result.metrics.get("rms_dbfs")
        meter = self.view.meter
        if meter is not None and isinstance(level, (int, float)) and _is_number(level):
            meter.set_level(float(level))
            self._meter_shown()

    def _voice_ready(self) -> None:
        if self.view.play_voice is not None:
            self.view.play_voice.setEnabled(MIC_RECORDING_KEY in self.session.shared)

    def play_voice(self) -> None:
        recording = self.session.shared.get(MIC_RECORDING_KEY)
        if recording is None or (self.playback is not None and self.playback.isRunning()):
            return
        view = self.view
        assert view.play_voice is not None
        view.play_voice.setEnabled(False)
        view.live_message.setText(_t("Playing your recording…"))
        speaker = self.session.options.get(self.step.flow.option_for_kind("output"))
        self.playback = VoicePlayback(self.session.shared, speaker, self)
        self.playback.problem.connect(view.live_message.setText)
        self.playback.finished.connect(self._voice_done)
        self.playback.start()

    def _voice_done(self) -> None:
        if self.view.live_message.text() == _t("Playing your recording…"):
            self.view.live_message.setText("")
        self._voice_ready()

    def release(self) -> None:
        for name, stop in (("live level", self.live_level), ("voice playback", self.playback)):
            if stop is None:
                continue
            try:
                stop.stop()
            except Exception:  # releasing must go on for the others
                logger.exception("could not stop the %s", name)
        if self.playback is not None:
            self.playback.wait(2000)


class OutputLive(DeviceLive):
    """"Play test sound": the check plays its chime again."""

    def __init__(self, step: DeviceStepController) -> None:
        super().__init__(step)
        if self.view.play_test is not None:
            self.view.play_test.clicked.connect(
                lambda: step.flow.check_again(step.checks[0]))


# The live part of a device step, by StepSpec.device_kind.
LIVE_BY_KIND: dict[str, type[DeviceLive]] = {
    "camera": CameraLive,
    "input": InputLive,
    "output": OutputLive,
}


class DeviceStepController(StepController):
    """A step with a device picker (camera, microphone, speaker): the choice goes into the
    check's option (`StepSpec.option`), the list comes from a device scan the first time a
    device step is shown, and the live part comes from `LIVE_BY_KIND`."""

    def __init__(self, step: Step, flow: PatientController) -> None:
        super().__init__(step, flow)
        picker = self.view.picker
        if picker is not None:
            picker.addItem(_t("Automatic (your computer's usual device)"), "")
            picker.currentIndexChanged.connect(lambda _i: self._picked())
        self.live = LIVE_BY_KIND.get(step.device_kind, DeviceLive)(self)
        # "Your 'X' microphone works. [Use this one]" under each result (after its advice).
        self.others: dict[str, OtherDeviceRow] = {}
        for check_id, card in self.view.cards.items():
            row = OtherDeviceRow(card)
            card.body.insertWidget(3, row)
            row.use.connect(lambda name, c=check_id: self.use_device(c, name))
            self.others[check_id] = row
        # "Open camera settings" when the system blocks the device; back in the window, the
        # check runs again by itself, once (gui/privacy_page.py). On macOS the system is asked
        # before the device is opened.
        self.privacy: dict[str, PrivacyRow] = {}
        self.returns = RecheckOnReturn(self.view, lambda c: self.flow.check_again(c))
        self.permissions = PermissionGate(self.session.options, self)
        for check_id, card in self.view.cards.items():
            privacy = PrivacyRow(check_id, card)
            card.body.insertWidget(3, privacy)
            privacy.opened.connect(self.returns.arm)
            self.privacy[check_id] = privacy

    @property
    def opening(self) -> bool:
        return self.live.opening or bool(self.permissions.asking)

    def entered(self) -> None:
        self.flow.scan_devices()
        super().entered()

    def launch(self, check_id: str) -> None:
        self.permissions.ask(check_id, lambda: self._launch(check_id))

    def _launch(self, check_id: str) -> None:
        # A device the system refuses is not opened for a preview: the check says why.
        if permission_option(check_id) in self.session.options or not self.live.launch(
                check_id):
            super().launch(check_id)
        self.flow.refresh_all()

    def stop(self) -> None:
        super().stop()
        self.live.stopped()

    def page_shown(self, page: QWidget) -> None:
        self.live.page_shown(page)

    def release(self) -> None:
        self.live.release()

    def on_started(self, check_id: str) -> None:
        self.live.started(check_id)
        super().on_started(check_id)
        self.others[check_id].show_result(self.session.descriptor(check_id), None)
        self.privacy[check_id].show_result(None)

    def on_finished(self, check_id: str, result: CheckResult) -> None:
        super().on_finished(check_id, result)
        self.others[check_id].show_result(self.session.descriptor(check_id), result)
        self.privacy[check_id].show_result(result)
        self.live.finished(check_id, result)

    def reset(self) -> None:
        super().reset()
        for check_id, row in self.others.items():
            row.show_result(self.session.descriptor(check_id), None)
        for privacy in self.privacy.values():
            privacy.show_result(None)

    def use_device(self, check_id: str, name: str) -> None:
        """"Use this one": the picker shows the device that worked, and its check runs again
        on it."""
        if not name:
            return
        picker = self.view.picker
        if picker is None:
            self.session.options[self.step.option] = name
        else:
            if picker.findData(name) < 0:
                picker.addItem(name, name)
            picker.setCurrentIndex(picker.findData(name))  # _picked sets the option
        self.flow.check_again(check_id)

    def _picked(self) -> None:
        assert self.view.picker is not None
        name = self.view.picker.currentData() or ""
        if name:
            self.session.options[self.step.option] = name
        else:
            self.session.options.pop(self.step.option, None)

    def add_devices(self, devices: list[dict[str, Any]]) -> None:
        picker = self.view.picker
        if picker is None:
            return
        for name in names_for(devices, self.step.device_kind):
            if picker.findData(name) < 0:
                picker.addItem(name, name)


def make_step_controller(step: Step, flow: PatientController) -> StepController:
    if not step.guided:
        return BackgroundStepController(step, flow)
    if step.device_kind:
        return DeviceStepController(step, flow)
    return StepController(step, flow)
