"""The local link diagnosis (issue 18, item 3): the Wi-Fi in use and a VPN in the route.

Parsers are tested on real recorded outputs of each tool (tests/fixtures/link/, each file's
header says where it came from); no Wi-Fi adapter, Mac or Windows machine exists here, so
those tools' outputs are the recorded ones. The VPN detector runs for real, inside network
namespaces this test creates (a TUN device, and a WireGuard one when the kernel has it,
carrying the namespace's default route; 198.18.0.0/15 addresses only), and on this machine
itself, which has no Wi-Fi and no VPN: it must report nothing false.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from preflight.checks.network import call_quality, link
from preflight.checks.network.connectivity import DESCRIPTOR, HttpsProbe, Probes, assess
from preflight.checks.network.link import LinkInfo, WifiLink
from preflight.checks.network.stun import StunBurstResult
from preflight.config import load_config
from preflight.engine.result import CheckResult, Status
from preflight.support.code import decode_code, encode_report
from preflight.support.reports import render_html, render_text, report_document
from tests.conftest import REPO
from tests.support.helpers import report_of

FIXTURES = REPO / "tests" / "fixtures" / "link"
CONFIG = load_config()
NET = CONFIG.section("network")


def recorded(name: str) -> str:
    """A fixture without its header (the "# " lines and the blank line after them)."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    if lines and not lines[0].strip():
        lines.pop(0)
    return "".join(lines)


# -- parsers on recorded outputs ------------------------------------------------------------------

WIFI_CASES = [
    # fixture, parser, signal dBm, band, rate (the slower direction), network names and
    # hardware addresses in the fixture that must never come out
    ("iw-link-5ghz-cinnamon.txt", link.parse_iw_link, -44, "5", 702.0,
     ["HOME5", "64:d1:54:68:93:ae"]),
    ("iw-link-2ghz-weak-vwifi.txt", link.parse_iw_link, -81, "2.4", 288.9,
     ["00:76:77:30:00:00"]),
    ("iw-link-tx-only-wifirxpower.txt", link.parse_iw_link, -31, "5", 300.0,
     ["tesla-5g-bcm", "68:7f:74:3b:b0:01"]),
    # Windows: the percentage as Windows defines it (-100 + pct / 2); the band line (Windows 11)
    # or the channel; receive and transmit.
    ("netsh-wlan-interfaces-en-win11.txt", link.parse_netsh_interfaces, -52, "5", 400.0,
     ["Starbucks WiFi", "94:e2:3c:83:c8:27", "e2:cb:ac:92:24:ff",
      "f6cbd34e-3469-46c4-b6f8-47c02af70e48"]),
    ("netsh-wlan-interfaces-zh-cn.txt", link.parse_netsh_interfaces, -54, "5", 173.3,
     ["BUU", "dc:8b:28:26:70:55", "06:69:6c:89:82:43"]),
    ("wdutil-info-macos26.txt", link.parse_wdutil_info, -61, "5", 86.0, []),
    ("system-profiler-airport-macos.json", link.parse_system_profiler_json, -51, "5", 1297.0,
     []),
]


@pytest.mark.parametrize(("name", "parse", "signal", "band", "rate", "secrets"), WIFI_CASES,
                         ids=[c[0] for c in WIFI_CASES])
def test_wifi_parsers_read_recorded_outputs(name, parse, signal, band, rate, secrets):
    wifi = parse(recorded(name))
    assert wifi is not None
    assert (wifi.signal_dbm, wifi.band_ghz, wifi.rate_mbps) == (signal, band, rate)
    assert not wifi.other_band_seen
    text = repr(wifi) + json.dumps(link.metrics_of(LinkInfo(wifi=wifi)))
    assert all(secret.lower() not in text.lower() for secret in secrets)


