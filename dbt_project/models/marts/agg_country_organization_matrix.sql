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

{{ changed_pairs('events', published_events, published, ready) }},

recomputed as (
    {{ matrix_state('recompute_rows', types) }}
),

additions as (
    {{ matrix_state('new_rows', types) }}
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
