# pactwatch — the two commands a new user needs:
#   make run    create .venv, install, run the whole pipeline on the bundled sample site
#   make test   install what the tests need and run the whole test suite
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
UV := python3 -m uv
DATA_DIR ?= data

.PHONY: run test install install-test-tools airflow lint bench-extract bench-crawl bench-warehouse eval clean

$(BIN)/.installed: pyproject.toml uv.lock
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv
	$(UV) sync --frozen --compile-bytecode
	@touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/pactwatch demo --data-dir $(DATA_DIR) --warehouse $(DATA_DIR)/warehouse.duckdb

# Debian's chromium is only needed by the real-UI test; it is installed when missing.
install-test-tools:
	@command -v chromium >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "warning: could not install chromium; the UI test will be skipped"; }

test: install install-test-tools
	@set +e; $(BIN)/python -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

eval: install
	$(BIN)/pactwatch eval

lint: install
	$(BIN)/ruff check pactwatch scrapers dags tests bench scripts
	PACTWATCH_WAREHOUSE=:memory: $(BIN)/sqlfluff lint dbt_project/models

bench-extract: install
	$(BIN)/python bench/extract.py

bench-crawl: install
	$(BIN)/python bench/crawl.py

bench-warehouse: install
	$(BIN)/python bench/warehouse.py

clean:
	rm -rf $(DATA_DIR) dbt_project/target dbt_project/logs

# Local Airflow 3 (standalone) on 127.0.0.1:8080 with the project's DAGs; see docs/airflow.md.
airflow: install
	DATA_DIR=$(DATA_DIR) scripts/airflow_local.sh
