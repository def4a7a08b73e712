"""Article extraction from a page shaped like the sample site's (and most news sites')."""

import pytest

from pactwatch.crawl.article import NotAnArticle, extract_article

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Ignored | Site</title>
<link rel="canonical" href="http://news.example/uk-openai?utm_source=rss">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "UK signs deal with OpenAI",
 "datePublished": "2025-07-22T09:30:00+01:00", "author": {"@type": "Person", "name": "Jane Doe"}}</script>
</head><body>
<nav><a href="/">Home</a><a href="/tech">Tech</a></nav>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<article><p class="section">Technology</p><h1>UK signs deal with OpenAI</h1>
<p>The British government has signed a memorandum of understanding with OpenAI to explore the use of its
models across public services, including justice and education, ministers said on Tuesday.</p>
<p>The agreement is voluntary and does not commit public money, but officials described it as a first step
towards deeper cooperation with frontier AI companies, after similar deals with Google and Anthropic.</p>
</article>
<aside class="related-links"><h2>Related</h2><ul><li><a href="/x">Some other story about chips</a></li></ul></aside>
<footer>Copyright</footer></body></html>"""


def test_article_fields_and_boilerplate_removed():
    article = extract_article(PAGE, "http://news.example/uk-openai?utm_source=rss")
    assert article.title == "UK signs deal with OpenAI"
    assert article.published_at == "2025-07-22T09:30:00+01:00"
    assert article.author == "Jane Doe"
    assert article.language == "en"
    assert article.canonical_url == "http://news.example/uk-openai"
    assert article.body.startswith("The British government has signed")
    for boilerplate in ("cookies", "Related", "other story", "Copyright", "Home"):
        assert boilerplate not in article.body


@pytest.mark.parametrize("page,reason", [
    ("", "empty page"),
    ("   \n ", "empty page"),
    ("<html><head><meta property='og:type' content='website'></head><body><p>" + "words " * 80 + "</p></body></html>",
     "not an article"),
    ("<html><body><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul></body></html>", "no article body"),
])
def test_non_articles_are_dropped_with_a_reason(page, reason):
    with pytest.raises(NotAnArticle, match=reason):
        extract_article(page, "http://news.example/x")


def test_unsupported_language_is_dropped():
    page = "<html><body><article><h1>Tytuł</h1>" + "<p>" + "Rząd podpisał porozumienie z firmą w sprawie modeli językowych. " * 8 + "</p></article></body></html>"
    with pytest.raises(NotAnArticle, match="unsupported language"):
        extract_article(page, "http://news.example/pl")
