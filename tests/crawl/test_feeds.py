"""Feed parsing: every format the issue names, and hostile or broken feeds."""

import pytest

from pactwatch.crawl.feeds import FeedError, SitemapEntry, json_path, parse_feed, parse_sitemap

RSS2 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>A</title><link>http://s/a</link><pubDate>Tue, 22 Jul 2025 09:30:00 +0200</pubDate></item>
<item><title>B</title><guid isPermaLink="true">http://s/b</guid><pubDate>not a date</pubDate></item>
</channel></rss>"""
RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="http://s/c"><title>C</title><link>http://s/c</link><dc:date>2025-07-01T10:00:00Z</dc:date></item>
</rdf:RDF>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>D</title><link rel="alternate" href="http://s/d"/><link rel="enclosure" href="http://s/d.mp3"/>
<updated>2025-07-02T10:00:00Z</updated></entry></feed>"""
JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "http://s/e", "date_published": "2025-07-03T00:00:00Z"}]}'
XML_BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><link>http://s/x</link></item></channel></rss>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&ext;</title><link>http://s/x</link></item></channel></rss>"""


def test_rss2_links_dates_and_invalid_date_is_none():
    entries = parse_feed(RSS2)
    assert [e.link for e in entries] == ["http://s/a", "http://s/b"]
    assert entries[0].published_at == "2025-07-22T09:30:00+02:00"
    assert entries[1].published_at is None


def test_rss1_atom_and_json_feed():
    assert [e.link for e in parse_feed(RSS1)] == ["http://s/c"]
    [atom] = parse_feed(ATOM)
    assert (atom.link, atom.published_at) == ("http://s/d", "2025-07-02T10:00:00+00:00")
    assert [e.link for e in parse_feed(JSON_FEED)] == ["http://s/e"]


@pytest.mark.parametrize("body,reason", [
    (XML_BOMB, "unsafe XML refused"),
    (EXTERNAL, "unsafe XML refused"),
    (b"<html><body>not a feed</body></html>", "is not RSS, RDF or Atom"),
    (b"this is not xml at all", "not well-formed XML"),
    (b"{\"items\": []}", "not a JSON Feed"),
])
def test_hostile_or_broken_feeds_are_refused_with_a_reason(body, reason):
    with pytest.raises(FeedError, match=reason):
        parse_feed(body)


RSS090 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>t</title><link>http://s/</link></channel>
<item><title>F</title><link>http://s/f</link></item></rdf:RDF>"""
RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>t</title>
<item><title>G</title><link>http://s/g</link></item></channel></rss>"""
ATOM03 = b"""<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title>
<entry><title>H</title><link rel="alternate" type="text/html" href="http://s/h"/><issued>2025-07-04T10:00:00Z</issued></entry></feed>"""


def test_rss_09x_and_atom_03():
    assert [e.link for e in parse_feed(RSS090)] == ["http://s/f"]
    assert [e.link for e in parse_feed(RSS091)] == ["http://s/g"]
    [entry] = parse_feed(ATOM03)
    assert (entry.link, entry.published_at) == ("http://s/h", "2025-07-04T10:00:00+00:00")


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://s/sitemap-1.xml</loc><lastmod>2025-07-01</lastmod></sitemap>
<sitemap><loc>http://s/sitemap-2.xml</loc></sitemap></sitemapindex>"""
NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://s/a</loc><lastmod>2025-07-02T10:00:00+02:00</lastmod><news:news><news:publication><news:name>S</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2025-07-02T09:00:00+02:00</news:publication_date>
<news:title>A title</news:title></news:news></url><url><loc>http://s/b</loc></url></urlset>"""


def test_sitemaps():
    kind, entries = parse_sitemap(SITEMAP_INDEX)
    assert kind == "sitemapindex"
    assert [(e.loc, e.lastmod) for e in entries] == [("http://s/sitemap-1.xml", "2025-07-01T00:00:00"),
                                                     ("http://s/sitemap-2.xml", None)]
    kind, entries = parse_sitemap(NEWS_SITEMAP)
    assert kind == "urlset"
    assert entries[0].published_at == "2025-07-02T09:00:00+02:00" and entries[0].title == "A title"
    assert entries[1] == SitemapEntry("http://s/b", None, None, None)


@pytest.mark.parametrize("body,reason", [
    (XML_BOMB.replace(b"<rss", b"<urlset").replace(b"</rss>", b"</urlset>"), "unsafe XML refused"),
    (RSS2, "is not a sitemap"),
])
def test_hostile_or_wrong_sitemaps_are_refused(body, reason):
    with pytest.raises(FeedError, match=reason):
        parse_sitemap(body)


def test_json_path():
    data = {"results": [{"link": "/a", "meta": {"date": "2025"}}], "links": {"next": "/p2"}, "total": 3}
    assert json_path(data, "results.0.link") == "/a"
    assert json_path(data, "$.results[0].meta.date") == "2025"
    assert json_path(data, "links.next") == "/p2"
    assert json_path(data, "results.5.link") is None
    assert json_path(data, "nothing.here") is None
    assert json_path(data, "$") is data
