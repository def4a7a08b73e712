{#- The pairs (country × organisation) an incremental aggregate mart must rewrite, and the rows
    to rebuild them from. Emits the CTEs `changed_articles`, `affected` (with `change` = recompute,
    merge or restore), `recompute_rows` (every current row of a pair to recompute) and `new_rows`
    (the changed articles' rows of a pair that only gains). `rows` is the CTE of the mart's input,
    `published_rows` its published copy, `published` the published mart; `ready` says both exist.
    Shared by fct_partnerships and agg_country_organization_matrix. -#}
{% macro changed_pairs(rows, published_rows, published, ready) %}
changed_articles as (
    select article_id from {{ ref('int_article_changes') }}
),

{% if ready %}

removed as (
    select distinct country_iso3, organization_id
    from {{ published_rows }}
    where article_id in (select changed_articles.article_id from changed_articles)
),

gained as (
    select distinct country_iso3, organization_id
    from {{ rows }}
    where article_id in (select changed_articles.article_id from changed_articles)
),

diverged as (
    {{ diverged_keys(this, published, ['country_iso3', 'organization_id']) }}
),

affected as (
    select
        keys.country_iso3,
        keys.organization_id,
        case
            when removed.country_iso3 is not null then 'recompute'
            when gained.country_iso3 is not null then 'merge'
            else 'restore'
        end as change
    from (
        select * from removed
        union
        select * from gained
        union
        select * from diverged
    ) as keys
    left join removed
        on keys.country_iso3 = removed.country_iso3 and keys.organization_id = removed.organization_id
    left join gained
        on keys.country_iso3 = gained.country_iso3 and keys.organization_id = gained.organization_id
),

{% else %}

-- no published state to start from: recompute every pair, including stale candidate rows
affected as (
    select country_iso3, organization_id, 'recompute' as change from {{ rows }}
    union
    select country_iso3, organization_id, 'recompute' as change from {{ this }}
),

{% endif %}

recompute_rows as (
    select {{ rows }}.*
    from {{ rows }}
    inner join affected
        on {{ rows }}.country_iso3 = affected.country_iso3 and {{ rows }}.organization_id = affected.organization_id
    where affected.change = 'recompute'
),

new_rows as (
    select {{ rows }}.*
    from {{ rows }}
    inner join affected
        on {{ rows }}.country_iso3 = affected.country_iso3 and {{ rows }}.organization_id = affected.organization_id
    where
        affected.change = 'merge'
        and {{ rows }}.article_id in (select changed_articles.article_id from changed_articles)
)
{% endmacro %}
