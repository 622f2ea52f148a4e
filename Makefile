# Verification-code recovery guide. On a fresh machine: `make serve` (site at http://127.0.0.1:8000/) and `make test`.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Re-made whenever requirements.txt changes.
VENV_STAMP := $(VENV)/.requirements-installed
NODE_STAMP := node_modules/.npm-ci-done
LINT_PATHS := $(wildcard hooks tests scripts bench)

# Material's end-of-life banner on stderr; the builds below never use -q (it hides warnings from the exit code).
export NO_MKDOCS_2_WARNING := 1

.PHONY: help venv serve build test lint format system-deps node-deps linkcheck-online bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --quiet -r requirements.txt
	@touch $@

venv: $(VENV_STAMP) ## create .venv and install requirements.txt (again when it changes)

serve: $(VENV_STAMP) ## live-reloading strict preview at http://127.0.0.1:8000/
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(VENV_STAMP) ## strict build into site/ (a failed build keeps the last good site/)
	$(BIN)/python scripts/safe_build.py --config-file mkdocs.yml --site-dir site

system-deps: ## check Debian packages (chromium, fonts-noto-cjk, poppler-utils, graphviz); install them as root
	bash scripts/ensure-system-deps.sh

# Node tools for the quality checks (axe-core, vnu, lighthouse): `npm ci` from package-lock.json.
node-deps: $(if $(wildcard package.json),$(NODE_STAMP)) ## npm ci when package.json exists

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund  # vnu-jar's install script would fetch a JRE; Java 17 is here
	@touch $@

lint: $(VENV_STAMP) ## ruff check + ruff format --check (both always run)
	@status=0; \
	echo "ruff check $(LINT_PATHS)"; $(BIN)/ruff check $(LINT_PATHS) || status=1; \
	echo "ruff format --check $(LINT_PATHS)"; $(BIN)/ruff format --check $(LINT_PATHS) || status=1; \
	exit $$status

format: $(VENV_STAMP) ## ruff fixes and formatting
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

# Lint and pytest both run, so one report shows everything; either failing fails the target.
test: system-deps $(VENV_STAMP) node-deps ## install what is missing, then lint and the whole pytest suite
	@lint_status=0; $(MAKE) --no-print-directory lint || lint_status=$$?; \
	test_status=0; $(BIN)/pytest || test_status=$$?; \
	if [ $$lint_status -ne 0 ]; then echo "make test: ruff reported problems (see above)." >&2; fi; \
	if [ $$lint_status -ne 0 ] || [ $$test_status -ne 0 ]; then exit 1; fi

linkcheck-online: build ## opt-in: fetch every external https link of site/ (needs the network; not part of test)
	$(BIN)/python scripts/linkcheck_online.py --site-dir site --config-file mkdocs.yml

bench: $(VENV_STAMP) node-deps ## benchmark (not part of test): build time, hooks' share, growth, weights, Lighthouse -> bench/RESULTS.md
	$(BIN)/python bench/run.py

clean: ## remove the built site and caches (keeps .venv and node_modules)
	rm -rf site site.building-* site.old-* .pytest_cache .ruff_cache
	find . -path ./.venv -prune -o -path ./node_modules -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
