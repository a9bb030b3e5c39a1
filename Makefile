# The register's two everyday commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test migrate demo check bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

# Stamps: reinstall only when a requirements file changes.
$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

## run: set up everything and serve the demo register on http://127.0.0.1:8000
run: export DEBUG ?= true
run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py create_local_editor
	$(PY) manage.py runserver $(HOST):$(PORT)

## test: install the dev requirements and run the whole suite
test: $(VENV)/.dev
	$(PY) -m pytest $(PYTEST_ARGS)

## check: Django's system checks and the missing-migrations check
check: export DEBUG ?= true
check: $(VENV)/.runtime
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

## bench: the performance figures (PostgreSQL by default)
bench: $(VENV)/.dev
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "make bench needs wrk (Debian: apt-get install wrk)"; exit 1; }
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles test-output
