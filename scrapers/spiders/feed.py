"""`kind: feed`: every entry of an RSS, Atom or JSON feed that is not stored yet, whatever its date."""

from __future__ import annotations

import scrapy

from pactwatch.crawl.feeds import FeedError, parse_feed
from scrapers.items import CrawlLogItem
from scrapers.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    name = "feed"

    async def start(self):
        yield scrapy.Request(self.source["url"], callback=self.parse_feed, errback=self.on_error,
                             dont_filter=True)

    def parse_feed(self, response):
        try:
            entries = parse_feed(response.body)
        except FeedError as exc:
            yield CrawlLogItem(self.source_id, response.url, "error", response.status, f"bad feed: {exc}")
            return
        for entry in entries:
            request = self.article_request(response.urljoin(entry.link), feed_published_at=entry.published_at)
            if request is not None:
                yield request
