-- The partnership family (partnership, procurement): one row per article and government–company pair.
select *
from {{ ref('int_relations') }}
where relation_type in ('partnership', 'procurement')
qualify row_number() over (
    partition by article_id, country_iso3, organization_id
    order by confidence desc, sentence_index
) = 1
