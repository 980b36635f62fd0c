import os
import signal
import sys

# Ctrl-C while Preflight is still loading: nothing has started yet, so leave quietly with 130
# instead of Python's traceback. `main` puts the normal handler back once it can catch it.
signal.signal(signal.SIGINT, lambda signum, frame: os._exit(130))

from preflight.cli import main  # noqa: E402

sys.exit(main())
