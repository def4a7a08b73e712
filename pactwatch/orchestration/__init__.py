"""Airflow glue: the thin task callables the DAGs in `dags/` import, the daily digest, set-up helpers.

Nothing in this package's `config` module imports more than the standard library, so a DAG file can
import it at parse time; `tasks`, `digest` and `dbt_manifest` import the pipeline lazily and are only
imported inside task bodies.
"""
