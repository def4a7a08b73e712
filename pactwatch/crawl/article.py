"""Turn one downloaded page into an article record, or say why it is not an article.

trafilatura finds the main text; metadata falls back to JSON-LD, <meta> and <time> because
trafilatura often returns a bare date. Cookie banners, navigation and related-link blocks are
pruned before extraction so their text never lands in the body.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime

import py3langid
import trafilatura
from lxml import html as lxml_html

from pactwatch.crawl.urls import canonicalize_url

SUPPORTED_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
MIN_BODY_CHARS = 200

# Boilerplate that trafilatura sometimes keeps: consent banners and "related"/"read more" blocks.
BOILERPLATE_XPATH = [
    "//*[contains(translate(@id,'COKIE','cokie'),'cookie') or contains(translate(@class,'COKIE','cokie'),'cookie')]",
    "//*[contains(@id,'consent') or contains(@class,'consent') or contains(@class,'gdpr')]",
    "//*[contains(@class,'related') or contains(@id,'related')]",
    "//nav", "//aside", "//footer", "//*[@role='dialog']",
]

_langid = py3langid.langid.LanguageIdentifier.from_modelpath(py3langid.langid.MODEL_DIR / py3langid.langid.MODEL_FILE)
_langid.set_languages(list(SUPPORTED_LANGUAGES) + ["ja", "zh", "ru", "ar", "pl", "sv", "da", "ca", "ro"])


class NotAnArticle(Exception):
    """The page is not an article; the message is the reason recorded in the crawl log."""


@dataclass
class Article:
    url: str
    canonical_url: str
    title: str
    body: str
    language: str
    author: str | None
    published_at: str | None
    content_hash: str

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def detect_language(text: str) -> str:
    lang, _ = _langid.classify(text[:5000])
    return lang


def _json_ld(tree) -> dict:
    for node in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(node)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _meta(tree, *names: str) -> str | None:
    for name in names:
        values = tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content")
        if values and values[0].strip():
            return values[0].strip()
    return None


def _normalise_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def _strip_headline(body: str, title: str | None) -> str:
    """trafilatura keeps the headline (and a section label above it) as the first lines of the body."""
    lines = body.split("\n")
    if title:
        head = [line.strip() for line in lines[:3]]
        if title.strip() in head:
            cut = head.index(title.strip()) + 1
            if all(len(line) < 40 for line in head[:cut - 1]):
                lines = lines[cut:]
    return "\n".join(lines).strip()


def content_hash(text: str) -> str:
    normalised = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def extract_article(page: str | bytes, url: str) -> Article:
    """Extract an article from a page, or raise NotAnArticle with the reason."""
    if not page or not page.strip():
        raise NotAnArticle("empty page")
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise NotAnArticle(f"unparseable HTML: {exc}") from exc
    ld = _json_ld(tree)
    og_type = _meta(tree, "og:type")
    doc = trafilatura.bare_extraction(
        page if isinstance(page, str) else page.decode("utf-8", "replace"),
        url=url, with_metadata=True, include_comments=False, include_tables=False,
        prune_xpath=BOILERPLATE_XPATH,
    )
    body = _strip_headline((doc.text if doc else "") or "", doc.title if doc else None)
    if og_type and og_type not in ("article", "news"):
        raise NotAnArticle(f"og:type is {og_type!r}, not an article")
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article body ({len(body)} characters of main text)")
    title = (ld.get("headline") or _meta(tree, "og:title") or (doc.title if doc else None) or "").strip()
    if not title:
        raise NotAnArticle("no title")
    published = (
        _normalise_date(ld.get("datePublished"))
        or _normalise_date(_meta(tree, "article:published_time", "date", "dc.date", "DC.date.issued"))
        or _normalise_date(next(iter(tree.xpath("//article//time/@datetime | //time/@datetime")), None))
        or _normalise_date(doc.date if doc else None)
    )
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    author = author or _meta(tree, "author", "article:author") or (doc.author if doc else None)
    canonical = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None) or url
    language = detect_language(title + "\n" + body)
    if language not in SUPPORTED_LANGUAGES:
        raise NotAnArticle(f"unsupported language {language!r}")
    return Article(
        url=url,
        canonical_url=canonicalize_url(canonical),
        title=title,
        body=body,
        language=language,
        author=author,
        published_at=published,
        content_hash=content_hash(body),
    )
