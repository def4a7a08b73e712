{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='replace_articles',
        on_schema_change='append_new_columns'
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- One row per original article (syndicated copies removed).

select
    articles.article_id,
    articles.url,
    articles.source_id,
    articles.title,
    articles.language,
    articles.author,
    articles.published_at,
    articles.fetched_at
from {{ ref('int_articles_deduplicated') }} as articles
where
    articles.duplicate_of_article_id is null
{% if is_incremental() -%}
        and articles.article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes)
    {%- endif %}
