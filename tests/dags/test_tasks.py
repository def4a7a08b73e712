"""The task callables: run context, error handling (fail at once or retry), summary, writer lock."""

from __future__ import annotations

import json
import threading
import time
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest
from airflow.sdk.exceptions import AirflowFailException

from pactwatch.orchestration import tasks
from pactwatch.settings import RunContext
from pactwatch.warehouse import connect_read, write_lock


def test_run_context_uses_the_logical_date_and_the_params(tmp_path, monkeypatch):
    monkeypatch.setenv("PACTWATCH_DATA_DIR", str(tmp_path / "data"))
    ctx = tasks.run_context({
        "logical_date": datetime(2026, 3, 4, 6, tzinfo=timezone.utc),
        "params": {"sources_file": str(tmp_path / "s.yml"), "warehouse": str(tmp_path / "w.duckdb")},
    })
    assert ctx.run_date == date(2026, 3, 4)
    assert ctx.warehouse == tmp_path / "w.duckdb"
    assert ctx.sources_file == tmp_path / "s.yml"
    assert ctx.data_dir == tmp_path / "data"


def test_a_run_without_logical_date_uses_its_run_after_day():
    run = SimpleNamespace(run_after=datetime(2026, 5, 6, 23, 59, tzinfo=timezone.utc))
    assert tasks.run_date({"logical_date": None, "dag_run": run}) == date(2026, 5, 6)


def test_a_broken_sources_file_fails_at_once_naming_the_file_and_key(tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - id: wire\n    kind: feed\n    url: http://x/feed\n    colour: red\n")
    ctx = RunContext.build(run_date="2026-01-01", sources_file=sources, data_dir=tmp_path)
    with pytest.raises(AirflowFailException) as failed:   # not retried: a retry cannot fix the file
        tasks.list_sources(ctx)
    assert str(sources) in str(failed.value)
    assert "line 5" in str(failed.value) and "'colour'" in str(failed.value)


def test_list_sources_returns_the_enabled_ids(tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - id: a\n    kind: feed\n    url: http://x/a\n"
                       "  - id: b\n    kind: feed\n    url: http://x/b\n    enabled: false\n")
    ctx = RunContext.build(run_date="2026-01-01", sources_file=sources, data_dir=tmp_path)
    assert tasks.list_sources(ctx) == ["a"]


def test_run_summary_fails_a_partial_run_after_writing_the_summary(tmp_path):
    ctx = RunContext.build(run_date="2026-01-01", data_dir=tmp_path, warehouse=tmp_path / "w.duckdb")
    published = {"rows": {"fct_partnerships": 3}}
    with pytest.raises(AirflowFailException, match="partial run: the crawl of dead failed"):
        tasks.run_summary(ctx, ["ok", "dead"], {"ok": {"stored": 2}, "dead": None}, published)
    summary = json.loads(tasks.summary_path(ctx).read_text())
    assert summary["status"] == "partial" and summary["failed_sources"] == ["dead"]
    assert summary["published_rows"] == {"fct_partnerships": 3}

    result = tasks.run_summary(ctx, ["ok"], {"ok": {"stored": 2}}, published)
    assert result["status"] == "ok"
    with pytest.raises(AirflowFailException, match="not published"):
        tasks.run_summary(ctx, ["ok"], {"ok": {"stored": 2}}, None)


def test_a_step_waits_for_another_writer_instead_of_failing(tmp_path):
    """A warehouse held by another writer (a CLI run, say): the load task waits for the lock."""
    ctx = RunContext.build(run_date="2026-01-01", data_dir=tmp_path, warehouse=tmp_path / "w.duckdb")
    released = threading.Event()

    def other_writer():
        with write_lock(ctx.warehouse):
            time.sleep(2)
            released.set()

    holder = threading.Thread(target=other_writer)
    holder.start()
    time.sleep(0.3)
    started = time.monotonic()
    result = tasks.load(ctx)
    holder.join()
    assert released.is_set() and time.monotonic() - started >= 1.5
    assert result == {"batches": 0, "articles": 0, "crawl_log_rows": 0}
    with connect_read(ctx.warehouse) as con:   # the file is intact
        assert con.execute("select count(*) from raw.articles").fetchone() == (0,)


def test_a_whole_source_failure_fails_its_crawl_task_but_page_errors_do_not(tmp_path, monkeypatch):
    from collections import Counter

    from pactwatch.crawl import runner

    ctx = RunContext.build(run_date="2026-01-01", data_dir=tmp_path, warehouse=tmp_path / "w.duckdb")
    outcomes = {"dead": Counter(error=3), "flaky": Counter(error=2, stored=5)}
    monkeypatch.setattr(runner, "crawl", lambda ctx, source_ids: runner.CrawlSummary(
        by_source={source_ids[0]: outcomes[source_ids[0]]}))
    assert tasks.crawl_source(ctx, "flaky") == {"error": 2, "stored": 5}
    with pytest.raises(tasks.SourceFailed, match="'dead': 3 errors and no article") as failed:
        tasks.crawl_source(ctx, "dead")
    assert not isinstance(failed.value, AirflowFailException)   # retried by Airflow, with back-off


def test_the_digest_follows_the_publish_event_that_triggered_it(tmp_path, monkeypatch):
    from pactwatch.orchestration import digest

    calls = []
    monkeypatch.setattr(digest, "write_digest", lambda **kw: calls.append(kw) or {"ok": True})
    asset = object()
    event = SimpleNamespace(extra={"run_date": "2026-11-28", "warehouse": "/w/marts.duckdb", "data_dir": "/d"})
    manual = {"logical_date": datetime(2026, 12, 1, 9, tzinfo=timezone.utc),
              "params": {"warehouse": str(tmp_path / "w.duckdb")}}
    monkeypatch.setenv("PACTWATCH_DATA_DIR", str(tmp_path))
    tasks.write_digest({**manual, "triggering_asset_events": {asset: [event]}}, asset)
    tasks.write_digest(manual, asset)   # triggered by hand: its own params and date
    assert calls == [{"warehouse": "/w/marts.duckdb", "data_dir": "/d", "day": "2026-11-28"},
                     {"warehouse": tmp_path / "w.duckdb", "data_dir": tmp_path, "day": date(2026, 12, 1)}]
