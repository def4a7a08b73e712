{{
    config(
        materialized='incremental',
        unique_key=['article_id', 'country_iso3', 'organization_id', 'relation_type'],
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- Relations of original (non-syndicated) articles, one row per article, pair and relation type,
-- keeping the most confident sentence as evidence (entity resolution: the relation of a raw row
-- is attached to the deduplicated article that row became).

select
    articles.article_id,
    articles.url,
    articles.source_id,
    articles.language,
    articles.reported_at,
    relations.country_iso3,
    relations.organization_id,
    relations.relation_type,
    relations.sectors,
    relations.amount,
    relations.currency,
    relations.evidence,
    relations.confidence,
    relations.sentence_index
from {{ ref('stg_extraction__relations') }} as relations
inner join {{ ref('int_articles_deduplicated') }} as articles
    on relations.article_key = articles.article_key
where
    articles.duplicate_of_article_id is null
{% if is_incremental() -%}
        and articles.article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes)
    {%- endif %}
qualify row_number() over (
        partition by articles.article_id, relations.country_iso3, relations.organization_id, relations.relation_type
        order by relations.confidence desc, relations.sentence_index asc, relations.evidence asc
    ) = 1