def test_nmcli_scan_list_gives_the_band_and_rate_of_the_row_in_use():
    """The row marked * (channel 112): 5 GHz, 405 Mbit/s; nmcli's 0-100 signal is no dBm, so
    none is claimed. The same name on 2.4 GHz does not make 5 GHz 'another band'."""
    wifi = link.parse_nmcli_wifi_list(recorded("nmcli-dev-wifi-5ghz.txt"))
    assert wifi == WifiLink(band_ghz="5", rate_mbps=405.0, source="nmcli")


def test_proc_net_wireless_gives_the_signal_only():
    text = recorded("proc-net-wireless-pi3.txt")
    assert link.parse_proc_net_wireless(text, "wlan0") == WifiLink(signal_dbm=-47, source="proc")
    assert link.parse_proc_net_wireless(text, "wlan1") is None


def test_parsers_say_nothing_about_other_text():
    """No Wi-Fi in the text: no Wi-Fi, and no exception (one test: the cases are cheap)."""
    texts = ["", "Not connected.\n", "{}", "garbage : \x00 : 12%%\n",
             recorded("route-print-win10.txt"), recorded("ipconfig-all-win10-tailscale.txt")]
    for parse in (link.parse_iw_link, link.parse_netsh_interfaces, link.parse_wdutil_info,
                  link.parse_system_profiler_json, link.parse_nmcli_wifi_list):
        for text in texts:
            assert parse(text) is None, (parse.__name__, text[:40])


def test_the_route_windows_would_use_and_its_adapter():
    """route print: the default route's interface address (10.211.55.3, Tailscale's tunnel
    listed but not in the route); ipconfig /all: an address's adapter description, classified.
    The two recordings come from different machines: each is checked on its own."""
    assert link.parse_route_print_interface(recorded("route-print-win10.txt")) == "10.211.55.3"
    assert link.parse_route_print_interface(recorded("route-print-win10-tap.txt")) \
        == "192.168.31.221"
    ipconfig = recorded("ipconfig-all-win10-tailscale.txt")
    ethernet = link.parse_ipconfig_description(ipconfig, "10.50.13.132")
    tunnel = link.parse_ipconfig_description(ipconfig, "100.115.71.66")
    assert link.classify_adapter(ethernet) == link.NO_VPN
    assert link.classify_adapter(tunnel) == "tunnel"
    assert link.parse_ipconfig_description(ipconfig, "10.211.55.3") is None
    nord = recorded("ipconfig-all-win11-nordvpn.txt")
    assert link.classify_adapter(link.parse_ipconfig_description(nord, "192.168.1.169")) \
        == link.NO_VPN  # the Wi-Fi adapter, which has the default gateway


_DESCRIPTIONS = [
    # Adapter descriptions as these recordings show them (and the VPN clients' own names).
    ("TAP-Windows Adapter V9", "openvpn"),
    ("TAP-NordVPN Windows Adapter V9", "openvpn"),
    ("OpenVPN Data Channel Offload", "openvpn"),
    ("Wintun Userspace Tunnel", "openvpn"),
    ("WireGuard Tunnel", "wireguard"),
    ("Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64",
     "anyconnect"),
    ("PANGP Virtual Ethernet Adapter Secure", "globalprotect"),
    ("Tailscale Tunnel", "tunnel"),
    ("Microsoft ISATAP Adapter #2", link.NO_VPN),
    ("Teredo Tunneling Pseudo-Interface", link.NO_VPN),
    ("Intel(R) Wi-Fi 6 AX200 160MHz", link.NO_VPN),
    ("Killer Wireless-n/a/ac 1535 Wireless Network Adapter", link.NO_VPN),
    (None, None),
]


def test_windows_adapter_descriptions():
    for description, kind in _DESCRIPTIONS:
        assert link.classify_adapter(description) == kind, description


def test_windows_vpn_reads_both_tools_through_one_seam():
    """The Windows detector with its two tool calls answered from recordings (the tools cannot
    run here): the route's interface address is looked up in ipconfig's adapters."""
    answers = {"route": recorded("route-print-win10.txt"),
               "ipconfig": recorded("ipconfig-all-win10-tailscale.txt")}
    assert link.windows_vpn(1.0, lambda argv, _t: answers[argv[0]]) is None  # no such adapter
    assert link.windows_vpn(1.0, lambda argv, _t: None) is None


