select
    article_key,
    extractor_version,
    country_iso3,
    organization_id,
    relation_type,
    sectors,
    amount,
    currency,
    evidence,
    confidence,
    sentence_index
from {{ source('extraction', 'relations') }}
