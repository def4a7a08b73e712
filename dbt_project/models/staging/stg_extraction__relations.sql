-- Relations found by the extractor, renamed and cast.
select
    article_key,
    extractor_version,
    upper(country_iso3) as country_iso3,
    organization_id,
    relation_type,
    sectors,
    amount,
    upper(currency) as currency,
    evidence,
    confidence,
    sentence_index
from {{ source('extraction', 'relations') }}
