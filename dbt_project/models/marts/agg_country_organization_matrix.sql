{{
    config(
        materialized='incremental',
        unique_key=['country_iso3', 'organization_id'],
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        post_hook="delete from {{ this }} where event_count = 0"
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- The country × organisation matrix: every pair with at least one reported relation of any type,
-- with counts per relation type (pivot it for a heat map; fct_partnerships keeps the partnership
-- family only).
-- Incremental like fct_partnerships: pairs touched by changed articles are recomputed (they lost
-- events), merged (they only gained events: counts add) or restored (left by a failed gate).

{%- set types = ['partnership', 'procurement', 'investment', 'regulation', 'litigation', 'other'] %}
{%- set published_events = published_relation('fct_policy_events') %}
{%- set published = published_relation('agg_country_organization_matrix') %}
{%- set incremental = is_incremental() %}
{%- set ready = incremental and published_events is not none and published is not none %}

with

events as (
    select * from {{ ref('fct_policy_events') }}
),

{% if not incremental %}

pairs as (
    {{ matrix_state('events', types) }}
),

{% else %}

changed_articles as (
    select article_id from {{ ref('int_article_changes') }}
),

{% if ready %}

removed as (
    select distinct country_iso3, organization_id
    from {{ published_events }}
    where article_id in (select changed_articles.article_id from changed_articles)
),

gained as (
    select distinct country_iso3, organization_id
    from events
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

affected as (
    select country_iso3, organization_id, 'recompute' as change from events
    union
    select country_iso3, organization_id, 'recompute' as change from {{ this }}
),

{% endif %}

recompute_events as (
    select events.*
    from events
    inner join affected
        on events.country_iso3 = affected.country_iso3 and events.organization_id = affected.organization_id
    where affected.change = 'recompute'
),

new_events as (
    select events.*
    from events
    inner join affected
        on events.country_iso3 = affected.country_iso3 and events.organization_id = affected.organization_id
    where
        affected.change = 'merge'
        and events.article_id in (select changed_articles.article_id from changed_articles)
),

recomputed as (
    {{ matrix_state('recompute_events', types) }}
),

additions as (
    {{ matrix_state('new_events', types) }}
),

pairs as (
    select
        affected.country_iso3,
        affected.organization_id,
        coalesce(recomputed.event_count, 0) as event_count,
        coalesce(recomputed.article_count, 0) as article_count,
        {%- for type in types %}
            coalesce(recomputed.{{ type }}_count, 0) as {{ type }}_count,
        {%- endfor %}
        recomputed.first_reported_at,
        recomputed.last_reported_at
    from affected
    left join recomputed
        on affected.country_iso3 = recomputed.country_iso3 and affected.organization_id = recomputed.organization_id
    where affected.change = 'recompute'

    {% if ready %}
        union all

        -- only new events: a changed article had no event of the pair before, so counts add
        select
            additions.country_iso3,
            additions.organization_id,
            coalesce(previous.event_count, 0) + additions.event_count,
            coalesce(previous.article_count, 0) + additions.article_count,
            {%- for type in types %}
                coalesce(previous.{{ type }}_count, 0) + additions.{{ type }}_count,
            {%- endfor %}
            least(previous.first_reported_at, additions.first_reported_at),
            greatest(previous.last_reported_at, additions.last_reported_at)
        from additions
        left join {{ published }} as previous
            on additions.country_iso3 = previous.country_iso3 and additions.organization_id = previous.organization_id

        union all

        select
            affected.country_iso3,
            affected.organization_id,
            coalesce(previous.event_count, 0),
            coalesce(previous.article_count, 0),
            {%- for type in types %}
                coalesce(previous.{{ type }}_count, 0),
            {%- endfor %}
            previous.first_reported_at,
            previous.last_reported_at
        from affected
        left join {{ published }} as previous
            on affected.country_iso3 = previous.country_iso3 and affected.organization_id = previous.organization_id
        where affected.change = 'restore'
    {% endif %}
),

{% endif %}

final as (
    select
        pairs.country_iso3,
        countries.country_name,
        pairs.organization_id,
        organizations.organization_name,
        organizations.hq_country_iso3 as organization_hq_iso3,
        pairs.event_count,
        pairs.article_count,
        {%- for type in types %}
        pairs.{{ type }}_count,
        {%- endfor %}
        (pairs.partnership_count + pairs.procurement_count) > 0 as is_partner,
        pairs.first_reported_at,
        pairs.last_reported_at
    from pairs
    left join {{ ref('dim_country') }} as countries on pairs.country_iso3 = countries.country_iso3
    left join {{ ref('dim_organization') }} as organizations on pairs.organization_id = organizations.organization_id
)

select * from final
