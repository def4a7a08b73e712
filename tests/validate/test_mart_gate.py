"""The marts gate on a real run: bad extraction results stop the run before publish, name the
failing expectations and rows, keep the published marts and Parquet files; fixing the data and
running again converges to the same marts as before."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from tests.conftest import marts_snapshot, run_cli

pytestmark = pytest.mark.slow


def parquet_files(data_dir):
    return {p.name: p.read_bytes() for p in (data_dir / "marts").glob("*.parquet")}


def test_unknown_organisation_and_country_fail_the_marts_gate_and_a_fix_converges(demo_run, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    warehouse = data_dir / "warehouse.duckdb"
    before, parquet_before = marts_snapshot(warehouse), parquet_files(data_dir)
    docs_before = (data_dir / "dbt" / "docs").resolve()

    con = duckdb.connect(str(warehouse))
    key, version, article_id = con.execute(
        "select p.article_key, p.extractor_version, a.article_id from extraction.processed p "
        "join intermediate.int_articles_deduplicated a using (article_key) "
        "where p.relation_count > 0 and a.duplicate_of_article_id is null order by 1 limit 1").fetchone()
    con.execute("""
        insert into extraction.relations values
            (?, ?, 'GBR', 'acme-ai', 'partnership', [], null, null, 'Bad row: unknown company.', 0.9, 98),
            (?, ?, 'XXX', 'openai', 'partnership', [], null, null, 'Bad row: unknown country.', 0.9, 99)
    """, [key, version, key, version])
    con.execute("update extraction.processed set extracted_at = now() where article_key = ?", [key])
    con.close()

    sources = tmp_path / "none.yml"
    sources.write_text("sources: []\n")
    args = ("run", "--date", "2025-11-21", "--sources", str(sources), "--data-dir", str(data_dir),
            "--warehouse", str(warehouse))
    result = run_cli(*args, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    message = result.stderr.replace("\n", " ")
    assert "validate_marts" in message and "quality gate failed" in message
    assert "expect_column_values_to_be_in_set" in message and article_id in message
    assert "XXX" in message or "acme-ai" in message

    report = json.loads((data_dir / "reports" / "run-2025-11-21" / "quality_marts.json").read_text())
    assert not report["passed"]
    failing = {(s["suite"], f["expectation"], f["column"]): f["rows"]
               for s in report["suites"] for f in s["failures"] if f["severity"] == "critical"}
    rows = failing[("marts.fct_partnership_mentions", "expect_column_values_to_be_in_set", "organization_id")]
    assert {"article_id": article_id, "country_iso3": "GBR", "organization_id": "acme-ai"} in rows
    rows = failing[("marts.fct_partnership_mentions", "expect_column_values_to_be_in_set", "country_iso3")]
    assert rows[0]["country_iso3"] == "XXX"
    assert ("marts.fct_partnerships", "expect_column_values_to_be_in_set", "organization_id") in failing
    assert (data_dir / "gx" / "uncommitted" / "validations").is_dir()

    # nothing was published
    assert marts_snapshot(warehouse) == before
    assert parquet_files(data_dir) == parquet_before
    assert (data_dir / "dbt" / "docs").resolve() == docs_before

    # the extraction is fixed (the article re-extracted without the bad rows): the next run publishes
    # exactly what was published before, snapshot history included
    con = duckdb.connect(str(warehouse))
    con.execute("delete from extraction.relations where evidence like 'Bad row:%'")
    con.execute("update extraction.processed set extracted_at = now() where article_key = ?", [key])
    con.close()
    result = run_cli(*args, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert marts_snapshot(warehouse) == before
