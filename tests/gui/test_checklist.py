"""Checklist ticks are remembered on this computer until the next day."""

from __future__ import annotations

from datetime import date

from preflight.gui.checklist_store import ChecklistStore


def test_ticks_persist_the_same_day_and_reset_the_next(tmp_path):
    path = tmp_path / "checklist.json"
    today = ChecklistStore(path, date(2026, 11, 27))
    today.set_ticked("Write down your questions.", True)
    today.set_ticked("List your medications.", True)
    today.set_ticked("List your medications.", False)
    assert ChecklistStore(path, date(2026, 11, 27)).ticked() == {"Write down your questions."}
    assert ChecklistStore(path, date(2026, 11, 28)).ticked() == set()


def test_damaged_file_means_no_ticks(tmp_path):
    path = tmp_path / "checklist.json"
    path.write_text("{not json", encoding="utf-8")
    store = ChecklistStore(path)
    assert store.ticked() == set()
    store.set_ticked("A", True)
    assert store.ticked() == {"A"}


def test_window_remembers_ticks(qtbot, make_window, config):
    window = make_window()
    boxes = window.patient.checklist.boxes
    assert len(boxes) == len(config.get("checklist.items"))
    assert not any(b.isChecked() for b in boxes)
    boxes[2].setChecked(True)
    again = make_window()
    assert [b.isChecked() for b in again.patient.checklist.boxes] == [
        i == 2 for i in range(len(boxes))]


def test_checklist_and_help_show_the_configuration(qtbot, make_window, config):
    cfg = config.with_overrides({
        "hotline": {"hours": "Monday to Friday, 8 am to 6 pm"},
        "checklist": {"items": ["Only this item."]},
        "help": {"numbers": [{"label": "Billing", "phone": "555-0100"}],
                 "faq": [{"question": "Cost?", "answer": "Call 555-0100."}]},
    })
    window = make_window(cfg=cfg)
    p = window.patient
    assert [b.text() for b in p.checklist.boxes] == ["Only this item."]
    texts = [w.text() for w in p.help.findChildren(type(p.results.verdict))]
    assert "555-0100" in texts and "Cost?" in texts and "Call 555-0100." in texts
    assert "Monday to Friday, 8 am to 6 pm" in texts
    assert p.checklist.portal is not None and "patientgateway" in p.checklist.portal.text()
