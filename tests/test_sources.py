"""The sources file: the issue's minimal form is accepted; typos are named with their line."""

import re

import pytest

from pactwatch.settings import DEFAULT_SOURCES_FILE
from pactwatch.sources import SourcesError, load_sources, parse_sources

MINIMAL = """\
sources:
  - id: policywire
    kind: feed            # RSS 2.0 or Atom
    url: http://127.0.0.1:8000/feed.xml
"""


def test_minimal_form_is_accepted():
    [source] = parse_sources(MINIMAL)
    assert (source.id, source.kind, source.url, source.enabled) == ("policywire", "feed", "http://127.0.0.1:8000/feed.xml", True)


def test_unknown_key_names_line_and_key():
    text = MINIMAL + "    ulr: http://typo\n"
    with pytest.raises(SourcesError, match=r"line 5, source 'policywire': unknown key 'ulr'"):
        parse_sources(text, origin="my.yml")


def test_unknown_kind_names_source():
    with pytest.raises(SourcesError, match=r"source 'x': unknown kind 'fed'"):
        parse_sources("sources:\n  - id: x\n    kind: fed\n    url: http://a\n")


def test_missing_url_and_duplicate_id():
    with pytest.raises(SourcesError, match="missing required key 'url'"):
        parse_sources("sources:\n  - id: x\n    kind: feed\n")
    with pytest.raises(SourcesError, match=r"duplicate id \(first defined on line 2\)"):
        parse_sources(MINIMAL + MINIMAL.split("\n", 1)[1])


def test_not_yaml_and_wrong_shape():
    with pytest.raises(SourcesError, match="not valid YAML"):
        parse_sources("sources: [\n")
    with pytest.raises(SourcesError, match="unknown top-level key 'source'"):
        parse_sources("source: []\n")


def test_disabled_sources_are_skipped(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(MINIMAL + "  - id: paused\n    kind: feed\n    enabled: false\n    url: http://a\n")
    assert [s.id for s in load_sources(path)] == ["policywire"]
    assert len(load_sources(path, enabled_only=False)) == 2


def test_missing_file_is_named(tmp_path):
    with pytest.raises(SourcesError, match="nope.yml: cannot read"):
        load_sources(tmp_path / "nope.yml")


def test_bundled_real_sources_file_is_valid():
    sources = load_sources(DEFAULT_SOURCES_FILE)
    assert len(sources) >= 10
    assert all(s.url.startswith("https://") for s in sources)


# -- every source kind ----------------------------------------------------------------------------

KINDS = """\
sources:
  - id: a-feed
    kind: feed
    url: https://example.org/feed.xml
    lookback_days: 14
    deny: ["/live/"]
  - id: a-sitemap
    kind: sitemap
    url: https://example.org/sitemap.xml
    follow: ["/sitemap-news"]
    allow: ["/news/"]
    lookback_days: 30
  - id: an-api
    kind: json_api
    url: https://example.org/api/search?count=20
    items: results
    link: link
    page_param: start
    page_step: 20
    total: total
  - id: a-listing
    kind: listing
    url: [https://example.org/news, https://example.org/press]
    link_css: "h3.card__title a"
    next_xpath: "//a[@rel='next']/@href"
    max_index_pages: 2
    concurrency: 1
    download_delay: 2.5
  - id: some-urls
    kind: urls
    urls: [https://example.org/a, https://example.org/b]
  - id: an-archive
    kind: archive
    path: backfill/warc
"""


def test_every_kind_is_accepted(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(KINDS)
    sources = {s.id: s for s in load_sources(path)}
    assert [s.kind for s in sources.values()] == ["feed", "sitemap", "json_api", "listing", "urls", "archive"]
    assert sources["an-archive"].settings["path"] == str(tmp_path / "backfill" / "warc")   # relative to the file
    assert sources["a-listing"].urls() == ["https://example.org/news", "https://example.org/press"]
    assert sources["some-urls"].hosts() == {"example.org"}
    assert sources["an-archive"].hosts() == set()


@pytest.mark.parametrize("entry,message", [
    ("  - {id: x, kind: json_api, url: 'https://a/api', items: results}\n", "needs one of the keys link, link_template"),
    ("  - {id: x, kind: listing, url: 'https://a/'}\n", "needs one of the keys link_css, link_xpath"),
    ("  - {id: x, kind: listing, url: 'https://a/', link_css: 'a[href'}\n", "'link_css' 'a[href' is not a valid CSS selector"),
    ("  - {id: x, kind: listing, url: 'https://a/', link_xpath: '//a[@'}\n", "is not a valid XPath expression"),
    ("  - {id: x, kind: sitemap, url: 'https://a/s.xml', allow: ['(unclosed']}\n", "is not a valid regular expression"),
    ("  - {id: x, kind: feed, url: 'https://a/f', lookback_days: 0}\n", "'lookback_days' must be a whole number"),
    ("  - {id: x, kind: feed, url: 'https://a/f', max_pages: ten}\n", "'max_pages' must be a whole number"),
    ("  - {id: x, kind: feed, url: 'ftp://a/f'}\n", "'url' must be an http(s) URL"),
    ("  - {id: x, kind: urls, urls: []}\n", "'urls' must be a non-empty list"),
    ("  - {id: x, kind: feed, url: 'https://a/f', download_delay: -1}\n", "'download_delay' must be a number"),
    ("  - {id: x, kind: archive, url: 'https://a/'}\n", "unknown key 'url' for kind 'archive'"),
    ("  - {id: x, kind: archive}\n", "missing required key 'path'"),
])
def test_kind_specific_mistakes_are_named(entry, message):
    with pytest.raises(SourcesError, match=re.escape(message)):
        parse_sources("sources:\n" + entry)


def test_bundled_sources_cover_kinds_and_languages():
    sources = load_sources(DEFAULT_SOURCES_FILE)
    assert len(sources) >= 15
    assert len({s.settings["language"] for s in sources}) >= 6
    assert {"json_api", "sitemap", "listing", "feed"} <= {s.kind for s in sources}
