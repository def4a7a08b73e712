-- Relations of original (non-syndicated) articles, one row per article, pair and relation type,
-- keeping the most confident sentence as evidence.
select
    articles.article_id,
    articles.url,
    articles.source_id,
    articles.language,
    articles.reported_at,
    relations.country_iso3,
    relations.organization_id,
    relations.relation_type,
    relations.sectors,
    relations.amount,
    relations.currency,
    relations.evidence,
    relations.confidence,
    relations.sentence_index
from {{ ref('stg_extraction__relations') }} as relations
inner join {{ ref('int_articles_deduplicated') }} as articles using (article_key)
where articles.duplicate_of_article_id is null
qualify row_number() over (
    partition by articles.article_id, relations.country_iso3, relations.organization_id, relations.relation_type
    order by relations.confidence desc, relations.sentence_index
) = 1
