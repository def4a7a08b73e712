-- Crawl request outcomes, renamed and cast. The crawl date is the run's date, not the wall clock.
select
    batch_id || ':' || line_no::varchar as log_key,
    batch_id,
    line_no,
    run_id,
    try_cast(regexp_extract(run_id, '(\d{4}-\d{2}-\d{2})', 1) as date) as crawl_date,
    source_id,
    url,
    outcome,
    http_status,
    error,
    duplicate_of,
    try_cast(logged_at as timestamptz) as logged_at,
    loaded_at
from {{ source('raw', 'crawl_log') }}
