"""Write one PDF report in a language, in a process of its own (fontconfig is read once, when
Qt starts, so each font setup needs its own process). Used by test_report_glyphs.py:

    python -m tests.i18n.render_report_pdf --lang zh_CN --out report.pdf [--fonts DIR]

The report is made of the checks' real findings (their descriptors, in the language): a
computer short of memory, the internet too slow (so the hotline and the support code show).
--fonts registers the font files in DIR as the bundle does (preflight.resources.bundled_fonts).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--fonts", help="register these fonts first (the bundle's)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from preflight import i18n
    from preflight.config import load_config
    from preflight.engine.registry import default_registry
    from preflight.engine.report import RunReport
    from preflight.support import reports

    i18n.set_language(args.lang)
    config = load_config()
    registry = default_registry()
    system = registry.descriptor("system")
    bandwidth = registry.descriptor("bandwidth")
    results = [
        system.result([system.finding("memory_low", memory_available_gb="0.8",
                                      programs=["Chrome"])], memory_available_gb=0.8),
        bandwidth.result([bandwidth.finding(
            "download_too_low", limits={k: v for k, v in config.section("bandwidth").items()
                                        if k.endswith("_mbps")})],
            download_mbps=0.9, upload_mbps=0.4),
    ]
    report = RunReport(datetime(2026, 12, 2, 9, 30, tzinfo=UTC), results, config)
    if args.fonts:
        reports._ensure_gui_app()
        print("\n".join(reports.register_bundled_fonts(Path(args.fonts))), file=sys.stderr)
    Path(args.out).write_bytes(reports.render_pdf(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
