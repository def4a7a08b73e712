"""Feed parsing: every format the issue names, and hostile or broken feeds."""

import pytest

from pactwatch.crawl.feeds import FeedError, parse_feed

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
