"""The daily pipeline in order: crawl → load → validate raw → extract → transform → validate marts → publish.

The CLI and the Airflow DAG both call these functions, so a local run and an Airflow run take the
same code path. A step that fails raises; nothing after it runs, and what earlier runs published
stays in place.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pactwatch.crawl.runner import CrawlSummary, crawl
from pactwatch.extract.step import extract
from pactwatch.load import load
from pactwatch.publish import publish, write_summary
from pactwatch.settings import RunContext
from pactwatch.transform import transform
from pactwatch.validate.gates import validate_marts, validate_raw
from pactwatch.validate.gx_runner import data_docs_index
from pactwatch.warehouse import connect_read

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


class StepFailed(RuntimeError):
    def __init__(self, step: str, error: BaseException):
        self.step, self.error = step, error
        super().__init__(f"{step} failed: {error}")


@dataclass
class RunReport:
    ctx: RunContext
    steps: list[tuple[str, float, str]] = field(default_factory=list)   # (name, seconds, detail)
    crawl: CrawlSummary | None = None
    published: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    top_countries: list[tuple[str, int]] = field(default_factory=list)

    @property
    def failed_sources(self) -> list[str]:
        return self.crawl.failed_sources() if self.crawl else []

    @property
    def exit_code(self) -> int:
        if self.crawl and (self.crawl.total("error") or self.failed_sources):
            return EXIT_PARTIAL
        return EXIT_OK

    def as_dict(self) -> dict:
        return {
            "run_id": self.ctx.run_id,
            "warehouse": str(self.ctx.warehouse),
            "steps": [{"step": s, "seconds": round(t, 2), "detail": d} for s, t, d in self.steps],
            "crawl": self.crawl.as_dict() if self.crawl else {},
            "failed_sources": self.failed_sources,
            "published_rows": self.published,
            "top_countries": self.top_countries,
            "warnings": self.warnings,
            "status": {EXIT_OK: "ok", EXIT_PARTIAL: "partial"}[self.exit_code],
        }


def _timed(report: RunReport, name: str, fn: Callable, on_step: Callable | None):
    if on_step:
        on_step(name, "start")
    started = time.monotonic()
    try:
        result = fn()
    except Exception as exc:
        if on_step:
            on_step(name, "failed")
        raise StepFailed(name, exc) from exc
    detail = result if isinstance(result, str) else ""
    report.steps.append((name, time.monotonic() - started, detail))
    if on_step:
        on_step(name, "done")
    return result


def top_countries(ctx: RunContext, limit: int = 5) -> list[tuple[str, int]]:
    with connect_read(ctx.warehouse) as con:
        return [tuple(r) for r in con.execute(
            "select country_iso3, count(*) as partners from marts.fct_partnerships "
            "group by 1 order by 2 desc, 1 limit ?", [limit]).fetchall()]


def run_pipeline(ctx: RunContext, reprocess: bool = False, on_step: Callable | None = None,
                 progress: Callable | None = None) -> RunReport:
    report = RunReport(ctx)
    report.crawl = _timed(report, "crawl", lambda: crawl(ctx), on_step)
    loaded = _timed(report, "load", lambda: load(ctx), on_step)
    report.steps[-1] = ("load", report.steps[-1][1],
                        f"{loaded.articles_loaded} articles, {loaded.log_rows_loaded} crawl-log rows")
    raw_gate = _timed(report, "validate_raw", lambda: validate_raw(ctx), on_step)
    extracted = _timed(report, "extract", lambda: extract(ctx, reprocess=reprocess, progress=progress), on_step)
    report.steps[-1] = ("extract", report.steps[-1][1],
                        f"{extracted.articles_read} articles read, {extracted.relations_found} relations "
                        f"(extractor {extracted.version}{', re-extracted all' if extracted.reprocessed else ''})")
    _timed(report, "transform", lambda: transform(ctx), on_step)
    marts_gate = _timed(report, "validate_marts", lambda: validate_marts(ctx), on_step)
    report.published = _timed(report, "publish", lambda: publish(ctx), on_step)
    report.warnings = raw_gate.warnings + marts_gate.warnings
    report.top_countries = top_countries(ctx)
    write_summary(ctx, report.as_dict())
    return report


def summary_lines(report: RunReport) -> list[str]:
    ctx = report.ctx
    crawl_counts = Counter()
    for counts in (report.crawl.by_source.values() if report.crawl else []):
        crawl_counts.update(counts)
    lines = [
        f"run {ctx.run_id}: {'published' if report.exit_code == EXIT_OK else 'published with errors (partial)'}",
        f"articles crawled: {crawl_counts['stored']} new, {crawl_counts['duplicate']} duplicates, "
        f"{crawl_counts['dropped']} dropped, {crawl_counts['error']} errors",
        f"articles in warehouse: {report.published.get('fct_articles', 0)}",
        f"partnership mentions: {report.published.get('fct_partnership_mentions', 0)}; "
        f"partnerships (country × company): {report.published.get('fct_partnerships', 0)}",
        "top countries by partners: " + (", ".join(f"{c} ({n})" for c, n in report.top_countries) or "none"),
    ]
    if report.crawl and len(report.crawl.by_source) > 1:
        lines += ["  " + line for line in report.crawl.lines()]
    if report.failed_sources:
        lines.append("sources that failed: " + ", ".join(report.failed_sources))
    for warning in report.warnings[:5]:
        lines.append(f"warning: {warning}")
    lines += [
        f"warehouse: {ctx.warehouse}",
        f"parquet marts: {ctx.marts_dir}",
        f"reports: {ctx.reports_dir} (quality: {data_docs_index(ctx.data_dir)})",
    ]
    return lines
