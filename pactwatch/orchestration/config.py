"""Deployment settings the DAG files read at parse time: environment variables and constants only.

Keep this module free of I/O and heavy imports: the DAG processor imports it every time it parses
`dags/`. Every value has an environment override so one image serves every deployment.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from pactwatch.settings import DBT_PROJECT_DIR, DEFAULT_SOURCES_FILE, default_data_dir, default_warehouse

DAG_ID = "policy_news_daily"
DIGEST_DAG_ID = "policy_news_digest"
OWNER = "pactwatch"
TAGS = ["pactwatch", "policy-news"]

# Every task that writes the DuckDB file runs in this pool; set-up creates it with one slot.
WRITER_POOL = "duckdb_writer"
WRITER_POOL_DESCRIPTION = "pactwatch: one writer at a time for the DuckDB warehouse"

# The Asset `publish` updates and the digest DAG is scheduled on.
MARTS_ASSET_NAME = "pactwatch_marts"
MARTS_ASSET_URI = "pactwatch://warehouse/marts"

DBT_PROFILES_YML = DBT_PROJECT_DIR / "profiles.yml"
DBT_PROFILE = "pactwatch"
DBT_TARGET = "local"


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def schedule() -> str | None:
    """Cron expression of the daily run (UTC); `none` switches the schedule off (manual runs only)."""
    value = _env("PACTWATCH_SCHEDULE", "0 6 * * *")
    return None if value.lower() in {"none", "off", "manual"} else value


def sources_file() -> str:
    return str(Path(_env("PACTWATCH_SOURCES", str(DEFAULT_SOURCES_FILE))).resolve())


def data_dir() -> str:
    return str(default_data_dir())


def warehouse() -> str:
    return str(default_warehouse())


def dbt_manifest() -> Path:
    """The dbt manifest Cosmos renders the task group from (written by `dbt_manifest` at set-up)."""
    return Path(_env("PACTWATCH_DBT_MANIFEST", str(default_data_dir() / "dbt" / "manifest" / "manifest.json")))


def dbt_executable() -> str:
    """`pactwatch-dbt`: dbt in a child process under the warehouse writer lock."""
    override = os.environ.get("PACTWATCH_DBT_EXECUTABLE")
    if override:
        return override
    import sys

    candidate = Path(sys.executable).parent / "pactwatch-dbt"
    return str(candidate) if candidate.exists() else "pactwatch-dbt"


DBT_TEST_BEHAVIORS = ("after_each", "build", "after_all", "none")


def dbt_test_behavior() -> str:
    """How Cosmos renders dbt tests: `after_each` (default: a test task after each model), `build`
    (one `dbt build` task per model, tests inside it: half the dbt processes), `after_all`, `none`."""
    value = _env("PACTWATCH_DBT_TEST_BEHAVIOR", "after_each").lower()
    if value not in DBT_TEST_BEHAVIORS:
        raise ValueError(f"PACTWATCH_DBT_TEST_BEHAVIOR={value!r}: expected one of {', '.join(DBT_TEST_BEHAVIORS)}")
    return value


def default_args() -> dict:
    """Retries with exponential back-off and a time limit for every task (override per task)."""
    return {
        "owner": OWNER,
        "retries": int(_env("PACTWATCH_TASK_RETRIES", "3")),
        "retry_delay": timedelta(seconds=float(_env("PACTWATCH_RETRY_DELAY_S", "120"))),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=30),
        "execution_timeout": timedelta(hours=1),
    }


# Longest expected duration of each kind of task; a task past it is killed and retried.
CRAWL_TIMEOUT = timedelta(hours=4)      # the crawler's own limit is 4 h (pactwatch.crawl.runner)
EXTRACT_TIMEOUT = timedelta(hours=2)
DBT_TIMEOUT = timedelta(hours=1)
