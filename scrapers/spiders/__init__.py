"""Generic spiders, one per source kind; `SPIDERS_BY_KIND` maps a sources-file kind to its spider."""

from scrapers.spiders.archive import ArchiveSpider
from scrapers.spiders.feed import FeedSpider
from scrapers.spiders.json_api import JsonApiSpider
from scrapers.spiders.listing import ListingSpider
from scrapers.spiders.sitemap import SitemapSpider
from scrapers.spiders.urls import UrlsSpider

SPIDERS_BY_KIND = {spider.kind: spider for spider in
                   (FeedSpider, SitemapSpider, JsonApiSpider, ListingSpider, UrlsSpider, ArchiveSpider)}

__all__ = ["SPIDERS_BY_KIND", "ArchiveSpider", "FeedSpider", "JsonApiSpider", "ListingSpider", "SitemapSpider",
           "UrlsSpider"]
