-- One row per country and company that the news reports as partners.
with mentions as (
    select * from {{ ref('fct_partnership_mentions') }}
),

latest as (
    select country_iso3, organization_id, evidence as latest_evidence, url as latest_url
    from mentions
    qualify row_number() over (
        partition by country_iso3, organization_id order by published_at desc, article_id
    ) = 1
),

sectors as (
    select country_iso3, organization_id, list_sort(list_distinct(flatten(list(sectors)))) as sectors
    from mentions
    group by all
)

select
    mentions.country_iso3,
    mentions.organization_id,
    any_value(mentions.organization_name) as organization_name,
    any_value(organizations.hq_country_iso3) as organization_hq_iso3,
    any_value(organizations.hq_country_iso3) = mentions.country_iso3 as is_domestic,
    min(mentions.published_at) as first_reported_at,
    max(mentions.published_at) as last_reported_at,
    count(distinct mentions.article_id) as article_count,
    count(distinct mentions.source_id) as source_count,
    max(mentions.confidence) as max_confidence,
    list_sort(list_distinct(list(mentions.language))) as languages,
    any_value(sectors.sectors) as sectors,
    any_value(latest.latest_evidence) as latest_evidence,
    any_value(latest.latest_url) as latest_url
from mentions
inner join {{ ref('dim_organization') }} as organizations using (organization_id)
inner join latest using (country_iso3, organization_id)
inner join sectors using (country_iso3, organization_id)
group by mentions.country_iso3, mentions.organization_id
