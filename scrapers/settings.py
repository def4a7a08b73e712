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

# Items are processed in parallel per response, and Scrapy starts CONCURRENT_ITEMS + 1 asyncio
# tasks per response (100 by default), which alone cost a third of a crawl's time. An article
# callback yields one item, an index page yields requests, and the pipelines never wait on I/O (the
# extraction is awaited in the callback, across responses), so one is enough.
CONCURRENT_ITEMS = 1

# Spider middlewares that only keep statistics or warn spider authors, at a cost on every page:
# request depth (no DEPTH_LIMIT here) and the meta-copy warning.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}


def default_extract_workers(cores: int) -> int:
    """Extraction workers for a machine with `cores` usable cores: none on one core, else two.

    Measured with bench/crawl.py on 2 cores: 2 workers beat 1 by 20-50% when the machine has no
    other work (the crawler process needs about half a core, and one worker cannot use the rest),
    and do about as well as 1 when other work keeps the cores busy (load average 3-4: within the
    noise, 1 slightly ahead on average; two extraction workers then slow each other by 25-40% per
    page). The second costs about 145 MB RSS, most of it shared with the crawler process (about
    25 MB PSS). More would not help much: the crawler process itself tops out at about 600
    pages/s, which two workers already match. Real crawls wait on per-host delays, not on
    extraction; PACTWATCH_EXTRACT_WORKERS=1 saves the memory.
    """
    return 0 if cores <= 1 else 2


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# Article extraction runs in this many forked worker processes (0: in the crawler process), so
# downloads go on while pages are read; a page that hangs a worker longer than the timeout is an error.
PACTWATCH_EXTRACT_WORKERS = int(os.environ.get("PACTWATCH_EXTRACT_WORKERS", default_extract_workers(_usable_cores())))
PACTWATCH_EXTRACT_TIMEOUT = 60.0
PACTWATCH_EXTRACT_PREFETCH = 16   # pages queued per worker, so it never waits for the crawler process

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
REMOTE_CONTROL_ENABLED = False   # Scrapy 2.19's HTTP control server (runs posted code): not wanted here
LOG_LEVEL = os.environ.get("PACTWATCH_SCRAPY_LOG_LEVEL", "WARNING")
FEED_EXPORT_ENCODING = "utf-8"
