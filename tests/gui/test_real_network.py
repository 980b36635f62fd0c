"""The connection and computer steps with the real network, bandwidth, call-quality and system
checks, against the local lab server (tests/servers: HTTPS, speedtest and STUN on 127.0.0.1
only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def net_lab(tmp_path, monkeypatch):
    servers = pytest.importorskip("tests.servers.speedtest_server")
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    servers.make_certificate(tmp_path)
    server = servers.LabServer(behaviour=servers.Behaviour(), cert_dir=str(tmp_path)).start()
    monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_path))
    try:
        yield server
    finally:
        server.stop()


def test_connection_and_computer_steps_with_real_checks(qtbot, no_thread_left, config,
                                                        net_lab):
    from preflight.gui.main_window import MainWindow
    from tests.network.lab_helpers import bandwidth_overrides, network_overrides

    net_lab.behaviour.rate_bytes_per_s = 5 * 1_000_000 // 8  # 5 Mbit/s
    cfg = config.with_overrides(network_overrides(net_lab) | bandwidth_overrides(net_lab))
    window = MainWindow(cfg, check_ids=["network", "bandwidth", "call", "system"])
    qtbot.addWidget(window)
    window.show()
    p = window.patient
    assert [s.key for s in p.steps] == ["connection", "computer"]
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    connection = p.steps[0].view
    # Progress while measuring.
    qtbot.waitUntil(lambda: connection.progress.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
    results = window.session.results
    assert results["network"].status.value in ("pass", "warn"), results["network"]
    assert results["bandwidth"].status.value == "pass", results["bandwidth"]
    assert "Mbit/s" in connection.numbers.text()
    # The expected call quality, from the two results, on the connection step's own card.
    call = results["call"]
    assert call.status.value in ("pass", "warn"), call
    assert call.summary.startswith("Expected video call quality: ")
    assert "(1080p)" in call.summary
    assert connection.cards["call"].summary.text() == call.summary
    qtbot.mouseClick(connection.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(p.steps[1].view.next, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is p.results
    assert not p.results.hotline.isVisible()
    if call.status.value == "pass":  # the results page lists it with the checks that passed
        assert f"Video calls: {call.summary}" in p.results.good.text()
    assert window.shutdown()
