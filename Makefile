# presslens: `make run` analyses the bundled samples into presslens.duckdb and serves them;
# `make test` runs the whole test suite. Both install what they need first (once).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= presslens.duckdb
PORT ?= 8765
STAMP := $(VENV)/.presslens-installed

.PHONY: install run analyze serve test test-fast bench train train-events lint schema clean

install: $(STAMP) node_modules/.package-lock.json

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

analyze: install
	$(BIN)/presslens analyze samples --db $(DB)

run: analyze
	$(BIN)/presslens serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser and not cluster"

bench: install
	$(BIN)/python benchmarks/bench_foundation.py
	$(BIN)/python benchmarks/bench_extraction.py
	$(BIN)/python benchmarks/bench_quotes.py
	$(BIN)/python benchmarks/bench_events.py
	$(BIN)/python benchmarks/bench_techniques.py
	$(BIN)/python benchmarks/bench_cluster.py

train: install
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/python training/train_techniques.py

train-events: install
	$(BIN)/python training/train_event_confidence.py

schema: install
	$(BIN)/presslens schema > docs/schema.json

lint: install
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training

clean:
	rm -rf $(VENV) node_modules $(DB) test-output
