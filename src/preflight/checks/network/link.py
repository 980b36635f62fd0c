"""The computer's own link (issue 18, item 3): the Wi-Fi it uses (signal, band, link rate) and
whether a VPN or tunnel carries its traffic to the internet.

No pre-call test in a browser can see these, and they are where home problems usually are: a
weak or 2.4 GHz Wi-Fi signal, a VPN that hairpins the video. The network check runs
`diagnose` beside its other probes, with its own short deadline; each OS tool is called with a
timeout, and a sensor that does not exist (no Wi-Fi, a tool missing, an OS we do not know) is
simply absent: `LinkInfo(wifi=None, vpn=None)` says nothing, never a warning.

Sources, most reliable first, and why:
- Linux Wi-Fi: `iw dev IF link` (nl80211, the kernel's own view: signal in dBm, the frequency
  in MHz and the bitrates; no daemon, no root), then NetworkManager's `nmcli dev wifi` (needs
  the daemon; gives the channel, the rate and a 0-100 signal, not dBm), then
  `/proc/net/wireless` (the legacy wireless-extensions view: signal only, and kernels may be
  built without it). nmcli's scan list also says whether the same network is seen on 5 GHz.
- macOS: `system_profiler SPAirPortDataType -json` (no root; signal/noise, channel with its
  band, rate), then `wdutil info` (root only; used when we run as root).
- Windows: `netsh wlan show interfaces` (every Windows with the WLAN service; its labels are
  translated, so values are found by their shape and by the label in several languages).
- VPN: the route the kernel would choose for an address on the internet (a lookup, nothing
  is sent): on Linux through netlink (pyroute2: policy routing such as wg-quick's and
  OpenVPN's half routes included), its interface's kind (wireguard, tun, ipip, gre, ...); on
  macOS `route -n get`'s interface (utun*, ipsec*, ppp*, tap*, tun*); on Windows `route print
  -4`'s interface address, matched to its adapter's description in `ipconfig /all`
  (WireGuard, OpenVPN TAP/Wintun, AnyConnect, GlobalProtect, ...).

Privacy: the parsers read the network name (SSID) and hardware addresses only to skip them
(or, for the "5 GHz seen" hint, to compare two names in memory); nothing here keeps or returns
a name, an address or an adapter description. `LinkInfo` holds numbers and codes only.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# An address on the internet whose route we look up (TEST-NET-1, RFC 5737: never sent to).
ROUTE_PROBE = "192.0.2.1"
BANDS = ("2.4", "5", "6")
# What carries the route, when it is not an ordinary network adapter (metric `vpn`).
VPN_KINDS = ("wireguard", "openvpn", "anyconnect", "globalprotect", "tunnel")
NO_VPN = "none"


@dataclass(frozen=True)
class WifiLink:
    """The Wi-Fi link in use: numbers only."""

    signal_dbm: int | None = None
    band_ghz: str | None = None  # one of BANDS
    rate_mbps: float | None = None  # the slower of the two directions, when both are known
    other_band_seen: bool = False  # the same network is in range on 5 or 6 GHz
    source: str = ""  # the tool it came from: "iw", "nmcli", "proc", "system_profiler", ...


@dataclass(frozen=True)
class LinkInfo:
    wifi: WifiLink | None = None  # None: no Wi-Fi in use, or it could not be read
    vpn: str | None = None  # None: not known; NO_VPN; or one of VPN_KINDS


# -- shared helpers --------------------------------------------------------------------------


def band_of_mhz(mhz: float) -> str | None:
    """2.4 / 5 / 6 GHz from a channel's centre frequency (IEEE 802.11 band plans)."""
    if 2400 <= mhz < 2500:
        return "2.4"
    if 4900 <= mhz < 5925:
        return "5"
    if 5925 <= mhz <= 7125:
        return "6"
    return None


def band_of_channel(channel: int) -> str | None:
    """2.4 or 5 GHz from a channel number, for tools that give no band. Channels 1-14 are
    2.4 GHz and 32-177 are 5 GHz; a 6 GHz channel cannot be told from its number alone, so
    tools that report 6 GHz say so in a band field, read before this."""
    if 1 <= channel <= 14:
        return "2.4"
    if 32 <= channel <= 177:
        return "5"
    return None


