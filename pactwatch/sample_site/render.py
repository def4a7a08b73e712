"""Render the sample articles as a small news site: pages with boilerplate, an RSS and an Atom feed.

The pages carry what real news pages carry (navigation, cookie banner, byline, <time>, related
links, JSON-LD) so the crawler's boilerplate removal is exercised on every demo run.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import yaml

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
SITE_NAME = "PolicyWire"
# Pages declare a stable canonical URL, as real news sites do, so the same article keeps the same
# identity whatever loopback port the demo server got.
CANONICAL_BASE = "https://policywire.example"
ATOM_LATEST = 24  # the Atom feed lists only the newest entries, as real feeds do

COOKIE_TEXT = {
    "en": "We use cookies to measure our audience and improve your experience. Accept all cookies?",
    "fr": "Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience. Tout accepter ?",
    "de": "Wir verwenden Cookies, um die Reichweite zu messen und Ihr Erlebnis zu verbessern. Alle akzeptieren?",
    "es": "Utilizamos cookies para medir la audiencia y mejorar su experiencia. ¿Aceptar todas?",
    "it": "Utilizziamo i cookie per misurare il pubblico e migliorare la tua esperienza. Accettare tutto?",
    "pt": "Usamos cookies para medir a audiência e melhorar a sua experiência. Aceitar todos?",
    "nl": "Wij gebruiken cookies om ons bereik te meten en uw ervaring te verbeteren. Alles accepteren?",
}


@dataclass(frozen=True)
class SampleArticle:
    slug: str
    language: str
    title: str
    author: str
    published: datetime
    section: str
    summary: str
    paragraphs: list[str]
    expected: list[dict]
    negative_kind: str | None

    @property
    def path(self) -> str:
        return f"/{self.language}/{self.slug}.html"


def load_articles(articles_dir: Path = ARTICLES_DIR) -> list[SampleArticle]:
    articles = []
    for path in sorted(articles_dir.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            articles.append(SampleArticle(
                slug=raw["slug"], language=raw["language"], title=raw["title"], author=raw["author"],
                published=datetime.fromisoformat(str(raw["published"])), section=raw["section"],
                summary=raw["summary"], paragraphs=list(raw["paragraphs"]),
                expected=list(raw.get("expected") or []), negative_kind=raw.get("negative_kind"),
            ))
    return sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(title: str, lang: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{_e(title)} | {SITE_NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
</head>
<body>
<header class="site-header"><a class="logo" href="/">{SITE_NAME}</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/tag/ai.html">AI</a></li>
<li><a href="/tag/policy.html">Policy</a></li><li><a href="/about.html">About</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent" role="dialog"><p>{_e(COOKIE_TEXT.get(lang, COOKIE_TEXT['en']))}</p>
<button>OK</button><button>Settings</button></div>
<main>
{body}
</main>
<footer class="site-footer"><p>&copy; {SITE_NAME} sample site, written for the pactwatch project.</p>
<p><a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a></p></footer>
</body>
</html>
"""


def render_article(article: SampleArticle, base_url: str, related: list[SampleArticle]) -> str:
    url = CANONICAL_BASE + article.path
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
        "datePublished": article.published.isoformat(), "inLanguage": article.language,
        "author": {"@type": "Person", "name": article.author}, "mainEntityOfPage": url,
    }
    head = (
        f'<link rel="canonical" href="{_e(url)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_e(article.title)}">\n'
        f'<meta property="article:published_time" content="{article.published.isoformat()}">\n'
        f'<meta name="author" content="{_e(article.author)}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    paragraphs = "\n".join(f"<p>{_e(p)}</p>" for p in article.paragraphs)
    links = "\n".join(f'<li><a href="{r.path}">{_e(r.title)}</a></li>' for r in related)
    body = f"""<article class="story">
<p class="section">{_e(article.section)}</p>
<h1>{_e(article.title)}</h1>
<p class="standfirst">{_e(article.summary)}</p>
<p class="byline">{_e(article.author)} · <time datetime="{article.published.isoformat()}">{article.published:%d.%m.%Y %H:%M}</time></p>
{paragraphs}
</article>
<aside class="related-links"><h2>Related</h2><ul>
{links}
</ul></aside>"""
    return _page(article.title, article.language, body, head)


def render_index(articles: list[SampleArticle], title: str = SITE_NAME) -> str:
    items = "\n".join(
        f'<li><a href="{a.path}">{_e(a.title)}</a> <time datetime="{a.published.isoformat()}">'
        f"{a.published:%Y-%m-%d}</time></li>" for a in articles
    )
    return _page(title, "en", f"<h1>{_e(title)}</h1>\n<ul class=\"article-list\">\n{items}\n</ul>",
                 '<meta property="og:type" content="website">')


def render_rss(articles: list[SampleArticle], base_url: str) -> str:
    items = "\n".join(
        f"""  <item>
    <title>{_e(a.title)}</title>
    <link>{_e(base_url + a.path)}</link>
    <guid isPermaLink="true">{_e(base_url + a.path)}</guid>
    <pubDate>{format_datetime(a.published)}</pubDate>
    <description>{_e(a.summary)}</description>
  </item>""" for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{SITE_NAME}</title>
  <link>{base_url}/</link>
  <description>Policy news about governments and AI companies (pactwatch sample site)</description>
{items}
</channel>
</rss>
"""


def render_atom(articles: list[SampleArticle], base_url: str) -> str:
    latest = articles[:ATOM_LATEST]
    updated = latest[0].published.isoformat() if latest else "2025-01-01T00:00:00+00:00"
    entries = "\n".join(
        f"""  <entry>
    <title>{_e(a.title)}</title>
    <link rel="alternate" href="{_e(base_url + a.path)}"/>
    <id>{_e(base_url + a.path)}</id>
    <published>{a.published.isoformat()}</published>
    <updated>{a.published.isoformat()}</updated>
    <author><name>{_e(a.author)}</name></author>
    <summary>{_e(a.summary)}</summary>
  </entry>""" for a in latest
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{SITE_NAME} (latest)</title>
  <id>{base_url}/atom.xml</id>
  <updated>{updated}</updated>
  <link rel="self" href="{base_url}/atom.xml"/>
{entries}
</feed>
"""


def render_site(base_url: str, articles: list[SampleArticle] | None = None) -> dict[str, tuple[str, bytes]]:
    """Every path of the site mapped to (content type, body)."""
    articles = articles if articles is not None else load_articles()
    pages: dict[str, tuple[str, bytes]] = {}
    html_type = "text/html; charset=utf-8"
    for a in articles:
        related = [r for r in articles if r.language == a.language and r.slug != a.slug][:3]
        pages[a.path] = (html_type, render_article(a, base_url, related).encode("utf-8"))
    pages["/"] = (html_type, render_index(articles).encode("utf-8"))
    pages["/tag/ai.html"] = (html_type, render_index(articles[:10], "Tag: AI").encode("utf-8"))
    pages["/feed.xml"] = ("application/rss+xml; charset=utf-8", render_rss(articles, base_url).encode("utf-8"))
    pages["/atom.xml"] = ("application/atom+xml; charset=utf-8", render_atom(articles, base_url).encode("utf-8"))
    pages["/robots.txt"] = ("text/plain; charset=utf-8", b"User-agent: *\nDisallow: /private/\n")
    return pages
