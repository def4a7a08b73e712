"""Where things live: paths and defaults, overridable from the environment.

`PACTWATCH_WAREHOUSE` and `PACTWATCH_DATA_DIR` set the defaults the CLI and the DAG share.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DBT_PROJECT_DIR = PROJECT_DIR / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
DEFAULT_SOURCES_FILE = PROJECT_DIR / "scrapers" / "sources.yml"


def default_data_dir() -> Path:
    return Path(os.environ.get("PACTWATCH_DATA_DIR", PROJECT_DIR / "data")).resolve()


def default_warehouse(data_dir: Path | None = None) -> Path:
    env = os.environ.get("PACTWATCH_WAREHOUSE")
    if env:
        return Path(env).resolve()
    return (data_dir or default_data_dir()) / "warehouse.duckdb"


@dataclass(frozen=True)
class RunContext:
    """Everything one pipeline step needs to know about the run it belongs to."""

    run_date: date
    sources_file: Path
    warehouse: Path
    data_dir: Path

    @property
    def run_id(self) -> str:
        # One run id per day: a rerun of the same day is the same run, which keeps it idempotent.
        return f"run-{self.run_date.isoformat()}"

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw" / f"dt={self.run_date.isoformat()}"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports" / self.run_id

    @property
    def marts_dir(self) -> Path:
        return self.data_dir / "marts"

    @classmethod
    def build(
        cls,
        run_date: date | str | None = None,
        sources_file: Path | str | None = None,
        warehouse: Path | str | None = None,
        data_dir: Path | str | None = None,
    ) -> "RunContext":
        data = Path(data_dir).resolve() if data_dir else default_data_dir()
        if isinstance(run_date, str):
            run_date = date.fromisoformat(run_date)
        return cls(
            run_date=run_date or datetime.now(timezone.utc).date(),
            sources_file=Path(sources_file).resolve() if sources_file else DEFAULT_SOURCES_FILE,
            warehouse=Path(warehouse).resolve() if warehouse else default_warehouse(data),
            data_dir=data,
        )
