"""`kind: feed`: the entries of an RSS 0.9x/1.0/2.0, Atom or JSON Feed that are not stored yet.

Entries are taken newest first (the page budget keeps the newest); `lookback_days` skips older
entries; an entry without a valid date is kept. The feed is parsed without entity expansion.
"""

from __future__ import annotations

from pactwatch.crawl.feeds import FeedError, parse_feed
from scrapers.spiders.base import SourceSpider, newest_first, sane_date


class FeedSpider(SourceSpider):
    kind = name = "feed"

    async def discover(self):
        yield self.index_request(self.source["url"], "parse_feed", conditional=True)

    def parse_feed(self, response):
        try:
            entries = parse_feed(response.body)
        except FeedError as exc:
            yield self.log(response.url, "error", response.status, f"bad feed: {exc}")
            return
        for entry in newest_first(entries, lambda e: sane_date(e.published_at)):
            published = sane_date(entry.published_at)
            if not self.recent(published):
                continue
            request = self.article_request(response.urljoin(entry.link), feed_published_at=published)
            if request is not None:
                yield request
