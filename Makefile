# newsdesk: `make run` serves the seed articles, `make test` runs the whole suite.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := tests/telegram/node_modules/.installed-stamp

.PHONY: install run test check system-deps bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first (a local wheel here); unpinned, pip would fetch CUDA builds.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

$(NODE_STAMP): tests/telegram/package.json tests/telegram/package-lock.json
	npm ci --prefix tests/telegram --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Chromium for the browser tests, from Debian's packages (test tools' own downloads fail here).
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

run: install
	$(BIN)/newsdesk serve

test: install system-deps $(NODE_STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

check: install
	$(BIN)/ruff check .

eval: install
	$(BIN)/newsdesk eval ../shared/eval/dev_questions.jsonl ../shared/eval/dev_conversations.jsonl -v

bench: install
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_ask.py

clean:
	rm -rf $(VENV) .newsdesk tests/telegram/node_modules .pytest_cache .ruff_cache
