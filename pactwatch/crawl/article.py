"""Turn one downloaded page into an article record, or say why it is not an article.

trafilatura finds the main text; metadata falls back to JSON-LD, <meta> and <time> because
trafilatura often returns a bare date. Cookie banners, consent layers, navigation and
related-link blocks are pruned before extraction so their text never lands in the body. Index,
tag and error pages are refused with the reason recorded in the crawl log.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import py3langid
import trafilatura
from charset_normalizer import from_bytes
from lxml import html as lxml_html
from trafilatura.utils import load_html
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from pactwatch.crawl.urls import canonicalize_url

SUPPORTED_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
MIN_BODY_CHARS = 200


# Boilerplate that trafilatura sometimes keeps, removed before extraction: consent banners and
# layers of the usual consent platforms (OneTrust, Didomi, Sourcepoint, Usercentrics, Quantcast,
# Cookiebot), "related" and "read more" blocks, newsletter, share and feedback boxes, paywall notes,
# navigation, asides, footers and dialogs. Matched on lower-cased id / class / data-component
# substrings in one pass over the tree (a list of XPath expressions with translate() cost ten times more).
BOILERPLATE_ID_WORDS = ("cookie", "consent", "gdpr", "onetrust", "didomi", "sp_message", "usercentrics", "cmp-",
                        "qc-cmp", "cybot", "related", "read-more", "recommended", "newsletter")
BOILERPLATE_CLASS_WORDS = ("cookie", "consent", "gdpr", "didomi", "sp_message", "qc-cmp", "cmp-banner",
                           "privacy-banner", "related", "read-more", "readmore", "more-stories", "also-read",
                           "recommended", "newsletter", "share", "social-", "pagedetails", "page-details",
                           "feedback", "paywall")
BOILERPLATE_COMPONENT_WORDS = ("related", "links-block", "topic-list", "tag-list")
BOILERPLATE_TAGS = {"nav", "aside", "footer"}
BOILERPLATE_ROLES = {"dialog", "alertdialog", "navigation", "complementary"}
NEVER_PRUNED = {"html", "body", "main"}
# Inline and leaf elements: a banner or box is always a container, so these are not looked at.
NOT_CONTAINERS = {"a", "li", "img", "span", "b", "i", "em", "strong", "br", "svg", "path", "script", "style", "meta",
                  "link", "option", "input", "button", "td", "tr", "th", "time", "source", "picture", "h1", "h2", "h3",
                  "h4", "label", "use", "g", "noscript"}


def _is_boilerplate(el) -> bool:
    if el.tag in BOILERPLATE_TAGS:
        return True
    get = el.get
    if get("role") in BOILERPLATE_ROLES or get("aria-modal") == "true":
        return True
    value = get("id")
    if value and any(w in value.lower() for w in BOILERPLATE_ID_WORDS):
        return True
    value = get("class")
    if value and any(w in value.lower() for w in BOILERPLATE_CLASS_WORDS):
        return True
    value = get("data-component")
    return bool(value) and any(w in value.lower() for w in BOILERPLATE_COMPONENT_WORDS)


def _prune_boilerplate(tree) -> None:
    skip = NEVER_PRUNED | NOT_CONTAINERS
    doomed = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag not in skip and _is_boilerplate(el)]
    dropped = set()
    for el in doomed:
        if any(a in dropped for a in el.iterancestors()):
            continue
        dropped.add(el)
        tail = el.tail
        parent = el.getparent()
        if parent is None:
            continue
        if tail and tail.strip():
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)


# JSON-LD types of pages that list other pages.
LISTING_TYPES = ("CollectionPage", "SearchResultsPage", "ProfilePage", "ItemList", "WebSite")
INDEX_URL = re.compile(r"/(tag|tags|topic|topics|themen|thema|category|categories|categorie|categoria|"
                       r"author|authors|auteur|autor|search|recherche|suche|buscar|page)(/|$|\?)", re.I)
ERROR_TITLE = re.compile(
    r"\b(404|410|page not found|not found|error|seite nicht gefunden|page introuvable|erreur|"
    r"p[aá]gina no encontrada|pagina non trovata|pagina niet gevonden|p[aá]gina n[aã]o encontrada)\b", re.I)
REPLACEMENT = "\ufffd"
# Labels of "related links" boxes, in the supported languages: a short, link-heavy block that starts
# with one of them is removed even when its markup has no telling class (an inline box in the text).
RELATED_LABELS = {
    "related", "related content", "related stories", "related articles", "read more", "read also", "see also",
    "more on this story", "more on this topic", "also read", "recommended", "lire aussi", "à lire aussi",
    "a lire aussi", "sur le même sujet", "voir aussi", "mehr zum thema", "lesen sie auch", "auch interessant",
    "más información", "leer más", "te puede interesar", "lee también", "leggi anche", "potrebbe interessarti",
    "approfondimenti", "lees ook", "meer over dit onderwerp", "leia também", "saiba mais", "veja também",
}
MULTI_BYTE_PREFIXES = ("utf", "shift_jis", "cp932", "euc", "gb", "big5", "cp950", "cp949", "johab", "iso2022", "hz")

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
    lang, _ = _langid.classify(text[:2500])
    return lang


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode a page: BOM, HTTP charset, <meta charset>, then detection.

    A declared charset that is wrong (UTF-8 announced, Windows-1252 or Shift-JIS sent) shows up as
    replacement characters; the page is then decoded with what it declares itself or what
    charset-normalizer detects.
    """
    declared = []
    for enc in (http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)):
        enc = resolve_encoding(enc) if enc else None
        if enc and enc not in declared:
            declared.append(enc)
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    for enc in declared:
        try:
            return body.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = from_bytes(body[:200_000]).best()
    if match is not None:
        encoding = match.encoding
        # A single-byte charset is taken as Windows-1252 (what browsers assume for Western pages):
        # on a few accented letters, detection cannot tell cp1252 from cp1250 or cp1256, and the
        # languages pactwatch reads are all written in it.
        if not encoding.startswith(MULTI_BYTE_PREFIXES):
            try:
                return body.decode("cp1252")
            except UnicodeDecodeError:
                pass
        try:
            return body.decode(encoding, "replace")
        except LookupError:
            pass
    return body.decode(declared[0] if declared else "cp1252", "replace")


