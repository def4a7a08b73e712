"""`kind: urls`: an explicit list of article URLs (key documents, a hand-picked backfill)."""

from __future__ import annotations

from scrapers.spiders.base import SourceSpider


class UrlsSpider(SourceSpider):
    kind = name = "urls"

    async def discover(self):
        for url in self.source["urls"]:
            request = self.article_request(url)
            if request is not None:
                yield request
