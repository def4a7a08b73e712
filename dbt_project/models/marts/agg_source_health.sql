{{
    config(
        materialized='incremental',
        unique_key=['source_id', 'crawl_date'],
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        post_hook="delete from {{ this }} where page_count = 0"
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- depends_on: {{ ref('stg_raw__articles') }}
-- Per source and crawl day: pages handled, articles stored and published, duplicates, drops and
-- errors. A page counts once a day, by its best outcome (stored > duplicate > dropped > error).
-- Pages skipped because an earlier run already stored them ("canonical URL already stored") are
-- not counted, so rerunning a day changes nothing.
-- Incremental: recomputes the source-days with crawl-log rows loaded since the last publish,
-- changed articles or batches, or rows a failed gate left behind; a day left without pages is
-- removed by the post-hook.

{%- set published = published_relation('agg_source_health') %}
{%- set watermark = published_watermark() %}
{%- set log_watermark = published_watermark('crawl_log_watermark') %}
{%- set incremental = is_incremental() %}
{%- set ready = incremental and published is not none and log_watermark is not none %}

with

{% if incremental %}

runs as (
    select
        source_id,
        run_id,
        try_cast(regexp_extract(run_id, '(\d{4}-\d{2}-\d{2})', 1) as date) as crawl_date
    from (
        {% if ready %}
            -- crawl-log rows loaded since the last publish
            select distinct source_id, run_id
            from {{ ref('stg_raw__crawl_log') }}
            where loaded_at > '{{ log_watermark }}'::timestamp
            union
            -- articles changed (published_count): every raw copy of a changed article
            select articles.source_id, articles.run_id
            from {{ ref('stg_raw__articles') }} as articles
            where articles.canonical_url in (select changes.canonical_url from {{ ref('int_article_changes') }} as changes)
            union
            -- batches judged again (failed_batch_count)
            select batches.source_id, batches.run_id
            from {{ ref('stg_raw__batches') }} as batches
            where batches.validated_at > '{{ watermark }}'::timestamp
            union
            -- rows a failed gate left behind
            select source_id, 'run-' || strftime(crawl_date, '%Y-%m-%d')
            from ({{ diverged_keys(this, published, ['source_id', 'crawl_date']) }})
        {% else %}
            select distinct source_id, run_id from {{ ref('stg_raw__crawl_log') }}
            union
            select source_id, 'run-' || strftime(crawl_date, '%Y-%m-%d') from {{ this }}
        {% endif %}
    )
    where try_cast(regexp_extract(run_id, '(\d{4}-\d{2}-\d{2})', 1) as date) is not null
),

{% endif %}

log as (
    select
        log.source_id,
        log.crawl_date,
        coalesce(log.url, log.log_key) as page,
        log.outcome,
        log.http_status,
        log.error,
        log.logged_at,
        log.line_no,
        log.batch_id
    from {{ ref('stg_raw__crawl_log') }} as log
    {% if incremental -%}
        inner join runs on log.source_id = runs.source_id and log.run_id = runs.run_id
    {%- endif %}
    where log.crawl_date is not null
),

pages as (
    select *
    from log
    where not (outcome = 'duplicate' and coalesce(error, '') = 'canonical URL already stored')
    qualify row_number() over (
            partition by source_id, crawl_date, page
            order by
                case outcome when 'stored' then 1 when 'duplicate' then 2 when 'dropped' then 3 else 4 end,
                logged_at desc, batch_id desc, line_no desc
        ) = 1
),

daily as (
    select
        source_id,
        crawl_date,
        count(*) as page_count,
        count(*) filter (where outcome = 'stored') as stored_count,
        count(*) filter (where outcome = 'duplicate') as duplicate_count,
        count(*) filter (where outcome = 'dropped') as dropped_count,
        count(*) filter (where outcome = 'error') as error_count,
        count(*) filter (where http_status >= 400) as http_error_count,
        arg_max(error, (logged_at, batch_id, line_no)) filter (where outcome = 'error') as last_error
    from pages
    group by source_id, crawl_date
),

published as (
    select
        articles.source_id,
        try_cast(regexp_extract(articles.run_id, '(\d{4}-\d{2}-\d{2})', 1) as date) as crawl_date,
        count(*) as published_count
    from {{ ref('int_articles_deduplicated') }} as articles
    {% if incremental -%}
        inner join runs on articles.source_id = runs.source_id and articles.run_id = runs.run_id
    {%- endif %}
    where articles.duplicate_of_article_id is null
    group by all
),

failed_batches as (
    select
        source_id,
        try_cast(regexp_extract(run_id, '(\d{4}-\d{2}-\d{2})', 1) as date) as crawl_date,
        count(*) as failed_batch_count
    from {{ ref('stg_raw__batches') }}
    where validation_status = 'failed'
    group by all
),

groups as (
    select distinct
        source_id,
        crawl_date
    {% if incremental %}
    from runs
    {% else %}
    from daily
    {% endif %}
)

select
    groups.source_id,
    groups.crawl_date,
    coalesce(daily.page_count, 0) as page_count,
    coalesce(daily.stored_count, 0) as stored_count,
    coalesce(published.published_count, 0) as published_count,
    coalesce(daily.duplicate_count, 0) as duplicate_count,
    coalesce(daily.dropped_count, 0) as dropped_count,
    coalesce(daily.error_count, 0) as error_count,
    coalesce(daily.http_error_count, 0) as http_error_count,
    coalesce(round(daily.error_count / daily.page_count, 4), 0) as error_rate,
    coalesce(failed_batches.failed_batch_count, 0) as failed_batch_count,
    daily.last_error
from groups
left join daily on groups.source_id = daily.source_id and groups.crawl_date = daily.crawl_date
left join published on groups.source_id = published.source_id and groups.crawl_date = published.crawl_date
left join failed_batches
    on groups.source_id = failed_batches.source_id and groups.crawl_date = failed_batches.crawl_date
