"""Step 2, load: copy the run's raw batch files into the warehouse's `raw` tables, verbatim.

Rows are keyed by (batch file, line), so loading a batch twice changes nothing. Raw rows are never
updated or deleted; cleaning and deduplication happen downstream in dbt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pactwatch.settings import RunContext
from pactwatch.warehouse import connect_write

ARTICLE_COLUMNS = ["run_id", "source_id", "url", "canonical_url", "title", "body", "language", "author",
                   "published_at", "fetched_at", "content_hash"]
LOG_COLUMNS = ["run_id", "source_id", "url", "outcome", "http_status", "error", "logged_at", "duplicate_of"]


class LoadError(RuntimeError):
    pass


@dataclass
class LoadSummary:
    batches_loaded: int = 0
    articles_loaded: int = 0
    log_rows_loaded: int = 0


def _read_jsonl(path: Path, columns: list[str]) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise LoadError(f"{path}, line {line_no}: not valid JSON ({exc})") from exc
            rows.append({"line_no": line_no, **{c: record.get(c) for c in columns}})
    frame = pd.DataFrame(rows, columns=["line_no", *columns])
    frame["line_no"] = frame["line_no"].astype("int32")
    return frame


def batch_id(path: Path, raw_root: Path) -> str:
    return path.relative_to(raw_root).as_posix()


def load(ctx: RunContext) -> LoadSummary:
    """Load every complete batch file of the run date that is not in the warehouse yet."""
    summary = LoadSummary()
    raw_root = ctx.data_dir / "raw"
    article_files = sorted(ctx.raw_dir.glob("source=*/articles-*.jsonl"))
    log_files = sorted(ctx.raw_dir.glob("source=*/crawl_log-*.jsonl"))
    with connect_write(ctx.warehouse) as con:
        done = {r[0] for r in con.execute("select batch_id from raw.batches").fetchall()}
        done |= {r[0] for r in con.execute("select distinct batch_id from raw.crawl_log").fetchall()}
        con.execute("begin")
        try:
            for path in article_files:
                bid = batch_id(path, raw_root)
                if bid in done:
                    continue
                frame = _read_jsonl(path, ARTICLE_COLUMNS)
                frame.insert(0, "batch_id", bid)
                con.register("batch_frame", frame)
                con.execute(
                    f"insert into raw.articles (batch_id, line_no, {', '.join(ARTICLE_COLUMNS)}) "
                    f"select batch_id, line_no, {', '.join(ARTICLE_COLUMNS)} from batch_frame"
                )
                con.unregister("batch_frame")
                source_id = path.parent.name.removeprefix("source=")
                con.execute(
                    "insert into raw.batches (batch_id, run_id, source_id, path, row_count, loaded_at) "
                    "values (?, ?, ?, ?, ?, ?)",
                    [bid, ctx.run_id, source_id, str(path), len(frame), datetime.now(timezone.utc)],
                )
                summary.batches_loaded += 1
                summary.articles_loaded += len(frame)
            for path in log_files:
                bid = batch_id(path, raw_root)
                if bid in done:
                    continue
                frame = _read_jsonl(path, LOG_COLUMNS)
                frame.insert(0, "batch_id", bid)
                frame["http_status"] = frame["http_status"].astype("Int32")
                con.register("log_frame", frame)
                con.execute(
                    f"insert into raw.crawl_log (batch_id, line_no, {', '.join(LOG_COLUMNS)}) "
                    f"select batch_id, line_no, {', '.join(LOG_COLUMNS)} from log_frame"
                )
                con.unregister("log_frame")
                summary.log_rows_loaded += len(frame)
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
    return summary
