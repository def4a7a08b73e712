"""Shared fixtures. The end-to-end fixtures run the real `pactwatch` command on the sample site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

PROJECT = Path(__file__).resolve().parents[1]
PACTWATCH = str(Path(sys.executable).parent / "pactwatch")


def run_cli(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([PACTWATCH, *args], cwd=PROJECT, capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"pactwatch {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def marts_snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    """Every published mart as sorted rows: equal snapshots mean equal tables."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        return {t: sorted(map(repr, con.execute(f"select * from marts.{t}").fetchall())) for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """`pactwatch demo` once into a temporary data dir; returns (data_dir, completed process)."""
    data_dir = tmp_path_factory.mktemp("demo")
    result = run_cli("demo", "--data-dir", str(data_dir), "--warehouse", str(data_dir / "warehouse.duckdb"),
                     "--date", "2025-11-20")
    return data_dir, result
