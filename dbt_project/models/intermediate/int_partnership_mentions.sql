{{
    config(
        materialized='incremental',
        unique_key=['article_id', 'country_iso3', 'organization_id'],
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- The partnership family (partnership, procurement): one row per article and government–company
-- pair, the most confident of the two types when an article reports both.

select relations.*
from {{ ref('int_relations') }} as relations
where
    relations.relation_type in ('partnership', 'procurement')
{% if is_incremental() -%}
        and relations.article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes)
    {%- endif %}
qualify row_number() over (
        partition by relations.article_id, relations.country_iso3, relations.organization_id
        order by relations.confidence desc, relations.sentence_index asc, relations.relation_type asc
    ) = 1
