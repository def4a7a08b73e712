-- How much each government depends on foreign AI providers, by its reported partners.

select
    partnerships.country_iso3,
    any_value(countries.country_name) as country_name,
    count(*) as partner_count,
    count(*) filter (where partnerships.is_domestic) as domestic_partner_count,
    count(*) filter (where not partnerships.is_domestic) as foreign_partner_count,
    round(count(*) filter (where partnerships.organization_hq_iso3 = 'USA') / count(*), 3) as us_partner_share,
    round(count(*) filter (where not partnerships.is_domestic) / count(*), 3) as foreign_partner_share,
    sum(partnerships.article_count)::bigint as article_count,
    min(partnerships.first_reported_at) as first_reported_at,
    max(partnerships.last_reported_at) as last_reported_at
from {{ ref('fct_partnerships') }} as partnerships
left join {{ ref('dim_country') }} as countries on partnerships.country_iso3 = countries.country_iso3
group by partnerships.country_iso3
