"""Article extraction in worker processes, so the crawler's event loop keeps downloading meanwhile.

Extraction (lxml + trafilatura + language detection) is CPU-bound and takes most of a crawl's time;
run in the Scrapy process it stalls every download while a page is being read. With
`PACTWATCH_EXTRACT_WORKERS` > 0 pages are extracted by a small pool of forked worker processes.
The pool also isolates faults: a page that hangs extraction longer than
`PACTWATCH_EXTRACT_TIMEOUT` seconds, or crashes a worker, becomes an error for that page and the
pool is restarted; the crawl goes on. With 0 workers (or without the asyncio reactor) extraction
runs in-process.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pactwatch.crawl import dedup
from pactwatch.crawl.article import Article, decode_html, extract_article

logger = logging.getLogger(__name__)


class ExtractionFailed(Exception):
    """The worker extracting a page hung or died; the message says which."""


def _die_with_parent() -> None:
    """Linux: a worker is killed when the crawler process dies, even by SIGKILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the crawler's to handle


def extract_page(body: bytes, content_type: str | None, url: str) -> tuple[Article, str | None]:
    """Decode and extract a downloaded page, and sign its body for near-duplicate detection.

    All of it is CPU work, so all of it happens in the worker (bytes cross the process boundary
    more cheaply than text).
    """
    article = extract_article(decode_html(body, content_type), url)
    signature = dedup.signature(article.body)
    return article, dedup.encode(signature) if signature is not None else None


def _ping() -> bool:
    return True


class ExtractionPool:
    def __init__(self, workers: int = 0, timeout: float = 60.0, function=extract_page):
        self.workers = max(0, int(workers))
        self.timeout = timeout
        self.function = function           # extract_page; a test can pass a misbehaving one
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> "ExtractionPool":
        """Fork the workers now (before the reactor starts threads)."""
        if self.workers:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_die_with_parent)
            for future in [self._executor.submit(_ping) for _ in range(self.workers)]:
                future.result()
        return self

    def _restart(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            for process in list(getattr(executor, "_processes", {}).values()):
                process.kill()
            executor.shutdown(wait=False, cancel_futures=True)
        self.start()

    async def extract(self, *args):
        """`function(*args)` in a worker (NotAnArticle and other exceptions propagate), or in-process."""
        url = args[-1]
        if self._executor is None:
            return self.function(*args)
        try:
            future = self._executor.submit(self.function, *args)
        except BrokenProcessPool:
            self._restart()
            future = self._executor.submit(self.function, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except asyncio.TimeoutError:
            logger.warning("extraction of %s took over %.0f s; restarting the extraction workers", url, self.timeout)
            self._restart()
            raise ExtractionFailed(f"extraction took over {self.timeout:.0f} s") from None
        except BrokenProcessPool:
            logger.warning("an extraction worker died on %s; restarting the extraction workers", url)
            self._restart()
            raise ExtractionFailed("extraction worker crashed") from None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


# The crawler process's pool, started by scrapers.run; spiders used elsewhere (tests) extract in-process.
POOL = ExtractionPool(0)
