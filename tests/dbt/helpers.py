"""Synthetic warehouses for the dbt tests: raw rows written straight into DuckDB (no crawl).

The generator is the benchmark's (bench/warehouse.py): 2,000 articles a day, 10 sources, repeats
and syndicated copies, every batch passed and extracted.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from bench.warehouse import PER_DAY, generate
from pactwatch.publish import candidate_tables, promote
from pactwatch.settings import RunContext
from pactwatch.transform import transform
from pactwatch.warehouse import connect_write

# The incremental models and what identifies a row in each (for comparisons).
INCREMENTAL = ("int_articles_deduplicated", "int_relations", "int_partnership_mentions",
               "fct_articles", "fct_partnership_mentions", "fct_policy_events")
DERIVED_MARTS = ("fct_partnerships", "agg_country_partnerships", "fct_country_daily",
                 "agg_country_organization_matrix", "agg_source_health", "dim_country", "dim_organization")


def context(data_dir: Path, day: str = "2030-01-01") -> RunContext:
    return RunContext.build(day, None, data_dir / "warehouse.duckdb", data_dir)


def new_warehouse(data_dir: Path, days: int, relations_per_article: float = 2) -> RunContext:
    ctx = context(data_dir)
    with connect_write(ctx.warehouse) as con:
        generate(con, 0, days * PER_DAY, relations_per_article)
    return ctx


def add_days(ctx: RunContext, first_day: int, days: int = 1, relations_per_article: float = 2) -> None:
    with connect_write(ctx.warehouse) as con:
        generate(con, first_day * PER_DAY, (first_day + days) * PER_DAY, relations_per_article)


def build(ctx: RunContext, full_refresh: bool = False) -> str:
    return transform(ctx, full_refresh=full_refresh)


def publish_tables(ctx: RunContext) -> dict[str, int]:
    """Promote the candidates to `marts` (what publish does, without Parquet and docs)."""
    with connect_write(ctx.warehouse) as con:
        return promote(con, ctx.run_id, candidate_tables(con))


def table_rows(warehouse: Path, schema: str, tables: tuple[str, ...] | None = None) -> dict[str, list]:
    """Every table of `schema` as sorted row reprs (equal dicts mean equal tables)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = tables or tuple(r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = ? order by 1",
            [schema]).fetchall())
        return {t: sorted(map(repr, con.execute(f"select * from {schema}.{t}").fetchall())) for t in names}
    finally:
        con.close()


def sql(warehouse: Path, query: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse))
    try:
        return con.execute(query, params or []).fetchall()
    finally:
        con.close()


def copy_data_dir(src: Path, dst: Path) -> RunContext:
    shutil.copytree(src, dst, symlinks=True)
    return context(dst)
