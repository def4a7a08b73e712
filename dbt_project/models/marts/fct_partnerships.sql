{{
    config(
        materialized='incremental',
        unique_key=['country_iso3', 'organization_id'],
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        post_hook="delete from {{ this }} where article_count = 0"
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- One row per country and company that the news reports as partners, over all articles.
--
-- Incremental: only the pairs touched by the changed articles are rewritten.
--   recompute: the pair had mentions from a changed article when last published -> aggregate
--              all its current mentions again;
--   merge:     the pair only gains mentions (the daily case) -> merge the published row with
--              the aggregate of the new mentions (counts add, min/max, list unions);
--   restore:   the candidate row differs from the published one although no changed article
--              touches it (left by a build whose gate failed) -> the published row.
-- A pair left without mentions is written with article_count = 0 and removed by the post-hook.

{%- set published_mentions = published_relation('fct_partnership_mentions') %}
{%- set published = published_relation('fct_partnerships', ['source_ids', 'latest_article_id']) %}
{%- set incremental = is_incremental() %}
{%- set ready = incremental and published_mentions is not none and published is not none %}

with

mentions as (
    select * from {{ ref('fct_partnership_mentions') }}
),

{% if not incremental %}

pairs as (
    {{ partnership_state('mentions') }}
),

{% else %}

{{ changed_pairs('mentions', published_mentions, published, ready) }},

recomputed as (
    {{ partnership_state('recompute_rows') }}
),

additions as (
    {{ partnership_state('new_rows') }}
),

pairs as (
    -- recomputed pairs, with an empty row for a pair that lost every mention
    select
        affected.country_iso3,
        affected.organization_id,
        recomputed.first_reported_at,
        recomputed.last_reported_at,
        coalesce(recomputed.article_count, 0) as article_count,
        coalesce(recomputed.source_ids, []) as source_ids,
        recomputed.max_confidence,
        coalesce(recomputed.languages, []) as languages,
        coalesce(recomputed.sectors, []) as sectors,
        recomputed.latest
    from affected
    left join recomputed
        on affected.country_iso3 = recomputed.country_iso3 and affected.organization_id = recomputed.organization_id
    where affected.change = 'recompute'

    {% if ready %}
        union all

        -- merged pairs: the published row plus the new mentions
        select
            additions.country_iso3,
            additions.organization_id,
            least(previous.first_reported_at, additions.first_reported_at),
            greatest(previous.last_reported_at, additions.last_reported_at),
            coalesce(previous.article_count, 0) + additions.article_count,
            list_sort(list_distinct(list_concat(coalesce(previous.source_ids, []), additions.source_ids))),
            greatest(previous.max_confidence, additions.max_confidence),
            list_sort(list_distinct(list_concat(coalesce(previous.languages, []), additions.languages))),
            list_sort(list_distinct(list_concat(coalesce(previous.sectors, []), additions.sectors))),
            case
                when
                    previous.country_iso3 is null
                    or (coalesce(additions.last_reported_at, '-infinity'::timestamptz), struct_extract(additions.latest, 'article_id'))
                    > (coalesce(previous.last_reported_at, '-infinity'::timestamptz), previous.latest_article_id)
                    then additions.latest
                else {
                    'evidence': previous.latest_evidence,
                    'url': previous.latest_url,
                    'article_id': previous.latest_article_id
                }
            end
        from additions
        left join {{ published }} as previous
            on additions.country_iso3 = previous.country_iso3 and additions.organization_id = previous.organization_id

        union all

        -- restored pairs: the published row, or an empty row when it was never published
        select
            affected.country_iso3,
            affected.organization_id,
            previous.first_reported_at,
            previous.last_reported_at,
            coalesce(previous.article_count, 0),
            coalesce(previous.source_ids, []),
            previous.max_confidence,
            coalesce(previous.languages, []),
            coalesce(previous.sectors, []),
            {
                'evidence': previous.latest_evidence,
                'url': previous.latest_url,
                'article_id': previous.latest_article_id
            }
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
        pairs.organization_id,
        organizations.organization_name,
        organizations.hq_country_iso3 as organization_hq_iso3,
        {{ is_domestic('pairs.country_iso3', 'organizations.hq_country_iso3') }} as is_domestic,
        pairs.first_reported_at,
        pairs.last_reported_at,
        pairs.article_count,
        len(pairs.source_ids) as source_count,
        pairs.source_ids,
        pairs.max_confidence,
        pairs.languages,
        pairs.sectors,
        struct_extract(pairs.latest, 'evidence') as latest_evidence,
        struct_extract(pairs.latest, 'url') as latest_url,
        struct_extract(pairs.latest, 'article_id') as latest_article_id
    from pairs
    left join {{ ref('dim_organization') }} as organizations
        on pairs.organization_id = organizations.organization_id
)

select * from final
