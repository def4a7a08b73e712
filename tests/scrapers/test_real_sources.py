"""Every configured real source parses a hand-written fixture that mirrors its site (issue 3, item 4).

tests/data/sites/<source id>/site.yml maps the real URLs the spider requests to fixture files,
and lists the articles expected from them. The configured spider (the source's entry in
scrapers/sources.yml, unchanged except for the lookback window, which the fixture's fixed dates
would fall out of) runs its requests against the fixtures: no server and no internet, the
callbacks get the same `HtmlResponse`/`XmlResponse`/`TextResponse` Scrapy would build. A URL with no
fixture answers 404, as an unknown page would.
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest
import yaml
from scrapy import Request
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url as w3_canonical

from pactwatch.crawl.known import KnownArticles
from pactwatch.settings import DEFAULT_SOURCES_FILE
from pactwatch.sources import load_sources
from scrapers.items import ArticleItem, CrawlLogItem
from scrapers.spiders import SPIDERS_BY_KIND

SITES = Path(__file__).resolve().parents[1] / "data" / "sites"
SOURCES = load_sources(DEFAULT_SOURCES_FILE)
CONTENT_TYPES = {".json": "application/json", ".xml": "application/xml", ".html": "text/html; charset=utf-8",
                 ".gz": "application/x-gzip", ".atom": "application/atom+xml", ".rss": "application/rss+xml"}


def fake_response(request: Request, path: Path | None) -> Response:
    if path is None:
        return Response(request.url, status=404, body=b"Not found", request=request)
    body = path.read_bytes()
    headers = Headers({"Content-Type": CONTENT_TYPES.get(path.suffix, "application/octet-stream")})
    cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
    return cls(url=request.url, status=200, headers=headers, body=body, request=request)


def run_spider(source: dict, pages: dict[str, Path]):
    """Run a spider's requests against fixture files; return (items, URLs requested)."""
    cls = SPIDERS_BY_KIND[source["kind"]]
    crawler = get_crawler(cls, {"DOWNLOAD_MAXSIZE": 10 * 1024 * 1024})
    spider = cls.from_crawler(crawler, source=source, known=KnownArticles())
    lookup = {w3_canonical(url): path for url, path in pages.items()}

    async def collect(outputs):
        if inspect.isasyncgen(outputs):
            return [x async for x in outputs]
        return list(outputs or [])

    queue, items, requested = asyncio.run(collect(spider.start())), [], []
    while queue:
        output = queue.pop(0)
        if isinstance(output, Request):
            requested.append(output.url)
            response = fake_response(output, lookup.get(w3_canonical(output.url)))
            if response.status >= 400:
                failure = Failure(HttpError(response))
                failure.request = output          # as Scrapy sets it
                queue.extend(asyncio.run(collect(output.errback(failure))))
            else:
                queue.extend(asyncio.run(collect(output.callback(response, **output.cb_kwargs))))
        elif output is not None:
            items.append(output)
    return items, requested


@pytest.mark.parametrize("source", SOURCES, ids=[s.id for s in SOURCES])
def test_configured_spider_parses_the_site_fixture(source):
    folder = SITES / source.id
    assert (folder / "site.yml").exists(), f"no fixture for source {source.id} in {folder}"
    site = yaml.safe_load((folder / "site.yml").read_text(encoding="utf-8"))
    pages = {url: folder / name for url, name in site["pages"].items()}
    config = {k: v for k, v in source.to_dict().items() if k != "lookback_days"}
    items, requested = run_spider(config, pages)

    index_urls = [u for u in requested if u in site["pages"] and not any(u == e["url"] for e in site["expect"])]
    assert index_urls, f"{source.id}: the configured start URL has no fixture"
    index_errors = [i for i in items if isinstance(i, CrawlLogItem) and i.url in index_urls]
    assert index_errors == [], index_errors
    articles = {i.url: i for i in items if isinstance(i, ArticleItem)}
    for expected in site["expect"]:
        article = articles.get(expected["url"])
        assert article is not None, (expected["url"], [i for i in items if getattr(i, "url", None) == expected["url"]],
                                     requested)
        assert article.title == expected["title"]
        assert article.language == expected["language"]
        if expected.get("published"):
            assert (article.published_at or "").startswith(str(expected["published"])), article.published_at
        if "author" in expected:
            assert article.author == expected["author"]
        if expected.get("canonical_url"):
            assert article.canonical_url == expected["canonical_url"]
        for text in expected.get("body_has", []):
            assert text in article.body, (text, article.body[:300])
        for text in expected.get("body_lacks", []):
            assert text not in article.body, (text, article.body)
    # Fixture pages that are not articles must be dropped with a reason, never stored.
    for url in site.get("not_articles", []):
        assert url not in articles
        assert any(isinstance(i, CrawlLogItem) and i.url == url and i.outcome == "dropped" for i in items)


def test_real_sources_file_covers_the_issue():
    assert len(SOURCES) >= 15 and all(s.enabled for s in SOURCES)
    assert {s.settings.get("language") for s in SOURCES} >= {"en", "fr", "de", "es", "it", "pt", "nl"}
    assert SOURCES[0].id == "gov-uk-dsit" and SOURCES[0].kind == "json_api"
    assert {"feed", "sitemap", "json_api", "listing"} <= {s.kind for s in SOURCES}
    assert {p.name for p in SITES.iterdir() if p.is_dir()} >= {s.id for s in SOURCES}
