{#- The aggregate state of fct_partnerships for a set of mentions, one row per country and
    company. Every column can be merged with an earlier state of the same pair (see
    fct_partnerships: a pair that only gained mentions is merged instead of recomputed). -#}
{% macro partnership_state(mentions) -%}
    select
        country_iso3,
        organization_id,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at,
        -- mentions are unique per article and pair (tested), so rows count articles
        count(*) as article_count,
        coalesce(list(distinct source_id order by source_id) filter (where source_id is not null), [])
            as source_ids,
        max(confidence) as max_confidence,
        coalesce(list(distinct language order by language) filter (where language is not null), [])
            as languages,
        list_sort(list_distinct(flatten(list(coalesce(sectors, []))))) as sectors,
        -- the most recent mention (ties: the larger article id)
        arg_max(
            {'evidence': evidence, 'url': url, 'article_id': article_id},
            (coalesce(published_at, '-infinity'::timestamptz), article_id)
        ) as latest
    from {{ mentions }}
    group by country_iso3, organization_id
{%- endmacro %}
