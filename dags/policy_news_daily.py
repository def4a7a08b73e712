"""pactwatch daily DAG: crawl the policy-news sources, build and check the marts, publish them.

Thin by design: each task calls one step of the pactwatch library (`pactwatch.orchestration.tasks`);
this file only describes the order. Nothing here reads a file or imports the pipeline at parse time;
the dbt task group is rendered from a manifest written at set-up (`LoadMode.DBT_MANIFEST`).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import DAG, Asset, Param, TriggerRule, get_current_context, task
from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
from cosmos.constants import ExecutionMode, InvocationMode, LoadMode, TestBehavior

from pactwatch.orchestration import config as cfg
from pactwatch.settings import DBT_PROJECT_DIR

MARTS = Asset(name=cfg.MARTS_ASSET_NAME, uri=cfg.MARTS_ASSET_URI)
MANIFEST = cfg.dbt_manifest()
if not MANIFEST.exists():   # one stat, so the import error says what to do
    raise FileNotFoundError(
        f"dbt manifest {MANIFEST} not found: run `python -m pactwatch.orchestration.dbt_manifest` "
        "(scripts/airflow_local.sh and the compose airflow-init service do) or set PACTWATCH_DBT_MANIFEST")

DOC_MD = f"""
# pactwatch: policy news, daily

Finds news about partnerships between governments and AI companies and publishes them, per country,
as SQL tables (`marts.*` in the DuckDB warehouse) and Parquet files (`<data dir>/marts`).

| Task | What it does | When it fails |
|---|---|---|
| `list_sources` | reads the sources file (param `sources_file`), lists the enabled sources | the file is broken: the log names the file, line and key. Fix the file and clear the task. |
| `crawl [source id]` | one task per source: crawls its feed into raw files under `<data dir>/raw/dt=<date>/` | only when the **whole** source failed (errors, no article). Page errors are kept in the crawl log. The other sources carry on. |
| `load` | copies the day's raw files into `raw.*` (idempotent) | runs when at least one crawl succeeded |
| `validate_raw` | Great Expectations gate on each raw batch; a bad batch is quarantined | a critical expectation failed (see Data Docs) |
| `extract` | finds country × company relations in new articles (param `reprocess` re-reads all) | |
| `dbt.*` | the dbt project: seeds, each model and its tests as tasks (Cosmos) | a model or a dbt test failed |
| `validate_marts` | Great Expectations gate on the candidate marts | nothing is published unless it passes |
| `publish` | promotes the marts in one transaction, exports Parquet, updates the Asset `{cfg.MARTS_ASSET_URI}` | |
| `run_summary` | writes `<data dir>/reports/run-<date>/summary.json` | a source failed (partial run) or nothing was published |

