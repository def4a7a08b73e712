-- Every ISO 3166-1 country plus EUU for the European Union (seed countries).

select
    country_iso3,
    country_iso2,
    country_name,
    region,
    country_iso3 = 'EUU' as is_supranational
from {{ ref('countries') }}
