"""The dbt project's shape: contracts on every mart, everything documented, tests and unit tests ran."""

from __future__ import annotations

import json

import pytest

from tests.dbt.helpers import sql

ANALYST_MARTS = {"fct_articles", "fct_partnership_mentions", "fct_policy_events", "fct_partnerships",
                 "agg_country_partnerships", "dim_country", "dim_organization", "fct_country_daily",
                 "agg_country_organization_matrix", "agg_source_health"}
# incremental strategy per model: replace_articles deletes and re-inserts every row of the changed
# articles (macros/incremental_changes.sql); the aggregates delete+insert the groups they touch
INCREMENTAL = {"int_articles_deduplicated": "replace_articles", "int_relations": "replace_articles",
               "int_partnership_mentions": "replace_articles", "fct_articles": "replace_articles",
               "fct_partnership_mentions": "replace_articles", "fct_policy_events": "replace_articles",
               "fct_partnerships": "delete+insert", "agg_country_organization_matrix": "delete+insert",
               "fct_country_daily": "delete+insert", "agg_source_health": "delete+insert"}


@pytest.fixture(scope="module")
def manifest(published_history):
    return json.loads((published_history.data_dir / "dbt" / "target" / "manifest.json").read_text())


@pytest.fixture(scope="module")
def run_results(published_history):
    return json.loads((published_history.data_dir / "dbt" / "target" / "run_results.json").read_text())


def nodes(manifest, resource_type):
    return {n["name"]: n for n in manifest["nodes"].values()
            if n["resource_type"] == resource_type and n["package_name"] == "pactwatch"}


def test_every_analyst_mart_has_an_enforced_contract_matching_the_warehouse(manifest, published_history):
    models = nodes(manifest, "model")
    assert ANALYST_MARTS <= set(models)
    for name in ANALYST_MARTS:
        node = models[name]
        assert node["config"]["contract"]["enforced"], name
        declared = {c: v["data_type"].lower() for c, v in node["columns"].items()}
        actual = dict(sql(published_history.warehouse,
                          "select column_name, lower(data_type) from information_schema.columns "
                          "where table_schema = 'marts' and table_name = ? order by ordinal_position", [name]))
        aliases = {"timestamp with time zone": "timestamp with time zone", "varchar[]": "varchar[]"}
        assert {c: aliases.get(t, t) for c, t in declared.items()} == actual, name


def test_every_model_snapshot_and_column_is_documented(manifest, published_history):
    documented = {**nodes(manifest, "model"), **nodes(manifest, "snapshot"), **nodes(manifest, "seed")}
    schemas = {"staging", "intermediate", "marts_candidate", "reference"}
    for name, node in documented.items():
        assert node["description"].strip(), f"{name} has no description"
        if node["schema"] not in schemas:
            continue
        columns = [r[0] for r in sql(published_history.warehouse,
                                     "select column_name from information_schema.columns "
                                     "where table_schema = ? and table_name = ?", [node["schema"], name])]
        assert columns, name
        for column in columns:
            assert node["columns"].get(column, {}).get("description", "").strip(), f"{name}.{column} undocumented"


def test_staging_has_one_model_per_raw_table_and_sources_have_freshness(manifest):
    sources = {s["name"]: s for s in manifest["sources"].values()}
    assert set(sources) == {"articles", "batches", "crawl_log", "relations", "processed"}
    staged = {n for n in nodes(manifest, "model") if n.startswith("stg_")}
    assert staged == {"stg_raw__articles", "stg_raw__batches", "stg_raw__crawl_log",
                      "stg_extraction__relations", "stg_extraction__processed"}
    for name in ("articles", "batches", "crawl_log", "processed"):
        freshness = sources[name]["freshness"]
        assert freshness and freshness["warn_after"]["count"], name
        assert sources[name]["loaded_at_field"], name


def test_big_models_are_incremental_with_a_unique_key(manifest):
    models = nodes(manifest, "model")
    for name, strategy in INCREMENTAL.items():
        config = models[name]["config"]
        assert config["materialized"] == "incremental", name
        assert config["unique_key"] and config["incremental_strategy"] == strategy, name


def test_the_build_ran_unit_tests_data_tests_and_the_snapshot(manifest, run_results):
    statuses = {r["unique_id"]: r["status"] for r in run_results["results"]}
    unit_tests = [u for u in manifest["unit_tests"]]
    assert len(unit_tests) >= 9
    assert all(statuses.get(u) == "pass" for u in unit_tests)
    tests = [u for u, s in statuses.items() if u.startswith("test.")]
    assert len(tests) >= 60 and all(statuses[t] in ("pass", "warn") for t in tests)
    assert statuses["snapshot.pactwatch.fct_partnerships_snapshot"] == "success"
    exposures = {e["name"] for e in manifest["exposures"].values()}
    assert exposures == {"partners_of_a_country", "countries_of_a_company", "new_partnerships_this_week",
                         "foreign_dependence_ranking"}
