# Two commands for a newcomer: `make run` and `make test`. Both set up what is missing first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test index eval lint bench clean

setup: $(STAMP) index

# Reinstall only when the project's dependencies change.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 11) else "Python 3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# No-op when corpus/ is unchanged (content hash).
index: $(STAMP)
	$(BIN)/assistant index

run: setup
	$(BIN)/assistant serve

test: setup
	$(BIN)/pytest -q

eval: setup
	$(BIN)/assistant eval --gold evals/gold/dev.jsonl --out build/eval-dev

lint: setup
	$(BIN)/ruff check assistant tests benchmarks ui.py

bench: setup
	$(BIN)/python benchmarks/latency.py

clean:
	rm -rf $(VENV) build index/CURRENT index/builds
