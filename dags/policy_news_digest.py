"""pactwatch digest DAG: after each publish of the marts, write the day's digest (Markdown and HTML)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import DAG, Asset, Param, task

from pactwatch.orchestration import config as cfg

MARTS = Asset(name=cfg.MARTS_ASSET_NAME, uri=cfg.MARTS_ASSET_URI)

DOC_MD = f"""
# pactwatch: daily digest

Runs whenever `{cfg.DAG_ID}` publishes the marts (Asset `{cfg.MARTS_ASSET_URI}`), and can be triggered
by hand. Writes `<data dir>/digests/<date>.md` and `.html` (and `latest.md` / `latest.html`): the
partnerships between governments and AI companies that are new since the previous digest, per country.

It reads the published marts read-only, in the pool `{cfg.WRITER_POOL}` so it never meets a writer.
The warehouse and date come from the publish event; a manual run uses the `warehouse` param and its own date.
"""

with DAG(
    dag_id=cfg.DIGEST_DAG_ID,
    description="Daily digest of new government–AI company partnerships, per country",
    doc_md=DOC_MD,
    schedule=[MARTS],
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args={**cfg.default_args(), "execution_timeout": timedelta(minutes=15)},
    tags=cfg.TAGS,
    params={
        "warehouse": Param(cfg.warehouse(), type="string", pattern="^/", title="Warehouse",
                           description="DuckDB warehouse to read when run by hand (a publish event names its own)."),
    },
) as dag:

    @task(pool=cfg.WRITER_POOL)
    def write_digest(**context) -> dict:
        """Write the digest of the publish that triggered this run."""
        from pactwatch.orchestration import tasks

        return tasks.write_digest(context, MARTS)

    write_digest()
