-- Raw articles, renamed and cast. Deduplication happens in intermediate.
select
    batch_id || ':' || line_no::varchar as article_key,
    batch_id,
    line_no,
    run_id,
    source_id,
    url,
    coalesce(canonical_url, url) as canonical_url,
    title,
    body,
    lower(language) as language,
    author,
    try_cast(published_at as timestamptz) as published_at,
    try_cast(fetched_at as timestamptz) as fetched_at,
    nullif(content_hash, '') as content_hash,
    loaded_at
from {{ source('raw', 'articles') }}
