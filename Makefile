# Verification-code recovery guide. On a fresh machine: `make serve` (site at http://127.0.0.1:8000/) and `make test`.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Installed from the locks (hashes required), again whenever a lock changes: requirements.txt is the runtime set
# (build, serve, deploy), requirements-dev.txt adds tests, lint, benchmarks and pip-tools.
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
PIP_INSTALL := $(BIN)/python -m pip install --disable-pip-version-check --quiet --require-hashes
PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
NODE_STAMP := node_modules/.npm-ci-done
LINT_PATHS := .
# make test-fast: the core (mirrored folders) and the content, without browsers.
FAST_TESTS := tests/test_links.py tests/test_generated_parts.py tests/test_named_paths.py tests/model tests/markup tests/flow tests/procedures tests/search tests/content

# Material's end-of-life banner on stderr; the builds below never use -q (it hides warnings from the exit code).
export NO_MKDOCS_2_WARNING := 1

.PHONY: help venv lock serve build test test-fast lint format system-deps node-deps linkcheck-online bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP_INSTALL) -r requirements.txt -r requirements-dev.txt
	@touch $@ $(RUNTIME_STAMP)

venv: $(DEV_STAMP) ## create .venv from both locks (again when one changes)

lock: $(DEV_STAMP) ## after editing requirements*.in: lock them with hashes (the other pins stay as they are)
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) -o requirements.txt requirements.in
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) -o requirements-dev.txt requirements-dev.in

serve: $(RUNTIME_STAMP) ## live-reloading strict preview at http://127.0.0.1:8000/ (restart it after editing Python)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(RUNTIME_STAMP) ## strict build into site/ (a failed build keeps the last good site/)
	$(BIN)/python scripts/safe_build.py --config-file mkdocs.yml --site-dir site

system-deps: ## check Debian packages (chromium, fonts-noto-cjk, fonts-liberation, poppler-utils, graphviz); install them as root
	bash scripts/ensure-system-deps.sh

# Node tools for the quality checks (axe-core, vnu, lighthouse): `npm ci` from package-lock.json.
node-deps: $(if $(wildcard package.json),$(NODE_STAMP)) ## npm ci when package.json exists

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund  # vnu-jar's install script would fetch a JRE; Java 17 is here
	@touch $@

lint: $(DEV_STAMP) ## ruff check + ruff format --check of every Python file (both always run)
	@status=0; \
	echo "ruff check $(LINT_PATHS)"; $(BIN)/ruff check $(LINT_PATHS) || status=1; \
	echo "ruff format --check $(LINT_PATHS)"; $(BIN)/ruff format --check $(LINT_PATHS) || status=1; \
	exit $$status

format: $(DEV_STAMP) ## ruff fixes and formatting
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

# Lint and pytest both run, so one report shows everything; either failing fails the target.
test: system-deps $(DEV_STAMP) node-deps ## install what is missing, then lint and the whole pytest suite
	@lint_status=0; $(MAKE) --no-print-directory lint || lint_status=$$?; \
	test_status=0; $(BIN)/pytest || test_status=$$?; \
	if [ $$lint_status -ne 0 ]; then echo "make test: ruff reported problems (see above)." >&2; fi; \
	if [ $$lint_status -ne 0 ] || [ $$test_status -ne 0 ]; then exit 1; fi

test-fast: $(DEV_STAMP) ## core and content tests, no browser (well under 30 s); make test before pushing
	$(BIN)/pytest -m "not browser" $(FAST_TESTS)

linkcheck-online: build ## opt-in: fetch every external https link of site/ (needs the network; not part of test)
	$(BIN)/python scripts/linkcheck_online.py --site-dir site --config-file mkdocs.yml

bench: $(DEV_STAMP) node-deps ## benchmark (not part of test): build time, hooks' share, growth, weights, Lighthouse -> bench/RESULTS.md
	$(BIN)/python bench/run.py

clean: ## remove the built site and caches (keeps .venv and node_modules)
	rm -rf site site.building-* site.old-* .pytest_cache .ruff_cache
	find . -path ./.venv -prune -o -path ./node_modules -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
