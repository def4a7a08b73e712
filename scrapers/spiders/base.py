"""What every source spider shares: skip known URLs, a page budget, article parsing, error logging."""

from __future__ import annotations

from datetime import datetime, timezone

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from pactwatch.crawl.article import NotAnArticle, extract_article
from pactwatch.crawl.urls import canonicalize_url
from scrapers.items import ArticleItem, CrawlLogItem

DEFAULT_MAX_PAGES = 500


class SourceSpider(scrapy.Spider):
    """Base class: subclasses find article URLs in `start()` and call `article_request`."""

    def __init__(self, source: dict, known_urls: set[str] | None = None, **kwargs):
        super().__init__(name=source["kind"], **kwargs)
        self.source = source
        self.source_id = source["id"]
        self.known_urls = known_urls or set()
        self.max_pages = int(source.get("max_pages", DEFAULT_MAX_PAGES))
        self.pages_requested = 0
        self.requested: set[str] = set()

    # -- building requests -------------------------------------------------------------------
    def article_request(self, url: str, **meta) -> scrapy.Request | None:
        """A request for an article page, or None if it is stored, already queued, or over budget."""
        canonical = canonicalize_url(url)
        if url in self.known_urls or canonical in self.known_urls or canonical in self.requested:
            return None
        if self.pages_requested >= self.max_pages:
            if self.pages_requested == self.max_pages:
                self.logger.warning("source %s: page budget of %d reached", self.source_id, self.max_pages)
                self.pages_requested += 1
            return None
        self.pages_requested += 1
        self.requested.add(canonical)
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                              meta={"source_id": self.source_id, **meta})

    # -- responses ---------------------------------------------------------------------------
    def parse_article(self, response):
        fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        if not isinstance(response, scrapy.http.TextResponse):
            yield CrawlLogItem(self.source_id, response.url, "dropped", response.status, "not a text page")
            return
        try:
            article = extract_article(response.text, response.url)
        except NotAnArticle as exc:
            yield CrawlLogItem(self.source_id, response.url, "dropped", response.status, str(exc))
            return
        except Exception as exc:  # a broken page must not stop the crawl; record it
            yield CrawlLogItem(self.source_id, response.url, "error", response.status,
                               f"extraction failed: {type(exc).__name__}: {exc}")
            return
        published = article.published_at or response.meta.get("feed_published_at")
        yield ArticleItem(
            source_id=self.source_id, url=article.url, canonical_url=article.canonical_url,
            title=article.title, body=article.body, language=article.language, author=article.author,
            published_at=published, fetched_at=fetched_at, content_hash=article.content_hash,
            http_status=response.status,
        )

    def on_error(self, failure):
        request = failure.request
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}"
        elif failure.check(DNSLookupError):
            reason = "DNS lookup failed"
        elif failure.check(TimeoutError, TCPTimedOutError):
            reason = "timed out"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.logger.warning("source %s: %s: %s", self.source_id, request.url, reason)
        yield CrawlLogItem(self.source_id, request.url, "error", status, reason)
