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


from pactwatch.crawl.article import decode_html  # noqa: E402

PARAGRAPHS = ("<p>The British government has signed a memorandum of understanding with OpenAI to explore the use of "
              "its models across public services, including justice and education, ministers said on Tuesday.</p>"
              "<p>The agreement is voluntary and does not commit public money, but officials described it as a first "
              "step towards deeper cooperation with frontier AI companies.</p>")


def page(body: str, head: str = "", title: str = "UK signs deal with OpenAI") -> str:
    return f"<html lang='en'><head><title>{title}</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("html,reason", [
    (page("<main><h1>Technology</h1>" + PARAGRAPHS + "</main>",
          '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Technology"}</script>'),
     "JSON-LD CollectionPage"),
    (page("<main><h1>Sorry</h1>" + PARAGRAPHS + "</main>", title="Page not found - News"), "error page"),
    (page("".join(f"<article><h2><a href='/a{i}'>Teaser {i}</a></h2>{PARAGRAPHS}</article>" for i in range(6))),
     "index page"),
])
def test_listing_and_error_pages_are_dropped_with_a_reason(html, reason):
    with pytest.raises(NotAnArticle, match=reason):
        extract_article(html, "http://news.example/x")


def test_tag_pages_are_dropped_by_url():
    with pytest.raises(NotAnArticle, match="tag or index page"):
        extract_article(page("<main>" + PARAGRAPHS + "</main>"), "http://news.example/tag/openai")


@pytest.mark.parametrize("block", [
    '<div id="onetrust-banner-sdk"><p>By clicking Accept All Cookies, you agree to the storing of cookies.</p></div>',
    '<div id="didomi-host"><p>Avec votre accord, nous utilisons des cookies ou technologies similaires.</p></div>',
    '<div id="sp_message_container_1"><p>We and our partners use cookies to personalise ads.</p></div>',
    '<div id="usercentrics-root"><p>Wir verwenden Cookies, um Inhalte zu personalisieren.</p></div>',
    '<section><h3>Read more</h3><a href="/x">Another story about chips and other things</a></section>',
    '<div><span>Lire aussi |</span> <a href="/y">Un autre article sans rapport avec celui-ci</a></div>',
    '<section><h2>Mehr zum Thema</h2><ul><li><a href="/z">Ein anderer Artikel zu einem anderen Thema</a></li></ul></section>',
])
def test_consent_layers_and_related_blocks_never_reach_the_body(block):
    article = extract_article(page("<article><h1>UK signs deal with OpenAI</h1>" + PARAGRAPHS[:len(PARAGRAPHS) // 2]
                                   + block + PARAGRAPHS[len(PARAGRAPHS) // 2:] + "</article>"),
                              "http://news.example/uk-openai")
    for word in ("ookie", "Another story", "autre article", "anderer Artikel"):
        assert word not in article.body


def test_copyright_trailer_is_dropped():
    article = extract_article(page("<article><h1>UK signs deal with OpenAI</h1>" + PARAGRAPHS
                                   + "<p>© 2025 News Example. All rights reserved.</p></article>"),
                              "http://news.example/uk-openai")
    assert article.body.endswith("frontier AI companies.")


@pytest.mark.parametrize("body,content_type,expected", [
    ("Genève, café".encode("latin-1"), "text/html", "Genève, café"),                      # no charset at all
    ("« Genève » \u2019x\u2019".encode("cp1252"), "text/html; charset=utf-8", "« Genève » \u2019x\u2019"),  # wrong
    ("<meta charset='shift_jis'>政府".encode("shift_jis"), None, "政府"),                  # declared in the page
    ("\ufeffhello".encode("utf-8"), "text/html; charset=iso-8859-1", "hello"),             # BOM wins
])
def test_charsets(body, content_type, expected):
    assert expected in decode_html(body, content_type)
