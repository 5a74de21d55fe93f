# Epoch EUDR Screening for QGIS. `make demo` runs the main job; `make test` the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SYSPY := /usr/bin/python3
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup test test-core lint format package demo sandbox screenshots clean translations

## the plugin's languages: i18n/epoch_eudr_<code>.ts each (English is the source language, no file)
LANGUAGES := fr es pt pt_BR id de

setup:
	@bash scripts/setup.sh

## test: install what is missing, then run every suite headless
test: setup
	$(PY) -m pytest -q tests
	@echo "--- core without QGIS, venv (shapely 2)"
	$(PY) -m pytest -q -p no:qgis tests/core
	@echo "--- core without QGIS, Debian python (shapely 1.8)"
	$(SYSPY) -m pytest -q -p no:qgis -p no:cacheprovider tests/core

## test-qgis: the suites and `make demo` in a cached Debian chroot with a newer QGIS (QGIS=3.44 sid, 3.40 trixie)
.PHONY: test-qgis
QGIS ?= 3.44
test-qgis:
	@bash scripts/test_qgis.sh $(QGIS)

test-core: setup
	$(PY) -m pytest -q -p no:qgis tests/core

## lint: ruff; bandit (no Medium/High in shipped code); detect-secrets (nothing outside .secrets.baseline); ZIP rules
lint: setup
	$(PY) -m ruff check .
	$(PY) -m bandit -c pyproject.toml -r . -ll -q
	@mkdir -p .build && cp .secrets.baseline .build/secrets.baseline  # a copy: the hook rewrites moved line numbers
	@$(PY) -m detect_secrets.pre_commit_hook --baseline .build/secrets.baseline \
	  $$(git ls-files --cached --others --exclude-standard) > .build/secrets.log; rc=$$?; \
	  if [ $$rc -eq 0 ] || [ $$rc -eq 3 ]; then echo "detect-secrets: nothing outside .secrets.baseline"; \
	  else cat .build/secrets.log; exit $$rc; fi
	$(PY) scripts/check_package.py "$$($(PY) scripts/package.py .build/dist)"

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

package:
	$(SYSPY) scripts/package.py

## translations: extract the strings into i18n/*.ts (pylupdate5; translations kept) and compile the .qm (lrelease)
translations:
	$(SYSPY) scripts/i18n.py update $(LANGUAGES)
	$(SYSPY) scripts/i18n.py compile

## sandbox: run the local contract server on port 8765 (synthetic results)
sandbox:
	@mkdir -p .build/pkgpath && ln -sfn "$(CURDIR)" .build/pkgpath/epoch_eudr
	PYTHONPATH=.build/pkgpath $(SYSPY) -m epoch_eudr.sandbox --port 8765

demo: setup
	@bash scripts/demo.sh

screenshots: setup
	@bash scripts/screenshot.sh screenshots$(if $(EPOCH_LOCALE),/$(EPOCH_LOCALE))

clean:
	rm -rf dist .build .pytest_cache demo-output
	find . -name __pycache__ -prune -exec rm -rf {} +
