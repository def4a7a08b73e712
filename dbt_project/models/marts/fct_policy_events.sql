-- Every relation type (partnership, procurement, investment, regulation, litigation, other).
select
    relations.article_id,
    relations.url,
    relations.country_iso3,
    relations.organization_id,
    relations.relation_type,
    relations.sectors,
    relations.amount,
    relations.currency,
    relations.evidence,
    relations.confidence,
    relations.reported_at as published_at,
    relations.language
from {{ ref('int_relations') }} as relations