def test_mac_route_lookup():
    assert link.mac_vpn(link.parse_route_get_interface(recorded("route-get-macos-utun.txt"))) \
        == "tunnel"
    assert link.mac_vpn(link.parse_route_get_interface(recorded("route-get-macos-en0.txt"))) \
        == link.NO_VPN
    assert link.mac_vpn(link.parse_route_get_interface("")) is None


def test_bands():
    for mhz, band in [(2412, "2.4"), (2484, "2.4"), (5180, "5"), (5885, "5"), (5955, "6"),
                      (7115, "6"), (900, None)]:
        assert link.band_of_mhz(mhz) == band, mhz
    for channel, band in [(1, "2.4"), (14, "2.4"), (36, "5"), (165, "5"), (200, None)]:
        assert link.band_of_channel(channel) == band, channel


# -- the decision: said only when it matters ------------------------------------------------------

def _probes(info: LinkInfo, *, rtt=30.0, jitter=3.0, loss=0.0) -> Probes:
    """A burst of 200 whose round trips alternate rtt -/+ jitter/2: median `rtt`, jitter
    `jitter`, `loss` percent unanswered."""
    received = round(200 * (1 - loss / 100))
    rtts = [rtt - jitter / 2 if n % 2 else rtt + jitter / 2 for n in range(received)]
    return Probes(
        dns={"visit.example.org": True},
        https=[HttpsProbe("visit.example.org", tcp_ok=True, tls_ok=True)],
        stun=StunBurstResult(sent=200, received=received, rtts_ms=rtts,
                             reflexive_address_found=True),
        link=info,
    )


def _wifi(signal=-55, band="5", rate=400.0, other=False) -> LinkInfo:
    return LinkInfo(wifi=WifiLink(signal_dbm=signal, band_ghz=band, rate_mbps=rate,
                                  other_band_seen=other, source="iw"), vpn=link.NO_VPN)


@pytest.mark.parametrize(("info", "udp", "status", "ids"), [
    # Good Wi-Fi on 5 GHz: nothing to say.
    (_wifi(), {}, Status.PASS, ["network.ok"]),
    # A weak-but-usable signal with a good connection: not a warning (no false alarm).
    (_wifi(signal=-75), {}, Status.PASS, ["network.ok"]),
    # The same signal with an unsteady connection: the Wi-Fi is named.
    (_wifi(signal=-75), {"jitter": 45.0}, Status.WARN,
     ["network.udp_jitter_high", "network.wifi_weak"]),
    # A very weak signal is named whatever the other figures say.
    (_wifi(signal=-82), {}, Status.WARN, ["network.wifi_weak"]),
    # 2.4 GHz with the same network seen on 5 GHz: a hint, and the check still passes.
    (_wifi(band="2.4", other=True), {}, Status.PASS, ["network.ok", "network.wifi_band_hint"]),
    # 2.4 GHz, nothing poor, no 5 GHz seen: nothing to say.
    (_wifi(band="2.4"), {}, Status.PASS, ["network.ok"]),
    # 2.4 GHz with a slow link rate: the hint.
    (_wifi(band="2.4", rate=6.5), {}, Status.PASS, ["network.ok", "network.wifi_band_hint"]),
    # A VPN with a good connection: nothing to say.
    (LinkInfo(vpn="wireguard"), {}, Status.PASS, ["network.ok"]),
    # A VPN with a long round trip: try without it.
    (LinkInfo(vpn="wireguard"), {"rtt": 300.0}, Status.WARN,
     ["network.udp_rtt_high", "network.vpn_in_route"]),
    # No sensor at all (no Wi-Fi, route unknown): nothing, even when the connection is poor.
    (LinkInfo(), {"loss": 10.0}, Status.FAIL, ["network.udp_loss_too_high"]),
])
def test_link_findings(info, udp, status, ids):
    result = assess(_probes(info, **udp), NET)
    assert result.status is status
    assert list(result.finding_ids) == ids
    if "network.wifi_band_hint" in ids:
        assert result.summary == DESCRIPTOR.summary([DESCRIPTOR.finding("ok")])
        assert any("5 GHz" in line for line in result.advice)
    if "network.wifi_weak" in ids:
        assert any("closer to your Wi-Fi router" in line for line in result.advice)
    if "network.vpn_in_route" in ids:
        assert any("turn off the VPN" in line for line in result.advice)


