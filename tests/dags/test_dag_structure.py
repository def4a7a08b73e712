"""The DAG files parse fast and clean, and describe the pipeline as documented (no run, no DB)."""

from __future__ import annotations

import json
import time
import warnings
from datetime import timedelta

import pytest

from tests.dags.conftest import DAGS

PIPELINE = ["list_sources", "crawl", "load", "validate_raw", "extract"]
AFTER_DBT = ["validate_marts", "publish", "run_summary"]
WRITERS = {"load", "validate_raw", "extract", "validate_marts", "publish"}


def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        started = time.perf_counter()
        bag = DagBag(dag_folder=str(DAGS))
        seconds = time.perf_counter() - started
    return bag, seconds, [str(w.message) for w in caught]


@pytest.fixture
def bag(pactwatch_env):
    bag, _, _ = dagbag()
    assert not bag.import_errors, bag.import_errors
    return bag


def test_dagbag_imports_without_errors_or_warnings_in_under_two_seconds(pactwatch_env):
    dagbag()   # warm: the first parse in a process also pays for importing Airflow's task SDK
    bag, seconds, caught = dagbag()
    assert bag.import_errors == {}
    assert bag.captured_warnings == {}
    assert caught == []
    assert set(bag.dags) == {"policy_news_daily", "policy_news_digest"}
    assert seconds < 2.0, f"parsing dags/ took {seconds:.2f}s"
    for stat in bag.dagbag_stats:
        assert stat.duration < timedelta(seconds=2), stat


def test_daily_dag_settings(bag, pactwatch_env):
    dag = bag.dags["policy_news_daily"]
    assert dag.schedule == "0 6 * * *" and dag.timetable.expression == "0 6 * * *"
    assert dag.catchup is False
    assert dag.max_active_runs == 1
    assert dag.owner == "pactwatch"
    assert {"pactwatch", "policy-news"} <= set(dag.tags)
    assert "validate_marts" in dag.doc_md and "backfill" in dag.doc_md
    params = dag.params.dump()
    assert params["warehouse"] == pactwatch_env["PACTWATCH_WAREHOUSE"]
    assert params["sources_file"].endswith("sources.yml")
    assert params["reprocess"] is False
    for task in dag.tasks:
        assert task.retry_exponential_backoff, task.task_id
        assert task.execution_timeout is not None, task.task_id
        assert task.owner == "pactwatch"
    assert dag.get_task("crawl").retries == 1          # PACTWATCH_TASK_RETRIES in the tests
    assert dag.get_task("list_sources").retries == 0   # a broken sources file is not retried
    assert dag.get_task("crawl").execution_timeout == timedelta(hours=4)


def test_schedule_and_defaults_come_from_the_environment(pactwatch_env, monkeypatch, tmp_path):
    sources = tmp_path / "my_sources.yml"
    monkeypatch.setenv("PACTWATCH_SCHEDULE", "30 4 * * *")
    monkeypatch.setenv("PACTWATCH_SOURCES", str(sources))
    dag = dagbag()[0].dags["policy_news_daily"]
    assert dag.timetable.expression == "30 4 * * *"
    assert dag.params.dump()["sources_file"] == str(sources)
    monkeypatch.setenv("PACTWATCH_SCHEDULE", "none")
    assert dagbag()[0].dags["policy_news_daily"].schedule is None


def test_task_order(bag):
    dag = bag.dags["policy_news_daily"]
    for upstream, downstream in zip(PIPELINE, PIPELINE[1:], strict=False):
        assert dag.get_task(upstream).downstream_task_ids == {downstream}, upstream
    assert dag.get_task("crawl").is_mapped          # one task instance per source, at run time
    assert dag.get_task("load").trigger_rule == "all_done_min_one_success"
    dbt_tasks = {t.task_id for t in dag.tasks if t.task_id.startswith("dbt.")}
    first_dbt = dag.get_task("extract").downstream_task_ids
    assert first_dbt and first_dbt <= dbt_tasks
    last_dbt = dag.get_task("validate_marts").upstream_task_ids
    assert last_dbt and last_dbt <= dbt_tasks
    for upstream, downstream in zip(AFTER_DBT, AFTER_DBT[1:], strict=False):
        assert dag.get_task(upstream).downstream_task_ids == {downstream}, upstream
    assert dag.get_task("run_summary").trigger_rule == "all_done"
    assert dag.get_task("run_summary").downstream_task_ids == set()
    # Every dbt task sits between extract and validate_marts.
    for task_id in dbt_tasks:
        assert "extract" in dag.get_task(task_id).get_flat_relative_ids(upstream=True), task_id
        assert "validate_marts" in dag.get_task(task_id).get_flat_relative_ids(upstream=False), task_id


