select
    run_id,
    source_id,
    url,
    outcome,
    http_status,
    error,
    try_cast(logged_at as timestamptz) as logged_at
from {{ source('raw', 'crawl_log') }}
