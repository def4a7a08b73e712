"""The daily digest: new partnerships per country, Markdown and HTML, idempotent per day."""

from __future__ import annotations

from datetime import date, datetime

import duckdb
import pytest

from pactwatch.orchestration.digest import write_digest

ROWS = [
    ("GBR", "openai", "OpenAI", "USA", False, datetime(2026, 11, 2), 3, 2, "The UK signed an MoU with OpenAI.",
     "http://news/1"),
    ("FRA", "mistral", "Mistral AI", "FRA", True, datetime(2026, 10, 1), 1, 1, "France <and> Mistral agree.",
     "http://news/2?a=1&b=2"),
]


def make_warehouse(path, rows):
    con = duckdb.connect(str(path))
    con.execute("create schema if not exists marts")
    con.execute("create or replace table marts.dim_country as select * from (values "
                "('GBR', 'United Kingdom'), ('FRA', 'France'), ('DEU', 'Germany')) t(country_iso3, country_name)")
    con.execute("""create or replace table marts.fct_partnerships (country_iso3 varchar, organization_id varchar,
        organization_name varchar, organization_hq_iso3 varchar, is_domestic boolean, first_reported_at timestamp,
        article_count integer, source_count integer, latest_evidence varchar, latest_url varchar)""")
    if rows:
        con.executemany("insert into marts.fct_partnerships values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()


def test_first_digest_lists_every_partnership_per_country(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    make_warehouse(warehouse, ROWS)
    out = write_digest(warehouse, tmp_path, date(2026, 11, 28))
    assert out["new_partnerships"] == 2 and out["countries"] == 2
    md = (tmp_path / "digests" / "2026-11-28.md").read_text()
    assert md.startswith("# pactwatch digest, 2026-11-28")
    assert "## United Kingdom (GBR): 1 new" in md and "**OpenAI (HQ USA)**" in md
    assert "## France (FRA): 1 new" in md and "Mistral AI (domestic)" in md
    html = (tmp_path / "digests" / "2026-11-28.html").read_text()
    assert "<h2>United Kingdom (GBR): 1 new</h2>" in html
    assert "France &lt;and&gt; Mistral" in html and 'href="http://news/2?a=1&amp;b=2"' in html
    assert (tmp_path / "digests" / "latest.md").read_text() == md


def test_next_day_lists_only_new_pairs_and_rewriting_a_day_is_idempotent(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    make_warehouse(warehouse, ROWS)
    write_digest(warehouse, tmp_path, "2026-11-28")
    make_warehouse(warehouse, ROWS + [("DEU", "openai", "OpenAI", "USA", False, datetime(2026, 11, 28), 1, 1,
                                       "Germany pilots OpenAI.", "http://news/3")])
    first = write_digest(warehouse, tmp_path, "2026-11-29")
    text = (tmp_path / "digests" / "2026-11-29.md").read_text()
    assert first["new_partnerships"] == 1
    assert "Germany (DEU): 1 new" in text and "United Kingdom" not in text
    assert "since the digest of 2026-11-28" in text
    again = write_digest(warehouse, tmp_path, "2026-11-29")
    assert again == first and (tmp_path / "digests" / "2026-11-29.md").read_text() == text


def test_a_backfilled_older_day_leaves_latest_alone(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    make_warehouse(warehouse, ROWS)
    write_digest(warehouse, tmp_path, "2026-11-28")
    latest = (tmp_path / "digests" / "latest.md").read_text()
    write_digest(warehouse, tmp_path, "2026-11-20")
    assert (tmp_path / "digests" / "2026-11-20.md").exists()
    assert (tmp_path / "digests" / "latest.md").read_text() == latest


def test_no_new_partnerships_says_so(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    make_warehouse(warehouse, [])
    assert write_digest(warehouse, tmp_path, "2026-11-28")["new_partnerships"] == 0
    assert "No new partnerships today." in (tmp_path / "digests" / "2026-11-28.md").read_text()


def test_no_published_marts_is_a_clear_error(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    duckdb.connect(str(warehouse)).close()
    with pytest.raises(RuntimeError, match="no published marts.fct_partnerships"):
        write_digest(warehouse, tmp_path, "2026-11-28")
