"""The expectation suites, written as code. Severity: `critical` stops publish, `warning` is reported."""

from __future__ import annotations

from great_expectations import expectations as gxe

from pactwatch.crawl.article import SUPPORTED_LANGUAGES

CRITICAL, WARNING = "critical", "warning"


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
    ]


def fct_partnership_mentions(countries: list[str], organizations: list[str]) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=CRITICAL),
        gxe.ExpectCompoundColumnsToBeUnique(
            column_list=["article_id", "country_iso3", "organization_id"], severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="country_iso3", value_set=countries, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="organization_id", value_set=organizations, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1, severity=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="evidence", severity=CRITICAL),
    ]


def fct_partnerships(countries: list[str], organizations: list[str], previous_rows: int | None) -> list:
    expectations = [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["country_iso3", "organization_id"], severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="country_iso3", value_set=countries, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="organization_id", value_set=organizations, severity=CRITICAL),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="last_reported_at", column_B="first_reported_at", or_equal=True, severity=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="article_count", min_value=1, severity=CRITICAL),
    ]
    if previous_rows:
        # A partnership table only grows day to day; a drop or a jump is worth a look, not a stop.
        expectations.append(gxe.ExpectTableRowCountToBeBetween(
            min_value=int(previous_rows * 0.9), max_value=int(previous_rows * 2 + 50), severity=WARNING))
    return expectations


def fct_articles() -> list:
    return [
        gxe.ExpectColumnValuesToBeUnique(column="article_id", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="url", severity=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(SUPPORTED_LANGUAGES), severity=CRITICAL),
    ]
