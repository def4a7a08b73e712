"""Run a Great Expectations suite on a pandas frame, store the result and rebuild Data Docs.

GX 1.x has no DuckDB datasource, so every gate reads its table into pandas (through Arrow) and
validates that. The file context lives under `<data dir>/gx`; results are stored per run (the run
id is the GX run name) and the Data Docs site is at
`<data dir>/gx/uncommitted/data_docs/local_site/index.html`.
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

EXAMPLES = 5


@dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    severity: str
    unexpected_count: int | None
    examples: list
    rows: list[dict] = field(default_factory=list)   # key columns of offending rows (first few)
    columns: list[str] | None = None                   # for multi-column expectations

    def describe(self) -> str:
        columns = self.column
        if columns is None and self.columns:
            columns = ", ".join(self.columns)
        where = f" on '{columns}'" if columns else ""
        count = f"{self.unexpected_count} rows, " if self.unexpected_count is not None else ""
        shown = f"rows {self.rows[:3]}" if self.rows else f"e.g. {self.examples[:3]}"
        return f"{self.suite}: {self.expectation}{where} failed ({count}{shown})"


@dataclass
class SuiteResult:
    suite: str
    rows: int
    failures: list[Failure] = field(default_factory=list)
    success_count: int = 0

    @property
    def critical(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "critical"]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != "critical"]


class GateFailed(RuntimeError):
    """A critical expectation failed; the message names it and shows the offending rows."""

    def __init__(self, results: list[SuiteResult]):
        self.results = results
        critical = [f for r in results for f in r.critical]
        first = critical[0]
        more = len(critical) - 1
        others = "; ".join(f"{f.suite}: {f.expectation}" + (f" on '{f.column}'" if f.column else "")
                           for f in critical[1:4])
        super().__init__(f"quality gate failed: {first.describe()}"
                         + (f" (+{more} more: {others}{'…' if more > 3 else ''})" if more else ""))


def gx_context(data_dir: Path):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="file", project_root_dir=str(data_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def _plain(value):
    """JSON-friendly version of a value from a GX result (numpy scalars, timestamps, tuples)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return _plain(value.item())
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and value != value:   # NaN: a missing value in pandas
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def run_suite(context, suite_name: str, frame: pd.DataFrame, expectations: list, run_name: str,
              index: list[str] | None = None, docs: bool = True) -> SuiteResult:
    """Validate `frame` against `expectations` (GX Expectation objects carrying their severity).

    `index`: columns that identify a row; failing rows are reported by these columns.
    """
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
    # copies: an Expectation object belongs to the first suite it is added to
    suite = gx.ExpectationSuite(name=suite_name, expectations=[copy.copy(e) for e in expectations])
    suite = context.suites.add_or_update(suite)
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=suite_name, data=batch, suite=suite))
    result_format = {"result_format": "SUMMARY", "partial_unexpected_count": EXAMPLES}
    index = [c for c in (index or []) if c in frame.columns]
    if index:
        result_format["unexpected_index_column_names"] = index
    checkpoint = context.checkpoints.add_or_update(gx.Checkpoint(
        name=suite_name, validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")] if docs else [],
        result_format=result_format,
    ))
    outcome = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=gx.RunIdentifier(run_name=run_name))
    result = SuiteResult(suite=suite_name, rows=len(frame))
    for validation in outcome.run_results.values():
        for r in validation.results:
            if r.success:
                result.success_count += 1
                continue
            config = r.expectation_config
            severity = getattr(config.severity, "value", str(config.severity)).lower()
            details = r.result or {}
            examples = details.get("partial_unexpected_list") or [details.get("observed_value")]
            if r.exception_info and r.exception_info.get("raised_exception"):
                examples = [r.exception_info.get("exception_message")]
            rows = details.get("partial_unexpected_index_list") or []
            result.failures.append(Failure(
                suite=suite_name, expectation=config.type, column=config.kwargs.get("column"),
                severity=severity, unexpected_count=details.get("unexpected_count"),
                examples=[str(e) for e in examples], rows=_plain(rows[:EXAMPLES]),
                columns=config.kwargs.get("column_list")
                or [c for c in (config.kwargs.get("column_A"), config.kwargs.get("column_B")) if c] or None,
            ))
    return result


def write_gate_report(path: Path, gate: str, run_id: str, results: list[SuiteResult]) -> Path:
    """The gate's verdict as JSON in the run's reports folder (next to the GX results store)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "gate": gate,
        "run_id": run_id,
        "passed": not any(r.critical for r in results),
        "suites": [{"suite": r.suite, "rows": r.rows, "passed_expectations": r.success_count,
                    "failures": [_plain(asdict(f)) for f in r.failures]} for r in results],
    }
    path.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    return path


def data_docs_index(data_dir: Path) -> Path:
    return data_dir / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
