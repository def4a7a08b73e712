"""Item pipelines: turn duplicates into crawl-log rows, then append every outcome to the source's raw batches."""

from __future__ import annotations

from pathlib import Path

from scrapy import signals

from pactwatch.crawl import dedup
from pactwatch.crawl.batches import DEFAULT_BATCH_ITEMS, BatchWriter, now_iso
from scrapers.items import ArticleItem, CrawlLogItem

# A page an earlier run stored: marts/agg_source_health.sql leaves these out of a source's daily
# health, so a rerun of the day does not change it. Keep the two in step.
ALREADY_STORED = "canonical URL already stored"


class DeduplicatePipeline:
    """Store an article once: by canonical URL, by content hash, and once per syndicated story.

    URLs already in the warehouse are skipped by the spiders before any request; this catches what
    only shows up after download: a canonical URL that is stored or was crawled earlier in this run
    (a tracking link, two feeds), the same text under another URL, and near-duplicates (a wire story
    or press release republished with a new intro or footer). Each is logged as 'duplicate' with
    `duplicate_of` set to the stored copy. All spiders of one crawl process share one
    `KnownArticles`, so two sources listing one story store it once.
    """

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        return pipeline

    def process_item(self, item, spider=None):
        if not isinstance(item, ArticleItem):
            return item
        spider = self.crawler.spider
        known = spider.known
        key = item.canonical_url

        def duplicate(reason: str, first: str) -> CrawlLogItem:
            return CrawlLogItem(item.source_id, item.url, "duplicate", item.http_status, reason, first)

        if key in known.urls:
            reason = "already crawled in this run" if key in known.stored_this_run else ALREADY_STORED
            return duplicate(reason, key)
        first = known.hashes.get(item.content_hash)
        if first:
            return duplicate(f"same content as {first}", first)
        if item.near_dup_signature is not None:
            signature = dedup.decode(item.near_dup_signature)
        else:
            signature = dedup.signature(item.body)
        near = known.near.find(signature)
        if near:
            return duplicate(f"near-duplicate of {near[0]} (similarity {near[1]:.2f})", near[0])
        known.add(item.url, key, item.content_hash, signature=signature)
        known.stored_this_run.update({item.url, key})
        return item


class RawBatchWriterPipeline:
    """Write one source's articles and crawl log as JSON lines, published atomically batch by batch.

    Files are written as *.tmp and renamed when a batch is full or the spider closes, so the load
    step only ever sees complete batches; a published batch file is never rewritten (raw data is
    immutable). An exception in a spider callback becomes an 'error' row for the page.
    """

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls()
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.on_spider_error, signal=signals.spider_error)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        settings = spider.settings
        self.run_id = settings.get("PACTWATCH_RUN_ID")
        source_dir = Path(settings.get("PACTWATCH_RAW_DIR")) / f"source={spider.source_id}"
        self.writer = BatchWriter(source_dir, settings.getint("PACTWATCH_BATCH_ITEMS", DEFAULT_BATCH_ITEMS))

    def _log_record(self, source_id, url, outcome, http_status, error, duplicate_of=None) -> dict:
        return {"run_id": self.run_id, "source_id": source_id, "url": url, "outcome": outcome,
                "http_status": http_status, "error": error, "duplicate_of": duplicate_of, "logged_at": now_iso()}

    def process_item(self, item, spider=None):
        if isinstance(item, ArticleItem):
            record = {"run_id": self.run_id, **vars(item)}   # flat fields: no deep copy (dataclasses.asdict)
            del record["near_dup_signature"]
            self.writer.write_article(record,
                                      self._log_record(item.source_id, item.url, "stored", item.http_status, None))
        elif isinstance(item, CrawlLogItem):
            self.writer.write_log(self._log_record(item.source_id, item.url, item.outcome, item.http_status,
                                                   item.error, item.duplicate_of))
        return item

    def on_spider_error(self, failure, response, spider):
        spider.errors = getattr(spider, "errors", 0) + 1
        self.writer.write_log(self._log_record(
            spider.source_id, response.url, "error", response.status,
            f"spider error: {failure.type.__name__}: {failure.getErrorMessage()}"))

    def close_spider(self, spider=None):
        self.writer.close()
