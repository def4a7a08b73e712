"""The expectation suites on small pandas frames: each bad input is caught, named, with its rows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from pactwatch.validate import suites
from pactwatch.validate.gx_runner import GateFailed, gx_context, run_suite, write_gate_report

COUNTRIES = ["FRA", "GBR", "USA"]
ORGANIZATIONS = ["mistral-ai", "openai"]


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    return gx_context(tmp_path_factory.mktemp("gx"))


def failures_by_type(result):
    return {(f.expectation, f.column or ",".join(f.columns or [])): f for f in result.failures}


def test_bad_raw_batch_names_each_failing_expectation_and_its_rows(context):
    future = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    frame = pd.DataFrame({
        "line_no": [1, 2, 3, 4],
        "url": ["https://a/1", "https://a/1", "https://a/3", None],
        "title": ["t", "t", None, "t"],
        "body": ["b", "b", "b", "b"],
        "language": ["en", "en", "fr", "xx"],
        "published_at": ["2025-01-01T00:00:00+00:00", future, None, "2025-01-01T00:00:00+00:00"],
        "fetched_at": ["2025-01-01T00:00:00+00:00"] * 4,
    })
    suite = suites.raw_suite()
    result = run_suite(context, "raw_articles.test", suites.derived_columns("raw_articles", frame),
                       suite.expectations, "run-test", index=suite.index)
    found = failures_by_type(result)
    assert found[("expect_column_values_to_be_unique", "url")].rows == [
        {"url": "https://a/1", "line_no": 1}, {"url": "https://a/1", "line_no": 2}]
    assert found[("expect_column_values_to_not_be_null", "url")].rows == [{"url": None, "line_no": 4}]
    assert found[("expect_column_values_to_not_be_null", "title")].rows[0]["line_no"] == 3
    assert found[("expect_column_values_to_be_in_set", "published_in_future")].rows[0]["line_no"] == 2
    assert found[("expect_column_values_to_be_in_set", "language")].examples == ["xx"]
    assert all(f.severity == "critical" for f in result.critical) and len(result.critical) == 5
    with pytest.raises(GateFailed) as failed:
        raise GateFailed([result])
    assert "raw_articles.test: expect_column_values_to_be_unique on 'url'" in str(failed.value) or \
        "expect_column_values_to_not_be_null" in str(failed.value)


def test_mentions_with_unknown_codes_bad_confidence_and_duplicate_keys_fail_critically(context):
    frame = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a3"],
        "country_iso3": ["GBR", "XXX", "FRA", "FRA"],
        "organization_id": ["openai", "openai", "acme-ai", "acme-ai"],
        "relation_type": ["partnership"] * 4,
        "confidence": [0.9, 1.5, 0.5, 0.5],
        "evidence": ["e"] * 4,
    })
    suite = suites.mart_suites(COUNTRIES, ORGANIZATIONS, {})["fct_partnership_mentions"]
    result = run_suite(context, "marts.fct_partnership_mentions.test", frame, suite.expectations, "run-test",
                       index=suite.index)
    found = failures_by_type(result)
    assert found[("expect_column_values_to_be_in_set", "country_iso3")].rows == [
        {"article_id": "a2", "country_iso3": "XXX", "organization_id": "openai"}]
    assert {r["article_id"] for r in found[("expect_column_values_to_be_in_set", "organization_id")].rows} == {"a3"}
    assert found[("expect_column_values_to_be_between", "confidence")].rows[0]["article_id"] == "a2"
    unique = found[("expect_compound_columns_to_be_unique", "article_id,country_iso3,organization_id")]
    assert unique.unexpected_count == 2
    message = str(GateFailed([result]))
    assert message.startswith("quality gate failed: marts.fct_partnership_mentions.test: ")
    assert "a2" in message or "a3" in message


def test_partnerships_reported_last_before_first_fail_and_row_count_change_only_warns(context):
    frame = pd.DataFrame({
        "country_iso3": ["GBR", "FRA"], "organization_id": ["openai", "mistral-ai"],
        "first_reported_at": pd.to_datetime(["2025-01-02", "2025-01-01"], utc=True),
        "last_reported_at": pd.to_datetime(["2025-01-01", "2025-01-05"], utc=True),
        "article_count": [1, 2], "source_count": [1, 1], "max_confidence": [0.8, 0.9],
    })
    suite = suites.mart_suites(COUNTRIES, ORGANIZATIONS, {"fct_partnerships": 1000})["fct_partnerships"]
    result = run_suite(context, "marts.fct_partnerships.test", frame, suite.expectations, "run-test",
                       index=suite.index)
    found = failures_by_type(result)
    order = found[("expect_column_pair_values_a_to_be_greater_than_b", "last_reported_at,first_reported_at")]
    assert order.severity == "critical" and order.rows[0]["country_iso3"] == "GBR"
    rows = found[("expect_table_row_count_to_be_between", "")]
    assert rows.severity == "warning" and rows in result.warnings


def test_warnings_alone_do_not_fail_and_the_report_is_stored(context, tmp_path):
    frame = pd.DataFrame({"source_id": ["wire"], "crawl_date": [pd.Timestamp("2025-01-01")],
                          "error_rate": [0.9], "failed_batch_count": [1]})
    suite = suites.mart_suites(COUNTRIES, ORGANIZATIONS, {})["agg_source_health"]
    result = run_suite(context, "marts.agg_source_health.test", frame, suite.expectations, "run-test",
                       index=suite.index)
    assert not result.critical and len(result.warnings) == 2
    report = json.loads(write_gate_report(tmp_path / "quality.json", "marts", "run-test", [result]).read_text())
    assert report["passed"] and report["suites"][0]["failures"][0]["severity"] == "warning"


def test_every_mart_has_a_suite_with_critical_and_row_count_checks():
    built = suites.mart_suites(COUNTRIES, ORGANIZATIONS, {name: 10 for name in (
        "fct_articles", "fct_partnership_mentions", "fct_policy_events", "fct_partnerships",
        "agg_country_partnerships", "fct_country_daily", "agg_country_organization_matrix", "agg_source_health",
        "dim_country", "dim_organization")})
    assert set(built) >= {"fct_articles", "fct_partnership_mentions", "fct_policy_events", "fct_partnerships",
                          "agg_country_partnerships", "fct_country_daily", "agg_country_organization_matrix",
                          "agg_source_health", "dim_country", "dim_organization", "fct_partnerships_snapshot"}
    for name, suite in built.items():
        severities = {e.severity for e in suite.expectations}
        assert "critical" in {getattr(s, "value", s) for s in severities}, name
        types = {e.expectation_type for e in suite.expectations}
        if name != "fct_partnerships_snapshot":
            assert "expect_table_row_count_to_be_between" in types, name
