select
    article_id,
    url,
    source_id,
    title,
    language,
    author,
    published_at,
    fetched_at
from {{ ref('int_articles_deduplicated') }}
where duplicate_of_article_id is null
