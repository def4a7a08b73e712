"""Warehouse benchmark: does the daily dbt build scale with the new data, not with the history?

Generates synthetic raw history straight into DuckDB files with SQL `range()` (articles, batches
that passed the raw gate, crawl log, extraction results: default 1,000,000 articles and 2,000,000
relations, plus a 100,000-article warehouse), builds and publishes each once, then times the daily
incremental `dbt build` (the pipeline's transform step) that adds one day of new articles (default
2,000) on top of each history, and prints both daily times and their ratio (goal: <= 1.5). Finally
times each README analyst query (pactwatch.warehouse.ANALYST_QUERIES) on the large warehouse
(goal: < 200 ms each). Prints the figures and writes them to <workdir>/results.json; asserts nothing.

    .venv/bin/python bench/warehouse.py [--articles 1000000] [--small 100000] [--daily 2000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path

import duckdb

from pactwatch.publish import candidate_tables, promote
from pactwatch.settings import SEEDS_DIR, RunContext
from pactwatch.transform import transform
from pactwatch.validate.gates import validate_marts
from pactwatch.warehouse import ANALYST_QUERIES, RAW_DDL, connect_read, connect_write

PER_DAY = 2_000            # articles per day of history
SOURCES = 10               # one batch per source and day
EXTRACTOR = "bench-v1"


def generate(con: duckdb.DuckDBPyConnection, lo: int, hi: int, relations_per_article: float) -> None:
    """Raw rows for articles [lo, hi): day = i // PER_DAY, source = i % SOURCES.

    1 % of the articles repeat an earlier URL (dedup), 2 % are syndicated copies of another article
    (same content hash), every article was validated and extracted on its day; relations are spread
    over 60 busy countries and every organisation of the gazetteer.
    """
    con.execute(f"""
        create or replace temp table gen as
        select
            i,
            i // {PER_DAY} as day,
            i % {SOURCES} as src,
            timestamp '2024-01-01' + to_days((i // {PER_DAY})::integer) as day_ts,
            'dt=' || strftime(timestamp '2024-01-01' + to_days((i // {PER_DAY})::integer), '%Y-%m-%d')
                || '/source=src-' || lpad((i % {SOURCES})::varchar, 2, '0') || '/articles-bench.jsonl' as batch_id,
            ((i % {PER_DAY}) // {SOURCES} + 1)::integer as line_no
        from range({lo}, {hi}) as t(i)
    """)
    con.execute("""
        insert into raw.articles (batch_id, line_no, run_id, source_id, url, canonical_url, title, body, language,
                                  author, published_at, fetched_at, content_hash, loaded_at)
        select
            batch_id, line_no,
            'run-' || strftime(day_ts, '%Y-%m-%d'),
            'src-' || lpad(src::varchar, 2, '0'),
            'https://src' || src || '.example/news/' || i || '?utm_source=feed',
            'https://news.example/a/' || (case when i % 100 = 7 and i >= 1000 then i - 999 else i end),
            'Government and AI company agree on a partnership, story ' || i,
            repeat('The ministry signed a memorandum of understanding with the company. ', 4) || i,
            ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'][(i % 7) + 1],
            'Reporter ' || (i % 300),
            strftime(day_ts + to_seconds((i % 80000)::bigint), '%Y-%m-%dT%H:%M:%S+00:00'),
            strftime(day_ts + to_seconds((i % 80000)::bigint + 60), '%Y-%m-%dT%H:%M:%S+00:00'),
            md5((case when i % 50 = 3 and i >= 3 then i - 3 else i end)::varchar),
            day_ts + interval 23 hour
        from gen
    """)
    con.execute("""
        insert into raw.batches (batch_id, run_id, source_id, path, row_count, loaded_at, validation_status,
                                 validated_at)
        select batch_id, any_value('run-' || strftime(day_ts, '%Y-%m-%d')),
               any_value('src-' || lpad(src::varchar, 2, '0')), '/bench/' || batch_id, count(*),
               any_value(day_ts + interval 23 hour), 'passed', any_value(day_ts + interval 23 hour + interval 1 minute)
        from gen group by batch_id
        on conflict do nothing
    """)
    con.execute(f"""
        insert into extraction.processed
        select batch_id || ':' || line_no, '{EXTRACTOR}', 2, day_ts + interval 23 hour + interval 2 minute
        from gen
    """)
    con.execute("""
        insert into raw.crawl_log (run_id, source_id, url, outcome, http_status, error, logged_at, batch_id, line_no)
        select 'run-' || strftime(day_ts, '%Y-%m-%d'), 'src-' || lpad(src::varchar, 2, '0'),
               'https://src' || src || '.example/news/' || i || suffix, outcome, status, error,
               strftime(day_ts + interval 22 hour, '%Y-%m-%dT%H:%M:%S+00:00'),
               replace(batch_id, 'articles-', 'crawl_log-'), (line_no * 3 + k)::integer
        from gen, (values (0, '', 'stored', 200, null),
                          (1, '#dup', 'duplicate', 200, 'already crawled in this run'),
                          (2, '#err', 'error', 503, 'HTTP 503')) as o(k, suffix, outcome, status, error)
        where k = 0 or (k = 1 and i % 20 = 0) or (k = 2 and i % 100 = 0)
    """)
    busy = "('GBR', 'USA', 'FRA', 'DEU', 'ITA', 'ESP', 'NLD', 'EUU', 'JPN', 'IND', 'BRA', 'CAN', 'ARE', 'SAU')"
    countries = (f"(select list(country_iso3 order by country_iso3 not in {busy}, country_iso3) "
                 f"from read_csv('{SEEDS_DIR / 'countries.csv'}', all_varchar=true))")
    organizations = (f"(select list(organization_id order by organization_id) "
                     f"from read_csv('{SEEDS_DIR / 'organizations.csv'}', all_varchar=true))")
    relations = round(relations_per_article)
    con.execute(f"""
        insert into extraction.relations
        with lists as (select {countries} as countries, {organizations} as organizations)
        select
            gen.batch_id || ':' || gen.line_no,
            '{EXTRACTOR}',
            countries[(hash(gen.i, r) % 60)::integer + 1],
            organizations[(hash(gen.i, r, 'org') % len(organizations))::integer + 1],
            ['partnership', 'partnership', 'partnership', 'partnership', 'procurement', 'procurement',
             'investment', 'regulation', 'litigation', 'other'][(hash(gen.i, r, 'type') % 10)::integer + 1],
            case when gen.i % 3 = 0 then ['health'] else [] end,
            case when gen.i % 9 = 0 then 1000000.0 * (gen.i % 97) end,
            case when gen.i % 9 = 0 then 'EUR' end,
            'The government signed an agreement with the company (sentence ' || r || ' of article ' || gen.i || ').',
            0.5 + (hash(gen.i, r, 'c') % 50) / 100.0,
            r::integer
        from gen, lists, range({relations}) as rr(r)
    """)
    con.execute("drop table gen")


def make_warehouse(path: Path, articles: int, relations_per_article: float) -> float:
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    con = duckdb.connect(str(path))
    con.execute(RAW_DDL)
    step = 250_000
    for lo in range(0, articles, step):
        generate(con, lo, min(lo + step, articles), relations_per_article)
    con.close()
    return time.perf_counter() - started


def build_and_publish(ctx: RunContext) -> tuple[float, float]:
    started = time.perf_counter()
    transform(ctx)
    built = time.perf_counter() - started
    started = time.perf_counter()
    with connect_write(ctx.warehouse) as con:
        promote(con, ctx.run_id, candidate_tables(con))
    return built, time.perf_counter() - started


def add_day(ctx: RunContext, start: int, count: int, relations_per_article: float) -> None:
    with connect_write(ctx.warehouse) as con:
        generate(con, start, start + count, relations_per_article)


def daily_times(ctx: RunContext, start: int, daily: int, relations: float, days: int) -> list[float]:
    """Add `days` days of `daily` articles (from article `start` on); time each day's dbt build."""
    times = []
    for day in range(days):
        add_day(ctx, start + day * daily, daily, relations)
        started = time.perf_counter()
        transform(ctx)
        times.append(time.perf_counter() - started)
        with connect_write(ctx.warehouse) as con:      # publish, so the next day starts from it
            promote(con, ctx.run_id, candidate_tables(con))
    return times


def time_queries(warehouse: Path, repeats: int = 5) -> dict[str, dict]:
    results = {}
    with connect_read(warehouse) as con:
        for name, sql in ANALYST_QUERIES.items():
            runs = []
            for _ in range(repeats):
                started = time.perf_counter()
                rows = con.execute(sql).fetchall()
                runs.append((time.perf_counter() - started) * 1000)
            results[name] = {"first_ms": round(runs[0], 1), "median_ms": round(statistics.median(runs), 1),
                             "rows": len(rows)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000, help="history of the large warehouse")
    parser.add_argument("--relations", type=int, default=2_000_000, help="relations in the large history")
    parser.add_argument("--small", type=int, default=100_000, help="history of the small warehouse")
    parser.add_argument("--daily", type=int, default=2_000, help="new articles per day")
    parser.add_argument("--days", type=int, default=3, help="daily builds timed per warehouse (the best counts)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/pactwatch-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the generated warehouses")
    args = parser.parse_args()
    relations = args.relations / args.articles
    shutil.rmtree(args.workdir, ignore_errors=True)

    figures: dict = {"articles": {}, "relations_per_article": relations, "daily_articles": args.daily}
    contexts = {}
    for label, history in (("small", args.small), ("large", args.articles)):
        data_dir = args.workdir / label
        ctx = contexts[label] = RunContext.build("2030-01-01", None, data_dir / "warehouse.duckdb", data_dir)
        generated = make_warehouse(ctx.warehouse, history, relations)
        built, promoted = build_and_publish(ctx)
        figures["articles"][label] = {
            "history": history, "generate_s": round(generated, 1), "full_build_s": round(built, 1),
            "publish_copy_s": round(promoted, 1), "daily_build_s": [],
        }
        print(f"{label}: {history:,} articles of history: generated in {generated:.0f} s, full build {built:.0f} s, "
              f"publish copy {promoted:.1f} s", flush=True)
    # Daily builds alternate between the two warehouses, so that whatever else runs on the machine
    # weighs on both alike; the best of each counts.
    for day in range(args.days):
        for label, history in (("small", args.small), ("large", args.articles)):
            [elapsed] = daily_times(contexts[label], history + day * args.daily, args.daily, relations, 1)
            figures["articles"][label]["daily_build_s"].append(round(elapsed, 2))
    for label, ctx in contexts.items():
        entry = figures["articles"][label]
        entry["daily_best_s"] = min(entry["daily_build_s"])
        entry["daily_median_s"] = round(statistics.median(entry["daily_build_s"]), 2)
        entry["size_mb"] = round(ctx.warehouse.stat().st_size / 1e6)
        print(f"{label}: daily build (+{args.daily:,}): " + ", ".join(f"{d:.1f} s" for d in entry["daily_build_s"]))
    large_ctx = contexts["large"]
    figures["queries"] = time_queries(large_ctx.warehouse)
    started = time.perf_counter()
    validate_marts(large_ctx)     # not a goal: the marts gate reads whole marts into pandas
    figures["marts_gate_s"] = round(time.perf_counter() - started, 1)

    small, large = figures["articles"]["small"]["daily_best_s"], figures["articles"]["large"]["daily_best_s"]
    figures["ratio"] = round(large / small, 2)
    print(f"\ndaily incremental dbt build: {small:.1f} s on {args.small:,} articles, {large:.1f} s on "
          f"{args.articles:,}; ratio {figures['ratio']:.2f} (goal <= 1.5)")
    print(f"analyst queries on {args.articles:,} articles (goal < 200 ms):")
    for name, q in figures["queries"].items():
        print(f"  {name}: median {q['median_ms']:.1f} ms (first {q['first_ms']:.1f} ms, {q['rows']} rows)")
    print(f"(not a goal) marts quality gate on {args.articles:,} articles: {figures['marts_gate_s']:.1f} s")
    (args.workdir / "results.json").write_text(json.dumps(figures, indent=2))
    if not args.keep:
        for label in ("small", "large"):
            shutil.rmtree(args.workdir / label, ignore_errors=True)


if __name__ == "__main__":
    main()
