"""The crawl with one extraction worker (the dedup pipeline signs bodies) and with two (the workers do)."""

from __future__ import annotations

import json

import pytest

from pactwatch.crawl.runner import crawl
from pactwatch.settings import RunContext
from tests.crawl.fault_server import FaultServer, article_page, article_text, static


@pytest.mark.parametrize("workers", [1, 2])
def test_near_duplicates_are_found_whichever_process_signs_the_body(tmp_path, workers):
    server = FaultServer().start()
    try:
        b, r = server.base, server.routes
        r["/robots.txt"] = static("User-agent: *\nAllow: /\n", "text/plain")
        original = article_text("wire-story")
        r["/a/original.html"] = static(article_page("Wire story", original))
        r["/a/copy.html"] = static(article_page("Wire story (syndicated)", ["First published by the wire."] + original))
        for i in range(6):
            r[f"/a/other-{i}.html"] = static(article_page(f"Other {i}", article_text(f"other-{i}")))
        urls = [f"{b}/a/original.html", f"{b}/a/copy.html"] + [f"{b}/a/other-{i}.html" for i in range(6)]
        (tmp_path / "sources.yml").write_text(
            "sources:\n  - {id: s, kind: urls, urls: [" + ", ".join(f'"{u}"' for u in urls) + "]}\n")
        ctx = RunContext.build("2025-11-20", tmp_path / "sources.yml", tmp_path / "wh.duckdb", tmp_path / "data")

        summary = crawl(ctx, scrapy_settings={"PACTWATCH_EXTRACT_WORKERS": workers})

        assert dict(summary.by_source["s"]) == {"stored": 7, "duplicate": 1}
        logs = [json.loads(line) for p in ctx.raw_dir.glob("source=s/crawl_log-*.jsonl") for line in p.read_text().splitlines()]
        [duplicate] = [row for row in logs if row["outcome"] == "duplicate"]
        pair = {f"{b}/a/original.html", f"{b}/a/copy.html"}    # whichever was extracted first is kept
        assert {duplicate["url"], duplicate["duplicate_of"]} == pair
        articles = [json.loads(line) for p in ctx.raw_dir.glob("source=s/articles-*.jsonl") for line in p.read_text().splitlines()]
        assert all("near_dup_signature" not in row for row in articles)
    finally:
        server.stop()
