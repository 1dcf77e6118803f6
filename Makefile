# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup run test clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# Serves the bundled sample portals on loopback and crawls them.
run: setup
	$(PY) tests/sample_crawl.py

test: setup
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) build .pytest_cache