def _call(network: CheckResult) -> CheckResult:
    bandwidth = CheckResult("bandwidth", Status.PASS, "", (),
                            {"upload_mbps": 5.0, "loaded_latency_increase_ms": 20.0})
    return call_quality.assess(network, bandwidth, CONFIG.section("call"), NET)


@pytest.mark.parametrize(("info", "udp", "limit"), [
    # 15% of round trips lost: the loss limits the call ...
    (LinkInfo(), {"loss": 15.0}, "loss"),
    # ... and behind it a weak Wi-Fi signal, which the patient can act on.
    (_wifi(signal=-74), {"loss": 15.0}, "wifi"),
    # A strong signal is not the cause.
    (_wifi(signal=-50), {"loss": 15.0}, "loss"),
    # A long round trip through a VPN.
    (LinkInfo(vpn="openvpn"), {"rtt": 700.0, "jitter": 5.0, "loss": 0.5}, "vpn"),
    (LinkInfo(vpn=link.NO_VPN), {"rtt": 700.0, "jitter": 5.0, "loss": 0.5}, "delay"),
])
def test_the_call_check_names_the_local_link_as_the_limit(info, udp, limit):
    call = _call(assess(_probes(info, **udp), NET))
    assert call.metrics["limit"] == limit
    assert f"call.limit_{limit}" in call.finding_ids
    if limit == "wifi":
        assert "Wi-Fi signal is weak" in call.summary or any(
            "Wi-Fi signal is weak" in a for a in call.advice)


# -- privacy: no network name or hardware address anywhere ----------------------------------------

@pytest.mark.parametrize("name", ["netsh-wlan-interfaces-en-win11.txt",
                                  "netsh-wlan-interfaces-zh-cn.txt", "iw-link-5ghz-cinnamon.txt"])
def test_no_network_name_or_address_reaches_the_report_logs_or_code(name, caplog):
    secrets = next(c[5] for c in WIFI_CASES if c[0] == name)
    parse = next(c[1] for c in WIFI_CASES if c[0] == name)
    caplog.set_level(logging.DEBUG)
    wifi = parse(recorded(name))
    info = LinkInfo(wifi=WifiLink(signal_dbm=wifi.signal_dbm, band_ghz="2.4",
                                  rate_mbps=wifi.rate_mbps, other_band_seen=True), vpn="tunnel")
    network = assess(_probes(info, jitter=45.0), NET)
    assert "network.wifi_band_hint" in network.finding_ids
    call = _call(network)
    report = report_of([network, call], CONFIG)
    code = encode_report(report)
    decoded = decode_code(code, CONFIG)
    everything = "\n".join([
        json.dumps(report_document(report), ensure_ascii=False), render_text(report),
        render_html(report), code, json.dumps(decoded.to_json() if hasattr(decoded, "to_json")
                                              else repr(decoded), ensure_ascii=False),
        caplog.text, repr(network), repr(call),
    ]).lower()
    for secret in secrets:
        assert secret.lower() not in everything, secret


# -- live: this machine, and namespaces with a VPN-like default route -----------------------------

