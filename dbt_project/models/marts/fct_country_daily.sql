{{
    config(
        materialized='incremental',
        unique_key=['country_iso3', 'report_date'],
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        post_hook="delete from {{ this }} where mention_count = 0"
    )
}}
-- depends_on: {{ ref('int_article_changes') }}
-- Per country and day (UTC date of the article), the partnership mentions reported that day.
-- Incremental: the country-days touched by the changed articles (before and after), the days a
-- partnership's first report moved from or to, and rows left by a failed gate are recomputed;
-- a day left without mentions is written with mention_count = 0 and removed by the post-hook.

{%- set published_mentions = published_relation('fct_partnership_mentions') %}
{%- set published_pairs = published_relation('fct_partnerships') %}
{%- set published = published_relation('fct_country_daily') %}
{%- set incremental = is_incremental() %}
{%- set ready = incremental and published_mentions is not none and published_pairs is not none
    and published is not none %}

with

mentions as (
    select
        mentions.country_iso3,
        timezone('UTC', mentions.published_at)::date as report_date,
        mentions.published_at,
        mentions.article_id,
        mentions.organization_id,
        {{ is_domestic('mentions.country_iso3', 'organizations.hq_country_iso3') }} as is_domestic
    from {{ ref('fct_partnership_mentions') }} as mentions
    left join {{ ref('dim_organization') }} as organizations
        on mentions.organization_id = organizations.organization_id
    where mentions.published_at is not null
),

partnerships as (
    select
        country_iso3,
        organization_id,
        first_reported_at,
        timezone('UTC', first_reported_at)::date as report_date
    from {{ ref('fct_partnerships') }}
    where first_reported_at is not null
),

{% if incremental %}

changed_articles as (
    select article_id from {{ ref('int_article_changes') }}
),

{% if ready %}

affected as (
    select distinct country_iso3, report_date
    from (
        select country_iso3, timezone('UTC', published_at)::date as report_date
        from {{ published_mentions }}
        where article_id in (select changed_articles.article_id from changed_articles)
        union all
        select country_iso3, report_date
        from mentions
        where article_id in (select changed_articles.article_id from changed_articles)
        union all
        -- a partnership's first report moved: both days change their new_partnership_count
        select
            coalesce(current_pairs.country_iso3, previous.country_iso3),
            unnest([current_pairs.report_date, timezone('UTC', previous.first_reported_at)::date])
        from partnerships as current_pairs
        full join {{ published_pairs }} as previous
            on current_pairs.country_iso3 = previous.country_iso3
            and current_pairs.organization_id = previous.organization_id
        where current_pairs.first_reported_at is distinct from previous.first_reported_at
        union all
        {{ diverged_keys(this, published, ['country_iso3', 'report_date']) }}
    )
    where report_date is not null
),

{% else %}

affected as (
    select country_iso3, report_date from mentions
    union
    select country_iso3, report_date from {{ this }}
),

{% endif %}

selected_mentions as (
    select mentions.*
    from mentions
    inner join affected
        on mentions.country_iso3 = affected.country_iso3 and mentions.report_date = affected.report_date
    {% if ready -%}
        -- most rows are older than the earliest affected day: skip them cheaply
        where mentions.published_at >= (select min(affected.report_date) from affected)::timestamptz - interval 1 day
    {%- endif %}
),

{% else %}

selected_mentions as (
    select * from mentions
),

{% endif %}

daily as (
    select
        country_iso3,
        report_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct organization_id) as organization_count,
        count(*) filter (where not is_domestic) as foreign_mention_count
    from selected_mentions
    group by country_iso3, report_date
),

new_partnerships as (
    select
        country_iso3,
        report_date,
        count(*) as new_partnership_count
    from partnerships
    group by country_iso3, report_date
),

groups as (
    select distinct
        country_iso3,
        report_date
    {% if incremental %}
    from affected
    {% else %}
    from daily
    {% endif %}
)

select
    groups.country_iso3,
    countries.country_name,
    groups.report_date,
    coalesce(daily.mention_count, 0) as mention_count,
    coalesce(daily.article_count, 0) as article_count,
    coalesce(daily.organization_count, 0) as organization_count,
    coalesce(daily.foreign_mention_count, 0) as foreign_mention_count,
    coalesce(new_partnerships.new_partnership_count, 0) as new_partnership_count
from groups
left join daily
    on groups.country_iso3 = daily.country_iso3 and groups.report_date = daily.report_date
left join new_partnerships
    on groups.country_iso3 = new_partnerships.country_iso3 and groups.report_date = new_partnerships.report_date
left join {{ ref('dim_country') }} as countries on groups.country_iso3 = countries.country_iso3
