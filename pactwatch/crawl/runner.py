"""Crawl step: run the spiders of the enabled sources in a child Scrapy process.

Output is immutable JSON-lines batch files per source under `<data>/raw/dt=<date>/source=<id>/`
(`articles-*.jsonl`, `crawl_log-*.jsonl`); the load step reads them into `raw.*`. Crawler state
(source locks, ETag/Last-Modified of index pages, the development HTTP cache) lives in
`<data>/crawl_state/`.

Incremental and resumable: the crawler is told every article already stored (the warehouse, plus
the day's batch files not loaded yet), so it fetches only new ones; a crawl that was killed is
resumed by running it again: the complete lines of its `.tmp` batches are published, and what they
hold is not fetched again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pactwatch.crawl.known import KnownArticles
from pactwatch.settings import PROJECT_DIR, RunContext
from pactwatch.sources import Source, load_sources
from pactwatch.warehouse import connect_read

CRAWL_TIMEOUT_S = 4 * 3600
NEAR_DUP_DAYS = 7            # stored articles whose near-duplicates are recognised across runs
NEAR_DUP_MAX_ARTICLES = 20_000
OUTCOMES = ("stored", "duplicate", "dropped", "error")
# Politeness protects other people's servers; a site on this machine (the sample site, test
# servers) is crawled without the download delay so demos and tests stay fast. The delay is not 0:
# Scrapy 2.19 hands every queued request of a slot to the downloader at once when its delay is 0,
# past CONCURRENT_REQUESTS_PER_DOMAIN, and the connections beyond the pool's 8 per host are then
# opened and closed for every request (see MIN_SLOT_DELAY in scrapers/run.py).
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0.001, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                     "RETRY_BACKOFF_BASE": 0.1, "RETRY_BACKOFF_MAX": 2.0}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def _all_loopback(sources: list[Source]) -> bool:
    """True when no source needs the network (loopback hosts, reserved `.invalid` names, archives)."""
    hosts = set().union(*(s.hosts() for s in sources)) if sources else set()
    return all(h in LOCAL_HOSTS or h.endswith((".invalid", ".test")) for h in hosts)


class CrawlError(RuntimeError):
    pass


@dataclass
class CrawlSummary:
    """Per-source outcome counts of the crawl log files written by this crawl."""

    by_source: dict[str, Counter] = field(default_factory=dict)

    def total(self, outcome: str) -> int:
        return sum(c[outcome] for c in self.by_source.values())

    def failed_sources(self) -> list[str]:
        """Sources that failed entirely: errors, and no page stored, recognised as duplicate or dropped."""
        return sorted(s for s, c in self.by_source.items()
                      if c["error"] and not (c["stored"] or c["duplicate"] or c["dropped"]))

    def lines(self) -> list[str]:
        """One line per source: `id: 12 stored, 3 duplicate, 1 dropped, 0 error` (failed sources marked)."""
        failed = set(self.failed_sources())
        return [f"{sid}: " + ", ".join(f"{counts[o]} {o}" for o in OUTCOMES) + (" (failed)" if sid in failed else "")
                for sid, counts in sorted(self.by_source.items())]

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {sid: {o: counts[o] for o in OUTCOMES} for sid, counts in sorted(self.by_source.items())}


def _new_log_files(raw_dir: Path, source_ids: list[str], before: set[Path]) -> list[Path]:
    files = []
    for sid in source_ids:
        files += [p for p in (raw_dir / f"source={sid}").glob("crawl_log-*.jsonl") if p not in before]
    return files


def summarise(log_files: list[Path]) -> CrawlSummary:
    summary = CrawlSummary()
    for path in log_files:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                summary.by_source.setdefault(row["source_id"], Counter())[row["outcome"]] += 1
    return summary


def known_articles(ctx: RunContext) -> KnownArticles:
    """Everything stored so far: the warehouse, and the run date's batch files (loaded or not)."""
    known = KnownArticles()
    if ctx.warehouse.exists():
        with connect_read(ctx.warehouse) as con:
            tables = {r[0] for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'raw'").fetchall()}
            if "articles" in tables:
                cursor = con.execute("select url, canonical_url, content_hash from raw.articles")
                while rows := cursor.fetchmany(10_000):
                    for url, canonical, content_hash in rows:
                        known.add(url, canonical, content_hash)
                since = (datetime.now(timezone.utc) - timedelta(days=NEAR_DUP_DAYS)).isoformat(timespec="seconds")
                cursor = con.execute(
                    "select url, canonical_url, content_hash, body from raw.articles where fetched_at >= ? "
                    "order by fetched_at desc limit ?", [since, NEAR_DUP_MAX_ARTICLES])
                while rows := cursor.fetchmany(1_000):
                    for url, canonical, content_hash, body in rows:
                        known.add(url, canonical, content_hash, body)
    known.add_batch_files(sorted(ctx.raw_dir.glob("source=*/articles-*.jsonl"))
                          + sorted(ctx.raw_dir.glob("source=*/articles-*.jsonl.tmp")))
    return known


def crawl_config(ctx: RunContext, sources: list[Source], known_file: Path,
                 scrapy_settings: dict | None = None) -> dict:
    """The child process's configuration (see scrapers/run.py)."""
    return {
        "run_id": ctx.run_id,
        "raw_dir": str(ctx.raw_dir),
        "state_dir": str(ctx.data_dir / "crawl_state"),
        "known_file": str(known_file),
        "sources": [s.to_dict() for s in sources],
        "settings": {**(LOOPBACK_SETTINGS if _all_loopback(sources) else {}), **(scrapy_settings or {})},
    }


def crawler_command(config_file: Path) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return [sys.executable, "-m", "scrapers.run", str(config_file)], env


def select_sources(ctx: RunContext, source_ids: list[str] | None) -> list[Source]:
    sources: list[Source] = load_sources(ctx.sources_file)
    if source_ids:
        unknown = set(source_ids) - {s.id for s in sources}
        if unknown:
            raise CrawlError(f"{ctx.sources_file}: no enabled source with id {sorted(unknown)[0]!r}")
        sources = [s for s in sources if s.id in source_ids]
    return sources


def crawl(ctx: RunContext, source_ids: list[str] | None = None, scrapy_settings: dict | None = None) -> CrawlSummary:
    """Crawl the enabled sources (or only `source_ids`) for the run date."""
    sources = select_sources(ctx, source_ids)
    ctx.raw_dir.mkdir(parents=True, exist_ok=True)
    before = set(ctx.raw_dir.glob("source=*/crawl_log-*.jsonl"))
    with tempfile.TemporaryDirectory(prefix="pactwatch-crawl-") as tmp:
        known_file = Path(tmp) / "known.jsonl"
        known_articles(ctx).dump(known_file)
        config_file = Path(tmp) / "crawl.json"
        config_file.write_text(json.dumps(crawl_config(ctx, sources, known_file, scrapy_settings)), encoding="utf-8")
        command, env = crawler_command(config_file)
        try:
            result = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
                                    timeout=CRAWL_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise CrawlError(f"crawler process still running after {CRAWL_TIMEOUT_S} s; killed "
                             "(run the crawl again to resume it)") from exc
    log_path = ctx.reports_dir / "crawl.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "a", encoding="utf-8") as handle:
        handle.write(result.stdout + result.stderr)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise CrawlError(f"crawler process exited with {result.returncode}: {tail} (see {log_path}); "
                         "run the crawl again to resume it")
    summary = summarise(_new_log_files(ctx.raw_dir, [s.id for s in sources], before))
    for s in sources:
        summary.by_source.setdefault(s.id, Counter())
    return summary
