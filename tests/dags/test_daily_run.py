"""`dag.test()` end to end on the bundled sample site, into a throwaway warehouse and data dir.

The runs themselves happen once, in the session fixture `daily_runs` (conftest.py): run 1 with
everything real, the digest DAG, run 2 of the same day with a dead source added, run 3 with a broken
sources file. Each test below checks one promise against those runs.
"""

from __future__ import annotations

import json

import pytest

from pactwatch.warehouse import connect_read
from tests.dags.conftest import states

# The first test to run sets up `daily_runs`: four dag.test() runs of ~60 dbt tasks each, which took
# 10 minutes a run on a slow 2-core machine (session 11), past pytest-timeout's default 900 s.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]


def test_first_run_succeeds_and_publishes_the_marts(daily_runs):
    run = daily_runs["first"]
    st = states(run)
    assert run["state"] == "success", {k: v for k, v in st.items() if v != "success"}
    assert set(st.values()) == {"success"}
    assert {"crawl[policywire]", "crawl[policywire-latest]"} <= set(st)   # mapped tasks named by source
    assert any(k.startswith("dbt.") and k.endswith(".test") for k in st)  # dbt tests ran as their own tasks
    with connect_read(daily_runs["warehouse"]) as con:
        assert con.execute("select count(*) from marts.fct_articles").fetchone()[0] > 0
        assert con.execute("select count(*) from marts.fct_partnerships where country_iso3 = 'GBR' "
                           "and organization_id = 'openai'").fetchone()[0] == 1
    summary = daily_runs["summary_after_first"]
    assert summary["status"] == "ok" and summary["failed_sources"] == []
    print(f"dag.test() run 1 took {run['seconds']}s")


def test_digest_dag_writes_markdown_and_html_after_publish(daily_runs):
    assert daily_runs["digest"]["state"] == "success"
    md = (daily_runs["data_dir"] / "digests" / "2026-11-28.md").read_text()
    html = (daily_runs["data_dir"] / "digests" / "2026-11-28.html").read_text()
    assert "(GBR):" in md and "OpenAI" in md
    assert "(GBR):" in html and html.lstrip().startswith("<!doctype html>")


def test_second_run_of_the_same_day_leaves_the_marts_unchanged(daily_runs):
    first, second = dict(daily_runs["marts_after_first"]), dict(daily_runs["marts_after_second"])
    assert first and "fct_partnerships" in first
    # The rerun also had a dead source: source health rightly records its failure, and nothing else moves.
    health_before, health_after = first.pop("agg_source_health"), second.pop("agg_source_health")
    assert second == first   # same tables, rows, raw articles and extraction bookkeeping
    added = set(health_after[1]) - set(health_before[1])
    assert set(health_before[1]) <= set(health_after[1]) and added and all("'deadsite'" in row for row in added)
    st = states(daily_runs["second"])
    assert st["load"] == st["extract"] == st["publish"] == "success"
    dbt_tasks = {k: v for k, v in st.items() if k.startswith("dbt.")}
    assert dbt_tasks and set(dbt_tasks.values()) == {"success"}   # dbt really ran again


def test_a_dead_source_fails_alone_and_the_rest_of_the_run_completes(daily_runs):
    run = daily_runs["second"]
    st = states(run)
    assert st["crawl[deadsite]"] == "failed"
    assert st["crawl[policywire]"] == st["crawl[policywire-latest]"] == "success"
    dead = next(t for t in run["tis"] if t["task_id"] == "crawl" and t["rendered_map_index"] == "deadsite")
    assert dead["try_number"] == 2     # retried once (PACTWATCH_TASK_RETRIES=1 here), on its own
    for task in ("load", "validate_raw", "extract", "validate_marts", "publish"):
        assert st[task] == "success", task
    assert st["run_summary"] == "failed"          # the run is marked failed: partial
    assert run["state"] == "failed"
    assert "partial run: the crawl of deadsite failed" in run["log"]
    with connect_read(daily_runs["warehouse"]) as con:   # the crawl log keeps the error
        errors = con.execute("select count(*) from raw.crawl_log where source_id = 'deadsite' "
                             "and outcome = 'error'").fetchone()[0]
    assert errors >= 1
    summary = json.loads((daily_runs["data_dir"] / "reports" / "run-2026-11-28" / "summary.json").read_text())
    assert summary["status"] == "partial" and summary["failed_sources"] == ["deadsite"]


def test_a_broken_sources_file_fails_list_sources_with_file_and_key(daily_runs):
    run = daily_runs["broken_run"]
    st = states(run)
    assert st["list_sources"] == "failed"
    assert next(t for t in run["tis"] if t["task_id"] == "list_sources")["try_number"] == 1   # not retried
    assert st["load"] == st["publish"] == "upstream_failed"
    assert run["state"] == "failed"
    assert f"{daily_runs['broken']}, line 5, source 'policywire': unknown key 'colour'" in run["log"]
