"""Step 5, transform: `dbt build` (seeds, unit tests, models, snapshot, tests) into the candidate marts.

dbt runs as a child process while this process holds the warehouse's writer lock: in-process dbt
keeps a DuckDB connection open that would clash with the later steps (and with Airflow's
single-process `dag.test()`).

The big models are incremental: a build recomputes only the articles whose raw rows changed since
the last *publish* (see dbt_project/macros/incremental_changes.sql), so a build whose gate failed
is redone by the next one, and `--full-refresh` rebuilds everything from raw with the same result.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pactwatch.settings import DBT_PROJECT_DIR, RunContext
from pactwatch.warehouse import connect_write, write_lock

DBT_TIMEOUT_S = 3 * 3600


class TransformError(RuntimeError):
    pass


def dbt_executable() -> str:
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def dbt_env(ctx: RunContext) -> dict[str, str]:
    return {
        **os.environ,
        "PACTWATCH_WAREHOUSE": str(ctx.warehouse),
        "DBT_PROFILES_DIR": str(DBT_PROJECT_DIR),
        "DBT_PROJECT_DIR": str(DBT_PROJECT_DIR),
        "DBT_TARGET_PATH": str(ctx.data_dir / "dbt" / "target"),
        "DBT_LOG_PATH": str(ctx.data_dir / "dbt" / "logs"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
        "DO_NOT_TRACK": "1",
    }


def run_dbt(ctx: RunContext, args: list[str]) -> subprocess.CompletedProcess:
    """Run one dbt command against the run's warehouse, under the writer lock."""
    # Make sure the raw tables exist even on an empty warehouse, so sources resolve.
    with connect_write(ctx.warehouse):
        pass
    with write_lock(ctx.warehouse):
        return subprocess.run(
            [dbt_executable(), *args, "--project-dir", str(DBT_PROJECT_DIR)],
            cwd=DBT_PROJECT_DIR, env=dbt_env(ctx), capture_output=True, text=True, timeout=DBT_TIMEOUT_S, check=False,
        )


# Columns the incremental models read back from their own tables: a table built by an older
# pactwatch without them cannot be updated incrementally (nor unit-tested against).
REQUIRED_COLUMNS = {
    ("intermediate", "int_articles_deduplicated"): {"batch_id", "line_no"},
    ("marts_candidate", "fct_partnerships"): {"source_ids", "latest_article_id"},
}
KEEP_ON_RESET = {"fct_partnerships_snapshot"}   # the history; restored from `marts` by the snapshot


def reset_outdated_state(warehouse: Path) -> bool:
    """Drop the derived tables when they predate the current models (built by an older pactwatch).

    `intermediate` and `marts_candidate` only hold what dbt derives from raw, so the next build
    simply recomputes them; the published marts and the snapshot history are kept.
    """
    with connect_write(warehouse) as con:
        columns: dict[tuple[str, str], set[str]] = {}
        for schema, table, column in con.execute(
                "select table_schema, table_name, column_name from information_schema.columns "
                "where table_schema in ('intermediate', 'marts_candidate')").fetchall():
            columns.setdefault((schema, table), set()).add(column)
        outdated = [key for key, needed in REQUIRED_COLUMNS.items() if key in columns and not needed <= columns[key]]
        if not outdated:
            return False
        for (schema, table) in columns:
            if table not in KEEP_ON_RESET:
                con.execute(f'drop table if exists "{schema}"."{table}" cascade')
    return True


def transform(ctx: RunContext, select: str | None = None, full_refresh: bool = False) -> str:
    args = ["build", "--no-use-colors"]
    if select:
        args += ["--select", select]
    reset_outdated_state(ctx.warehouse)
    if full_refresh:
        args.append("--full-refresh")
    result = run_dbt(ctx, args)
    log_path = ctx.reports_dir / "dbt_build.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_path.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        failures = [line.strip() for line in result.stdout.splitlines()
                    if "ERROR" in line or "FAIL " in line or "Failure in" in line]
        reason = failures[0] if failures else (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise TransformError(f"dbt build failed: {reason} (see {log_path})")
    done = [line.split("Done.", 1)[1].strip() for line in result.stdout.splitlines() if "Done. PASS=" in line]
    return f"dbt build: {done[-1]}" if done else "dbt build done"


def generate_docs(ctx: RunContext, target: Path) -> Path:
    """`dbt docs generate --static` into `target`; returns its self-contained `index.html`.

    The static page embeds the manifest and the catalog, so it opens from the file system (no
    server needed) with the lineage graph. manifest.json and catalog.json are kept next to it.
    """
    target.mkdir(parents=True, exist_ok=True)
    parsed = ctx.data_dir / "dbt" / "target" / "partial_parse.msgpack"
    if parsed.exists():   # reuse the build's parse (saves a few seconds)
        shutil.copyfile(parsed, target / "partial_parse.msgpack")
    result = run_dbt(ctx, ["docs", "generate", "--static", "--no-use-colors", "--target-path", str(target)])
    static = target / "static_index.html"
    if result.returncode != 0 or not static.exists():
        tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
        raise TransformError("dbt docs generate failed: " + " | ".join(tail))
    os.replace(static, target / "index.html")
    for name in ("compiled", "run", "graph.gpickle", "graph_summary.json", "partial_parse.msgpack",
                 "semantic_manifest.json", "run_results.json"):
        path = target / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists():
            path.unlink()
    return target / "index.html"


def dbt_locked_main() -> None:
    """`pactwatch-dbt ARGS…`: dbt under the warehouse writer lock (used by Airflow's Cosmos tasks).

    The warehouse comes from PACTWATCH_WAREHOUSE (or the default); the lock makes dbt wait for any
    other pactwatch writer instead of failing on DuckDB's own lock.
    """
    from pactwatch.settings import default_warehouse

    warehouse = default_warehouse()
    with write_lock(warehouse):
        result = subprocess.run([dbt_executable(), *sys.argv[1:]], check=False,
                                env={**os.environ, "PACTWATCH_WAREHOUSE": str(warehouse)})
    sys.exit(result.returncode)
