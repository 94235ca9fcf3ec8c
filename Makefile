# Two entry points for people (see README): `make run` and `make test`.
# Both build .venv on first use and reinstall only when a requirements file changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint bench browser-deps postgres-deps clean

$(PY):
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Salvo needs Python 3.11 or newer"'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
	  else echo "Cannot create a virtualenv: install python3-venv (Debian: apt-get install python3-venv)"; exit 1; fi; }
	@$(PY) -m pip install -q --upgrade pip

# Stamp files: pip runs again only when the requirements they depend on change.
$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime-installed

# server.py serves app.py with start-up hooks: the attack table read ahead, plotly.js loaded early.
# Charts download as PNG/SVG through Debian's chromium: installed when missing and root, else the
# pages say what to install (the dashboard runs without it).
run: $(VENV)/.runtime-installed
	@sh scripts/ensure_chromium.sh || echo "Chart PNG/SVG downloads stay off until chromium is installed."
	$(PY) -m streamlit run server.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

browser-deps:
	@PYTHON=$(PY) sh scripts/ensure_chromium.sh

# The store's tests also run on a throw-away PostgreSQL server (skipped when none can be installed).
postgres-deps:
	@sh scripts/ensure_postgres.sh

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .

test: $(VENV)/.dev-installed browser-deps postgres-deps lint
	$(PY) -m pytest

bench: $(VENV)/.dev-installed
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
