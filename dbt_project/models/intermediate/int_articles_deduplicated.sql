-- Articles from batches that passed the raw gate, one per canonical URL (first fetched wins).
-- Syndicated copies (same content hash, other URL) keep a link to the first copy.
with accepted as (
    select articles.*
    from {{ ref('stg_raw__articles') }} as articles
    inner join {{ ref('stg_raw__batches') }} as batches using (batch_id)
    where batches.validation_status = 'passed'
),

first_per_url as (
    select *
    from accepted
    qualify row_number() over (
        partition by canonical_url order by fetched_at, batch_id, line_no
    ) = 1
),

with_ids as (
    select
        *,
        substr(md5(canonical_url), 1, 16) as article_id,
        first_value(substr(md5(canonical_url), 1, 16)) over (
            partition by content_hash order by fetched_at, batch_id, line_no
        ) as first_copy_id
    from first_per_url
)

select
    article_id,
    article_key,
    canonical_url as url,
    url as fetched_url,
    canonical_url,
    source_id,
    title,
    body,
    language,
    author,
    published_at,
    fetched_at,
    coalesce(published_at, fetched_at) as reported_at,
    content_hash,
    case when first_copy_id <> article_id then first_copy_id end as duplicate_of_article_id
from with_ids
