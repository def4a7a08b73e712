"""Run the spiders of several sources in one Scrapy process: `python -m scrapers.run CONFIG.json`.

pactwatch always crawls in a child process: Twisted's reactor cannot be restarted, and Airflow's
`dag.test()` runs every task in one process. The config (written by pactwatch.crawl.runner) holds
the run id, the raw and state folders, the sources, the known-articles file and extra settings.

Before its spider starts, each source's lock is taken (a second crawl of the same source into the
same data folder is refused) and the `.tmp` batches a killed crawl left behind are published.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from pactwatch.crawl.batches import BatchWriter, SourceBusy, now_iso, recover_orphans, source_lock
from pactwatch.crawl.known import KnownArticles
from scrapers import extraction
from scrapers.extraction import ExtractionPool, extract_page
from scrapers.spiders import SPIDERS_BY_KIND

# Scrapy 2.19 hands every queued request of a slot to the downloader at once when the slot's delay
# is 0 (the transfer is counted only once its task starts), so a concurrency limit needs a delay.
MIN_SLOT_DELAY = 0.001


def download_slots(sources: list[dict], default_delay: float = 0.0) -> dict[str, dict]:
    """Per-host politeness from the sources file: the longest delay and the lowest concurrency asked."""
    slots: dict[str, dict] = {}
    for source in sources:
        if "download_delay" not in source and "concurrency" not in source:
            continue
        urls = source.get("url") or []
        for url in (urls if isinstance(urls, list) else [urls]) + list(source.get("urls") or []):
            host = urlsplit(url).hostname
            if not host:
                continue
            slot = slots.setdefault(host, {"delay": max(default_delay, MIN_SLOT_DELAY)})
            if "download_delay" in source:
                slot["delay"] = max(slot["delay"], float(source["download_delay"]), MIN_SLOT_DELAY)
            if "concurrency" in source:
                slot["concurrency"] = min(slot.get("concurrency", 1_000), int(source["concurrency"]))
    return slots


def _log_only(raw_dir: Path, run_id: str, source: dict, reason: str) -> None:
    writer = BatchWriter(raw_dir / f"source={source['id']}")
    where = source.get("url") or source.get("urls") or source.get("path")
    writer.write_log({"run_id": run_id, "source_id": source["id"], "url": str(where[0] if isinstance(where, list) else where),
                      "outcome": "error", "http_status": None, "error": reason, "duplicate_of": None,
                      "logged_at": now_iso()})
    writer.close()


def main(config_path: str) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    raw_dir = Path(config["raw_dir"])
    state_dir = Path(config.get("state_dir") or raw_dir.parent.parent / "crawl_state")
    known = KnownArticles.load(config.get("known_file"))
    if config.get("known_urls_file"):   # older configs: a plain list of URLs
        known.urls |= set(Path(config["known_urls_file"]).read_text(encoding="utf-8").split("\n")) - {""}
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    settings.update({
        "PACTWATCH_RUN_ID": config["run_id"],
        "PACTWATCH_RAW_DIR": str(raw_dir),
        "HTTPCACHE_DIR": str(state_dir / "httpcache"),
        **config.get("settings", {}),
    }, priority="cmdline")
    settings.set("DOWNLOAD_SLOTS", {**download_slots(config["sources"], settings.getfloat("DOWNLOAD_DELAY")),
                                    **settings.getdict("DOWNLOAD_SLOTS")}, priority="cmdline")
    workers = settings.getint("PACTWATCH_EXTRACT_WORKERS")
    # The MinHash signature of a body (~0.25 ms) is computed where there is CPU to spare: with one
    # worker, extraction is the bottleneck and this process has time left, so the dedup pipeline
    # signs; with several workers (or none), extract_page does.
    extraction.POOL = ExtractionPool(workers, settings.getfloat("PACTWATCH_EXTRACT_TIMEOUT"),
                                     functools.partial(extract_page, sign=workers != 1),
                                     prefetch=settings.getint("PACTWATCH_EXTRACT_PREFETCH")).start()
    process = CrawlerProcess(settings)
    # Scrapy's handler drops records below LOG_LEVEL, but only after each was built: two DEBUG
    # records per page ("Crawled", "Scraped from"). The logger's own level skips them up front.
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL"))
    with contextlib.ExitStack() as locks:
        locks.callback(extraction.POOL.close)
        for source in config["sources"]:
            spider = SPIDERS_BY_KIND.get(source["kind"])
            if spider is None:
                _log_only(raw_dir, config["run_id"], source, f"kind {source['kind']!r} has no spider")
                continue
            try:
                locks.enter_context(source_lock(state_dir, source["id"]))
            except SourceBusy as exc:
                print(f"source {source['id']}: {exc}", file=sys.stderr)
                _log_only(raw_dir, config["run_id"], source, str(exc))
                continue
            recovered = recover_orphans(raw_dir / f"source={source['id']}")
            if recovered:
                print(f"source {source['id']}: published {len(recovered)} batch files of an interrupted crawl",
                      file=sys.stderr)
            process.crawl(spider, source=source, known=known, state_dir=str(state_dir))
        process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
