select
    batch_id,
    run_id,
    source_id,
    row_count,
    loaded_at,
    validation_status,
    validated_at
from {{ source('raw', 'batches') }}
