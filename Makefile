# Two commands: `make run` (set up, extract every sample) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export MOTIONS_STATE := $(CURDIR)/.state
export PREFECT_HOME := $(CURDIR)/.state/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL := WARNING

.PHONY: run test lint setup evaluate golden bench clean serve browser

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
	$(PY) -c "import pipeline, app, docx, pdfplumber, spacy"
	touch $(STAMP)

setup: $(STAMP)

# The secretariat's path: documents dropped in an inbox, the flow files them away
# and writes the register and reports into outputs/.
run: $(STAMP)
	mkdir -p outputs/inkorg
	cp samples/*.docx samples/*.pdf samples/*.txt outputs/inkorg/
	$(VENV)/bin/motions ingest outputs/inkorg --db outputs/motions.db --out outputs
	@echo
	@echo "Ärendesammanfattningar: outputs/summaries/   Register: outputs/register.xlsx, outputs/register.csv"
	@echo "Redovisning till KF:    outputs/redovisning-ej-fardigberedda-*.docx/.xlsx   Databas: outputs/motions.db"
	@echo "Uppföljning:            outputs/uppfoljning-bifallna-motioner-*.docx/.xlsx"

# The layering as a contract (pyproject.toml [tool.importlinter]): the library never
# imports the flows, the apps or the web framework, even inside a function.
lint: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

# axe-core for the accessibility tests (tests/test_web_a11y.py), pinned in package-lock.json.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

test: lint $(NODE_STAMP)
	$(PY) -m pytest -q

# The web page over the register `make run` filled (http://127.0.0.1:8000/).
serve: $(STAMP)
	$(VENV)/bin/motions serve --db outputs/motions.db --out outputs

# Debian's Chromium for the end-to-end tests (as root; Playwright downloads no browser).
browser:
	test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

evaluate: $(STAMP)
	$(PY) -m pipeline.evaluate samples

golden: $(STAMP)
	MOTIONS_REGEN_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

bench: $(STAMP)
	$(PY) bench/bench_read.py
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_store.py
	$(PY) bench/bench_flow.py --n 1000

clean:
	rm -rf $(VENV) outputs .state node_modules