def test_every_task_that_opens_the_warehouse_runs_in_the_one_slot_pool(bag):
    dag = bag.dags["policy_news_daily"]
    in_pool = {t.task_id for t in dag.tasks if t.pool == "duckdb_writer"}
    dbt_tasks = {t.task_id for t in dag.tasks if t.task_id.startswith("dbt.")}
    assert in_pool == WRITERS | dbt_tasks
    assert {t.pool for t in dag.tasks if t.task_id in {"list_sources", "crawl", "run_summary"}} == {"default_pool"}
    assert bag.dags["policy_news_digest"].get_task("write_digest").pool == "duckdb_writer"


def test_dbt_project_rendered_by_cosmos_one_run_and_test_task_per_model(bag, dbt_manifest):
    dag = bag.dags["policy_news_daily"]
    manifest = json.loads(dbt_manifest.read_text())
    models = {n["name"] for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    tested = {dep.split(".")[-1] for n in manifest["nodes"].values() if n["resource_type"] == "test"
              and len(n["depends_on"]["nodes"]) == 1 for dep in n["depends_on"]["nodes"]}
    ids = {t.task_id for t in dag.tasks}
    for model in models:
        if model in tested:
            assert {f"dbt.{model}.run", f"dbt.{model}.test"} <= ids, model
            assert f"dbt.{model}.test" in dag.get_task(f"dbt.{model}.run").downstream_task_ids
        else:
            assert f"dbt.{model}.run" in ids or f"dbt.{model}_run" in ids, model
    assert "fct_partnerships" in models
    run = dag.get_task("dbt.fct_partnerships.run")
    assert run.dbt_executable_path.endswith("pactwatch-dbt")   # dbt under the warehouse writer lock
    assert run.invocation_mode.value == "subprocess"
    assert run.env == {"PACTWATCH_WAREHOUSE": "{{ params.warehouse }}"}
    assert run.append_env is True
    assert run.emit_datasets is False   # only `publish` updates an Asset
    assert "env" in run.template_fields


def test_test_behavior_can_be_switched_to_one_build_task_per_model(pactwatch_env, monkeypatch):
    monkeypatch.setenv("PACTWATCH_DBT_TEST_BEHAVIOR", "build")
    ids = {t.task_id for t in dagbag()[0].dags["policy_news_daily"].tasks}
    assert "dbt.fct_partnerships_model_build" in ids
    assert "dbt.fct_partnerships.test" not in ids


def test_publish_updates_the_marts_asset_that_schedules_the_digest(bag):
    from airflow.sdk import Asset

    marts = Asset(name="pactwatch_marts", uri="pactwatch://warehouse/marts")
    assert marts in bag.dags["policy_news_daily"].get_task("publish").outlets
    digest = bag.dags["policy_news_digest"]
    assert digest.timetable.asset_condition.objects == (marts,)
    assert digest.max_active_runs == 1 and digest.catchup is False


def test_a_broken_sources_file_does_not_break_parsing(pactwatch_env, monkeypatch, tmp_path):
    broken = tmp_path / "sources.yml"
    broken.write_text("sources:\n  - id: x\n    kind: feed\n    colour: red\n", encoding="utf-8")
    monkeypatch.setenv("PACTWATCH_SOURCES", str(broken))
    bag, _, _ = dagbag()
    assert bag.import_errors == {}
    assert bag.dags["policy_news_daily"].params.dump()["sources_file"] == str(broken)


def test_a_missing_dbt_manifest_is_an_import_error_that_says_what_to_run(pactwatch_env, monkeypatch, tmp_path):
    monkeypatch.setenv("PACTWATCH_DBT_MANIFEST", str(tmp_path / "nope" / "manifest.json"))
    bag, _, _ = dagbag()
    (error,) = bag.import_errors.values()
    assert "python -m pactwatch.orchestration.dbt_manifest" in error
    assert "policy_news_digest" in bag.dags   # the other DAG is unaffected
