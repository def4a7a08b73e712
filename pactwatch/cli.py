"""The `pactwatch` command: the whole daily run, the demo, and one sub-command per step.

Exit codes: 0 everything went through; 3 published, but some sources or pages failed (partial);
1 failed (nothing new published; the previous marts stay).
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pactwatch.settings import RunContext

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="pactwatch: partnerships between governments and AI companies, per country.")
console = Console(stderr=False, highlight=False)
err = Console(stderr=True, highlight=False)

DateOpt = Annotated[Optional[str], typer.Option("--date", help="Run date YYYY-MM-DD (default: today, UTC).")]
SourcesOpt = Annotated[Optional[Path], typer.Option("--sources", help="Sources file (default: scrapers/sources.yml).")]
WarehouseOpt = Annotated[Optional[Path], typer.Option(
    "--warehouse", help="DuckDB file (default: $PACTWATCH_WAREHOUSE or <data-dir>/warehouse.duckdb).")]
DataDirOpt = Annotated[Optional[Path], typer.Option("--data-dir", help="Data folder (default: $PACTWATCH_DATA_DIR or ./data).")]


def _ctx(date, sources, warehouse, data_dir) -> RunContext:
    try:
        return RunContext.build(date, sources, warehouse, data_dir)
    except ValueError as exc:
        _fail(f"invalid option: {exc}")


def _fail(message: str, code: int = 1):
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _guard(fn, *args, **kwargs):
    """Run a step, turning any failure into a one-line reason and exit code 1."""
    try:
        return fn(*args, **kwargs)
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 — the CLI's contract is one line, not a traceback
        if hasattr(exc, "step"):    # pipeline.StepFailed (not imported here: it pulls in every step)
            _fail(f"{exc.step}: {exc.error}")
        logging.getLogger(__name__).debug("step failed", exc_info=True)
        _fail(f"{type(exc).__name__}: {exc}" if not str(exc).startswith(("quality gate", "dbt")) else str(exc))


def _run_with_progress(ctx: RunContext, reprocess: bool = False) -> int:
    from pactwatch.pipeline import run_pipeline, summary_lines

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        steps = bar.add_task("pipeline", total=7)
        extract_task = None

        def on_step(name: str, state: str):
            if state == "start":
                bar.update(steps, description=f"{name}…")
            elif state == "done":
                bar.advance(steps)

        def on_progress(done: int, total: int):
            nonlocal extract_task
            if extract_task is None:
                extract_task = bar.add_task("extract articles", total=max(total, 1))
            bar.update(extract_task, completed=done)

        report = _guard(run_pipeline, ctx, reprocess=reprocess, on_step=on_step, progress=on_progress)
    for line in summary_lines(report):
        console.print(line, soft_wrap=True)
    return report.exit_code


@app.command()
def run(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
        data_dir: DataDirOpt = None,
        reprocess: Annotated[bool, typer.Option(help="Re-extract every stored article.")] = False):
    """Run the whole daily pipeline for one date."""
    raise typer.Exit(_run_with_progress(_ctx(date, sources, warehouse, data_dir), reprocess))


@app.command()
def demo(warehouse: WarehouseOpt = None, data_dir: DataDirOpt = None, date: DateOpt = None):
    """Serve the bundled sample news site on 127.0.0.1 and run the pipeline against it."""
    from pactwatch.sample_site.server import sample_sources_yaml, serve_sample_site

    with serve_sample_site() as base_url, tempfile.TemporaryDirectory(prefix="pactwatch-demo-") as tmp:
        sources_file = Path(tmp) / "sample_sources.yml"
        sources_file.write_text(sample_sources_yaml(base_url), encoding="utf-8")
        err.print(f"sample site at {base_url} (feeds: /feed.xml, /atom.xml)")
        code = _run_with_progress(_ctx(date, sources_file, warehouse, data_dir))
    raise typer.Exit(code)


@app.command("crawl")
def crawl_cmd(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
              data_dir: DataDirOpt = None,
              source: Annotated[Optional[list[str]], typer.Option(help="Only this source id (repeatable).")] = None):
    """Crawl the enabled sources into raw batch files."""
    from pactwatch.crawl.runner import crawl

    summary = _guard(crawl, _ctx(date, sources, warehouse, data_dir), source_ids=source)
    for sid, counts in sorted(summary.by_source.items()):
        console.print(f"{sid}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or f"{sid}: nothing new")
    if summary.failed_sources():
        err.print("sources that failed: " + ", ".join(summary.failed_sources()))
        raise typer.Exit(3)


@app.command("load")
def load_cmd(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
             data_dir: DataDirOpt = None):
    """Load the run date's raw batch files into the warehouse."""
    from pactwatch.load import load

    s = _guard(load, _ctx(date, sources, warehouse, data_dir))
    console.print(f"loaded {s.batches_loaded} batches: {s.articles_loaded} articles, {s.log_rows_loaded} crawl-log rows")


