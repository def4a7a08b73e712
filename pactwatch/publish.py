"""Step 7, publish: promote the validated candidate marts, export Parquet, write the run summary.

Readers never see half a day: the `marts` schema is replaced in one DuckDB transaction, and the
Parquet folder `data/marts` is a symlink switched atomically to the new export. A run that fails
before this step leaves the last published marts and files as they were.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from pactwatch.settings import RunContext
from pactwatch.validate.gates import CANDIDATE_SCHEMA
from pactwatch.warehouse import connect_write

KEEP_EXPORTS = 3


def _candidate_tables(con) -> list[str]:
    return [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' "
        "order by table_name", [CANDIDATE_SCHEMA]).fetchall()]


def publish(ctx: RunContext) -> dict:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    versions = ctx.data_dir / "marts_versions"
    export_dir = versions / f"{ctx.run_id}-{stamp}"
    export_dir.mkdir(parents=True, exist_ok=True)
    with connect_write(ctx.warehouse) as con:
        tables = _candidate_tables(con)
        if not tables:
            raise RuntimeError(f"{ctx.warehouse}: no candidate marts to publish; run `pactwatch transform` first")
        con.execute("begin")
        try:
            con.execute("create schema if not exists marts")
            for table in tables:
                con.execute(f"create or replace table marts.{table} as select * from {CANDIDATE_SCHEMA}.{table}")
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        for table in tables:
            con.execute(f"copy marts.{table} to '{export_dir / (table + '.parquet')}' (format parquet)")
        counts = {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in tables}
    _switch_symlink(ctx.marts_dir, export_dir)
    _prune(versions, keep=ctx.marts_dir.resolve())
    return counts


def _switch_symlink(link: Path, target: Path) -> None:
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)   # a plain folder from an older layout
    tmp = link.with_name(link.name + ".switch")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target.relative_to(link.parent), target_is_directory=True)
    os.replace(tmp, link)


def _prune(versions: Path, keep: Path) -> None:
    exports = sorted((p for p in versions.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in exports[:-KEEP_EXPORTS]:
        if old.resolve() != keep:
            shutil.rmtree(old, ignore_errors=True)


def write_summary(ctx: RunContext, summary: dict) -> Path:
    ctx.reports_dir.mkdir(parents=True, exist_ok=True)
    path = ctx.reports_dir / "summary.json"
    path.write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    return path
