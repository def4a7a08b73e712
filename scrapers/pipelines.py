"""Item pipelines: drop duplicates, then append every outcome to the run's raw batch files."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from scrapers.items import ArticleItem, CrawlLogItem


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class DeduplicatePipeline:
    """Same article twice in one crawl (two feeds, a tracking link, a syndicated copy): keep the first.

    URLs already in the warehouse are skipped by the spiders before any request; this catches what
    only shows up after download: equal canonical URLs and equal content hashes.
    """

    # Shared by all spiders of one crawl process, so two sources listing one story store it once.
    seen_urls: set[str] = set()
    seen_hashes: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def process_item(self, item, spider=None):
        if not isinstance(item, ArticleItem):
            return item
        known = getattr(self.crawler.spider, "known_urls", set())
        if item.canonical_url in known:
            return CrawlLogItem(item.source_id, item.url, "duplicate", item.http_status,
                                "canonical URL already stored")
        if item.canonical_url in self.seen_urls or item.url in self.seen_urls:
            return CrawlLogItem(item.source_id, item.url, "duplicate", item.http_status,
                                "already crawled in this run")
        first = self.seen_hashes.get(item.content_hash)
        if first:
            return CrawlLogItem(item.source_id, item.url, "duplicate", item.http_status,
                                f"same content as {first}")
        self.seen_urls.update({item.url, item.canonical_url})
        self.seen_hashes[item.content_hash] = item.canonical_url
        return item


class RawBatchWriterPipeline:
    """Write one source's articles and crawl log as JSON lines, published atomically at the end.

    Files are written as *.tmp and renamed when the spider closes, so the load step only ever
    sees complete batches; a batch file is never rewritten afterwards (raw data is immutable).
    """

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        settings = spider.settings
        self.run_id = settings.get("PACTWATCH_RUN_ID")
        raw_dir = Path(settings.get("PACTWATCH_RAW_DIR"))
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        self.dir = raw_dir / f"source={spider.source_id}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.paths = {
            "articles": self.dir / f"articles-{stamp}-{os.getpid()}.jsonl",
            "crawl_log": self.dir / f"crawl_log-{stamp}-{os.getpid()}.jsonl",
        }
        self.files = {k: open(str(p) + ".tmp", "w", encoding="utf-8") for k, p in self.paths.items()}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def _write(self, kind: str, record: dict) -> None:
        self.files[kind].write(json.dumps(record, ensure_ascii=False) + "\n")

    def process_item(self, item, spider=None):
        logged_at = _now()
        if isinstance(item, ArticleItem):
            self._write("articles", {"run_id": self.run_id, **asdict(item)})
            self._write("crawl_log", {"run_id": self.run_id, "source_id": item.source_id, "url": item.url,
                                      "outcome": "stored", "http_status": item.http_status, "error": None,
                                      "logged_at": logged_at})
        elif isinstance(item, CrawlLogItem):
            self._write("crawl_log", {"run_id": self.run_id, "source_id": item.source_id, "url": item.url,
                                      "outcome": item.outcome, "http_status": item.http_status,
                                      "error": item.error, "logged_at": logged_at})
        return item

    def close_spider(self, spider=None):
        for kind, handle in self.files.items():
            handle.close()
            os.replace(str(self.paths[kind]) + ".tmp", self.paths[kind])
