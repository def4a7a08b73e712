"""The callables behind the Airflow tasks: each builds the run's context and calls one library step.

The DAG files import this module inside task bodies only (it pulls in pandas, DuckDB and Great
Expectations through the pipeline). Every function returns a small JSON-able dict for XCom, so the
UI shows what each step did.

Errors that a retry cannot fix (a broken sources file, a failed quality gate, a failed dbt test)
are raised as `AirflowFailException`, which fails the task at once instead of retrying it with
back-off; everything else (a warehouse held by another writer past the lock timeout, a site that is
down) is retried by Airflow.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from pactwatch.settings import RunContext


class SourceFailed(RuntimeError):
    """The crawl of one source produced errors and no article at all."""


def _fail(exc: BaseException) -> BaseException:
    from airflow.sdk.exceptions import AirflowFailException

    return AirflowFailException(str(exc))


def run_date(context: dict[str, Any]) -> date:
    """The day a run is for: its logical date, or its run-after time for runs without one."""
    when = context.get("logical_date")
    if when is None:
        dag_run = context.get("dag_run")
        when = getattr(dag_run, "run_after", None) or datetime.now(timezone.utc)
    return when.date()


def run_context(context: dict[str, Any]) -> RunContext:
    """A `RunContext` from the Airflow task context: run date plus the DAG params (env defaults)."""
    params = context.get("params") or {}
    return RunContext.build(
        run_date=run_date(context),
        sources_file=params.get("sources_file") or None,
        warehouse=params.get("warehouse") or None,
        data_dir=None,   # PACTWATCH_DATA_DIR, the same for every run of a deployment
    )


def list_sources(ctx: RunContext) -> list[str]:
    """Ids of the enabled sources; a broken sources file fails here with the file, line and key."""
    from pactwatch.sources import SourcesError, load_sources

    try:
        ids = [s.id for s in load_sources(ctx.sources_file)]
    except SourcesError as exc:
        raise _fail(exc) from exc
    if not ids:
        raise _fail(ValueError(f"{ctx.sources_file}: no enabled source"))
    return ids


def crawl_source(ctx: RunContext, source_id: str) -> dict[str, int]:
    """Crawl one source. Fails only when the whole source failed (errors and no article stored).

    Per-page errors of a source that otherwise worked are recorded in its crawl log (and then in
    `raw.crawl_log`) and do not fail the task.
    """
    from pactwatch.crawl.runner import crawl
    from pactwatch.sources import SourcesError

    try:
        summary = crawl(ctx, source_ids=[source_id])
    except SourcesError as exc:
        raise _fail(exc) from exc
    counts = dict(summary.by_source.get(source_id, Counter()))
    if source_id in summary.failed_sources():
        raise SourceFailed(
            f"source {source_id!r}: {counts.get('error', 0)} errors and no article; see the crawl log "
            f"under {ctx.raw_dir / ('source=' + source_id)} and {ctx.reports_dir / 'crawl.log'}")
    return counts


def load(ctx: RunContext) -> dict[str, int]:
    from pactwatch.load import load as load_step

    summary = load_step(ctx)
    return {"batches": summary.batches_loaded, "articles": summary.articles_loaded,
            "crawl_log_rows": summary.log_rows_loaded}


def _gate(fn, ctx: RunContext) -> dict[str, Any]:
    from pactwatch.validate.gx_runner import GateFailed, data_docs_index

    try:
        report = fn(ctx)
    except GateFailed as exc:
        raise _fail(RuntimeError(f"{exc} (Data Docs: {data_docs_index(ctx.data_dir)})")) from exc
    return {"suites": len(report.results), "warnings": report.warnings[:20],
            "data_docs": str(data_docs_index(ctx.data_dir))}


def validate_raw(ctx: RunContext) -> dict[str, Any]:
    from pactwatch.validate.gates import validate_raw as gate

    return _gate(gate, ctx)


def extract(ctx: RunContext, reprocess: bool = False) -> dict[str, Any]:
    from pactwatch.extract.step import extract as extract_step

    summary = extract_step(ctx, reprocess=reprocess)
    return {"extractor_version": summary.version, "articles_read": summary.articles_read,
            "relations_found": summary.relations_found, "reprocessed": summary.reprocessed}


def validate_marts(ctx: RunContext) -> dict[str, Any]:
    from pactwatch.validate.gates import validate_marts as gate

    return _gate(gate, ctx)


def publish(ctx: RunContext) -> dict[str, Any]:
    """Promote the candidate marts; returns the rows per table and where the marts are."""
    from pactwatch.publish import publish as publish_step

    counts = publish_step(ctx)
    return {"run_date": ctx.run_date.isoformat(), "warehouse": str(ctx.warehouse),
            "data_dir": str(ctx.data_dir), "marts_dir": str(ctx.marts_dir), "rows": counts}


def run_summary(ctx: RunContext, source_ids: list[str] | None, crawled: dict[str, dict | None],
                published: dict | None) -> dict[str, Any]:
    """Write `<reports>/summary.json` for the run and fail when a source failed (a partial run).

    `crawled` maps each source id to its crawl task's result (None when that task failed).
    The marts are published all the same; failing this last task marks the Airflow run as failed
    so operators notice, and clearing the failed crawl task re-runs just that source and the steps
    after it.
    """
    failed = sorted(sid for sid, result in crawled.items() if result is None)
    status = "ok" if published and not failed else ("partial" if published else "failed")
    summary = {
        "run_id": ctx.run_id,
        "warehouse": str(ctx.warehouse),
        "sources": source_ids or [],
        "crawl": {sid: result for sid, result in crawled.items() if result is not None},
        "failed_sources": failed,
        "published_rows": (published or {}).get("rows", {}),
        "status": status,
        "orchestrator": "airflow",
    }
    ctx.reports_dir.mkdir(parents=True, exist_ok=True)
    path = ctx.reports_dir / "summary.json"
    path.write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    if failed:
        raise _fail(RuntimeError(
            f"partial run: the crawl of {', '.join(failed)} failed; the marts were "
            f"{'published without them' if published else 'not published'} (summary: {path})"))
    if not published:
        raise _fail(RuntimeError(f"the marts were not published; see the failed task (summary: {path})"))
    return summary


def write_digest(context: dict[str, Any], asset) -> dict[str, Any]:
    """The digest of the publish that triggered this run (its event names the warehouse, data dir and
    day); a run triggered by hand uses its own params and date."""
    from pactwatch.orchestration.digest import write_digest as write

    events = context.get("triggering_asset_events") or {}
    try:
        extra = dict(events[asset][-1].extra or {})
    except (KeyError, IndexError):
        extra = {}
    ctx = run_context(context)
    return write(warehouse=extra.get("warehouse") or ctx.warehouse,
                 data_dir=extra.get("data_dir") or ctx.data_dir,
                 day=extra.get("run_date") or ctx.run_date)


def summary_path(ctx: RunContext) -> Path:
    return ctx.reports_dir / "summary.json"
