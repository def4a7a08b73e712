"""Politeness and incremental runs (issue 3, items 5 and 6) against a local server.

User agent with a contact URL, per-host concurrency limits, the page budget, conditional requests
for index pages, the development HTTP cache, and a second run that fetches only what is new.
"""

from __future__ import annotations

import pytest

from pactwatch.crawl.runner import LOOPBACK_SETTINGS, crawl, crawl_config
from pactwatch.settings import RunContext
from pactwatch.sources import parse_sources
from tests.crawl.fault_server import FaultServer, article_page, article_text, rss, static, with_etag

CONTACT = "https://example.org/pactwatch-operators"


@pytest.fixture(scope="module")
def polite_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("polite")
    server = FaultServer().start()
    b, r = server.base, server.routes
    local = f"http://localhost:{server.port}"
    r["/robots.txt"] = static("User-agent: *\nAllow: /\n", "text/plain")

    def articles(prefix: str, n: int, delay: float = 0.0):
        for i in range(1, n + 1):
            r[f"/{prefix}/{i}.html"] = static(article_page(f"{prefix} {i}", article_text(f"{prefix}-{i}")), delay=delay)
        return [f"/{prefix}/{i}.html" for i in range(1, n + 1)]

    r["/etag.xml"] = with_etag(rss([(b + p, None) for p in articles("etag", 2)]), '"v1"')
    r["/budget.xml"] = with_etag(rss([(b + p, None) for p in articles("budget", 5)]), '"b1"')
    r["/one-at-a-time.xml"] = static(rss([(local + p, None) for p in articles("serial", 5, delay=0.3)]))
    r["/parallel.xml"] = static(rss([(b + p, None) for p in articles("parallel", 5, delay=0.3)]))
    articles("cached", 1)
    (tmp / "sources.yml").write_text(f"""sources:
  - {{id: etag, kind: feed, url: "{b}/etag.xml"}}
  - {{id: budget, kind: feed, url: "{b}/budget.xml", max_pages: 2}}
  - {{id: serial, kind: feed, url: "{local}/one-at-a-time.xml", concurrency: 1}}
  - {{id: parallel, kind: feed, url: "{b}/parallel.xml"}}
  - {{id: cached, kind: urls, urls: ["{b}/cached/1.html"]}}
""")
    mp = pytest.MonkeyPatch()
    mp.setenv("PACTWATCH_CONTACT_URL", CONTACT)
    mp.delenv("PACTWATCH_USER_AGENT", raising=False)
    try:
        ctx = RunContext.build("2025-11-20", tmp / "sources.yml", tmp / "wh.duckdb", tmp / "data")
        first = crawl(ctx, source_ids=["etag", "budget", "serial", "parallel"])
        first_requests = len(server.requests)
        second = crawl(ctx, scrapy_settings={"HTTPCACHE_ENABLED": True})
        next_day = RunContext.build("2025-11-21", tmp / "sources.yml", tmp / "wh.duckdb", tmp / "data")
        third = crawl(next_day, source_ids=["cached"], scrapy_settings={"HTTPCACHE_ENABLED": True})
        yield {"first": first, "second": second, "third": third, "server": server, "ctx": ctx,
               "first_requests": first_requests}
    finally:
        mp.undo()
        server.stop()


def test_user_agent_names_pactwatch_and_its_contact_url(polite_runs):
    agents = {r.headers.get("user-agent") for r in polite_runs["server"].requests}
    assert agents == {f"pactwatch/0.1 (+{CONTACT})"}


def test_robots_txt_is_read_before_pages(polite_runs):
    assert polite_runs["server"].requests[0].path == "/robots.txt"


def test_per_host_concurrency_limit(polite_runs):
    server = polite_runs["server"]
    assert polite_runs["first"].by_source["serial"]["stored"] == 5
    assert server.max_in_flight["serial"] == 1           # `concurrency: 1` for its host
    assert server.max_in_flight["parallel"] > 1          # the loopback default allows more


def test_page_budget_per_run(polite_runs):
    assert polite_runs["first"].by_source["budget"]["stored"] == 2
    assert polite_runs["second"].by_source["budget"]["stored"] == 2     # the next two, not the first two again
    hits = polite_runs["server"].hits
    assert [hits[f"/budget/{i}.html"] for i in range(1, 6)] == [1, 1, 1, 1, 0]


def test_conditional_requests_for_index_pages(polite_runs):
    server = polite_runs["server"]
    feeds = server.seen("/etag.xml")
    assert len(feeds) == 2 and "if-none-match" not in feeds[0].headers
    assert feeds[1].headers["if-none-match"] == '"v1"'                  # answered 304: nothing to do
    assert dict(polite_runs["second"].by_source["etag"]) == {}
    # A run cut by the page budget keeps no validator: the next run must see the whole feed again.
    assert "if-none-match" not in server.seen("/budget.xml")[1].headers


def test_second_run_fetches_only_new_articles(polite_runs):
    server = polite_runs["server"]
    later = server.requests[polite_runs["first_requests"]:]
    fetched_again = {r.path for r in later if r.path.startswith(("/etag/", "/serial/", "/parallel/"))}
    assert fetched_again == set()


def test_development_http_cache(polite_runs):
    assert polite_runs["third"].by_source["cached"]["stored"] == 1
    assert polite_runs["server"].hits["/cached/1.html"] == 1             # the next day's run was served from the cache
    assert (polite_runs["ctx"].data_dir / "crawl_state" / "httpcache").is_dir()


def test_real_sources_keep_polite_settings_and_loopback_is_relaxed(tmp_path):
    ctx = RunContext.build("2025-11-20", tmp_path / "s.yml", tmp_path / "wh.duckdb", tmp_path / "data")
    real = parse_sources("sources:\n  - {id: a, kind: feed, url: 'https://www.example.org/feed'}\n")
    local = parse_sources("sources:\n  - {id: a, kind: feed, url: 'http://127.0.0.1:9/feed'}\n")
    assert crawl_config(ctx, real, tmp_path / "k")["settings"] == {}
    assert crawl_config(ctx, local, tmp_path / "k")["settings"] == LOOPBACK_SETTINGS
    from scrapers import settings

    assert settings.ROBOTSTXT_OBEY and settings.AUTOTHROTTLE_ENABLED
    assert settings.CONCURRENT_REQUESTS_PER_DOMAIN == 1 and settings.DOWNLOAD_DELAY >= 1