@app.command("validate")
def validate_cmd(target: Annotated[str, typer.Argument(help="raw or marts")] = "raw",
                 date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
                 data_dir: DataDirOpt = None):
    """Run the Great Expectations gate on the raw batches or on the candidate marts."""
    from pactwatch.validate.gates import validate_marts, validate_raw
    from pactwatch.validate.gx_runner import data_docs_index

    if target not in ("raw", "marts"):
        _fail(f"validate takes 'raw' or 'marts', not {target!r}")
    ctx = _ctx(date, sources, warehouse, data_dir)
    report = _guard(validate_raw if target == "raw" else validate_marts, ctx)
    for warning in report.warnings:
        err.print(f"warning: {warning}")
    console.print(f"{target} gate passed ({len(report.results)} suites); data docs: {data_docs_index(ctx.data_dir)}")


@app.command("extract")
def extract_cmd(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
                data_dir: DataDirOpt = None,
                reprocess: Annotated[bool, typer.Option(help="Re-extract every stored article.")] = False):
    """Extract relations from articles the current extractor version has not read."""
    from pactwatch.extract.step import extract

    s = _guard(extract, _ctx(date, sources, warehouse, data_dir), reprocess=reprocess)
    console.print(f"extractor {s.version}: {s.articles_read} articles read, {s.relations_found} relations"
                  + (" (re-extracted all)" if s.reprocessed else ""))


@app.command("transform")
def transform_cmd(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
                  data_dir: DataDirOpt = None,
                  full_refresh: Annotated[bool, typer.Option(help="Rebuild incremental models from raw.")] = False,
                  select: Annotated[Optional[str], typer.Option(help="dbt node selection.")] = None):
    """Build the dbt project (staging, intermediate, candidate marts) with its tests."""
    from pactwatch.transform import transform

    console.print(_guard(transform, _ctx(date, sources, warehouse, data_dir), select=select, full_refresh=full_refresh))


@app.command("publish")
def publish_cmd(date: DateOpt = None, sources: SourcesOpt = None, warehouse: WarehouseOpt = None,
                data_dir: DataDirOpt = None):
    """Promote the validated candidate marts to `marts` and export them to Parquet."""
    from pactwatch.publish import publish

    ctx = _ctx(date, sources, warehouse, data_dir)
    counts = _guard(publish, ctx)
    console.print("published " + ", ".join(f"{t} ({n})" for t, n in counts.items()) + f" to {ctx.marts_dir}")


@app.command("eval")
def eval_cmd(gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold folder (default: tests/data/gold).")] = None,
             split: Annotated[str, typer.Option(help="tune, scored, holdout or all.")] = "all",
             errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False):
    """Precision, recall and F1 of partnership pairs on the gold set, with a co-occurrence baseline."""
    from pactwatch.evaluate import DEFAULT_GOLD_DIR, annotated_organizations, evaluate, load_gold, report_lines

    gold_dir = gold or DEFAULT_GOLD_DIR
    articles = _guard(load_gold, gold_dir)
    if split != "all":
        articles = [a for a in articles if a.split == split]
        if not articles:
            _fail(f"{gold_dir}: no gold articles with split {split!r}")
    result = evaluate(articles, annotated_organizations(gold_dir))
    for line in report_lines(result):
        console.print(line)
    if errors:
        for kind, article_id, pair in result.errors:
            console.print(f"{kind} {article_id} {pair[0]}–{pair[1]}")


@app.command("sql")
def sql_cmd(query: Annotated[str, typer.Argument(help="SQL to run, read-only.")],
            warehouse: WarehouseOpt = None, data_dir: DataDirOpt = None,
            csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False):
    """Query the warehouse read-only (waits while a run is writing)."""
    from pactwatch.warehouse import connect_read

    ctx = _ctx(None, None, warehouse, data_dir)

    def query_frame():
        with connect_read(ctx.warehouse) as con:
            if csv:
                return con.execute(query).df().to_csv(index=False)
            relation = con.sql(query)
            # DuckDB's own box rendering: column types, sensible truncation of long text.
            return relation.__str__() if relation is not None else "ok\n"

    sys.stdout.write(_guard(query_frame))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