def _slower(*rates: float | None) -> float | None:
    known = [r for r in rates if r is not None and r > 0]
    return min(known) if known else None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def run_tool(argv: Sequence[str], timeout_s: float) -> str | None:
    """A tool's standard output, or None when it is missing, fails or takes longer than
    `timeout_s` (then it is killed). English output where the tool honours LC_ALL."""
    if shutil.which(argv[0]) is None:
        return None
    env = {**os.environ, "LC_ALL": "C"}
    try:
        done = subprocess.run(list(argv), capture_output=True, timeout=timeout_s, env=env,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


# -- Linux -----------------------------------------------------------------------------------


_IW_FREQ = re.compile(r"^\s*freq:\s*([\d.]+)", re.MULTILINE)
_IW_SIGNAL = re.compile(r"^\s*signal:\s*(-?\d+)\s*dBm", re.MULTILINE)
_IW_RATE = re.compile(r"^\s*(rx|tx) bitrate:\s*([\d.]+)\s*MBit/s", re.MULTILINE)


def parse_iw_link(text: str) -> WifiLink | None:
    """`iw dev IF link`: None when not connected ("Not connected.")."""
    if not text.lstrip().startswith("Connected to"):  # i18n: ignore (iw's output)
        return None
    freq = _IW_FREQ.search(text)
    signal = _IW_SIGNAL.search(text)
    rates = {m.group(1): float(m.group(2)) for m in _IW_RATE.finditer(text)}
    return WifiLink(
        signal_dbm=int(signal.group(1)) if signal else None,
        band_ghz=band_of_mhz(float(freq.group(1))) if freq else None,
        rate_mbps=_slower(rates.get("rx"), rates.get("tx")),
        source="iw",
    )


# One row of `nmcli dev wifi` (the default columns IN-USE BSSID SSID MODE CHAN RATE SIGNAL BARS
# SECURITY). Read from the right of the SSID: a name may hold spaces or wide characters.
_NMCLI_ROW = re.compile(
    r"^(?P<inuse>[* ])\s+(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\s+(?P<ssid>.*?)\s+"
    r"(?:Infra|Ad-Hoc|Mesh|N/A)\s+(?P<chan>\d+)\s+(?P<rate>[\d.]+)\s+Mbit/s\s+(?P<signal>\d+)\s"
)


def parse_nmcli_wifi_list(text: str) -> WifiLink | None:
    """`nmcli dev wifi` (its scan list, the row in use marked `*`): the band from the channel,
    the rate, and whether the same network is also seen on 5 GHz (names compared here, never
    kept). nmcli's signal is a 0-100 percentage, not dBm: it is not reported as dBm."""
    rows = [m for m in map(_NMCLI_ROW.match, text.splitlines()) if m]
    active = next((m for m in rows if m.group("inuse") == "*"), None)
    if active is None:
        return None
    band = band_of_channel(int(active.group("chan")))
    other = band == "2.4" and any(
        m.group("ssid") == active.group("ssid") and band_of_channel(int(m.group("chan"))) == "5"
        for m in rows if m is not active)
    return WifiLink(band_ghz=band, rate_mbps=_number(active.group("rate")),
                    other_band_seen=other, source="nmcli")


def parse_proc_net_wireless(text: str, interface: str) -> WifiLink | None:
    """`/proc/net/wireless`: the signal level of `interface`, when it is given in dBm (a
    negative number; some drivers give a 0-100 level instead, which is not dBm)."""
    for line in text.splitlines()[2:]:
        name, _, rest = line.partition(":")
        if name.strip() != interface:
            continue
        fields = rest.split()
        if len(fields) < 3:
            return None
        level = _number(fields[2].rstrip("."))
        if level is None or not -120 <= level < 0:
            return None
        return WifiLink(signal_dbm=int(level), source="proc")
    return None


def _merge(first: WifiLink | None, second: WifiLink | None) -> WifiLink | None:
    """`first`'s values, with what it lacks taken from `second`."""
    if first is None or second is None:
        return first or second
    return WifiLink(
        signal_dbm=first.signal_dbm if first.signal_dbm is not None else second.signal_dbm,
        band_ghz=first.band_ghz or second.band_ghz,
        rate_mbps=first.rate_mbps if first.rate_mbps is not None else second.rate_mbps,
        other_band_seen=first.other_band_seen or second.other_band_seen,
        source=first.source,
    )


_LINUX_KINDS = {"wireguard": "wireguard", "tun": "tunnel", "ipip": "tunnel", "gre": "tunnel",
                "sit": "tunnel", "ip6tnl": "tunnel", "vti": "tunnel", "xfrm": "tunnel"}


def linux_route_interface() -> tuple[str, str | None] | None:
    """The interface the kernel routes ROUTE_PROBE through, and its link kind (netlink's
    IFLA_INFO_KIND: "wireguard", "tun", ...; None for an ordinary adapter). None when there is
    no route (offline) or netlink is not available."""
    try:
        from pyroute2 import IPRoute  # type: ignore[import-untyped]
        from pyroute2.netlink.exceptions import NetlinkError  # type: ignore[import-untyped]
    except ImportError:  # not Linux, or pyroute2 missing
        return None
    try:
        with IPRoute() as ipr:
            routes = ipr.route("get", dst=ROUTE_PROBE)
            index = routes[0].get_attr("RTA_OIF") if routes else None
            if index is None:
                return None
            link = ipr.link("get", index=index)[0]
            info = link.get_attr("IFLA_LINKINFO")
            kind = info.get_attr("IFLA_INFO_KIND") if info is not None else None
            return str(link.get_attr("IFLA_IFNAME")), kind
    except (NetlinkError, OSError, IndexError):
        return None


def linux_vpn(route: tuple[str, str | None] | None) -> str | None:
    if route is None:
        return None
    return _LINUX_KINDS.get(route[1] or "", NO_VPN)


def linux_wifi(route: tuple[str, str | None] | None, timeout_s: float) -> WifiLink | None:
    """The Wi-Fi link in use. Only a wireless interface that is up counts; when the route
    goes through a cable instead, the Wi-Fi is not what the call uses."""
    net = Path("/sys/class/net")
    try:
        wireless = sorted(p.name for p in net.iterdir() if (p / "wireless").exists()
                          or (p / "phy80211").exists())
    except OSError:
        return None
    up = [name for name in wireless if _read(net / name / "operstate") == "up"]
    if not up:
        return None
    via = route[0] if route else None
    if via in up:
        interface = via
    elif route is not None and route[1] is None:
        return None  # the route goes through a wired adapter
    else:
        interface = up[0]  # through a tunnel (or unknown): the Wi-Fi under it
    found = None
    text = run_tool(["iw", "dev", interface, "link"], timeout_s)
    if text is not None:
        found = parse_iw_link(text)
        if found is None:
            return None  # iw says: not connected
    nm = run_tool(["nmcli", "dev", "wifi", "list", "ifname", interface, "--rescan", "no"],
                  timeout_s)
    found = _merge(found, parse_nmcli_wifi_list(nm) if nm else None)
    if found is None or found.signal_dbm is None:
        found = _merge(found, parse_proc_net_wireless(_read(Path("/proc/net/wireless")),
                                                      interface))
    return found


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


# -- macOS -----------------------------------------------------------------------------------


_SP_SIGNAL = re.compile(r"(-\d+)\s*dBm")
_SP_BAND = re.compile(r"\((2|5|6)GHz")
_SP_CHANNEL = re.compile(r"^(\d+)")


def _sp_band(channel: str) -> str | None:
    m = _SP_BAND.search(channel)
    if m:
        return "2.4" if m.group(1) == "2" else m.group(1)
    n = _SP_CHANNEL.match(channel)
    return band_of_channel(int(n.group(1))) if n else None


def parse_system_profiler_json(text: str) -> WifiLink | None:
    """`system_profiler SPAirPortDataType -json`: the interface with a current network that
    has a signal. Other networks of the same name on 5/6 GHz set `other_band_seen` (macOS 15
    and later redact the names as "<redacted>": then nothing can be compared)."""
    try:
        data = json.loads(text)
        interfaces = data["SPAirPortDataType"][0]["spairport_airport_interfaces"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    for item in interfaces if isinstance(interfaces, list) else []:
        current = item.get("spairport_current_network_information") if isinstance(
            item, dict) else None
        if not isinstance(current, dict) or "spairport_signal_noise" not in current:
            continue
        signal = _SP_SIGNAL.search(str(current.get("spairport_signal_noise", "")))
        band = _sp_band(str(current.get("spairport_network_channel", "")))
        rate = current.get("spairport_network_rate")
        name = current.get("_name")
        other = False
        if band == "2.4" and isinstance(name, str) and name and name != "<redacted>":
            for net in item.get("spairport_airport_other_local_wireless_networks") or []:
                if isinstance(net, dict) and net.get("_name") == name and _sp_band(
                        str(net.get("spairport_network_channel", ""))) in ("5", "6"):
                    other = True
        return WifiLink(
            signal_dbm=int(signal.group(1)) if signal else None,
            band_ghz=band,
            rate_mbps=float(rate) if isinstance(rate, (int, float)) and rate > 0 else None,
            other_band_seen=other,
            source="system_profiler",
        )
    return None


_WD_LINE = re.compile(r"^\s*([A-Za-z ]+?)\s*:\s*(.*?)\s*$")
_WD_RSSI, _WD_RATE, _WD_CHANNEL = "RSSI", "Tx Rate", "Channel"  # i18n: ignore (wdutil's)
_WD_KEYS = (_WD_RSSI, _WD_RATE, _WD_CHANNEL)


def parse_wdutil_info(text: str) -> WifiLink | None:
    """`wdutil info` (its WIFI section): RSSI, Tx Rate and Channel ("5g36/20")."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        m = _WD_LINE.match(line)
        if m and m.group(1) in _WD_KEYS and m.group(1) not in fields:
            fields[m.group(1)] = m.group(2)
    signal = _SP_SIGNAL.search(fields.get(_WD_RSSI, ""))
    if signal is None:
        return None
    band_m = re.match(r"(2|5|6)g(\d+)", fields.get(_WD_CHANNEL, ""))
    rate = re.match(r"([\d.]+)\s*Mbps", fields.get(_WD_RATE, ""))
    return WifiLink(
        signal_dbm=int(signal.group(1)),
        band_ghz=("2.4" if band_m.group(1) == "2" else band_m.group(1)) if band_m else None,
        rate_mbps=float(rate.group(1)) if rate else None,
        source="wdutil",
    )


_MAC_TUNNELS = re.compile(r"^(utun|ipsec|ppp|tun|tap|gif|stf)\d+$")


def parse_route_get_interface(text: str) -> str | None:
    """`route -n get ADDRESS` (macOS, BSD): the interface's name, or None."""
    m = re.search(r"^\s*interface:\s*(\S+)", text, re.MULTILINE)
    return m.group(1) if m else None


def mac_vpn(interface: str | None) -> str | None:
    if interface is None:
        return None
    return "tunnel" if _MAC_TUNNELS.match(interface) else NO_VPN


# -- Windows ---------------------------------------------------------------------------------


_KEY_VALUE = re.compile(r"^\s*(.+?)\s*:\s(.*)$")
# Labels of netsh's channel line in the languages we have seen (its numbers are bare integers,
# like the rates', so the label is needed).
_NETSH_CHANNEL = {"channel", "kanal", "canal", "信道", "通道", "канал", "kênh", "canale",
                  "チャネル", "채널"}
_NETSH_RATE = re.compile(r"(mbps|mbit/s|мбит/с)", re.IGNORECASE)


def parse_netsh_interfaces(text: str) -> WifiLink | None:
    """`netsh wlan show interfaces`, in any system language: each interface's block of
    "label : value" lines; the first with a signal ("NN%", shown only when connected) is the
    one in use. Signal in dBm from its "Rssi" line (Windows 11), else from the percentage as
    Windows defines it (0% = -100 dBm, 100% = -50 dBm, linear: WLAN_ASSOCIATION_ATTRIBUTES,
    wlanSignalQuality). Band from a "N GHz" value, else from the channel; rate: the slower of
    receive and transmit."""
    blocks: list[list[tuple[str, str]]] = [[]]
    for line in text.splitlines():
        m = _KEY_VALUE.match(line)
        if not m:
            if not line.strip() and blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append((m.group(1).strip(), m.group(2).strip()))
    for block in blocks:
        percent = next((int(v[:-1]) for _, v in block if re.fullmatch(r"\d{1,3}%", v)), None)
        if percent is None:
            continue
        rssi = next((int(v) for k, v in block if k.lower() == "rssi"
                     and re.fullmatch(r"-\d+", v)), None)
        signal = rssi if rssi is not None else round(-100 + min(100, percent) / 2)
        band = next((b for _, v in block for b in BANDS
                     if re.fullmatch(rf"{re.escape(b)}\s*(GHz|ГГц)", v)), None)
        if band is None:
            channel = next((int(v) for k, v in block if k.lower() in _NETSH_CHANNEL
                            and v.isdigit()), None)
            band = band_of_channel(channel) if channel is not None else None
        rates = [_number(v) for k, v in block if _NETSH_RATE.search(k)]
        return WifiLink(signal_dbm=signal, band_ghz=band, rate_mbps=_slower(*rates),
                        source="netsh")
    return None


_ROUTE_ROW = re.compile(
    r"^\s*(\d+\.\d+\.\d+\.\d+)\s+(\d+\.\d+\.\d+\.\d+)\s+(\S+)\s+(\d+\.\d+\.\d+\.\d+)\s+(\d+)\s*$")


def _ip(text: str) -> int:
    a, b, c, d = (int(x) for x in text.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def parse_route_print_interface(text: str, destination: str = ROUTE_PROBE) -> str | None:
    """`route print -4` (or `netstat -r`): the interface address of the active IPv4 route
    Windows would use for `destination` (longest prefix, then lowest metric). Kept in memory
    only, to find its adapter."""
    target = _ip(destination)
    best: tuple[int, int, str] | None = None
    # Only active IPv4 routes have five columns (destination, mask, gateway, interface,
    # metric); persistent ones have four and IPv6 rows another shape, so no (translated)
    # heading is needed to tell them apart.
    for line in text.splitlines():
        m = _ROUTE_ROW.match(line)
        if not m:
            continue
        dest, mask, interface, metric = _ip(m.group(1)), _ip(m.group(2)), m.group(4), int(
            m.group(5))
        if target & mask != dest:
            continue
        prefix = bin(mask).count("1")
        if best is None or (prefix, -metric) > (best[0], -best[1]):
            best = (prefix, metric, interface)
    return best[2] if best else None


# ipconfig's "Description" label in the languages we know of (its other labels are not needed).
_DESCRIPTION_LABELS = {"description", "beschreibung", "descripción", "descrição", "descrizione",
                       "beschrijving", "描述", "описание", "mô tả", "الوصف", "説明"}


def parse_ipconfig_description(text: str, address: str) -> str | None:
    """`ipconfig /all`: the description of the adapter whose IPv4 address is `address`
    (read to classify it, never kept)."""
    description: str | None = None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            description = None  # a new adapter's heading
            continue
        m = re.match(r"^\s+([^:]+?)[ .]*:\s(.*)$", line)
        if not m:
            continue
        label, value = m.group(1), m.group(2).strip()
        if label.strip().lower() in _DESCRIPTION_LABELS:
            description = value
        elif value.split("(")[0] == address:  # the adapter's own address (any label's words)
            return description
    return None


_WINDOWS_VPN_WORDS = (
    # Windows' own IPv6 transition adapters are tunnels, but never a VPN the patient chose.
    ("teredo", NO_VPN),
    ("isatap", NO_VPN),
    ("6to4", NO_VPN),
    ("wireguard", "wireguard"),
    ("tap-windows", "openvpn"),
    ("tap-", "openvpn"),  # OpenVPN's TAP driver under a VPN service's name (TAP-NordVPN ...)
    ("openvpn", "openvpn"),
    ("wintun", "openvpn"),
    ("anyconnect", "anyconnect"),
    ("cisco", "anyconnect"),
    ("palo alto", "globalprotect"),
    ("pangp", "globalprotect"),
    ("globalprotect", "globalprotect"),
    ("fortinet", "tunnel"),
    ("forticlient", "tunnel"),
    ("juniper", "tunnel"),
    ("pulse secure", "tunnel"),
    ("sonicwall", "tunnel"),
    ("tailscale", "tunnel"),
    ("zerotier", "tunnel"),
    ("nordlynx", "wireguard"),
    ("vpn", "tunnel"),
    ("tunnel", "tunnel"),
)


def classify_adapter(description: str | None) -> str | None:
    """A VPN kind for an adapter description (the words VPN clients give their virtual
    adapters), NO_VPN for any other adapter, None when unknown."""
    if description is None:
        return None
    low = description.lower()
    for word, kind in _WINDOWS_VPN_WORDS:
        if word in low:
            return kind
    return NO_VPN


# -- the whole diagnosis ---------------------------------------------------------------------


def diagnose(timeout_s: float, platform: str = sys.platform) -> LinkInfo:
    """Wi-Fi and VPN for this computer, each tool bounded by `timeout_s`. Never raises."""
    began = time.monotonic()
    try:
        info = _diagnose(timeout_s, platform)
    except Exception as exc:  # a sensor's bug must not cost the network check its verdict
        logger.warning("link diagnosis failed: %s", type(exc).__name__)
        info = LinkInfo()
    logger.info("link diagnosis in %.2f s: wifi %s, vpn %s", time.monotonic() - began,
                "none" if info.wifi is None else
                f"{info.wifi.signal_dbm} dBm, {info.wifi.band_ghz} GHz, "
                f"{info.wifi.rate_mbps} Mbit/s ({info.wifi.source})", info.vpn)
    return info


def _diagnose(timeout_s: float, platform: str) -> LinkInfo:
    if platform.startswith("linux"):
        route = linux_route_interface()
        return LinkInfo(wifi=linux_wifi(route, timeout_s), vpn=linux_vpn(route))
    if platform == "darwin":
        text = run_tool(["/usr/sbin/system_profiler", "SPAirPortDataType", "-json"], timeout_s)
        wifi = parse_system_profiler_json(text) if text else None
        if wifi is None and hasattr(os, "geteuid") and os.geteuid() == 0:
            text = run_tool(["/usr/bin/wdutil", "info"], timeout_s)
            wifi = parse_wdutil_info(text) if text else None
        got = run_tool(["/sbin/route", "-n", "get", ROUTE_PROBE], timeout_s)
        return LinkInfo(wifi=wifi, vpn=mac_vpn(parse_route_get_interface(got or "")))
    if platform == "win32":
        netsh = run_tool(["netsh", "wlan", "show", "interfaces"], timeout_s)
        wifi = parse_netsh_interfaces(netsh) if netsh else None
        return LinkInfo(wifi=wifi, vpn=windows_vpn(timeout_s))
    return LinkInfo()


def windows_vpn(timeout_s: float,
                run: Callable[[Sequence[str], float], str | None] = run_tool) -> str | None:
    routes = run(["route", "print", "-4"], timeout_s)
    address = parse_route_print_interface(routes) if routes else None
    if address is None:
        return None
    ipconfig = run(["ipconfig", "/all"], timeout_s)
    return classify_adapter(parse_ipconfig_description(ipconfig, address) if ipconfig else None)


def metrics_of(info: LinkInfo) -> dict[str, Any]:
    """The network check's link metrics (absent when the sensor said nothing)."""
    out: dict[str, Any] = {}
    if info.wifi is not None:
        if info.wifi.signal_dbm is not None:
            out["wifi_signal_dbm"] = info.wifi.signal_dbm
        if info.wifi.band_ghz is not None:
            out["wifi_band_ghz"] = info.wifi.band_ghz
        if info.wifi.rate_mbps is not None:
            out["wifi_rate_mbps"] = round(info.wifi.rate_mbps, 1)
    if info.vpn is not None:
        out["vpn"] = info.vpn
    return out
