# Preflight. The README's two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test check lint dist bench screenshots lock audit clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# The locks pin every package with hashes; --require-hashes refuses anything else.
$(STAMP_RUN): requirements.lock pyproject.toml | $(PY)
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(STAMP_DEV): requirements-dev.lock pyproject.toml | $(PY)
	$(PY) -m pip install -q --require-hashes -r requirements-dev.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@ $(STAMP_RUN)

## make run: set up, then open the window (or check in the terminal when there is no display)
##   make run CHECK_ARGS="--only system"   arguments for `preflight check` (no display)
CHECK_ARGS ?=
run: $(STAMP_RUN)
	@scripts/setup-system.sh run
	@# Bytecode ahead of time, as a pip or bundle install has it: the checks import their
	@# modules after Start, and compiling one from source holds the window up to ~60 ms
	@# (docs/gui.md). A no-op when up to date; needed where PYTHONDONTWRITEBYTECODE is set.
	@$(PY) -m compileall -q src/preflight
	@# The checks' verdict is the result of `make run`, not a make failure: exit 1 (something
	@# to check) and 3 (a problem) end with the verdict and make's 0. Anything else fails make
	@# with Preflight's own code: 2 usage or configuration error, 130 Ctrl-C (README: exit codes).
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
		$(VENV)/bin/preflight; \
	else \
		echo "No display found: checking this computer in the terminal instead." >&2; \
		rc=0; $(VENV)/bin/preflight check $(CHECK_ARGS) || rc=$$?; \
		case $$rc in \
		0) verdict="every check passed";; \
		1) verdict="something to check: see above";; \
		3) verdict="a problem was found: see above";; \
		*) exit $$rc;; \
		esac; \
		echo "make run: Preflight ran ($$verdict; exit code $$rc). Again: .venv/bin/preflight check" >&2; \
	fi

## make test: set up (system packages too, when root), then lint, audit and run every test
test: $(STAMP_DEV)
	@scripts/setup-system.sh test
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff check --extension spec:python build.spec
	@# The architecture's rules, checked by tools (pyproject.toml: [tool.importlinter] for who
	@# may import whom, [tool.mypy] for types, strict on the engine, checks, support, config).
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) scripts/i18n_extract.py --check
	$(PY) scripts/audit.py requirements.lock requirements-dev.lock
	@scripts/run-tests.sh

lint: $(STAMP_DEV)
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

audit: $(STAMP_DEV)
	$(PY) scripts/audit.py --strict requirements.lock requirements-dev.lock

dist: $(STAMP_DEV)
	@scripts/setup-system.sh dist
	$(PY) scripts/i18n_extract.py --compile
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

bench: $(STAMP_DEV)
	@scripts/setup-system.sh test
	$(PY) -m bench

screenshots: $(STAMP_DEV)
	@scripts/setup-system.sh test
	$(PY) scripts/screenshots.py

lock:
	uv pip compile --python-version 3.11 --generate-hashes --quiet requirements.in -o requirements.lock
	uv pip compile --python-version 3.11 --generate-hashes --quiet requirements-dev.in -o requirements-dev.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache
