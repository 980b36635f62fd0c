"""One command for every benchmark: writes docs/benchmarks.md and bench/results.json.

    sudo .venv/bin/python -m bench [--quick] [--only network,audio,camera,app]

Sections (each runs only when its module exists; a failing section is reported, not fatal):
  network  bench/network_bench.py  shaped links in network namespaces (needs root)
  audio    bench/audio_bench.py    run_audio_bench()
  camera   bench/camera_bench.py   run_camera_bench()
  app      bench/gui_bench.py      run_gui_bench(), and bench/cli_bench.py run_cli_bench()
  turn     bench/turn_bench.py     the TURN relay test's speed with a real coturn (needs root)
  call     bench/call_bench.py     the call-quality grade on the shaped link vs the E-model (root)

A section's result is a dict. Its targets are either a list of rows
`{"target", "measured", "met", "note"}`, or (simpler) a dict `{metric_key: upper_limit}` whose
keys are also keys of the result; `met` is then `result["met"][key]` if given, else
`result[key] <= limit`. Sections not rerun keep their previous results (with their own date
and command), so `--only audio` does not erase the network tables.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import logging
import platform
import shlex
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

logger = logging.getLogger("bench")

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results.json"
DOC = REPO / "docs" / "benchmarks.md"

# section -> [(module, function)]
SECTIONS: dict[str, list[tuple[str, str]]] = {
    "network": [("bench.network_bench", "run_network_bench")],
    "audio": [("bench.audio_bench", "run_audio_bench")],
    "camera": [("bench.camera_bench", "run_camera_bench")],
    "app": [("bench.gui_bench", "run_gui_bench"), ("bench.cli_bench", "run_cli_bench")],
    "turn": [("bench.turn_bench", "run_turn_bench")],
    "call": [("bench.call_bench", "run_call_bench")],
}

# Every target of issue #9, by the section that measures it: shown even when not measured.
ISSUE_TARGETS: dict[str, list[str]] = {
    "network": [
        "Bandwidth within ±5% of iperf3 (both directions, all cases)",
        "Ping within ±5 ms",
        "UDP loss within ±1 point",
        "Full automated run ≤ 12 s, ≤ 0.6× the stock speedtest-cli run alone",
    ],
    "audio": [
        "Mic level within ±1 dB of sox",
        "Loopback detection 100% / false positives 0%",
    ],
    "camera": ["Camera fps within ±10% of ffprobe"],
    "app": ["Cold start ≤ 1.0 s", "Event-loop stall ≤ 50 ms", "Peak RSS ≤ 300 MB"],
    "turn": [  # issue 18
        "TURN test, all transports open ≤ 3 s (median)",
        "TURN test, UDP blocked ≤ 5 s (median)",
        "Whole network check with TURN, everything blocked ≤ 6 s (slowest run)",
    ],
    "call": [  # issue 18
        "Expected call quality within one band of the E-model of the link's true delay and "
        "loss (0/1/3/8 % x 30/120/300 ms)",
    ],
}

UNITS = {"_s": "s", "_ms": "ms", "_mb": "MB", "_mbps": "Mbit/s", "_db": "dB", "_dbfs": "dBFS",
         "_pct": "%", "_fps": "fps"}  # fmt: skip


def _call(module: str, func: str, quick: bool) -> dict[str, Any] | None:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None  # that bench is not written yet
        raise
    fn = getattr(mod, func)
    params = inspect.signature(fn).parameters
    kwargs: dict[str, Any] = {}
    if "quick" in params:
        kwargs["quick"] = quick
    elif quick and "runs" in params:
        kwargs["runs"] = 2
    if quick and "flows" in params:
        kwargs["flows"] = 1
    result = fn(**kwargs)
    return result if isinstance(result, dict) else {"value": result}


def run_section(name: str, quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                           "quick": quick, "parts": {}}  # fmt: skip
    for module, func in SECTIONS[name]:
        part = module.rsplit(".", 1)[-1]
        t0 = time.perf_counter()
        print(f"bench: {part}…", file=sys.stderr, flush=True)
        try:
            result = _call(module, func, quick)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # one broken bench must not lose the others' numbers
            logger.error("%s failed", module, exc_info=True)
            result = {"error": f"{type(exc).__name__}: {exc}",
                      "traceback_tail": traceback.format_exc()[-1500:]}  # fmt: skip
        if result is None:
            out["parts"][part] = {"missing": f"bench/{part}.py is not written yet"}
            continue
        result["bench_wall_s"] = round(time.perf_counter() - t0, 1)
        out["parts"][part] = result
    return out


# -- targets -------------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def _unit(key: str) -> str:
    for suffix, unit in UNITS.items():
        if key.endswith(suffix):
            return " " + unit
    return ""


def target_rows(part: str, result: dict[str, Any]) -> list[dict[str, Any]]:
    targets = result.get("targets")
    if isinstance(targets, list):
        return [dict(row, part=part) for row in targets if isinstance(row, dict)]
    rows = []
    if isinstance(targets, dict):
        met_map = result.get("met") if isinstance(result.get("met"), dict) else {}
        for key, limit in targets.items():
            value = result.get(key)
            if value is None:
                rows.append({"part": part, "target": f"{key} ≤ {_fmt(limit)}{_unit(key)}",
                             "measured": "not measured", "met": None, "note": ""})  # fmt: skip
                continue
            met = met_map.get(key) if key in met_map else _le(value, limit)
            rows.append({
                "part": part, "target": f"{key} ≤ {_fmt(limit)}{_unit(key)}",
                "measured": f"{_fmt(value)}{_unit(key)}", "met": met,
                "note": "" if met else str(result.get("notes", {}).get(key, "")),
            })  # fmt: skip
    return rows


def _le(value: Any, limit: Any) -> bool | None:
    try:
        return float(value) <= float(limit)
    except (TypeError, ValueError):
        return None


def _met_word(met: Any, note: str) -> str:
    if met is True:
        return "met"
    if met is False:
        return f"**missed** ({note})" if note else "**missed**"
    return f"not measured ({note})" if note else "not measured"


# -- markdown ------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """A table cell: a `|` inside it ("max |difference|") would end the cell: escaped."""
    return "" if value is None else str(value).replace("|", "\\|")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return lines


def _e(value: Any, err: Any, unit: str = "%") -> str:
    if value is None:
        return "–"
    if err is None:
        return _fmt(value)
    sign = "+" if err >= 0 else ""
    return f"{_fmt(value)} ({sign}{err:g}{unit})"


def network_markdown(net: dict[str, Any]) -> list[str]:
    if net.get("skipped") or net.get("error"):
        return [f"Not measured: {net.get('skipped') or net.get('error')}", ""]
    lines: list[str] = []
    method = net.get("method", {})
    lines += [
        "Link: two network namespaces joined by two TUN devices and a userspace relay "
        "(`bench/netlab.py`); rate by `tc tbf` on each direction "
        f"(queue {method.get('tbf_queue_ms', '?')} ms), delay RTT/2 each way and loss applied "
        "independently in each direction by the relay (this kernel has no netem). Addresses "
        "198.18.0.1 and 198.18.0.2 only.",
        "",
        f"* iperf3 (reference): {method.get('iperf3', '')}",
        f"* speedtest-cli (peer): {method.get('speedtest_cli', '')}",
        f"* Preflight: `{method.get('preflight', '')}`",
        "",
        "### Accuracy (Mbit/s; error vs iperf3 in brackets; ping error vs the ICMP round trip)",
        "",
    ]
    from bench.network_bench import LOSSY_RUNS, check_s, median_metric

    rows = []
    for c in net.get("cases", []):
        s, ref, st = c["shape"], c["iperf3"], c["speedtest_cli"]
        err = c["errors"]

        def pf(check: str, key: str, c: dict[str, Any] = c) -> Any:
            return median_metric(c, check, key)

        rows.append([
            f"{s['rate_mbit']:g} Mbit/s, {s['rtt_ms']:g} ms, {s['loss_pct']:g}%"
            + (f" ({len(c['preflight_runs'])} runs)" if c.get("preflight_runs") else ""),
            _fmt(ref.get("down_mbps")),
            _e(pf("bandwidth", "download_mbps"), err.get("preflight_down_err_pct")),
            _e(st.get("down_mbps"), err.get("stock_down_err_pct")),
            _fmt(ref.get("up_mbps")),
            _e(pf("bandwidth", "upload_mbps"), err.get("preflight_up_err_pct")),
            _e(st.get("up_mbps"), err.get("stock_up_err_pct")),
            _fmt(c.get("icmp", {}).get("median_ms", s["rtt_ms"])),
            _e(pf("bandwidth", "ping_ms"), err.get("preflight_ping_err_ms"), " ms"),
            _e(pf("network", "udp_rtt_ms"), err.get("preflight_udp_rtt_err_ms"), " ms"),
            _e(st.get("ping_ms"), err.get("stock_ping_err_ms"), " ms"),
            f"{s['round_trip_loss_pct']:g}",
            _e(pf("network", "udp_loss_pct"), err.get("preflight_udp_loss_err_points"), " pt"),
            _fmt(ref.get("udp_loss_one_way_pct")),
        ])  # fmt: skip
    lines += _table(
        ["Link", "iperf3 down", "Preflight down", "stock down", "iperf3 up", "Preflight up",
         "stock up", "ICMP RTT ms", "Preflight ping ms", "Preflight UDP RTT ms", "stock ping ms",
         "expected RT loss %", "Preflight UDP loss %", "iperf3 UDP loss % (one way)"],
        rows,
    )  # fmt: skip
    each = [(c["shape"], c["errors_each_run"]) for c in net.get("cases", [])
            if c.get("errors_each_run")]  # fmt: skip
    if each:
        lines += ["", f"On a lossy link Preflight ran {LOSSY_RUNS} times (a short measurement "
                  "there is noisy on its own); its cells are the medians, and each run's "
                  "error against iperf3 was:", ""]
        lines += _table(
            ["Link (Mbit/s / ms / %)", "download %", "upload %", "ping ms"],
            [[f"{sh['rate_mbit']:g}/{sh['rtt_ms']:g}/{sh['loss_pct']:g}",
              *(", ".join("–" if e.get(k) is None else f"{e[k]:+g}" for e in runs)
                for k in ("preflight_down_err_pct", "preflight_up_err_pct",
                          "preflight_ping_err_ms"))]
             for sh, runs in each],
        )  # fmt: skip
    lines += ["", *_peer_summary(net.get("cases", []))]
    lines += ["", "### Speed and memory (wall time s / peak RSS MB, each process's own VmHWM)", ""]
    rows = []
    for c in net.get("cases", []):
        s, ref, st, pf = c["shape"], c["iperf3"], c["speedtest_cli"], c["preflight"]
        rows.append([
            f"{s['rate_mbit']:g}/{s['rtt_ms']:g}/{s['loss_pct']:g}",
            f"{_fmt(ref.get('wall_s'))} / {_fmt(ref.get('max_rss_mb'))}",
            f"{_fmt(st.get('wall_s'))} / {_fmt(st.get('max_rss_mb'))}",
            f"{_fmt(pf.get('wall_s'))} / {_fmt(pf.get('max_rss_mb'))}",
            _fmt(pf.get("network", {}).get("duration_s")),
            _fmt(check_s(c)),
            f"{pf.get('network', {}).get('status', '–')} / "
            f"{pf.get('bandwidth', {}).get('status', '–')}",
            f"{_fmt(st.get('link_busy_after_exit_s'))} / {_fmt(pf.get('link_busy_after_exit_s'))}",
            _fmt(c.get("load_avg_1m", "–")),
        ])  # fmt: skip
    lines += _table(
        ["Link (Mbit/s / ms / %)", "iperf3 down+up", "stock speedtest-cli",
         "Preflight (both checks)",
         "network check s", "bandwidth check s", "Preflight verdicts (network / bandwidth)",
         "link still busy after exit, s (stock / Preflight)", "load average (1 min, 2 CPUs)"],
        rows,
    )  # fmt: skip
    lines += ["", "\"Link still busy after exit\": how long the lab link kept carrying data "
              "after the tool had exited (data left in its socket buffers, which the kernel "
              "still sends; measured from the interface counters, resolution about 0.8 s).", ""]
    errors = [(c["shape"], k, c[k].get("error")) for c in net.get("cases", [])
              for k in ("speedtest_cli", "preflight") if c[k].get("error")]  # fmt: skip
    if errors:
        lines += ["", "Tool errors:", ""]
        lines += [f"* {s['rate_mbit']:g}/{s['rtt_ms']:g}/{s['loss_pct']:g} {k}: `{e}`"
                  for s, k, e in errors]  # fmt: skip
    app = net.get("full_run")
    if app:
        pf, st = app.get("preflight", {}), app.get("speedtest_cli", {})
        lines += ["", "### Full automated run (`preflight check --non-interactive`, every check, "
                  "5 Mbit/s / 80 ms link)", ""]  # fmt: skip
        rows = [["Preflight, all checks", _fmt(pf.get("wall_s")), _fmt(pf.get("max_rss_mb")),
                 pf.get("overall", pf.get("error", "–"))],
                ["stock speedtest-cli alone", _fmt(st.get("wall_s")), _fmt(st.get("max_rss_mb")),
                 st.get("error", "finished")]]  # fmt: skip
        lines += _table(["Run", "wall s", "peak RSS MB", "result"], rows)
        per = [[cid, v.get("status"), _fmt(v.get("duration_s")), v.get("summary")]
               for cid, v in pf.items() if isinstance(v, dict) and "status" in v]  # fmt: skip
        if per:
            lines += ["", *_table(["Check", "status", "duration s", "summary"], per)]
            lines += ["", "The client namespace has no camera, microphone or speaker, so those "
                      "checks end at once here; they run alongside the network checks (other "
                      "resources), so with devices the run is about as long as its longest "
                      "lane (see the App section for a full flow with virtual devices)."]
    from bench.network_bench import behaviours_markdown, providers_markdown

    lines += behaviours_markdown(net.get("behaviours"))
    lines += providers_markdown(net.get("providers_run"))
    return [*lines, ""]


def _peer_summary(cases: list[dict[str, Any]]) -> list[str]:
    """Plain sentences on how the stock tool and Preflight compare, from the numbers above."""

    def span(key: str) -> str:
        vals = [c["errors"][key] for c in cases if c["errors"].get(key) is not None]
        return f"{min(vals):+g} to {max(vals):+g}" if vals else "–"

    def top(tool: str, key: str) -> str:
        vals = [c[tool][key] for c in cases if c[tool].get(key) is not None]
        return _fmt(max(vals)) if vals else "–"

    return [
        "In short: download error vs iperf3 was "
        f"{span('preflight_down_err_pct')} % for Preflight and "
        f"{span('stock_down_err_pct')} % for stock speedtest-cli; upload "
        f"{span('preflight_up_err_pct')} % for Preflight and {span('stock_up_err_pct')} % for "
        "stock speedtest-cli (it counts bytes still in its socket buffers as sent). Ping error: "
        f"Preflight {span('preflight_ping_err_ms')} ms (speed test) and "
        f"{span('preflight_udp_rtt_err_ms')} ms (STUN), stock speedtest-cli "
        f"{span('stock_ping_err_ms')} ms (one lost packet during its three HTTP pings "
        "probably costs a TCP retransmission timeout). Peak memory: Preflight "
        f"{top('preflight', 'max_rss_mb')} MB, stock speedtest-cli "
        f"{top('speedtest_cli', 'max_rss_mb')} MB.",
    ]


def generic_markdown(result: dict[str, Any]) -> list[str]:
    if result.get("missing"):
        return [f"Not measured: {result['missing']}.", ""]
    if result.get("error"):
        return [f"The benchmark failed: `{result['error']}`", ""]
    rows = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k in ("targets", "met", "traceback_tail"):
                    continue
                walk(f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            rows.append([prefix, f"{len(value)} entries (see bench/results.json)"])
        else:
            rows.append([prefix, _fmt(value) + _unit(prefix)])

    walk("", result)
    return [*_table(["Measure", "Value"], rows), ""]


def render(doc: dict[str, Any]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Generated by `bench/__main__.py`; do not edit by hand. Reproduce on a machine of this "
        "kind (Debian 12, root, no display/sound card/camera) with:",
        "",
        "```",
        doc["command"],
        "```",
        "",
        f"Last run: {doc['measured_at']}. Machine: {doc['machine']}.",
        "Targets come from issue #9; the benchmark reports them and never fails CI.",
        "",
        "## Targets",
        "",
    ]
    rows = []
    for section in SECTIONS:
        data = doc["sections"].get(section)
        section_rows: list[dict[str, Any]] = []
        if data:
            for part, result in data["parts"].items():
                section_rows += target_rows(part, result)
        if section_rows:
            for r in section_rows:
                rows.append([section, r["target"], r["measured"],
                             _met_word(r.get("met"), r.get("note", ""))])  # fmt: skip
        else:
            why = "section not run" if not data else _section_problem(data)
            for t in ISSUE_TARGETS[section]:
                rows.append([section, t, "–", f"not measured ({why})"])
    lines += [*_table(["Area", "Target", "Measured", "Met?"], rows), ""]
    for section in SECTIONS:
        data = doc["sections"].get(section)
        if not data:
            continue
        lines += [f"## {section.capitalize()}", "",
                  f"Measured {data['measured_at']}{' (quick subset)' if data.get('quick') else ''}"
                  f" with `{data.get('command', doc['command'])}`.", ""]  # fmt: skip
        for part, result in data["parts"].items():
            if len(data["parts"]) > 1:
                lines += [f"### {part}", ""]
            if part == "network_bench":
                lines += network_markdown(result)
            elif part == "turn_bench":
                from bench.turn_bench import turn_markdown

                lines += turn_markdown(result)
            elif part == "call_bench":
                from bench.call_bench import call_markdown

                lines += call_markdown(result)
            elif part == "camera_bench" and not (result.get("missing") or result.get("error")):
                from bench.camera_bench import camera_markdown

                lines += camera_markdown(result)
            else:
                lines += generic_markdown(result)
    lines += ["Raw numbers: `bench/results.json`.", ""]
    return "\n".join(lines)


def _section_problem(data: dict[str, Any]) -> str:
    for result in data["parts"].values():
        for key in ("missing", "skipped", "error"):
            if result.get(key):
                return str(result[key]).rstrip(".")
    return "no targets reported"


def _machine() -> str:
    import os

    def version(argv: list[str]) -> str:
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=10)
            return (out.stdout or out.stderr).splitlines()[0].strip()
        except (OSError, IndexError, subprocess.SubprocessError):
            return "absent"

    return (f"Linux {platform.release()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}; {version(['iperf3', '--version'])}; "
            f"speedtest-cli "
            f"{version([sys.executable, '-m', 'speedtest', '--version'])}")  # fmt: skip


def render_only() -> int:
    """Rewrite the document from the stored numbers (targets recomputed from the raw data)."""
    doc = json.loads(RESULTS.read_text())
    net = doc.get("sections", {}).get("network", {}).get("parts", {}).get("network_bench")
    if net and net.get("cases"):
        from bench.network_bench import targets

        net["targets"] = targets(net)
        RESULTS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    DOC.write_text(render(doc))
    print(f"Wrote {DOC.relative_to(REPO)} from {RESULTS.relative_to(REPO)}.", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small subset of each benchmark")
    parser.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    parser.add_argument("--render", action="store_true",
                        help="only rewrite docs/benchmarks.md from bench/results.json")
    args = parser.parse_args(argv)
    if args.render:
        return render_only()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    wanted = [s.strip() for s in (args.only or ",".join(SECTIONS)).split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(SECTIONS)}")
    from bench.netlab import install_signal_handlers

    install_signal_handlers()
    command = "sudo .venv/bin/python -m bench" + "".join(
        f" {a}" for a in (["--quick"] if args.quick else [])
    ) + (f" --only {','.join(wanted)}" if args.only else "")
    command = shlex.join(shlex.split(command))
    previous: dict[str, Any] = {}
    if RESULTS.exists():
        try:
            previous = json.loads(RESULTS.read_text()).get("sections", {})
        except (ValueError, AttributeError):
            previous = {}
    sections = {k: v for k, v in previous.items() if k in SECTIONS}
    for name in wanted:
        sections[name] = run_section(name, args.quick)
        sections[name]["command"] = command
    doc = {
        "command": "sudo .venv/bin/python -m bench",
        "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": _machine(),
        "sections": sections,
    }
    RESULTS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(render(doc))
    print(f"Wrote {DOC.relative_to(REPO)} and {RESULTS.relative_to(REPO)}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
