# The two commands: `make run` (serve the demo site) and `make test` (lint + whole suite).
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMPS := .stamps
CHROMIUM := /usr/bin/chromium
AXE := node_modules/axe-core/axe.min.js
ADDRESS ?= 127.0.0.1:8000
# pytest-xdist: one worker per core (PYTEST_WORKERS=0 runs in one process); each worker builds the
# demo once, for its first test that asks for it.
PYTEST_WORKERS ?= auto
PYTEST := $(BIN)/pytest -n $(PYTEST_WORKERS) --dist load
TEMPLATES = $$(find . \( -path ./.venv -o -path ./node_modules \) -prune -o -path '*/templates/*.html' -print)

.PHONY: lighthouse deploy-check restore-check load-benchmark page-costs help lock run test test-fast test-postgres lint format messages compilemessages demo migrate install install-dev chromium axe clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# requirements*.txt pin what we use directly; requirements.lock (pip freeze, `make lock`) pins
# everything installed, their dependencies too, so every machine gets the same set.
$(STAMPS)/install: requirements.txt requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -c requirements.lock
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/install-dev: requirements.txt requirements-dev.txt requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt -c requirements.lock
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/install

install: $(STAMPS)/install ## Create .venv and install the site's requirements

install-dev: $(STAMPS)/install-dev ## Install the test and lint requirements too

lock: install-dev ## Rewrite requirements.lock from the installed set (after changing a pin)
	{ echo "# Every installed package, pinned: pip freeze after make install-dev (make lock)."; \
	  echo "# make install/install-dev use it with -c; change requirements*.txt, not this."; \
	  $(BIN)/pip freeze --exclude-editable | grep -v '^-e'; } > requirements.lock

chromium: ## Install Debian's Chromium for the browser tests when it is missing
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Chromium is missing: installing Debian's chromium package"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
		else echo "Cannot install Chromium without root: run 'apt-get install chromium'." >&2; exit 1; fi; \
	fi
	@test -x $(CHROMIUM) || { echo "$(CHROMIUM) is still missing" >&2; exit 1; }

$(AXE): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	@touch $@

axe: $(AXE) ## Install axe-core (accessibility checks) and Lighthouse from the npm registry

lighthouse: install chromium axe compilemessages ## Lighthouse scores of every page type, both languages, mobile and desktop (ARGS="--form-factor mobile --only home")
	scripts/lighthouse.sh $(ARGS)

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

compilemessages: install ## Compile the gettext catalogs in locale/ and locale_admin/
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

demo: migrate compilemessages ## Load the bilingual demo content (idempotent)
	$(MANAGE) load_demo_content

# The public address of `make run` (links in the sitemap, the API, feeds and emails, and Wagtail's
# Site record) follows ADDRESS, for every command it runs, migrate included.
run: export SITE_URL = http://$(ADDRESS)
run: demo ## Install, migrate, load the demo and serve http://127.0.0.1:8000 (SQLite)
	$(MANAGE) sync_site
	$(MANAGE) ensure_dev_admin --address $(ADDRESS)
	$(MANAGE) runserver $(ADDRESS)

page-costs: ## SQL queries and CPU instructions per request of each page type (needs valgrind, make demo)
	$(MANAGE) page_costs

lint: install-dev ## Ruff, template indentation, missing migrations, catalog completeness
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(TEMPLATES)
	DJANGO_SETTINGS_MODULE=cso_site.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cso_site.settings.test $(MANAGE) check_catalogs

test: install-dev chromium axe compilemessages lint ## Lint, then the whole suite (browser tests included)
	$(PYTEST)

test-fast: install-dev compilemessages ## The inner loop: the suite without browser tests or lint (fewer Hypothesis examples)
	HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-dev} $(PYTEST) -m "not browser" $(ARGS)

test-postgres: install-dev chromium axe compilemessages ## The suite against DATABASE_URL (PostgreSQL)
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "Set DATABASE_URL=postgres://..." >&2; exit 1;; esac
	$(PYTEST)

format: install-dev ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $(TEMPLATES)

messages: install ## Extract new strings into locale/sq (then translate them)
	$(MANAGE) makemessages -l sq --no-location --ignore=.venv --ignore=node_modules --ignore=staticfiles

clean: ## Remove the virtualenv, the SQLite database and generated files
	rm -rf $(VENV) $(STAMPS) node_modules staticfiles .test-media db.sqlite3 db.sqlite3-* .test-db*

deploy-check: install ## Production stack on local ports (PostgreSQL, Redis db 11, gunicorn, nginx + TLS) and its checks
	deploy/check.sh

restore-check: ## Restore the newest dump in BACKUP_DIR (./backups) into a scratch database and check it
	deploy/restore-check.sh

load-benchmark: install ## wrk against gunicorn (production settings): cached pages, uncached, a trivial view
	deploy/load-benchmark.sh
