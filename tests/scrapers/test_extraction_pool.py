"""Extraction in worker processes: results and NotAnArticle come back; a hung or crashed worker is one error."""

import asyncio
import os
import time

import pytest

from pactwatch.crawl.article import NotAnArticle
from scrapers.extraction import ExtractionFailed, ExtractionPool


def misbehaving(body: bytes, content_type: str, url: str):
    if url.endswith("/hang"):
        time.sleep(30)
    if url.endswith("/crash"):
        os._exit(1)
    if url.endswith("/not-article"):
        raise NotAnArticle("empty page")
    return f"extracted {url}"


def test_hung_and_crashed_workers_are_replaced():
    pool = ExtractionPool(1, timeout=1.0, function=misbehaving).start()

    async def run():
        results = []
        for path in ("/ok", "/hang", "/ok2", "/crash", "/not-article", "/ok3"):
            try:
                results.append(await pool.extract(b"<html/>", "text/html", "http://s" + path))
            except (ExtractionFailed, NotAnArticle) as exc:
                results.append(f"{type(exc).__name__}: {exc}")
        return results

    try:
        started = time.monotonic()
        results = asyncio.run(run())
        assert time.monotonic() - started < 10
    finally:
        pool.close()
    assert results == ["extracted http://s/ok", "ExtractionFailed: extraction took over 1 s", "extracted http://s/ok2",
                       "ExtractionFailed: extraction worker crashed", "NotAnArticle: empty page",
                       "extracted http://s/ok3"]


@pytest.mark.parametrize("workers", [0])
def test_without_workers_extraction_runs_in_process(workers):
    pool = ExtractionPool(workers, function=misbehaving).start()
    assert asyncio.run(pool.extract(b"", None, "http://s/x")) == "extracted http://s/x"


def slow(body: bytes, content_type: str, url: str):
    time.sleep(float(content_type))
    if url.endswith("/crash"):
        os._exit(1)
    return os.getpid(), url, len(body)


def test_pages_are_shared_by_the_workers_and_each_result_comes_back_to_its_page():
    pool = ExtractionPool(2, timeout=10.0, function=slow).start()

    async def run():
        return await asyncio.gather(*[pool.extract(b"x" * n, "0.01", f"http://s/{n}") for n in range(40)])

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert [(url, size) for _, url, size in results] == [(f"http://s/{n}", n) for n in range(40)]
    assert len({pid for pid, _, _ in results}) == 2          # both workers took pages


def test_timeout_counts_from_when_the_worker_starts_the_page_not_from_when_it_was_queued():
    # Ten pages of 0.3 s queued at once on one worker: the last waits 2.7 s, over the 1 s timeout,
    # but none of them takes longer than 1 s itself.
    pool = ExtractionPool(1, timeout=1.0, function=slow).start()

    async def run():
        return await asyncio.gather(*[pool.extract(b"", "0.3", f"http://s/{n}") for n in range(10)])

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert [url for _, url, _ in results] == [f"http://s/{n}" for n in range(10)]


def test_a_crash_fails_only_its_page_and_the_pages_queued_behind_it_go_on():
    pool = ExtractionPool(1, timeout=10.0, function=slow, prefetch=16).start()

    async def run():
        urls = ["http://s/1", "http://s/crash", "http://s/2", "http://s/3"]
        return await asyncio.gather(*[pool.extract(b"", "0.05", url) for url in urls], return_exceptions=True)

    try:
        results = asyncio.run(run())
    finally:
        pool.close()
    assert results[0][1] == "http://s/1"
    assert isinstance(results[1], ExtractionFailed) and str(results[1]) == "extraction worker crashed"
    assert [r[1] for r in results[2:]] == ["http://s/2", "http://s/3"]
    assert results[2][0] != results[0][0]                      # by a new worker


def test_prefetch_is_bounded_by_pages_and_bytes():
    pool = ExtractionPool(1, timeout=10.0, function=slow, prefetch=4).start()
    pool._attach(asyncio.new_event_loop())
    try:
        worker = pool._workers[0]
        assert worker.can_take(4)
        worker.jobs.extend([object()] * 4)
        assert not worker.can_take(4)                          # four pages queued
        worker.jobs.clear()
        worker.jobs.append(object())
        worker.queued_bytes = 9 << 20
        assert not worker.can_take(4)                          # one big page is enough
        worker.jobs.clear()
        assert worker.can_take(4)                              # a worker with nothing always takes a page
    finally:
        loop = pool._loop
        pool.close()
        loop.close()


def test_extract_page_signs_the_body_unless_told_not_to():
    from pactwatch.crawl import dedup
    from scrapers.extraction import extract_page
    from tests.crawl.fault_server import article_page, article_text

    page = article_page("A story", article_text("sign")).encode()
    article, signature = extract_page(page, "text/html; charset=utf-8", "http://s/a")
    assert signature == dedup.encode(dedup.signature(article.body))
    assert extract_page(page, "text/html; charset=utf-8", "http://s/a", sign=False) == (article, None)


def test_default_number_of_extraction_workers():
    from scrapers.settings import default_extract_workers

    assert default_extract_workers(1) == 0       # one core: extract in the crawler process
    assert default_extract_workers(2) == 2       # measured with bench/crawl.py: 2 beat 1 on 2 cores
    assert default_extract_workers(16) == 2      # the crawler process itself tops out near 600 pages/s
