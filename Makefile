# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup run test bench bench-workers clean

setup: $(VENV)/.installed

# requirements.txt is the pinned lock (what CI installs); the project itself
# goes in editable, so `vncchc` and `python -m crawler` run this checkout.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# Serves the bundled sample portals on loopback and crawls them.
run: setup
	$(PY) tests/sample_crawl.py

# Test files run in parallel, one process per core (pytest-xdist): most tests
# are real crawls that wait on their portals, ~5 minutes on 2 cores instead of ~9.
test: setup
	$(PY) -m pytest -q -n auto --dist loadfile

# Generates a 2,000-article site, serves it on loopback, crawls it three ways
# and prints one table (docs/performance.md); 6-8 minutes.
bench: setup
	$(PY) bench/run_all.py

# Distributed mode: 1 and 2 local workers on Redis (and the portals split
# between 2 plain processes) on the same generated site; 7-8 minutes.
bench-workers: setup
	$(PY) bench/bench_workers.py

clean:
	rm -rf $(VENV) build .pytest_cache
