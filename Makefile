# Two commands: `make run` (set up, extract every sample) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export PREFECT_HOME := $(CURDIR)/.state/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL := WARNING

.PHONY: run test setup evaluate golden bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
	$(PY) -c "import pipeline, docx, pdfplumber, spacy" 
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p outputs
	$(VENV)/bin/motions extract samples --out outputs/records
	$(PY) -m pipeline.evaluate samples

test: $(STAMP)
	$(PY) -m pytest -q

evaluate: $(STAMP)
	$(PY) -m pipeline.evaluate samples

golden: $(STAMP)
	MOTIONS_REGEN_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

bench: $(STAMP)
	$(PY) bench/bench_read.py
	$(PY) bench/bench_extract.py

clean:
	rm -rf $(VENV) outputs .state
