"""The expectation suites, written as code: one for each raw batch and one for each mart.

Severity per expectation: `critical` stops the run before publish, `warning` is reported (run
summary, Data Docs). Each suite names the key columns that identify a failing row (`index`), so a
gate failure says which expectation failed and on which rows.

Some checks need a value computed from several columns (a date in the future, counts that must
add up); the gate adds them to the frame as boolean columns (see `derived_columns`) and the suite
expects them to be False/True.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pandas as pd
from great_expectations import expectations as gxe

from pactwatch.crawl.article import SUPPORTED_LANGUAGES
from pactwatch.extract.lexicon import RELATION_TYPES

CRITICAL, WARNING = "critical", "warning"
ORGANIZATION_KINDS = ["frontier_lab", "big_tech", "cloud", "chips", "defence_ai", "national_champion",
                      "applied_ai", "research_lab"]
# Row-count change versus the previous publish that is reported (never blocking): a mart that
# lost more than 10 % of its rows, or more than doubled, is worth a look.
ROW_COUNT_MIN_RATIO, ROW_COUNT_MAX_RATIO, ROW_COUNT_SLACK = 0.9, 2.0, 100


@dataclass
class Suite:
    """What a gate validates for one table: the columns it reads, the expectations, the row ids."""

    name: str
    columns: list[str]
    expectations: list
    index: list[str] = field(default_factory=list)
    where: str | None = None      # SQL filter when the suite looks at part of the table


def _future(values: pd.Series, days: float = 1.0) -> pd.Series:
    stamps = pd.to_datetime(values, utc=True, errors="coerce", format="ISO8601")
    return (stamps > datetime.now(UTC) + timedelta(days=days)).fillna(False).astype(bool)


def derived_columns(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Add the computed boolean columns a table's suite expects."""
    if table == "raw_articles":
        frame["published_in_future"] = _future(frame["published_at"])
    elif table == "fct_articles":
        frame["published_in_future"] = _future(frame["published_at"])
    elif table == "fct_country_daily":
        dates = pd.to_datetime(frame["report_date"], errors="coerce")
        frame["date_in_future"] = (dates > pd.Timestamp(datetime.now(UTC).date() + timedelta(days=1))).astype(bool)
    elif table == "agg_country_partnerships":
        frame["counts_add_up"] = (frame["domestic_partner_count"] + frame["foreign_partner_count"]
                                  == frame["partner_count"]).astype(bool)
    return frame


def row_count_change(previous_rows: int | None) -> list:
    """Warning when the row count moved too far from the previous publish."""
    if not previous_rows:
        return []
    return [gxe.ExpectTableRowCountToBeBetween(
        min_value=math.floor(previous_rows * ROW_COUNT_MIN_RATIO),
        max_value=math.ceil(previous_rows * ROW_COUNT_MAX_RATIO) + ROW_COUNT_SLACK,
        severity=WARNING)]


def _codes(column: str, countries: list[str]) -> list:
    return [gxe.ExpectColumnValuesToNotBeNull(column=column, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column=column, value_set=countries, severity=CRITICAL)]


def _organizations(column: str, organizations: list[str]) -> list:
    return [gxe.ExpectColumnValuesToNotBeNull(column=column, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column=column, value_set=organizations, severity=CRITICAL)]


def _first_before_last(first: str = "first_reported_at", last: str = "last_reported_at") -> list:
    return [gxe.ExpectColumnPairValuesAToBeGreaterThanB(
        column_A=last, column_B=first, or_equal=True, ignore_row_if="either_value_is_missing", severity=CRITICAL)]


def _confidence(column: str = "confidence") -> list:
    return [gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0, max_value=1, severity=CRITICAL)]


# --- raw ---------------------------------------------------------------------------------------

