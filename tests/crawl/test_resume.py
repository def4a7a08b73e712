"""A killed crawl is resumed by running it again: nothing half-written is loaded, nothing is lost or doubled."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import pytest

from pactwatch.crawl.runner import crawl, crawl_config, crawler_command, known_articles, select_sources
from pactwatch.settings import PROJECT_DIR, RunContext
from tests.crawl.fault_server import FaultServer, article_page, article_text, rss, static

N = 30


def complete_tmp_lines(ctx: RunContext) -> int:
    return sum(p.read_bytes().count(b"\n") for p in ctx.raw_dir.glob("source=slow/articles-*.jsonl.tmp"))


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killed_crawl_is_resumed(tmp_path, sig):
    server = FaultServer().start()
    try:
        b = server.base
        server.routes["/robots.txt"] = static("User-agent: *\nAllow: /\n", "text/plain")
        server.routes["/feed.xml"] = static(rss([(f"{b}/a/{i}.html", None) for i in range(N)]))
        for i in range(N):
            server.routes[f"/a/{i}.html"] = static(article_page(f"Article {i}", article_text(f"resume-{i}")), delay=0.1)
        (tmp_path / "sources.yml").write_text(
            f"sources:\n  - {{id: slow, kind: feed, url: '{b}/feed.xml', concurrency: 1, download_delay: 0.05}}\n")
        ctx = RunContext.build("2025-11-20", tmp_path / "sources.yml", tmp_path / "wh.duckdb", tmp_path / "data")

        # Start the crawler process as the runner does, and kill it once a few articles are written.
        known_articles(ctx).dump(tmp_path / "known.jsonl")
        config = tmp_path / "crawl.json"
        config.write_text(json.dumps(crawl_config(ctx, select_sources(ctx, None), tmp_path / "known.jsonl")))
        command, env = crawler_command(config)
        proc = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while complete_tmp_lines(ctx) < 5:
            assert proc.poll() is None and time.monotonic() < deadline, "crawler ended before it could be killed"
            time.sleep(0.05)

        if sig == signal.SIGKILL:
            # While it runs, a second crawl of the same source is refused, not run twice.
            busy = crawl(ctx)
            assert busy.failed_sources() == ["slow"]
        proc.send_signal(sig)
        proc.wait(timeout=60)
        proc.stderr.close()
        if sig == signal.SIGKILL:
            assert list(ctx.raw_dir.glob("source=slow/articles-*.jsonl.tmp"))   # left half-done
        else:
            assert not list(ctx.raw_dir.glob("source=slow/*.tmp"))             # a graceful stop publishes
        fetched_before = {path for path, n in server.hits.items() if path.startswith("/a/") and n}

        summary = crawl(ctx)                      # the resume: just run the crawl again

        assert not list(ctx.raw_dir.glob("source=slow/*.tmp"))
        urls = []
        for path in ctx.raw_dir.glob("source=slow/articles-*.jsonl"):
            urls += [json.loads(line)["url"] for line in path.read_text().splitlines()]
        assert sorted(urls) == sorted(f"{b}/a/{i}.html" for i in range(N))     # every article once
        stored_logs = []
        for path in ctx.raw_dir.glob("source=slow/crawl_log-*.jsonl"):
            stored_logs += [r["url"] for r in map(json.loads, path.read_text().splitlines()) if r["outcome"] == "stored"]
        assert sorted(stored_logs) == sorted(urls)
        # Pages stored before the kill are not fetched again: at most those in flight and those of the
        # last half second (written lines are flushed every 0.5 s) are.
        refetched = [p for p in fetched_before if server.hits[p] > 1]
        assert len(refetched) <= 6
        assert summary.by_source["slow"]["error"] == 0
    finally:
        server.stop()
