"""Scrapy settings for pactwatch: polite by default, because these are other people's servers.

`scrapers.run` adds the run's own settings (run id, raw and state folders, per-host slots from the
sources file); `pactwatch.crawl.runner` relaxes the politeness settings for sites on this machine.
"""

import os

BOT_NAME = "pactwatch"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

# Who we are: a user agent that names pactwatch and where to reach its operators.
CONTACT_URL = os.environ.get("PACTWATCH_CONTACT_URL", "https://github.com/pactwatch/pactwatch")
USER_AGENT = os.environ.get("PACTWATCH_USER_AGENT", f"pactwatch/0.1 (+{CONTACT_URL})")

# Politeness: obey robots.txt, one request at a time per host, an adaptive delay of at least 1 s.
# A source can ask for more (`download_delay`, `concurrency` in the sources file -> DOWNLOAD_SLOTS).
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = float(os.environ.get("PACTWATCH_DOWNLOAD_DELAY", "1.0"))
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = max(DOWNLOAD_DELAY, 1.0)
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False   # no consent cookies, no session tracking: every page as a first visit

# Faults: bounded time and size per page, retries with exponential back-off for transient errors.
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a 50 MB page (or a gzip bomb, after decompression) is cut off
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = float(os.environ.get("PACTWATCH_RETRY_BACKOFF", "2.0"))   # 2, 4, 8 s (+ jitter)
RETRY_BACKOFF_MAX = 120.0                                                     # also caps Retry-After
REDIRECT_MAX_TIMES = 5
HTTPERROR_ALLOW_ALL = False
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
}
# `.invalid` / `.test` hosts fail at once instead of querying DNS.
TWISTED_DNS_RESOLVER = "scrapers.resolver.ReservedNamesResolver"

# Items are processed in parallel per response; each callback yields one article, and Scrapy starts
# CONCURRENT_ITEMS asyncio tasks per response (100 by default), which alone cost a third of a
# crawl's time. A few are plenty.
CONCURRENT_ITEMS = 8

# Article extraction runs in this many forked worker processes (0: in the crawler process), so
# downloads go on while pages are read; a page that hangs a worker longer than the timeout is an error.
PACTWATCH_EXTRACT_WORKERS = int(os.environ.get("PACTWATCH_EXTRACT_WORKERS", "1" if (os.cpu_count() or 1) > 1 else "0"))
PACTWATCH_EXTRACT_TIMEOUT = 60.0

ITEM_PIPELINES = {
    "scrapers.pipelines.DeduplicatePipeline": 100,
    "scrapers.pipelines.RawBatchWriterPipeline": 900,
}
PACTWATCH_BATCH_ITEMS = 1000   # articles per raw batch file; a long crawl publishes as it goes

# The HTTP cache helps while developing a spider; PACTWATCH_HTTPCACHE=1 switches it on. It lives in
# <data dir>/crawl_state/httpcache and replays every response for a day, so iterating on a spider
# does not hit the site again.
# Production runs send their own conditional requests for index pages (ETag / Last-Modified).
HTTPCACHE_ENABLED = os.environ.get("PACTWATCH_HTTPCACHE") == "1"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.DummyPolicy"   # replay everything while it is fresh
HTTPCACHE_EXPIRATION_SECS = 24 * 3600
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# A crawler that grows past this is stopped cleanly (its batches are published) instead of OOM-killed.
MEMUSAGE_ENABLED = True
MEMUSAGE_LIMIT_MB = int(os.environ.get("PACTWATCH_CRAWL_MEMORY_MB", "1500"))

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("PACTWATCH_SCRAPY_LOG_LEVEL", "WARNING")
FEED_EXPORT_ENCODING = "utf-8"
