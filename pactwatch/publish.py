"""Step 7, publish: promote the validated candidate marts, export Parquet, build the dbt docs site.

Readers never see half a day, and a failure anywhere before the switch changes nothing:

1. every candidate mart is exported to Parquet into a new versioned folder
   (`<data>/marts_versions/<run>-<stamp>/`); a failure here deletes that folder and stops;
2. in one DuckDB transaction, the `marts` schema is replaced by the candidates and the build's
   watermark is appended to `meta.publish_log` (the next incremental dbt build starts from it);
3. the `<data>/marts` symlink is switched to the new folder (an atomic rename);
4. the dbt docs site (static `index.html` with lineage) is generated under `<data>/dbt/docs`,
   switched the same way. A docs failure is logged; the marts are published all the same.

A run that fails before this step (a quality gate, dbt) leaves the last published marts, Parquet
files and docs as they were.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from pactwatch.settings import RunContext
from pactwatch.validate.gates import CANDIDATE_SCHEMA
from pactwatch.warehouse import connect_write

log = logging.getLogger(__name__)

KEEP_EXPORTS = 3
PUBLISHED_SCHEMA = "marts"
WATERMARK_TABLE = "intermediate.int_build_watermark"

PUBLISH_LOG_DDL = """
create schema if not exists meta;
create table if not exists meta.publish_log (
    run_id                varchar not null,
    published_at          timestamp not null,
    watermark             timestamp,          -- raw changes up to here are in the published marts
    previous_watermark    timestamp,
    is_full_build         boolean,
    changed_article_count bigint,
    extractor_version     varchar,
    row_counts            varchar,            -- JSON: mart -> rows
    export_dir            varchar,
    crawl_log_watermark   timestamp           -- crawl-log rows loaded up to here are in the marts
);
alter table meta.publish_log add column if not exists crawl_log_watermark timestamp;
"""


class PublishError(RuntimeError):
    pass


def candidate_tables(con) -> list[str]:
    return [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' "
        "order by table_name", [CANDIDATE_SCHEMA]).fetchall()]


def _has_watermark(con) -> bool:
    return bool(con.execute(
        "select count(*) from information_schema.tables where table_schema = 'intermediate' "
        "and table_name = 'int_build_watermark'").fetchone()[0])


def export_parquet(con, tables: list[str], export_dir: Path, schema: str = CANDIDATE_SCHEMA) -> None:
    export_dir.mkdir(parents=True, exist_ok=True)
    for table in tables:
        target = str(export_dir / f"{table}.parquet").replace("'", "''")
        # (not sorted: `order by all` would make reruns byte-identical but costs ~7 s at 1M articles)
        con.execute(f"copy (select * from {schema}.{table}) to '{target}' (format parquet, compression zstd)")


def promote(con, run_id: str, tables: list[str], export_dir: Path | None = None) -> dict[str, int]:
    """Replace `marts` by the candidates and log the build's watermark, in one transaction."""
    has_watermark = _has_watermark(con)
    con.execute(PUBLISH_LOG_DDL)
    con.execute("begin")
    try:
        con.execute(f"create schema if not exists {PUBLISHED_SCHEMA}")
        for table in tables:
            con.execute(f"create or replace table {PUBLISHED_SCHEMA}.{table} as "
                        f"select * from {CANDIDATE_SCHEMA}.{table}")
        counts = {t: con.execute(f"select count(*) from {PUBLISHED_SCHEMA}.{t}").fetchone()[0] for t in tables}
        params = [run_id, datetime.now(UTC).replace(tzinfo=None), json.dumps(counts),
                  str(export_dir) if export_dir else None]
        if has_watermark:
            con.execute(
                "insert into meta.publish_log select $1, $2, watermark, previous_watermark, is_full_build, "
                f"changed_article_count, extractor_version, $3, $4, crawl_log_watermark from {WATERMARK_TABLE}",
                params)
        else:
            con.execute("insert into meta.publish_log (run_id, published_at, row_counts, export_dir) "
                        "values ($1, $2, $3, $4)", params)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return counts


def publish(ctx: RunContext, docs: bool = True) -> dict:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    versions = ctx.data_dir / "marts_versions"
    export_dir = versions / f"{ctx.run_id}-{stamp}"
    with connect_write(ctx.warehouse) as con:
        tables = candidate_tables(con)
        if not tables:
            raise PublishError(f"{ctx.warehouse}: no candidate marts to publish; run `pactwatch transform` first")
        try:
            export_parquet(con, tables, export_dir)
            counts = promote(con, ctx.run_id, tables, export_dir)
        except Exception:
            shutil.rmtree(export_dir, ignore_errors=True)
            raise
    switch_symlink(ctx.marts_dir, export_dir)
    prune(versions, keep=ctx.marts_dir.resolve())
    if docs:
        try:
            publish_docs(ctx)
        except Exception as exc:  # noqa: BLE001 — the marts are published; a docs failure is reported
            log.warning("dbt docs were not generated: %s", exc)
    return counts


def docs_dir(data_dir: Path) -> Path:
    return data_dir / "dbt" / "docs"


def publish_docs(ctx: RunContext) -> Path:
    """`dbt docs generate --static` into a new folder, then switch `<data>/dbt/docs` to it."""
    from pactwatch.transform import generate_docs

    versions = ctx.data_dir / "dbt" / "docs_versions"
    target = versions / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    try:
        generate_docs(ctx, target)
    except Exception:
        shutil.rmtree(target, ignore_errors=True)
        raise
    link = docs_dir(ctx.data_dir)
    switch_symlink(link, target)
    prune(versions, keep=link.resolve(), keep_last=2)
    return link / "index.html"


def switch_symlink(link: Path, target: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)   # a plain folder from an older layout
    tmp = link.with_name(link.name + ".switch")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(os.path.relpath(target, link.parent), target_is_directory=True)
    os.replace(tmp, link)


def prune(versions: Path, keep: Path, keep_last: int = KEEP_EXPORTS) -> None:
    exports = sorted((p for p in versions.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in exports[:-keep_last]:
        if old.resolve() != keep:
            shutil.rmtree(old, ignore_errors=True)


# Older names, kept for callers outside this module.
_switch_symlink, _prune, _candidate_tables = switch_symlink, prune, candidate_tables


def write_summary(ctx: RunContext, summary: dict) -> Path:
    ctx.reports_dir.mkdir(parents=True, exist_ok=True)
    path = ctx.reports_dir / "summary.json"
    path.write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    return path
