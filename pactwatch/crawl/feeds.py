"""Parse feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) and sitemaps into entries, safely.

defusedxml refuses DTD entity declarations outright, so a "billion laughs" feed or one that
points at external entities fails fast with a clear reason instead of eating memory or the disk.
The same parser reads sitemaps (index, plain and Google News). `json_path` reads the small
dotted paths that describe a JSON API in the sources file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM03 = "{http://purl.org/atom/ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"


class FeedError(ValueError):
    """The document is not a feed pactwatch can read; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None
    published_at: str | None  # ISO 8601, or None when missing or unparseable


def parse_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed); an invalid date gives None, not an error."""
    if not value or not value.strip():
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


def _text(el: Element | None) -> str | None:
    return el.text.strip() if el is not None and el.text and el.text.strip() else None


def _atom_link(entry: Element, ns: str = ATOM) -> str | None:
    for link in entry.findall(f"{ns}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return None


def safe_xml(body: bytes) -> Element:
    """Parse XML with no entity expansion and no external entities; FeedError says why it failed."""
    try:
        return safe_et.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(f"unsafe XML refused ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise FeedError(f"not well-formed XML: {exc}") from exc


def parse_feed(body: bytes) -> list[FeedEntry]:
    stripped = body.lstrip()
    if stripped[:1] in (b"{", b"["):
        return _parse_json_feed(stripped)
    root = safe_xml(body)
    entries: list[FeedEntry] = []
    if root.tag in (f"{ATOM}feed", f"{ATOM03}feed"):
        ns = root.tag[:-len("feed")]
        for entry in root.findall(f"{ns}entry"):
            link = _atom_link(entry, ns)
            if link:
                date = (_text(entry.find(f"{ns}published")) or _text(entry.find(f"{ns}issued"))
                        or _text(entry.find(f"{ns}updated")) or _text(entry.find(f"{ns}modified")))
                entries.append(FeedEntry(link, _text(entry.find(f"{ns}title")), parse_date(date)))
    elif root.tag == "rss":
        for item in root.iter("item"):
            link = _text(item.find("link")) or (
                _text(item.find("guid")) if item.find("guid") is not None
                and item.find("guid").get("isPermaLink", "true") == "true" else None)
            if link:
                date = _text(item.find("pubDate")) or _text(item.find(f"{DC}date"))
                entries.append(FeedEntry(link, _text(item.find("title")), parse_date(date)))
    elif root.tag == f"{RDF}RDF":   # RSS 1.0, or RSS 0.90 with its own namespace
        for ns in (RSS1, RSS090):
            for item in root.findall(f"{ns}item"):
                link = _text(item.find(f"{ns}link")) or item.get(f"{RDF}about")
                if link:
                    entries.append(FeedEntry(link, _text(item.find(f"{ns}title")),
                                             parse_date(_text(item.find(f"{DC}date")))))
    else:
        raise FeedError(f"XML root <{root.tag}> is not RSS, RDF or Atom")
    return entries


def _parse_json_feed(body: bytes) -> list[FeedEntry]:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        # a JSON document that is not a JSON Feed: configure the source as `json_api` instead
        raise FeedError("JSON document is not a JSON Feed (no jsonfeed.org version)")
    return [
        FeedEntry(item.get("url") or item.get("external_url"), item.get("title"),
                  parse_date(item.get("date_published")))
        for item in data.get("items", [])
        if isinstance(item, dict) and (item.get("url") or item.get("external_url"))
    ]


# -- sitemaps ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None         # ISO 8601: when the page (or child sitemap) last changed
    published_at: str | None    # Google News sitemaps: <news:publication_date>
    title: str | None           # Google News sitemaps: <news:title>


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(el: Element, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            return _text(child)
    return None


def parse_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """('sitemapindex' | 'urlset', entries) of a sitemap; namespaces are matched loosely."""
    root = safe_xml(body)
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise FeedError(f"XML root <{kind}> is not a sitemap (urlset or sitemapindex)")
    entries = []
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        published = title = None
        for child in node:
            if _local(child.tag) == "news":
                published = parse_date(_child_text(child, "publication_date"))
                title = _child_text(child, "title")
        entries.append(SitemapEntry(loc, parse_date(_child_text(node, "lastmod")), published, title))
    return kind, entries


# -- JSON APIs --------------------------------------------------------------------------------

def json_path(data, path: str | None):
    """Follow a dotted path (`results`, `data.items`, `links.next`, `items.0.url`, `$.a[0].b`); None if absent."""
    if path is None:
        return None
    path = path.strip()
    if path in ("", "$", "."):
        return data
    path = path.removeprefix("$").lstrip(".").replace("[", ".").replace("]", "")
    node = data
    for part in path.split("."):
        if part == "":
            continue
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.lstrip("-").isdigit():
            index = int(part)
            node = node[index] if -len(node) <= index < len(node) else None
        else:
            return None
        if node is None:
            return None
    return node
