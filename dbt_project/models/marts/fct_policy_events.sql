{{
    config(
        materialized='incremental',
        unique_key=['article_id', 'country_iso3', 'organization_id', 'relation_type'],
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- Every government–company relation, of any type (partnership, procurement, investment,
-- regulation, litigation, other): one row per article, pair and type.

select
    relations.article_id,
    relations.url,
    relations.source_id,
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
{% if is_incremental() -%}
    where relations.article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes)
{%- endif %}
