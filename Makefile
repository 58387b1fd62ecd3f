# Two commands get a newcomer going: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench chaos chaos-pg soak clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(BIN)/python -m bot

test: $(VENV)/.dev
	bash scripts/ensure_postgres.sh
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check .

bench: $(VENV)/.dev
	$(BIN)/python -m bench --json

chaos: $(VENV)/.dev
	$(BIN)/python scripts/chaos.py --kills 20

chaos-pg: $(VENV)/.dev
	bash scripts/ensure_postgres.sh
	$(BIN)/python scripts/chaos.py --replicas 3 --db postgresql

soak: $(VENV)/.dev
	$(BIN)/python bench/soak.py --rate 50 --seconds 600

clean:
	rm -rf $(VENV) .pytest_cache
