"""The DuckDB warehouse: one writer at a time, readers that wait instead of failing.

DuckDB refuses a second process at once ("Could not set lock on file"). pactwatch serialises its
own writers with an OS file lock next to the database, so a step that finds another step writing
waits for it instead of failing the run; readers retry their read-only open for a while.
"""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

SCHEMAS = ("raw", "extraction", "staging", "intermediate", "marts")
# What analysts read: the published marts (`marts.*`, also Parquet under <data dir>/marts) and
# `meta.publish_log` (when each publish happened and how far into raw data it reaches).
ANALYST_SCHEMAS = ("marts", "meta")

RAW_DDL = """
create schema if not exists raw;
create schema if not exists extraction;
create table if not exists raw.articles (
    batch_id     varchar not null,   -- the raw batch file the row came from
    line_no      integer not null,   -- its line in that file: (batch_id, line_no) is the key
    run_id       varchar not null,
    source_id    varchar not null,
    url          varchar,
    canonical_url varchar,
    title        varchar,
    body         varchar,
    language     varchar,
    author       varchar,
    published_at varchar,            -- kept as crawled; staging casts it
    fetched_at   varchar,
    content_hash varchar,
    loaded_at    timestamp not null default current_timestamp,
    primary key (batch_id, line_no)
);
create table if not exists raw.batches (
    batch_id     varchar primary key,
    run_id       varchar not null,
    source_id    varchar not null,
    path         varchar not null,
    row_count    integer not null,
    loaded_at    timestamp not null,
    validation_status varchar not null default 'pending',  -- pending | passed | failed
    validated_at timestamp
);
create table if not exists raw.crawl_log (
    run_id      varchar not null,
    source_id   varchar not null,
    url         varchar,
    outcome     varchar not null,    -- stored | duplicate | dropped | error
    http_status integer,
    error       varchar,
    logged_at   varchar not null,
    batch_id    varchar not null,
    line_no     integer not null,
    loaded_at   timestamp default current_timestamp,   -- when the load step inserted the row
    primary key (batch_id, line_no)
);
-- warehouses created before crawl_log had loaded_at (nullable; the incremental health mart uses it)
alter table raw.crawl_log add column if not exists loaded_at timestamp default current_timestamp;
-- a syndicated copy names the stored article it duplicates (nullable, added after the first release)
alter table raw.crawl_log add column if not exists duplicate_of varchar;
create table if not exists extraction.relations (
    article_key        varchar not null,  -- batch_id:line_no of the raw row
    extractor_version  varchar not null,
    country_iso3       varchar not null,
    organization_id    varchar not null,
    relation_type      varchar not null,
    sectors            varchar[],
    amount             double,
    currency           varchar,
    evidence           varchar not null,
    confidence         double not null,
    sentence_index     integer not null
);
create table if not exists extraction.processed (
    article_key       varchar not null,
    extractor_version varchar not null,
    relation_count    integer not null,
    extracted_at      timestamp not null,
    primary key (article_key, extractor_version)
);
"""

LOCK_TIMEOUT_S = 1800.0


class WarehouseBusy(RuntimeError):
    """Another process held the warehouse for longer than we were willing to wait."""


@contextlib.contextmanager
def write_lock(warehouse: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the single-writer lock of a warehouse file, waiting for the current writer."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".writer.lock")
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusy(f"{warehouse}: another pactwatch step kept writing for {timeout:.0f}s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def connect_write(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection, taken under the writer lock; raw tables exist on return.

    A reader outside pactwatch (the duckdb CLI, a notebook) also holds DuckDB's file lock: wait for
    it to close rather than fail the step.
    """
    with write_lock(warehouse):
        con = _open_waiting(warehouse, read_only=False, timeout=LOCK_TIMEOUT_S)
        try:
            con.execute(RAW_DDL)
            yield con
        finally:
            con.close()


def _open_waiting(warehouse: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return duckdb.connect(str(warehouse), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextlib.contextmanager
def connect_read(warehouse: Path, timeout: float = 120.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection; retries while a writer holds DuckDB's own file lock."""
    if not warehouse.exists():
        raise FileNotFoundError(f"{warehouse}: no warehouse yet; run `pactwatch run` or `pactwatch demo` first")
    con = _open_waiting(warehouse, read_only=True, timeout=timeout)
    try:
        yield con
    finally:
        con.close()


def query(warehouse: Path, sql: str, params: list | None = None, timeout: float = 120.0):
    """Run one read-only query and return a pandas frame (waits while a writer holds the file)."""
    with connect_read(warehouse, timeout=timeout) as con:
        return con.execute(sql, params or []).df()


# The README's analyst queries (README.md, "For analysts"; exposures in dbt_project/models/marts/_exposures.yml).
# bench/warehouse.py times each on a 1M-article warehouse (goal: < 200 ms).
ANALYST_QUERIES: dict[str, str] = {
    "partners_of_a_country": """
select organization_name, organization_hq_iso3 as hq, is_domestic, article_count, source_count,
       first_reported_at::date as first_reported, last_reported_at::date as last_reported
from marts.fct_partnerships
where country_iso3 = 'GBR'
order by article_count desc, organization_name
""",
    "countries_of_a_company": """
select p.country_iso3, c.country_name, p.article_count, p.first_reported_at::date as first_reported,
       p.last_reported_at::date as last_reported
from marts.fct_partnerships as p
join marts.dim_country as c using (country_iso3)
where p.organization_id = 'openai'
order by p.article_count desc, p.country_iso3
""",
    "new_partnerships_this_week": """
-- "this week": the seven days up to the latest report in the warehouse (use now() on a live one)
select country_iso3, organization_name, first_reported_at::date as first_reported, article_count,
       left(latest_evidence, 70) as evidence
from marts.fct_partnerships
where first_reported_at >= (select max(last_reported_at) from marts.fct_partnerships) - interval 7 day
order by first_reported_at desc, country_iso3, organization_name
""",
    "foreign_dependence_ranking": """
select country_iso3, country_name, partner_count, foreign_partner_count, foreign_partner_share,
       us_partner_share
from marts.agg_country_partnerships
where partner_count >= 2
order by foreign_partner_share desc, partner_count desc, country_iso3
limit 15
""",
}
