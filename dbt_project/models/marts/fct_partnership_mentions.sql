{{
    config(
        materialized='incremental',
        unique_key=['article_id', 'country_iso3', 'organization_id'],
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- One row per article and government–company pair reported as a partnership or procurement.
-- An organisation missing from dim_organization keeps its row (with a null name) so that the
-- quality gate sees it and names it, instead of the join dropping it silently.

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
left join {{ ref('dim_organization') }} as organizations
    on mentions.organization_id = organizations.organization_id
{% if is_incremental() -%}
    where mentions.article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes)
{%- endif %}
