from pactwatch.crawl.urls import canonicalize_url


def test_tracking_parameters_fragment_and_case_are_removed():
    assert canonicalize_url("HTTPS://Example.org:443/News/a/?utm_source=x&id=3&fbclid=y#top") == \
        "https://example.org/News/a?id=3"


def test_query_is_sorted_and_non_default_port_kept():
    assert canonicalize_url("http://127.0.0.1:8000/a?b=2&a=1") == "http://127.0.0.1:8000/a?a=1&b=2"
