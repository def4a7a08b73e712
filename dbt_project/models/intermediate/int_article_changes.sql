-- The articles this build recomputes: every article touched by raw data that changed after the
-- watermark of the last publish (a batch validated since then, or an article re-extracted since
-- then, e.g. by a new extractor version), plus the articles sharing a content hash with them
-- (their syndication links may change). Without a published watermark (first build,
-- --full-refresh) every article is listed. See macros/incremental_changes.sql.
{%- set watermark = published_watermark() %}

with

articles as (
    select
        article_key,
        batch_id,
        line_no,
        canonical_url,
        content_hash
    from {{ ref('stg_raw__articles') }}
),

{% if watermark is none %}

changed_rows as (
    select
        articles.canonical_url,
        greatest(batches.validated_at, processed.extracted_at) as changed_at
    from articles
    left join {{ ref('stg_raw__batches') }} as batches on articles.batch_id = batches.batch_id
    left join {{ ref('stg_extraction__processed') }} as processed
        on articles.article_key = processed.article_key
),

affected_urls as (
    select distinct canonical_url from articles
),

{% else %}

changed_batches as (
    select
        batch_id,
        validated_at as changed_at
    from {{ ref('stg_raw__batches') }}
    where validated_at > '{{ watermark }}'::timestamp
),

reextracted as (
    -- `batch_id:line_no`, split so the join to raw rows needs no string building per raw row
    select
        regexp_extract(article_key, '^(.*):(\d+)$', 1) as batch_id,
        regexp_extract(article_key, '^(.*):(\d+)$', 2)::integer as line_no,
        extracted_at as changed_at
    from {{ ref('stg_extraction__processed') }}
    where extracted_at > '{{ watermark }}'::timestamp
),

changed_rows as (
    select
        articles.canonical_url,
        changed_batches.changed_at
    from articles
    inner join changed_batches on articles.batch_id = changed_batches.batch_id
    union all
    select
        articles.canonical_url,
        reextracted.changed_at
    from articles
    inner join reextracted
        on articles.batch_id = reextracted.batch_id and articles.line_no = reextracted.line_no
),

changed_hashes as (
    -- every hash any copy of a changed URL carries: the groups whose first copy may change
    select distinct articles.content_hash
    from articles
    where
        articles.content_hash is not null
        and articles.canonical_url in (select changed_rows.canonical_url from changed_rows)
),

affected_urls as (
    select canonical_url from changed_rows
    union
    select articles.canonical_url
    from articles
    where articles.content_hash in (select changed_hashes.content_hash from changed_hashes)
),

{% endif %}

url_changes as (
    select
        canonical_url,
        max(changed_at) as changed_at
    from changed_rows
    group by canonical_url
)

select
    substr(md5(affected_urls.canonical_url), 1, 16) as article_id,
    affected_urls.canonical_url,
    url_changes.changed_at
from affected_urls
left join url_changes on affected_urls.canonical_url = url_changes.canonical_url
