#!/usr/bin/env bash
# Runs the whole test suite; called by `make test` (and so by .ci/run).
# pytest's exit 5 ("no tests collected") is a failure here, never a silent pass.
set -uo pipefail
cd "$(dirname "$0")/.."
# --durations: the slowest tests in the log, to keep `make test` within its ~20 min.
.venv/bin/python -m pytest --durations=25 "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "run-tests: pytest collected no tests: failing." >&2
  exit 1
fi
exit $rc
