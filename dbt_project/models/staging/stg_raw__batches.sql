-- Raw article batches with the raw gate's verdict, renamed and cast.
select
    batch_id,
    run_id,
    source_id,
    path as file_path,
    row_count,
    loaded_at,
    validation_status,
    validated_at
from {{ source('raw', 'batches') }}
