"""Faults and bad input (issue 3, item 7), each against the local fault server, in one crawl.

Every fault ends as a crawl-log row with its cause; the other pages and sources go on; what a
previous crawl stored is left as it was; a source that fails entirely is reported.
"""

from __future__ import annotations

import json
import socket

import pytest

from pactwatch.crawl.runner import crawl
from pactwatch.settings import RunContext
from tests.crawl.fault_server import FaultServer, article_page, article_text, fault_routes, rss, static

SETTINGS = {"DOWNLOAD_TIMEOUT": 1.5, "RETRY_TIMES": 2, "RETRY_BACKOFF_BASE": 0.2, "RETRY_BACKOFF_MAX": 3.0}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_rows(ctx: RunContext, kind: str) -> list[dict]:
    rows = []
    for path in sorted(ctx.raw_dir.glob(f"source=*/{kind}-*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    server = FaultServer().start()
    base = server.base
    server.routes.update(fault_routes(base))
    server.routes["/earlier.xml"] = static(rss([(base + "/earlier/a.html", None), (base + "/earlier/b.html", None)]))
    for name in ("a", "b"):
        server.routes[f"/earlier/{name}.html"] = static(article_page(f"Earlier {name}", article_text(f"earlier-{name}")))
    ctx = RunContext.build("2025-11-20", tmp / "sources.yml", tmp / "wh.duckdb", tmp / "data")

    # A first crawl stores two articles; the faulty crawl that follows must leave them as they are.
    (tmp / "sources.yml").write_text(f"sources:\n  - id: earlier\n    kind: feed\n    url: {base}/earlier.xml\n")
    first = crawl(ctx)
    assert first.by_source["earlier"]["stored"] == 2
    before = {p: p.read_bytes() for p in ctx.raw_dir.glob("source=*/*.jsonl")}

    (tmp / "sources.yml").write_text(f"""sources:
  - id: earlier
    kind: feed
    url: {base}/earlier.xml
  - id: faults
    kind: feed
    url: {base}/faults.xml
  - id: xml-bomb
    kind: feed
    url: {base}/xml-bomb.xml
  - id: bad-dates
    kind: feed
    url: {base}/bad-dates.xml
  - id: no-dns
    kind: feed
    url: http://no-such-host.invalid/feed.xml
  - id: refused
    kind: feed
    url: http://127.0.0.1:{closed_port()}/feed.xml
""")
    summary = crawl(ctx, scrapy_settings=SETTINGS)
    rows = {(r["source_id"], r["url"].replace(base, "")): r for r in read_rows(ctx, "crawl_log")
            if r["source_id"] != "earlier"}
    articles = {r["url"].replace(base, ""): r for r in read_rows(ctx, "articles")}
    yield {"summary": summary, "rows": rows, "articles": articles, "server": server, "ctx": ctx, "before": before}
    server.stop()


@pytest.mark.parametrize("path,outcome,status,cause", [
    ("/ok/one.html", "stored", 200, None),
    ("/flaky/retried.html", "stored", 200, None),                 # 503 twice, then served: retried
    ("/flaky/retry-after.html", "stored", 200, None),             # 429 with Retry-After: 1
    ("/fail/always-500.html", "error", 500, "HTTP 500"),
    ("/fail/gone.html", "error", 404, "HTTP 404"),
    ("/fail/forbidden.html", "error", 403, "HTTP 403"),
    ("/slow/timeout.html", "error", None, "timed out"),
    ("/loop/a.html", "error", None, "redirect loop"),
    ("/bad/malformed.html", "stored", 200, None),
    ("/charset/latin1.html", "stored", 200, None),
    ("/charset/cp1252-declared-utf8.html", "stored", 200, None),
    ("/charset/shift-jis.html", "dropped", 200, "unsupported language 'ja'"),
    ("/bad/empty.html", "dropped", 200, "empty page"),
    ("/bad/binary.pdf", "dropped", 200, "not a text page"),
    ("/bad/index-page.html", "dropped", 200, "index page"),
    ("/bad/soft-404.html", "dropped", 200, "error page"),
    ("/big/50mb.html", "error", None, "size limit"),
    ("/big/50mb-streamed.html", "error", None, "size limit"),
    ("/big/gzip-bomb.html", "error", None, "decompression"),
    ("/private/secret.html", "dropped", None, "robots.txt"),
])
def test_each_fault_is_a_crawl_log_row_with_its_cause(fault_run, path, outcome, status, cause):
    row = fault_run["rows"][("faults", path)]
    assert row["outcome"] == outcome, row
    assert row["http_status"] == status, row
    if cause:
        assert cause in row["error"], row
    else:
        assert row["error"] is None


def test_retries_back_off(fault_run):
    server = fault_run["server"]
    times = [r.at for r in server.seen("/flaky/retried.html")]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4      # 0.2 s, then 0.4 s
    retry_after = [r.at for r in server.seen("/flaky/retry-after.html")]
    assert len(retry_after) == 2 and retry_after[1] - retry_after[0] >= 0.95
    assert len(server.seen("/fail/always-500.html")) == 3                 # 1 + RETRY_TIMES
    assert len(server.seen("/fail/gone.html")) == 1                       # a 404 is not retried
    assert server.seen("/private/secret.html") == []                      # robots.txt obeyed


def test_charsets_are_decoded(fault_run):
    articles = fault_run["articles"]
    assert "Genève" in articles["/charset/latin1.html"]["body"]
    assert "« historique »" in articles["/charset/latin1.html"]["body"]
    body = articles["/charset/cp1252-declared-utf8.html"]["body"]
    assert "\u2019officielle\u2019" in body and "très" in body and "\ufffd" not in body


def test_malformed_html_still_gives_the_text(fault_run):
    article = fault_run["articles"]["/bad/malformed.html"]
    assert article["title"] == "Broken markup story"
    assert article_text("malformed")[0][:60] in article["body"]


def test_feed_faults(fault_run):
    rows = fault_run["rows"]
    assert "unsafe XML refused" in rows[("xml-bomb", "/xml-bomb.xml")]["error"]
    assert rows[("no-dns", "http://no-such-host.invalid/feed.xml")]["error"] == "DNS lookup failed"
    refused = next(r for (sid, _), r in rows.items() if sid == "refused")
    assert refused["error"] == "connection refused"
    # A feed with invalid and future dates: the articles are stored, without a made-up date.
    dates = {p: a["published_at"] for p, a in fault_run["articles"].items() if p.startswith("/dates/")}
    assert dates == {"/dates/invalid.html": None, "/dates/future.html": None, "/dates/garbage.html": None}


def test_failed_sources_are_reported_and_the_rest_goes_on(fault_run):
    summary = fault_run["summary"]
    assert summary.failed_sources() == ["no-dns", "refused", "xml-bomb"]
    assert summary.by_source["faults"]["stored"] == 7
    assert summary.by_source["bad-dates"]["stored"] == 3
    assert summary.by_source["earlier"] == {}                              # nothing new, nothing refetched
    assert any(line.startswith("xml-bomb: 0 stored") and line.endswith("(failed)") for line in summary.lines())


def test_nothing_already_stored_is_lost(fault_run):
    ctx = fault_run["ctx"]
    for path, data in fault_run["before"].items():
        assert path.read_bytes() == data
    assert not list(ctx.raw_dir.glob("source=*/*.tmp"))
    assert len(fault_run["server"].seen("/earlier/a.html")) == 1           # stored once, never fetched again
