"""`kind: sitemap`: article URLs from a sitemap index, a plain sitemap or a Google News sitemap.

`url` is a sitemap, a sitemap index or a robots.txt (its `Sitemap:` lines). Child sitemaps and
URLs older than `lookback_days` (by `<lastmod>`, or `<news:publication_date>`) are skipped; child
sitemaps must match `follow` and article URLs `allow`/`deny` (regular expressions). The newest
child sitemaps and URLs come first, so `max_index_pages` and `max_pages` keep the newest.
"""

from __future__ import annotations

import re

from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip

from pactwatch.crawl.feeds import FeedError, parse_sitemap
from scrapers.spiders.base import SourceSpider, as_list, newest_first, sane_date


class SitemapSpider(SourceSpider):
    kind = name = "sitemap"

    def __init__(self, source: dict, *args, **kwargs):
        source = {"max_index_pages": 20, **source}
        super().__init__(source, *args, **kwargs)
        self.follow = [re.compile(p) for p in as_list(source.get("follow"))]

    async def discover(self):
        yield self.index_request(self.source["url"], "parse_sitemap", conditional=True)

    def _body(self, response) -> bytes:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            return gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        return body

    def parse_sitemap(self, response):
        if response.url.endswith("/robots.txt"):
            for line in response.text.splitlines():
                if line.lower().startswith("sitemap:"):
                    request = self.index_request(response.urljoin(line.split(":", 1)[1].strip()), "parse_sitemap")
                    if request is not None:
                        yield request
            return
        try:
            kind, entries = parse_sitemap(self._body(response))
        except _DecompressionMaxSizeExceeded:
            yield self.log(response.url, "error", response.status,
                           "sitemap over the size limit after decompression (gzip bomb?)")
            return
        except (FeedError, OSError, EOFError) as exc:
            yield self.log(response.url, "error", response.status, f"bad sitemap: {exc}")
            return
        if kind == "sitemapindex":
            children = [e for e in entries if self.recent(e.lastmod)
                        and (not self.follow or any(p.search(e.loc) for p in self.follow))]
            for entry in newest_first(children, lambda e: e.lastmod):
                request = self.index_request(response.urljoin(entry.loc), "parse_sitemap")
                if request is None:
                    break
                yield request
            return
        for entry in newest_first(entries, lambda e: sane_date(e.published_at) or e.lastmod):
            if not self.recent(sane_date(entry.published_at) or entry.lastmod):
                continue
            request = self.article_request(response.urljoin(entry.loc), feed_published_at=sane_date(entry.published_at))
            if request is not None:
                yield request
