-- Articles the extractor has read, renamed and cast.
select
    article_key,
    extractor_version,
    relation_count,
    extracted_at
from {{ source('extraction', 'processed') }}
