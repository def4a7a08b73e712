"""Downloader middlewares: retries with exponential back-off (and Retry-After) instead of at once."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import sleep


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds to wait from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting base × 2^(attempt-1) seconds (with jitter, capped) before each retry.

    A 429 or 503 with Retry-After waits as long as the server asks, up to RETRY_BACKOFF_MAX.
    Settings: RETRY_BACKOFF_BASE (seconds), RETRY_BACKOFF_MAX (seconds).
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def _delay(self, retry_request, response=None) -> float:
        attempt = max(1, int(retry_request.meta.get("retry_times", 1)))
        delay = self.base * 2 ** (attempt - 1) * random.uniform(1.0, 1.25)
        if response is not None and response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                delay = max(delay, asked)
        return min(delay, self.cap)

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if result is not response and result is not None:
            await sleep(self._delay(result, response))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if result is not None:
            await sleep(self._delay(result))
        return result
