"""Incremental builds: a rerun changes nothing, a new day gives what --full-refresh gives.

The day-4 scenario mixes every kind of "new data": a new day of articles (with repeats of
earlier URLs and syndicated copies), a backfilled earlier fetch of an old URL with new content
(its syndication group changes), an article re-extracted with other relations, and an old batch
that now fails the raw gate.
"""

from __future__ import annotations

import pytest

from tests.dbt.helpers import (
    DERIVED_MARTS,
    INCREMENTAL,
    add_days,
    build,
    copy_data_dir,
    publish_tables,
    sql,
    table_rows,
)

DAY4 = "timestamp '2024-01-04 23:30:00'"   # after the generated day 4 (validated 23:01), before day 5


def article_id(ctx, url: str) -> str:
    return sql(ctx.warehouse, "select substr(md5(?), 1, 16)", [url])[0][0]


def test_rerun_without_new_data_recomputes_nothing_and_changes_nothing(published_history, tmp_path):
    ctx = copy_data_dir(published_history.data_dir, tmp_path / "data")
    build(ctx)
    assert sql(ctx.warehouse, "select changed_article_count, is_full_build from intermediate.int_build_watermark") \
        == [(0, False)]
    assert table_rows(ctx.warehouse, "marts_candidate") == table_rows(ctx.warehouse, "marts")


@pytest.fixture(scope="module")
def day4(published_history, tmp_path_factory):
    ctx = copy_data_dir(published_history.data_dir, tmp_path_factory.mktemp("day4") / "data")
    add_days(ctx, first_day=3)
    wh = ctx.warehouse
    # a backfill: an earlier fetch of article 100's URL, with other content (article 103 was a
    # syndicated copy of article 100's content and becomes an original)
    sql(wh, f"""
        insert into raw.batches values ('backfill/articles-1.jsonl', 'run-2024-01-04', 'src-00', '/b', 1,
                                        {DAY4}, 'passed', {DAY4});
        insert into raw.articles (batch_id, line_no, run_id, source_id, url, canonical_url, title, body,
                                  language, published_at, fetched_at, content_hash, loaded_at)
        values ('backfill/articles-1.jsonl', 1, 'run-2024-01-04', 'src-00', 'https://mirror.example/100',
                'https://news.example/a/100', 'Backfilled', 'other text', 'en', '2023-12-31T00:00:00+00:00',
                '2023-12-31T00:00:00+00:00', 'backfill-hash', {DAY4});
    """)
    # a re-extraction of article 200 that now finds a UK–OpenAI partnership only
    key = sql(wh, "select batch_id || ':' || line_no from raw.articles "
                  "where canonical_url = 'https://news.example/a/200'")[0][0]
    sql(wh, f"""
        delete from extraction.relations where article_key = '{key}';
        insert into extraction.relations values ('{key}', 'bench-v1', 'GBR', 'openai', 'partnership', ['health'],
                                                 null, null, 'Re-extracted sentence.', 0.97, 0);
        update extraction.processed set extracted_at = {DAY4} where article_key = '{key}';
    """)
    # an old batch that the raw gate now rejects
    failed = sql(wh, "select batch_id from raw.batches where batch_id like 'dt=2024-01-02/source=src-05/%'")[0][0]
    sql(wh, f"update raw.batches set validation_status = 'failed', validated_at = {DAY4} where batch_id = ?", [failed])
    build(ctx)
    return ctx, key, failed


def test_incremental_build_recomputes_only_what_changed(day4):
    ctx, _, _ = day4
    [(changed, full)] = sql(ctx.warehouse, "select changed_article_count, is_full_build "
                                           "from intermediate.int_build_watermark")
    assert not full
    assert 2_000 < changed < 2_600    # the new day, the failed batch (200), backfill and re-extraction


def test_incremental_build_equals_full_refresh(day4, tmp_path):
    ctx, _, _ = day4
    incremental = table_rows(ctx.warehouse, "intermediate", INCREMENTAL[:3])
    incremental |= table_rows(ctx.warehouse, "marts_candidate", INCREMENTAL[3:] + DERIVED_MARTS)
    full = copy_data_dir(ctx.data_dir, tmp_path / "full")
    build(full, full_refresh=True)
    assert sql(full.warehouse, "select is_full_build from intermediate.int_build_watermark") == [(True,)]
    rebuilt = table_rows(full.warehouse, "intermediate", INCREMENTAL[:3])
    rebuilt |= table_rows(full.warehouse, "marts_candidate", INCREMENTAL[3:] + DERIVED_MARTS)
    for table in rebuilt:
        assert incremental[table] == rebuilt[table], table


def test_day4_changes_reach_the_marts(day4):
    ctx, _, failed = day4
    wh = ctx.warehouse
    a100, a103, a200 = (article_id(ctx, f"https://news.example/a/{i}") for i in (100, 103, 200))
    # the backfilled fetch wins and its new content makes 103 an original again
    assert sql(wh, "select fetched_url from marts_candidate.fct_articles a "
                   "join intermediate.int_articles_deduplicated d using (article_id) where article_id = ?",
               [a100]) == [("https://mirror.example/100",)]
    assert sql(wh, "select count(*) from marts_candidate.fct_articles where article_id = ?", [a103]) == [(1,)]
    assert sql(wh, "select count(*) from marts.fct_articles where article_id = ?", [a103]) == [(0,)]
    # the re-extracted article has exactly its new relation
    assert sql(wh, "select country_iso3, organization_id, evidence from marts_candidate.fct_policy_events "
                   "where article_id = ?", [a200]) == [("GBR", "openai", "Re-extracted sentence.")]
    # the failed batch's articles are gone from every incremental table
    gone = sql(wh, "select count(*) from marts_candidate.fct_articles f join intermediate.int_articles_deduplicated d "
                   "using (article_id) where d.batch_id = ?", [failed])
    assert gone == [(0,)]
    published = sql(wh, "select count(*) from marts.fct_articles")[0][0]
    assert published + 1_500 < sql(wh, "select count(*) from marts_candidate.fct_articles")[0][0]


def test_snapshot_keeps_the_published_history_of_partnerships(day4):
    ctx, _, _ = day4
    wh = ctx.warehouse
    publish_tables(ctx)
    current = sql(wh, "select count(*) from marts.fct_partnerships_snapshot where dbt_valid_to is null")[0][0]
    assert current == sql(wh, "select count(*) from marts.fct_partnerships")[0][0]
    closed = sql(wh, "select count(*) from marts.fct_partnerships_snapshot where dbt_valid_to is not null")[0][0]
    assert closed > 0
    # what fct_partnerships said before day 4: the versions valid at the first publish
    [(first_publish,)] = sql(wh, "select min(published_at) from meta.publish_log")
    then = sql(wh, "select count(*) from marts.fct_partnerships_snapshot where dbt_valid_from <= ? "
                   "and (dbt_valid_to is null or dbt_valid_to > ?)", [first_publish, first_publish])[0][0]
    before = sql(wh, "select (row_counts::json ->> 'fct_partnerships')::int from meta.publish_log "
                     "order by published_at limit 1")[0][0]
    assert then == before
