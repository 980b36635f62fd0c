"""Entry point of the frozen console executable `preflight-cli` (see build.spec)."""

import sys

from preflight.cli import main

if __name__ == "__main__":
    sys.exit(main())
