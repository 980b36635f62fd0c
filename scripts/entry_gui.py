"""Entry point of the frozen windowed executable `Preflight` (see build.spec).

Goes straight to the window (skipping the CLI's argument parser) so a double-click opens it.
If this build has no window yet, falls back to the CLI, which explains that in plain words.
"""

import sys

if __name__ == "__main__":
    try:
        from preflight.gui.app import main
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("preflight.gui"):
            raise
        from preflight.cli import main as cli_main

        sys.exit(cli_main([]))
    sys.exit(main())
