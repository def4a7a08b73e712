{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- Articles from batches that passed the raw gate, one per canonical URL (first fetched wins).
-- Syndicated copies (same content hash, other URL) keep a link to the first copy.
-- Incremental: recomputes the articles listed by int_article_changes, from raw.
-- depends_on: {{ ref('int_article_changes') }}

with

{% if is_incremental() %}
    changes as (
        select
            article_id,
            canonical_url
        from {{ ref('int_article_changes') }}
    ),
{% endif %}

accepted as (
    select articles.*
    from {{ ref('stg_raw__articles') }} as articles
    inner join {{ ref('stg_raw__batches') }} as batches on articles.batch_id = batches.batch_id
    where
        batches.validation_status = 'passed'
    {% if is_incremental() -%}
            and articles.canonical_url in (select changes.canonical_url from changes)
        {%- endif %}
),

winners as (
    select
        substr(md5(canonical_url), 1, 16) as article_id,
        *
    from accepted
    qualify row_number() over (
            partition by canonical_url order by fetched_at, batch_id, line_no
        ) = 1
),

copies as (
    -- the candidates for "first copy" of each content hash
    select
        article_id,
        content_hash,
        fetched_at,
        batch_id,
        line_no
    from winners
    where content_hash is not null
    {% if is_incremental() %}
        union all
        -- unchanged articles already built that share a hash with a recomputed one
        select
            previous.article_id,
            previous.content_hash,
            previous.fetched_at,
            previous.batch_id,
            previous.line_no
        from {{ this }} as previous
        where
            previous.content_hash in (select winners.content_hash from winners)
            and previous.article_id not in (select changes.article_id from changes)
    {% endif %}
),

first_copies as (
    select distinct
        content_hash,
        first_value(article_id) over (
            partition by content_hash order by fetched_at, batch_id, line_no
        ) as first_copy_id
    from copies
)

select
    winners.article_id,
    winners.article_key,
    winners.batch_id,
    winners.line_no,
    winners.run_id,
    winners.canonical_url as url,
    winners.url as fetched_url,
    winners.canonical_url,
    winners.source_id,
    winners.title,
    winners.language,
    winners.author,
    winners.published_at,
    winners.fetched_at,
    coalesce(winners.published_at, winners.fetched_at) as reported_at,
    winners.content_hash,
    case
        when first_copies.first_copy_id <> winners.article_id then first_copies.first_copy_id
    end as duplicate_of_article_id
from winners
left join first_copies on winners.content_hash = first_copies.content_hash
