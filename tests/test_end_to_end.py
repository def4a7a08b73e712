"""The whole chain on the sample site: crawl → load → GX → extract → dbt → GX → publish."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import marts_snapshot, run_cli

pytestmark = pytest.mark.slow
ANCHOR = "royaume-uni-openai-partenariat-strategique"


def query(warehouse: Path, sql: str, params=None):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_demo_prints_a_summary(demo_run):
    data_dir, result = demo_run
    out = result.stdout
    assert "articles crawled: 65 new" in out   # every sample article, once, whichever feed listed it
    top = next(line for line in out.splitlines() if line.startswith("top countries by partners:"))
    assert re.search(r"[A-Z]{3} \(\d+\)", top)
    assert str(data_dir / "warehouse.duckdb") in out


def test_french_anchor_article_gives_uk_partnerships_and_no_france_openai(demo_run):
    warehouse = demo_run[0] / "warehouse.duckdb"
    rows = query(warehouse, "select country_iso3, organization_id, evidence, language, confidence "
                            "from marts.fct_partnership_mentions where url like ?", [f"%{ANCHOR}%"])
    pairs = {(r[0], r[1]) for r in rows}
    assert {("GBR", "openai"), ("GBR", "google"), ("GBR", "anthropic")} <= pairs
    assert ("FRA", "openai") not in pairs
    evidence = next(r[2] for r in rows if r[:2] == ("GBR", "openai"))
    assert "OpenAI" in evidence and "partenariat" in evidence.lower()
    assert all(r[3] == "fr" and 0 <= r[4] <= 1 for r in rows)


def test_partnerships_table_has_the_uk_openai_row(demo_run):
    warehouse = demo_run[0] / "warehouse.duckdb"
    [(first, last, articles, sources)] = query(
        warehouse, "select first_reported_at, last_reported_at, article_count, source_count "
                   "from marts.fct_partnerships where country_iso3 = 'GBR' and organization_id = 'openai'")
    assert first <= last and articles >= 1 and sources >= 1


def test_hard_negatives_are_absent(demo_run):
    warehouse = demo_run[0] / "warehouse.duckdb"
    # A regulator's fine, a company-to-company deal, failed talks… must not become partnerships.
    from pactwatch.sample_site.render import load_articles

    negatives = [a for a in load_articles() if a.negative_kind]
    assert negatives
    for article in negatives:
        rows = query(warehouse, "select country_iso3, organization_id from marts.fct_partnership_mentions "
                                "where url like ?", [f"%/{article.slug}.html"])
        assert rows == [], f"{article.slug} ({article.negative_kind}) gave {rows}"


def test_every_contract_mart_is_published_as_table_and_parquet(demo_run):
    data_dir = demo_run[0]
    warehouse = data_dir / "warehouse.duckdb"
    for table in ("fct_articles", "fct_partnership_mentions", "fct_partnerships", "dim_country", "dim_organization"):
        assert query(warehouse, f"select count(*) from marts.{table}")[0][0] > 0
        assert (data_dir / "marts" / f"{table}.parquet").exists()
    schemas = {r[0] for r in query(warehouse, "select schema_name from information_schema.schemata")}
    assert {"raw", "staging", "intermediate", "marts"} <= schemas
    summary = json.loads(next((data_dir / "reports").glob("*/summary.json")).read_text())
    assert summary["status"] == "ok"
    assert (data_dir / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html").exists()


def test_rerun_of_the_same_day_changes_nothing(demo_run, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    warehouse = data_dir / "warehouse.duckdb"
    before = marts_snapshot(warehouse)
    # A new demo serves the site on another port: the same articles must still be recognised.
    result = run_cli("demo", "--data-dir", str(data_dir), "--warehouse", str(warehouse), "--date", "2025-11-20")
    assert "articles crawled: 0 new" in result.stdout
    assert marts_snapshot(warehouse) == before


def test_failed_raw_gate_stops_before_publish_and_keeps_published_marts(demo_run, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    warehouse = data_dir / "warehouse.duckdb"
    before = marts_snapshot(warehouse)
    parquet_before = {p.name: p.read_bytes() for p in (data_dir / "marts").glob("*.parquet")}
    bad = data_dir / "raw" / "dt=2025-11-21" / "source=bad-source"
    bad.mkdir(parents=True)
    article = {"run_id": "run-2025-11-21", "source_id": "bad-source", "url": "http://bad/a", "title": "T",
               "body": "The UK government signed an agreement with OpenAI.", "language": "en",
               "published_at": "2999-01-01T00:00:00+00:00", "fetched_at": "2025-11-21T00:00:00+00:00"}
    (bad / "articles-1.jsonl").write_text(json.dumps(article) + "\n" + json.dumps(article) + "\n")
    sources = tmp_path / "none.yml"
    sources.write_text("sources: []\n")
    result = run_cli("run", "--date", "2025-11-21", "--sources", str(sources), "--data-dir", str(data_dir),
                     "--warehouse", str(warehouse), check=False)
    assert result.returncode == 1
    message = result.stderr.replace("\n", " ")
    assert "validate_raw" in message and "quality gate failed" in message
    assert "expect_column_values_to_be_unique" in message or "published_in_future" in message
    assert marts_snapshot(warehouse) == before
    assert {p.name: p.read_bytes() for p in (data_dir / "marts").glob("*.parquet")} == parquet_before


def test_a_failing_source_gives_a_partial_run_and_keeps_the_rest(demo_run, tmp_path):
    import socket

    from pactwatch.sample_site.server import sample_sources_yaml, serve_sample_site

    data_dir = tmp_path / "data"
    shutil.copytree(demo_run[0], data_dir, symlinks=True)
    warehouse = data_dir / "warehouse.duckdb"
    articles_before = query(warehouse, "select count(*) from marts.fct_articles")[0][0]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    with serve_sample_site() as base_url:
        sources = tmp_path / "sources.yml"
        sources.write_text(sample_sources_yaml(base_url)
                           + f"  - id: dead-site\n    kind: feed\n    url: http://127.0.0.1:{dead_port}/feed.xml\n")
        result = run_cli("run", "--date", "2025-11-22", "--sources", str(sources), "--data-dir", str(data_dir),
                         "--warehouse", str(warehouse), check=False)
    assert result.returncode == 3, result.stderr
    assert "sources that failed: dead-site" in result.stdout
    assert query(warehouse, "select count(*) from marts.fct_articles")[0][0] == articles_before
    assert query(warehouse, "select count(*) from raw.crawl_log where source_id = 'dead-site' and outcome = 'error'")[0][0] == 1
