from pactwatch.crawl.urls import canonicalize_url


def test_tracking_parameters_fragment_and_case_are_removed():
    assert canonicalize_url("HTTPS://Example.org:443/News/a/?utm_source=x&id=3&fbclid=y#top") == \
        "https://example.org/News/a?id=3"


def test_query_is_sorted_and_non_default_port_kept():
    assert canonicalize_url("http://127.0.0.1:8000/a?b=2&a=1") == "http://127.0.0.1:8000/a?a=1&b=2"


def test_more_tracking_parameters_and_encoding():
    assert canonicalize_url("https://www.bbc.com/news/articles/c0?at_medium=RSS&at_campaign=rss") == \
        "https://www.bbc.com/news/articles/c0"
    assert canonicalize_url("https://www.heise.de/news/x-1.html?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag") == \
        "https://www.heise.de/news/x-1.html"
    assert canonicalize_url("https://a.example/caf%C3%A9?page=2&gclid=1") == canonicalize_url("https://a.example/café?page=2")
