select
    mentions.article_id,
    mentions.url,
    mentions.source_id,
    mentions.country_iso3,
    mentions.organization_id,
    organizations.organization_name,
    mentions.relation_type,
    mentions.reported_at as published_at,
    mentions.language,
    mentions.evidence,
    mentions.confidence,
    mentions.sectors,
    mentions.amount,
    mentions.currency
from {{ ref('int_partnership_mentions') }} as mentions
inner join {{ ref('dim_organization') }} as organizations using (organization_id)