def test_this_machine_has_no_wifi_and_reports_nothing_false():
    """The container has no wireless interface (checked, not assumed) and its default route
    goes through an ordinary adapter: no Wi-Fi metric, no Wi-Fi or VPN finding."""
    net = Path("/sys/class/net")
    wireless = [p.name for p in net.iterdir() if (p / "wireless").exists()
                or (p / "phy80211").exists()]
    if wireless:
        pytest.skip(f"this machine has Wi-Fi ({len(wireless)} interfaces): the live check is "
                    "for machines without")
    info = link.diagnose(1.5)
    assert info.wifi is None
    route = link.linux_route_interface()
    assert info.vpn == (None if route is None else link.linux_vpn(route))
    assert info.vpn in (None, link.NO_VPN), "this machine's route has no VPN"
    result = assess(_probes(info, jitter=45.0), NET)  # even with an unsteady connection
    assert not {"network.wifi_weak", "network.wifi_band_hint", "network.vpn_in_route"} & set(
        result.finding_ids)
    assert not {"wifi_signal_dbm", "wifi_band_ghz", "wifi_rate_mbps"} & set(result.metrics)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=10)


@pytest.fixture(scope="module")
def namespace():
    if os.geteuid() != 0 or shutil.which("ip") is None:
        pytest.skip("network namespaces need root and iproute2")
    name = f"pf-link-{uuid.uuid4().hex[:6]}"
    _ip("netns", "add", name)
    try:
        yield name
    finally:
        subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=10)


def _detect_in(ns: str) -> dict:
    """The detector, run for real inside the namespace (a fresh interpreter there)."""
    code = ("import json; from preflight.checks.network import link; "
            "i = link.diagnose(1.0); r = link.linux_route_interface(); "
            "print(json.dumps({'vpn': i.vpn, 'wifi': i.wifi is not None, "
            "'kind': r and r[1]}))")
    done = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=30, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_tun_device_carrying_the_default_route_is_a_tunnel(namespace):
    ns = namespace
    _ip("-n", ns, "link", "set", "lo", "up")
    _ip("-n", ns, "tuntap", "add", "dev", "pftun0", "mode", "tun")
    _ip("-n", ns, "addr", "add", "198.18.7.2/30", "dev", "pftun0")
    _ip("-n", ns, "link", "set", "pftun0", "up")
    _ip("-n", ns, "route", "add", "default", "dev", "pftun0")
    try:
        assert _detect_in(ns) == {"vpn": "tunnel", "wifi": False, "kind": "tun"}
    finally:
        _ip("-n", ns, "link", "del", "pftun0")


def test_an_ordinary_adapter_carrying_the_default_route_is_no_vpn(namespace):
    ns = namespace
    _ip("-n", ns, "link", "add", "pfveth0", "type", "veth", "peer", "name", "pfveth1")
    _ip("-n", ns, "addr", "add", "198.18.7.5/30", "dev", "pfveth0")
    _ip("-n", ns, "link", "set", "pfveth0", "up")
    _ip("-n", ns, "link", "set", "pfveth1", "up")
    _ip("-n", ns, "route", "add", "default", "via", "198.18.7.6", "dev", "pfveth0")
    try:
        assert _detect_in(ns) == {"vpn": link.NO_VPN, "wifi": False, "kind": "veth"}
    finally:
        _ip("-n", ns, "link", "del", "pfveth0")


def test_no_route_at_all_is_unknown_not_no_vpn(namespace):
    assert _detect_in(namespace) == {"vpn": None, "wifi": False, "kind": None}


def test_a_wireguard_device_carrying_the_default_route(namespace):
    ns = namespace
    made = subprocess.run(["ip", "-n", ns, "link", "add", "pfwg0", "type", "wireguard"],
                          capture_output=True, text=True, timeout=10)
    if made.returncode != 0:
        pytest.skip(f"this kernel has no WireGuard: {made.stderr.strip()}")
    try:
        _ip("-n", ns, "addr", "add", "198.18.7.9/30", "dev", "pfwg0")
        _ip("-n", ns, "link", "set", "pfwg0", "up")
        _ip("-n", ns, "route", "add", "default", "dev", "pfwg0")
        assert _detect_in(ns) == {"vpn": "wireguard", "wifi": False, "kind": "wireguard"}
    finally:
        _ip("-n", ns, "link", "del", "pfwg0")
