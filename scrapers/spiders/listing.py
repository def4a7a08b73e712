"""`kind: listing`: HTML listing pages (a newsroom's "latest news") with selectors for links and next page.

`url` is one listing page or a list of them; `link_css` / `link_xpath` select the article links
(an `<a>` element, or a selector that ends in `::attr(href)` / `/@href`), `next_css` /
`next_xpath` the link to the next listing page. Paging stops at a page with nothing new or after
`max_index_pages`.
"""

from __future__ import annotations

from scrapers.spiders.base import SourceSpider, as_list


def _hrefs(selection) -> list[str]:
    found = []
    for sel in selection:
        if isinstance(sel.root, str):          # ::attr(href), /@href, text()
            value = sel.get()
        else:                                  # an <a>, or an element holding one
            value = sel.xpath("@href").get() or sel.xpath(".//a/@href").get()
        value = (value or "").strip()
        if value and not value.startswith(("#", "javascript:", "mailto:")):
            found.append(value)
    return found


class ListingSpider(SourceSpider):
    kind = name = "listing"

    async def discover(self):
        for url in as_list(self.source["url"]):
            request = self.index_request(url, "parse_listing", conditional=True)
            if request is not None:
                yield request

    def _select(self, response, css_key: str, xpath_key: str) -> list[str]:
        selection = []
        if self.source.get(css_key):
            selection += response.css(self.source[css_key])
        if self.source.get(xpath_key):
            selection += response.xpath(self.source[xpath_key])
        return _hrefs(selection)

    def parse_listing(self, response):
        if not hasattr(response, "css"):
            yield self.log(response.url, "error", response.status, "listing page is not HTML")
            return
        links = self._select(response, "link_css", "link_xpath")
        if not links:
            yield self.log(response.url, "error", response.status,
                           "no article links found on the listing page (have the selectors changed?)")
            return
        fresh = 0
        for link in links:
            url = response.urljoin(link)
            if not self.is_new(url) or not self.wanted(url):
                continue
            fresh += 1
            request = self.article_request(url)
            if request is not None:
                yield request
        if not fresh or self.budget_hit:
            return
        for link in self._select(response, "next_css", "next_xpath")[:1]:
            request = self.index_request(response.urljoin(link), "parse_listing")
            if request is not None:
                yield request
