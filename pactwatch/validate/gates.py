"""The two gates of a run: each raw batch before extraction, and the candidate marts before publish."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pandas as pd

from pactwatch.settings import RunContext
from pactwatch.validate import suites
from pactwatch.validate.gx_runner import GateFailed, SuiteResult, gx_context, run_suite
from pactwatch.warehouse import connect_read, connect_write

CANDIDATE_SCHEMA = "marts_candidate"  # dbt builds here; publish copies to `marts` after this gate


@dataclass
class GateReport:
    results: list[SuiteResult] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [f.describe() for r in self.results for f in r.warnings]


def _raw_frame(con, batch_id: str) -> pd.DataFrame:
    frame = con.execute(
        "select url, title, body, language, published_at from raw.articles where batch_id = ? order by line_no",
        [batch_id]).df()
    published = pd.to_datetime(frame["published_at"], utc=True, errors="coerce", format="ISO8601")
    frame["published_in_future"] = (published > datetime.now(timezone.utc) + timedelta(days=1)).astype(bool)
    return frame


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
    statuses = {}
    for bid, (source_id, frame) in frames.items():
        if frame.empty:
            statuses[bid] = "passed"
            continue
        result = run_suite(context, f"raw_articles.{source_id}", frame, suites.raw_articles(), ctx.run_id)
        for failure in result.failures:
            failure.suite = f"raw batch {bid}"
        report.results.append(result)
        statuses[bid] = "failed" if result.critical else "passed"
    with connect_write(ctx.warehouse) as con:
        for bid, status in statuses.items():
            con.execute("update raw.batches set validation_status = ?, validated_at = now() where batch_id = ?",
                        [status, bid])
    if any(r.critical for r in report.results):
        raise GateFailed(report.results)
    return report


def validate_marts(ctx: RunContext) -> GateReport:
    """Validate the candidate marts dbt just built; nothing is published unless this passes."""
    with connect_read(ctx.warehouse) as con:
        def table(name: str, schema: str = CANDIDATE_SCHEMA) -> pd.DataFrame:
            return con.execute(f"select * from {schema}.{name}").df()

        countries = table("dim_country")["country_iso3"].tolist()
        organizations = table("dim_organization")["organization_id"].tolist()
        frames = {name: table(name) for name in ("fct_articles", "fct_partnership_mentions", "fct_partnerships")}
        published = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
        previous = (con.execute("select count(*) from marts.fct_partnerships").fetchone()[0]
                    if "fct_partnerships" in published else None)
    context = gx_context(ctx.data_dir)
    report = GateReport(results=[
        run_suite(context, "marts.fct_articles", frames["fct_articles"], suites.fct_articles(), ctx.run_id),
        run_suite(context, "marts.fct_partnership_mentions", frames["fct_partnership_mentions"],
                  suites.fct_partnership_mentions(countries, organizations), ctx.run_id),
        run_suite(context, "marts.fct_partnerships", frames["fct_partnerships"],
                  suites.fct_partnerships(countries, organizations, previous), ctx.run_id),
    ])
    if any(r.critical for r in report.results):
        raise GateFailed(report.results)
    return report
