"""Scrapy settings for pactwatch: polite by default, because these are other people's servers."""

import os

BOT_NAME = "pactwatch"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

CONTACT_URL = os.environ.get("PACTWATCH_CONTACT_URL", "https://github.com/pactwatch/pactwatch")
USER_AGENT = os.environ.get("PACTWATCH_USER_AGENT", f"pactwatch/0.1 (+{CONTACT_URL})")

# Politeness: obey robots.txt, one request at a time per domain, adaptive delay.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = float(os.environ.get("PACTWATCH_DOWNLOAD_DELAY", "1.0"))
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Faults: bounded time and size per page, retries with back-off for transient errors.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a 50 MB page is cut off, not read into memory
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
# A feed or page that is not an article is a logged outcome, not a crawl failure.
HTTPERROR_ALLOW_ALL = False

ITEM_PIPELINES = {
    "scrapers.pipelines.DeduplicatePipeline": 100,
    "scrapers.pipelines.RawBatchWriterPipeline": 900,
}

# The HTTP cache helps while developing a spider; PACTWATCH_HTTPCACHE=1 switches it on.
HTTPCACHE_ENABLED = os.environ.get("PACTWATCH_HTTPCACHE") == "1"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"  # conditional requests (ETag, Last-Modified)

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("PACTWATCH_SCRAPY_LOG_LEVEL", "WARNING")
FEED_EXPORT_ENCODING = "utf-8"
