"""What every source spider shares: index pages, article pages, the page budget, and an outcome per request.

A kind's spider only says where the article links are: `discover()` yields the first index
requests, and its parse methods turn index pages into `article_request()`s. Everything else is here:
skipping what the warehouse already holds, allow/deny patterns and the lookback window, the page
budget, conditional requests for index pages, article extraction, and one crawl-log row for every
request that did not store an article.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefusedError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from pactwatch.crawl.article import NotAnArticle, decode_html, extract_article
from pactwatch.crawl.batches import Validators
from pactwatch.crawl.known import KnownArticles
from pactwatch.crawl.urls import canonicalize_url
from scrapers import extraction
from scrapers.items import ArticleItem, CrawlLogItem

DEFAULT_MAX_PAGES = 500          # article pages per source and run
DEFAULT_MAX_INDEX_PAGES = 5      # listing / API / sitemap pages per source and run
FUTURE_SLACK = timedelta(days=1)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def sane_date(value: str | None) -> str | None:
    """A publication date, or None when it is unparseable, before 1995 or in the future (a bad feed)."""
    parsed = parse_iso(value)
    if parsed is None or parsed.year < 1995 or parsed > datetime.now(timezone.utc) + FUTURE_SLACK:
        return None
    return value


def newest_first(entries, date_of) -> list:
    """Entries by date, newest first; undated entries keep their order after the dated ones."""
    def key(pair):
        parsed = parse_iso(date_of(pair[1]))
        return (parsed is None, -(parsed.timestamp() if parsed else 0), pair[0])
    return [entry for _, entry in sorted(enumerate(entries), key=key)]


def describe_failure(failure) -> tuple[str, int | None, str]:
    """(outcome, http_status, reason) for a request that failed."""
    value = failure.value
    message = str(value)
    if failure.check(HttpError):
        status = value.response.status
        return "error", status, f"HTTP {status}"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return "error", None, "DNS lookup failed"
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return "error", None, f"timed out ({message})"
    if failure.check(DownloadConnectionRefusedError, TxConnectionRefusedError):
        return "error", None, "connection refused"
    if failure.check(DownloadCancelledError):
        # Scrapy cancels a download only for DOWNLOAD_MAXSIZE: announced (with a message) or
        # reached while streaming (without one).
        return "error", None, f"page over the size limit, download cut ({message or 'while streaming'})"
    if failure.check(IgnoreRequest):
        lowered = message.lower()
        if "robots.txt" in lowered:
            return "dropped", None, "forbidden by robots.txt"
        if "redirect" in lowered:
            return "error", None, "redirect loop or too many redirects"
        if "decompression" in lowered or "maxsize" in lowered:
            return "error", None, f"body over the size limit after decompression (gzip bomb?): {message}"
        return "error", None, f"request ignored: {message}"
    if failure.check(DownloadFailedError, ResponseDataLossError):
        return "error", None, f"download failed: {message}"
    return "error", None, f"{failure.type.__name__}: {message}"


class SourceSpider(scrapy.Spider):
    """Base class of the kind spiders; `kind` names the sources-file kind a subclass crawls."""

    kind = ""
    name = "source"

    def __init__(self, source: dict, known: KnownArticles | set | None = None, state_dir: str | None = None,
                 **kwargs):
        super().__init__(name=source["id"], **kwargs)
        self.source = source
        self.source_id = source["id"]
        if isinstance(known, KnownArticles):
            self.known = known
        else:
            self.known = KnownArticles(urls=set(known or ()))
        self.max_pages = int(source.get("max_pages", DEFAULT_MAX_PAGES))
        self.max_index_pages = int(source.get("max_index_pages", DEFAULT_MAX_INDEX_PAGES))
        self.allow = [re.compile(p) for p in as_list(source.get("allow"))]
        self.deny = [re.compile(p) for p in as_list(source.get("deny"))]
        days = source.get("lookback_days")
        self.cutoff = datetime.now(timezone.utc) - timedelta(days=int(days)) if days else None
        self.pages_requested = 0
        self.index_pages_requested = 0
        self.budget_hit = False
        self.errors = 0
        self.validators = Validators(state_dir, self.source_id)

    @property
    def known_urls(self) -> set[str]:
        return self.known.urls

    # -- discovery -----------------------------------------------------------------------------
    async def start(self):
        try:
            async for item in self.discover():
                yield item
        except Exception as exc:  # a broken configuration or archive fails this source, not the crawl
            self.logger.exception("source %s: cannot start", self.source_id)
            where = (as_list(self.source.get("url")) or as_list(self.source.get("urls")) or [self.source.get("path", "")])[0]
            yield self.log(str(where), "error", None, f"cannot start: {type(exc).__name__}: {exc}")

    async def discover(self):
        """Yield the first requests (or items) of this source."""
        raise NotImplementedError
        yield  # pragma: no cover

    # -- filters -------------------------------------------------------------------------------
    def wanted(self, url: str) -> bool:
        if self.allow and not any(p.search(url) for p in self.allow):
            return False
        return not any(p.search(url) for p in self.deny)

    def recent(self, iso_date: str | None) -> bool:
        """Inside the lookback window (an entry without a usable date is kept)."""
        if self.cutoff is None:
            return True
        parsed = parse_iso(iso_date)
        return parsed is None or parsed >= self.cutoff

    def is_new(self, url: str, canonical: str | None = None) -> bool:
        """Not stored, and not requested yet by this or another source of the same crawl."""
        canonical = canonical or canonicalize_url(url)
        return not (url in self.known.urls or canonical in self.known.urls or canonical in self.known.claimed)

    def claim(self, url: str) -> bool:
        """Take `url` for this run if it is wanted, new and within the page budget."""
        if not self.wanted(url):
            return False
        canonical = canonicalize_url(url)
        if not self.is_new(url, canonical):
            return False
        if self.pages_requested >= self.max_pages:
            if not self.budget_hit:
                self.logger.warning("source %s: page budget of %d reached", self.source_id, self.max_pages)
                self.budget_hit = True
            return False
        self.pages_requested += 1
        self.known.claimed.add(canonical)
        return True

    # -- requests ------------------------------------------------------------------------------
    def article_request(self, url: str, callback=None, **meta) -> scrapy.Request | None:
        """A request for an article page, or None if it is stored, queued, unwanted or over budget."""
        if not self.claim(url):
            return None
        return scrapy.Request(url, callback=callback or self.parse_article, errback=self.on_error,
                              dont_filter=True, meta={"source_id": self.source_id, **meta})

    def index_request(self, url: str, parse: str, conditional: bool = False, **cb_kwargs) -> scrapy.Request | None:
        """A request for a feed, sitemap, listing or API page, parsed by the method named `parse`.

        The first index page of a source is requested conditionally (ETag / Last-Modified of the
        last clean run): a 304 means there is nothing new.
        """
        if self.index_pages_requested >= self.max_index_pages:
            self.logger.info("source %s: %d index pages read, stopping", self.source_id, self.max_index_pages)
            return None
        self.index_pages_requested += 1
        headers = self.validators.headers_for(url) if conditional else {}
        meta = {"source_id": self.source_id, "index_page": True, "conditional": conditional}
        if conditional:
            meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(url, callback=self._parse_index, errback=self.on_index_error, dont_filter=True,
                              headers=headers, meta=meta, cb_kwargs={"parse": parse, **cb_kwargs})

    def _parse_index(self, response, parse: str, **kwargs):
        if response.status == 304:
            self.logger.info("source %s: %s not modified since the last run", self.source_id, response.url)
            return
        if response.meta.get("conditional"):
            first_url = (response.meta.get("redirect_urls") or [response.url])[0]   # the URL the source names
            self.validators.remember(first_url, _header(response, "ETag"), _header(response, "Last-Modified"))
        try:
            yield from getattr(self, parse)(response, **kwargs)
        except Exception as exc:
            self.logger.exception("source %s: cannot read index page %s", self.source_id, response.url)
            yield self.log(response.url, "error", response.status, f"cannot read index page: {type(exc).__name__}: {exc}")

    # -- outcomes ------------------------------------------------------------------------------
    def log(self, url: str, outcome: str, status: int | None, reason: str | None,
            duplicate_of: str | None = None) -> CrawlLogItem:
        if outcome == "error":
            self.errors += 1
        return CrawlLogItem(self.source_id, url, outcome, status, reason, duplicate_of)

    def page_text(self, response) -> str | None:
        if not isinstance(response, scrapy.http.TextResponse):
            return None
        return decode_html(response.body, _header(response, "Content-Type"))

    async def parse_article(self, response):
        fetched_at = now_iso()
        content_type = _header(response, "Content-Type")
        if not isinstance(response, scrapy.http.TextResponse):
            yield self.log(response.url, "dropped", response.status,
                           f"not a text page ({content_type or 'no content type'})")
            return
        try:
            article, signature = await extraction.POOL.extract(response.body, content_type, response.url)
        except Exception as exc:
            yield self._extraction_failure(response.url, response.status, exc)
            return
        item = self._article_item(article, response.status, fetched_at, response.meta.get("feed_published_at"))
        item.near_dup_signature = signature
        yield item

    def article_from_page(self, text: str, url: str, status: int | None, fetched_at: str,
                          fallback_published: str | None = None):
        """Extract in this process (archives, JSON articles): an ArticleItem or a crawl-log row."""
        try:
            article = extract_article(text, url)
        except Exception as exc:
            yield self._extraction_failure(url, status, exc)
            return
        yield self._article_item(article, status, fetched_at, fallback_published)

    def _extraction_failure(self, url: str, status: int | None, exc: Exception) -> CrawlLogItem:
        if isinstance(exc, NotAnArticle):
            return self.log(url, "dropped", status, str(exc))
        # a broken page must not stop the crawl; record it
        self.logger.warning("source %s: extraction failed for %s: %s", self.source_id, url, exc)
        return self.log(url, "error", status, f"extraction failed: {type(exc).__name__}: {exc}")

    def _article_item(self, article, status: int | None, fetched_at: str, fallback_published: str | None):
        return ArticleItem(
            source_id=self.source_id, url=article.url, canonical_url=article.canonical_url,
            title=article.title, body=article.body, language=article.language, author=article.author,
            published_at=sane_date(article.published_at) or sane_date(fallback_published),
            fetched_at=fetched_at, content_hash=article.content_hash, http_status=status or 200,
        )

    def on_error(self, failure):
        outcome, status, reason = describe_failure(failure)
        self.logger.warning("source %s: %s: %s", self.source_id, failure.request.url, reason)
        yield self.log(failure.request.url, outcome, status, reason)

    def on_index_error(self, failure):
        _, status, reason = describe_failure(failure)   # an index page that cannot be read is an error
        self.logger.warning("source %s: index page %s: %s", self.source_id, failure.request.url, reason)
        yield self.log(failure.request.url, "error", status, reason)

    def closed(self, reason: str) -> None:
        if reason == "finished" and not self.errors and not self.budget_hit:
            self.validators.save()


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