**Run date** = the run's logical date (UTC day); a rerun of a day is idempotent.
**Retry one piece**: clear the failed task *with downstream*; only that piece and the steps after it run.
**Backfill**: `airflow backfill create --dag-id {cfg.DAG_ID} --from-date 2026-01-01 --to-date 2026-01-07`.
**Writes**: every task that opens the DuckDB file runs in the pool `{cfg.WRITER_POOL}` (1 slot), and the
library's writer lock makes any other writer (a CLI run) wait; a task that waits too long is retried.
After `publish`, the DAG `{cfg.DIGEST_DAG_ID}` writes the day's digest under `<data dir>/digests/`.
"""

SOURCES_DOC = "Absolute path of the sources file (YAML) to crawl. Default: $PACTWATCH_SOURCES."
WAREHOUSE_DOC = "Absolute path of the DuckDB warehouse file. Default: $PACTWATCH_WAREHOUSE."
REPROCESS_DOC = "Re-extract every stored article (after changing the extractor rules or gazetteers)."

with DAG(
    dag_id=cfg.DAG_ID,
    description="Crawl policy news, extract government–AI company partnerships, publish the marts",
    doc_md=DOC_MD,
    schedule=cfg.schedule(),
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=10),
    default_args=cfg.default_args(),
    tags=cfg.TAGS,
    params={
        "sources_file": Param(cfg.sources_file(), type="string", pattern="^/", title="Sources file",
                              description=SOURCES_DOC),
        "warehouse": Param(cfg.warehouse(), type="string", pattern="^/", title="Warehouse",
                           description=WAREHOUSE_DOC),
        "reprocess": Param(False, type="boolean", title="Re-extract all articles", description=REPROCESS_DOC),
    },
) as dag:

    @task(retries=0)
    def list_sources(**context) -> list[str]:
        """Enabled source ids of the sources file (fails at once, naming the file and key, if it is broken)."""
        from pactwatch.orchestration import tasks

        return tasks.list_sources(tasks.run_context(context))

    @task(execution_timeout=cfg.CRAWL_TIMEOUT, map_index_template="{{ source_id }}", max_active_tis_per_dagrun=4)
    def crawl(source_id: str, **context) -> dict:
        """Crawl one source into raw files; fails only if the whole source failed."""
        from pactwatch.orchestration import tasks

        get_current_context()["source_id"] = source_id   # the UI names the mapped task by source id
        return tasks.crawl_source(tasks.run_context(context), source_id)

    @task(pool=cfg.WRITER_POOL, trigger_rule=TriggerRule.ALL_DONE_MIN_ONE_SUCCESS)
    def load(**context) -> dict:
        """Load the day's raw files into raw.* (runs when at least one source was crawled)."""
        from pactwatch.orchestration import tasks

        return tasks.load(tasks.run_context(context))

    @task(pool=cfg.WRITER_POOL)
    def validate_raw(**context) -> dict:
        """Quality gate on the raw batches (Great Expectations)."""
        from pactwatch.orchestration import tasks

        return tasks.validate_raw(tasks.run_context(context))

    @task(pool=cfg.WRITER_POOL, execution_timeout=cfg.EXTRACT_TIMEOUT)
    def extract(**context) -> dict:
        """Extract country × company relations from the articles not read yet."""
        from pactwatch.orchestration import tasks

        return tasks.extract(tasks.run_context(context), reprocess=bool(context["params"]["reprocess"]))

    dbt = DbtTaskGroup(
        group_id="dbt",
        project_config=ProjectConfig(
            dbt_project_path=DBT_PROJECT_DIR,
            manifest_path=MANIFEST,
            install_dbt_deps=False,
            # templated per run: dbt (through pactwatch-dbt) writes to the run's warehouse
            env_vars={"PACTWATCH_WAREHOUSE": "{{ params.warehouse }}"},
        ),
        profile_config=ProfileConfig(
            profile_name=cfg.DBT_PROFILE,
            target_name=cfg.DBT_TARGET,
            profiles_yml_filepath=cfg.DBT_PROFILES_YML,
        ),
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.LOCAL,
            invocation_mode=InvocationMode.SUBPROCESS,   # dbt in a child process, never in the worker
            dbt_executable_path=cfg.dbt_executable(),    # pactwatch-dbt: dbt under the writer lock
        ),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            test_behavior=TestBehavior(cfg.dbt_test_behavior()),   # after_each unless overridden
            # a test on two models (relationships) runs once both are built, as its own task
            should_detach_multiple_parents_tests=True,
            exclude=["resource_type:exposure"],   # documentation nodes, nothing to run
            emit_datasets=False,   # no Asset per dbt model: `publish` updates the marts Asset, after the gate
        ),
        operator_args={
            "pool": cfg.WRITER_POOL,
            "execution_timeout": cfg.DBT_TIMEOUT,
            "append_env": True,          # PACTWATCH_DATA_DIR, PATH, telemetry switches
        },
    )

    @task(pool=cfg.WRITER_POOL)
    def validate_marts(**context) -> dict:
        """Quality gate on the candidate marts; nothing is published unless it passes."""
        from pactwatch.orchestration import tasks

        return tasks.validate_marts(tasks.run_context(context))

    @task(pool=cfg.WRITER_POOL, outlets=[MARTS])
    def publish(**context) -> dict:
        """Promote the candidate marts and update the marts Asset."""
        from pactwatch.orchestration import tasks

        result = tasks.publish(tasks.run_context(context))
        context["outlet_events"][MARTS].extra = {
            k: result[k] for k in ("run_date", "warehouse", "data_dir")}
        return result

    @task(trigger_rule=TriggerRule.ALL_DONE, retries=0)
    def run_summary(**context) -> dict:
        """Write the run summary; fails when a source failed or nothing was published."""
        from pactwatch.orchestration import tasks

        ti = context["ti"]
        ids = ti.xcom_pull(task_ids="list_sources") or []
        crawled = {sid: ti.xcom_pull(task_ids="crawl", map_indexes=i) for i, sid in enumerate(ids)}
        return tasks.run_summary(tasks.run_context(context), ids, crawled, ti.xcom_pull(task_ids="publish"))

    crawled = crawl.expand(source_id=list_sources())
    crawled >> load() >> validate_raw() >> extract() >> dbt >> validate_marts() >> publish() >> run_summary()