def raw_articles() -> list:
    """One crawled batch (one source's articles from one crawl) before it may reach the marts."""
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="url", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="url", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="title", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="body", severity=CRITICAL),
        gxe.ExpectColumnValueLengthsToBeBetween(column="body", min_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(SUPPORTED_LANGUAGES), severity=CRITICAL),
        # `published_in_future` is computed when the batch is read: published_at > now + 1 day.
        gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False], severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="published_at", mostly=0.8, severity=WARNING),
        gxe.ExpectColumnValuesToNotBeNull(column="fetched_at", severity=WARNING),
    ]


def raw_suite() -> Suite:
    return Suite("raw_articles", ["line_no", "url", "title", "body", "language", "published_at", "fetched_at"],
                 raw_articles(), index=["line_no"])


# --- marts -------------------------------------------------------------------------------------

def fct_articles(previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="article_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="url", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="url", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="source_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(SUPPORTED_LANGUAGES), severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="published_in_future", value_set=[False], severity=CRITICAL),
        *row_count_change(previous_rows),
    ]


def fct_partnership_mentions(countries: list[str], organizations: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=CRITICAL),
        gxe.ExpectCompoundColumnsToBeUnique(
            column_list=["article_id", "country_iso3", "organization_id"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        *_organizations("organization_id", organizations),
        gxe.ExpectColumnValuesToBeInSet(column="relation_type", value_set=["partnership", "procurement"],
                                        severity=CRITICAL),
        *_confidence(),
        gxe.ExpectColumnValuesToNotBeNull(column="evidence", severity=CRITICAL),
        *row_count_change(previous_rows),
    ]


def fct_policy_events(countries: list[str], organizations: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=CRITICAL),
        gxe.ExpectCompoundColumnsToBeUnique(
            column_list=["article_id", "country_iso3", "organization_id", "relation_type"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        *_organizations("organization_id", organizations),
        gxe.ExpectColumnValuesToBeInSet(column="relation_type", value_set=list(RELATION_TYPES), severity=CRITICAL),
        *_confidence(),
        *row_count_change(previous_rows),
    ]


def fct_partnerships(countries: list[str], organizations: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["country_iso3", "organization_id"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        *_organizations("organization_id", organizations),
        *_first_before_last(),
        gxe.ExpectColumnValuesToBeBetween(column="article_count", min_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="source_count", min_value=1, severity=CRITICAL),
        *_confidence("max_confidence"),
        *row_count_change(previous_rows),
    ]


def agg_country_partnerships(countries: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToBeUnique(column="country_iso3", severity=CRITICAL),
        *_codes("country_iso3", countries),
        gxe.ExpectColumnValuesToBeBetween(column="partner_count", min_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="counts_add_up", value_set=[True], severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="foreign_partner_share", min_value=0, max_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="us_partner_share", min_value=0, max_value=1, severity=CRITICAL),
        *_first_before_last(),
        *row_count_change(previous_rows),
    ]


def fct_country_daily(countries: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["country_iso3", "report_date"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        gxe.ExpectColumnValuesToNotBeNull(column="report_date", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="mention_count", min_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="date_in_future", value_set=[False], severity=CRITICAL),
        *row_count_change(previous_rows),
    ]


def agg_country_organization_matrix(countries: list[str], organizations: list[str],
                                    previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["country_iso3", "organization_id"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        *_organizations("organization_id", organizations),
        gxe.ExpectColumnValuesToBeBetween(column="event_count", min_value=1, severity=CRITICAL),
        *_first_before_last(),
        *row_count_change(previous_rows),
    ]


def agg_source_health(previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["source_id", "crawl_date"], severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="crawl_date", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="error_rate", min_value=0, max_value=1, severity=CRITICAL),
        # A source that fails half its pages is reported, not a reason to stop the run.
        gxe.ExpectColumnValuesToBeBetween(column="error_rate", max_value=0.5, severity=WARNING),
        gxe.ExpectColumnValuesToBeInSet(column="failed_batch_count", value_set=[0], severity=WARNING),
        *row_count_change(previous_rows),
    ]


def dim_country(previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="country_iso3", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="country_iso3", severity=CRITICAL),
        gxe.ExpectColumnValuesToMatchRegex(column="country_iso3", regex=r"^[A-Z]{3}$", severity=CRITICAL),
        gxe.ExpectColumnValuesToMatchRegex(column="country_iso2", regex=r"^[A-Z]{2}$", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="country_name", severity=CRITICAL),
        gxe.ExpectTableRowCountToBeBetween(min_value=240, severity=CRITICAL),
        *row_count_change(previous_rows),
    ]


def dim_organization(countries: list[str], previous_rows: int | None = None) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="organization_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="organization_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="organization_name", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="hq_country_iso3", value_set=countries, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=ORGANIZATION_KINDS, severity=WARNING),
        *row_count_change(previous_rows),
    ]


def fct_partnerships_snapshot(countries: list[str]) -> list:
    return [
        # one current version per partnership
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["country_iso3", "organization_id"], severity=CRITICAL),
        *_codes("country_iso3", countries),
        gxe.ExpectColumnValuesToNotBeNull(column="dbt_valid_from", severity=CRITICAL),
    ]


