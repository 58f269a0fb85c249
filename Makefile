# Trigger Point Atlas: the only commands a newcomer needs.
#   make run    create .venv, install, migrate, compile translations, serve on http://127.0.0.1:8000
#               (with the task worker that sends webinar emails beside it)
#   make test   install test needs (Debian chromium included, only if missing) and run every test
#   make lint   ruff, mypy --strict, import-linter (layering)
#   make bench  print benchmark figures
#   make lock   re-pin the runtime dependencies with hashes (requirements.lock)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DATA_DIR ?= var
export TPATLAS_DATA_DIR := $(abspath $(DATA_DIR))
APT_UPDATED := /tmp/.tpatlas-apt-updated

.PHONY: run test lint bench lock install install-test migrate messages static browser-deps gettext-deps pdf-deps pdf-test-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Runtime dependencies come from the lock file, every file checked against its hash, so a fresh
# install is exactly what was tested; the package itself is then installed without dependencies.
$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test browser-deps pdf-test-deps

$(DATA_DIR)/secret_key:
	@mkdir -p $(DATA_DIR)
	@$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@
	@echo "Created $@ (the server's SECRET_KEY; keep it private)."

# apt-get update runs once per machine boot; installs are quiet and non-interactive.
APT_INSTALL = { [ -f $(APT_UPDATED) ] || { apt-get update -qq && touch $(APT_UPDATED); }; } && \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

# GNU gettext provides msgfmt for compiling the translation catalogues.
gettext-deps:
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt)..."; $(APT_INSTALL) gettext >/dev/null; }

# WeasyPrint renders every PDF with Pango; the tests read PDFs back with pdftotext (poppler).
pdf-deps:
	@ldconfig -p | grep -q libpango-1.0 || { echo "Installing Pango for WeasyPrint..."; $(APT_INSTALL) libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 libfontconfig1 fonts-dejavu-core >/dev/null; }

pdf-test-deps: pdf-deps
	@command -v pdftotext >/dev/null || { echo "Installing poppler-utils (pdftotext)..."; $(APT_INSTALL) poppler-utils >/dev/null; }

browser-deps:
	@command -v chromium >/dev/null || { echo "Installing Debian chromium for browser tests..."; $(APT_INSTALL) chromium chromium-driver >/dev/null; }

messages: $(VENV)/.installed gettext-deps
	cd src/tpatlas/web && DEBUG=1 $(abspath $(BIN))/django-admin compilemessages --settings=tpatlas.web.settings -v 0

static: $(VENV)/.installed
	DEBUG=1 $(BIN)/django-admin collectstatic --noinput -v 0 --settings=tpatlas.web.settings

migrate: $(VENV)/.installed $(DATA_DIR)/secret_key
	SECRET_KEY="$$(cat $(DATA_DIR)/secret_key)" $(BIN)/django-admin migrate --noinput -v 1 --settings=tpatlas.web.settings

run: $(VENV)/.installed pdf-deps migrate messages static
	$(BIN)/tpatlas validate
	SECRET_KEY="$$(cat $(DATA_DIR)/secret_key)" $(BIN)/tpatlas courses sync
	SECRET_KEY="$$(cat $(DATA_DIR)/secret_key)" $(BIN)/django-admin seed_demo_webinars --settings=tpatlas.web.settings
	@# The task worker (django-tasks-db's db_worker: webinar emails and reminders) runs beside
	@# the web server. Ctrl-C reaches both: the worker finishes the task in hand and exits, and
	@# the INT trap waits for it (a second signal would abort that task mid-send). If the server
	@# stops on its own, the EXIT trap sends the worker its one TERM. No autoreload (on with
	@# DEBUG): a reload would cut a task short too.
	export SECRET_KEY="$$(cat $(DATA_DIR)/secret_key)"; \
	$(BIN)/django-admin db_worker --no-reload --settings=tpatlas.web.settings & worker=$$!; \
	trap 'wait $$worker' INT; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker' EXIT TERM; \
	$(BIN)/tpatlas serve --port $(PORT)

test: install-test messages static
	$(BIN)/tpatlas validate
	$(BIN)/tpatlas courses validate
	$(BIN)/tpatlas kb report
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	DEBUG=1 $(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed static
	@command -v wrk >/dev/null || { echo "Installing wrk (HTTP load generator)..."; $(APT_INSTALL) wrk >/dev/null; }
	$(BIN)/python bench/kb_load.py
	$(BIN)/python bench/finder_eval.py
	$(BIN)/python bench/finder_worst.py
	$(BIN)/python bench/search_eval.py
	$(BIN)/python bench/reading_audits.py
	$(BIN)/python bench/red_flag_eval.py
	$(BIN)/python bench/http_finder.py

# Re-pin the runtime dependencies (with hashes) after changing them in pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock pyproject.toml
	@echo "Updated requirements.lock; commit it with the pyproject.toml change."

clean:
	rm -rf $(VENV) $(DATA_DIR)/staticfiles .pytest_cache .mypy_cache .ruff_cache
