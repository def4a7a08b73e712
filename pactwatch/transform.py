"""Step 5, transform: `dbt build` (seeds, models, tests) into the candidate marts.

dbt runs as a child process while this process holds the warehouse's writer lock: in-process dbt
keeps a DuckDB connection open that would clash with the later steps (and with Airflow's
single-process `dag.test()`).
"""

from __future__ import annotations

import os
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
            cwd=DBT_PROJECT_DIR, env=dbt_env(ctx), capture_output=True, text=True, timeout=DBT_TIMEOUT_S,
        )


def transform(ctx: RunContext, select: str | None = None, full_refresh: bool = False) -> str:
    args = ["build", "--no-use-colors"]
    if select:
        args += ["--select", select]
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
    done = [line for line in result.stdout.splitlines() if line.strip().startswith("Done.")]
    return done[-1].strip() if done else "dbt build done"


def dbt_locked_main() -> None:
    """`pactwatch-dbt ARGS…`: dbt under the warehouse writer lock (used by Airflow's Cosmos tasks).

    The warehouse comes from PACTWATCH_WAREHOUSE (or the default); the lock makes dbt wait for any
    other pactwatch writer instead of failing on DuckDB's own lock.
    """
    from pactwatch.settings import default_warehouse

    warehouse = default_warehouse()
    with write_lock(warehouse):
        result = subprocess.run([dbt_executable(), *sys.argv[1:]],
                                env={**os.environ, "PACTWATCH_WAREHOUSE": str(warehouse)})
    sys.exit(result.returncode)
