"""Write the dbt manifest the daily DAG renders its dbt task group from (Cosmos `LoadMode.DBT_MANIFEST`).

Rendering from a manifest runs no dbt command while Airflow parses the DAG file (`dbt ls` takes
~4 s here and would blow the 2 s parse budget). Set-up runs this once, and again whenever the dbt
project changes:

    python -m pactwatch.orchestration.dbt_manifest          # only when missing or out of date
    python -m pactwatch.orchestration.dbt_manifest --force

`dbt parse` opens no warehouse connection; it is pointed at a throwaway path all the same, so it can
never touch (or wait for) the real warehouse.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pactwatch.orchestration.config import dbt_manifest
from pactwatch.settings import DBT_PROJECT_DIR

PROJECT_FILES = ("dbt_project.yml", "profiles.yml", "models", "seeds", "macros", "tests", "snapshots")


def _newest_project_mtime(project_dir: Path = DBT_PROJECT_DIR) -> float:
    newest = 0.0
    for name in PROJECT_FILES:
        path = project_dir / name
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
        elif path.is_dir():
            for child in path.rglob("*"):
                if child.is_file():
                    newest = max(newest, child.stat().st_mtime)
    return newest


def is_stale(manifest: Path | None = None) -> bool:
    manifest = manifest or dbt_manifest()
    return not manifest.exists() or manifest.stat().st_mtime < _newest_project_mtime()


def write_manifest(manifest: Path | None = None) -> Path:
    """Run `dbt parse` into a temporary target and move its manifest.json into place atomically."""
    manifest = (manifest or dbt_manifest()).resolve()
    manifest.parent.mkdir(parents=True, exist_ok=True)
    dbt = Path(sys.executable).parent / "dbt"
    with tempfile.TemporaryDirectory(prefix="pactwatch-dbt-parse-") as tmp:
        env = {**os.environ, "PACTWATCH_WAREHOUSE": str(Path(tmp) / "parse-only.duckdb"),
               "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1"}
        result = subprocess.run(
            [str(dbt) if dbt.exists() else "dbt", "parse", "--no-use-colors",
             "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
             "--target-path", str(Path(tmp) / "target"), "--log-path", str(Path(tmp) / "logs")],
            cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            raise RuntimeError(f"dbt parse failed:\n{result.stdout[-3000:]}{result.stderr[-2000:]}")
        staged = manifest.with_name(manifest.name + ".tmp")
        shutil.copyfile(Path(tmp) / "target" / "manifest.json", staged)
        os.replace(staged, manifest)
    return manifest


def ensure_manifest(force: bool = False) -> Path:
    manifest = dbt_manifest()
    if force or is_stale(manifest):
        write_manifest(manifest)
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="parse even when the manifest is up to date")
    args = parser.parse_args(argv)
    print(ensure_manifest(force=args.force))


if __name__ == "__main__":
    main()