def mart_suites(countries: list[str], organizations: list[str], previous: dict[str, int]) -> dict[str, Suite]:
    """Every mart's suite. `previous`: row counts of the published marts (row-count change)."""
    prev = previous.get
    key_mention = ["article_id", "country_iso3", "organization_id"]
    return {s.name: s for s in [
        Suite("fct_articles", ["article_id", "url", "source_id", "language", "published_at"],
              fct_articles(prev("fct_articles")), index=["article_id"]),
        Suite("fct_partnership_mentions", [*key_mention, "relation_type", "confidence", "evidence"],
              fct_partnership_mentions(countries, organizations, prev("fct_partnership_mentions")), index=key_mention),
        Suite("fct_policy_events", [*key_mention, "relation_type", "confidence"],
              fct_policy_events(countries, organizations, prev("fct_policy_events")),
              index=[*key_mention, "relation_type"]),
        Suite("fct_partnerships", ["country_iso3", "organization_id", "first_reported_at", "last_reported_at",
                                   "article_count", "source_count", "max_confidence"],
              fct_partnerships(countries, organizations, prev("fct_partnerships")),
              index=["country_iso3", "organization_id"]),
        Suite("agg_country_partnerships", ["country_iso3", "partner_count", "domestic_partner_count",
                                           "foreign_partner_count", "foreign_partner_share", "us_partner_share",
                                           "first_reported_at", "last_reported_at"],
              agg_country_partnerships(countries, prev("agg_country_partnerships")), index=["country_iso3"]),
        Suite("fct_country_daily", ["country_iso3", "report_date", "mention_count"],
              fct_country_daily(countries, prev("fct_country_daily")), index=["country_iso3", "report_date"]),
        Suite("agg_country_organization_matrix", ["country_iso3", "organization_id", "event_count",
                                                  "first_reported_at", "last_reported_at"],
              agg_country_organization_matrix(countries, organizations, prev("agg_country_organization_matrix")),
              index=["country_iso3", "organization_id"]),
        Suite("agg_source_health", ["source_id", "crawl_date", "error_rate", "failed_batch_count"],
              agg_source_health(prev("agg_source_health")), index=["source_id", "crawl_date"]),
        Suite("dim_country", ["country_iso3", "country_iso2", "country_name"],
              dim_country(prev("dim_country")), index=["country_iso3"]),
        Suite("dim_organization", ["organization_id", "organization_name", "hq_country_iso3", "kind"],
              dim_organization(countries, prev("dim_organization")), index=["organization_id"]),
        Suite("fct_partnerships_snapshot", ["country_iso3", "organization_id", "dbt_valid_from"],
              fct_partnerships_snapshot(countries), index=["country_iso3", "organization_id"],
              where="dbt_valid_to is null"),
    ]}
