"""The two gates of a run: each raw batch before extraction, and every candidate mart before publish.

Each gate reads its tables into pandas, runs the suites of `suites.py` (results stored per run in
the GX file context, Data Docs rebuilt), writes its verdict to `<reports>/quality_<gate>.json` and
raises `GateFailed` when a critical expectation failed; the message names the expectation and the
offending rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from pactwatch.settings import RunContext
from pactwatch.validate import suites
from pactwatch.validate.gx_runner import Failure, GateFailed, SuiteResult, gx_context, run_suite, write_gate_report
from pactwatch.warehouse import connect_read, connect_write

CANDIDATE_SCHEMA = "marts_candidate"  # dbt builds here; publish copies to `marts` after this gate
PUBLISHED_SCHEMA = "marts"


@dataclass
class GateReport:
    results: list[SuiteResult] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [f.describe() for r in self.results for f in r.warnings]

    @property
    def critical(self) -> list[Failure]:
        return [f for r in self.results for f in r.critical]


def _raw_frame(con, batch_id: str) -> pd.DataFrame:
    suite = suites.raw_suite()
    frame = con.execute(
        f"select {', '.join(suite.columns)} from raw.articles where batch_id = ? order by line_no",
        [batch_id]).df()
    return suites.derived_columns("raw_articles", frame)


def validate_raw(ctx: RunContext) -> GateReport:
    """Validate the run's batches; a failed batch is quarantined (`raw.batches.validation_status`)."""
    report = GateReport()
    with connect_write(ctx.warehouse) as con:
        batches = con.execute(
            "select batch_id, source_id from raw.batches where run_id = ? or validation_status = 'pending' "
            "order by batch_id", [ctx.run_id]).fetchall()
        frames = {bid: (sid, _raw_frame(con, bid)) for bid, sid in batches}
    if not frames:
        return report
    context = gx_context(ctx.data_dir)
    suite = suites.raw_suite()
    statuses = {}
    for bid, (source_id, frame) in frames.items():
        if frame.empty:
            statuses[bid] = "passed"
            continue
        result = run_suite(context, f"raw_articles.{source_id}", frame, suite.expectations, ctx.run_id,
                           index=suite.index)
        for failure in result.failures:
            failure.suite = f"raw batch {bid}"
        report.results.append(result)
        statuses[bid] = "failed" if result.critical else "passed"
    with connect_write(ctx.warehouse) as con:
        for bid, status in statuses.items():
            con.execute("update raw.batches set validation_status = ?, validated_at = now() where batch_id = ?",
                        [status, bid])
    write_gate_report(ctx.reports_dir / "quality_raw.json", "raw", ctx.run_id, report.results)
    if report.critical:
        raise GateFailed(report.results)
    return report


def _tables(con, schema: str) -> set[str]:
    return {r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = ?", [schema]).fetchall()}


def read_marts(ctx: RunContext) -> tuple[dict[str, pd.DataFrame], dict[str, suites.Suite], list[str]]:
    """The candidate marts (only the columns their suites read), their suites, and missing marts."""
    with connect_read(ctx.warehouse) as con:
        candidates = _tables(con, CANDIDATE_SCHEMA)
        published = _tables(con, PUBLISHED_SCHEMA)

        def column(table: str, name: str) -> list[str]:
            if table not in candidates:
                return []
            return [r[0] for r in con.execute(f"select distinct {name} from {CANDIDATE_SCHEMA}.{table} "
                                              f"where {name} is not null order by 1").fetchall()]

        countries = column("dim_country", "country_iso3")
        organizations = column("dim_organization", "organization_id")
        previous = {t: con.execute(f"select count(*) from {PUBLISHED_SCHEMA}.{t}").fetchone()[0]
                    for t in published}
        mart_suites = suites.mart_suites(countries, organizations, previous)
        frames, missing = {}, []
        for name, suite in mart_suites.items():
            if name not in candidates:
                missing.append(name)
                continue
            where = f" where {suite.where}" if suite.where else ""
            frame = con.execute(f"select {', '.join(suite.columns)} from {CANDIDATE_SCHEMA}.{name}{where}").df()
            frames[name] = suites.derived_columns(name, frame)
    return frames, mart_suites, missing


def validate_marts(ctx: RunContext) -> GateReport:
    """Validate the candidate marts dbt just built; nothing is published unless this passes."""
    frames, mart_suites, missing = read_marts(ctx)
    report = GateReport()
    for name in missing:
        report.results.append(SuiteResult(suite=f"marts.{name}", rows=0, failures=[Failure(
            suite=f"marts.{name}", expectation="table_exists", column=None, severity="critical",
            unexpected_count=None, examples=[f"{CANDIDATE_SCHEMA}.{name} is missing; run `pactwatch transform`"])]))
    context = gx_context(ctx.data_dir)
    for name, frame in frames.items():
        suite = mart_suites[name]
        report.results.append(run_suite(context, f"marts.{name}", frame, suite.expectations, ctx.run_id,
                                        index=suite.index))
    write_gate_report(ctx.reports_dir / "quality_marts.json", "marts", ctx.run_id, report.results)
    if report.critical:
        raise GateFailed(report.results)
    return report
