"""Crawl step: run the spiders of the enabled sources in a child Scrapy process.

Output is one pair of immutable JSON-lines files per source under
`<data>/raw/dt=<date>/source=<id>/`; the load step reads them into `raw.*`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pactwatch.settings import PROJECT_DIR, RunContext
from pactwatch.sources import Source, load_sources
from pactwatch.warehouse import known_urls

CRAWL_TIMEOUT_S = 4 * 3600
# Politeness protects other people's servers; a site on this machine (the sample site, test
# servers) is crawled without the download delay so demos and tests stay fast.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def _all_loopback(sources: list[Source]) -> bool:
    hosts = {urlsplit(s.url).hostname for s in sources if s.url}
    return bool(hosts) and hosts <= {"127.0.0.1", "localhost", "::1"}


class CrawlError(RuntimeError):
    pass


@dataclass
class CrawlSummary:
    """Per-source outcome counts of the crawl log files written by this crawl."""

    by_source: dict[str, Counter] = field(default_factory=dict)

    def total(self, outcome: str) -> int:
        return sum(c[outcome] for c in self.by_source.values())

    def failed_sources(self) -> list[str]:
        """Sources that produced errors and no article at all."""
        return sorted(s for s, c in self.by_source.items() if c["error"] and not c["stored"])


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


def crawl(ctx: RunContext, source_ids: list[str] | None = None, scrapy_settings: dict | None = None) -> CrawlSummary:
    """Crawl the enabled sources (or only `source_ids`) for the run date."""
    sources: list[Source] = load_sources(ctx.sources_file)
    if source_ids:
        unknown = set(source_ids) - {s.id for s in sources}
        if unknown:
            raise CrawlError(f"{ctx.sources_file}: no enabled source with id {sorted(unknown)[0]!r}")
        sources = [s for s in sources if s.id in source_ids]
    ctx.raw_dir.mkdir(parents=True, exist_ok=True)
    before = set(ctx.raw_dir.glob("source=*/crawl_log-*.jsonl"))
    with tempfile.TemporaryDirectory(prefix="pactwatch-crawl-") as tmp:
        known_file = Path(tmp) / "known_urls.txt"
        known_file.write_text("\n".join(sorted(known_urls(ctx.warehouse))), encoding="utf-8")
        config = {
            "run_id": ctx.run_id,
            "raw_dir": str(ctx.raw_dir),
            "known_urls_file": str(known_file),
            "sources": [s.to_dict() for s in sources],
            "settings": {**(LOOPBACK_SETTINGS if _all_loopback(sources) else {}), **(scrapy_settings or {})},
        }
        config_file = Path(tmp) / "crawl.json"
        config_file.write_text(json.dumps(config), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        result = subprocess.run(
            [sys.executable, "-m", "scrapers.run", str(config_file)],
            cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=CRAWL_TIMEOUT_S,
        )
    log_path = ctx.reports_dir / "crawl.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "a", encoding="utf-8") as handle:
        handle.write(result.stdout + result.stderr)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise CrawlError(f"crawler process exited with {result.returncode}: {tail} (see {log_path})")
    summary = summarise(_new_log_files(ctx.raw_dir, [s.id for s in sources], before))
    for s in sources:
        summary.by_source.setdefault(s.id, Counter())
    return summary
