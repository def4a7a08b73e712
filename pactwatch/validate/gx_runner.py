"""Run a Great Expectations suite on a pandas frame, store the result and rebuild Data Docs.

GX 1.x has no DuckDB datasource, so every gate reads its table into pandas and validates that.
The file context lives under `<data dir>/gx`; results are stored per run and the Data Docs site is
at `<data dir>/gx/uncommitted/data_docs/local_site/index.html`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)


@dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    severity: str
    unexpected_count: int | None
    examples: list

    def describe(self) -> str:
        where = f" on column '{self.column}'" if self.column else ""
        count = f"{self.unexpected_count} rows, " if self.unexpected_count is not None else ""
        return f"{self.suite}: {self.expectation}{where} failed ({count}e.g. {self.examples[:3]})"


@dataclass
class SuiteResult:
    suite: str
    rows: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def critical(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "critical"]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != "critical"]


class GateFailed(RuntimeError):
    """A critical expectation failed; the message names it and shows offending values."""

    def __init__(self, results: list[SuiteResult]):
        self.results = results
        first = next(f for r in results for f in r.critical)
        more = sum(len(r.critical) for r in results) - 1
        super().__init__(f"quality gate failed: {first.describe()}" + (f" (+{more} more)" if more else ""))


def gx_context(data_dir: Path):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="file", project_root_dir=str(data_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def run_suite(context, suite_name: str, frame: pd.DataFrame, expectations: list, run_name: str) -> SuiteResult:
    """Validate `frame` against `expectations` (GX Expectation objects carrying their severity)."""
    import great_expectations as gx

    datasource = context.data_sources.add_or_update_pandas("pactwatch")
    try:
        asset = datasource.get_asset(suite_name)
    except LookupError:
        asset = datasource.add_dataframe_asset(suite_name)
    try:
        batch = asset.get_batch_definition("whole_frame")
    except (KeyError, LookupError):
        batch = asset.add_batch_definition_whole_dataframe("whole_frame")
    suite = gx.ExpectationSuite(name=suite_name, expectations=expectations)
    suite = context.suites.add_or_update(suite)
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=suite_name, data=batch, suite=suite))
    checkpoint = context.checkpoints.add_or_update(gx.Checkpoint(
        name=suite_name, validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
        result_format={"result_format": "SUMMARY", "partial_unexpected_count": 5},
    ))
    outcome = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=gx.RunIdentifier(run_name=run_name))
    result = SuiteResult(suite=suite_name, rows=len(frame))
    for validation in outcome.run_results.values():
        for r in validation.results:
            if r.success:
                continue
            config = r.expectation_config
            severity = getattr(config.severity, "value", str(config.severity)).lower()
            details = r.result or {}
            examples = details.get("partial_unexpected_list") or [details.get("observed_value")]
            if r.exception_info and r.exception_info.get("raised_exception"):
                examples = [r.exception_info.get("exception_message")]
            result.failures.append(Failure(
                suite=suite_name, expectation=config.type, column=config.kwargs.get("column"),
                severity=severity, unexpected_count=details.get("unexpected_count"),
                examples=[str(e) for e in examples],
            ))
    return result


def data_docs_index(data_dir: Path) -> Path:
    return data_dir / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
