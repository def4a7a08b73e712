-- One row: how far this build read raw data. `pactwatch publish` records it in meta.publish_log,
-- and the next build recomputes what changed after it (int_article_changes).
{%- set watermark = published_watermark() %}

select
    coalesce(
        max(changes.changed_at),
        {% if watermark is none %}null{% else %}'{{ watermark }}'::timestamp{% endif %}
    )::timestamp as watermark,
    {% if watermark is none %}null{% else %}'{{ watermark }}'::timestamp{% endif %} as previous_watermark,
    {{ 'true' if watermark is none else 'false' }} as is_full_build,
    count(*) as changed_article_count,
    (
        select max(processed.extractor_version)
        from {{ ref('stg_extraction__processed') }} as processed
    ) as extractor_version,
    (select max(log.loaded_at) from {{ ref('stg_raw__crawl_log') }} as log) as crawl_log_watermark
from {{ ref('int_article_changes') }} as changes
