# The register's everyday commands: `make run`, `make test`, `make check`, `make bench`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test check bench messages clean

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

# axe-core for the accessibility checks in the browser tests, from the npm registry (package-lock.json).
# Without Node.js the browser tests say so and skip (outside CI).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility checks will be skipped (install Node.js, then make test)"; fi

## run: set up everything and serve the demo register on http://$(HOST):$(PORT)
run: export DEBUG ?= true
run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py create_local_editor --port $(PORT)
	$(PY) manage.py runserver $(HOST):$(PORT)

## test: install the dev requirements (and axe-core) and run the whole suite, on every core
PYTEST_ARGS ?= -n auto
test: $(VENV)/.dev node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

## check: lint, format, types, Django's system checks and the missing-migrations check
check: export DEBUG ?= true
check: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m factregister.logical_css static/css
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

## messages: gather the interface's strings into locale/<lang>/LC_MESSAGES/django.po, then compile the .mo files
## (both are committed, so `make run` needs no gettext; this needs it: apt-get install gettext)
LANGUAGES := fa ru kk
messages: export DEBUG ?= true
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages $(foreach l,$(LANGUAGES),-l $(l)) --no-location --no-obsolete \
		--ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=test-output --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages $(foreach l,$(LANGUAGES),-l $(l)) --ignore=.venv

## bench: the performance figures (PostgreSQL by default); SIZES="1000 1000000" for the cost table at a million
bench: $(VENV)/.dev
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "make bench needs wrk (Debian: apt-get install wrk)"; exit 1; }
	$(PY) bench/run.py $(if $(SIZES),--sizes $(SIZES)) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles test-output node_modules .mypy_cache .ruff_cache
