# Clipline. `make help` lists the targets; README.md explains them.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SETTINGS := pelican.conf.py
OUTPUT ?= output
PORT ?= 8000
PIP_VERSION := 26.3

.DEFAULT_GOAL := help
.PHONY: help html serve devserver clean test browser normalize bench-normalizer translations check-links bench score score-grouping bench-grouping

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==$(PIP_VERSION)

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.runtime-installed
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

html: $(VENV)/.runtime-installed ## Set up .venv if needed and build the site into output/
	$(BIN)/pelican -s $(SETTINGS) -o $(OUTPUT)

serve: html ## Build, then serve output/ on http://localhost:8000
	$(BIN)/pelican -s $(SETTINGS) -o $(OUTPUT) --listen --bind 127.0.0.1 --port $(PORT)

devserver: $(VENV)/.runtime-installed ## Serve on http://localhost:8000, rebuilding on every change
	CLIPLINE_FAIL_ON_ERRORS=false $(BIN)/pelican -s $(SETTINGS) -o $(OUTPUT) --autoreload --listen --bind 127.0.0.1 --port $(PORT)

browser: $(VENV)/.test-installed ## Make sure a Chromium for the browser tests exists
	bash tests/provision-browser.sh $(BIN)

test: $(VENV)/.test-installed browser ## Set up everything, build into a temp dir, run every test
	$(BIN)/python -m pytest

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf $(OUTPUT) cache __pycache__ .pytest_cache
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +

normalize: $(VENV)/.runtime-installed ## Print the normalizer's JSON for FILES="a.txt b.txt" (any path)
	@test -n "$(FILES)" || { echo 'usage: make normalize FILES="content/clippings/a.txt ..."' >&2; exit 2; }
	@PYTHONPATH=$(CURDIR)/plugins $(BIN)/python -m normalizer $(FILES)

bench-normalizer: $(VENV)/.runtime-installed ## Normalizer speed and memory over N generated clippings (N=1000)
	$(BIN)/python tests/bench/bench_normalizer.py -n $(or $(N),1000)

translations: $(VENV)/.runtime-installed ## Re-extract interface strings into theme/translations and update each .po
	$(BIN)/pybabel extract -F babel.cfg -o theme/translations/messages.pot --no-location --sort-output --project=Clipline .
	$(BIN)/pybabel update -i theme/translations/messages.pot -d theme/translations --no-fuzzy-matching

PUBLISHED ?= published/permalinks.json
check-links: html ## Build, then fail naming every URL or anchor of PUBLISHED (default: published/permalinks.json) that is gone
	@PYTHONPATH=$(CURDIR)/plugins $(BIN)/python -m permalinks $(PUBLISHED) $(OUTPUT)/permalinks.json

bench: $(VENV)/.test-installed ## Site build vs stock Pelican, rebuilds, page sizes (N=1000; N="1000 5000")
	cd tests/bench && ../../$(BIN)/python bench_site.py $(or $(N),1000)

score: $(VENV)/.runtime-installed ## Normalizer accuracy on the fixtures: body token F1, headline, date, outlet, byline (ONLY=b3_ for one batch)
	$(BIN)/python tests/bench/score_normalizer.py --only "$(ONLY)"

score-grouping: $(VENV)/.runtime-installed ## Grouping P/R/F1 on ../shared/devsets/events (empty gazetteer; detected and truth dates)
	$(BIN)/python tests/bench/score_grouping.py

bench-grouping: $(VENV)/.runtime-installed ## Time and memory of grouping N generated articles (N=5000)
	$(BIN)/python tests/bench/bench_grouping.py -n $(or $(N),5000)
