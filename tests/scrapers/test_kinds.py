"""Every source kind, end to end through Scrapy, on a local site: one crawl, then a check per kind.

feed (RSS 0.90, 0.91, 1.0, 2.0, Atom, JSON Feed), sitemap (index, gzipped plain sitemap, Google
News sitemap, lastmod lookback, allow/deny), json_api (GOV.UK-style offset paging with a total; an
API whose articles are JSON documents), listing (CSS selectors, next page, max_index_pages), urls,
archive (saved HTML files and a WARC file); plus near-duplicate and exact-copy detection.
"""

from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pactwatch.crawl.runner import crawl
from pactwatch.settings import RunContext
from tests.crawl.fault_server import FaultServer, article_page, article_text, static

NOW = datetime.now(timezone.utc)


def iso(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).isoformat(timespec="seconds")


def rfc822(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).strftime("%a, %d %b %Y %H:%M:%S +0000")


def page(seed: str, **kw) -> str:
    return article_page(f"Story {seed}", article_text(seed), **kw)


def build_site(server: FaultServer) -> None:
    b = server.base
    r = server.routes
    r["/robots.txt"] = static("User-agent: *\nAllow: /\n", "text/plain")
    # -- feeds in every format ------------------------------------------------------------------
    r["/rss090.xml"] = static(f"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Old</title><link>{b}/</link></channel>
<item><title>A</title><link>{b}/feeds/rss090.html</link></item></rdf:RDF>""", "application/rdf+xml")
    r["/rss091.xml"] = static(f"""<?xml version="1.0"?><rss version="0.91"><channel><title>t</title>
<item><title>A</title><link>{b}/feeds/rss091.html</link></item></channel></rss>""", "application/rss+xml")
    r["/rss1.xml"] = static(f"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="{b}/feeds/rss1.html"><title>C</title><link>{b}/feeds/rss1.html</link><dc:date>{iso(1)}</dc:date></item>
</rdf:RDF>""", "application/rdf+xml")
    r["/rss2.xml"] = static(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>A</title><link>{b}/feeds/rss2.html?utm_source=rss&amp;utm_medium=feed</link><pubDate>{rfc822(1)}</pubDate></item>
<item><title>Old</title><link>{b}/feeds/rss2-old.html</link><pubDate>{rfc822(400)}</pubDate></item>
</channel></rss>""", "application/rss+xml")
    r["/atom.xml"] = static(f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>D</title><link rel="alternate" href="{b}/feeds/atom.html"/><updated>{iso(2)}</updated></entry></feed>""",
                            "application/atom+xml")
    r["/feed.json"] = static(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
        {"id": "1", "url": f"{b}/feeds/jsonfeed.html", "date_published": iso(1)}]}), "application/feed+json")
    for name in ("rss090", "rss091", "rss1", "rss2", "rss2-old", "atom", "jsonfeed"):
        r[f"/feeds/{name}.html"] = static(page(name))

    # -- sitemaps ---------------------------------------------------------------------------------
    r["/sitemap_index.xml"] = static(f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{b}/sitemaps/recent.xml.gz</loc><lastmod>{iso(1)}</lastmod></sitemap>
<sitemap><loc>{b}/sitemaps/news.xml</loc><lastmod>{iso(0.1)}</lastmod></sitemap>
<sitemap><loc>{b}/sitemaps/2019.xml</loc><lastmod>2019-12-31T00:00:00+00:00</lastmod></sitemap>
</sitemapindex>""", "application/xml")
    recent = f"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{b}/news/sitemap-fresh.html</loc><lastmod>{iso(3)}</lastmod></url>
<url><loc>{b}/news/sitemap-stale.html</loc><lastmod>{iso(90)}</lastmod></url>
<url><loc>{b}/news/live-blog.html</loc><lastmod>{iso(1)}</lastmod></url>
<url><loc>{b}/about/team.html</loc><lastmod>{iso(1)}</lastmod></url>
</urlset>"""
    r["/sitemaps/recent.xml.gz"] = static(gzip.compress(recent.encode()), "application/x-gzip")
    r["/sitemaps/news.xml"] = static(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{b}/news/sitemap-news.html</loc><news:news><news:publication><news:name>Test</news:name>
<news:language>en</news:language></news:publication><news:publication_date>{iso(0.5)}</news:publication_date>
<news:title>News item</news:title></news:news></url></urlset>""", "application/xml")
    r["/sitemaps/2019.xml"] = static("<urlset/>", "application/xml")
    for name in ("sitemap-fresh", "sitemap-stale", "live-blog", "sitemap-news"):
        r[f"/news/{name}.html"] = static(page(name, published=None))
    r["/about/team.html"] = static(page("team"))

    # -- json_api: GOV.UK-style search, 5 results, 2 per page -------------------------------------
    results = [{"title": f"Gov story {i}", "link": f"/government/news/gov-{i}", "public_timestamp": iso(i)}
               for i in range(5)]
    for start in (0, 2, 4):
        query = "filter_organisations=dsit&order=-public_timestamp&count=2" + (f"&start={start}" if start else "")
        r[f"/api/search.json?{query}"] = static(json.dumps(
            {"results": results[start:start + 2], "total": 5, "start": start}), "application/json")
    for i in range(5):
        r[f"/government/news/gov-{i}"] = static(page(f"gov-{i}"))
    # an API whose articles are JSON documents (the European Commission's press corner)
    r["/presscorner/api/latestnews?language=en&pagesize=2&pagenumber=1"] = static(json.dumps(
        {"docuLanguageListResources": [{"refCode": "IP/25/101", "title": "EU story", "eventDate": iso(1)[:10]}]}),
        "application/json")
    r["/presscorner/api/latestnews?language=en&pagesize=2&pagenumber=2"] = static(
        json.dumps({"docuLanguageListResources": []}), "application/json")
    r["/presscorner/api/documents?reference=IP/25/101&language=en"] = static(json.dumps({
        "eventDate": iso(1)[:10], "docuLanguageResource": {
            "title": "Commission welcomes AI agreement",
            "htmlContent": "".join(f"<p>{p}</p>" for p in article_text("ec-101"))}}), "application/json")

    # -- listing with pagination --------------------------------------------------------------------
    for n in (1, 2, 3):
        cards = "".join(f'<div class="card"><a class="card__link" href="/newsroom/post-{n}-{i}">Post {n}.{i}</a></div>'
                        for i in (1, 2))
        nxt = f'<a class="pagination__next" href="/newsroom?page={n + 1}">Next</a>' if n < 3 else ""
        r["/newsroom" + ("" if n == 1 else f"?page={n}")] = static(
            f"<html><body><nav><a href='/'>Home</a></nav><main>{cards}</main>{nxt}</body></html>")
        for i in (1, 2):
            r[f"/newsroom/post-{n}-{i}"] = static(page(f"post-{n}-{i}"))

    # -- urls, and two copies of the Atom story: one near-identical, one identical -----------------
    r["/picked/one.html"] = static(page("picked-one"))
    original = article_text("atom")
    r["/syndicated/near-copy.html"] = static(article_page(
        "Story atom (syndicated)", ["This story first appeared on Test News."] + original + ["Reporting by the wire."]))
    r["/syndicated/exact-copy.html"] = static(article_page("Story atom", original))


def write_archive(folder) -> None:
    folder.mkdir()
    (folder / "saved").mkdir()
    (folder / "saved" / "with-canonical.html").write_text(
        page("archived-1", canonical="https://archive.example/news/archived-1"), encoding="utf-8")
    (folder / "saved" / "listing.htm").write_text(
        "<html><head><title>Archive</title><meta property='og:type' content='website'></head><body>"
        + "<p>index</p>" * 50 + "</body></html>", encoding="utf-8")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, status, body, ctype in [
        ("https://warc.example/2024/warc-story.html", "200 OK", page("warc-story").encode(), "text/html; charset=utf-8"),
        ("https://warc.example/missing.html", "404 Not Found", b"<html>gone</html>", "text/html"),
        ("https://warc.example/logo.png", "200 OK", b"\x89PNG....", "image/png"),
    ]:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (folder / "crawl.warc.gz").write_bytes(buffer.getvalue())


@pytest.fixture(scope="module")
def kinds_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kinds")
    server = FaultServer().start()
    build_site(server)
    write_archive(tmp / "archive")
    b = server.base
    (tmp / "sources.yml").write_text(f"""sources:
  - {{id: rss090, kind: feed, url: "{b}/rss090.xml"}}
  - {{id: rss091, kind: feed, url: "{b}/rss091.xml"}}
  - {{id: rss1, kind: feed, url: "{b}/rss1.xml"}}
  - {{id: rss2, kind: feed, url: "{b}/rss2.xml", lookback_days: 30}}
  - {{id: atom, kind: feed, url: "{b}/atom.xml"}}
  - {{id: jsonfeed, kind: feed, url: "{b}/feed.json"}}
  - id: sitemap
    kind: sitemap
    url: {b}/sitemap_index.xml
    lookback_days: 30
    allow: ["/news/"]
    deny: ["/news/live-"]
  - id: govuk
    kind: json_api
    url: "{b}/api/search.json?filter_organisations=dsit&order=-public_timestamp&count=2"
    items: results
    link: link
    date: public_timestamp
    title: title
    page_param: start
    page_step: 2
    total: total
  - id: presscorner
    kind: json_api
    url: "{b}/presscorner/api/latestnews?language=en&pagesize=2&pagenumber=1"
    items: docuLanguageListResources
    link_template: "/presscorner/api/documents?reference={{refCode}}&language=en"
    date: eventDate
    page_param: pagenumber
    article_body: docuLanguageResource.htmlContent
    article_title: docuLanguageResource.title
    article_date: eventDate
  - id: newsroom
    kind: listing
    url: {b}/newsroom
    link_css: a.card__link
    next_css: a.pagination__next
    max_index_pages: 2
  - {{id: picked, kind: urls, urls: ["{b}/picked/one.html"]}}
  - {{id: syndicated, kind: urls, urls: ["{b}/syndicated/near-copy.html", "{b}/syndicated/exact-copy.html"]}}
  - {{id: backfill, kind: archive, path: archive}}
""")
    ctx = RunContext.build("2025-11-20", tmp / "sources.yml", tmp / "wh.duckdb", tmp / "data")
    summary = crawl(ctx)
    articles, logs = {}, []
    for path in ctx.raw_dir.glob("source=*/articles-*.jsonl"):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            articles.setdefault(row["source_id"], {})[row["url"].replace(b, "")] = row
    for path in ctx.raw_dir.glob("source=*/crawl_log-*.jsonl"):
        logs += [json.loads(line) for line in path.read_text().splitlines()]
    yield {"summary": summary, "articles": articles, "logs": logs, "server": server, "ctx": ctx}
    server.stop()


@pytest.mark.parametrize("source,expected", [
    ("rss090", {"/feeds/rss090.html"}),
    ("rss091", {"/feeds/rss091.html"}),
    ("rss1", {"/feeds/rss1.html"}),
    ("rss2", {"/feeds/rss2.html?utm_source=rss&utm_medium=feed"}),           # the 400-day-old entry is skipped
    ("jsonfeed", {"/feeds/jsonfeed.html"}),
    ("sitemap", {"/news/sitemap-fresh.html", "/news/sitemap-news.html"}),
    ("govuk", {f"/government/news/gov-{i}" for i in range(5)}),
    ("newsroom", {"/newsroom/post-1-1", "/newsroom/post-1-2", "/newsroom/post-2-1", "/newsroom/post-2-2"}),
    ("picked", {"/picked/one.html"}),
])
def test_each_kind_finds_its_articles(kinds_run, source, expected):
    assert set(kinds_run["articles"].get(source, {})) == expected
    assert kinds_run["summary"].by_source[source]["error"] == 0


def test_feed_entry_urls_are_canonicalised(kinds_run):
    [row] = kinds_run["articles"]["rss2"].values()
    assert row["canonical_url"].endswith("/feeds/rss2.html")


def test_sitemap_filters(kinds_run):
    server = kinds_run["server"]
    assert server.seen("/sitemaps/2019.xml") == []                  # child sitemap older than the lookback
    assert server.seen("/news/sitemap-stale.html") == []            # lastmod older than the lookback
    assert server.seen("/news/live-blog.html") == []                # deny pattern
    assert server.seen("/about/team.html") == []                    # not matched by allow
    news = kinds_run["articles"]["sitemap"]["/news/sitemap-news.html"]
    assert news["published_at"] is not None                         # from <news:publication_date>


def test_json_api_paging_stops_at_total(kinds_run):
    server = kinds_run["server"]
    pages = [r.path for r in server.requests if r.path.startswith("/api/search.json")]
    assert len(pages) == 3 and not any("start=6" in p for p in pages)
    published = {r["url"]: r["published_at"] for r in kinds_run["articles"]["govuk"].values()}
    assert all(published.values())


def test_json_api_articles_that_are_json_documents(kinds_run):
    [row] = kinds_run["articles"]["presscorner"].values()
    assert row["title"] == "Commission welcomes AI agreement"
    assert row["body"].startswith(article_text("ec-101")[0][:50])
    assert row["published_at"].startswith(iso(1)[:10])


def test_listing_follows_next_pages_up_to_max_index_pages(kinds_run):
    assert kinds_run["server"].seen("/newsroom?page=3") == []


def test_archive_of_html_files_and_warc(kinds_run):
    rows = kinds_run["articles"]["backfill"]
    assert set(rows) == {"https://archive.example/news/archived-1", "https://warc.example/2024/warc-story.html"}
    dropped = [r for r in kinds_run["logs"] if r["source_id"] == "backfill" and r["outcome"] == "dropped"]
    assert len(dropped) == 1 and dropped[0]["url"].endswith("listing.htm")


def test_syndicated_copies_are_stored_once_and_linked(kinds_run):
    b = kinds_run["server"].base
    copies = {b + "/feeds/atom.html", b + "/syndicated/near-copy.html", b + "/syndicated/exact-copy.html"}
    stored = [r for src in kinds_run["articles"].values() for r in src.values() if r["url"] in copies]
    assert len(stored) == 1
    duplicates = [r for r in kinds_run["logs"] if r["url"] in copies and r["outcome"] == "duplicate"]
    assert len(duplicates) == 2
    assert {d["duplicate_of"] for d in duplicates} == {stored[0]["canonical_url"]}