def _json_ld_items(tree) -> list[dict]:
    items = []
    for node in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(node)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(item, dict):
                items.append(item)
    return items


def _json_ld(items: list[dict]) -> dict:
    for item in items:
        if "Article" in str(item.get("@type", "")) or "BlogPosting" in str(item.get("@type", "")):
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
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
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


COPYRIGHT_LINE = re.compile(
    r"(©|\(c\)|copyright|all rights reserved|riproduzione riservata|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|alle rechten voorbehouden|todos os direitos reservados)", re.I)


def _strip_trailer(body: str) -> str:
    """Drop copyright and reproduction notices from the end of the text."""
    lines = body.rstrip().split("\n")
    while lines and len(lines[-1]) < 160 and COPYRIGHT_LINE.search(lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()


def content_hash(text: str) -> str:
    normalised = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def _page_title(tree) -> str:
    return " ".join(" ".join(tree.xpath("//title//text()")).split())


def _not_an_article_reason(tree, url: str, ld_items: list[dict], ld: dict, og_type: str | None) -> str | None:
    """Why a page that parsed is not an article (listing, tag, search or error page), or None."""
    if ld or og_type in ("article", "news"):
        return None
    if og_type:
        return f"og:type is {og_type!r}, not an article"
    listing = [str(i.get("@type")) for i in ld_items if any(t in str(i.get("@type", "")) for t in LISTING_TYPES)]
    if listing:
        return f"not an article: JSON-LD {listing[0]}"
    title = _page_title(tree)
    if ERROR_TITLE.search(title) and len(title) < 80:
        return f"error page (title {title[:60]!r})"
    teasers = len(tree.xpath("//article"))
    if teasers >= 5:
        return f"index page ({teasers} teasers)"
    if INDEX_URL.search(urlsplit(url).path):
        return "tag or index page (URL pattern)"
    return None


def _drop_related_blocks(tree) -> None:
    """Remove short, link-heavy blocks introduced by a "related links" label (see RELATED_LABELS)."""
    for block in tree.xpath("//section | //aside | //div | //ul | //ol"):
        first = next((child for child in block if isinstance(child.tag, str)), None)
        if first is None or first.tag not in ("h2", "h3", "h4", "h5", "span", "p", "strong", "b"):
            continue
        label = " ".join(first.text_content().split()).strip(" |:>»·-").lower()
        if label not in RELATED_LABELS:
            continue
        text = " ".join(block.text_content().split())
        links = sum(len(" ".join(a.text_content().split())) for a in block.iter("a"))
        if len(text) < 800 and links >= 0.5 * max(1, len(text) - len(label)):
            block.drop_tree()


def extract_article(page: str | bytes, url: str) -> Article:
    """Extract an article from a page, or raise NotAnArticle with the reason."""
    if not page or not page.strip():
        raise NotAnArticle("empty page")
    if isinstance(page, bytes):
        page = decode_html(page)
    if page.count(REPLACEMENT) > max(20, len(page) // 50):
        raise NotAnArticle("undecodable text (binary data or unknown charset)")
    try:
        tree = load_html(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        raise NotAnArticle(f"unparseable HTML: {exc}") from exc
    if tree is None:
        raise NotAnArticle("unparseable HTML")
    ld_items = _json_ld_items(tree)
    ld = _json_ld(ld_items)
    og_type = _meta(tree, "og:type")
    reason = _not_an_article_reason(tree, url, ld_items, ld, og_type)
    if reason:
        raise NotAnArticle(reason)
    meta_title = _meta(tree, "og:title")
    meta_published = _meta(tree, "article:published_time", "date", "dc.date", "DC.date.issued",
                           "dcterms.issued", "dcterms.created", "govuk:first-published-at", "pubdate", "publish-date",
                           "parsely-pub-date", "sailthru.date")
    time_published = next(iter(tree.xpath("//article//time/@datetime | //time/@datetime")), None)
    meta_author = _meta(tree, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
    canonical = (next(iter(tree.xpath("//link[@rel='canonical']/@href")), None) or _meta(tree, "og:url") or url)
    _prune_boilerplate(tree)
    _drop_related_blocks(tree)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=False)
    body = _strip_trailer(_strip_headline((doc.text if doc else "") or "", doc.title if doc else None))
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article body ({len(body)} characters of main text)")
    title = (ld.get("headline") or meta_title or (doc.title if doc else None) or "").strip()
    if not title:
        raise NotAnArticle("no title")
    published = (
        _normalise_date(ld.get("datePublished"))
        or _normalise_date(meta_published)
        or _normalise_date(time_published)
        or _normalise_date(doc.date if doc else None)
    )
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    if author is not None and not isinstance(author, str):
        author = None
    author = author or meta_author or (doc.author if doc else None)
    if canonical and not canonical.startswith(("http://", "https://")):
        canonical = urljoin(url, canonical)
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
