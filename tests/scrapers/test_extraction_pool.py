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
