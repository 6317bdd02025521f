# The two commands of the README: `make demo` (set up, then brief the seed articles) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo install browser test lint screenshots clean

demo: install
	$(VENV)/bin/storyline brief examples/seeds --out out/seeds

install: $(STAMP) browser

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

browser:
	bash scripts/install-browser.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

test: install lint
	$(PY) -m pytest -n 2 -p no:cacheprovider

screenshots: install
	STORYLINE_SCREENSHOTS=1 $(PY) -m pytest -p no:cacheprovider tests/web/test_browser.py -k screenshots

clean:
	rm -rf out build .pytest_cache .mypy_cache .ruff_cache
