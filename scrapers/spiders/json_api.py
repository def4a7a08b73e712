"""`kind: json_api`: a paginated JSON search API, described by data (GOV.UK search is the first user).

- `url`: the first page of results.
- `items`: JSON path to the list of results; `link` (a path in one result) or `link_template`
  (`https://site/doc?id={id}`, each `{path}` filled from the result) gives the article URL, relative
  URLs are resolved against the API URL; `date` and `title` are optional paths.
- Next page: `next` (a path to the next page's URL), or `page_param` (a query parameter raised by
  `page_step`, default 1: an offset such as GOV.UK's `start` with `page_step: 20`, or a page
  number), stopping at `total` (a path to the number of results), at an empty or all-known page,
  or after `max_index_pages`.
- Articles that are JSON documents themselves (an SPA's API): `article_body` (path to the HTML of
  the text), with optional `article_title` and `article_date`.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from pactwatch.crawl.feeds import json_path, parse_date
from scrapers.spiders.base import SourceSpider, now_iso, sane_date

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def with_query_param(url: str, name: str, value) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(value)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def query_param(url: str, name: str) -> str | None:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(name)


class JsonApiSpider(SourceSpider):
    kind = name = "json_api"

    async def discover(self):
        yield self.index_request(self.source["url"], "parse_api", conditional=True)

    def _link(self, item) -> str | None:
        template = self.source.get("link_template")
        if template:
            values = {}
            for path in _PLACEHOLDER.findall(template):
                value = json_path(item, path)
                if value is None:
                    return None
                values[path] = quote(str(value), safe="/")
            return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
        link = json_path(item, self.source.get("link"))
        return link if isinstance(link, str) and link.strip() else None

    def parse_api(self, response):
        try:
            data = json.loads(response.body)
        except ValueError as exc:
            yield self.log(response.url, "error", response.status, f"bad JSON from the API: {exc}")
            return
        items = json_path(data, self.source["items"])
        if not isinstance(items, list):
            yield self.log(response.url, "error", response.status,
                           f"no list of results at {self.source['items']!r} in the API response")
            return
        fresh = 0
        for item in items:
            link = self._link(item)
            if not link:
                continue
            published = sane_date(parse_date(str(json_path(item, self.source.get("date")) or "")))
            url = response.urljoin(link)
            if not self.recent(published):
                continue
            if not self.is_new(url):
                continue
            fresh += 1
            callback = self.parse_json_article if self.source.get("article_body") else None
            request = self.article_request(url, callback=callback, feed_published_at=published,
                                           feed_title=json_path(item, self.source.get("title")))
            if request is not None:
                yield request
        if not items or not fresh or self.budget_hit:
            return   # an empty page, or nothing new: older pages hold only stored articles
        next_url = self._next_page(response.url, data, len(items))
        if next_url:
            request = self.index_request(response.urljoin(next_url), "parse_api")
            if request is not None:
                yield request

    def _next_page(self, url: str, data, count: int) -> str | None:
        if self.source.get("next"):
            found = json_path(data, self.source["next"])
            return found if isinstance(found, str) and found else None
        param = self.source.get("page_param")
        if not param:
            return None
        step = int(self.source.get("page_step", 1))
        current = query_param(url, param)
        try:
            current_value = int(current) if current is not None else (0 if step > 1 else 1)
        except ValueError:
            return None
        following = current_value + step
        total = json_path(data, self.source.get("total")) if self.source.get("total") else None
        if isinstance(total, (int, float)) and step > 1 and following >= total:
            return None
        return with_query_param(url, param, following)

    def parse_json_article(self, response):
        fetched_at = now_iso()
        try:
            data = json.loads(response.body)
        except ValueError as exc:
            yield self.log(response.url, "error", response.status, f"bad JSON article: {exc}")
            return
        body = json_path(data, self.source["article_body"])
        if not isinstance(body, str) or not body.strip():
            yield self.log(response.url, "dropped", response.status,
                           f"no article text at {self.source['article_body']!r}")
            return
        title = json_path(data, self.source.get("article_title")) or response.meta.get("feed_title") or ""
        published = sane_date(parse_date(str(json_path(data, self.source.get("article_date")) or "")))
        date_meta = f'<meta property="article:published_time" content="{html.escape(published)}">' if published else ""
        page = (f"<!DOCTYPE html><html><head><title>{html.escape(str(title))}</title>"
                f'<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(str(title))}">'
                f"{date_meta}</head><body><article><h1>{html.escape(str(title))}</h1>{body}</article></body></html>")
        yield from self.article_from_page(page, response.url, response.status, fetched_at,
                                          published or response.meta.get("feed_published_at"))
