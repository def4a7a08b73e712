"""Shared set-up for the Airflow tests: a throwaway AIRFLOW_HOME, metadata DB, pool, dbt manifest, sample site.

AIRFLOW_HOME is set when this file is imported, before anything imports airflow (Airflow reads its
config once, at import). The pactwatch variables are set per test (monkeypatch) or passed to the
child processes that run `dag.test()`, so other test folders keep their defaults.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DAGS = REPO / "dags"
BIN = Path(sys.executable).parent

_HOME = Path(tempfile.mkdtemp(prefix="pactwatch-airflow-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

AIRFLOW_ENV = {
    "AIRFLOW_HOME": str(_HOME / "airflow"),
    "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__PARALLELISM": "4",
    "AIRFLOW__OPENLINEAGE__NAMESPACE": "pactwatch",
    "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
    "AIRFLOW__USAGE_DATA_COLLECTION__ENABLED": "False",
    "DO_NOT_TRACK": "1",
    "SCARF_ANALYTICS": "false",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
    "GX_ANALYTICS_ENABLED": "False",
}
os.environ.update(AIRFLOW_ENV)

DATA = _HOME / "data"
PACTWATCH_ENV = {
    "PACTWATCH_DATA_DIR": str(DATA),
    "PACTWATCH_WAREHOUSE": str(DATA / "warehouse.duckdb"),
    "PACTWATCH_DBT_MANIFEST": str(_HOME / "dbt" / "manifest.json"),
    # quick retries, so the retry of a failed source is exercised without waiting minutes
    "PACTWATCH_TASK_RETRIES": "1",
    "PACTWATCH_RETRY_DELAY_S": "1",
}


# Bytecode caches for the child processes (Airflow, dbt and GX are imported by every task and every
# dbt node, ~0.8 s less CPU per dbt process), kept in the session's temp dir even where the
# environment sets PYTHONDONTWRITEBYTECODE.
PYCACHE_ENV = {"PYTHONPYCACHEPREFIX": str(_HOME / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, **AIRFLOW_ENV, **PACTWATCH_ENV, **PYCACHE_ENV, **extra}


@pytest.fixture(scope="session")
def dbt_manifest() -> Path:
    """The manifest the DAG renders dbt from, written like the set-up does (`dbt parse`)."""
    result = subprocess.run([sys.executable, "-m", "pactwatch.orchestration.dbt_manifest", "--force"],
                            env=child_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return Path(PACTWATCH_ENV["PACTWATCH_DBT_MANIFEST"])


@pytest.fixture
def pactwatch_env(monkeypatch, dbt_manifest) -> dict[str, str]:
    """PACTWATCH_* for a test that parses the DAGs in this process."""
    for name, value in PACTWATCH_ENV.items():
        monkeypatch.setenv(name, value)
    return dict(PACTWATCH_ENV)


@pytest.fixture(scope="session")
def airflow_db(dbt_manifest) -> Path:
    """`airflow db migrate` (~5 s on sqlite) and the writer pool, as the project's set-up does."""
    env = child_env()
    for cmd in (["db", "migrate"],
                ["pools", "set", "duckdb_writer", "1", "pactwatch: one writer at a time for the DuckDB warehouse"]):
        result = subprocess.run([str(BIN / "airflow"), *cmd], env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return Path(AIRFLOW_ENV["AIRFLOW_HOME"])


@pytest.fixture(scope="session")
def sample_site() -> str:
    from pactwatch.sample_site.server import serve_sample_site

    with serve_sample_site() as base_url:
        yield base_url


def run_dag_test(dag_id: str, logical_date: str, conf: dict | None = None, mark_success: str | None = None,
                 timeout: float = 1500, **env: str) -> dict:
    """Run `dag.test()` in a child process (Airflow's ORM and dbt stay out of the pytest process)."""
    out = Path(tempfile.mkstemp(prefix="dagtest-", suffix=".json", dir=_HOME)[1])
    cmd = [sys.executable, "-m", "tests.dags.dag_runner", dag_id, logical_date, "--out", str(out)]
    if conf:
        cmd += ["--conf", json.dumps(conf)]
    if mark_success:
        cmd += ["--mark-success", mark_success]
    result = subprocess.run(cmd, cwd=REPO, env=child_env(**env), capture_output=True, text=True, timeout=timeout)
    log = result.stdout + result.stderr
    assert result.returncode == 0 and out.stat().st_size, f"dag.test() of {dag_id} crashed:\n{log[-6000:]}"
    outcome = json.loads(out.read_text())
    outcome["log"] = log
    return outcome


# --- the end-to-end runs, shared by test_daily_run.py and test_ui.py -------------------------------

LOGICAL_DATE = "2026-11-28T06:00:00+00:00"   # the 06:00 UTC run of 2026-11-28
BROKEN_DATE = "2026-11-20T06:00:00+00:00"
DEAD_SOURCE = "  - id: deadsite\n    kind: feed\n    url: http://127.0.0.1:{port}/feed.xml\n"
BROKEN_SOURCES = "sources:\n  - id: policywire\n    kind: feed\n    url: http://127.0.0.1:9/feed.xml\n    colour: red\n"


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def marts_snapshot(warehouse: Path) -> dict:
    """Every published mart table: row count and an order-independent fingerprint of its rows."""
    from pactwatch.warehouse import connect_read

    with connect_read(warehouse) as con:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        snap = {}
        for table in tables:
            rows = con.execute(f"select * from marts.{table}").fetchall()
            snap[table] = (len(rows), sorted(repr(r) for r in rows))
        snap["raw.articles"] = con.execute("select count(*) from raw.articles").fetchone()[0]
        snap["extraction.processed"] = con.execute("select count(*) from extraction.processed").fetchone()[0]
    return snap


@pytest.fixture(scope="session")
def daily_runs(airflow_db, sample_site) -> dict:
    """Run 1: the sample site, everything real. Digest DAG. Run 2: the same day again, plus a dead
    source, everything real again (dbt included: ~60 tasks, ~4 s of start-up each). Run 3: a broken
    sources file."""
    from pactwatch.sample_site.server import sample_sources_yaml

    sources = _HOME / "sample_sources.yml"
    sources.write_text(sample_sources_yaml(sample_site), encoding="utf-8")
    with_dead = _HOME / "sample_plus_dead_sources.yml"
    with_dead.write_text(sample_sources_yaml(sample_site) + DEAD_SOURCE.format(port=closed_port()), encoding="utf-8")
    broken = _HOME / "broken_sources.yml"
    broken.write_text(BROKEN_SOURCES, encoding="utf-8")
    warehouse = Path(PACTWATCH_ENV["PACTWATCH_WAREHOUSE"])

    runs: dict = {"sources_file": sources, "with_dead": with_dead, "broken": broken, "warehouse": warehouse,
                  "data_dir": DATA, "airflow_home": airflow_db}
    runs["first"] = run_dag_test("policy_news_daily", LOGICAL_DATE, PACTWATCH_SOURCES=str(sources))
    runs["marts_after_first"] = marts_snapshot(warehouse) if warehouse.exists() else {}
    summary = DATA / "reports" / "run-2026-11-28" / "summary.json"
    runs["summary_after_first"] = json.loads(summary.read_text()) if summary.exists() else {}
    runs["digest"] = run_dag_test("policy_news_digest", LOGICAL_DATE, PACTWATCH_SOURCES=str(sources))
    runs["second"] = run_dag_test("policy_news_daily", LOGICAL_DATE, conf={"sources_file": str(with_dead)},
                                  PACTWATCH_SOURCES=str(sources))
    runs["marts_after_second"] = marts_snapshot(warehouse) if warehouse.exists() else {}
    runs["broken_run"] = run_dag_test("policy_news_daily", BROKEN_DATE, conf={"sources_file": str(broken)},
                                      PACTWATCH_SOURCES=str(sources))
    (REPO / "test-output").mkdir(exist_ok=True)
    (REPO / "test-output" / "airflow_dag_test_seconds.json").write_text(json.dumps(
        {name: runs[name]["seconds"] for name in ("first", "digest", "second", "broken_run")}, indent=1))
    return runs


def states(run: dict) -> dict[str, str]:
    """task id (with `[source]` for mapped tasks) → state."""
    out = {}
    for ti in run["tis"]:
        key = ti["task_id"] if ti["map_index"] < 0 else f"{ti['task_id']}[{ti['rendered_map_index'] or ti['map_index']}]"
        out[key] = ti["state"]
    return out
