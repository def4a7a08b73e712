-- AI organisations pactwatch recognises (seed organizations).

select
    organization_id,
    organization_name,
    hq_country_iso3,
    kind
from {{ ref('organizations') }}
